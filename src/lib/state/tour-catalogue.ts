/** Every tour a page can play: the saved ones, and the generated ones not replaced by an edited copy. */
import type { KnowledgeGraph } from '../kg/model';
import { lessonTour, lessonTours } from '../kg/query/lesson-tour';
import type { Tour } from '../kg/tour-model';
import { savedTour, savedTours } from './tour-store';

export async function allTours(graph: KnowledgeGraph): Promise<Tour[]> {
	const saved = await savedTours().catch(() => [] as Tour[]);
	const generated = lessonTours(graph);
	const generatedIds = new Set(generated.map((t) => t.id));
	return [
		...generated.map((tour) => saved.find((s) => s.id === tour.id) ?? tour),
		...saved.filter((s) => !generatedIds.has(s.id))
	];
}

/** The tour with this id: saved first, else generated (`auto-<concept>`); the default lesson without an id. */
export async function findTour(graph: KnowledgeGraph, id: string | null): Promise<Tour | null> {
	if (!id) {
		const first = lessonTours(graph)[0];
		return first ? ((await savedTour(first.id).catch(() => undefined)) ?? first) : null;
	}
	const saved = await savedTour(id).catch(() => undefined);
	if (saved) return saved;
	return id.startsWith('auto-') ? lessonTour(graph, id.slice('auto-'.length)) : null;
}
