/**
 * Maps kept in IndexedDB (map-database.ts), so a reload keeps them, and what the page does with
 * one it reads back: check it and its history, or report why it cannot open.
 */
import { EditHistory } from '../kg/edit/history';
import { validateSerializedGraph, type KnowledgeGraph } from '../kg/model';
import type { StoredMap } from './map-database';
import { reasonOf, storedProblems, storedTitle } from './stored-problems.svelte';

export {
	deleteStoredMap,
	loadStoredMap,
	loadStoredState,
	markStoredMapRemoved,
	storeNewMap,
	type StoredMap
} from './map-database';


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

/**
 * A stored map's edit history; a damaged one is reported (and offered as a file) and the map
 * opens all the same, as saved, with a history that starts there.
 */
export function readStoredHistory(map: StoredMap, stored: unknown): EditHistory {
	if (stored === null || stored === undefined) return new EditHistory();
	try {
		return EditHistory.fromJSON(stored);
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		storedProblems.report({ store: 'map', id: map.id, title: storedTitle(map, map.id), kind: 'history', reason, data: stored });
		return new EditHistory();
	}
}
