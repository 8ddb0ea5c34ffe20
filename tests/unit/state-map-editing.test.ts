/**
 * Editing through the map store: copies, the editor, saving with the history, a reload that
 * finds both, the library's rename / duplicate / undoable delete, and what a failed save leaves.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadStoredMap, saveMapState } from '../../src/lib/state/map-database';
import { DEFAULT_MAP_ID, MapStore, UNDO_REMOVE_MS } from '../../src/lib/state/maps.svelte';
import { storedProblems } from '../../src/lib/state/stored-problems.svelte';
import { buildSmallGraph } from './fixtures/small-graph';

const url = (search = '') => new URL(`http://localhost/${search}`);
const teacher = { type: 'addConcept', label: { id: 'Guru', en: 'Teacher' }, kind: 'konsep' } as const;

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
	// Stores of one test process would hear each other as tabs do; each test is one tab here.
	vi.stubGlobal('BroadcastChannel', undefined);
	storedProblems.dismiss();
});
afterEach(() => {
	vi.restoreAllMocks();
	vi.useRealTimers();
});

// fake-indexeddb runs its work in setImmediate tasks: only the app's own timeouts are faked.
const onlyTimeouts: Parameters<typeof vi.useFakeTimers>[0] = { toFake: ['setTimeout', 'clearTimeout'] };

const newStore = () => new MapStore(async () => ({ status: 'ready', graph: buildSmallGraph() }));

/** A store with an editable copy of the default map open, as a page would have it after `?map=ID`. */
async function editing() {
	const store = newStore();
	await store.openFromUrl(url());
	const id = await store.copyForEditing();
	await store.openFromUrl(url(`?map=${id}`));
	return { store, id, editor: store.editor! };
}

describe('copying a map for editing', () => {
	it('makes a stored copy titled after the original; the default map itself stays read-only', async () => {
		const store = newStore();
		await store.openFromUrl(url());
		expect(store.canEdit).toBe(false);
		expect(store.editor).toBeNull();
		const id = await store.copyForEditing();
		expect(store.titleOf(id)).toBe(`Salinan ${buildSmallGraph().getAttribute('title')}`);
		await store.openFromUrl(url(`?map=${id}`));
		expect(store.canEdit).toBe(true);
		expect(store.records.map((r) => [r.id, r.source])).toEqual([
			[DEFAULT_MAP_ID, 'articles'],
			[id, 'copy']
		]);
		expect(store.records[1]).toMatchObject({ nodes: store.graphOf(DEFAULT_MAP_ID)!.order, edges: store.graphOf(DEFAULT_MAP_ID)!.size });
		// The copy is a graph of its own: editing it leaves the default map as it was.
		store.editor!.apply(teacher);
		expect(store.graphOf(id)!.hasNode('guru')).toBe(true);
		expect(store.graphOf(DEFAULT_MAP_ID)!.hasNode('guru')).toBe(false);
		await store.flush();
		expect((await loadStoredMap(id))?.map).toMatchObject({ source: 'copy', revision: 1 });
	});

	it('stores a map made from text like an imported one', async () => {
		const store = newStore();
		const id = await store.addMap({ title: 'Teks saya', source: 'text' }, buildSmallGraph());
		expect(store.imported.find((m) => m.id === id)).toMatchObject({ title: 'Teks saya', source: 'text', fileName: '' });
		const reloaded = newStore();
		await reloaded.restore();
		expect(reloaded.imported.map((m) => [m.title, m.source])).toEqual([['Teks saya', 'text']]);
	});
});

describe('MapEditor', () => {
	it('applies, refuses without changing anything, undoes and redoes through the open map', async () => {
		const { store, editor } = await editing();
		let changes = 0;
		store.open!.onChange(() => changes++);
		expect(editor.apply(teacher)).toEqual({ ok: true, command: { ...teacher, key: 'guru' } });
		expect(changes).toBeGreaterThan(0);
		expect([editor.canUndo, editor.canRedo, editor.position]).toEqual([true, false, 1]);
		const before = store.open!.graph.export();
		const refused = editor.apply({ type: 'renameConcept', key: 'nowhere', label: { id: 'X', en: 'X' } });
		expect(refused.ok === false && refused.error.code).toBe('unknown-concept');
		expect(store.open!.graph.export()).toEqual(before);
		expect(editor.position).toBe(1);

		editor.undo();
		expect(store.open!.graph.hasNode('guru')).toBe(false);
		expect([editor.canUndo, editor.canRedo, editor.position]).toEqual([false, true, 0]);
		editor.redo();
		expect(store.open!.graph.hasNode('guru')).toBe(true);
		editor.apply({ type: 'renameConcept', key: 'guru', label: { id: 'Pengajar', en: 'Teacher' } });
		expect(editor.items.map((item) => [item.description.key, item.done])).toEqual([
			['edit.history.addConcept', true],
			['edit.history.renameConcept', true]
		]);
		editor.jumpTo(0);
		expect(store.open!.graph.hasNode('guru')).toBe(false);
		expect(editor.items.map((item) => item.done)).toEqual([false, false]);
	});
});

