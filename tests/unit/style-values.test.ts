import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FALLBACK_COLOR, NODE_SHAPES, isSafeColor, safeColor, safeShape } from '../../src/lib/kg/style-values';

const hostileColors = [
	'#0072B2;position:fixed;inset:0;z-index:99999;background:url(http://127.0.0.1:9/beacon)',
	'red; background-image: url(javascript:alert(1))',
	'url(http://example.invalid/x.png)',
	'expression(alert(1))',
	'var(--x)',
	'#12345',
	'#1234',
	'rgb(1,2,3);color:red',
	'rgb(1,2,3) !important',
	'red !important',
	'"red"',
	'</style><script>alert(1)</script>',
	'\u202e#ffffff',
	'#fff\u200b',
	'a'.repeat(100),
	''
];

describe('safeColor', () => {
	it('keeps the colours graph files use', () => {
		for (const color of ['#0072B2', '#fff', 'rgb(0, 114, 178)', 'rgba(0,0,0,0.5)', 'hsl(200deg 50% 40%)', 'teal'])
			expect(safeColor(color)).toBe(color);
	});

	it('turns anything else into the neutral default', () => {
		for (const color of [...hostileColors, null, undefined, 12, {}]) expect(safeColor(color)).toBe(FALLBACK_COLOR);
	});

	it('never lets a character through that could end the declaration or open a url', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.constantFrom(...hostileColors).chain((h) => fc.string().map((s) => h + s))), (value) => {
				const out = safeColor(value);
				expect(out).not.toMatch(/[;:{}"'\\<>!]|(url|expression|var|attr)\(/i);
				expect(isSafeColor(out) || out === FALLBACK_COLOR).toBe(true);
			}),
			{ numRuns: 2000 }
		);
	});
});

describe('safeShape', () => {
	it('is the list Cytoscape draws (less polygon, which needs its own points)', () => {
		const source = readFileSync('node_modules/cytoscape/dist/cytoscape.esm.mjs', 'utf8');
		const enums = /nodeShape: \{\s*enums: \[([^\]]+)\]/.exec(source)![1].match(/'[^']+'/g)!.map((s) => s.slice(1, -1));
		expect([...NODE_SHAPES, 'polygon'].sort()).toEqual(enums.sort());
	});

	it('keeps a known shape and turns anything else into an ellipse', () => {
		expect(safeShape('round-rectangle')).toBe('round-rectangle');
		for (const shape of ['polygon', 'star" onmouseover="alert(1)', 'x;y', '', null, 7]) expect(safeShape(shape)).toBe('ellipse');
	});
});
