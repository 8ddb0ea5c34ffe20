/**
 * Which labels to draw, and how large, for one camera: the rule is that no label is
 * drawn below MIN_READABLE_FONT_SIZE on screen and no two drawn labels overlap. Labels
 * are taken in order of priority (the selection, the path, the neighbours, then the
 * more important concepts), each enlarged to its floor when the zoom would draw it
 * smaller, and kept only where it collides with none already placed — below its node, else
 * above, right or left of it — as a street map names what fits. What is left out stays listed in the panel.
 * Pure, in screen pixels.
 */
import { labelBoxSize } from './footprint';

export interface LabelCandidate {
	id: string;
	text: string;
	/** Screen position of the anchor: a node's centre or an edge's midpoint. */
	x: number;
	y: number;
	/** Nodes: screen distance from the anchor to the near edge of the label (on any side). Edges: null (centred). */
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

/** Steps per doubling of the sizes an enlarged label may take (2^(1/8): about 9% apart). */
const SIZE_STEPS_PER_DOUBLING = 8;

/**
 * The enlarged size, in graph units, rounded up to the next of a fixed ladder of sizes. Cameras a
 * little apart then give a label the same size: Cytoscape keeps a label's measured and wrapped
 * text for its font, so an unchanged size is neither written, restyled nor measured again (a
 * size that followed the zoom exactly was a new font for every label after every selection).
 */
export function enlargedSize(size: number): number {
	return 2 ** (Math.ceil(Math.log2(size) * SIZE_STEPS_PER_DOUBLING - 1e-9) / SIZE_STEPS_PER_DOUBLING);
}

export interface PlacedLabel {
	/** Font size in graph units. */
	size: number;
	/** Where a node's label went. */
	side: LabelSide;
}

export type LabelSide = 'below' | 'above' | 'right' | 'left';

type Box = { x1: number; y1: number; x2: number; y2: number };

/** Label id → how to draw it, for the labels to draw; the others are left out. */
export function placeLabels(candidates: LabelCandidate[], viewport: Viewport): Map<string, PlacedLabel> {
	const placed: Box[] = [];
	const labels = new Map<string, PlacedLabel>();
	const inView = (b: Box) => !(b.x2 < 0 || b.y2 < 0 || b.x1 > viewport.width || b.y1 > viewport.height);
	const free = (b: Box) => !placed.some((p) => p.x1 < b.x2 && b.x1 < p.x2 && p.y1 < b.y2 && b.y1 < p.y2);
	const ordered = [...candidates].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1));
	// Every label first tries below and above its node (edges: centred on their midpoint); only then
	// do the ones left out try the sides, so a side label never takes the place of a label that
	// fits below or above, whatever their priorities.
	for (const pass of [['below', 'above'], ['right', 'left']] as LabelSide[][])
		for (const label of ordered) {
			if (labels.has(label.id) || (pass[0] === 'right' && label.below === null)) continue;
			const zoomed = label.fontSize * viewport.zoom;
			if (label.minScreen > zoomed * label.maxBoost) continue;
			const size = zoomed >= label.minScreen ? label.fontSize : enlargedSize(label.minScreen / viewport.zoom);
			const fit = pass.map((side) => [side, boxOn(side, label, labelBoxSize(label.text, size * viewport.zoom))] as const).find(([, box]) => inView(box) && free(box));
			if (!fit) continue;
			placed.push(fit[1]);
			labels.set(label.id, { size, side: fit[0] });
		}
	return labels;
}

/** The box a label takes on one side of its anchor, with the clear space around it. */
function boxOn(side: LabelSide, label: LabelCandidate, { width, height }: { width: number; height: number }): Box {
	const offset = label.below ?? 0;
	const left =
		label.below === null || side === 'below' || side === 'above'
			? label.x - width / 2
			: side === 'right'
				? label.x + offset
				: label.x - offset - width;
	const top = label.below === null || side === 'right' || side === 'left' ? label.y - height / 2 : side === 'below' ? label.y + offset : label.y - offset - height;
	return { x1: left - GAP, y1: top - GAP, x2: left + width + GAP, y2: top + height + GAP };
}
