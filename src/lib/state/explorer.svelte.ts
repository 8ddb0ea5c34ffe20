/**
 * The explorer's view state (selection, focus, filters, layout, path) as runes,
 * and what derives from it. The URL mirrors it (url-sync); the graph view and the
 * panels read it; nothing here touches Cytoscape.
 */
import type { KnowledgeGraph } from '../kg/model';
import { neighbourhood } from '../kg/query/neighbourhood';
import { shortestPath, type GraphPath } from '../kg/query/shortest-path';
import type { LayoutName } from '../view/layouts';
import { DEFAULT_PARAMS, type Depth, type ExplorerParams } from './url-state';

export class Explorer {
	readonly graph: KnowledgeGraph;

	node = $state<string | null>(null);
	edge = $state<string | null>(null);
	focus = $state<string | null>(null);
	depth = $state<Depth>(1);
	layout = $state<LayoutName>('force');
	hidden = $state<string[]>([]);
	from = $state<string | null>(null);
	to = $state<string | null>(null);
	communities = $state(false);
	/** Kind colours instead of the colours and sizes an imported file gave its nodes. */
	kindStyle = $state(false);
	/** Whether the side panel is open (it can be collapsed while something stays selected). */
	panelOpen = $state(true);
	/**
	 * The nodes a re-arrangement was asked for (`rearrange`), as a key of the visible set. Nodes
	 * move only on such a request: the compact picture holds while exactly that set shows, and
	 * any other filter, focus or "show all" brings back the map's own layout.
	 */
	#compactFor = $state<string | null>(null);

	/** The imported map shown, for the URL; null for the default map. */
	readonly mapId: string | null;

	constructor(graph: KnowledgeGraph, mapId: string | null = null) {
		this.graph = graph;
		this.mapId = mapId;
	}

	/** Nodes left after the kind filter and the focus; null when every node shows. */
	visible = $derived.by((): Set<string> | null => {
		const graph = this.graph;
		const hidden = new Set(this.hidden);
		const around = this.focus && graph.hasNode(this.focus) ? neighbourhood(graph, this.focus, this.depth) : null;
		if (!around && hidden.size === 0) return null;
		const keep = new Set<string>();
		graph.forEachNode((key, attrs) => {
			if ((!around || around.has(key)) && !hidden.has(attrs.kind)) keep.add(key);
		});
		return keep;
	});

	/** Whether the shown nodes are laid out compactly on their own (a re-arrangement asked for this view). */
	compacted = $derived(this.#compactFor !== null && this.#compactFor === visibleKey(this.visible));

	path = $derived.by((): GraphPath | null | 'none' => {
		if (!this.from || !this.to) return null;
		return shortestPath(this.graph, this.from, this.to) ?? 'none';
	});

	selectNode(key: string) {
		this.node = key;
		this.edge = null;
		this.panelOpen = true;
	}

	selectEdge(key: string) {
		this.edge = key;
		this.node = null;
		this.panelOpen = true;
	}

	clearSelection() {
		this.node = null;
		this.edge = null;
	}

	/** Lays out what a filter or focus shows compactly, until the view changes or `restoreArrangement`. */
	rearrange() {
		this.#compactFor = visibleKey(this.visible);
	}

	restoreArrangement() {
		this.#compactFor = null;
	}

	toggleKind(kind: string) {
		this.hidden = this.hidden.includes(kind) ? this.hidden.filter((k) => k !== kind) : [...this.hidden, kind].sort();
	}

	params(lang: ExplorerParams['lang']): ExplorerParams {
		return {
			node: this.node,
			edge: this.edge,
			focus: this.focus,
			depth: this.depth,
			layout: this.layout,
			hide: this.hidden,
			lang,
			from: this.from,
			to: this.to,
			communities: this.communities,
			...(this.mapId ? { map: this.mapId } : {})
		};
	}

	/** Takes a parsed URL. Keys the graph does not have are dropped and returned, to be reported. */
	apply(params: ExplorerParams): { unknownNode: string | null; unknownEdge: string | null } {
		const known = (key: string | null) => (key && this.graph.hasNode(key) ? key : null);
		const p = { ...DEFAULT_PARAMS, ...params };
		this.node = known(p.node);
		this.edge = p.edge && this.graph.hasEdge(p.edge) ? p.edge : null;
		this.focus = known(p.focus);
		this.depth = p.depth;
		this.layout = p.layout;
		this.hidden = p.hide;
		this.from = known(p.from);
		this.to = known(p.to);
		this.communities = p.communities;
		return {
			unknownNode: p.node && !this.node ? p.node : null,
			unknownEdge: p.edge && !this.edge ? p.edge : null
		};
	}
}

function visibleKey(visible: Set<string> | null): string | null {
	return visible ? [...visible].sort().join('\n') : null;
}
