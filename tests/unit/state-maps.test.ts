/** The map store: one open map for every view, opened from the URL, announcing its changes. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { saveStoredMap, type StoredMap } from '../../src/lib/state/map-database';
import { DEFAULT_MAP_ID, MapStore, withMap, type GraphLoad } from '../../src/lib/state/maps.svelte';
import { buildEdgeListGraph, buildSmallGraph } from './fixtures/small-graph';

const url = (search = '') => new URL(`http://localhost/mindmap${search}`);

// Every test starts with an empty browser database of its own.
beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
	// Stores of one test process would hear each other as tabs do; each test is one tab here.
	vi.stubGlobal('BroadcastChannel', undefined);
});

async function storeWith(stored: StoredMap[] = [], load?: GraphLoad) {
	for (const map of stored) await saveStoredMap(map);
	let fetches = 0;
	const store = new MapStore(async () => {
		fetches++;
		return load ?? { status: 'ready', graph: buildSmallGraph() };
	});
	return { store, fetches: () => fetches };
}

const imported: StoredMap = {
	id: 'm-1',
	title: 'Peta kelas',
	fileName: 'kelas.json',
	createdAt: 1,
	data: buildEdgeListGraph(['a>b', 'b>c']).export()
};

describe('MapStore.openFromUrl', () => {
	it('opens the default map when the URL names none, and fetches it once', async () => {
		const { store, fetches } = await storeWith();
		const state = await store.openFromUrl(url());
		expect(state.status).toBe('ready');
		expect(store.open?.id).toBe(DEFAULT_MAP_ID);
		expect(store.linkId).toBeNull();
		expect(store.open?.graph.hasNode('kelompok-volunter')).toBe(true);
		await store.openFromUrl(url('?map=default'));
		expect(fetches()).toBe(1);
	});

	it('opens the stored map the URL names, and carries it in links', async () => {
		const { store } = await storeWith([imported]);
		await store.openFromUrl(url('?map=m-1'));
		expect(store.open?.id).toBe('m-1');
		expect(store.open?.graph.order).toBe(3);
		expect(store.imported.map((m) => m.title)).toEqual(['Peta kelas']);
		expect(store.href('/quiz')).toBe('/quiz?map=m-1');
		expect(store.href('/read/d?concept=a#passage-p')).toBe('/read/d?concept=a&map=m-1#passage-p');
	});

	it('fails on a map this browser does not have, unless asked to show the default one beside a note', async () => {
		const { store } = await storeWith([imported]);
		const failed = await store.openFromUrl(url('?map=nope'));
		expect(failed).toMatchObject({ status: 'error', message: 'io.unknownMap', params: { id: 'nope' } });
		expect(store.open).toBeNull();
		expect(store.missing).toBeNull();

		await store.openFromUrl(url('?map=nope'), 'open-default');
		expect(store.open?.id).toBe(DEFAULT_MAP_ID);
		expect(store.missing).toBe('nope');
	});

	it('shows why the default map did not load', async () => {
		const { store } = await storeWith([], { status: 'error', message: 'error.fetch', params: { status: 'HTTP 500' }, problems: [] });
		expect(await store.openFromUrl(url())).toMatchObject({ status: 'error', message: 'error.fetch' });
		expect(store.open).toBeNull();
	});

	it('waits for the last open: a page reads the map its layout asked for', async () => {
		const { store } = await storeWith([imported]);
		void store.openFromUrl(url('?map=m-1'));
		expect(store.open).toBeNull();
		const state = await store.opened();
		expect(state.status === 'ready' && state.map.id).toBe('m-1');
	});
});

describe('MapStore switching and removing', () => {
	it('keeps one open map: opening another closes the first, an unknown id changes nothing', async () => {
		const { store } = await storeWith([imported]);
		await store.openFromUrl(url());
		await store.restore();
		const first = store.open!;
		store.openMap('m-1');
		expect(store.open?.id).toBe('m-1');
		store.openMap('not-there');
		expect(store.open?.id).toBe('m-1');
		// The closed map no longer reports changes of its graph.
		let heard = 0;
		first.onChange(() => heard++);
		first.graph.setAttribute('title', 'changed');
		expect(heard).toBe(0);
	});

	it('opens the default map in place of an open map that is deleted', async () => {
		const { store } = await storeWith([imported]);
		await store.openFromUrl(url('?map=m-1'));
		await store.loadDefault();
		await store.remove('m-1');
		expect(store.open?.id).toBe(DEFAULT_MAP_ID);
		expect(store.imported).toEqual([]);
		expect(store.has('m-1')).toBe(false);
	});
});

describe('OpenMap change events', () => {
	it('announces every change of the graph, and counts them in its revision', async () => {
		const { store } = await storeWith();
		await store.openFromUrl(url());
		const open = store.open!;
		const changes: string[] = [];
		const stop = open.onChange((change) => changes.push(change));
		open.graph.addNode('baru', { ...open.graph.getNodeAttributes('kelompok-volunter'), label: 'Baru' });
		open.graph.setNodeAttribute('baru', 'label', 'Baru sekali');
		open.graph.addEdge('baru', 'kelompok-volunter', { ...open.graph.getEdgeAttributes(open.graph.edges()[0]) });
		open.graph.dropNode('baru');
		expect(changes).toEqual(['nodeAdded', 'nodeAttributesUpdated', 'edgeAdded', 'edgeDropped', 'nodeDropped']);
		expect(open.revision).toBe(5);
		stop();
		open.graph.setAttribute('title', 'x');
		expect(changes).toHaveLength(5);
		expect(open.revision).toBe(6);
	});
});

describe('withMap', () => {
	it('adds ?map= for an imported map only, before any #fragment', () => {
		expect(withMap('/quiz', null)).toBe('/quiz');
		expect(withMap('/quiz', DEFAULT_MAP_ID)).toBe('/quiz');
		expect(withMap('/present?tour=t', 'm 1')).toBe('/present?tour=t&map=m%201');
		expect(withMap('/read/d#passage-p', 'm')).toBe('/read/d?map=m#passage-p');
	});
});
