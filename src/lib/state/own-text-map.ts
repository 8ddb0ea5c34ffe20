/**
 * The reviewed suggestions → a map in this browser: built with the map's vocabularies and a
 * default layout (kg/extract/graph.ts, layout.ts), stored beside the imported maps, and its id
 * returned for `?map=ID`.
 */
import { buildGraph, type Vocabulary } from '../kg/extract/graph';
import type { Extraction } from '../kg/extract/types';
import type { KnowledgeGraph } from '../kg/model';
import { newMapId, storeMap } from './map-database';
import { maps } from './maps.svelte';
import { selectionOf, type Review } from './own-text-review';

export function ownTextGraph(extraction: Extraction, review: Review, vocabulary: Vocabulary, title: string): KnowledgeGraph {
	return buildGraph(extraction, selectionOf(review, extraction), vocabulary, { title });
}

/** Stores the map (for the session only when storage is blocked) and returns its id. */
export async function addOwnTextMap(graph: KnowledgeGraph, fileName: string): Promise<string> {
	const map = { id: newMapId(), title: graph.getAttribute('title'), fileName, createdAt: Date.now() };
	const saved = await storeMap({ ...map, data: graph.export() });
	maps.adopt(map, graph, saved);
	return map.id;
}
