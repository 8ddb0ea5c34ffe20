/**
 * Two concepts side by side: for each relation type (and direction), what only
 * the first has, what both share (the same neighbour by the same relation),
 * and what only the second has; plus how the articles contrast them: the
 * relations that join the two directly, and the difference items, a neighbour of
 * each that the articles set against each other ("terbentuk secara alami" against
 * "terbentuk secara resmi"). Every item names its edge and best passage.
 */
import type { KnowledgeGraph } from '../model';
import type { RelationDirection } from './relations-of';
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
	direction: RelationDirection;
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

/** One point of difference: what A has, what B has instead, and the edge that sets them against each other. */
export interface Difference {
	a: CompareItem;
	b: CompareItem;
	/** The contrasts-with edge between the two neighbours. */
	edge: string;
	passage: string | null;
}

export interface Comparison {
	a: string;
	b: string;
	rows: CompareRow[];
	contrasts: Contrast[];
	differences: Difference[];
}

const CONTRAST = 'contrasts-with';

export function compareConcepts(graph: KnowledgeGraph, a: string, b: string): Comparison | null {
	if (!graph.hasNode(a) || !graph.hasNode(b) || a === b) return null;
	const best = (edge: string) => passagesForEdge(graph, edge)[0]?.passage.id ?? null;
	const rows = new Map<string, CompareRow>();
	const row = (relation: string, direction: RelationDirection) => {
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
		const [direction, relation] = id.split(' ') as [RelationDirection, string];
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
	const sides = (groups: ReturnType<typeof relationsOf>) =>
		groups.filter((g) => g.direction === 'out').flatMap((g) => g.items.filter((i) => !between(i.neighbour)));
	const differences: Difference[] = [];
	const itemsOfB = sides(groupsB);
	for (const x of sides(groupsA))
		for (const y of itemsOfB) {
			const edge = [...graph.edges(x.neighbour, y.neighbour), ...graph.edges(y.neighbour, x.neighbour)].find(
				(e) => graph.getEdgeAttribute(e, 'relation') === CONTRAST
			);
			if (edge)
				differences.push({
					a: { ...x, passage: best(x.edge) },
					b: { ...y, passage: best(y.edge) },
					edge,
					passage: best(edge)
				});
		}
	// In the order the articles state them.
	const passageIndex = new Map(graph.getAttribute('passages').map((p, i) => [p.id, i]));
	const stated = (edge: string) =>
		Math.min(...graph.getEdgeAttribute(edge, 'evidence').map((s) => (passageIndex.get(s.passage) ?? 0) * 1e9 + s.start));
	differences.sort((x, y) => stated(x.edge) - stated(y.edge));
	return {
		a,
		b,
		rows: [...rows.values()].filter((r) => r.onlyA.length + r.shared.length + r.onlyB.length > 0),
		contrasts,
		differences
	};
}
