/**
 * A vector picture of a graph view as plain data, and its SVG text. Pure: the
 * Cytoscape side (export-svg.ts) fills a Scene from the rendered state, so the
 * serializer can be tested without a browser. Every string from the graph is
 * escaped: labels come from imported files too.
 */
import { escapeXmlAttribute, escapeXmlText } from '../kg/io/xml';

export interface SceneBox {
	x: number;
	y: number;
	w: number;
	h: number;
}

export interface SceneLabel {
	lines: string[];
	/** Centre x and top y of the first line, model coordinates. */
	x: number;
	y: number;
	fontSize: number;
	fontFamily: string;
	fontWeight: string;
	color: string;
	/** Rotation around (x, y + block height / 2), degrees. */
	angle?: number;
	background?: { color: string; opacity: number; padding: number };
}

export interface SceneNode {
	id: string;
	x: number;
	y: number;
	width: number;
	height: number;
	shape: string;
	fill: string;
	borderColor: string;
	borderWidth: number;
	opacity: number;
	label?: SceneLabel;
}

export interface SceneEdge {
	id: string;
	/** Source endpoint, control points (quadratic Bézier as Cytoscape draws them), target endpoint. */
	points: { x: number; y: number }[];
	color: string;
	width: number;
	opacity: number;
	/** Arrow at the target: a filled triangle of this length (0 for none). */
	arrowSize: number;
	arrowColor: string;
	label?: SceneLabel;
}

export interface Scene {
	/** The part of the model plane shown. */
	viewBox: SceneBox;
	/** The pixel size of the picture. */
	width: number;
	height: number;
	background?: string;
	title?: string;
	nodes: SceneNode[];
	edges: SceneEdge[];
}

const round = (n: number) => Math.round(n * 100) / 100;

// Unit polygons (x, y in -1..1, y down) as Cytoscape defines its node shapes.
function ngon(sides: number, rotation = 0): number[] {
	const increment = (2 * Math.PI) / sides;
	const start = (sides % 2 === 0 ? Math.PI / 2 + increment / 2 : Math.PI / 2) + rotation;
	const points: number[] = [];
	for (let i = 0; i < sides; i++) {
		const angle = start + i * increment;
		points.push(Math.cos(angle), Math.sin(-angle));
	}
	return points;
}

function fitToSquare(points: number[]): number[] {
	const xs = points.filter((_, i) => i % 2 === 0);
	const ys = points.filter((_, i) => i % 2 === 1);
	const sx = 2 / (Math.max(...xs) - Math.min(...xs));
	const sy = 2 / (Math.max(...ys) - Math.min(...ys));
	const scaled = points.map((v, i) => v * (i % 2 === 0 ? sx : sy));
	const minY = Math.min(...scaled.filter((_, i) => i % 2 === 1));
	return minY < -1 ? scaled.map((v, i) => (i % 2 === 1 ? v + (-1 - minY) : v)) : scaled;
}

function star(): number[] {
	const outer = ngon(5);
	const inner = ngon(5, Math.PI / 5).map((v) => v * 0.5 * (3 - Math.sqrt(5)) * 1.57);
	const points: number[] = [];
	for (let i = 0; i < 5; i++) points.push(outer[i * 2], outer[i * 2 + 1], inner[i * 2], inner[i * 2 + 1]);
	return fitToSquare(points);
}

const POLYGONS: Record<string, number[]> = {
	triangle: fitToSquare(ngon(3)),
	pentagon: fitToSquare(ngon(5)),
	hexagon: fitToSquare(ngon(6)),
	heptagon: fitToSquare(ngon(7)),
	octagon: fitToSquare(ngon(8)),
	diamond: [0, 1, 1, 0, 0, -1, -1, 0],
	star: star(),
	vee: [-1, -1, 0, -0.333, 1, -1, 0, 1],
	rhomboid: [-1, -1, 0.333, -1, 1, 1, -0.333, 1],
	'right-rhomboid': [-0.333, -1, 1, -1, 0.333, 1, -1, 1],
	'concave-hexagon': [-1, -0.95, -0.75, 0, -1, 0.95, 1, 0.95, 0.75, 0, 1, -0.95],
	tag: [-1, -1, 0.25, -1, 1, 0, 0.25, 1, -1, 1]
};

/** The polygon of a shape name, `round-` variants included (drawn with round joins). */
export function polygonOf(shape: string): number[] | null {
	const base = shape.replace(/^round-/, '').replace('concavehexagon', 'concave-hexagon');
	return POLYGONS[base] ?? null;
}

function paint(color: string, opacity = 1): string {
	return `fill="${escapeXmlAttribute(color)}"${opacity < 1 ? ` fill-opacity="${round(opacity)}"` : ''}`;
}

