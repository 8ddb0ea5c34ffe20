/**
 * Imported maps kept in IndexedDB (via idb), so a reload keeps them. Loaded
 * with import() by the maps store; when storage is unavailable (private
 * windows, blocked by policy) maps live for the session only.
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
