import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedLayout } from '../../graph/layout-cache';

const nodes = [
	{ id: 'a', width: 40, height: 30 },
	{ id: 'b', width: 40, height: 30 },
	{ id: 'c', width: 40, height: 30 }
];
const edges = [
	{ id: 'a-b', source: 'a', target: 'b' },
	{ id: 'b-c', source: 'b', target: 'c' }
];

let dir = '';
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

describe('cachedLayout', () => {
	it('computes once, then reads the same positions back', () => {
		dir = mkdtempSync(join(tmpdir(), 'layout-'));
		const file = join(dir, 'layout.json');
		const first = cachedLayout(file)(nodes, edges, 42);
		expect(Object.keys(first).sort()).toEqual(['a', 'b', 'c']);
		// Tamper with the stored positions: a cache hit returns them, proving nothing was recomputed.
		const stored = JSON.parse(readFileSync(file, 'utf8'));
		stored.positions.a = { x: 12345, y: 0 };
		writeFileSync(file, JSON.stringify(stored));
		expect(cachedLayout(file)(nodes, edges, 42).a).toEqual({ x: 12345, y: 0 });
	});

	it('recomputes when the input changes', () => {
		dir = mkdtempSync(join(tmpdir(), 'layout-'));
		const file = join(dir, 'layout.json');
		cachedLayout(file)(nodes, edges, 42);
		const stored = JSON.parse(readFileSync(file, 'utf8'));
		stored.positions.a = { x: 12345, y: 0 };
		writeFileSync(file, JSON.stringify(stored));
		const wider = nodes.map((n) => (n.id === 'a' ? { ...n, width: 80 } : n));
		expect(cachedLayout(file)(wider, edges, 42).a).not.toEqual({ x: 12345, y: 0 });
	});
});
