import { describe, expect, it } from 'vitest';
import { communities } from '../../src/lib/kg/query/communities';
import { buildEdgeListGraph, buildSmallGraph } from './fixtures/small-graph';

/** Two triangles joined by one bridge edge c–d. */
const TWO_TRIANGLES = ['a>b', 'b>c', 'c>a', 'd>e', 'e>f', 'f>d', 'c>d'];

describe('communities', () => {
	it('separates two triangles joined by a bridge', () => {
		const parts = communities(buildEdgeListGraph(TWO_TRIANGLES));
		expect(parts.a).toBe(parts.b);
		expect(parts.b).toBe(parts.c);
		expect(parts.d).toBe(parts.e);
		expect(parts.e).toBe(parts.f);
		expect(parts.a).not.toBe(parts.d);
		// Numbered by size, ties by smallest member: {a,b,c} is 0.
		expect(parts.a).toBe(0);
	});

	it('is deterministic: same graph and seed, same partition', () => {
		const first = communities(buildSmallGraph(), { seed: 7 });
		for (let i = 0; i < 5; i++) expect(communities(buildSmallGraph(), { seed: 7 })).toEqual(first);
		expect(communities(buildSmallGraph())).toEqual(communities(buildSmallGraph()));
	});

	it('keeps the occupational and voluntary examples apart on the small graph', () => {
		const parts = communities(buildSmallGraph());
		expect(Object.keys(parts).sort()).toEqual(buildSmallGraph().nodes().sort());
		expect(parts['ikatan-dokter-indonesia']).toBe(parts['kelompok-okupasional']);
		expect(parts['persatuan-guru-ri']).toBe(parts['kelompok-okupasional']);
		expect(parts['palang-merah-indonesia']).toBe(parts['kelompok-volunter']);
		expect(parts['palang-merah-indonesia']).not.toBe(parts['kelompok-okupasional']);
		// The isolated concept forms its own community.
		const alone = Object.values(parts).filter((c) => c === parts['solidaritas']);
		expect(alone).toHaveLength(1);
	});

	it('numbers communities 0..k-1 with the largest first', () => {
		const parts = communities(buildSmallGraph());
		const sizes = new Map<number, number>();
		for (const c of Object.values(parts)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
		const ids = [...sizes.keys()].sort((x, y) => x - y);
		expect(ids).toEqual(ids.map((_, i) => i));
		const bySize = ids.map((id) => sizes.get(id)!);
		expect(bySize).toEqual([...bySize].sort((x, y) => y - x));
	});
});
