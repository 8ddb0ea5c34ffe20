/**
 * A reviewed map into this browser: stored beside the imported maps (for the session only when
 * storage is blocked), its id returned for `?map=ID`.
 */
import type { KnowledgeGraph } from '../kg/model';
import { newMapId, storeMap } from './map-database';
import { maps } from './maps.svelte';

export async function addOwnTextMap(graph: KnowledgeGraph, fileName: string): Promise<string> {
	const map = { id: newMapId(), title: graph.getAttribute('title'), fileName, createdAt: Date.now() };
	const saved = await storeMap({ ...map, data: graph.export() });
	maps.adopt(map, graph, saved);
	return map.id;
}
