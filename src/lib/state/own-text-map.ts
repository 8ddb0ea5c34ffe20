/**
 * A reviewed map into this browser: stored beside the other maps as one made from the person's
 * own texts (editable like every stored map), its id returned for `?map=ID`.
 */
import type { KnowledgeGraph } from '../kg/model';
import { maps } from './maps.svelte';

export function addOwnTextMap(graph: KnowledgeGraph, fileName: string): Promise<string> {
	return maps.addMap({ title: graph.getAttribute('title'), source: 'text', fileName }, graph);
}
