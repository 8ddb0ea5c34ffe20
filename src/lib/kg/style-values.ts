/**
 * Kind colours and shapes come from graph files, and graph files come from anyone. Svelte's
 * `style:` joins values into the element's CSS text, so a "colour" such as
 * `#0072B2;position:fixed;inset:0` would restyle the page. Every place that puts a colour or a
 * shape into a style passes it through here first: only values on an allow-list get through,
 * anything else becomes the neutral default.
 */

/** Cytoscape's node shapes (its `nodeShape` enum), less `polygon`, which needs points of its own. */
export const NODE_SHAPES = [
	'rectangle', 'roundrectangle', 'round-rectangle', 'cutrectangle', 'cut-rectangle',
	'bottomroundrectangle', 'bottom-round-rectangle', 'barrel', 'ellipse', 'triangle', 'round-triangle',
	'square', 'pentagon', 'round-pentagon', 'hexagon', 'round-hexagon', 'concavehexagon', 'concave-hexagon',
	'heptagon', 'round-heptagon', 'octagon', 'round-octagon', 'tag', 'round-tag', 'star', 'diamond',
	'round-diamond', 'vee', 'rhomboid', 'right-rhomboid'
] as const;
export type NodeShape = (typeof NODE_SHAPES)[number];

export const FALLBACK_COLOR = '#888888';
const FALLBACK_SHAPE: NodeShape = 'ellipse';

// Forms every consumer reads alike (CSS, Cytoscape, SVG, the PDF legend): #rgb, #rrggbb,
// rgb()/rgba()/hsl()/hsla() of plain numbers, and colour names (letters only: nothing that could
// open a function, a url() or a second declaration).
const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
const COLOR_FUNCTION = /^(?:rgba?|hsla?)\(\s*[-+]?[\d.]+(?:%|deg)?(?:\s*[,/\s]\s*[-+]?[\d.]+%?){2,3}\s*\)$/i;
const COLOR_NAME = /^[a-z]{3,24}$/i;

const shapes: ReadonlySet<string> = new Set(NODE_SHAPES);

/** True for a colour on the allow-list; in a browser the browser must also read it as a colour. */
export function isSafeColor(value: unknown): value is string {
	if (typeof value !== 'string' || value.length > 64) return false;
	if (!HEX.test(value) && !COLOR_FUNCTION.test(value) && !COLOR_NAME.test(value)) return false;
	return typeof CSS === 'undefined' || typeof CSS.supports !== 'function' || CSS.supports('color', value);
}

function isNodeShape(value: unknown): value is NodeShape {
	return typeof value === 'string' && shapes.has(value);
}

/** The colour itself when it is safe to style with, otherwise the fallback. */
export function safeColor(value: unknown, fallback: string = FALLBACK_COLOR): string {
	return isSafeColor(value) ? value : fallback;
}

/** The shape itself when Cytoscape knows it, otherwise an ellipse. */
export function safeShape(value: unknown): NodeShape {
	return isNodeShape(value) ? value : FALLBACK_SHAPE;
}
