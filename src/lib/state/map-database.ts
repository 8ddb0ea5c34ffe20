/**
 * The database of the maps kept in this browser (IndexedDB via idb): plain reads and writes, with
 * no page state, so the import worker can store a new map itself (the page never copies it) and
 * the page can read them back and save its edits. When storage is unavailable (private windows,
 * blocked by policy, full) maps live for the session only.
 *
 * Version 2 (editing) adds to each map record where it came from (`source`), when it last changed
 * (`updatedAt`), a `revision` counted up by every save (two tabs can tell that the other saved),
 * and `removedAt` while a deletion can still be undone; and a store of its own for each map's edit
 * history (the command log), written in the same transaction as the map, so the two never disagree.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { SerializedKnowledgeGraph } from '../kg/model';

/** Where a stored map came from: a file, the user's own text, or a copy of another map. */
export type StoredMapSource = 'imported' | 'text' | 'copy';

export interface StoredMap {
	id: string;
	title: string;
	/** The name of the file it came from ('' when it came from none). */
	fileName: string;
	createdAt: number;
	data: SerializedKnowledgeGraph;
	/** Absent in records of version 1 (all imported): the upgrade and `withDefaults` fill it in. */
	source?: StoredMapSource;
	updatedAt?: number;
	/** Saves so far: a save expecting another number was overtaken by another tab. */
	revision?: number;
	/** Deleted at this time, while the deletion can still be undone. */
	removedAt?: number;
}

/** A map record as version 2 has it: every field there. */
export type StoredMapRecord = Required<Omit<StoredMap, 'removedAt'>> & Pick<StoredMap, 'removedAt'>;

export interface StoredHistory {
	id: string;
	/** `EditHistory.toJSON()`: checked by `EditHistory.fromJSON` when read back. */
	history: unknown;
}

export const DB_NAME = 'peta-konsep';
export const DB_VERSION = 2;
const MAPS = 'maps';
const HISTORIES = 'histories';

type Upgrade = IDBPTransaction<unknown, string[], 'versionchange'>;

/** Version 1 records were all imported from a file; they keep every field they had. */
async function upgradeToVersion2(db: IDBPDatabase, transaction: Upgrade) {
	db.createObjectStore(HISTORIES, { keyPath: 'id' });
	let cursor = await transaction.objectStore(MAPS).openCursor();
	while (cursor) {
		const record = cursor.value as unknown;
		// A damaged record is left as it is: reading it reports it, and it stays to be downloaded.
		if (typeof record === 'object' && record !== null) await cursor.update(withDefaults(record as StoredMap));
		cursor = await cursor.continue();
	}
}

let connection: { factory: IDBFactory; db: Promise<IDBPDatabase> } | null = null;

/**
 * The database, opened once per page or worker and kept: a save should not wait for an open
 * (a round trip, and more on a busy page). Let go when another tab upgrades the database or the
 * browser closes it; the next use opens it again.
 */
export async function openMapDatabase(): Promise<IDBPDatabase> {
	// Reading `indexedDB` throws where there is none (some private windows): this rejects then.
	const factory = indexedDB;
	if (connection?.factory === factory) return connection.db;
	const forget = () => {
		if (connection?.factory === factory) connection = null;
	};
	const db = import('idb').then(({ openDB }) =>
		openDB(DB_NAME, DB_VERSION, {
			async upgrade(db, oldVersion, _newVersion, transaction) {
				if (oldVersion < 1) db.createObjectStore(MAPS, { keyPath: 'id' });
				if (oldVersion < 2) await upgradeToVersion2(db, transaction as unknown as Upgrade);
			},
			// Another tab opening a newer version waits for this one: let it go rather than block it.
			blocking(_current, _next, event) {
				(event.target as IDBDatabase).close();
				forget();
			},
			terminated: forget
		})
	);
	connection = { factory, db };
	db.catch(forget);
	return db;
}

async function withDatabase<T>(use: (db: IDBPDatabase) => Promise<T>): Promise<T> {
	return use(await openMapDatabase());
}

/** A record of any version as version 2 has it. */
export function withDefaults(map: StoredMap): StoredMapRecord {
	return {
		...map,
		fileName: map.fileName ?? '',
		source: map.source ?? 'imported',
		updatedAt: map.updatedAt ?? map.createdAt,
		revision: map.revision ?? 0
	};
}

