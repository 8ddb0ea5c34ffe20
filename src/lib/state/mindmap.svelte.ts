/**
 * The state of one mind map: its tree, which branches are open and the shape
 * (radial or tree). What is drawn is derived from it; the tree itself is
 * computed once per root.
 */
import type { KnowledgeGraph } from '../kg/model';
import { safeColor } from '../kg/style-values';
import {
	allBranches,
	branchParent,
	branchSize,
	collapseOneLevel,
	expandOneLevel,
	mindmapTree,
	moreId,
	visibleBranches,
	type MindmapBranch,
	type MindmapConcept
} from '../kg/query/mindmap-tree';
import type { Lang } from '../i18n/i18n.svelte';
import type { MindmapMode } from '../view/mindmap-layout';
import type { DrawNode } from '../view/mindmap-elements';
import { branchHeading } from '../i18n/branch-heading';
import { kindOf, nodeLabel } from '../kg/labels';
import { isTeacherOwn } from '../view/elements';

/** Above this many direct neighbours the map opens with its branches closed, to be revealed one by one. */
const OPEN_AT_START_MAX = 24;

export class Mindmap {
	readonly tree: MindmapConcept;
	expanded = $state.raw<Set<string>>(new Set());
	mode = $state<MindmapMode>('sides');

	constructor(
		readonly graph: KnowledgeGraph,
		tree: MindmapConcept
	) {
		this.tree = tree;
		const direct = tree.branches.reduce((sum, b) => sum + b.children.length, 0);
		if (direct <= OPEN_AT_START_MAX) this.expanded = new Set(tree.branches.map((b) => b.id));
	}

	static for(graph: KnowledgeGraph, root: string): Mindmap | null {
		const tree = mindmapTree(graph, root, { depth: 2 });
		return tree ? new Mindmap(graph, tree) : null;
	}

	/**
	 * The same mind map after an edit of its graph: the tree worked out again, the shape kept, the
	 * branches open that were open, and the branches the edit brought open too (what was just added shows).
	 */
	rebuilt(root: string): Mindmap | null {
		const next = Mindmap.for(this.graph, root);
		if (!next) return null;
		const before = allBranches(this.tree);
		const branchesBefore = new Set(before.map((b) => b.id));
		const conceptsBefore = new Set([this.tree.key, ...before.flatMap((b) => b.children.map((c) => c.key))]);
		// A branch opens when it is new or leads to a concept that is new to the tree.
		const leadsToNew = (branch: MindmapBranch): boolean =>
			branch.children.some((c) => !conceptsBefore.has(c.key) || c.branches.some(leadsToNew));
		next.mode = this.mode;
		next.expanded = new Set(
			allBranches(next.tree)
				.filter((b) => this.expanded.has(b.id) || !branchesBefore.has(b.id) || leadsToNew(b))
				.map((b) => b.id)
		);
		return next;
	}

	get shownBranches(): MindmapBranch[] {
		return visibleBranches(this.tree, this.expanded);
	}

	get allOpen(): boolean {
		return allBranches(this.tree).every((b) => this.expanded.has(b.id));
	}

	toggle(branch: string) {
		const next = new Set(this.expanded);
		if (next.has(branch)) next.delete(branch);
		else next.add(branch);
		this.expanded = next;
	}

	expandOne() {
		this.expanded = expandOneLevel(this.tree, this.expanded);
	}

	collapseOne() {
		this.expanded = collapseOneLevel(this.tree, this.expanded);
	}

	expandAll() {
		this.expanded = new Set(allBranches(this.tree).map((b) => b.id));
	}

	collapseAll() {
		this.expanded = new Set();
	}

	/** The heading of a branch in the chosen language. */
	branchLabel(branch: MindmapBranch, lang: Lang): string {
		return branchHeading(this.graph, branch.relation, branch.direction, lang);
	}

	/** Opens every branch of one concept (what its "more" node stands for). */
	openConcept(key: string) {
		const next = new Set(this.expanded);
		for (const b of this.shownBranches) if (branchParent(b.id) === key) next.add(b.id);
		this.expanded = next;
	}

	/**
	 * What to draw: concepts with their kind colour, branch headings with their
	 * counts when closed. Below the centre, a concept whose branches are all
	 * closed shows one "more" node instead of a heading per relation, so the
	 * picture stays readable until the teacher opens it.
	 */
	drawing(lang: Lang, moreLabel: (count: number) => string, selected: string | null = null): DrawNode {
		const concept = (c: MindmapConcept, role: 'root' | 'concept'): DrawNode => ({
			id: c.id,
			label: nodeLabel(this.graph, c.key, lang),
			role,
			color: safeColor(kindOf(this.graph, this.graph.getNodeAttribute(c.key, 'kind'))?.color),
			teacher: isTeacherOwn(this.graph.getNodeAttributes(c.key)),
			teacherEdge: c.edge !== null && isTeacherOwn(this.graph.getEdgeAttributes(c.edge)),
			active: c.key === selected,
			children:
				role === 'concept' && c.branches.length > 0 && !c.branches.some((b) => this.expanded.has(b.id))
					? [
							{
								id: moreId(c.id),
								label: `▸ ${moreLabel(c.branches.reduce((sum, b) => sum + branchSize(b), 0))}`,
								role: 'branch',
								color: '#ffffff',
								expanded: false,
								children: []
							}
						]
					: c.branches.map((b) => {
				const open = this.expanded.has(b.id);
				return {
					id: b.id,
					// The number of concepts the branch opens to, as the branch list beside the map counts them.
					label: `${open ? '▾' : '▸'} ${this.branchLabel(b, lang)}${open ? '' : ` (${b.children.length})`}`,
					role: 'branch',
					color: '#ffffff',
					expanded: open,
					children: open ? b.children.map((child) => concept(child, 'concept')) : []
				};
			})
		});
		return concept(this.tree, 'root');
	}

	/** Concepts on screen and the edges that tie them to their parents (for the handout's sources). */
	shownEdges(): string[] {
		const edges: string[] = [];
		const visit = (c: MindmapConcept) => {
			for (const b of c.branches)
				if (this.expanded.has(b.id))
					for (const child of b.children) {
						if (child.edge) edges.push(child.edge);
						visit(child);
					}
		};
		visit(this.tree);
		return edges;
	}
}
