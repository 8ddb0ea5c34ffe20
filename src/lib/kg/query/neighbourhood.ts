import type { KnowledgeGraph } from '../model';

/**
 * The keys of the nodes within `depth` hops of `key`, following edges either
 * way (a concept map is read both ways), `key` included. An unknown key gives
 * an empty set, because keys often arrive from a URL.
 */
export function neighbourhood(graph: KnowledgeGraph, key: string, depth: number): Set<string> {
	const reached = new Set<string>();
	if (!graph.hasNode(key)) return reached;
	reached.add(key);
	let frontier = [key];
	for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
		const next: string[] = [];
		for (const node of frontier) {
			// neighbors() on a directed graph lists in- and out-neighbours once each.
			for (const neighbour of graph.neighbors(node)) {
				if (reached.has(neighbour)) continue;
				reached.add(neighbour);
				next.push(neighbour);
			}
		}
		frontier = next;
	}
	return reached;
}
