import type { KnowledgeGraph } from '../kg/model';

/** Degree scaled to 0..1: how big a node is drawn. */
export function importance(graph: KnowledgeGraph): Record<string, number> {
	let max = 1;
	graph.forEachNode((key) => (max = Math.max(max, graph.degree(key))));
	const result: Record<string, number> = {};
	graph.forEachNode((key) => (result[key] = graph.degree(key) / max));
	return result;
}
