import { describe, expect, it } from 'vitest';
import { DiscGrid, type Disc } from '../../src/lib/view/disc-grid';

const disc = (id: string, x: number, y: number, r: number, index: number): Disc => ({ id, x, y, r, index });
const byIndex = (d: Disc) => d.index;

describe('DiscGrid.pick', () => {
	it('picks, of overlapping discs under the point, the one drawn on top', () => {
		const below = disc('below', 0, 0, 5, 0);
		const above = disc('above', 3, 0, 5, 1);
		const grid = new DiscGrid([below, above]);
		expect(grid.pick(1, 0, 2, byIndex)?.id).toBe('above');
		// Drawn the other way round, the other one wins.
		expect(grid.pick(1, 0, 2, (d) => -d.index)?.id).toBe('below');
	});

	it('prefers a disc under the point to a nearer-centred one whose rim is only within the slack', () => {
		// The small disc is drawn on top and its centre is closer, but the point is outside it.
		const big = disc('big', 0, 0, 10, 0);
		const small = disc('small', 6, 0, 1, 1);
		const grid = new DiscGrid([big, small]);
		expect(grid.pick(4.5, 0, 1, byIndex)?.id).toBe('big');
		expect(grid.pick(6.5, 0, 1, byIndex)?.id).toBe('small');
	});

	it('takes the nearest rim within the slack beside small discs, and nothing beyond it', () => {
		const grid = new DiscGrid([disc('a', 0, 0, 1, 0), disc('b', 10, 0, 1, 1)]);
		expect(grid.pick(2.5, 0, 2, byIndex)?.id).toBe('a');
		expect(grid.pick(7.8, 0, 2, byIndex)?.id).toBe('b');
		expect(grid.pick(5, 0, 2, byIndex)).toBeNull();
	});

	it('skips discs that are not drawn', () => {
		const grid = new DiscGrid([disc('shown', 0, 0, 5, 0), disc('hidden', 0, 0, 5, 1)]);
		expect(grid.pick(0, 0, 1, (d) => (d.id === 'hidden' ? null : d.index))?.id).toBe('shown');
	});

	it('finds every one of many random discs at its centre when nothing covers it', () => {
		let seed = 7;
		const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
		const discs = Array.from({ length: 3000 }, (_, i) => disc(String(i), random() * 5000 - 2500, random() * 5000 - 2500, 2 + random() * 20, i));
		const grid = new DiscGrid(discs);
		for (const d of discs) {
			// The answer by brute force: the top-drawn disc containing the point.
			const covering = discs.filter((o) => Math.hypot(o.x - d.x, o.y - d.y) <= o.r);
			const expected = covering.reduce((a, b) => (b.index > a.index ? b : a));
			expect(grid.pick(d.x, d.y, 3, byIndex)?.id).toBe(expected.id);
		}
	});
});
