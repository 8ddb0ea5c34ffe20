/**
 * Cytoscape keeps nodes and edges in one id space; graphology keeps two. Files with
 * numbered ids (Gephi, networkx) have an edge "5" beside a node "5", and Cytoscape
 * silently drops the second element with an id it already holds. So an edge keeps its
 * key as its element id only while that id is free, and otherwise gets a prefixed one;
 * the graph key travels in the element's `key` data either way.
 */
import type { KnowledgeGraph } from '../kg/model';

const EDGE_PREFIX = 'edge:';

/** Element id per edge key: the key itself where free, else the key behind as many prefixes as make it unique. */
export function edgeElementIds(graph: KnowledgeGraph): Map<string, string> {
	const taken = new Set([...graph.nodes(), ...graph.edges()]);
	const ids = new Map<string, string>();
	const used = new Set(graph.nodes());
	graph.forEachEdge((key) => {
		let id = key;
		// Prefixed ids avoid every node key and every edge key, so no later edge can be pushed off its own.
		while (used.has(id) || (id !== key && taken.has(id))) id = EDGE_PREFIX + id;
		used.add(id);
		ids.set(key, id);
	});
	return ids;
}

/** The element id of an edge added to a drawing: its key while free, else prefixed until free. */
export function newEdgeElementId(key: string, taken: (id: string) => boolean): string {
	let id = key;
	while (taken(id)) id = EDGE_PREFIX + id;
	return id;
}
