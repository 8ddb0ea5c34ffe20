/**
 * The teacher's tours, kept in this browser (IndexedDB through idb). A saved
 * tour with a generated tour's id is that tour, edited; it replaces the
 * generated one until deleted.
 *
 * A tour belongs to the map it was saved on. The default map's tours are stored
 * as they always were (under their own id); an imported map's tours carry its id
 * (`map`) and are stored under `MAP/ID`, so the same tour id on two maps is two tours.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { validateTourShape } from '../kg/io/tour-file';
import type { Tour } from '../kg/tour-model';
import { DEFAULT_MAP_ID } from './maps.svelte';
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

/** A stored record: a tour, with the imported map it belongs to (none: the default map). */
type TourRecord = Tour & { map?: string; tourId?: string };

function storageKey(mapId: string, id: string): string {
	return mapId === DEFAULT_MAP_ID ? id : `${mapId}/${id}`;
}

function mapOf(record: unknown): string {
	const map = (record as { map?: unknown } | null)?.map;
	return typeof map === 'string' ? map : DEFAULT_MAP_ID;
}

/** The saved tours of one map that still read as tours; one that does not is reported (and left stored). */
export async function savedTours(mapId: string): Promise<Tour[]> {
	const stored: unknown[] = await (await db()).getAll(STORE);
	const tours = stored
		.filter((record) => mapOf(record) === mapId)
		.map(readStoredTour)
		.filter((tour): tour is Tour => tour !== undefined);
	return tours.sort((x, y) => (y.updated ?? 0) - (x.updated ?? 0));
}

export async function savedTour(mapId: string, id: string): Promise<Tour | undefined> {
	return readStoredTour(await (await db()).get(STORE, storageKey(mapId, id)));
}

function readStoredTour(record: unknown): Tour | undefined {
	if (record === undefined) return undefined;
	const { map, tourId, ...tour } = record as TourRecord;
	const read = validateTourShape(map === undefined ? record : { ...tour, id: tourId });
	if (read.ok) return read.tour;
	const id = String((record as { id?: unknown } | null)?.id);
	storedProblems.report({ store: 'tour', id, title: storedTitle(record, id), reason: reasonOf(read.problems), data: record });
	return undefined;
}

/** Stores a copy stamped with the save time, on the map it belongs to; the stamped copy is returned. */
export async function saveTour(mapId: string, tour: Tour): Promise<Tour> {
	// $state proxies cannot be cloned into IndexedDB: store plain data.
	const stored: Tour = { ...JSON.parse(JSON.stringify(tour)), generated: false, updated: Date.now() };
	const record: TourRecord =
		mapId === DEFAULT_MAP_ID ? stored : { ...stored, id: storageKey(mapId, stored.id), map: mapId, tourId: stored.id };
	await (await db()).put(STORE, record);
	return stored;
}

export async function deleteTour(mapId: string, id: string): Promise<void> {
	await (await db()).delete(STORE, storageKey(mapId, id));
}

/** A fresh id for a tour the teacher creates or imports as a copy. */
export function newTourId(): string {
	return `tour-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
}
