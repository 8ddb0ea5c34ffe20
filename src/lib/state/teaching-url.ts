/**
 * What a teaching page reads from its URL (the mind map's root, the two concepts compared)
 * is read against the open map: once the map store has opened it, and again after every
 * navigation (a new root, a swap). Call during component init.
 */
import { onMount } from 'svelte';
import { afterNavigate } from '$app/navigation';
import type { KnowledgeGraph } from '../kg/model';
import { maps } from './maps.svelte';

export function readUrlOnMap(read: (graph: KnowledgeGraph, search: URLSearchParams) => void): void {
	const readNow = (graph: KnowledgeGraph) => read(graph, new URLSearchParams(location.search));
	onMount(() => {
		maps.opened().then((result) => {
			if (result.status === 'ready') readNow(result.graph);
		});
	});
	afterNavigate(() => {
		if (maps.open) readNow(maps.open.graph);
	});
}
