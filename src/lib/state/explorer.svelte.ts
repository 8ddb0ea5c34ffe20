/**
 * The explorer's view state (selection, focus, filters, layout, path) as runes, and what
 * derives from it. Components state intents (`toggleFocus`, `setDepth`, `clearPath`, …);
 * the fields are private, so every change goes through one of these methods. The URL mirrors
 * the state (url-sync); the graph view and the panels read it; nothing here touches Cytoscape.
 */
import type { KnowledgeGraph } from '../kg/model';
import { neighbourhood } from '../kg/query/neighbourhood';
import { shortestPath, type GraphPath } from '../kg/query/shortest-path';
import type { LayoutName } from '../view/layouts';
import type { OpenMap } from './maps.svelte';
import { DEFAULT_PARAMS, type Depth, type ExplorerParams } from './url-state';

export class Explorer {
	/** The open map this explorer shows; its selection and filters belong to it alone. */
	readonly map: OpenMap;

	#node = $state<string | null>(null);
	#edge = $state<string | null>(null);
	#focus = $state<string | null>(null);
	#depth = $state<Depth>(1);
	#layout = $state<LayoutName>('force');
	#hiddenKinds = $state<string[]>([]);
	#from = $state<string | null>(null);
	#to = $state<string | null>(null);
	#communities = $state(false);
	/** Kind colours instead of the colours and sizes an imported file gave its nodes. */
	#kindStyle = $state(false);
	/** Whether the side panel is open (it can be collapsed while something stays selected). */
	#panelOpen = $state(true);
	/**
	 * The nodes a re-arrangement was asked for (`rearrange`), as a key of the visible set. Nodes
	 * move only on such a request: the compact picture holds while exactly that set shows, and
	 * any other filter, focus or "show all" brings back the map's own layout.
	 */
	#compactFor = $state<string | null>(null);
	/** Edit mode shows the concepts hidden from this map too (faded), so they can be shown again. */
	#showConcealed = $state(false);

	constructor(map: OpenMap) {
		this.map = map;
	}

	get graph(): KnowledgeGraph {
		return this.map.graph;
	}
	/** The selected concept, while the map has it (an edit or its undo may take it away). */
	get node() {
		void this.map.revision;
		return this.#node && this.graph.hasNode(this.#node) ? this.#node : null;
	}
	get edge() {
		void this.map.revision;
		return this.#edge && this.graph.hasEdge(this.#edge) ? this.#edge : null;
	}
	get focus() {
		return this.#focus;
	}
	get depth() {
		return this.#depth;
	}
	get layout() {
		return this.#layout;
	}
	/** The kinds whose nodes the legend hides. */
	get hiddenKinds(): readonly string[] {
		return this.#hiddenKinds;
	}
	get from() {
		return this.#from;
	}
	get to() {
		return this.#to;
	}
	get communities() {
		return this.#communities;
	}
	get kindStyle() {
		return this.#kindStyle;
	}
	get panelOpen() {
		return this.#panelOpen;
	}

