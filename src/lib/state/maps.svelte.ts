/**
 * The map store: the one source of truth for the maps there are (the default knowledge base
 * and the ones kept in this browser: imported, made from the user's own text, copied) and for
 * the map that is open. Every view reads the open map from here and nothing keeps its own copy:
 * the explorer, the teaching views, the reader and the tours all follow `maps.open`.
 *
 * The open map announces its changes the way graphology does to sigma.js: `OpenMap.onChange`
 * and its `revision` rune tick on every change of the graph, so a view derived from it redraws.
 * Every map but the default one can be edited (`editor`); each change is handed at once to the
 * save worker with the map's history (`map-save-client.ts`), and another tab's save of the same
 * map is seen here (`map-sync.ts`). Importing adds a map beside the others; nothing here replaces an existing one.
 */
import { asset } from '$app/paths';
import { EditHistory } from '../kg/edit/history';
import { graphFromSerialized, validateSerializedGraph, type KnowledgeGraph, type ValidationProblem } from '../kg/model';
import { locale, type MessageKey } from '../i18n/i18n.svelte';
import { newMapId, withDefaults, type StoredMap, type StoredMapRecord, type StoredMapSource } from './map-database';
import { MapEditor } from './map-editor.svelte';
import { prepareSaving, saveMap } from './map-save-client';
import {
	deleteStoredMap,
	loadStoredMap,
	loadStoredState,
	markStoredMapRemoved,
	readStoredHistory,
	readStoredMap,
	storeNewMap
} from './map-storage';
import { openMapChannel, type MapChannel, type MapMessage } from './map-sync';
import { storedProblems, saveFailureOf } from './stored-problems.svelte';

export const DEFAULT_MAP_ID = 'default';

/** Where a map came from: the articles (the default map), a file, the user's own text, a copy. */
export type MapSource = 'articles' | StoredMapSource;

/** A map as the library lists it. */
export interface MapRecord {
	id: string;
	title: string;
	source: MapSource;
	/** The file it came from ('' when none). */
	fileName: string;
	createdAt: number;
	updatedAt: number;
	nodes: number;
	edges: number;
}

/** A new map the import worker stored (or tried to). */
export interface ImportedMap {
	id: string;
	title: string;
	fileName: string;
	createdAt: number;
	source?: StoredMapSource;
}

/** How long a deleted map can be brought back before it is deleted for good. */
export const UNDO_REMOVE_MS = 10_000;

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

function recordOf(map: StoredMapRecord, graph: KnowledgeGraph): MapRecord {
	return {
		id: map.id,
		title: map.title,
		source: map.source,
		fileName: map.fileName,
		createdAt: map.createdAt,
		updatedAt: map.updatedAt,
		nodes: graph.order,
		edges: graph.size
	};
}

/** A graph of its own with the same content (attributes copied, never shared). */
function copyGraph(graph: KnowledgeGraph): KnowledgeGraph {
	return graphFromSerialized(structuredClone(graph.export()));
}

export class MapStore {
	/** The maps kept in this browser, oldest first (a deleted one leaves at once, even while it can be undone). */
	imported = $state.raw<MapRecord[]>([]);
	/** False when IndexedDB could not be used: maps made here last until the tab closes. */
	persistent = $state(true);
	/** The default knowledge base's load. */
	defaultMap = $state.raw<GraphLoad>({ status: 'loading' });
	/** What the views show. */
	current = $state.raw<MapState>({ status: 'loading' });
	/** A map the URL named that this browser does not have, while the default map shows instead. */
	missing = $state<string | null>(null);
	/** Edits the open map; null for the default map (read-only) and while none is open. */
	editor = $state.raw<MapEditor | null>(null);
	/** Deleted maps that can still be brought back, newest last. */
	removing = $state.raw<MapRecord[]>([]);

