/**
 * Which labels to draw, and how large, for one camera: the rule is that no label is
 * drawn below MIN_READABLE_FONT_SIZE on screen and no two drawn labels overlap. Labels
 * are taken in order of priority (the selection, the path, the neighbours, then the
 * more important concepts), each enlarged to its floor when the zoom would draw it
 * smaller, and kept only where it collides with none already placed — as a street map
 * names what fits. What is left out stays listed in the panel. Pure, in screen pixels.
 */
import { labelBoxSize } from './footprint';

export interface LabelCandidate {
	id: string;
	text: string;
	/** Screen position of the anchor: a node's centre or an edge's midpoint. */
	x: number;
	y: number;
	/** Nodes: screen distance from the anchor to the top of the label below it. Edges: null (centred). */
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

/** Label id → font size in graph units for the labels to draw; the others are left out. */
export function placeLabels(candidates: LabelCandidate[], viewport: Viewport): Map<string, number> {
	const placed: Array<{ x1: number; y1: number; x2: number; y2: number }> = [];
	const sizes = new Map<string, number>();
	const ordered = [...candidates].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1));
	for (const label of ordered) {
		const zoomed = label.fontSize * viewport.zoom;
		const screen = Math.max(zoomed, label.minScreen);
		if (screen > zoomed * label.maxBoost) continue;
		const { width, height } = labelBoxSize(label.text, screen);
		const x1 = label.x - width / 2 - GAP;
		const y1 = (label.below === null ? label.y - height / 2 : label.y + label.below) - GAP;
		const box = { x1, y1, x2: x1 + width + 2 * GAP, y2: y1 + height + 2 * GAP };
		if (box.x2 < 0 || box.y2 < 0 || box.x1 > viewport.width || box.y1 > viewport.height) continue;
		if (placed.some((p) => p.x1 < box.x2 && box.x1 < p.x2 && p.y1 < box.y2 && box.y1 < p.y2)) continue;
		placed.push(box);
		sizes.set(label.id, screen / viewport.zoom);
	}
	return sizes;
}
