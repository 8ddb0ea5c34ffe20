/**
 * A view given a graph follows its edits: `revisionOf(graph)` reads the open map's `revision`
 * rune when the graph is the open map's, so a `$derived` that calls it is computed again after
 * every change, while one over another graph (a map not open) stays as it is.
 */
import type { KnowledgeGraph } from '../kg/model';
import { maps } from './maps.svelte';

export function revisionOf(graph: KnowledgeGraph | null): number {
	const open = maps.open;
	return open && graph && open.graph === graph ? open.revision : 0;
}