	#opening: Promise<MapState> | null = null;
	#graphs = new Map<string, KnowledgeGraph>();
	#histories = new Map<string, EditHistory>();
	/** The stored revision of each map as this tab last read or saved it. */
	#revisions = new Map<string, number>();
	/** Writes handed over and not yet answered, per map. */
	#writes = new Map<string, Set<Promise<void>>>();
	/** Maps whose save found another tab's in between, while both versions are being kept. */
	#conflicts = new Set<string>();
	#removals = new Map<string, { graph: KnowledgeGraph; timer: ReturnType<typeof setTimeout> }>();
	#channel: MapChannel | null = null;
	#restored: Promise<void> | null = null;
	#defaultLoad: Promise<GraphLoad> | null = null;
	readonly #fetch: () => Promise<GraphLoad>;

	constructor(fetchDefault: () => Promise<GraphLoad> = () => fetchDefaultMap(fetch, asset('/graph.json'))) {
		this.#fetch = fetchDefault;
	}

	/** The open map, or null while loading or after a failure. */
	get open(): OpenMap | null {
		return this.current.status === 'ready' ? this.current.map : null;
	}

	/** The open map's id for links: null for the default map. */
	get linkId(): string | null {
		return this.open?.linkId ?? null;
	}

	/** Whether the open map can be edited: every map but the default one built from the articles. */
	get canEdit(): boolean {
		return this.editor !== null;
	}

	/** Every map, the default one first (once loaded), for the library. */
	get records(): MapRecord[] {
		const load = this.defaultMap;
		if (load.status !== 'ready') return this.imported;
		const graph = load.graph;
		const articles: MapRecord = {
			id: DEFAULT_MAP_ID,
			title: graph.getAttribute('title'),
			source: 'articles',
			fileName: '',
			createdAt: 0,
			updatedAt: 0,
			nodes: graph.order,
			edges: graph.size
		};
		return [articles, ...this.imported];
	}

	/** Whether changes wait to be written. */
	get saving(): boolean {
		return this.#writes.size > 0;
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

	/**
	 * Reads the stored maps once; a stored map that no longer validates is reported and kept, not
	 * fatal. Deletions older than the undo time (the tab closed meanwhile) are made final here.
	 */
	restore(): Promise<void> {
		this.#restored ??= this.#restore();
		return this.#restored;
	}

	async #restore() {
		this.#channel ??= openMapChannel((message) => void this.#heard(message));
		let stored: Awaited<ReturnType<typeof loadStoredState>>;
		try {
			stored = await loadStoredState();
		} catch (error) {
			this.persistent = false;
			console.warn('stored maps could not be read', error);
			return;
		}
		const kept: MapRecord[] = [];
		for (const raw of stored.maps) {
			if (raw?.removedAt !== undefined) {
				if (Date.now() - raw.removedAt >= UNDO_REMOVE_MS) void deleteStoredMap(raw.id).catch(() => undefined);
				continue;
			}
			const record = this.#adoptStored(raw, stored.histories.get(raw?.id));
			if (record) kept.push(record);
		}
		this.imported = [...kept, ...this.imported.filter((m) => !kept.some((k) => k.id === m.id))];
	}

	/** Takes in a map read from storage: its graph, history and revision; null when it does not open. */
	#adoptStored(raw: StoredMap, history: unknown): MapRecord | null {
		const graph = readStoredMap(raw);
		if (!graph) return null;
		const map = withDefaults(raw);
		this.#graphs.set(map.id, graph);
		this.#histories.set(map.id, readStoredHistory(map, history));
		this.#revisions.set(map.id, map.revision);
		return recordOf(map, graph);
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

	/** Opens a map there is (the default one once loaded, or a stored one); another id changes nothing. */
	openMap(id: string): MapState {
		if (!this.#graphs.has(id) || this.open?.id === id) return this.current;
		return this.#show(id);
	}

	/** Shows map `id` afresh (a new `OpenMap`, and an editor unless it is the default map). */
	#show(id: string): MapState {
		const graph = this.#graphs.get(id)!;
		this.#close();
		const map = new OpenMap(id, graph);
		if (id !== DEFAULT_MAP_ID) {
			prepareSaving();
			this.editor = new MapEditor(map, this.#historyOf(id), () => void this.#save(id));
		}
		return (this.current = { status: 'ready', map, graph });
	}

	#historyOf(id: string): EditHistory {
		let history = this.#histories.get(id);
		if (!history) this.#histories.set(id, (history = new EditHistory()));
		return history;
	}

