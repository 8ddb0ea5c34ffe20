/**
 * The one owner of the explorer's Cytoscape core. Components `link` it to a
 * container and push derived UI state into it; it reports taps back through
 * handlers and never writes into the graphology graph.
 */
import cytoscape, { type Collection, type Core, type EventObject } from 'cytoscape';
import type { KnowledgeGraph } from '../kg/model';
import { edgeElementIds } from './element-ids';
import { toElements } from './elements';
import { layoutOptions, type LayoutName } from './layouts';
import { explorerStylesheet } from './stylesheet';
import { communityColor } from './palette';
import { MIN_READABLE_FONT_SIZE } from './footprint';
import { DEFAULT_LAYOUT_SEED } from './fcose-options';
import { withSeededRandom } from './random';

export interface ViewState {
	lang: 'id' | 'en';
	selectedNode: string | null;
	selectedEdge: string | null;
	/** Nodes to show; null shows all. */
	visible: Set<string> | null;
	path: { nodes: string[]; edges: string[] } | null;
	communities: Record<string, number> | null;
}

export interface ViewHandlers {
	selectNode(key: string): void;
	selectEdge(key: string): void;
	clear(): void;
}

declare global {
	interface Window {
		cy?: Core;
	}
}

export class GraphView {
	#cy: Core | null = null;
	#graph: KnowledgeGraph | null = null;
	#lang: 'id' | 'en' | null = null;
	/** Element id of each edge key (see element-ids.ts). */
	#edgeIds = new Map<string, string>();

	get cy(): Core | null {
		return this.#cy;
	}

	link(container: HTMLElement, graph: KnowledgeGraph, importance: Record<string, number>, handlers: ViewHandlers) {
		this.unlink();
		this.#graph = graph;
		this.#edgeIds = edgeElementIds(graph);
		const cy = cytoscape({
			container,
			elements: toElements(graph, importance),
			style: explorerStylesheet(),
			layout: { name: 'preset', fit: true, padding: 30 },
			minZoom: 0.08,
			maxZoom: 4,
			boxSelectionEnabled: false,
			selectionType: 'single',
			autounselectify: true
		});
		cy.on('tap', 'node', (e: EventObject) => handlers.selectNode(e.target.id()));
		cy.on('tap', 'edge', (e: EventObject) => handlers.selectEdge(e.target.data('key')));
		cy.on('tap', (e: EventObject) => {
			if (e.target === cy) handlers.clear();
		});
		cy.on('zoom', () => this.#cullSmallLabels());
		cy.on('mouseover', 'node, edge', (e: EventObject) => {
			e.target.addClass('hover');
			container.style.cursor = 'pointer';
		});
		cy.on('mouseout', 'node, edge', (e: EventObject) => {
			e.target.removeClass('hover');
			container.style.cursor = '';
		});
		// A mark for the benchmark: the first frame with the graph drawn.
		cy.one('render', () => performance.mark('graph-painted'));
		this.#cy = cy;
		this.#lang = null;
		this.#labelSizes = [...new Set(cy.nodes().map((n) => Number(n.data('fontSize'))))];
		this.#labelFloor = -1;
		this.#cullSmallLabels();
		window.cy = cy;
		this.#reportMissingElements(graph);
	}

	/** Every node and edge of the graph must be drawn; a difference is a bug in the view, said out loud. */
	#reportMissingElements(graph: KnowledgeGraph) {
		const cy = this.#cy!;
		const drawn = { nodes: cy.nodes().length, edges: cy.edges().length };
		if (drawn.nodes !== graph.order || drawn.edges !== graph.size)
			console.error(`The view drew ${drawn.nodes} of ${graph.order} nodes and ${drawn.edges} of ${graph.size} edges.`);
	}

