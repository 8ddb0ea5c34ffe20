import { describe, expect, it } from 'vitest';
import { labelBoxSize, MIN_READABLE_FONT_SIZE } from '../../src/lib/view/footprint';
import { enlargedSize, placeLabels, type LabelCandidate } from '../../src/lib/view/label-placement';

const label = (id: string, x: number, y: number, extra: Partial<LabelCandidate> = {}): LabelCandidate => ({
	id,
	text: id,
	x,
	y,
	below: 5,
	fontSize: 12,
	minScreen: MIN_READABLE_FONT_SIZE,
	maxBoost: Infinity,
	priority: 0,
	...extra
});
const viewport = { width: 800, height: 600, zoom: 0.5 };

describe('placeLabels', () => {
	it('enlarges a label that the zoom would draw below the readable size', () => {
		const sizes = placeLabels([label('a', 100, 100)], viewport);
		const screen = sizes.get('a')!.size * viewport.zoom;
		expect(screen).toBeGreaterThanOrEqual(MIN_READABLE_FONT_SIZE);
		expect(screen).toBeLessThan(MIN_READABLE_FONT_SIZE * 1.1);
	});

	it('gives an enlarged label the same size for cameras a little apart (no new font to measure)', () => {
		const at = (zoom: number) => placeLabels([label('a', 100, 100)], { ...viewport, zoom }).get('a')!.size;
		expect(at(0.5)).toBe(at(0.49));
		expect(at(0.5)).not.toBe(at(0.4));
	});

	it('rounds enlarged sizes up to a ladder about 9% apart', () => {
		for (const size of [3, 11, 21.7, 22, 40.01, 130]) {
			expect(enlargedSize(size)).toBeGreaterThanOrEqual(size);
			expect(enlargedSize(size)).toBeLessThan(size * 2 ** (1 / 8) + 1e-9);
			expect(enlargedSize(enlargedSize(size))).toBe(enlargedSize(size));
		}
		expect(enlargedSize(16)).toBe(16);
	});

	it('keeps the size a label already reads at', () => {
		const sizes = placeLabels([label('a', 100, 100, { fontSize: 40 })], viewport);
		expect(sizes.get('a')).toEqual({ size: 40, side: 'below' });
	});

	it('puts the lower-priority one of two colliding labels above its node', () => {
		const two = placeLabels([label('low', 100, 100, { priority: 1 }), label('high', 104, 102, { priority: 5 })], viewport);
		expect(two.get('high')?.side).toBe('below');
		expect(two.get('low')?.side).toBe('above');
	});

	it('moves a label right of its node, then left, when below and above are taken, else leaves it out', () => {
		const { width, height } = labelBoxSize('node', MIN_READABLE_FONT_SIZE);
		const node = label('node', 400, 300);
		// Centred labels (as edges have) of the same text, set off to one side: each pair covers the
		// node's slots below and above it and the one on that side, and leaves the other side free.
		const blockers = (side: number) =>
			[300 + 5 + height / 2, 300 - 5 - height / 2].map((y, i) =>
				label('node', 400 + side * (5 + width / 2), y, { id: `blocker-${side}-${i}`, below: null, priority: 9 })
			);
		expect(placeLabels([node, ...blockers(-1)], viewport).get('node')?.side).toBe('right');
		expect(placeLabels([node, ...blockers(1)], viewport).get('node')?.side).toBe('left');
		expect(placeLabels([node, ...blockers(-1), ...blockers(1)], viewport).has('node')).toBe(false);
	});

	it('draws both of two labels far apart', () => {
		expect(placeLabels([label('a', 100, 100), label('b', 400, 400)], viewport).size).toBe(2);
	});

	it('leaves out a label that would need more enlargement than it may get, and one out of view', () => {
		const sizes = placeLabels(
			[label('small', 100, 100, { maxBoost: 1.5 }), label('outside', -500, 100), label('big', 300, 300, { maxBoost: 1.5, fontSize: 18 })],
			viewport
		);
		// 12 × 0.5 = 6 px would need ×1.8 to read; 18 × 0.5 = 9 px needs ×1.2.
		expect([...sizes.keys()].sort()).toEqual(['big']);
	});

	it('never returns a size that renders below the floor, whatever the input', () => {
		const many = Array.from({ length: 200 }, (_, i) =>
			label(`n${i}`, (i * 37) % 800, (i * 91) % 600, { fontSize: 6 + (i % 30), priority: i % 7, minScreen: 11 + (i % 3) })
		);
		for (const zoom of [0.1, 0.3, 0.9, 2]) {
			const sizes = placeLabels(many, { ...viewport, zoom });
			for (const { size } of sizes.values()) expect(size * zoom).toBeGreaterThanOrEqual(MIN_READABLE_FONT_SIZE - 1e-9);
		}
	});
});

describe('labelBoxSize', () => {
	it('is as wide as the longest wrapped line, as tall as the lines', () => {
		const one = labelBoxSize('Dokter', 10);
		const two = labelBoxSize('Kelompok okupasional', 10);
		// "Kelompok okupasional" wraps after "Kelompok": two lines, the longer 11 characters.
		expect(two.height).toBeCloseTo(2 * one.height);
		expect(two.width).toBeCloseTo((11 / 6) * one.width);
		expect(labelBoxSize('A\n(B)', 10).height).toBeCloseTo(2 * one.height);
	});
});
