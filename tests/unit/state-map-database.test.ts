/**
 * The browser database across versions: maps stored by version 1 (before editing) open unchanged
 * once version 2 upgrades the database, and an edited map keeps what editing adds.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { validateSerializedGraph } from '../../src/lib/kg/model';
import { DB_NAME, DB_VERSION, loadStoredMap } from '../../src/lib/state/map-database';
import { MapStore } from '../../src/lib/state/maps.svelte';
import { storedProblems } from '../../src/lib/state/stored-problems.svelte';
import { buildEdgeListGraph, buildSmallGraph } from './fixtures/small-graph';

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
	// Stores of one test process would hear each other as tabs do; each test is one tab here.
	vi.stubGlobal('BroadcastChannel', undefined);
	storedProblems.dismiss();
});

/** The database exactly as version 1 of the app wrote it: one store, records without source or revision. */
async function writeVersion1(records: unknown[]) {
	const db = await openDB(DB_NAME, 1, {
		upgrade(db) {
			db.createObjectStore('maps', { keyPath: 'id' });
		}
	});
	for (const record of records) await db.put('maps', record);
	db.close();
}

const imported = { id: 'm-old', title: 'Peta kelas', fileName: 'kelas.json', createdAt: 1_700_000_000_000, data: buildEdgeListGraph(['a>b', 'b>c']).export() };

describe('upgrading the database from version 1', () => {
	it('opens a map imported before editing existed unchanged, as an imported map', async () => {
		await writeVersion1([imported]);
		const store = new MapStore(async () => ({ status: 'ready', graph: buildSmallGraph() }));
		await store.openFromUrl(new URL(`http://localhost/?map=m-old`));
		expect(store.open?.graph.export()).toEqual((validateSerializedGraph(structuredClone(imported.data)) as { ok: true; graph: { export(): unknown } }).graph.export());
		expect(store.imported).toEqual([
			{ id: 'm-old', title: 'Peta kelas', source: 'imported', fileName: 'kelas.json', createdAt: imported.createdAt, updatedAt: imported.createdAt, nodes: 3, edges: 2 }
		]);
		const stored = await loadStoredMap('m-old');
		expect(stored).toEqual({ map: { ...imported, source: 'imported', updatedAt: imported.createdAt, revision: 0 }, history: null });
		const db = await openDB(DB_NAME);
		expect([db.version, [...db.objectStoreNames]]).toEqual([DB_VERSION, ['histories', 'maps']]);
		db.close();
		// Editable, and its first save counts from the migrated revision.
		store.editor!.apply({ type: 'renameConcept', key: 'a', label: { id: 'A baru', en: 'New A' } });
		await store.flush();
		expect((await loadStoredMap('m-old'))?.map.revision).toBe(1);
	});

	it('keeps a damaged version 1 record as it was, and reports it', async () => {
		await writeVersion1([{ id: 'broken', title: 'Rusak', fileName: 'x.json', createdAt: 2, data: { nodes: 'no' } }, { id: 'odd', data: null }]);
		const store = new MapStore(async () => ({ status: 'ready', graph: buildSmallGraph() }));
		await store.restore();
		expect(store.imported).toEqual([]);
		expect(storedProblems.list.map((p) => p.id).sort()).toEqual(['broken', 'odd']);
		expect((await loadStoredMap('broken'))?.map.data).toEqual({ nodes: 'no' });
	});
});

describe('the contract keeps what editing adds', () => {
	it('reads back a teacher’s concept, note, hidden and pinned nodes and a noted relation', () => {
		const graph = buildEdgeListGraph(['a>b']);
		graph.mergeNodeAttributes('a', { origin: 'teacher', note: 'Catatan', hidden: true, pinned: true });
		graph.mergeEdgeAttributes(graph.edges()[0], { origin: 'teacher', note: 'Mengapa' });
		const result = validateSerializedGraph(structuredClone(graph.export()));
		expect(result.ok && result.graph.export()).toEqual(graph.export());
	});

	it('refuses edit attributes of the wrong type, naming the field', () => {
		const data = buildEdgeListGraph(['a>b']).export();
		Object.assign(data.nodes[0].attributes!, { hidden: 'yes' });
		Object.assign(data.nodes[1].attributes!, { origin: 'file' });
		const result = validateSerializedGraph(data);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.problems.map((p) => p.path)).toEqual(['nodes.0.attributes.hidden', 'nodes.1.attributes.origin']);
	});
});
