/**
 * Imported maps kept in IndexedDB (via idb), so a reload keeps them. Loaded
 * with import() by the maps store; when storage is unavailable (private
 * windows, blocked by policy) maps live for the session only.
 */
import { validateSerializedGraph, type KnowledgeGraph, type SerializedKnowledgeGraph } from '../kg/model';
import { reasonOf, storedProblems, storedTitle } from './stored-problems.svelte';

export interface StoredMap {
	id: string;
	title: string;
	/** The name of the file it came from. */
	fileName: string;
	createdAt: number;
	data: SerializedKnowledgeGraph;
}

const DB_NAME = 'peta-konsep';
const STORE = 'maps';

async function database() {
	const { openDB } = await import('idb');
	return openDB(DB_NAME, 1, {
		upgrade(db) {
			if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE, { keyPath: 'id' });
		}
	});
}

export async function loadStoredMaps(): Promise<StoredMap[]> {
	const db = await database();
	try {
		const maps = (await db.getAll(STORE)) as StoredMap[];
		return maps.sort((a, b) => a.createdAt - b.createdAt);
	} finally {
		db.close();
	}
}

export async function saveStoredMap(map: StoredMap): Promise<void> {
	const db = await database();
	try {
		await db.put(STORE, map);
	} finally {
		db.close();
	}
}

export async function deleteStoredMap(id: string): Promise<void> {
	const db = await database();
	try {
		await db.delete(STORE, id);
	} finally {
		db.close();
	}
}

/** A stored map's graph, or null after reporting why it cannot open (it stays stored, to be downloaded). */
export function readStoredMap(map: StoredMap): KnowledgeGraph | null {
	let reason: string;
	try {
		const result = validateSerializedGraph(map?.data);
		if (result.ok) return result.graph;
		reason = reasonOf(result.problems);
	} catch (error) {
		reason = error instanceof Error ? error.message : String(error);
	}
	const id = String(map?.id);
	storedProblems.report({ store: 'map', id, title: storedTitle(map, id), fileName: map?.fileName, reason, data: map?.data ?? map });
	return null;
}
