/**
 * The one owner of the explorer's Cytoscape core. Components `link` it to a
 * container and push derived UI state into it; it reports taps back through
 * handlers and never writes into the graphology graph.
 *
 * Three rules shape it:
 * - Nodes move only when asked (`arrange`): selection, filters, focus and path change
 *   classes and the camera, never positions; the shipped layout comes back exactly.
 * - A state change touches only the elements whose classes change (view-classes.ts),
 *   so one selection restyles its neighbourhoods, not the map.
 * - No label is drawn below the readable size: the camera frames what a change shows,
 *   and the label placement draws, for that camera, the labels that fit (label-placement.ts).
 */
import cytoscape, {
	type Collection,
	type Core,
	type EdgeSingular,
	type ElementDefinition,
	type EventObject,
	type NodeSingular,
	type Position,
	type SingularElementArgument
} from 'cytoscape';
import type { Lang } from '../kg/lang';
import type { KnowledgeGraph } from '../kg/model';
import { isBigGraph, mapStylesheet, rendererOptions, widenedLitEdge } from './big-graph';
import { DiscGrid } from './disc-grid';
import { EditGestures, type EditHandlers, type EditSelection } from './edit-gestures';
import { edgeElementIds } from './element-ids';
import { conceptNames, nodeSizing, toElements } from './elements';
import { GraphMirror } from './graph-mirror';
import { removeDataRestyled } from './remove-data';
import { drawingHost, setCursor } from './drawing-host';
import { snapshotFromScreenOnGestures } from './gesture-texture';
import { resizeOnlyOnChange } from './resize-on-change';
import { withoutLayeredTextures } from './layered-textures';
import { EDGE_HIT_RADIUS, MIN_READABLE_FONT_SIZE, labelWrapWidth } from './footprint';
import { placeLabels, type LabelCandidate, type LabelSide, type PlacedLabel } from './label-placement';
import { layoutOptions, type LayoutName } from './layouts';
import { communityColor } from './palette';
import { DEFAULT_LAYOUT_SEED } from './fcose-options';
import { withSeededRandom } from './random';
import { classChanges, elementClasses } from './view-classes';
import type { DrawnView } from './drawn-view';

export interface ViewState {
	lang: Lang;
	selectedNode: string | null;
	selectedEdge: string | null;
	/** Nodes to show; null shows all. */
	visible: Set<string> | null;
	path: { nodes: string[]; edges: string[] } | null;
	communities: Record<string, number> | null;
	/** Kind colours and importance sizes even where the map has colours and sizes of its own. */
	kindStyle?: boolean;
}

export interface ViewHandlers {
	selectNode(key: string): void;
	selectEdge(key: string): void;
	clear(): void;
}

/** Where the camera goes: a zoom and a pan, as Cytoscape takes them. */
interface Camera {
	zoom: number;
	pan: Position;
}

declare global {
	interface Window {
		/**
		 * The automation hook: the core of the view on screen (explorer or teaching page), for the
		 * end-to-end tests and benchmarks to read what is drawn. App code never uses it: pages
		 * talk to GraphView / PresetView, and only view/ touches Cytoscape.
		 */
		cy?: Core;
	}
}

/** The selection's own name reads larger than any label around it. */
const SELECTED_MIN_SCREEN = 18;
/** On a big map, a pointer this close (screen pixels) beside a node's disc still means that node (mouse, touch). */
const NODE_SLACK = { mouse: 3, touch: 10 };
const CAMERA_MS = 320;
/** The camera comes no closer than this: a lone node should not fill the screen. */
const CAMERA_MAX_ZOOM = 1.6;
/** The sides a label can move to, each a class of the stylesheet (below its node is the default). */
const LABEL_SIDE_CLASSES: LabelSide[] = ['above', 'right', 'left'];
/** The farthest the camera goes out, unless the map needs more to be seen whole. */
const MIN_ZOOM = 0.08;

export class GraphView implements DrawnView {
	#cy: Core | null = null;
	#graph: KnowledgeGraph | null = null;
	/** Element id of each edge key (see element-ids.ts). */
	#edgeIds = new Map<string, string>();
	/** The state last applied, and the classes it put on each element. */
	#state: ViewState | null = null;
	#classes = new Map<string, string>();
	#communities: Record<string, number> | null = null;
	/** Each label the placement draws (size, side); absent ones are left out. */
	#labels = new Map<string, PlacedLabel>();
	/** Ids of a big map's lit edges drawn wider than styled (widenedLitEdge). */
	#widened = new Set<string>();
	#settleTimer: ReturnType<typeof setTimeout> | null = null;
	#animate = true;
	/** Drawn the big way (big-graph.ts). */
	#big = false;
	/** Follows the graph's changes while linked (graph-mirror.ts). */
	#mirror: GraphMirror | null = null;
	/** Edit mode's pointer gestures; null while reading. */
	#editing: EditGestures | null = null;
	/**
	 * A big map's nodes for pointing (disc-grid.ts): Cytoscape's own hit test scans every element
	 * on each press and move, so a big map answers taps and hovers itself. Rebuilt when needed
	 * after nodes moved, came, went or changed size.
	 */
	#discs: DiscGrid | null = null;
	/** The node a big map shows hovered, and the pointer position waiting for the next frame to be looked up. */
	#hovered: NodeSingular | null = null;
	#hoverAt: Position | null = null;
	/** A big map names the hovered node in the page, over the canvas: restyling it would redraw thousands of elements. */
	#hoverTip: HTMLElement | null = null;

