/**
 * The classes derived state puts on each drawn element, computed from the graph
 * alone (no Cytoscape), so the view can change only the elements whose classes
 * differ from what it drew last: a selection touches its two neighbourhoods, not
 * the whole map.
 */
import type { KnowledgeGraph } from '../kg/model';

export interface ClassState {
	selectedNode: string | null;
	selectedEdge: string | null;
	/** Nodes to show; null shows all. */
	visible: Set<string> | null;
	path: { nodes: string[]; edges: string[] } | null;
	communities: boolean;
	/**
	 * Whether everything outside the selection and the path is faded. A big map leaves the rest as
	 * it is: fading it would restyle every element, and redraw them all, on each first selection.
	 */
	fadeRest: boolean;
}

/** The classes this module manages; others on an element (hover, label-on) are left alone. */
export const STATE_CLASSES = ['hidden', 'dimmed', 'selected', 'neighbour', 'path', 'show-label', 'community'] as const;
export type StateClass = (typeof STATE_CLASSES)[number];

/**
 * Element id → its state classes, sorted and space-joined; elements without any are absent.
 * `edgeIds` maps edge keys to element ids (element-ids.ts).
 */
export function elementClasses(graph: KnowledgeGraph, edgeIds: Map<string, string>, state: ClassState): Map<string, string> {
	const classes = new Map<string, Set<StateClass>>();
	const add = (id: string, name: StateClass) => {
		let set = classes.get(id);
		if (!set) classes.set(id, (set = new Set()));
		set.add(name);
	};
	const edgeId = (key: string) => edgeIds.get(key) ?? key;

	if (state.visible) {
		const visible = state.visible;
		graph.forEachNode((key) => {
			if (!visible.has(key)) add(key, 'hidden');
		});
	}
	if (state.communities) graph.forEachNode((key) => add(key, 'community'));

	// The selection and what surrounds it: a node with its neighbours and the edges between them and
	// it, or an edge with its two ends. Everything else is dimmed.
	const around = new Set<string>();
	let focus: string | null = null;
	if (state.selectedNode && graph.hasNode(state.selectedNode)) {
		const node = state.selectedNode;
		focus = node;
		around.add(node);
		graph.forEachEdge(node, (key, _attrs, source, target) => {
			around.add(edgeId(key));
			around.add(source === node ? target : source);
			add(edgeId(key), 'show-label');
		});
	} else if (state.selectedEdge && graph.hasEdge(state.selectedEdge)) {
		const edge = state.selectedEdge;
		focus = edgeId(edge);
		around.add(focus);
		around.add(graph.source(edge));
		around.add(graph.target(edge));
	}
	if (focus) {
		for (const id of around) add(id, 'neighbour');
		add(focus, 'selected');
	}

	const onPath = new Set<string>();
	if (state.path) {
		for (const node of state.path.nodes) if (graph.hasNode(node)) onPath.add(node);
		for (const edge of state.path.edges) if (graph.hasEdge(edge)) onPath.add(edgeId(edge));
		for (const id of onPath) add(id, 'path');
	}

	if (state.fadeRest && (focus || onPath.size > 0)) {
		const lit = (id: string) => around.has(id) || onPath.has(id);
		graph.forEachNode((key) => {
			if (!lit(key)) add(key, 'dimmed');
		});
		graph.forEachEdge((key) => {
			const id = edgeId(key);
			if (!lit(id)) add(id, 'dimmed');
		});
	}

	const joined = new Map<string, string>();
	for (const [id, set] of classes) joined.set(id, [...set].sort().join(' '));
	return joined;
}

/** The changes that turn the classes drawn (`before`) into `after`: per element id, what to remove and add. */
export function classChanges(
	before: Map<string, string>,
	after: Map<string, string>
): Array<{ id: string; remove: string; add: string }> {
	const changes: Array<{ id: string; remove: string; add: string }> = [];
	const diff = (id: string) => {
		const was = before.get(id) ?? '';
		const now = after.get(id) ?? '';
		if (was === now) return;
		const old = new Set(was.split(' ').filter(Boolean));
		const next = new Set(now.split(' ').filter(Boolean));
		changes.push({
			id,
			remove: [...old].filter((c) => !next.has(c)).join(' '),
			add: [...next].filter((c) => !old.has(c)).join(' ')
		});
	};
	for (const id of after.keys()) diff(id);
	for (const id of before.keys()) if (!after.has(id)) diff(id);
	return changes;
}
