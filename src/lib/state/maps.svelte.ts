/**
 * The map store: the one source of truth for the maps there are (the default knowledge base
 * and the ones imported into this browser) and for the map that is open. Every view reads the
 * open map from here and nothing keeps its own copy: the explorer, the teaching views, the
 * reader and the tours all follow `maps.open`.
 *
 * The open map announces its changes the way graphology does to sigma.js: `OpenMap.onChange`
 * and its `revision` rune tick on every change of the graph, so a view derived from it redraws.
 * Importing adds a map beside the others; nothing here replaces an existing one.
 */
import { asset } from '$app/paths';
import { validateSerializedGraph, type KnowledgeGraph, type ValidationProblem } from '../kg/model';
import type { MessageKey } from '../i18n/i18n.svelte';
import { deleteStoredMap, loadStoredMaps, readStoredMap } from './map-storage';

export const DEFAULT_MAP_ID = 'default';

export interface ImportedMap {
	id: string;
	title: string;
	fileName: string;
	createdAt: number;
}

export type MapProblem = {
	status: 'error';
	message: MessageKey;
	params: Record<string, string | number>;
	problems: ValidationProblem[];
};

/** The default map's load: a failure is a message to show, never a blank page or an uncaught error. */
export type GraphLoad = { status: 'loading' } | { status: 'ready'; graph: KnowledgeGraph } | MapProblem;

/** What a view shows: the open map, or why there is none yet. */
export type MapState = { status: 'loading' } | { status: 'ready'; map: OpenMap; graph: KnowledgeGraph } | MapProblem;

/** The graphology events that change what a map holds. */
const GRAPH_EVENTS = [
	'nodeAdded',
	'edgeAdded',
	'nodeDropped',
	'edgeDropped',
	'cleared',
	'edgesCleared',
	'attributesUpdated',
	'nodeAttributesUpdated',
	'edgeAttributesUpdated',
	'eachNodeAttributesUpdated',
	'eachEdgeAttributesUpdated'
] as const;
export type MapChange = (typeof GRAPH_EVENTS)[number];

/** One open map: its graph, and the changes made to it while open. */
export class OpenMap {
	readonly id: string;
	readonly graph: KnowledgeGraph;
	/** Ticks on every change of the graph: a `$derived` that reads it recomputes. */
	revision = $state(0);
	#listeners = new Set<(change: MapChange) => void>();
	#unhook: () => void;

	constructor(id: string, graph: KnowledgeGraph) {
		this.id = id;
		this.graph = graph;
		const handlers = GRAPH_EVENTS.map((event) => {
			const handler = () => this.#changed(event);
			graph.on(event, handler);
			return [event, handler] as const;
		});
		this.#unhook = () => handlers.forEach(([event, handler]) => graph.removeListener(event, handler));
	}

	/** The id for links (`?map=`): null for the default map, whose links carry none. */
	get linkId(): string | null {
		return this.id === DEFAULT_MAP_ID ? null : this.id;
	}

	/** Calls `listener` on every change of the graph until the returned function is called. */
	onChange(listener: (change: MapChange) => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	/** Stops listening to the graph: another map was opened. */
	close() {
		this.#unhook();
		this.#listeners.clear();
	}

	#changed(change: MapChange) {
		this.revision++;
		for (const listener of this.#listeners) listener(change);
	}
}

/** Parses a fetched graph.json body into a load result. */
export function readGraphJson(body: string): GraphLoad {
	let data: unknown;
	try {
		data = JSON.parse(body);
	} catch (error) {
		return { status: 'error', message: 'error.json', params: { message: (error as Error).message }, problems: [] };
	}
	const result = validateSerializedGraph(data);
	if (!result.ok)
		return { status: 'error', message: 'error.invalid', params: { count: result.problems.length }, problems: result.problems };
	return { status: 'ready', graph: result.graph };
}

async function fetchDefaultMap(fetchFn: typeof fetch, url: string): Promise<GraphLoad> {
	try {
		const response = await fetchFn(url);
		if (!response.ok) return { status: 'error', message: 'error.fetch', params: { status: `HTTP ${response.status}` }, problems: [] };
		return readGraphJson(await response.text());
	} catch (error) {
		return { status: 'error', message: 'error.fetch', params: { status: String(error) }, problems: [] };
	}
}

/** What to do when the URL names a map this browser does not have. */
export type MissingMap = 'open-default' | 'fail';

export class MapStore {
	imported = $state.raw<ImportedMap[]>([]);
	/** False when IndexedDB could not be used: imported maps last until the tab closes. */
	persistent = $state(true);
	/** The default knowledge base's load. */
	defaultMap = $state.raw<GraphLoad>({ status: 'loading' });
	/** What the views show. */
	current = $state.raw<MapState>({ status: 'loading' });
	/** A map the URL named that this browser does not have, while the default map shows instead. */
	missing = $state<string | null>(null);

	#opening: Promise<MapState> | null = null;
	#graphs = new Map<string, KnowledgeGraph>();
	#restored: Promise<void> | null = null;
	#defaultLoad: Promise<GraphLoad> | null = null;
	readonly #fetch: () => Promise<GraphLoad>;
	readonly #loadStored: typeof loadStoredMaps;

