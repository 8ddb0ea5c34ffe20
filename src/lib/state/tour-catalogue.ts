/** Every tour a page can play: the saved ones, and the generated ones not replaced by an edited copy. */
import { decodeTourFromUrl, type TourProblem } from '../kg/io/tour-file';
import type { KnowledgeGraph } from '../kg/model';
import { lessonTour, lessonTours } from '../kg/query/lesson-tour';
import type { Tour } from '../kg/tour-model';
import { savedTour, savedTours } from './tour-store';

/** A map's tours: its graph (for the generated ones) and its id (for the saved ones). */
export interface TourMap {
	id: string;
	graph: KnowledgeGraph;
}

/** The generated tours in their order, each replaced by its edited copy when saved, then the teacher's own. */
export function mergeTours(generated: Tour[], saved: Tour[]): Tour[] {
	const generatedIds = new Set(generated.map((t) => t.id));
	return [
		...generated.map((tour) => saved.find((s) => s.id === tour.id) ?? tour),
		...saved.filter((s) => !generatedIds.has(s.id))
	];
}

export async function allTours({ id: mapId, graph }: TourMap): Promise<Tour[]> {
	const saved = await savedTours(mapId).catch(() => [] as Tour[]);
	return mergeTours(lessonTours(graph), saved);
}

/** The tour with this id: saved first, else generated (`auto-<concept>`); the default lesson without an id. */
export async function findTour({ id: mapId, graph }: TourMap, id: string | null): Promise<Tour | null> {
	if (!id) {
		const first = lessonTours(graph)[0];
		return first ? ((await savedTour(mapId, first.id).catch(() => undefined)) ?? first) : null;
	}
	const saved = await savedTour(mapId, id).catch(() => undefined);
	if (saved) return saved;
	return id.startsWith('auto-') ? lessonTour(graph, id.slice('auto-'.length)) : null;
}

export type RequestedTour =
	| { tour: Tour; shared: boolean }
	| { problems: TourProblem[] }
	| { missing: string };

/**
 * The tour a page's URL asks for: one packed into `?shared=` (a shared link), else `?tour=ID`,
 * else the default lesson. A damaged link says what is wrong with it.
 */
export async function requestedTour(map: TourMap, params: URLSearchParams): Promise<RequestedTour> {
	const packed = params.get('shared');
	if (packed) {
		const read = decodeTourFromUrl(packed, map.graph);
		return read.ok ? { tour: read.tour, shared: true } : { problems: read.problems };
	}
	const id = params.get('tour');
	const tour = await findTour(map, id);
	return tour ? { tour, shared: false } : { missing: id ?? '' };
}
