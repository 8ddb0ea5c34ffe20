/**
 * Two concepts side by side: for each relation type (and direction), what only
 * the first has, what both share (the same neighbour by the same relation),
 * and what only the second has; plus the relations that join the two directly
 * (how the articles contrast them). Every item names its edge and best passage.
 */
import type { KnowledgeGraph } from '../model';
import { passagesForEdge } from './passages-for';
import { relationsOf } from './relations-of';

export interface CompareItem {
	edge: string;
	neighbour: string;
	/** The passage that best states the edge, or null if it has none. */
	passage: string | null;
}

export interface CompareRow {
	relation: string;
	direction: 'out' | 'in';
	onlyA: CompareItem[];
	shared: Array<{ neighbour: string; a: CompareItem; b: CompareItem }>;
	onlyB: CompareItem[];
}

export interface Contrast {
	edge: string;
	source: string;
	target: string;
	relation: string;
	passages: string[];
}

export interface Comparison {
	a: string;
	b: string;
	rows: CompareRow[];
	contrasts: Contrast[];
}

export function compareConcepts(graph: KnowledgeGraph, a: string, b: string): Comparison | null {
	if (!graph.hasNode(a) || !graph.hasNode(b) || a === b) return null;
	const best = (edge: string) => passagesForEdge(graph, edge)[0]?.passage.id ?? null;
	const rows = new Map<string, CompareRow>();
	const row = (relation: string, direction: 'out' | 'in') => {
		const id = `${direction} ${relation}`;
		let found = rows.get(id);
		if (!found) rows.set(id, (found = { relation, direction, onlyA: [], shared: [], onlyB: [] }));
		return found;
	};
	// Walk both in relationsOf's order (ontology order, then label), so rows come out in teaching order.
	const groupsA = relationsOf(graph, a);
	const groupsB = relationsOf(graph, b);
	const between = (neighbour: string) => neighbour === a || neighbour === b;
	for (const group of [...groupsA, ...groupsB]) row(group.relation, group.direction);
	const itemsB = new Map<string, CompareItem>();
	for (const group of groupsB)
		for (const item of group.items)
			if (!between(item.neighbour))
				itemsB.set(`${group.direction} ${group.relation} ${item.neighbour}`, { ...item, passage: best(item.edge) });
	for (const group of groupsA) {
		const target = row(group.relation, group.direction);
		for (const item of group.items) {
			if (between(item.neighbour)) continue;
			const id = `${group.direction} ${group.relation} ${item.neighbour}`;
			const inA = { ...item, passage: best(item.edge) };
			const inB = itemsB.get(id);
			if (inB) {
				target.shared.push({ neighbour: item.neighbour, a: inA, b: inB });
				itemsB.delete(id);
			} else target.onlyA.push(inA);
		}
	}
	for (const [id, item] of itemsB) {
		const [direction, relation] = id.split(' ') as ['out' | 'in', string];
		row(relation, direction).onlyB.push(item);
	}

	const contrasts: Contrast[] = [];
	// graphology lists an edge under both orders of its ends; keep each once.
	const edges = [...new Set([...graph.edges(a, b), ...graph.edges(b, a)])];
	for (const edge of edges)
		contrasts.push({
			edge,
			source: graph.source(edge),
			target: graph.target(edge),
			relation: graph.getEdgeAttribute(edge, 'relation'),
			passages: passagesForEdge(graph, edge).map((p) => p.passage.id)
		});
	return {
		a,
		b,
		rows: [...rows.values()].filter((r) => r.onlyA.length + r.shared.length + r.onlyB.length > 0),
		contrasts
	};
}
