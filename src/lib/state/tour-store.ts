/**
 * The teacher's tours, kept in this browser (IndexedDB through idb). A saved
 * tour with a generated tour's id is that tour, edited; it replaces the
 * generated one until deleted.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { validateTourShape } from '../kg/io/tour-file';
import type { Tour } from '../kg/tour-model';
import { reasonOf, storedProblems, storedTitle } from './stored-problems.svelte';

const DB_NAME = 'peta-konsep-tours';
const STORE = 'tours';

let database: Promise<IDBPDatabase> | null = null;

function db(): Promise<IDBPDatabase> {
	database ??= openDB(DB_NAME, 1, {
		upgrade(upgrading) {
			upgrading.createObjectStore(STORE, { keyPath: 'id' });
		}
	});
	return database;
}

/** The saved tours that still read as tours; one that does not is reported (and left stored). */
export async function savedTours(): Promise<Tour[]> {
	const stored: unknown[] = await (await db()).getAll(STORE);
	const tours = stored.map(readStoredTour).filter((tour): tour is Tour => tour !== undefined);
	return tours.sort((x, y) => (y.updated ?? 0) - (x.updated ?? 0));
}

export async function savedTour(id: string): Promise<Tour | undefined> {
	return readStoredTour(await (await db()).get(STORE, id));
}

function readStoredTour(record: unknown): Tour | undefined {
	if (record === undefined) return undefined;
	const read = validateTourShape(record);
	if (read.ok) return read.tour;
	const id = String((record as { id?: unknown } | null)?.id);
	storedProblems.report({ store: 'tour', id, title: storedTitle(record, id), reason: reasonOf(read.problems), data: record });
	return undefined;
}

/** Stores a copy stamped with the save time; the stamped copy is returned. */
export async function saveTour(tour: Tour): Promise<Tour> {
	// $state proxies cannot be cloned into IndexedDB: store plain data.
	const stored: Tour = { ...JSON.parse(JSON.stringify(tour)), generated: false, updated: Date.now() };
	await (await db()).put(STORE, stored);
	return stored;
}

export async function deleteTour(id: string): Promise<void> {
	await (await db()).delete(STORE, id);
}

/** A fresh id for a tour the teacher creates or imports as a copy. */
export function newTourId(): string {
	return `tour-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
}
