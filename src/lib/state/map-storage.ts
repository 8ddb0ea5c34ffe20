/**
 * Imported maps kept in IndexedDB (map-database.ts), so a reload keeps them,
 * and what the page does with one it reads back: check it, or report why it
 * cannot open. Loaded with import() by the maps store.
 */
import { validateSerializedGraph, type KnowledgeGraph } from '../kg/model';
import type { StoredMap } from './map-database';
import { reasonOf, storedProblems, storedTitle } from './stored-problems.svelte';

export { deleteStoredMap, loadStoredMaps, saveStoredMap, type StoredMap } from './map-database';

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