function nodeShape(node: SceneNode): string {
	const stroke =
		node.borderWidth > 0
			? ` stroke="${escapeXmlAttribute(node.borderColor)}" stroke-width="${round(node.borderWidth)}"`
			: '';
	const { x, y, width: w, height: h } = node;
	const shape = node.shape.replace('roundrectangle', 'round-rectangle');
	if (shape === 'ellipse')
		return `<ellipse cx="${round(x)}" cy="${round(y)}" rx="${round(w / 2)}" ry="${round(h / 2)}" ${paint(node.fill)}${stroke}/>`;
	const polygon = polygonOf(shape);
	if (polygon) {
		const points: string[] = [];
		for (let i = 0; i < polygon.length; i += 2)
			points.push(`${round(x + (polygon[i] * w) / 2)},${round(y + (polygon[i + 1] * h) / 2)}`);
		const join = shape.startsWith('round-') ? ' stroke-linejoin="round"' : '';
		return `<polygon points="${points.join(' ')}" ${paint(node.fill)}${stroke}${join}/>`;
	}
	// Rectangles and anything without a polygon of its own.
	const radius = /round|barrel/.test(shape) ? Math.min(w / 4, h / 4, 8) : 0;
	return `<rect x="${round(x - w / 2)}" y="${round(y - h / 2)}" width="${round(w)}" height="${round(h)}"${radius ? ` rx="${round(radius)}"` : ''} ${paint(node.fill)}${stroke}/>`;
}

/** Text approximate width, for the label's background box when no measure is given. */
export function approximateTextWidth(text: string, fontSize: number): number {
	return text.length * fontSize * 0.56;
}

function label(l: SceneLabel, measure: (text: string, l: SceneLabel) => number): string {
	if (l.lines.length === 0) return '';
	const lineHeight = l.fontSize * 1.2;
	const blockHeight = lineHeight * l.lines.length;
	const parts: string[] = [];
	const transform =
		l.angle !== undefined && Math.abs(l.angle) > 0.01
			? ` transform="rotate(${round(l.angle)} ${round(l.x)} ${round(l.y + blockHeight / 2)})"`
			: '';
	parts.push(`<g${transform}>`);
	if (l.background && l.background.opacity > 0) {
		const width = Math.max(...l.lines.map((line) => measure(line, l)));
		const p = l.background.padding;
		parts.push(
			`<rect x="${round(l.x - width / 2 - p)}" y="${round(l.y - p)}" width="${round(width + 2 * p)}" height="${round(blockHeight + 2 * p)}" rx="${round(Math.min(3, p + 1))}" ${paint(l.background.color, l.background.opacity)}/>`
		);
	}
	// The baseline is placed by hand (not `dominant-baseline`, which librsvg and others ignore): the
	// glyphs of a line sit centred in its line box, capitals about 0.36 em above the baseline.
	const baseline = l.y + lineHeight / 2 + l.fontSize * BASELINE_BELOW_CENTRE;
	parts.push(
		`<text x="${round(l.x)}" y="${round(baseline)}" text-anchor="middle" font-family="${escapeXmlAttribute(l.fontFamily)}" font-size="${round(l.fontSize)}"${l.fontWeight !== 'normal' ? ` font-weight="${escapeXmlAttribute(l.fontWeight)}"` : ''} ${paint(l.color)}>`
	);
	l.lines.forEach((line, i) =>
		parts.push(`<tspan x="${round(l.x)}" dy="${i === 0 ? 0 : round(lineHeight)}">${escapeXmlText(line)}</tspan>`)
	);
	parts.push('</text></g>');
	return parts.join('');
}

/** How far below the middle of a line box the baseline lies, in em (half the capital height of common fonts). */
const BASELINE_BELOW_CENTRE = 0.36;

function edgePath(points: { x: number; y: number }[]): string {
	const [first, ...rest] = points;
	let d = `M${round(first.x)} ${round(first.y)}`;
	if (rest.length === 1) return `${d} L${round(rest[0].x)} ${round(rest[0].y)}`;
	// Cytoscape's bezier: control points joined by quadratic curves through their midpoints.
	const controls = rest.slice(0, -1);
	const end = rest[rest.length - 1];
	for (let i = 0; i < controls.length; i++) {
		const c = controls[i];
		const to =
			i === controls.length - 1 ? end : { x: (c.x + controls[i + 1].x) / 2, y: (c.y + controls[i + 1].y) / 2 };
		d += ` Q${round(c.x)} ${round(c.y)} ${round(to.x)} ${round(to.y)}`;
	}
	return d;
}