	/** Nodes left after the kind filter, the focus and what the teacher hid from this map; null when every node shows. */
	visible = $derived.by((): Set<string> | null => {
		void this.map.revision;
		const graph = this.graph;
		const hidden = new Set(this.#hiddenKinds);
		const around = this.#focus && graph.hasNode(this.#focus) ? neighbourhood(graph, this.#focus, this.#depth) : null;
		const concealed = !this.#showConcealed && graph.someNode((_key, attrs) => attrs.hidden === true);
		if (!around && hidden.size === 0 && !concealed) return null;
		const keep = new Set<string>();
		graph.forEachNode((key, attrs) => {
			if ((!around || around.has(key)) && !hidden.has(attrs.kind) && (this.#showConcealed || !attrs.hidden)) keep.add(key);
		});
		return keep;
	});

	/** Whether the shown nodes are laid out compactly on their own (a re-arrangement asked for this view). */
	compacted = $derived(this.#compactFor !== null && this.#compactFor === visibleKey(this.visible));

	path = $derived.by((): GraphPath | null | 'none' => {
		void this.map.revision;
		if (!this.#from || !this.#to) return null;
		return shortestPath(this.graph, this.#from, this.#to) ?? 'none';
	});

	selectNode(key: string) {
		this.#node = key;
		this.#edge = null;
		this.#panelOpen = true;
	}

	selectEdge(key: string) {
		this.#edge = key;
		this.#node = null;
		this.#panelOpen = true;
	}

	clearSelection() {
		this.#node = null;
		this.#edge = null;
	}

	openPanel() {
		this.#panelOpen = true;
	}

	closePanel() {
		this.#panelOpen = false;
	}

	togglePanel() {
		this.#panelOpen = !this.#panelOpen;
	}

	/** Focuses on `key`'s neighbourhood, or ends the focus when it is already there. */
	toggleFocus(key: string) {
		this.#focus = this.#focus === key ? null : key;
	}

	/**
	 * The focus buttons: 0 ends the focus; a depth focuses on the selected node (else keeps the
	 * current focus) that many steps out.
	 */
	setDepth(depth: 0 | Depth) {
		if (depth === 0) {
			this.#focus = null;
			return;
		}
		this.#focus = this.node ?? this.#focus;
		this.#depth = depth;
	}

	setLayout(layout: LayoutName) {
		this.#layout = layout;
	}

	/** Kind colours instead of the colours and sizes an imported file gave its nodes. */
	setKindStyle(on: boolean) {
		this.#kindStyle = on;
	}
	/** Edit mode on: the concepts hidden from this map show (faded) until it ends. */
	setShowConcealed(on: boolean) {
		this.#showConcealed = on;
	}
	setCommunities(on: boolean) {
		this.#communities = on;
	}

	setPathFrom(key: string | null) {
		this.#from = key;
	}

	setPathTo(key: string | null) {
		this.#to = key;
	}

	clearPath() {
		this.#from = null;
		this.#to = null;
	}

	/** Lays out what a filter or focus shows compactly, until the view changes or `restoreArrangement`. */
	rearrange() {
		this.#compactFor = visibleKey(this.visible);
	}

	restoreArrangement() {
		this.#compactFor = null;
	}

	toggleKind(kind: string) {
		const hidden = this.#hiddenKinds;
		this.#hiddenKinds = hidden.includes(kind) ? hidden.filter((k) => k !== kind) : [...hidden, kind].sort();
	}

	showAllKinds() {
		this.#hiddenKinds = [];
	}

	params(lang: ExplorerParams['lang']): ExplorerParams {
		const map = this.map.linkId;
		return {
			node: this.node,
			edge: this.edge,
			focus: this.#focus,
			depth: this.#depth,
			layout: this.#layout,
			hide: [...this.#hiddenKinds],
			lang,
			from: this.#from,
			to: this.#to,
			communities: this.#communities,
			...(map ? { map } : {})
		};
	}

	/** Takes a parsed URL. Keys the graph does not have are dropped and returned, to be reported. */
	readParams(params: ExplorerParams): { unknownNode: string | null; unknownEdge: string | null } {
		const known = (key: string | null) => (key && this.graph.hasNode(key) ? key : null);
		const p = { ...DEFAULT_PARAMS, ...params };
		this.#node = known(p.node);
		this.#edge = p.edge && this.graph.hasEdge(p.edge) ? p.edge : null;
		this.#focus = known(p.focus);
		this.#depth = p.depth;
		this.#layout = p.layout;
		this.#hiddenKinds = p.hide;
		this.#from = known(p.from);
		this.#to = known(p.to);
		this.#communities = p.communities;
		return {
			unknownNode: p.node && !this.#node ? p.node : null,
			unknownEdge: p.edge && !this.#edge ? p.edge : null
		};
	}
}

function visibleKey(visible: Set<string> | null): string | null {
	return visible ? [...visible].sort().join('\n') : null;
}
