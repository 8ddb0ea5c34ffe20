/**
 * An imported layout made roomy enough for the explorer's nodes and labels. Layout tools
 * (Gephi, networkx) place thousands of nodes a few units apart, while the explorer draws a
 * node 16 units wide with a 12-unit label below it: used as they come, such positions are a
 * heap of overlapping discs and no label ever finds room. So the layout is scaled about its
 * centre, once at import, until a typical node (the median) and its nearest neighbour have
 * room for both their footprints (disc and label, footprint.ts) side by side; the shape is
 * the file's, only larger. The fitted view then shows the structure, the label placement
 * names the most important nodes that fit, and zooming in makes room for the rest. A layout
 * already that roomy (our own exports, the maps laid out here, whose footprints never
 * overlap) is kept exactly: this only ever spreads, never shrinks.
 */
import type { KnowledgeGraph } from '../kg/model';
import { nodeDiameter, nodeFootprint } from '../view/footprint';

/** The smallest label size (graph units) of the explorer's ranks: what most nodes of a big map carry. */
const SMALL_LABEL = 12;
/** A layout whose points nearly all coincide cannot be helped by scaling; this bounds the factor. */
const MAX_FACTOR = 100;

type Point = { x: number; y: number };

/** The factor the layout was scaled by (1 when it was roomy enough, or has no positions to judge). */
export function spreadForLabels(graph: KnowledgeGraph): number {
	const points: Point[] = [];
	const boxes: { width: number; height: number }[] = [];
	graph.forEachNode((_key, a) => {
		if (!Number.isFinite(a.x) || !Number.isFinite(a.y)) return;
		points.push({ x: a.x!, y: a.y! });
		boxes.push(nodeFootprint(a.label ?? '', nodeDiameter(0), SMALL_LABEL));
	});
	if (points.length < 2) return 1;
	// Per node, how much the layout must grow for its footprint and its nearest neighbour's to stop overlapping.
	const needed = nearestNeighbours(points)
		.map((j, i) => {
			const dx = Math.abs(points[j].x - points[i].x);
			const dy = Math.abs(points[j].y - points[i].y);
			const width = (boxes[i].width + boxes[j].width) / 2;
			const height = (boxes[i].height + boxes[j].height) / 2;
			return Math.min(dx > 0 ? width / dx : Infinity, dy > 0 ? height / dy : Infinity);
		})
		.filter(Number.isFinite);
	const factor = Math.min(MAX_FACTOR, middle(needed));
	if (!(factor > 1)) return 1;
	const centre = { x: middle(points.map((p) => p.x)), y: middle(points.map((p) => p.y)) };
	graph.updateEachNodeAttributes((_key, a) =>
		Number.isFinite(a.x) && Number.isFinite(a.y)
			? { ...a, x: round(centre.x + (a.x! - centre.x) * factor), y: round(centre.y + (a.y! - centre.y) * factor) }
			: a
	);
	return factor;
}

/**
 * The index of each point's nearest other point, through a grid of cells about one average
 * spacing wide: the rings around a point's cell are searched outwards until no nearer point can be
 * left, so the cost stays near linear for the thousands of nodes of an import.
 */
export function nearestNeighbours(points: Point[]): number[] {
	let x1 = Infinity;
	let y1 = Infinity;
	let x2 = -Infinity;
	let y2 = -Infinity;
	for (const p of points) {
		x1 = Math.min(x1, p.x);
		y1 = Math.min(y1, p.y);
		x2 = Math.max(x2, p.x);
		y2 = Math.max(y2, p.y);
	}
	const cell = Math.max(Math.sqrt(((x2 - x1) * (y2 - y1)) / points.length), (Math.max(x2 - x1, y2 - y1) || 1) / points.length, 1e-9);
	const grid = new Map<string, number[]>();
	const cellOf = (p: Point) => [Math.floor((p.x - x1) / cell), Math.floor((p.y - y1) / cell)];
	points.forEach((p, i) => {
		const key = cellOf(p).join(',');
		const list = grid.get(key);
		if (list) list.push(i);
		else grid.set(key, [i]);
	});
	const columns = Math.floor((x2 - x1) / cell) + 1;
	const rows = Math.floor((y2 - y1) / cell) + 1;
	return points.map((p, i) => {
		const [cx, cy] = cellOf(p);
		let best = Infinity;
		let nearest = i === 0 ? 1 : 0;
		for (let ring = 0; ring <= Math.max(columns, rows); ring++) {
			// A point in this ring or beyond lies at least `ring - 1` cells away.
			if (best <= (ring - 1) * cell) break;
			for (let dx = -ring; dx <= ring; dx++)
				for (let dy = -ring; dy <= ring; dy++) {
					if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
					for (const j of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
						if (j === i) continue;
						const d = Math.hypot(points[j].x - p.x, points[j].y - p.y);
						if (d < best || (d === best && j < nearest)) {
							best = d;
							nearest = j;
						}
					}
				}
		}
		return nearest;
	});
}

function middle(xs: number[]): number {
	if (xs.length === 0) return NaN;
	const sorted = [...xs].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

const round = (n: number) => Math.round(n * 10) / 10;