describe('saving and reload', () => {
	it('hands every change over to be written at once, history and all, and a reload can undo', async () => {
		const { store, id, editor } = await editing();
		editor.apply(teacher);
		editor.apply({ type: 'setNote', target: 'concept', key: 'guru', note: 'Catatan **saya**' });
		expect(store.saving).toBe(true);
		await store.flush();
		expect(store.saving).toBe(false);
		const stored = await loadStoredMap(id);
		expect(stored?.map.data.nodes.find((n) => n.key === 'guru')?.attributes).toMatchObject({ origin: 'teacher', note: 'Catatan **saya**' });

		// Another page load: the map as left, its note kept by the contract's schema, and undo works.
		const reloaded = newStore();
		await reloaded.openFromUrl(url(`?map=${id}`));
		expect(reloaded.open!.graph.getNodeAttribute('guru', 'note')).toBe('Catatan **saya**');
		expect(reloaded.editor!.position).toBe(2);
		reloaded.editor!.undo();
		reloaded.editor!.undo();
		expect(reloaded.open!.graph.hasNode('guru')).toBe(false);
		await reloaded.flush();
		expect((await loadStoredMap(id))?.map.data.nodes.some((n) => n.key === 'guru')).toBe(false);
	});

	it('renames and duplicates; a deleted map comes back within the undo time and is gone after it', async () => {
		const { store, id } = await editing();
		await store.rename(id, '  Peta kelas 7  ');
		expect(store.titleOf(id)).toBe('Peta kelas 7');
		expect((await loadStoredMap(id))?.map.title).toBe('Peta kelas 7');
		const copy = await store.duplicate(id);
		expect(store.titleOf(copy)).toBe('Salinan Peta kelas 7');

		vi.useFakeTimers(onlyTimeouts);
		await store.removeUndoable(id);
		expect(store.open?.id).toBe(DEFAULT_MAP_ID);
		expect(store.imported.map((m) => m.id)).toEqual([copy]);
		expect(store.removing.map((m) => m.id)).toEqual([id]);
		await store.undoRemove(id);
		expect(store.imported.map((m) => m.id)).toEqual([id, copy]);
		expect((await loadStoredMap(id))?.map.removedAt).toBeUndefined();

		await store.removeUndoable(copy);
		// A page loaded meanwhile does not list it either.
		const other = newStore();
		await other.restore();
		expect(other.imported.map((m) => m.id)).toEqual([id]);
		await vi.advanceTimersByTimeAsync(UNDO_REMOVE_MS);
		vi.useRealTimers();
		await expect.poll(() => loadStoredMap(copy)).toBeNull();
		expect(store.removing).toEqual([]);
	});
});

describe('two tabs and failures', () => {
	it('keeps both versions when another tab saved the same map in between, and says so', async () => {
		const { store, id, editor } = await editing();
		// Another tab saves first: the stored revision moves past the one this tab knows.
		const stored = (await loadStoredMap(id))!;
		const theirs = { ...stored.map, title: 'Versi tab lain' } as Parameters<typeof saveMapState>[0];
		expect(await saveMapState(theirs, stored.history, stored.map.revision ?? 0)).toMatchObject({ status: 'saved' });

		editor.apply(teacher);
		await store.flush();
		await expect.poll(() => store.open?.graph.hasNode('guru')).toBe(false);
		const mine = store.imported.find((m) => m.source === 'copy' && m.id !== id)!;
		expect(store.graphOf(mine.id)!.hasNode('guru')).toBe(true);
		expect(storedProblems.list).toMatchObject([{ kind: 'conflict', id, copyTitle: mine.title }]);
	});

	it('keeps the map in memory and offers it as a file when the storage is full; the next save clears it', async () => {
		const { store, id, editor } = await editing();
		const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		});
		editor.apply(teacher);
		await store.flush();
		expect(storedProblems.list).toMatchObject([{ kind: 'unsaved', failure: 'quota', id }]);
		const offered = storedProblems.list[0].data as { nodes: { key: string }[] };
		expect(offered.nodes.some((n) => n.key === 'guru')).toBe(true);
		expect(store.open!.graph.hasNode('guru')).toBe(true);
		// A change made before its own save has failed is in the file the notice offers.
		const problem = storedProblems.list[0];
		editor.apply({ type: 'addConcept', label: { id: 'Dosen', en: 'Lecturer' }, kind: 'konsep' });
		expect((problem.data as { nodes: { key: string }[] }).nodes.some((n) => n.key === 'dosen')).toBe(true);
		await store.flush();

		put.mockRestore();
		editor.apply({ type: 'setNote', target: 'concept', key: 'guru', note: 'x' });
		await store.flush();
		expect(storedProblems.list).toEqual([]);
		expect((await loadStoredMap(id))?.map.data.nodes.some((n) => n.key === 'guru')).toBe(true);
	});

	it('opens a map whose history is damaged, as saved, and reports the history', async () => {
		const { store, id, editor } = await editing();
		editor.apply(teacher);
		await store.flush();
		const stored = (await loadStoredMap(id))!;
		await saveMapState(stored.map as Parameters<typeof saveMapState>[0], { version: 1, done: [{ command: 'rusak' }], undone: [] }, stored.map.revision!);
		const reloaded = newStore();
		await reloaded.openFromUrl(url(`?map=${id}`));
		expect(reloaded.open!.graph.hasNode('guru')).toBe(true);
		expect(reloaded.editor!.canUndo).toBe(false);
		expect(storedProblems.list).toMatchObject([{ kind: 'history', id }]);
	});
});
