import type { KnowledgeGraph } from '../model';

export interface GraphPath {
	/** From the start node to the end node, both included. */
	nodes: string[];
	/** The edge taken for each hop, in order (nodes.length - 1 of them). */
	edges: string[];
}

/**
 * The path with the fewest hops between `a` and `b`, where a hop may follow an
 * edge backwards; null when they are not connected or a key is unknown.
 *
 * A small BFS rather than graphology-shortest-path: its unweighted
 * `bidirectional` only walks out-edges forwards on a directed graph, and it
 * picks among equal paths by insertion order. Here neighbours are visited in
 * sorted key order, so among equal-length paths the one whose key sequence
 * sorts first wins, and among parallel edges the smallest edge key.
 */
export function shortestPath(graph: KnowledgeGraph, a: string, b: string): GraphPath | null {
	if (!graph.hasNode(a) || !graph.hasNode(b)) return null;
	const parent = new Map<string, string | null>([[a, null]]);
	let frontier = [a];
	while (frontier.length > 0 && !parent.has(b)) {
		const next: string[] = [];
		for (const node of frontier) {
			for (const neighbour of [...graph.neighbors(node)].sort()) {
				if (parent.has(neighbour)) continue;
				parent.set(neighbour, node);
				next.push(neighbour);
			}
		}
		frontier = next;
	}
	if (!parent.has(b)) return null;

	const nodes: string[] = [];
	for (let node: string | null = b; node !== null; node = parent.get(node) ?? null) nodes.unshift(node);
	const edges = nodes.slice(1).map((node, i) => edgeBetween(graph, nodes[i], node));
	return { nodes, edges };
}

/** The smallest key among the edges joining two adjacent nodes, in either direction. */
function edgeBetween(graph: KnowledgeGraph, u: string, v: string): string {
	return [...graph.edges(u, v), ...graph.edges(v, u)].sort()[0];
}
