/**
 * Positions for a tree of labelled boxes, computed rather than simulated so the
 * same tree always gives the same picture and no two boxes ever overlap:
 * - tree: left to right, one column per level, each subtree in its own band;
 * - sides: the classic mind map, the root in the centre and its branches split
 *   between the right and the left, each side a tree growing outwards, so a
 *   large branch stays a compact list beside its heading;
 * - radial: the root in the centre, levels on rings, each subtree in its own
 *   sector; the rings grow until no two boxes touch (checked exactly).
 */
export interface LayoutBox {
	id: string;
	width: number;
	height: number;
	children: LayoutBox[];
}

export interface Point {
	x: number;
	y: number;
}

export type MindmapMode = 'sides' | 'radial' | 'tree';
export const MINDMAP_MODES: MindmapMode[] = ['sides', 'radial', 'tree'];

const GAP = 22;

export function layoutTree(root: LayoutBox, mode: MindmapMode): Record<string, Point> {
	if (mode === 'tree') return leftToRight(root);
	return mode === 'sides' ? twoSided(root) : radial(root);
}

// ---------------------------------------------------------------- left to right

function leftToRight(root: LayoutBox): Record<string, Point> {
	const columnWidth: number[] = [];
	const subtreeHeight = new Map<string, number>();
	const measure = (box: LayoutBox, depth: number): number => {
		columnWidth[depth] = Math.max(columnWidth[depth] ?? 0, box.width);
		const children = box.children.reduce((sum, c) => sum + measure(c, depth + 1), 0) + GAP * Math.max(0, box.children.length - 1);
		const height = Math.max(box.height, children);
		subtreeHeight.set(box.id, height);
		return height;
	};
	measure(root, 0);
	const columnX: number[] = [0];
	for (let d = 1; d < columnWidth.length; d++)
		columnX[d] = columnX[d - 1] + columnWidth[d - 1] / 2 + GAP * 3 + columnWidth[d] / 2;

	const positions: Record<string, Point> = {};
	// A subtree owns the band [top, top + height); its root sits in the middle, its children share the band.
	const place = (box: LayoutBox, depth: number, top: number) => {
		const height = subtreeHeight.get(box.id)!;
		const y = top + height / 2;
		positions[box.id] = { x: columnX[depth], y };
		const block = box.children.reduce((sum, c) => sum + subtreeHeight.get(c.id)!, 0) + GAP * Math.max(0, box.children.length - 1);
		let childTop = y - block / 2;
		for (const child of box.children) {
			place(child, depth + 1, childTop);
			childTop += subtreeHeight.get(child.id)! + GAP;
		}
	};
	place(root, 0, -subtreeHeight.get(root.id)! / 2);
	return positions;
}

// ---------------------------------------------------------------- two-sided

function twoSided(root: LayoutBox): Record<string, Point> {
	// Split the branches, in order, where the two sides' heights come closest to equal.
	const heights = root.children.map((c) => bandHeight(c));
	const total = heights.reduce((a, b) => a + b, 0);
	let split = 0;
	for (let run = 0; split < heights.length && run + heights[split] / 2 <= total / 2; split++) run += heights[split];
	split = Math.max(1, Math.min(root.children.length - 1, split));
	const right = leftToRight({ ...root, children: root.children.slice(0, split) });
	const left = leftToRight({ ...root, children: root.children.slice(split) });
	const positions: Record<string, Point> = { ...right };
	// The left side is the same tree mirrored; the root sits at the origin in both.
	for (const [id, p] of Object.entries(left)) if (id !== root.id) positions[id] = { x: -p.x, y: p.y };
	return positions;
}

/** The height of the band a subtree takes in a left-to-right tree. */
function bandHeight(box: LayoutBox): number {
	const children = box.children.reduce((sum, c) => sum + bandHeight(c), 0) + GAP * Math.max(0, box.children.length - 1);
	return Math.max(box.height, children);
}

// ---------------------------------------------------------------- radial

