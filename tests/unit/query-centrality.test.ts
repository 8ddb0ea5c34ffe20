import { describe, expect, it } from 'vitest';
import { centrality } from '../../src/lib/kg/query/centrality';
import { buildEdgeListGraph, buildSmallGraph } from './fixtures/small-graph';

describe('centrality', () => {
	it('makes the hub the biggest, at exactly 1', () => {
		const scores = centrality(buildSmallGraph());
		expect(scores['kelompok-okupasional']).toBe(1);
		const others = Object.entries(scores).filter(([key]) => key !== 'kelompok-okupasional');
		for (const [, score] of others) expect(score).toBeLessThan(1);
		// The general sink is not promoted over the hub (as PageRank would).
		expect(scores['kelompok-sosial']).toBe(0.5);
		expect(scores['palang-merah-indonesia']).toBe(0.25);
		expect(scores['solidaritas']).toBe(0);
	});

	it('counts distinct neighbours, not parallel edges', () => {
		const scores = centrality(buildEdgeListGraph(['a>b', 'b>a', 'a>b', 'c>d', 'd>e']));
		expect(scores).toEqual({ a: 0.5, b: 0.5, c: 0.5, d: 1, e: 0.5 });
	});

	it('gives 0 everywhere when there are no edges', () => {
		expect(centrality(buildEdgeListGraph([], ['a', 'b']))).toEqual({ a: 0, b: 0 });
	});
});