	/** For the exporters in view/ (DrawnView); pages use the methods below. */
	get core(): Core | null {
		return this.#cy;
	}

	/** Whether the drawing has been given a state since it was linked (until then it shows the map bare). */
	get hasState(): boolean {
		return this.#state !== null;
	}

	/** The canvas changed size (the panel collapsed, the window resized). */
	resize() {
		this.#cy?.resize();
	}

	link(container: HTMLElement, graph: KnowledgeGraph, importance: Record<string, number>, handlers: ViewHandlers) {
		this.unlink();
		this.#graph = graph;
		this.#edgeIds = edgeElementIds(graph);
		const big = isBigGraph(graph);
		this.#big = big;
		const elements = toElements(graph, importance);
		const cy = cytoscape({
			container,
			elements,
			style: mapStylesheet(big, false),
			// The map is framed from its positions and node sizes: Cytoscape's fit would first compute
			// every element's drawn style only to measure the box (seconds on a big map), and compute
			// it again once the labels are placed.
			layout: { name: 'preset', fit: false },
			...fittedViewport(elements, container),
			maxZoom: 4,
			...rendererOptions(big),
			boxSelectionEnabled: false,
			selectionType: 'single',
			autounselectify: true,
			// Nodes stay where the map puts them: a press selects, it never drags.
			autoungrabify: true
		});
		withoutLayeredTextures(cy);
		resizeOnlyOnChange(cy);
		if (big) snapshotFromScreenOnGestures(cy, container);
		cy.on('tap', 'node', (e: EventObject) => handlers.selectNode(e.target.id()));
		cy.on('tap', 'edge', (e: EventObject) => handlers.selectEdge(e.target.data('key')));
		cy.on('tap', (e: EventObject) => {
			if (e.target !== cy) return;
			// A big map's elements take no events while reading: the node drawn under the pointer, found here.
			// Elsewhere nothing lit was hit: a faded node right under the pointer. Else a lit edge nearby, else nothing.
			const node = this.#pointing() ? this.#nodeUnder(e.position, isTouch(e)) : this.#fadedNodeAt(e.position);
			if (node) return handlers.selectNode(node.id());
			const edge = this.#litEdgeNear(e.position);
			if (edge) return handlers.selectEdge(edge.data('key'));
			handlers.clear();
		});
		if (big) {
			cy.on('position add remove', () => (this.#discs = null));
			cy.on('mousemove', (e: EventObject) => this.#hoverLater(e));
			cy.on('viewport', () => this.#hoverNode(null));
			container.addEventListener('pointerleave', () => this.#hoverNode(null));
			this.#hoverTip = hoverTip(container);
		}
		cy.on('mouseover', 'node, edge', (e: EventObject) => {
			this.#hoverLabel(e.target, true);
			setCursor(cy, 'pointer');
		});
		cy.on('mouseout', 'node, edge', (e: EventObject) => {
			this.#hoverLabel(e.target, false);
			setCursor(cy, '');
		});
		cy.on('viewport resize', () => this.#placeLabelsWhenSettled());
		// A mark for the benchmark: the first frame with the graph drawn.
		cy.one('render', () => performance.mark('graph-painted'));
		this.#cy = cy;
		this.#discs = null;
		this.#hovered = null;
		this.#state = null;
		this.#classes = new Map();
		this.#labels = new Map();
		this.#widened = new Set();
		this.#communities = null;
		this.#placeLabels();
		window.cy = cy;
		this.#reportMissingElements(graph);
		this.#mirror = new GraphMirror(graph, cy, {
			sizing: nodeSizing(graph, importance),
			edgeIds: this.#edgeIds,
			dress: (ele) => this.#dress(ele),
			synced: (redrawn) => this.#redrawn(redrawn)
		});
	}

	/** The view's own data on an element drawn anew or updated: its label in the UI language, its colours. */
	#dress(ele: SingularElementArgument) {
		const state = this.#state;
		if (!state) return;
		this.#showLanguageOn(ele, state.lang);
		if (ele.isNode()) {
			ele.data('color', state.kindStyle ? ele.data('kindColor') : (ele.data('fileColor') ?? ele.data('kindColor')));
			ele.data('size', state.kindStyle ? ele.data('kindSize') : (ele.data('fileSize') ?? ele.data('kindSize')));
			if (this.#communities) ele.data('communityColor', communityColor(this.#communities[ele.id()] ?? 0));
		}
	}

	/** After the map changed: classes on what was drawn anew, the selection in edit mode, labels. */
	#redrawn(redrawn: string[]) {
		this.#discs = null;
		for (const id of redrawn) this.#classes.delete(id);
		if (this.#state) this.showState(this.#state, { animate: false });
		else this.#placeLabels();
	}

	// ------------------------------------------------------------------ edit mode

	/** Edit mode's gestures on (with where to report them) or off (null). */
	setEditing(handlers: EditHandlers | null) {
		const cy = this.#cy;
		if (!cy) return;
		this.#editing?.stop();
		const wasEditing = !!this.#editing;
		this.#editing = handlers ? new EditGestures(cy, handlers) : null;
		// A big map's elements take pointer events only while editing (drags, shift-clicks and lines drawn need them).
		if (this.#big && wasEditing !== !!handlers) {
			this.#hoverNode(null);
			cy.style(mapStylesheet(true, !!handlers));
		}
		// In edit mode nothing fades: every node stays in reach of a drag or a shift-click.
		if (this.#state) this.showState(this.#state, { animate: false });
	}

	setConnecting(on: boolean) {
		this.#editing?.setConnecting(on);
	}

	setMultiSelect(on: boolean) {
		this.#editing?.setMultiSelect(on);
	}

	/** Edit mode: the drawing's selection made this one. */
	selectForEditing(selection: EditSelection) {
		this.#editing?.select(selection, this.#edgeIds);
	}

	/** Where a new concept goes by default: the middle of what is on screen, in model coordinates. */
	centre(): Position {
		const cy = this.#cy;
		if (!cy) return { x: 0, y: 0 };
		const pan = cy.pan();
		const zoom = cy.zoom();
		return { x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom };
	}

	/** Draws the changes of the map made so far now, rather than at the next frame. */
	flushChanges() {
		this.#mirror?.flush();
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

	unlink() {
		if (!this.#cy) return;
		if (this.#settleTimer) clearTimeout(this.#settleTimer);
		if (window.cy === this.#cy) delete window.cy;
		this.#mirror?.stop();
		this.#mirror = null;
		this.#editing?.stop();
		this.#editing = null;
		this.#cy.destroy();
		this.#hoverTip?.remove();
		this.#hoverTip = null;
		this.#cy = null;
		this.#graph = null;
	}

	/**
	 * Applies selection, focus, filters, path and community colours: only the elements whose
	 * classes change are touched, in one batch. Then the camera frames what the change shows,
	 * and the labels are placed for where the camera is going.
	 */
	showState(state: ViewState, opts: { animate: boolean }) {
		const cy = this.#cy;
		const graph = this.#graph;
		if (!cy || !graph) return;
		const start = performance.now();
		const before = this.#state;
		this.#state = state;
		this.#animate = opts.animate;
		cy.batch(() => {
			if (before?.lang !== state.lang) this.#showLanguage(state.lang);
			if (state.communities && state.communities !== this.#communities) {
				const communities = state.communities;
				cy.nodes().forEach((n) => {
					n.data('communityColor', communityColor(communities[n.id()] ?? 0));
				});
			}
			this.#communities = state.communities;
			if (!!before?.kindStyle !== !!state.kindStyle) {
				this.#discs = null;
				cy.nodes().forEach((n) => {
					n.data('color', state.kindStyle ? n.data('kindColor') : (n.data('fileColor') ?? n.data('kindColor')));
					n.data('size', state.kindStyle ? n.data('kindSize') : (n.data('fileSize') ?? n.data('kindSize')));
				});
			}
			const next = elementClasses(graph, this.#edgeIds, {
				selectedNode: state.selectedNode,
				selectedEdge: state.selectedEdge,
				visible: state.visible,
				path: state.path,
				communities: !!state.communities,
				fadeRest: !this.#big && !this.#editing
			});
			for (const change of classChanges(this.#classes, next)) {
				const ele = cy.getElementById(change.id);
				if (change.remove) ele.removeClass(change.remove);
				if (change.add) ele.addClass(change.add);
			}
			this.#classes = next;
		});
		const camera = this.#cameraFor(before, state);
		this.#placeLabels(camera ?? undefined);
		// A big map jumps: each frame of a camera flight would draw thousands of nodes.
		if (camera) this.#moveCamera(camera, opts.animate && before !== null && !this.#big);
		measureRestyle(performance.now() - start);
	}

	/** Node labels in the UI language (and both, for the selection); relation names likewise. */
	#showLanguage(lang: Lang) {
		this.#cy!.elements().forEach((ele) => this.#showLanguageOn(ele, lang));
	}

	#showLanguageOn(ele: SingularElementArgument, lang: Lang) {
		// Only what differs: Cytoscape restyles an element on every data write, even of the value it has.
		const names = ele.isNode() ? conceptNames(ele.data('label'), ele.data('labelEn'), lang) : { display: lang === 'id' ? ele.data('labelId') : ele.data('labelEn') };
		for (const [name, value] of Object.entries(names)) if (ele.data(name) !== value) ele.data(name, value);
	}

	/** What a change shows, framed: a new selection, a new path, or what a filter or focus left. */
	#cameraFor(before: ViewState | null, state: ViewState): Camera | null {
		const cy = this.#cy!;
		const selection = state.selectedNode
			? this.#element({ node: state.selectedNode })
			: state.selectedEdge
				? this.#element({ edge: state.selectedEdge })
				: null;
		const selectionChanged = before?.selectedNode !== state.selectedNode || before?.selectedEdge !== state.selectedEdge;
		const pathChanged = pathKey(before?.path ?? null) !== pathKey(state.path);
		// The same nodes shown again (an edit recomputed the set) are no reason to move the camera.
		const visibleChanged = !sameSet(before?.visible ?? null, state.visible);
		if (selection && selection.nonempty() && (selectionChanged || before === null)) {
			// While editing, a selection already on screen keeps the camera still: the next drag or shift-click aims there.
			if (this.#editing && before !== null && insideViewport(cy, selection)) return null;
			return this.#frame(surroundings(selection));
		}
		if (state.path && (pathChanged || before === null)) {
			const onPath = cy.collection();
			for (const node of state.path.nodes) onPath.merge(this.#element({ node }));
			return this.#frame(onPath);
		}
		if (visibleChanged && (state.visible || before !== null)) return this.#frame(cy.nodes().not('.hidden'));
		return null;
	}

	/** The camera that shows these elements whole, with room for the labels below them. */
	#frame(eles: Collection, maxZoom = CAMERA_MAX_ZOOM): Camera | null {
		const cy = this.#cy!;
		const shown = eles.filter((e) => !e.hasClass('hidden'));
		if (shown.empty()) return null;
		const box = discsBox(shown.nodes().map(discOf));
		const width = cy.width();
		const height = cy.height();
		// Labels hang below nodes and spread sideways: more room there.
		const side = Math.min(70, width * 0.12);
		const top = Math.min(30, height * 0.08);
		const bottom = Math.min(56, height * 0.14);
		const zoom = Math.max(
			cy.minZoom(),
			Math.min(maxZoom, (width - 2 * side) / Math.max(box.w, 1), (height - top - bottom) / Math.max(box.h, 1))
		);
		const centre = { x: box.x1 + box.w / 2, y: box.y1 + box.h / 2 };
		return { zoom, pan: { x: width / 2 - zoom * centre.x, y: top + (height - top - bottom) / 2 - zoom * centre.y } };
	}

	#moveCamera(camera: Camera, animate: boolean) {
		const cy = this.#cy!;
		cy.stop(true);
		if (animate) cy.animate(camera, { duration: CAMERA_MS, easing: 'ease-in-out-cubic' });
		else cy.viewport(camera);
	}

	// ------------------------------------------------------------------ labels

	/** After the person zooms or pans (or the camera arrives), the labels are placed again for what is in view. */
	#placeLabelsWhenSettled() {
		if (this.#settleTimer) clearTimeout(this.#settleTimer);
		this.#settleTimer = setTimeout(() => {
			this.#settleTimer = null;
			if (this.#cy?.animated()) this.#placeLabelsWhenSettled();
			else this.#placeLabels();
		}, 120);
	}

	/**
	 * Places the labels for a camera (the current one by default), changing only labels that
	 * differ. Faded and hidden elements draw no label anyway and are left as they are; so are the
	 * many a large map leaves unlabelled, which start without one.
	 */
	#placeLabels(camera?: Camera) {
		const cy = this.#cy;
		if (!cy) return;
		const view = camera ?? { zoom: cy.zoom(), pan: cy.pan() };
		const candidates = this.#labelCandidates(view);
		const sizes = placeLabels(candidates, { width: cy.width(), height: cy.height(), zoom: view.zoom });
		cy.batch(() => {
			for (const candidate of candidates) {
				const ele = cy.getElementById(candidate.id);
				const label = sizes.get(candidate.id);
				if (label === undefined) {
					if (ele.hasClass('label-on')) ele.removeClass('label-on');
					continue;
				}
				if (!ele.hasClass('label-on')) ele.addClass('label-on');
				for (const side of LABEL_SIDE_CLASSES) if (ele.hasClass(`label-${side}`) !== (label.side === side)) ele.toggleClass(`label-${side}`, label.side === side);
				this.#sizeLabel(ele, label.size);
			}
			if (this.#big) this.#widenLitEdges(view.zoom);
		});
		this.#labels = sizes;
		// For automation: the camera the drawn labels were placed for (tests wait until it is the current one).
		// Around the drawing, not on the core (Cytoscape restyles every element when the core's data or scratch
		// changes) nor on its container (see drawing-host.ts).
		const host = drawingHost(cy);
		if (host) host.dataset.labelsPlacedFor = JSON.stringify({ zoom: view.zoom, pan: view.pan });
	}

	/** A big map's lit edges, widened where the zoom would draw them too thin to see; the rest as styled. */
	#widenLitEdges(zoom: number) {
		const cy = this.#cy!;
		const widened = new Set<string>();
		litElements(cy, this.#classes)
			.edges()
			.forEach((e: EdgeSingular) => {
				const lit = { selected: e.hasClass('selected'), path: e.hasClass('path') };
				if (!lit.selected && !lit.path && !e.hasClass('neighbour')) return;
				const width = widenedLitEdge(lit, zoom);
				if (width === null) return;
				widened.add(e.id());
				if (e.data('litWidth') !== width) e.data('litWidth', width);
			});
		for (const id of this.#widened) {
			const e = cy.getElementById(id);
			if (!widened.has(id) && e.nonempty()) removeDataRestyled(e, ['litWidth']);
		}
		this.#widened = widened;
	}

	/** Sets a label's font size, through data only where it differs from the styled one. */
	#sizeLabel(ele: SingularElementArgument, size: number) {
		const base = baseFontSize(ele);
		const current = ele.data('labelSize');
		if (Math.abs(size - base) < 0.01) {
			if (current !== undefined) removeDataRestyled(ele, ['labelSize', 'labelWrap']);
		} else if (current === undefined || Math.abs(current - size) >= 0.01) {
			if (ele.isNode()) ele.data({ labelSize: size, labelWrap: labelWrapWidth(size) });
			else ele.data({ labelSize: size });
		}
	}

	/** Every label that could be drawn, in screen pixels for the camera, with its priority and floor. */
	#labelCandidates(view: Camera): LabelCandidate[] {
		const cy = this.#cy!;
		const screen = (p: Position) => ({ x: p.x * view.zoom + view.pan.x, y: p.y * view.zoom + view.pan.y });
		const candidates: LabelCandidate[] = [];
		let largestNeighbour = 0;
		let selected: LabelCandidate | null = null;
		// A path's two ends are named before the nodes between them, which may crowd them on a big map.
		const route = this.#state?.path?.nodes ?? [];
		const ends = new Set(route.length ? [route[0], route[route.length - 1]] : []);
		cy.nodes().forEach((n: NodeSingular) => {
			if (n.hasClass('hidden') || n.hasClass('dimmed') || n.hasClass('eh-ghost')) return;
			const fontSize = baseFontSize(n);
			const isSelected = n.hasClass('selected');
			const asked = isSelected || n.hasClass('path') || n.hasClass('neighbour');
			if (asked && !isSelected) largestNeighbour = Math.max(largestNeighbour, fontSize * view.zoom);
			const at = screen(n.position());
			const candidate: LabelCandidate = {
				id: n.id(),
				text: String(n.data(isSelected ? 'bilingual' : 'display') ?? ''),
				x: at.x,
				y: at.y,
				below: (Number(n.data('size')) / 2 + 4) * view.zoom,
				fontSize,
				minScreen: isSelected ? SELECTED_MIN_SCREEN : tierFloor(fontSize),
				maxBoost: asked ? Infinity : tierBoost(fontSize),
				priority: (isSelected ? 4e6 : ends.has(n.id()) ? 3.6e6 : n.hasClass('path') ? 3e6 : n.hasClass('neighbour') ? 1e6 : 0) + Number(n.data('size')) * 1000
			};
			if (isSelected) selected = candidate;
			candidates.push(candidate);
		});
		// The selection's own name is never smaller than a neighbour's.
		if (selected) (selected as LabelCandidate).minScreen = Math.max(SELECTED_MIN_SCREEN, largestNeighbour + 2);
		cy.edges().forEach((e: EdgeSingular) => {
			if (e.hasClass('dimmed') || !(e.hasClass('show-label') || e.hasClass('selected') || e.hasClass('path'))) return;
			if (e.source().hasClass('hidden') || e.target().hasClass('hidden')) return;
			const at = screen(e.midpoint());
			candidates.push({
				id: e.id(),
				text: String(e.data('display') ?? ''),
				x: at.x,
				y: at.y,
				below: null,
				fontSize: baseFontSize(e),
				minScreen: MIN_READABLE_FONT_SIZE,
				maxBoost: Infinity,
				priority: e.hasClass('selected') ? 3.5e6 : e.hasClass('path') ? 2e6 : 5e5
			});
		});
		return candidates;
	}

	/** A hovered element shows its name, readable, whatever the placement left out. */
	#hoverLabel(ele: SingularElementArgument, on: boolean) {
		const cy = this.#cy;
		if (!cy) return;
		cy.batch(() => {
			ele.toggleClass('hover', on);
			if (on) this.#sizeLabel(ele, Math.max(baseFontSize(ele), MIN_READABLE_FONT_SIZE / cy.zoom()));
			else {
				const placed = this.#labels.get(ele.id());
				this.#sizeLabel(ele, placed?.size ?? baseFontSize(ele));
			}
		});
	}

	// ------------------------------------------------------------------ hits

	/** Whether the view answers pointing itself: a big map while reading (its elements take no events then). */
	#pointing(): boolean {
		return this.#big && !this.#editing;
	}

	/** The node drawn under a point (or just beside a small one), as drawn: the one on top wins. */
	#nodeUnder(at: Position, touch: boolean): NodeSingular | null {
		const cy = this.#cy!;
		this.#discs ??= new DiscGrid(
			cy.nodes().map((n, index) => ({ id: n.id(), x: n.position('x'), y: n.position('y'), r: Number(n.data('size')) / 2, index }))
		);
		const slack = (touch ? NODE_SLACK.touch : NODE_SLACK.mouse) / cy.zoom();
		const hit = this.#discs.pick(at.x, at.y, slack, (disc) => drawingOrder(this.#classes.get(disc.id), disc.index));
		return hit ? cy.getElementById(hit.id) : null;
	}

	/** A big map's hover: the pointer's node looked up once a frame, never while a button is down (a pan). */
	#hoverLater(e: EventObject) {
		if (!this.#pointing()) return;
		const pressed = ((e.originalEvent as MouseEvent | undefined)?.buttons ?? 0) !== 0;
		if (pressed) return this.#hoverNode(null);
		const waiting = this.#hoverAt !== null;
		this.#hoverAt = e.position;
		if (waiting) return;
		requestAnimationFrame(() => {
			const at = this.#hoverAt;
			this.#hoverAt = null;
			if (at && this.#cy && this.#pointing()) this.#hoverNode(this.#nodeUnder(at, false));
		});
	}

	#hoverNode(node: NodeSingular | null) {
		const cy = this.#cy;
		const tip = this.#hoverTip;
		if (!cy || !tip || node === this.#hovered || (node && this.#hovered?.same(node))) return;
		this.#hovered = node;
		setCursor(cy, node ? 'pointer' : '');
		if (!node) {
			tip.hidden = true;
			return;
		}
		const at = node.renderedPosition();
		// Text, never HTML: the name comes from the file.
		tip.textContent = String(node.data('display') ?? '');
		tip.style.left = `${at.x}px`;
		tip.style.top = `${at.y + (Number(node.data('size')) / 2) * cy.zoom() + 4}px`;
		tip.hidden = false;
	}

	/** The lit (not faded) edge passing within EDGE_HIT_RADIUS screen pixels of a point, nearest first. */
	#litEdgeNear(at: Position): EdgeSingular | null {
		const cy = this.#cy!;
		const radius = EDGE_HIT_RADIUS / cy.zoom();
		let best: EdgeSingular | null = null;
		let bestDistance = radius;
		// A big map lights only the selection's edges (nothing fades there): only those are looked at.
		const candidates = this.#big ? litElements(cy, this.#classes).edges() : cy.edges();
		candidates.forEach((e: EdgeSingular) => {
			if (e.hasClass('dimmed') || !e.visible()) return;
			const d = distanceToEdge(e, at);
			if (d < bestDistance) {
				bestDistance = d;
				best = e;
			}
		});
		return best;
	}

	/** A faded node under the pointer: still selectable, though it never shadows a lit element. */
	#fadedNodeAt(at: Position): NodeSingular | null {
		const cy = this.#cy!;
		const slack = 2 / cy.zoom();
		let best: NodeSingular | null = null;
		let bestDistance = Infinity;
		cy.nodes('.dimmed').forEach((n: NodeSingular) => {
			if (!n.visible()) return;
			const p = n.position();
			const d = Math.hypot(p.x - at.x, p.y - at.y);
			if (d <= Number(n.data('size')) / 2 + slack && d < bestDistance) {
				bestDistance = d;
				best = n;
			}
		});
		return best;
	}

	// ------------------------------------------------------------------ arrangement

	/**
	 * Moves nodes, the only thing that does: the named layout over every node (so hiding
	 * and showing never moves one), or over `only` to re-arrange a filtered view compactly.
	 * The force layout over every node is the shipped picture, restored exactly.
	 */
	async arrange(name: LayoutName, opts: { animate: boolean; root?: string; only?: Set<string> | null }) {
		const cy = this.#cy;
		const graph = this.#graph;
		if (!cy || !graph) return;
		const only = opts.only ?? null;
		const nodes = only ? cy.nodes().filter((n) => only.has(n.id())) : cy.nodes();
		if (name === 'force' && !only) {
			const shipped = (n: NodeSingular) => ({ x: graph.getNodeAttribute(n.id(), 'x') ?? 0, y: graph.getNodeAttribute(n.id(), 'y') ?? 0 });
			const moved = cy.nodes().toArray().some((n) => {
				const p = (n as NodeSingular).position();
				const s = shipped(n as NodeSingular);
				return Math.abs(p.x - s.x) > 0.01 || Math.abs(p.y - s.y) > 0.01;
			});
			if (!moved) return;
			await this.#runLayout(cy.elements(), layoutOptions('original', { animate: opts.animate, original: shipped }));
		} else {
			const options = layoutOptions(name, { animate: opts.animate, root: opts.root });
			if (options.name === 'fcose') await registerFcose();
			if (this.#cy !== cy) return;
			await this.#runLayout(nodes.union(nodes.edgesWith(nodes)), options);
		}
		if (this.#cy !== cy) return;
		const camera = this.#frame(cy.nodes().not('.hidden'));
		if (camera) {
			this.#placeLabels(camera);
			this.#moveCamera(camera, opts.animate);
		}
	}

	async #runLayout(eles: Collection, options: cytoscape.LayoutOptions) {
		const layout = eles.layout(options);
		const done = layout.promiseOn('layoutstop');
		// fcose draws from Math.random: seeded, the same view lays out the same way every time.
		withSeededRandom(DEFAULT_LAYOUT_SEED, () => layout.run());
		await done;
	}

	// ------------------------------------------------------------------ camera by hand

	fit() {
		const cy = this.#cy;
		if (!cy) return;
		const camera = this.#frame(cy.nodes().not('.hidden'), cy.maxZoom());
		if (camera) this.#moveCamera(camera, this.#animate);
	}

	zoomBy(factor: number) {
		const cy = this.#cy;
		if (!cy) return;
		const center = { x: cy.width() / 2, y: cy.height() / 2 };
		cy.zoom({ level: cy.zoom() * factor, renderedPosition: center });
	}

	/** Frames a node or edge with its neighbours. */
	centreOn(key: { node: string } | { edge: string }, animate: boolean) {
		const cy = this.#cy;
		if (!cy) return;
		const ele = this.#element(key);
		if (ele.empty()) return;
		const camera = this.#frame(surroundings(ele));
		if (camera) this.#moveCamera(camera, animate);
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

/**
 * For the benchmark: the main-thread time a state change costs the canvas, as two measures —
 * "graph-apply", the work done here (classes, camera, labels), and "graph-restyle", that plus the
 * next frame's drawing, where Cytoscape paints the new styles (its frame callback runs before
 * this one, which notes the end).
 */
function measureRestyle(applied: number) {
	const end = performance.now();
	performance.measure('graph-apply', { start: end - applied, end });
	requestAnimationFrame((frameStart) => {
		const drawn = performance.now() - frameStart;
		performance.measure('graph-restyle', { start: frameStart - applied, duration: applied + drawn });
	});
}

/** The elements the state gave a class (on a big map: the selection, its neighbourhood, the path). */
function litElements(cy: Core, classes: Map<string, string>): Collection {
	const lit = cy.collection();
	for (const id of classes.keys()) lit.merge(cy.getElementById(id));
	return lit;
}

/** The element that names a big map's hovered node, placed over the canvas (hidden until a node is hovered). */
function hoverTip(container: HTMLElement): HTMLElement {
	const tip = document.createElement('div');
	tip.hidden = true;
	tip.dataset.testid = 'hover-name';
	// Decoration for the pointer: screen readers get names from the panel, the outline and the live region.
	tip.setAttribute('aria-hidden', 'true');
	Object.assign(tip.style, {
		position: 'absolute',
		zIndex: '2',
		transform: 'translateX(-50%)',
		pointerEvents: 'none',
		whiteSpace: 'nowrap',
		font: `${MIN_READABLE_FONT_SIZE + 2}px system-ui, "Noto Sans", "DejaVu Sans", sans-serif`,
		color: '#111827',
		background: 'rgba(255, 255, 255, 0.92)',
		border: '1px solid #9ca3af',
		borderRadius: '3px',
		padding: '1px 4px'
	});
	container.appendChild(tip);
	return tip;
}

/** Whether a Cytoscape event came from a finger. */
function isTouch(e: EventObject): boolean {
	const original = e.originalEvent as (Event & { pointerType?: string }) | undefined;
	return !!original && (original.type.startsWith('touch') || original.pointerType === 'touch');
}

/**
 * Where a node of a big map is drawn in the stack, as Cytoscape orders it: by the z-index its
 * classes give (stylesheet.ts), then by the order elements were added; null for a hidden node.
 */
function drawingOrder(classes: string | undefined, index: number): number | null {
	const has = (name: string) => !!classes && classes.split(' ').includes(name);
	if (has('hidden')) return null;
	// The later of the stylesheet's rules wins: path over dimmed over selected over neighbour.
	const z = has('path') ? 25 : has('dimmed') ? 0 : has('selected') ? 30 : has('neighbour') ? 10 : 1;
	return z * 1e7 + index;
}

/** A node with its neighbours and their edges, or an edge with its two ends. */
function surroundings(ele: Collection): Collection {
	return ele.nodes().nonempty() ? ele.nodes().closedNeighborhood() : ele.union(ele.edges().connectedNodes());
}

/**
 * The camera that shows every node's position in the container (with the padding of Cytoscape's
 * fit), and a smallest zoom that still shows the whole map however wide its layout is spread.
 */
function fittedViewport(elements: ElementDefinition[], container: HTMLElement): Pick<cytoscape.CytoscapeOptions, 'zoom' | 'pan' | 'minZoom'> {
	const { x1, y1, x2, y2 } = discsBox(
		elements.flatMap(({ position, data }) => (position ? [{ ...position, size: Number(data.size ?? 0) }] : []))
	);
	const width = container.clientWidth || 800;
	const height = container.clientHeight || 600;
	const padding = 30;
	const zoom = Math.min(CAMERA_MAX_ZOOM, (width - 2 * padding) / Math.max(x2 - x1, 1), (height - 2 * padding) / Math.max(y2 - y1, 1));
	return {
		zoom,
		pan: { x: width / 2 - zoom * (x1 + x2) / 2, y: height / 2 - zoom * (y1 + y2) / 2 },
		minZoom: Math.min(MIN_ZOOM, zoom / 2)
	};
}

/**
 * The box of nodes' discs, from their positions and sizes (an empty one at the origin for none). Not
 * Cytoscape's boundingBox: that first brings every element's drawn style up to date, which for a hub's
 * neighbourhood just restyled was half the work of a selection.
 */
function discsBox(discs: Array<{ x: number; y: number; size: number }>): { x1: number; y1: number; x2: number; y2: number; w: number; h: number } {
	let x1 = Infinity;
	let y1 = Infinity;
	let x2 = -Infinity;
	let y2 = -Infinity;
	for (const { x, y, size } of discs) {
		x1 = Math.min(x1, x - size / 2);
		y1 = Math.min(y1, y - size / 2);
		x2 = Math.max(x2, x + size / 2);
		y2 = Math.max(y2, y + size / 2);
	}
	if (x1 > x2) x1 = x2 = y1 = y2 = 0;
	return { x1, y1, x2, y2, w: x2 - x1, h: y2 - y1 };
}

function discOf(node: NodeSingular): { x: number; y: number; size: number } {
	return { ...node.position(), size: Number(node.data('size')) };
}

/** Whether an element (its nodes, or an edge's two ends) lies wholly inside the part of the map on screen. */
function insideViewport(cy: Core, ele: Collection): boolean {
	const nodes = ele.nodes().union(ele.edges().connectedNodes());
	const box = discsBox(nodes.map(discOf));
	const view = cy.extent();
	return box.x1 >= view.x1 && box.x2 <= view.x2 && box.y1 >= view.y1 && box.y2 <= view.y2;
}

function sameSet(a: Set<string> | null, b: Set<string> | null): boolean {
	if (a === b) return true;
	if (!a || !b || a.size !== b.size) return false;
	for (const key of a) if (!b.has(key)) return false;
	return true;
}

function pathKey(path: ViewState['path']): string {
	return path ? path.nodes.join('>') : '';
}

function baseFontSize(ele: SingularElementArgument): number {
	return ele.isNode() ? Number(ele.data('fontSize')) : 12;
}

/**
 * Labels nobody asked for (the map around the selection) get a floor by rank, so the main
 * concepts read larger, and may be enlarged only so far when zoomed out: the overview
 * names its main concepts and zooming in reveals the rest.
 */
function tierFloor(fontSize: number): number {
	return fontSize >= 26 ? 14 : fontSize >= 19 ? 12 : MIN_READABLE_FONT_SIZE;
}
function tierBoost(fontSize: number): number {
	return fontSize >= 26 ? Infinity : fontSize >= 19 ? 2.2 : 1.6;
}

/** Distance from a point to an edge's drawn line (a straight or quadratic Bézier curve), in graph units. */
function distanceToEdge(edge: EdgeSingular, at: Position): number {
	const from = edge.sourceEndpoint();
	const to = edge.targetEndpoint();
	const control = edge.controlPoints()?.[0];
	const steps = control ? 16 : 1;
	let previous = from;
	let best = Infinity;
	for (let i = 1; i <= steps; i++) {
		const t = i / steps;
		const point = control
			? {
					x: (1 - t) ** 2 * from.x + 2 * (1 - t) * t * control.x + t ** 2 * to.x,
					y: (1 - t) ** 2 * from.y + 2 * (1 - t) * t * control.y + t ** 2 * to.y
				}
			: to;
		best = Math.min(best, distanceToSegment(at, previous, point));
		previous = point;
	}
	return best;
}

function distanceToSegment(p: Position, a: Position, b: Position): number {
	const dx = b.x - a.x;
	const dy = b.y - a.y;
	const length = dx * dx + dy * dy;
	const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length));
	return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

let fcoseRegistered: Promise<void> | null = null;

/** fcose is only needed to re-arrange a filtered view, so it is fetched the first time that happens. */
function registerFcose(): Promise<void> {
	fcoseRegistered ??= import('cytoscape-fcose').then(({ default: fcose }) => cytoscape.use(fcose));
	return fcoseRegistered;
}