function arrowHead(edge: SceneEdge): string {
	if (edge.arrowSize <= 0 || edge.points.length < 2) return '';
	const tip = edge.points[edge.points.length - 1];
	const from = edge.points[edge.points.length - 2];
	const angle = Math.atan2(tip.y - from.y, tip.x - from.x);
	const length = edge.arrowSize;
	const half = edge.arrowSize / 2;
	const back = { x: tip.x - Math.cos(angle) * length, y: tip.y - Math.sin(angle) * length };
	const left = { x: back.x + Math.sin(angle) * half, y: back.y - Math.cos(angle) * half };
	const right = { x: back.x - Math.sin(angle) * half, y: back.y + Math.cos(angle) * half };
	const points = [tip, left, right].map((p) => `${round(p.x)},${round(p.y)}`).join(' ');
	return `<polygon points="${points}" ${paint(edge.arrowColor)}/>`;
}

/** The line stops at the arrow's base, as Cytoscape draws it, so the tip stays sharp. */
function shortenForArrow(edge: SceneEdge): { x: number; y: number }[] {
	if (edge.arrowSize <= 0 || edge.points.length < 2) return edge.points;
	const points = [...edge.points];
	const tip = points[points.length - 1];
	const from = points[points.length - 2];
	const length = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
	const cut = Math.min(edge.arrowSize * 0.8, length / 2);
	points[points.length - 1] = { x: tip.x - ((tip.x - from.x) / length) * cut, y: tip.y - ((tip.y - from.y) / length) * cut };
	return points;
}

export interface SvgOptions {
	/** Text width for label backgrounds; the browser passes a canvas measure. */
	measure?: (text: string, label: SceneLabel) => number;
}

export function sceneToSvg(scene: Scene, options: SvgOptions = {}): string {
	const measure = options.measure ?? ((text: string, l: SceneLabel) => approximateTextWidth(text, l.fontSize));
	const { viewBox: v } = scene;
	const out: string[] = [
		'<?xml version="1.0" encoding="UTF-8"?>\n',
		`<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${Math.round(scene.width)}" height="${Math.round(scene.height)}" viewBox="${round(v.x)} ${round(v.y)} ${round(v.w)} ${round(v.h)}">\n`
	];
	if (scene.title) out.push(`<title>${escapeXmlText(scene.title)}</title>\n`);
	if (scene.background)
		out.push(`<rect x="${round(v.x)}" y="${round(v.y)}" width="${round(v.w)}" height="${round(v.h)}" ${paint(scene.background)}/>\n`);
	out.push('<g class="edges" fill="none" stroke-linecap="round">\n');
	for (const edge of scene.edges) {
		if (edge.points.length < 2) continue;
		const opacity = edge.opacity < 1 ? ` opacity="${round(edge.opacity)}"` : '';
		out.push(
			`<g data-id="${escapeXmlAttribute(edge.id)}"${opacity}><path d="${edgePath(shortenForArrow(edge))}" fill="none" stroke="${escapeXmlAttribute(edge.color)}" stroke-width="${round(edge.width)}"/>${arrowHead(edge)}</g>\n`
		);
	}
	out.push('</g>\n<g class="nodes">\n');
	for (const node of scene.nodes) {
		const opacity = node.opacity < 1 ? ` opacity="${round(node.opacity)}"` : '';
		out.push(`<g data-id="${escapeXmlAttribute(node.id)}"${opacity}>${nodeShape(node)}</g>\n`);
	}
	// Labels last, so no shape covers a name, as Cytoscape draws them above.
	out.push('</g>\n<g class="labels">\n');
	for (const element of [...scene.edges, ...scene.nodes]) {
		if (!element.label) continue;
		const opacity = element.opacity < 1 ? ` opacity="${round(element.opacity)}"` : '';
		out.push(`<g${opacity}>${label(element.label, measure)}</g>\n`);
	}
	out.push('</g>\n</svg>\n');
	return out.join('');
}

/**
 * Words into lines no wider than `maxWidth`, as Cytoscape's `text-wrap: wrap`
 * does: greedy, breaking only at spaces, a too-long word on a line of its own.
 */
export function wrapText(text: string, maxWidth: number, width: (text: string) => number): string[] {
	const lines: string[] = [];
	for (const paragraph of text.split('\n')) {
		let line = '';
		for (const word of paragraph.split(/\s+/).filter(Boolean)) {
			const candidate = line ? `${line} ${word}` : word;
			if (line && width(candidate) > maxWidth) {
				lines.push(line);
				line = word;
			} else line = candidate;
		}
		lines.push(line);
	}
	return lines.filter((line, i) => line !== '' || i < lines.length - 1);
}