	/** The drawn element of a node key or an edge key. */
	#element(key: { node: string } | { edge: string }): Collection {
		const cy = this.#cy!;
		if ('node' in key) return cy.getElementById(key.node);
		const id = this.#edgeIds.get(key.edge);
		return id === undefined ? cy.collection() : cy.getElementById(id);
	}

	#labelFloor = -1;
	#labelSizes: number[] = [];

	/**
	 * Hides labels that would render below the readable size; recomputed only when the floor changes.
	 * The largest labels always stay: a whole graph fitted into a small canvas still names its hubs.
	 */
	#cullSmallLabels() {
		const cy = this.#cy;
		if (!cy) return;
		const floor = MIN_READABLE_FONT_SIZE / cy.zoom();
		const visibleFrom = Math.min(...this.#labelSizes.filter((s) => s >= floor), Math.max(...this.#labelSizes));
		if (visibleFrom === this.#labelFloor) return;
		this.#labelFloor = visibleFrom;
		cy.batch(() => {
			cy.nodes().forEach((n) => {
				n.toggleClass('small-label', Number(n.data('fontSize')) < visibleFrom);
			});
		});
	}

	unlink() {
		if (!this.#cy) return;
		if (window.cy === this.#cy) delete window.cy;
		this.#cy.destroy();
		this.#cy = null;
		this.#graph = null;
	}

	/** Applies selection, focus, filters, path and community colours as classes, in one batch. */
	apply(state: ViewState) {
		const cy = this.#cy;
		if (!cy) return;
		cy.batch(() => {
			if (this.#lang !== state.lang) {
				this.#lang = state.lang;
				cy.nodes().forEach((n) => {
					const [first, second] = state.lang === 'id' ? [n.data('label'), n.data('labelEn')] : [n.data('labelEn'), n.data('label')];
					n.data('display', first);
					// Selected, a concept shows its name in the other language too.
					n.data('bilingual', second && second !== first ? `${first}\n(${second})` : first);
				});
				cy.edges().forEach((e) => {
					e.data('display', state.lang === 'id' ? e.data('labelId') : e.data('labelEn'));
				});
			}
			cy.elements().removeClass('selected neighbour dimmed hidden path show-label');
			if (state.visible) {
				const visible = state.visible;
				cy.nodes()
					.filter((n) => !visible.has(n.id()))
					.addClass('hidden');
			}
			if (state.communities) {
				const communities = state.communities;
				cy.nodes().forEach((n) => {
					n.data('communityColor', communityColor(communities[n.id()] ?? 0));
				});
				cy.nodes().addClass('community');
			} else cy.nodes().removeClass('community');

			const focus = state.selectedNode
				? this.#element({ node: state.selectedNode })
				: state.selectedEdge
					? this.#element({ edge: state.selectedEdge })
					: null;
			if (focus && focus.nonempty()) {
				const around = surroundings(focus);
				around.addClass('neighbour');
				focus.addClass('selected');
				// Relation names on every edge of a hub would bury the picture; a few are readable.
				if (around.edges().length <= 16) around.edges().addClass('show-label');
				cy.elements().not(around).addClass('dimmed');
			}
			if (state.path) {
				const onPath = cy.collection();
				for (const node of state.path.nodes) onPath.merge(this.#element({ node }));
				for (const edge of state.path.edges) onPath.merge(this.#element({ edge }));
				onPath.addClass('path').removeClass('dimmed');
				if (!focus) cy.elements().not(onPath).addClass('dimmed');
			}
		});
	}

	async runLayout(name: LayoutName, opts: { animate: boolean; root?: string }) {
		const cy = this.#cy;
		const graph = this.#graph;
		if (!cy || !graph) return;
		const shown = cy.elements().not('.hidden');
		const allShown = shown.nodes().length === cy.nodes().length;
		const preset =
			name === 'force' && allShown
				? Object.fromEntries(graph.mapNodes((key, a) => [key, { x: a.x ?? 0, y: a.y ?? 0 }]))
				: undefined;
		const options = layoutOptions(name, { animate: opts.animate, root: opts.root, preset });
		if (options.name === 'fcose') await registerFcose();
		if (this.#cy !== cy) return;
		const layout = shown.layout(options);
		const done = layout.promiseOn('layoutstop');
		// fcose draws from Math.random: seeded, the same view lays out the same way every time.
		withSeededRandom(DEFAULT_LAYOUT_SEED, () => layout.run());
		await done;
	}

	fit() {
		this.#cy?.animate({ fit: { eles: this.#cy.elements().not('.hidden'), padding: 30 } }, { duration: 250 });
	}

	zoomBy(factor: number) {
		const cy = this.#cy;
		if (!cy) return;
		const center = { x: cy.width() / 2, y: cy.height() / 2 };
		cy.zoom({ level: cy.zoom() * factor, renderedPosition: center });
	}

	/** Centres on a node or edge with its neighbours, never zooming in so far that a lone node fills the screen. */
	centreOn(key: { node: string } | { edge: string }, animate: boolean) {
		const cy = this.#cy;
		if (!cy) return;
		const ele = this.#element(key);
		if (ele.empty()) return;
		const target = surroundings(ele).not('.hidden');
		const box = target.boundingBox();
		const zoom = Math.max(
			cy.minZoom(),
			Math.min(1.6, (cy.width() - 120) / Math.max(box.w, 1), (cy.height() - 120) / Math.max(box.h, 1))
		);
		const view = { zoom, center: { eles: target } };
		if (animate) cy.animate(view, { duration: 350 });
		else {
			cy.zoom(zoom);
			cy.center(target);
		}
	}

	/** The neighbour of `key` lying most nearly in the direction (dx, dy) on screen. */
	neighbourInDirection(key: string, dx: number, dy: number): string | null {
		const cy = this.#cy;
		if (!cy) return null;
		const node = cy.getElementById(key);
		if (node.empty() || !node.isNode()) return null;
		const from = node.position();
		let best: string | null = null;
		let bestScore = -Infinity;
		node.neighborhood('node').not('.hidden').forEach((n) => {
			const p = n.position();
			const vx = p.x - from.x;
			const vy = p.y - from.y;
			const length = Math.hypot(vx, vy) || 1;
			const cos = (vx * dx + vy * dy) / length;
			if (cos <= 0.2) return;
			const score = cos - length / 5000;
			if (score > bestScore) {
				bestScore = score;
				best = n.id();
			}
		});
		return best;
	}
}

/** A node with its neighbours and their edges, or an edge with its two ends. */
function surroundings(ele: Collection): Collection {
	return ele.nodes().nonempty() ? ele.nodes().closedNeighborhood() : ele.union(ele.edges().connectedNodes());
}

let fcoseRegistered: Promise<void> | null = null;

/** fcose is only needed to re-lay out a filtered view, so it is fetched the first time that happens. */
function registerFcose(): Promise<void> {
	fcoseRegistered ??= import('cytoscape-fcose').then(({ default: fcose }) => cytoscape.use(fcose));
	return fcoseRegistered;
}
