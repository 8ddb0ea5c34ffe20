/**
 * Which labels to draw, and how large, for one camera: the rule is that no label is
 * drawn below MIN_READABLE_FONT_SIZE on screen and no two drawn labels overlap. Labels
 * are taken in order of priority (the selection, the path, the neighbours, then the
 * more important concepts), each enlarged to its floor when the zoom would draw it
 * smaller, and kept only where it collides with none already placed — below its node, else
 * above it — as a street map names what fits. What is left out stays listed in the panel.
 * Pure, in screen pixels.
 */
import { labelBoxSize } from './footprint';

export interface LabelCandidate {
	id: string;
	text: string;
	/** Screen position of the anchor: a node's centre or an edge's midpoint. */
	x: number;
	y: number;
	/** Nodes: screen distance from the anchor to the near edge of the label (below or above it). Edges: null (centred). */
	below: number | null;
	/** Font size in graph units, as styled. */
	fontSize: number;
	/** Smallest on-screen size this label may have. */
	minScreen: number;
	/** How far the label may be enlarged beyond its zoomed size; Infinity for what the person asked to see. */
	maxBoost: number;
	priority: number;
}

export interface Viewport {
	width: number;
	height: number;
	zoom: number;
}

/** Clear space kept around every placed label, in pixels. */
const GAP = 3;

export interface PlacedLabel {
	/** Font size in graph units. */
	size: number;
	/** Where a node's label went. */
	side: 'below' | 'above';
}

type Box = { x1: number; y1: number; x2: number; y2: number };

/** Label id → how to draw it, for the labels to draw; the others are left out. */
export function placeLabels(candidates: LabelCandidate[], viewport: Viewport): Map<string, PlacedLabel> {
	const placed: Box[] = [];
	const labels = new Map<string, PlacedLabel>();
	const inView = (b: Box) => !(b.x2 < 0 || b.y2 < 0 || b.x1 > viewport.width || b.y1 > viewport.height);
	const free = (b: Box) => !placed.some((p) => p.x1 < b.x2 && b.x1 < p.x2 && p.y1 < b.y2 && b.y1 < p.y2);
	const ordered = [...candidates].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1));
	for (const label of ordered) {
		const zoomed = label.fontSize * viewport.zoom;
		const screen = Math.max(zoomed, label.minScreen);
		if (screen > zoomed * label.maxBoost) continue;
		const { width, height } = labelBoxSize(label.text, screen);
		const x1 = label.x - width / 2 - GAP;
		const at = (top: number): Box => ({ x1, y1: top - GAP, x2: x1 + width + 2 * GAP, y2: top + height + GAP });
		const sides: Array<['below' | 'above', Box]> =
			label.below === null
				? [['below', at(label.y - height / 2)]]
				: [
						['below', at(label.y + label.below)],
						['above', at(label.y - label.below - height)]
					];
		const fit = sides.find(([, box]) => inView(box) && free(box));
		if (!fit) continue;
		placed.push(fit[1]);
		labels.set(label.id, { size: screen / viewport.zoom, side: fit[0] });
	}
	return labels;
}
