/**
 * Keeps a drawing in step with its graph while it is shown, as sigma.js does: graphology's events
 * mark which concepts and relations changed, and once per frame only those elements are added,
 * removed or updated. Everything else stays as drawn: positions, the camera, classes, labels, so
 * an edit redraws what it touched and not the map.
 */
import type { Core, SingularElementArgument } from 'cytoscape';
import type { KnowledgeGraph } from '../kg/model';
import { newEdgeElementId } from './element-ids';
import { edgeData, nodeData, type NodeSizing } from './elements';
import { removeDataRestyled } from './remove-data';

export interface MirrorOptions {
	sizing: NodeSizing;
	/** Edge key → element id, shared with the view and kept up to date here. */
	edgeIds: Map<string, string>;
	/** Puts the view's own data on an element (labels in the UI language, colours): after each add or update. */
	dress: (ele: SingularElementArgument) => void;
	/** After a frame's changes: the element ids drawn anew (added, or removed and added again). */
	synced: (redrawn: string[]) => void;
}

/** The events that may change several elements at once: the whole map is compared then. */
const WHOLE_MAP_EVENTS = ['cleared', 'edgesCleared', 'attributesUpdated', 'eachNodeAttributesUpdated', 'eachEdgeAttributesUpdated'] as const;

/** Data the element's identity is made of: Cytoscape refuses to change it on a drawn element. */
const IMMUTABLE = new Set(['id', 'source', 'target']);
/** Data present only when true or given (elements.ts): gone from the attributes, gone from the element. */
const OPTIONAL = ['teacher', 'concealed', 'fileColor', 'fileSize', 'undirected'];

export class GraphMirror {
	readonly #graph: KnowledgeGraph;
	readonly #cy: Core;
	readonly #options: MirrorOptions;
	#nodes = new Set<string>();
	#edges = new Set<string>();
	#whole = false;
	#frame = 0;
	/** The model coordinates each node was last drawn at: a move in the model moves it, a rename does not. */
	#drawnAt = new Map<string, { x?: number; y?: number }>();
	readonly #unhook: () => void;

	constructor(graph: KnowledgeGraph, cy: Core, options: MirrorOptions) {
		this.#graph = graph;
		this.#cy = cy;
		this.#options = options;
		graph.forEachNode((key, a) => this.#drawnAt.set(key, { x: a.x, y: a.y }));
		const node = ({ key }: { key: string }) => this.#mark(this.#nodes, key);
		const edge = ({ key }: { key: string }) => this.#mark(this.#edges, key);
		const whole = () => {
			this.#whole = true;
			this.#schedule();
		};
		const hooks: Array<[string, (payload: { key: string }) => void]> = [
			['nodeAdded', node],
			['nodeDropped', node],
			['nodeAttributesUpdated', node],
			['edgeAdded', edge],
			['edgeDropped', edge],
			['edgeAttributesUpdated', edge],
			...WHOLE_MAP_EVENTS.map((event): [string, () => void] => [event, whole])
		];
		for (const [event, handler] of hooks) graph.on(event as never, handler as never);
		this.#unhook = () => hooks.forEach(([event, handler]) => graph.removeListener(event as never, handler as never));
	}

	/** Stops following the graph (the view is unlinked); a change still pending is dropped with it. */
	stop() {
		this.#unhook();
		cancelAnimationFrame(this.#frame);
	}

	/** Applies what changed now instead of at the next frame (a test or a caller that must read the drawing). */
	flush() {
		cancelAnimationFrame(this.#frame);
		this.#frame = 0;
		this.#apply();
	}

	#mark(set: Set<string>, key: string) {
		set.add(key);
		this.#schedule();
	}

	#schedule() {
		if (!this.#frame) this.#frame = requestAnimationFrame(() => this.flush());
	}

	#apply() {
		const graph = this.#graph;
		const cy = this.#cy;
		const { edgeIds, sizing, dress } = this.#options;
		if (this.#whole) {
			graph.forEachNode((key) => this.#nodes.add(key));
			graph.forEachEdge((key) => this.#edges.add(key));
			cy.nodes().forEach((n) => void (n.data('display') !== undefined && this.#nodes.add(n.id())));
			for (const key of edgeIds.keys()) this.#edges.add(key);
		}
		const nodes = [...this.#nodes];
		const edges = [...this.#edges];
		this.#nodes.clear();
		this.#edges.clear();
		this.#whole = false;
		if (nodes.length === 0 && edges.length === 0) return;
		const redrawn: string[] = [];
		const taken = (id: string) => graph.hasNode(id) || cy.getElementById(id).nonempty();
		cy.batch(() => {
			for (const key of edges) {
				if (graph.hasEdge(key)) continue;
				const id = edgeIds.get(key);
				if (id !== undefined) cy.getElementById(id).remove();
				edgeIds.delete(key);
			}
			let dropped = false;
			for (const key of nodes) {
				const drawn = cy.getElementById(key);
				if (!graph.hasNode(key)) {
					// Its relations go with it: graphology drops them without an event of their own.
					drawn.remove();
					this.#drawnAt.delete(key);
					dropped = true;
					continue;
				}
				const { x, y } = graph.getNodeAttributes(key);
				const data = nodeData(graph, key, sizing);
				if (drawn.nonempty()) {
					update(drawn, data);
					const last = this.#drawnAt.get(key);
					if (x !== undefined && y !== undefined && (last?.x !== x || last?.y !== y)) drawn.position({ x, y });
					dress(drawn);
				} else {
					const added = cy.add({ group: 'nodes', data, position: { x: x ?? 0, y: y ?? 0 } });
					dress(added);
					redrawn.push(key);
				}
				this.#drawnAt.set(key, { x, y });
			}
			if (dropped)
				for (const [key, id] of edgeIds) if (!graph.hasEdge(key) && cy.getElementById(id).empty()) edgeIds.delete(key);
			for (const key of edges) {
				if (!graph.hasEdge(key)) continue;
				const id = edgeIds.get(key);
				const drawn = id === undefined ? cy.collection() : cy.getElementById(id);
				const sameEnds = drawn.nonempty() && drawn.data('source') === graph.source(key) && drawn.data('target') === graph.target(key);
				if (sameEnds) {
					update(drawn, edgeData(graph, key, id!));
					dress(drawn);
					continue;
				}
				// A reversed relation comes back under its key with its ends swapped: drawn anew.
				drawn.remove();
				const newId = newEdgeElementId(key, taken);
				edgeIds.set(key, newId);
				dress(cy.add({ group: 'edges', data: edgeData(graph, key, newId) }));
				redrawn.push(newId);
			}
		});
		this.#options.synced(redrawn);
	}
}

function update(ele: SingularElementArgument, data: Record<string, unknown>) {
	ele.data(Object.fromEntries(Object.entries(data).filter(([name]) => !IMMUTABLE.has(name))));
	removeDataRestyled(ele, OPTIONAL.filter((name) => !(name in data) && ele.data(name) !== undefined));
}
