/**
 * Lesson tours generated from the graph: for a main concept, the walk a
 * teacher would take on the board — definition, types, characteristics,
 * functions, roles and benefits, examples, challenges, comparison — one step
 * per node or edge, each carrying the passages that state it. Same graph, same tours.
 */
import type { KnowledgeGraph } from '../model';
import { sectionRelations } from '../relation-teaching';
import { TOUR_FORMAT, TOUR_VERSION, type Tour, type TourStep } from '../tour-model';
import { passagesForEdge, passagesForNode, type PassageMatch } from './passages-for';
import { relationsOf } from './relations-of';

export interface LessonTourOptions {
	/** Most edge steps per section, so a hub does not drown the lesson. Default 4. */
	perSection?: number;
	/** Passages shown per step. Default 1 (2 for the definition). */
	passagesPerStep?: number;
}

/** A concept qualifies for a generated tour when it fills at least this many sections after the definition. */
const MIN_SECTIONS = 3;
/**
 * How much definition text the first step shows, in characters: what a projected card
 * holds without scrolling (about 480 characters at 1920 × 1080). The shortest
 * defining passages are taken first: the plain definition, not the section that
 * happens to mention the concept most.
 */
const DEFINITION_CHARS = 480;

export function tourIdFor(root: string): string {
	return `auto-${root}`;
}

/** The generated tour of one concept, or null if the concept is unknown or has no source passage. */
export function lessonTour(graph: KnowledgeGraph, root: string, options: LessonTourOptions = {}): Tour | null {
	if (!graph.hasNode(root)) return null;
	const perSection = options.perSection ?? 4;
	const perStep = options.passagesPerStep ?? 1;

	const rootPassages = passagesForNode(graph, root);
	if (rootPassages.length === 0) return null;
	const definition: TourStep = {
		id: `node:${root}`,
		section: 'definition',
		target: { type: 'node', key: root },
		passages: definitionPassages(rootPassages, Math.max(perStep, 2))
	};

	const groups = relationsOf(graph, root);
	const steps: TourStep[] = [definition];
	// Which relations fill which section: what the map's ontology says each relation teaches.
	for (const { section, relations } of sectionRelations(graph)) {
		const items = relations.flatMap(([relation, direction]) =>
			groups.filter((g) => g.relation === relation && g.direction === direction).flatMap((g) => g.items)
		);
		// Best-attested first (most evidence), the relation order of relationsOf breaking ties.
		const ranked = items
			.map((item, order) => ({ item, order, evidence: passagesForEdge(graph, item.edge) }))
			.filter((x) => x.evidence.length > 0)
			.sort((x, y) => y.evidence.length - x.evidence.length || x.order - y.order)
			.slice(0, perSection);
		for (const { item, evidence } of ranked)
			steps.push({
				id: `edge:${item.edge}`,
				section,
				target: { type: 'edge', key: item.edge },
				passages: evidence.slice(0, perStep).map((p) => p.passage.id)
			});
	}
	return {
		format: TOUR_FORMAT,
		version: TOUR_VERSION,
		id: tourIdFor(root),
		title: graph.getNodeAttribute(root, 'label'),
		root,
		generated: true,
		steps
	};
}

/** The shortest defining passages (else the best ones) that fit one card together, at least one. */
function definitionPassages(matches: PassageMatch[], most: number): string[] {
	const defining = matches.filter((m) => m.defining);
	const candidates = defining.length > 0 ? [...defining].sort((x, y) => x.passage.text.length - y.passage.text.length) : matches;
	const chosen: string[] = [];
	let used = 0;
	for (const { passage } of candidates) {
		if (chosen.length === most || (chosen.length > 0 && used + passage.text.length > DEFINITION_CHARS)) break;
		chosen.push(passage.id);
		used += passage.text.length;
	}
	return chosen;
}

/**
 * The generated tours of the graph's main concepts: those whose tour fills at
 * least three sections after the definition, most connected concept first.
 */
export function lessonTours(graph: KnowledgeGraph, options: LessonTourOptions = {}): Tour[] {
	const tours: Array<{ tour: Tour; degree: number }> = [];
	graph.forEachNode((key) => {
		const tour = lessonTour(graph, key, options);
		if (!tour) return;
		const sections = new Set(tour.steps.map((s) => s.section));
		sections.delete('definition');
		if (sections.size >= MIN_SECTIONS) tours.push({ tour, degree: graph.degree(key) });
	});
	return tours
		.sort((x, y) => y.degree - x.degree || (x.tour.root < y.tour.root ? -1 : 1))
		.map((x) => x.tour);
}

/** The passages that can ground a step's target, best first: what a teacher may choose from. */
export function candidatePassages(graph: KnowledgeGraph, target: TourStep['target']): string[] {
	const matches =
		target.type === 'node' ? passagesForNode(graph, target.key) : passagesForEdge(graph, target.key);
	return matches.map((m) => m.passage.id);
}

/** A new step for a node or edge chosen by the teacher, grounded in its best passage. */
export function customStep(graph: KnowledgeGraph, target: TourStep['target'], existing: TourStep[]): TourStep | null {
	const exists = target.type === 'node' ? graph.hasNode(target.key) : graph.hasEdge(target.key);
	if (!exists) return null;
	const passages = candidatePassages(graph, target).slice(0, 1);
	if (passages.length === 0) return null;
	const ids = new Set(existing.map((s) => s.id));
	let n = 1;
	while (ids.has(`custom-${n}`)) n++;
	return { id: `custom-${n}`, section: 'custom', target, passages };
}
