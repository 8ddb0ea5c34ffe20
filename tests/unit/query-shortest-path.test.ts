import { describe, expect, it } from 'vitest';
import { shortestPath } from '../../src/lib/kg/query/shortest-path';
import { buildEdgeListGraph, buildSmallGraph } from './fixtures/small-graph';

describe('shortestPath', () => {
	const graph = buildSmallGraph();

	it('walks edges backwards when needed', () => {
		// PMI → kelompok-volunter → kelompok-sosial ← kelompok-okupasional ← PGRI
		expect(shortestPath(graph, 'palang-merah-indonesia', 'persatuan-guru-ri')).toEqual({
			nodes: [
				'palang-merah-indonesia',
				'kelompok-volunter',
				'kelompok-sosial',
				'kelompok-okupasional',
				'persatuan-guru-ri'
			],
			edges: [
				'pmi-contoh-volunter',
				'volunter-jenis-sosial',
				'okupasional-jenis-sosial',
				'pgri-contoh-okupasional'
			]
		});
	});

	it('prefers the direct edge over a longer route', () => {
		expect(shortestPath(graph, 'profesi', 'ikatan-dokter-indonesia')).toEqual({
			nodes: ['profesi', 'ikatan-dokter-indonesia'],
			edges: ['idi-berkaitan-profesi']
		});
	});

	it('returns the single node for a = b', () => {
		expect(shortestPath(graph, 'profesi', 'profesi')).toEqual({ nodes: ['profesi'], edges: [] });
	});

	it('returns null for disconnected or unknown nodes', () => {
		expect(shortestPath(graph, 'profesi', 'solidaritas')).toBeNull();
		expect(shortestPath(graph, 'profesi', 'tidak-ada')).toBeNull();
	});

	it('chooses among equal paths by sorted keys, whatever the insertion order', () => {
		// Two 2-hop routes from s to t: via m and via k; "k" sorts first.
		const one = buildEdgeListGraph(['s>m', 'm>t', 't>k', 'k>s']);
		const two = buildEdgeListGraph(['k>s', 't>k', 'm>t', 's>m']);
		expect(shortestPath(one, 's', 't')?.nodes).toEqual(['s', 'k', 't']);
		expect(shortestPath(two, 's', 't')?.nodes).toEqual(['s', 'k', 't']);
		expect(shortestPath(one, 's', 't')?.edges).toEqual(['e3', 'e2']);
	});

	it('takes the smallest key among parallel edges of a hop', () => {
		const multi = buildEdgeListGraph(['a>b', 'b>a', 'a>b']);
		expect(shortestPath(multi, 'b', 'a')).toEqual({ nodes: ['b', 'a'], edges: ['e0'] });
	});

	it('has one edge per hop joining consecutive nodes', () => {
		const path = shortestPath(graph, 'ikatan-dokter-indonesia', 'kelompok-volunter')!;
		expect(path.edges).toHaveLength(path.nodes.length - 1);
		path.edges.forEach((edge, i) => {
			expect(new Set(graph.extremities(edge))).toEqual(new Set([path.nodes[i], path.nodes[i + 1]]));
		});
	});
});
