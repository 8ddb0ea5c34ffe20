/**
 * What a relation type teaches, declared per relation in graph/ontology.yaml and carried in
 * graph.json (`attributes.relations[].teaching`), so a new relation type is one edit there:
 * - tour: the lesson-tour section its edges fill, in the tour about the edge's source, its
 *   target, or both (`subtype-of` fills "types" in the tour of the target: the kinds of X);
 * - quiz: the roles it plays in questions, and the families of relations a learner could take
 *   for one another (none of the answer's families is offered as a wrong option).
 * Maps stored or imported before relations carried this get what the ontology then said for
 * their relation ids (EARLIER_TEACHING), so their tours and quizzes stay as they were.
 */
import * as v from 'valibot';
import type { KnowledgeGraph } from './model';
import { TOUR_SECTIONS } from './tour-model';

/** The sections relations fill: all but the opening definition and the teacher's own steps. */
export const RELATION_SECTIONS = TOUR_SECTIONS.filter((s) => s !== 'definition' && s !== 'custom');
export type RelationSection = (typeof RELATION_SECTIONS)[number];

export const QUIZ_ROLES = [
	/** "Which group does X belong to?" asks about these edges (X → its group). */
	'belongs',
	/** Links a concept up to its group; walked so that no group it belongs to by any path is a wrong answer. */
	'taxonomy',
	/** "Name two of C": a category and the items it lists. */
	'lists',
	/** Its source owns a list ("the functions of X"), named in the question about that list. */
	'owns'
] as const;
export type QuizRole = (typeof QUIZ_ROLES)[number];

const slug = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case name'));

export const relationTeachingSchema = v.object({
	tour: v.nullable(
		v.object({
			section: v.picklist(RELATION_SECTIONS, (issue) => `"${String(issue.input)}" is not a tour section; the sections are ${RELATION_SECTIONS.join(', ')}`),
			about: v.picklist(['source', 'target', 'both'], (issue) => `"${String(issue.input)}" is not source, target or both`),
			/** Its place among the section's relations when their edges' evidence ties: lower first, unranked last. */
			rank: v.optional(v.pipe(v.number(), v.integer('must be a whole number')))
		})
	),
	quiz: v.object({
		roles: v.array(v.picklist(QUIZ_ROLES, (issue) => `"${String(issue.input)}" is not a quiz role; the roles are ${QUIZ_ROLES.join(', ')}`)),
		families: v.array(slug)
	})
});
export type RelationTeaching = v.InferOutput<typeof relationTeachingSchema>;

const NOTHING: RelationTeaching = { tour: null, quiz: { roles: [], families: [] } };

const taught = (section: RelationSection, about: 'source' | 'target' | 'both', roles: QuizRole[], families: string[], rank?: number): RelationTeaching => ({
	tour: rank === undefined ? { section, about } : { section, about, rank },
	quiz: { roles, families }
});
const quizOnly = (roles: QuizRole[], families: string[]): RelationTeaching => ({ tour: null, quiz: { roles, families } });

/**
 * The teaching of each relation id as graph/ontology.yaml declared it when graph.json began to
 * carry it: the fallback for older maps, never extended (new relations carry their own).
 */
const EARLIER_TEACHING: Readonly<Record<string, RelationTeaching>> = {
	'subtype-of': taught('types', 'target', ['taxonomy'], ['belonging']),
	'example-of': taught('examples', 'target', ['belongs', 'taxonomy'], ['belonging']),
	'member-of': taught('examples', 'target', ['belongs', 'taxonomy'], ['belonging']),
	includes: quizOnly(['lists'], ['belonging']),
	'has-characteristic': taught('characteristics', 'source', [], ['attribute']),
	'has-function': taught('functions', 'source', ['owns'], ['attribute']),
	'has-role': taught('roles', 'source', ['owns'], ['attribute']),
	'has-benefit': taught('roles', 'source', ['owns'], ['attribute']),
	'contributes-to': taught('roles', 'source', ['owns'], ['attribute']),
	'has-strength': quizOnly([], ['attribute']),
	'has-weakness': taught('challenges', 'source', [], ['difficulty']),
	'faces-challenge': taught('challenges', 'source', [], ['difficulty'], 1),
	'overcome-by': quizOnly([], ['difficulty']),
	'arises-from': quizOnly([], ['origin']),
	'based-on': taught('characteristics', 'source', [], ['attribute', 'origin']),
	'contrasts-with': taught('comparison', 'both', [], ['contrast']),
	'differs-by': taught('comparison', 'source', [], ['contrast']),
	'has-step': NOTHING,
	'found-in': quizOnly([], ['origin']),
	discusses: quizOnly([], ['attribute']),
	upholds: quizOnly([], ['attribute']),
	'stands-for': quizOnly([], ['attribute']),
	'develops-into': quizOnly([], ['origin']),
	'formed-through': quizOnly([], ['origin'])
};

/** What one relation of the map teaches: its own declaration, else the earlier one of its id, else nothing. */
function teachingOf(declared: unknown, id: string): RelationTeaching {
	const own = v.safeParse(relationTeachingSchema, declared);
	if (own.success) return own.output;
	return Object.hasOwn(EARLIER_TEACHING, id) ? EARLIER_TEACHING[id] : NOTHING;
}

/** The map's relations with what each teaches, in the order the map declares them. */
export function relationTeaching(graph: KnowledgeGraph): Array<{ id: string; teaching: RelationTeaching }> {
	return (graph.getAttribute('relations') ?? []).map((r) => ({ id: r.id, teaching: teachingOf(r.teaching, r.id) }));
}

export type SeenFrom = 'out' | 'in';

/**
 * Which relations, seen from the tour's concept ('out': it is the source), fill each section,
 * sections in teaching order, relations by rank, then in the order the map declares them.
 */
export function sectionRelations(graph: KnowledgeGraph): Array<{ section: RelationSection; relations: Array<[relation: string, direction: SeenFrom]> }> {
	const rank = (r: { teaching: RelationTeaching }) => r.teaching.tour?.rank ?? Infinity;
	const relations = relationTeaching(graph)
		.map((relation, order) => ({ ...relation, order }))
		.sort((a, b) => rank(a) - rank(b) || a.order - b.order);
	return RELATION_SECTIONS.map((section) => ({
		section,
		relations: relations.flatMap(({ id, teaching: { tour } }): Array<[string, SeenFrom]> => {
			if (tour?.section !== section) return [];
			if (tour.about === 'both') return [[id, 'out'], [id, 'in']];
			return [[id, tour.about === 'source' ? 'out' : 'in']];
		})
	}));
}

/** The relations that play a quiz role. */
export function relationsWithRole(graph: KnowledgeGraph, role: QuizRole): Set<string> {
	return new Set(relationTeaching(graph).filter((r) => r.teaching.quiz.roles.includes(role)).map((r) => r.id));
}

/** The families of relations a learner could take for one another, each as a set of relation ids. */
export function confusableFamilies(graph: KnowledgeGraph): Set<string>[] {
	const families = new Map<string, Set<string>>();
	for (const { id, teaching } of relationTeaching(graph))
		for (const family of teaching.quiz.families) {
			let members = families.get(family);
			if (!members) families.set(family, (members = new Set()));
			members.add(id);
		}
	return [...families.values()];
}
