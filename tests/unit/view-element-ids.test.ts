import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../src/lib/kg/model';
import { edgeElementIds } from '../../src/lib/view/element-ids';
import { toElements } from '../../src/lib/view/elements';
import { buildSmallGraph } from './fixtures/small-graph';

/** A graph shaped like networkx and Gephi output: nodes "0".."n" and edges numbered from "0" too. */
function numberedGraph(): KnowledgeGraph {
	const graph = new Graph({ type: 'directed', multi: true }) as unknown as KnowledgeGraph;
	graph.setAttribute('kinds', []);
	graph.setAttribute('relations', []);
	for (const key of ['0', '1', '2', 'edge:1']) graph.addNode(key, { label: key, labelEn: key, kind: 'x', aliases: [], mentions: [] } as never);
	const edges: Array<[string, string, string]> = [['0', '0', '1'], ['1', '1', '2'], ['edge:0', '2', '0'], ['3', '0', '2']];
	for (const [key, source, target] of edges) graph.addEdgeWithKey(key, source, target, { relation: 'r', evidence: [] } as never);
	return graph;
}

describe('edgeElementIds', () => {
	it('keeps an edge key as its element id where no node holds it', () => {
		const graph = buildSmallGraph();
		const ids = edgeElementIds(graph);
		for (const key of graph.edges()) expect(ids.get(key)).toBe(key);
	});

	it('gives every element a distinct id when edge keys repeat node keys', () => {
		const graph = numberedGraph();
		const ids = edgeElementIds(graph);
		const all = [...graph.nodes(), ...ids.values()];
		expect(new Set(all).size).toBe(graph.order + graph.size);
		// Edge "0" collides with node "0"; the prefixed id must not take edge "edge:0"'s own key.
		expect(ids.get('0')).not.toBe('0');
		expect(ids.get('edge:0')).toBe('edge:0');
		expect(ids.get('3')).toBe('3');
	});

	it('carries the graph key on every edge element', () => {
		const graph = numberedGraph();
		const edges = toElements(graph, {}).filter((e) => e.group === 'edges');
		expect(edges.map((e) => e.data.key).sort()).toEqual(graph.edges().sort());
		expect(new Set(edges.map((e) => e.data.id)).size).toBe(graph.size);
	});
});
