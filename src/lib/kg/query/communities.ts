import louvain from 'graphology-communities-louvain';
import type { KnowledgeGraph } from '../model';
import { seededRandom } from '../seeded-random';

export interface CommunitiesOptions {
	/** Seed of the random walk; the same seed and graph give the same partition. */
	seed?: number;
}

/**
 * Groups of closely linked concepts (Louvain modularity), as community numbers
 * 0, 1, 2, … ordered by size (largest first, ties by smallest member key), so
 * the colours given to them stay put between runs.
 */
export function communities(
	graph: KnowledgeGraph,
	options: CommunitiesOptions = {}
): Record<string, number> {
	const raw = louvain(graph, {
		rng: seededRandom(options.seed ?? 1),
		// Each relation counts once; the contract has no edge weights.
		getEdgeWeight: null
	});
	return renumberBySize(raw);
}

function renumberBySize(raw: Record<string, number>): Record<string, number> {
	const members = new Map<number, string[]>();
	for (const [node, community] of Object.entries(raw)) {
		const list = members.get(community);
		if (list) list.push(node);
		else members.set(community, [node]);
	}
	const groups = [...members.values()].map((list) => list.sort());
	groups.sort((x, y) => y.length - x.length || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
	const result: Record<string, number> = {};
	groups.forEach((list, index) => {
		for (const node of list) result[node] = index;
	});
	return result;
}
