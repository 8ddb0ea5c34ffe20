/**
 * What a map's views show: every concept but those the teacher hid from this map
 * (`hidden: true`, kept in the map, left out of the mind map, comparisons, quizzes, tours
 * and search), and the relations between shown concepts.
 */
import type { KnowledgeGraph } from '../model';

export const isShown = (graph: KnowledgeGraph, key: string): boolean =>
	graph.hasNode(key) && graph.getNodeAttribute(key, 'hidden') !== true;

export const isShownEdge = (graph: KnowledgeGraph, edge: string): boolean =>
	graph.hasEdge(edge) && isShown(graph, graph.source(edge)) && isShown(graph, graph.target(edge));

/** Whether the map has any hidden concept: views on a map without one need no filtering. */
export const hasHidden = (graph: KnowledgeGraph): boolean => graph.someNode((_key, a) => a.hidden === true);

/** A copy of the map without its hidden concepts (and their relations), for the views. */
export function withoutHidden(graph: KnowledgeGraph): KnowledgeGraph {
	const copy = graph.copy();
	for (const key of copy.filterNodes((_key, a) => a.hidden === true)) copy.dropNode(key);
	return copy;
}