/** Every stored map (deleted ones waiting for undo too), oldest first, with the histories there are. */
export async function loadStoredState(): Promise<{ maps: StoredMap[]; histories: Map<string, unknown> }> {
	return withDatabase(async (db) => {
		const transaction = db.transaction([MAPS, HISTORIES]);
		const [maps, histories] = await Promise.all([
			transaction.objectStore(MAPS).getAll() as Promise<StoredMap[]>,
			transaction.objectStore(HISTORIES).getAll() as Promise<StoredHistory[]>
		]);
		maps.sort((a, b) => (a?.createdAt ?? 0) - (b?.createdAt ?? 0));
		return { maps, histories: new Map(histories.map((h) => [h.id, h.history])) };
	});
}

/** One stored map and its history, or null when there is none. */
export async function loadStoredMap(id: string): Promise<{ map: StoredMap; history: unknown } | null> {
	return withDatabase(async (db) => {
		const transaction = db.transaction([MAPS, HISTORIES]);
		const [map, history] = await Promise.all([
			transaction.objectStore(MAPS).get(id) as Promise<StoredMap | undefined>,
			transaction.objectStore(HISTORIES).get(id) as Promise<StoredHistory | undefined>
		]);
		return map ? { map, history: history?.history ?? null } : null;
	});
}

export function newMapId(): string {
	return `m${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** A browser whose storage hangs (blocked by another tab, a policy) counts as not storing after this long. */
const SAVE_TIMEOUT_MS = 8000;

function withTimeout<T>(work: Promise<T>): Promise<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_resolve, reject) => {
		timer = setTimeout(() => reject(new DOMException('storage did not answer', 'TimeoutError')), SAVE_TIMEOUT_MS);
	});
	return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Stores a new map; false when storage is blocked, full or silent past the timeout, never an exception. */
export async function storeMap(map: StoredMap): Promise<boolean> {
	try {
		await storeNewMap(map);
		return true;
	} catch (error) {
		console.warn('the map could not be stored', error);
		return false;
	}
}

/** Stores a new map, or rejects with the reason (full, blocked, silent past the timeout). */
export function storeNewMap(map: StoredMap): Promise<void> {
	return withTimeout(saveStoredMap(map));
}

export async function saveStoredMap(map: StoredMap): Promise<void> {
	await withDatabase((db) => db.put(MAPS, withDefaults(map)));
}

export type SaveResult = { status: 'saved'; revision: number } | { status: 'conflict'; revision: number };

/**
 * Saves a map and its history in one transaction, when the stored map is still at `revision`
 * (the one this tab read or last saved); otherwise another tab saved in between, and nothing is
 * written: the caller decides (a silent overwrite would lose the other tab's work).
 */
export async function saveMapState(map: StoredMapRecord, history: unknown, revision: number): Promise<SaveResult> {
	return withTimeout(
		withDatabase(async (db) => {
			const transaction = db.transaction([MAPS, HISTORIES], 'readwrite');
			const maps = transaction.objectStore(MAPS);
			const stored = (await maps.get(map.id)) as StoredMap | undefined;
			const storedRevision = stored ? (stored.revision ?? 0) : 0;
			if (stored && storedRevision !== revision) {
				transaction.abort();
				await transaction.done.catch(() => undefined);
				return { status: 'conflict', revision: storedRevision };
			}
			const next = { ...map, revision: revision + 1 };
			await Promise.all([maps.put(next), transaction.objectStore(HISTORIES).put({ id: map.id, history } satisfies StoredHistory), transaction.done]);
			return { status: 'saved', revision: next.revision };
		})
	);
}

/** Marks a map deleted (`at`) or not (`null`), keeping it stored until the deletion is final. */
export async function markStoredMapRemoved(id: string, at: number | null): Promise<void> {
	await withDatabase(async (db) => {
		const transaction = db.transaction(MAPS, 'readwrite');
		const stored = (await transaction.store.get(id)) as StoredMap | undefined;
		if (stored) {
			const { removedAt: _removed, ...kept } = stored;
			await transaction.store.put(at === null ? kept : { ...kept, removedAt: at });
		}
		await transaction.done;
	});
}

export async function deleteStoredMap(id: string): Promise<void> {
	await withDatabase(async (db) => {
		const transaction = db.transaction([MAPS, HISTORIES], 'readwrite');
		await Promise.all([transaction.objectStore(MAPS).delete(id), transaction.objectStore(HISTORIES).delete(id), transaction.done]);
	});
}
