/**
 * The database of imported maps (IndexedDB via idb): plain reads and writes,
 * with no page state, so the import worker can store a new map itself (the
 * page never copies it) and the page can read them back. When storage is
 * unavailable (private windows, blocked by policy, full) maps live for the
 * session only.
 */
import type { SerializedKnowledgeGraph } from '../kg/model';

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

export function newMapId(): string {
	return `m${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** A browser whose storage hangs (blocked by another tab, a policy) counts as not storing after this long. */
const SAVE_TIMEOUT_MS = 8000;

/** Stores a map; false when storage is blocked, full or silent past the timeout, never an exception. */
export async function storeMap(map: StoredMap): Promise<boolean> {
	const timeout = new Promise<never>((_resolve, reject) => setTimeout(() => reject(new Error('storage did not answer')), SAVE_TIMEOUT_MS));
	try {
		await Promise.race([saveStoredMap(map), timeout]);
		return true;
	} catch (error) {
		console.warn('the map could not be stored', error);
		return false;
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