function radial(root: LayoutBox): Record<string, Point> {
	const halfDiagonal = (b: LayoutBox) => Math.hypot(b.width, b.height) / 2;
	// A subtree's share of the circle: what its widest level needs, so dense branches get wider sectors.
	const weight = new Map<string, number>();
	const measure = (box: LayoutBox): number => {
		const own = 2 * halfDiagonal(box) + GAP;
		const children = box.children.reduce((sum, c) => sum + measure(c), 0);
		const w = Math.max(own, children);
		weight.set(box.id, w);
		return w;
	};
	measure(root);

	const angle = new Map<string, number>();
	const depthOf = new Map<string, number>();
	const byDepth: LayoutBox[][] = [];
	const assign = (box: LayoutBox, depth: number, from: number, to: number) => {
		angle.set(box.id, (from + to) / 2);
		depthOf.set(box.id, depth);
		(byDepth[depth] ??= []).push(box);
		const total = box.children.reduce((sum, c) => sum + weight.get(c.id)!, 0);
		let start = from;
		for (const child of box.children) {
			const span = ((to - from) * weight.get(child.id)!) / total;
			assign(child, depth + 1, start, start + span);
			start += span;
		}
	};
	// Start at the top so the first branch reads first, clockwise like a clock face.
	assign(root, 0, -Math.PI / 2, (3 * Math.PI) / 2);

	// Rings: start as close as the biggest boxes of neighbouring levels allow, then push each ring
	// out (and every ring beyond it) until its boxes touch nothing inside it. Exact, and tight.
	const radius: number[] = [0];
	const maxHalf = byDepth.map((level) => Math.max(...level.map(halfDiagonal)));
	for (let d = 1; d < byDepth.length; d++) radius[d] = radius[d - 1] + maxHalf[d - 1] * 0.5 + maxHalf[d] * 0.5 + GAP;
	const all = [...depthOf.keys()].map((id) => findBox(root, id)!);
	for (let d = 1; d < byDepth.length; d++) {
		const inside = all.filter((b) => depthOf.get(b.id)! <= d);
		for (let attempt = 0; attempt < 200; attempt++) {
			const positions = place(inside, angle, depthOf, radius, 1);
			const clash = findOverlaps(inside.map((b) => ({ ...b, ...positions[b.id] })), GAP / 2).some(
				([x, y]) => depthOf.get(x) === d || depthOf.get(y) === d
			);
			if (!clash) break;
			const step = Math.max(8, radius[d] * 0.05);
			for (let k = d; k < radius.length; k++) radius[k] += step;
		}
	}
	return place(all, angle, depthOf, radius, 1);
}

function place(
	boxes: LayoutBox[],
	angle: Map<string, number>,
	depth: Map<string, number>,
	radius: number[],
	scale: number
): Record<string, Point> {
	const positions: Record<string, Point> = {};
	for (const box of boxes) {
		const r = radius[depth.get(box.id)!] * scale;
		const a = angle.get(box.id)!;
		positions[box.id] = { x: Math.round(r * Math.cos(a) * 10) / 10, y: Math.round(r * Math.sin(a) * 10) / 10 };
	}
	return positions;
}

function findBox(root: LayoutBox, id: string): LayoutBox | undefined {
	if (root.id === id) return root;
	for (const child of root.children) {
		const found = findBox(child, id);
		if (found) return found;
	}
	return undefined;
}

/** Pairs of boxes (centred at x, y) closer than `margin`: the exact test the layouts guarantee. */
export function findOverlaps(
	boxes: Array<{ id: string; x: number; y: number; width: number; height: number }>,
	margin = 0
): Array<[string, string]> {
	const pairs: Array<[string, string]> = [];
	for (let i = 0; i < boxes.length; i++)
		for (let j = i + 1; j < boxes.length; j++) {
			const a = boxes[i];
			const b = boxes[j];
			if (
				Math.abs(a.x - b.x) < (a.width + b.width) / 2 + margin &&
				Math.abs(a.y - b.y) < (a.height + b.height) / 2 + margin
			)
				pairs.push([a.id, b.id]);
		}
	return pairs;
}
