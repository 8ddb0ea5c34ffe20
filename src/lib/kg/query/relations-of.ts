import type { KnowledgeGraph } from '../model';

export interface RelationGroup {
	relation: string;
	/** 'out': the node is the source ("X contoh-dari Y" seen from X); 'in': it is the target. */
	direction: 'out' | 'in';
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
	const add = (relation: string, direction: 'out' | 'in', edge: string, neighbour: string) => {
		const id = `${direction} ${relation}`;
		let group = groups.get(id);
		if (!group) groups.set(id, (group = { relation, direction, items: [] }));
		group.items.push({ edge, neighbour });
	};
	graph.forEachOutEdge(key, (edge, attributes, _source, target) =>
		add(attributes.relation, 'out', edge, target)
	);
	graph.forEachInEdge(key, (edge, attributes, source) => add(attributes.relation, 'in', edge, source));

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
			(x.direction === y.direction ? 0 : x.direction === 'out' ? -1 : 1)
	);
}

function compare(x: string, y: string): number {
	return x < y ? -1 : x > y ? 1 : 0;
}
