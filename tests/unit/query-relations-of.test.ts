import { describe, expect, it } from 'vitest';
import { relationsOf } from '../../src/lib/kg/query/relations-of';
import { buildGraph, buildSmallGraph } from './fixtures/small-graph';

describe('relationsOf', () => {
	it('groups by relation in ontology order, with direction', () => {
		expect(relationsOf(buildSmallGraph(), 'kelompok-okupasional')).toEqual([
			{
				relation: 'jenis-dari',
				direction: 'out',
				items: [{ edge: 'okupasional-jenis-sosial', neighbour: 'kelompok-sosial' }]
			},
			{
				relation: 'contoh-dari',
				direction: 'in',
				items: [
					{ edge: 'idi-contoh-okupasional', neighbour: 'ikatan-dokter-indonesia' },
					{ edge: 'pgri-contoh-okupasional', neighbour: 'persatuan-guru-ri' }
				]
			},
			{
				relation: 'berkaitan-dengan',
				direction: 'out',
				items: [{ edge: 'okupasional-berkaitan-profesi', neighbour: 'profesi' }]
			}
		]);
	});

	it('returns nothing for an isolated or unknown node', () => {
		expect(relationsOf(buildSmallGraph(), 'solidaritas')).toEqual([]);
		expect(relationsOf(buildSmallGraph(), 'tidak-ada')).toEqual([]);
	});

	it('sorts items by neighbour label, not key, and puts out before in', () => {
		const text = 'guru dokter perawat bidan';
		const graph = buildGraph({
			relations: ['berkaitan-dengan', 'contoh-dari'],
			documents: [{ id: 'd', title: 'D', passages: [{ id: 'p', text }] }],
			nodes: [
				{ key: 'a-guru', label: 'Guru', mentions: [{ passage: 'p', phrase: 'guru' }] },
				{ key: 'b-perawat', label: 'Perawat', mentions: [{ passage: 'p', phrase: 'perawat' }] },
				{ key: 'c-bidan', label: 'Bidan', mentions: [{ passage: 'p', phrase: 'bidan' }] },
				{ key: 'z-dokter', label: 'Dokter', mentions: [{ passage: 'p', phrase: 'dokter' }] }
			],
			edges: [
				// declared second, inserted first: must still come after berkaitan-dengan
				{
					key: 'e1',
					source: 'c-bidan',
					target: 'a-guru',
					relation: 'contoh-dari',
					evidence: [{ passage: 'p', phrase: 'bidan' }]
				},
				{
					key: 'e2',
					source: 'b-perawat',
					target: 'a-guru',
					relation: 'berkaitan-dengan',
					evidence: [{ passage: 'p', phrase: 'perawat' }]
				},
				{
					key: 'e3',
					source: 'a-guru',
					target: 'b-perawat',
					relation: 'berkaitan-dengan',
					evidence: [{ passage: 'p', phrase: 'guru' }]
				},
				{
					key: 'e4',
					source: 'z-dokter',
					target: 'a-guru',
					relation: 'berkaitan-dengan',
					evidence: [{ passage: 'p', phrase: 'dokter' }]
				}
			]
		});
		const groups = relationsOf(graph, 'a-guru');
		expect(groups.map((g) => `${g.relation}/${g.direction}`)).toEqual([
			'berkaitan-dengan/out',
			'berkaitan-dengan/in',
			'contoh-dari/in'
		]);
		// "Dokter" < "Perawat" although key z-dokter > b-perawat
		expect(groups[1].items).toEqual([
			{ edge: 'e4', neighbour: 'z-dokter' },
			{ edge: 'e2', neighbour: 'b-perawat' }
		]);
	});
});

describe('relationsOf on an imported map', () => {
	it('lists an undirected edge from both ends as "both", and keeps it undirected in the most connected part', async () => {
		const { IMPORTED_GRAPH_OPTIONS } = await import('$lib/kg/model');
		const { mostConnectedPart } = await import('$lib/kg/query/most-connected');
		const graph = buildSmallGraph().copy(IMPORTED_GRAPH_OPTIONS) as ReturnType<typeof buildSmallGraph>;
		const [a, b] = graph.nodes();
		graph.addUndirectedEdgeWithKey('u', a, b, { relation: 'jenis-dari', evidence: [] });
		for (const [from, to] of [[a, b], [b, a]]) {
			const both = relationsOf(graph, from).filter((g) => g.direction === 'both');
			expect(both).toEqual([{ relation: 'jenis-dari', direction: 'both', items: [{ edge: 'u', neighbour: to }] }]);
		}
		const part = mostConnectedPart(graph, { maxNodes: graph.order, maxEdges: graph.size });
		expect(part.isUndirected('u')).toBe(true);
	});
});
