import type { KnowledgeGraph } from '../model';

/** 'out': the node is the source; 'in': it is the target; 'both': an undirected edge. */
export type RelationDirection = 'out' | 'in' | 'both';

export interface RelationGroup {
	relation: string;
	/** Seen from the node: "X contoh-dari Y" is 'out' from X. */
	direction: RelationDirection;
	items: Array<{ edge: string; neighbour: string }>;
}

/**
 * The relations of one node, grouped by relation type and direction: groups in
 * the order the ontology declares the relations ('out' before 'in'), items by
 * neighbour label. Unknown key → no groups.
 */
export function relationsOf(graph: KnowledgeGraph, key: string): RelationGroup[] {
	if (!graph.hasNode(key)) return [];
	const groups = new Map<string, RelationGroup>();
	const add = (relation: string, direction: RelationGroup['direction'], edge: string, neighbour: string) => {
		const id = `${direction} ${relation}`;
		let group = groups.get(id);
		if (!group) groups.set(id, (group = { relation, direction, items: [] }));
		group.items.push({ edge, neighbour });
	};
	graph.forEachOutEdge(key, (edge, attributes, _source, target) =>
		add(attributes.relation, 'out', edge, target)
	);
	graph.forEachInEdge(key, (edge, attributes, source) => add(attributes.relation, 'in', edge, source));
	graph.forEachUndirectedEdge(key, (edge, attributes, source, target) =>
		add(attributes.relation, 'both', edge, source === key ? target : source)
	);

	const declared = (graph.getAttribute('relations') ?? []).map((r) => r.id);
	const rank = (relation: string) => {
		const at = declared.indexOf(relation);
		return at < 0 ? declared.length : at; // undeclared ones (a broken file) last
	};
	const label = (node: string) => graph.getNodeAttribute(node, 'label');
	const result = [...groups.values()];
	for (const group of result) {
		group.items.sort(
			(x, y) =>
				label(x.neighbour).localeCompare(label(y.neighbour), 'id') || compare(x.edge, y.edge)
		);
	}
	return result.sort(
		(x, y) =>
			rank(x.relation) - rank(y.relation) ||
			compare(x.relation, y.relation) ||
			DIRECTION_ORDER[x.direction] - DIRECTION_ORDER[y.direction]
	);
}

const DIRECTION_ORDER: Record<RelationGroup['direction'], number> = { out: 0, both: 1, in: 2 };

function compare(x: string, y: string): number {
	return x < y ? -1 : x > y ? 1 : 0;
}
