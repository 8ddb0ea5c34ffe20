/**
 * Which node lies under a point, found through a uniform grid of the nodes' discs: a big map
 * answers a tap or a hover from the few nodes near the point instead of Cytoscape's scan of
 * every element (big-graph.ts). Pure geometry in model coordinates; no Cytoscape.
 */

export interface Disc {
	id: string;
	x: number;
	y: number;
	/** Radius, in model units. */
	r: number;
	/** Its place in the list the grid was built from. */
	index: number;
}

/** Where a disc is drawn in the stack (higher is on top), or null when it is not drawn. */
export type DrawingOrder = (disc: Disc) => number | null;

export class DiscGrid {
	readonly #cell: number;
	readonly #cells = new Map<string, Disc[]>();

	constructor(discs: Disc[]) {
		// Cells a few typical diameters wide hold a handful of discs each, and few discs span several.
		const radii = discs.map((d) => d.r).sort((a, b) => a - b);
		const typical = radii.length ? radii[Math.floor(radii.length / 2)] : 1;
		this.#cell = Math.max(typical * 4, 1e-6);
		for (const disc of discs)
			for (const key of this.#cellsAround(disc.x, disc.y, disc.r)) {
				const list = this.#cells.get(key);
				if (list) list.push(disc);
				else this.#cells.set(key, [disc]);
			}
	}

	/** The keys of the cells a square of half-side `reach` about (x, y) touches. */
	#cellsAround(x: number, y: number, reach: number): string[] {
		const keys: string[] = [];
		const x1 = Math.floor((x - reach) / this.#cell);
		const x2 = Math.floor((x + reach) / this.#cell);
		const y1 = Math.floor((y - reach) / this.#cell);
		const y2 = Math.floor((y + reach) / this.#cell);
		for (let cx = x1; cx <= x2; cx++) for (let cy = y1; cy <= y2; cy++) keys.push(`${cx},${cy}`);
		return keys;
	}

	/**
	 * The disc a pointer at (x, y) means: of the discs drawn under the point, the one drawn on
	 * top; else, for a pointer just beside small discs, the nearest whose rim is within `slack`.
	 */
	pick(x: number, y: number, slack: number, order: DrawingOrder): Disc | null {
		let top: { disc: Disc; order: number } | null = null;
		let near: { disc: Disc; gap: number } | null = null;
		const seen = new Set<Disc>();
		for (const key of this.#cellsAround(x, y, slack))
			for (const disc of this.#cells.get(key) ?? []) {
				if (seen.has(disc)) continue;
				seen.add(disc);
				const gap = Math.hypot(disc.x - x, disc.y - y) - disc.r;
				if (gap > slack) continue;
				const drawn = order(disc);
				if (drawn === null) continue;
				if (gap <= 0) {
					if (!top || drawn > top.order) top = { disc, order: drawn };
				} else if (!near || gap < near.gap) near = { disc, gap };
			}
		return top?.disc ?? near?.disc ?? null;
	}
}
