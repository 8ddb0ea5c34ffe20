/**
 * Search indexes built by the import worker, waiting for the search box of
 * the map they belong to (keyed by the graph itself, so a map replaced or
 * deleted takes its index with it). Each is a promise: the worker builds it
 * after the map has gone to be drawn, and answers null when it cannot.
 */
import type { KnowledgeGraph } from '../kg/model';

const prebuilt = new WeakMap<KnowledgeGraph, Promise<string | null>>();

export function rememberSearchIndex(graph: KnowledgeGraph, json: Promise<string | null>): void {
	prebuilt.set(graph, json);
}

/** The serialised index of this graph, once: it is loaded, then no longer needed. */
export function takeSearchIndex(graph: KnowledgeGraph): Promise<string | null> {
	const json = prebuilt.get(graph) ?? Promise.resolve(null);
	prebuilt.delete(graph);
	return json;
}
