import { describe, expect, it } from 'vitest';
import { neighbourhood } from '../../src/lib/kg/query/neighbourhood';
import { buildEdgeListGraph, buildSmallGraph } from './fixtures/small-graph';

describe('neighbourhood', () => {
	const graph = buildSmallGraph();

	it('is the node itself at depth 0', () => {
		expect([...neighbourhood(graph, 'profesi', 0)]).toEqual(['profesi']);
	});

	it('follows edges in both directions at depth 1', () => {
		// profesi only has incoming edges, yet both sources are its neighbours.
		expect([...neighbourhood(graph, 'profesi', 1)].sort()).toEqual([
			'ikatan-dokter-indonesia',
			'kelompok-okupasional',
			'profesi'
		]);
	});

	it('reaches two hops at depth 2', () => {
		expect([...neighbourhood(graph, 'palang-merah-indonesia', 2)].sort()).toEqual([
			'kelompok-sosial',
			'kelompok-volunter',
			'palang-merah-indonesia'
		]);
	});

	it('stops at the connected component', () => {
		const all = neighbourhood(graph, 'kelompok-okupasional', 10);
		expect(all.size).toBe(graph.order - 1);
		expect(all.has('solidaritas')).toBe(false);
	});

	it('counts hops, not edges, on a chain a→b←c→d', () => {
		const chain = buildEdgeListGraph(['a>b', 'c>b', 'c>d']);
		expect([...neighbourhood(chain, 'a', 2)].sort()).toEqual(['a', 'b', 'c']);
		expect([...neighbourhood(chain, 'a', 3)].sort()).toEqual(['a', 'b', 'c', 'd']);
	});

	it('gives an empty set for an unknown key', () => {
		expect(neighbourhood(graph, 'tidak-ada', 2).size).toBe(0);
	});
});
