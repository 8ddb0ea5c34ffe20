/**
 * The part of a graph too large to draw that is worth drawing: its most
 * connected nodes (by degree, ties by key so the same file gives the same
 * part) and the edges among them, within both limits.
 */
import type { KnowledgeGraph } from '../model';

export interface PartSize {
	maxNodes: number;
	maxEdges: number;
}

export function mostConnectedPart(graph: KnowledgeGraph, { maxNodes, maxEdges }: PartSize): KnowledgeGraph {
	const ranked = graph.nodes().map((key) => ({ key, degree: graph.degree(key) }));
	ranked.sort((a, b) => b.degree - a.degree || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
	const part = graph.nullCopy() as KnowledgeGraph;
	for (const { key } of ranked.slice(0, maxNodes)) part.addNode(key, { ...graph.getNodeAttributes(key) });
	// Edges between kept nodes, those of the best-connected ends first, until the edge limit.
	const edges: { key: string; weight: number }[] = [];
	graph.forEachEdge((key, _attributes, source, target) => {
		if (part.hasNode(source) && part.hasNode(target)) edges.push({ key, weight: graph.degree(source) + graph.degree(target) });
	});
	if (edges.length > maxEdges) edges.sort((a, b) => b.weight - a.weight || (a.key < b.key ? -1 : 1));
	for (const { key } of edges.slice(0, maxEdges)) {
		// An undirected edge of an imported map stays undirected in its part.
		const add = graph.isUndirected(key) ? part.addUndirectedEdgeWithKey : part.addDirectedEdgeWithKey;
		add.call(part, key, graph.source(key), graph.target(key), { ...graph.getEdgeAttributes(key) });
	}
	return part;
}
