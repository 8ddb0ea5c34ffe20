/**
 * A saved tour meets the map as it is now: a step whose concept or relation was deleted, or
 * hidden from the map, cannot be shown. It is flagged (the tour editor offers to remove it or
 * point it elsewhere; the presenter skips it and says so), never dropped without a word.
 */
import type { KnowledgeGraph } from '../model';
import type { Tour, TourStep, TourTarget } from '../tour-model';
import { candidatePassages } from './lesson-tour';
import { isShown } from './shown';

export type StepProblem =
	| { type: 'deleted-concept'; key: string }
	| { type: 'deleted-relation'; key: string }
	/** `key`: the hidden concept (the step's own, or an end of its relation). */
	| { type: 'hidden'; key: string };

/** What keeps a step from being shown on this map (`graph`: the map itself, hidden concepts in it), or null. */
export function stepProblem(graph: KnowledgeGraph, step: TourStep): StepProblem | null {
	const { type, key } = step.target;
	if (type === 'node') {
		if (!graph.hasNode(key)) return { type: 'deleted-concept', key };
		return isShown(graph, key) ? null : { type: 'hidden', key };
	}
	if (!graph.hasEdge(key)) return { type: 'deleted-relation', key };
	const hidden = [graph.source(key), graph.target(key)].find((end) => !isShown(graph, end));
	return hidden ? { type: 'hidden', key: hidden } : null;
}

/** The steps that can be shown, for the presenter, and how many could not. */
export function playableSteps(graph: KnowledgeGraph, tour: Tour): { tour: Tour; skipped: number } {
	const steps = tour.steps.filter((step) => stepProblem(graph, step) === null);
	return { tour: steps.length === tour.steps.length ? tour : { ...tour, steps }, skipped: tour.steps.length - steps.length };
}

/** The step pointed at another concept or relation, with its best passage; null when nothing grounds that one. */
export function repointStep(graph: KnowledgeGraph, step: TourStep, target: TourTarget): TourStep | null {
	const passages = candidatePassages(graph, target).slice(0, 1);
	return passages.length > 0 ? { ...step, target, passages } : null;
}
