/**
 * The mind map of one concept as a tree: the concept in the centre, its
 * relations grouped into branches by relation type and direction, each branch
 * holding the related concepts, which branch out in turn up to `depth`.
 * Every concept appears once, at its shallowest level (breadth first), so the
 * tree never repeats a node and never loops.
 */
import type { KnowledgeGraph } from '../model';
import type { RelationDirection } from './relations-of';
import { isShown } from './shown';
import { relationsOf } from './relations-of';

export interface MindmapConcept {
	type: 'concept';
	/** Unique in the tree: the concept key. */
	id: string;
	key: string;
	/** The graph edge that links it to its parent concept (null for the root). */
	edge: string | null;
	/** Concept level: 0 for the root. */
	level: number;
	branches: MindmapBranch[];
}

export interface MindmapBranch {
	type: 'branch';
	/** Unique in the tree: `${parentKey}>${direction}:${relation}`. */
	id: string;
	relation: string;
	/** 'out': the parent is the source of these relations; 'in': it is the target. */
	direction: RelationDirection;
	children: MindmapConcept[];
}

export interface MindmapOptions {
	/** Concept levels below the root (1 = direct neighbours only). Default 2. */
	depth?: number;
}

function branchId(parentKey: string, direction: RelationDirection, relation: string): string {
	return `${parentKey}>${direction}:${relation}`;
}

const MORE = '>more';

/** The id of the one "more" node that stands for a concept's closed branches. */
export function moreId(conceptId: string): string {
	return `${conceptId}${MORE}`;
}

/** The concept a branch hangs from. */
export function branchParent(id: string): string {
	return id.split('>')[0];
}

/** What a drawn mind-map element is, read from its id. */
export type MindmapElementId =
	| { type: 'more'; concept: string }
	| { type: 'branch'; id: string; parent: string }
	| { type: 'concept'; key: string };

/** Reads an id of the drawing: `key>more` (more), `key>dir:relation` (branch), else a concept key. */
export function readMindmapId(id: string): MindmapElementId {
	if (id.endsWith(MORE)) return { type: 'more', concept: id.slice(0, -MORE.length) };
	if (id.includes('>')) return { type: 'branch', id, parent: branchParent(id) };
	return { type: 'concept', key: id };
}

/** The tree rooted at `root`, or null when the graph has no such concept. */
export function mindmapTree(graph: KnowledgeGraph, root: string, options: MindmapOptions = {}): MindmapConcept | null {
	if (!graph.hasNode(root)) return null;
	const depth = Math.max(0, options.depth ?? 2);
	const rootNode: MindmapConcept = { type: 'concept', id: root, key: root, edge: null, level: 0, branches: [] };
	const placed = new Set([root]);
	let frontier = [rootNode];
	for (let level = 1; level <= depth && frontier.length > 0; level++) {
		// Claim every concept of this level before descending, so each sits at its shallowest level.
		const next: MindmapConcept[] = [];
		for (const parent of frontier) {
			for (const group of relationsOf(graph, parent.key)) {
				const children: MindmapConcept[] = [];
				for (const item of group.items) {
					// A concept hidden from this map is left out, and what hangs from it with it.
					if (placed.has(item.neighbour) || !isShown(graph, item.neighbour)) continue;
					placed.add(item.neighbour);
					const child: MindmapConcept = {
						type: 'concept',
						id: item.neighbour,
						key: item.neighbour,
						edge: item.edge,
						level,
						branches: []
					};
					children.push(child);
					next.push(child);
				}
				if (children.length > 0)
					parent.branches.push({
						type: 'branch',
						id: branchId(parent.key, group.direction, group.relation),
						relation: group.relation,
						direction: group.direction,
						children
					});
			}
		}
		frontier = next;
	}
	return rootNode;
}

/** Every branch of the tree, parents before children. */
export function allBranches(tree: MindmapConcept): MindmapBranch[] {
	const result: MindmapBranch[] = [];
	const visit = (concept: MindmapConcept) => {
		for (const branch of concept.branches) {
			result.push(branch);
			branch.children.forEach(visit);
		}
	};
	visit(tree);
	return result;
}

/** The branches shown with `expanded` open: a branch is shown when its parent concept is. */
export function visibleBranches(tree: MindmapConcept, expanded: ReadonlySet<string>): MindmapBranch[] {
	const result: MindmapBranch[] = [];
	const visit = (concept: MindmapConcept) => {
		for (const branch of concept.branches) {
			result.push(branch);
			if (expanded.has(branch.id)) branch.children.forEach(visit);
		}
	};
	visit(tree);
	return result;
}

/** Opens every shown branch that is closed: the map grows by exactly one level. */
export function expandOneLevel(tree: MindmapConcept, expanded: ReadonlySet<string>): Set<string> {
	const next = new Set(expanded);
	for (const branch of visibleBranches(tree, expanded)) next.add(branch.id);
	return next;
}

/** Closes the deepest open branches: the inverse of expandOneLevel. */
export function collapseOneLevel(tree: MindmapConcept, expanded: ReadonlySet<string>): Set<string> {
	const open = visibleBranches(tree, expanded).filter((b) => expanded.has(b.id));
	// A branch is deepest when none of its shown children has an open branch.
	const deepest = open.filter((b) => !b.children.some((c) => c.branches.some((cb) => expanded.has(cb.id))));
	const next = new Set(expanded);
	for (const branch of deepest) next.delete(branch.id);
	return next;
}

/** Number of concepts in a branch, all levels. */
export function branchSize(branch: MindmapBranch): number {
	return branch.children.reduce((sum, c) => sum + 1 + c.branches.reduce((s, b) => s + branchSize(b), 0), 0);
}