	constructor(
		fetchDefault: () => Promise<GraphLoad> = () => fetchDefaultMap(fetch, asset('/graph.json')),
		loadStored: typeof loadStoredMaps = loadStoredMaps
	) {
		this.#fetch = fetchDefault;
		this.#loadStored = loadStored;
	}

	/** The open map, or null while loading or after a failure. */
	get open(): OpenMap | null {
		return this.current.status === 'ready' ? this.current.map : null;
	}

	/** The open map's id for links: null for the default map. */
	get linkId(): string | null {
		return this.open?.linkId ?? null;
	}

	/** `href` on the open map: `?map=` carried along when it is an imported one. */
	href(href: string): string {
		return withMap(href, this.linkId);
	}

	/** Fetches the default knowledge base once; later calls share the first result. */
	loadDefault(): Promise<GraphLoad> {
		this.#defaultLoad ??= this.#fetch().then((result) => {
			if (result.status === 'ready') this.#graphs.set(DEFAULT_MAP_ID, result.graph);
			return (this.defaultMap = result);
		});
		return this.#defaultLoad;
	}

	/** Reads the stored maps once; a stored map that no longer validates is reported and kept, not fatal. */
	restore(): Promise<void> {
		this.#restored ??= this.#loadStored()
			.then((stored) => {
				const kept: ImportedMap[] = [];
				for (const map of stored) {
					const graph = readStoredMap(map);
					if (!graph) continue;
					this.#graphs.set(map.id, graph);
					kept.push({ id: map.id, title: map.title, fileName: map.fileName, createdAt: map.createdAt });
				}
				this.imported = [...kept, ...this.imported.filter((m) => !kept.some((k) => k.id === m.id))];
			})
			.catch(() => {
				this.persistent = false;
			});
		return this.#restored;
	}

	/**
	 * Opens the map `url` names (`?map=ID`, else the default one). The default map paints at once:
	 * the stored maps are waited for only when the URL asks for one of them. A map this browser
	 * does not have either fails (a teaching view must not teach from another map) or opens the
	 * default map with `missing` set (the explorer says so beside it).
	 */
	openFromUrl(url: URL, ifMissing: MissingMap = 'fail'): Promise<MapState> {
		return (this.#opening = this.#openFromUrl(url, ifMissing));
	}

	/** The open map once the last `openFromUrl` has settled (a page reads it after the layout asked). */
	opened(): Promise<MapState> {
		return this.#opening ?? Promise.resolve(this.current);
	}

	async #openFromUrl(url: URL, ifMissing: MissingMap): Promise<MapState> {
		const wanted = url.searchParams.get('map');
		if (!wanted || wanted === DEFAULT_MAP_ID) {
			void this.restore();
			return this.#openDefault();
		}
		if (this.open?.id === wanted) return this.current;
		await this.restore();
		if (this.#graphs.has(wanted) && wanted !== DEFAULT_MAP_ID) return this.openMap(wanted);
		if (ifMissing === 'fail') {
			this.#close();
			return (this.current = { status: 'error', message: 'io.unknownMap', params: { id: wanted }, problems: [] });
		}
		this.missing = wanted;
		return this.#openDefault();
	}

	async #openDefault(): Promise<MapState> {
		const load = await this.loadDefault();
		if (load.status === 'ready') return this.openMap(DEFAULT_MAP_ID);
		if (load.status === 'error') {
			this.#close();
			this.current = load;
		}
		return this.current;
	}

	/** Opens a map there is (the default one once loaded, or an imported one); another id changes nothing. */
	openMap(id: string): MapState {
		const graph = this.#graphs.get(id);
		if (!graph) return this.current;
		if (this.open?.id === id) return this.current;
		this.#close();
		const map = new OpenMap(id, graph);
		return (this.current = { status: 'ready', map, graph });
	}

	#close() {
		this.open?.close();
	}

	has(id: string): boolean {
		return id === DEFAULT_MAP_ID || this.#graphs.has(id);
	}

	/** A map's graph: an imported one, or the default one once loaded. */
	graphOf(id: string): KnowledgeGraph | null {
		return this.#graphs.get(id) ?? null;
	}

	titleOf(id: string): string | null {
		return this.imported.find((m) => m.id === id)?.title ?? null;
	}

	/** Adds a map the import worker read (and tried to store): `saved` false means it lasts until the tab closes. */
	adopt(map: ImportedMap, graph: KnowledgeGraph, saved: boolean): void {
		this.#graphs.set(map.id, graph);
		this.imported = [...this.imported, map];
		if (!saved) this.persistent = false;
	}

	/** Deletes an imported map; when it was open, the default map opens in its place. */
	async remove(id: string): Promise<void> {
		if (id === DEFAULT_MAP_ID) return;
		this.#graphs.delete(id);
		this.imported = this.imported.filter((m) => m.id !== id);
		if (this.open?.id === id) this.openMap(DEFAULT_MAP_ID);
		try {
			await deleteStoredMap(id);
		} catch {
			this.persistent = false;
		}
	}
}

/** The same view on another map: `?map=` added when the map is an imported one. */
export function withMap(href: string, mapId: string | null): string {
	if (!mapId || mapId === DEFAULT_MAP_ID) return href;
	const [path, hash] = href.split('#');
	const query = `${path}${path.includes('?') ? '&' : '?'}map=${encodeURIComponent(mapId)}`;
	return hash === undefined ? query : `${query}#${hash}`;
}

export const maps = new MapStore();
