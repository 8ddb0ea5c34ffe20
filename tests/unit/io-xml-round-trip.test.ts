/** GEXF and GraphML give back what they were given: one set of round trips for both. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as gexf from '$lib/kg/io/gexf';
import * as graphml from '$lib/kg/io/graphml';
import { IMPORTED_GRAPH_OPTIONS, type KnowledgeGraph } from '$lib/kg/model';
import { knowledgeGraphArbitrary, sampleGraph } from './fixtures/io/graphs';

/** The sample as an imported map: a self-loop, an undirected edge, a file's colour, size, weight and typed properties. */
function importedShape(): KnowledgeGraph {
	const graph = sampleGraph().copy(IMPORTED_GRAPH_OPTIONS) as KnowledgeGraph;
	graph.mergeNodeAttributes('kelompok-okupasional', { color: '#ff8800', size: 12.5, properties: { modularity_class: 3, pagerank: 0.0125, hub: true, genre: 'sosial' } });
	graph.mergeNodeAttributes('ikatan-dokter-indonesia', { properties: { modularity_class: 1, genre: 'profesi' } });
	graph.addEdgeWithKey('loop', 'kelompok-okupasional', 'kelompok-okupasional', { relation: 'is-a', evidence: [], weight: 2 });
	graph.addUndirectedEdgeWithKey('both-ways', 'ikatan-dokter-indonesia', 'kelompok-okupasional', { relation: 'contrasts-with', evidence: [], weight: 0.5, properties: { since: 1950 } });
	return graph;
}

describe.each([
	['GEXF', gexf],
	['GraphML', graphml]
] as const)('%s round trip', (_name, format) => {
	it('keeps the sample graph exactly', () => {
		const graph = sampleGraph();
		const result = format.parse(format.serialize(graph));
		expect(result.ok && result.graph.export()).toEqual(graph.export());
	});

	it('keeps an imported map exactly: self-loop, undirected edge, colour, size, weights and typed properties', () => {
		const graph = importedShape();
		const result = format.parse(format.serialize(graph));
		if (!result.ok) throw new Error(JSON.stringify(result.error));
		expect(result.graph.export()).toEqual(graph.export());
	});

	it('gives back the same nodes, edges, attributes, passages and documents on generated graphs', () => {
		fc.assert(
			fc.property(knowledgeGraphArbitrary(), (graph) => {
				const result = format.parse(format.serialize(graph));
				if (!result.ok) throw new Error(JSON.stringify(result.error));
				expect(result.graph.export()).toEqual(graph.export());
			}),
			{ numRuns: 50 }
		);
	});
});
