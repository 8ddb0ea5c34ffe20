import type { KnowledgeGraph } from '../model';

/**
 * How central each concept is, in 0..1, the most connected concept being 1.
 *
 * Degree over DISTINCT neighbours, ignoring direction, scaled by the maximum.
 * PageRank was the alternative, but on a concept map it follows the direction
 * convention of the relations: "X jenis-dari Y" chains pour rank into the most
 * general sink (e.g. "Kelompok sosial"), not into the hub the articles are about
 * ("Kelompok okupasional", linked to every example and trait). graphology-metrics'
 * degreeCentrality is not used either: it counts parallel edges of a multigraph
 * (two relations between the same pair would double a node) and divides by
 * n - 1, which leaves the biggest hub far below 1 on a sparse map.
 */
export function centrality(graph: KnowledgeGraph): Record<string, number> {
	const degrees: Record<string, number> = {};
	let max = 0;
	graph.forEachNode((node) => {
		const degree = graph.neighbors(node).length;
		degrees[node] = degree;
		if (degree > max) max = degree;
	});
	if (max === 0) return degrees; // all zero: no edges at all
	for (const node in degrees) degrees[node] /= max;
	return degrees;
}
