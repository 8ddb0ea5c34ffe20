import type { KnowledgeGraph } from '../kg/model';
import { centrality } from '../kg/query/centrality';

/**
 * How prominent a node is drawn (size, label size), 0..1: centrality on a log
 * scale, because one hub with seventy neighbours would otherwise dwarf the rest.
 */
export function importance(graph: KnowledgeGraph): Record<string, number> {
	let maxNeighbours = 1;
	graph.forEachNode((key) => (maxNeighbours = Math.max(maxNeighbours, graph.neighbors(key).length)));
	const scale = Math.log1p(maxNeighbours);
	const result: Record<string, number> = {};
	for (const [key, c] of Object.entries(centrality(graph))) result[key] = Math.log1p(c * maxNeighbours) / scale;
	return result;
}
