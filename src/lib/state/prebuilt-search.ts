/**
 * Search indexes built by the import worker, waiting for the search box of
 * the map they belong to (keyed by the graph itself, so a map replaced or
 * deleted takes its index with it).
 */
import type { KnowledgeGraph } from '../kg/model';

const prebuilt = new WeakMap<KnowledgeGraph, string>();

export function rememberSearchIndex(graph: KnowledgeGraph, json: string): void {
	prebuilt.set(graph, json);
}

/** The serialised index of this graph, once: it is loaded, then no longer needed. */
export function takeSearchIndex(graph: KnowledgeGraph): string | null {
	const json = prebuilt.get(graph) ?? null;
	prebuilt.delete(graph);
	return json;
}