	#close() {
		this.editor = null;
		this.open?.close();
	}

	/** Resolves once every change made so far is written (or its failure reported). */
	async flush(): Promise<void> {
		while (this.#writes.size > 0) await Promise.all([...this.#writes.values()].flatMap((writes) => [...writes]));
	}

	/** Resolves once the writes of map `id` handed over so far are answered. */
	async #settled(id: string): Promise<void> {
		for (let writes = this.#writes.get(id); writes; writes = this.#writes.get(id)) await Promise.all([...writes]);
	}

	has(id: string): boolean {
		return id === DEFAULT_MAP_ID || this.#graphs.has(id);
	}

	/** A map's graph: a stored one, or the default one once loaded. */
	graphOf(id: string): KnowledgeGraph | null {
		return this.#graphs.get(id) ?? null;
	}

	titleOf(id: string): string | null {
		return this.imported.find((m) => m.id === id)?.title ?? null;
	}

	/** Adds a map the import worker read (and tried to store): `saved` false means it lasts until the tab closes. */
	adopt(map: ImportedMap, graph: KnowledgeGraph, saved: boolean): void {
		const record = withDefaults({ ...map, data: undefined! });
		this.#graphs.set(map.id, graph);
		this.#revisions.set(map.id, record.revision);
		this.imported = [...this.imported, recordOf(record, graph)];
		if (!saved) this.persistent = false;
		else this.#channel?.post({ type: 'changed', id: map.id });
	}

	/** Stores a new map (the user's own text, a copy) beside the others; resolves to its id. */
	async addMap(meta: { title: string; source: StoredMapSource; fileName?: string }, graph: KnowledgeGraph): Promise<string> {
		const now = Date.now();
		const map: StoredMap = { id: newMapId(), title: meta.title, fileName: meta.fileName ?? '', createdAt: now, updatedAt: now, source: meta.source, revision: 0, data: graph.export() };
		await this.#addStored(map, graph);
		return map.id;
	}

	/** Stores a new map and lists it; when storing fails it is listed all the same, and the notice says so. */
	async #addStored(map: StoredMap, graph: KnowledgeGraph) {
		let saved = true;
		try {
			await storeNewMap(map);
		} catch (error) {
			saved = false;
			this.#reportUnsaved(map.id, map.title, graph, error);
		}
		this.adopt(map, graph, saved);
	}

	/** An editable copy of map `id` ("Salinan …" / "Copy of …"), stored; the caller opens `?map=` it. */
	async copyForEditing(id = this.open?.id ?? DEFAULT_MAP_ID): Promise<string> {
		if (id === DEFAULT_MAP_ID) await this.loadDefault();
		const graph = this.#graphs.get(id);
		if (!graph) throw new Error(`there is no map "${id}" to copy`);
		const title = this.titleOf(id) ?? graph.getAttribute('title');
		return this.addMap({ title: locale.t('maps.copyTitle', { title }), source: 'copy' }, copyGraph(graph));
	}

	/** Another copy of a map, as the library's "duplicate" makes it. */
	duplicate(id: string): Promise<string> {
		return this.copyForEditing(id);
	}

	/** Gives a stored map another title. */
	async rename(id: string, title: string): Promise<void> {
		const name = title.trim();
		if (id === DEFAULT_MAP_ID || !name || !this.#graphs.has(id)) return;
		this.imported = this.imported.map((m) => (m.id === id ? { ...m, title: name } : m));
		await this.#save(id);
	}

	/** Deletes a stored map for good; when it was open, the default map opens in its place. */
	async remove(id: string): Promise<void> {
		if (id === DEFAULT_MAP_ID) return;
		this.#forget(id);
		this.#dropRemoval(id);
		try {
			await deleteStoredMap(id);
			this.#channel?.post({ type: 'removed', id });
		} catch {
			this.persistent = false;
		}
	}

	/**
	 * Deletes a map so that `undoRemove` can bring it back for `UNDO_REMOVE_MS`; then it is gone
	 * for good. The stored record is only marked meanwhile, so a reload or another tab agrees.
	 */
	async removeUndoable(id: string): Promise<void> {
		const record = this.imported.find((m) => m.id === id);
		const graph = this.#graphs.get(id);
		if (!record || !graph) return;
		await this.#settled(id);
		this.#forget(id);
		const timer = setTimeout(() => void this.remove(id), UNDO_REMOVE_MS);
		this.#removals.set(id, { graph, timer });
		this.removing = [...this.removing, record];
		await this.#storage(() => markStoredMapRemoved(id, Date.now()));
		this.#channel?.post({ type: 'removed', id });
	}

	/** Brings back a map deleted with `removeUndoable`, where it was in the list. */
	async undoRemove(id: string): Promise<void> {
		const removal = this.#removals.get(id);
		const record = this.removing.find((m) => m.id === id);
		if (!removal || !record) return;
		this.#dropRemoval(id);
		this.#graphs.set(id, removal.graph);
		this.imported = [...this.imported, record].sort((a, b) => a.createdAt - b.createdAt);
		await this.#storage(() => markStoredMapRemoved(id, null));
		this.#channel?.post({ type: 'changed', id });
	}

	#dropRemoval(id: string) {
		const removal = this.#removals.get(id);
		if (removal) clearTimeout(removal.timer);
		this.#removals.delete(id);
		this.removing = this.removing.filter((m) => m.id !== id);
	}

	/** Forgets a map in this tab; the default map opens in place of it. */
	#forget(id: string) {
		if (this.open?.id === id) this.openMap(DEFAULT_MAP_ID);
		this.#graphs.delete(id);
		this.imported = this.imported.filter((m) => m.id !== id);
	}

	async #storage(work: () => Promise<void>) {
		try {
			await work();
		} catch {
			this.persistent = false;
		}
	}

	/**
	 * Hands map `id` as it is now, with its history, to be written: at once, on every change (the
	 * save worker batches what comes faster than it writes), so a change is safe as soon as that
	 * write ends, however busy the page is. A failure is reported with the map to download (it
	 * stays in memory, and the next change tries again); another tab's save in between is a
	 * conflict, resolved without losing either version.
	 */
	#save(id: string): Promise<void> {
		const graph = this.#graphs.get(id);
		const record = this.imported.find((m) => m.id === id);
		if (!graph || !record) return Promise.resolve();
		const now = Date.now();
		const revision = this.#revisions.get(id) ?? 0;
		const map: StoredMapRecord = { id, title: record.title, fileName: record.fileName, createdAt: record.createdAt, source: record.source as StoredMapSource, updatedAt: now, revision, data: graph.export() };
		const written = this.#write(map, this.#histories.get(id)?.toJSON() ?? null, graph);
		const writes = this.#writes.get(id) ?? new Set();
		this.#writes.set(id, writes.add(written));
		return written.finally(() => {
			writes.delete(written);
			if (writes.size === 0 && this.#writes.get(id) === writes) this.#writes.delete(id);
		});
	}

	async #write(map: StoredMapRecord, history: unknown, graph: KnowledgeGraph): Promise<void> {
		const { id } = map;
		try {
			const result = await saveMap(map, history, map.revision);
			if (result.status === 'conflict') {
				// Written before the other tab's version was taken in: that conflict is settled.
				if (map.revision < (this.#revisions.get(id) ?? 0)) return;
				return this.#keepBoth(id);
			}
			this.#revisions.set(id, Math.max(result.revision, this.#revisions.get(id) ?? 0));
			this.imported = this.imported.map((m) => (m.id === id ? { ...m, updatedAt: map.updatedAt, nodes: graph.order, edges: graph.size } : m));
			storedProblems.resolve('map', id);
			this.#channel?.post({ type: 'changed', id });
		} catch (error) {
			this.#reportUnsaved(id, map.title, graph, error);
		}
	}

	#reportUnsaved(id: string, title: string, graph: KnowledgeGraph, error: unknown) {
		const failure = saveFailureOf(error);
		if (failure === 'unavailable') this.persistent = false;
		// The file offered is the map as it is when downloaded: changes made after this failure, whose own
		// saves have not failed yet, are in it too.
		storedProblems.report({
			store: 'map',
			id,
			title,
			kind: 'unsaved',
			failure,
			reason: String((error as Error)?.message ?? error),
			get data() {
				return graph.export();
			}
		});
	}

	/**
	 * Another tab saved this map while this one had changes of its own: this tab's version (as it
	 * is now, every change of this tab in it) is stored as a map of its own, the other tab's is
	 * shown, and the notice says both. Editing waits meanwhile, so no change falls between the two.
	 */
	async #keepBoth(id: string) {
		const graph = this.#graphs.get(id);
		const record = this.imported.find((m) => m.id === id);
		if (!graph || !record || this.#conflicts.has(id)) return;
		this.#conflicts.add(id);
		if (this.open?.id === id) this.editor = null;
		try {
			const now = Date.now();
			const time = new Intl.DateTimeFormat(locale.lang === 'id' ? 'id-ID' : 'en-GB', { timeStyle: 'short' }).format(now);
			const title = locale.t('maps.conflictTitle', { title: record.title, time });
			const copy: StoredMap = { id: newMapId(), title, fileName: record.fileName, source: 'copy', createdAt: now, updatedAt: now, revision: 0, data: graph.export() };
			const history = this.#histories.get(id)?.toJSON();
			await this.#addStored(copy, graphFromSerialized(structuredClone(copy.data)));
			if (history) this.#histories.set(copy.id, readStoredHistory(copy, history));
			storedProblems.report({ store: 'map', id, title: record.title, kind: 'conflict', copyTitle: title, reason: '', data: copy.data });
			await this.#reload(id, true);
		} finally {
			this.#conflicts.delete(id);
		}
	}

	/** What another tab said it did to a map. */
	async #heard(message: MapMessage) {
		if (message.type === 'removed') {
			this.#forget(message.id);
			return;
		}
		await this.#reload(message.id);
	}

	/**
	 * Reads map `id` again from storage, and shows it afresh when it is open. This tab's own
	 * writes are answered first (one that finds the other tab's save keeps both versions), and a
	 * change made while reading sends it round again: the stored version never replaces a change
	 * not written. `conflict`: this tab's version is kept already, show the stored one.
	 */
	async #reload(id: string, conflict = false) {
		for (;;) {
			if (!conflict) await this.#settled(id);
			if (this.#conflicts.has(id) && !conflict) return;
			let loaded: Awaited<ReturnType<typeof loadStoredMap>>;
			try {
				loaded = await loadStoredMap(id);
			} catch {
				return;
			}
			if (!conflict && this.#writes.has(id)) continue;
			if (!loaded || loaded.map.removedAt !== undefined) return this.#forget(id);
			if (loaded.map.revision === this.#revisions.get(id) && this.#graphs.has(id) && !conflict) return;
			const record = this.#adoptStored(loaded.map, loaded.history);
			if (!record) return;
			const known = this.imported.some((m) => m.id === id);
			this.imported = known ? this.imported.map((m) => (m.id === id ? record : m)) : [...this.imported, record];
			if (this.open?.id === id) this.#show(id);
			return;
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

declare global {
	interface Window {
		/**
		 * The automation hook of the map store (as `window.cy` is of the view): for end-to-end tests,
		 * the kill test and embedding to read the maps and drive the open map's editor. App code
		 * imports `maps` instead.
		 */
		maps?: MapStore;
	}
}
if (typeof window !== 'undefined') window.maps = maps;
