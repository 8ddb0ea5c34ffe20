/**
 * A self-check quiz drawn from the graph. Three kinds of question, each
 * answered by edges of the graph (whose evidence proves the answer); which
 * relations play which part is what the ontology says they teach (relation-teaching.ts):
 * - belongs: "which group does X belong to?" (member-of / example-of);
 * - pair: "name two of C" for a category C that lists (includes) several concepts;
 * - connects: "what connects X and Y?" (the relation of an edge).
 * A wrong option is never partly right: no group X belongs to by any path, nor one
 * of the same branch of groups; no pair holding a right item (wrong pairs come from a
 * sibling list the articles keep apart, "fungsi bagi individu" against "… bagi
 * masyarakat"); no relation the graph ever uses between concepts of these two kinds.
 * The same seed gives the same quiz.
 */
import type { KnowledgeGraph } from '../model';
import { confusableFamilies, relationsWithRole } from '../relation-teaching';
import { seededRandom } from '../seeded-random';

export type QuizOption = { nodes: string[] } | { relation: string };

export interface QuizQuestion {
	id: string;
	kind: 'belongs' | 'pair' | 'connects';
	/** belongs: the member; pair: the category; connects: the source. */
	subject: string;
	/** pair: the concept the category belongs to (may be null); connects: the target. */
	object: string | null;
	options: QuizOption[];
	/** Index of the right option. */
	answer: number;
	/** Edges whose evidence proves the answer. */
	proof: string[];
}

export interface QuizOptions {
	seed?: number;
	count?: number;
	/** Options per question, right one included. Default 4. */
	choices?: number;
}

const GROUP_KINDS = new Set(['group-type', 'organization']);
/** Fewest options a question may have: the answer and two wrong ones. */
const MIN_CHOICES = 3;

/** The relations that play each part in the questions, as the map's ontology declares them. */
interface QuizRelations {
	belongs: Set<string>;
	/** From a concept up to its group. */
	upward: Set<string>;
	lists: Set<string>;
	owns: Set<string>;
	/** Relations a learner could take for one another ("jenis dari" for "contoh dari"). */
	families: Set<string>[];
}

export function generateQuiz(graph: KnowledgeGraph, options: QuizOptions = {}): QuizQuestion[] {
	const random = seededRandom(options.seed ?? 1);
	const count = options.count ?? 8;
	const choices = Math.max(2, options.choices ?? 4);
	const relations: QuizRelations = {
		belongs: relationsWithRole(graph, 'belongs'),
		upward: relationsWithRole(graph, 'taxonomy'),
		lists: relationsWithRole(graph, 'lists'),
		owns: relationsWithRole(graph, 'owns'),
		families: confusableFamilies(graph)
	};
	const pools = [
		shuffle(belongsQuestions(graph, relations, choices, random), random),
		shuffle(pairQuestions(graph, relations, choices, random), random),
		shuffle(connectsQuestions(graph, relations, choices, random), random)
	];
	// Round-robin across kinds so a short quiz still asks each kind.
	const quiz: QuizQuestion[] = [];
	for (let i = 0; quiz.length < count && pools.some((p) => p.length > i); i++)
		for (const pool of pools) if (pool[i] && quiz.length < count) quiz.push(pool[i]);
	return quiz;
}

function belongsQuestions(graph: KnowledgeGraph, relations: QuizRelations, choices: number, random: () => number): QuizQuestion[] {
	const questions: QuizQuestion[] = [];
	const { upward } = relations;
	const groups = graph.filterNodes((n, a) => GROUP_KINDS.has(a.kind) && inTaxonomy(graph, n, upward));
	graph.forEachEdge((edge, attrs, source, target) => {
		if (!relations.belongs.has(attrs.relation) || !GROUP_KINDS.has(graph.getNodeAttribute(target, 'kind'))) return;
		const near = partlyRight(graph, source, upward);
		const wrong = groups.filter((n) => n !== target && !near.has(n));
		if (wrong.length < MIN_CHOICES - 1) return;
		const options = [[target], ...shuffle(wrong, random).slice(0, choices - 1).map((n) => [n])];
		questions.push(withShuffledOptions(`belongs:${edge}`, 'belongs', source, null, options.map((nodes) => ({ nodes })), [edge], random));
	});
	return questions;
}

/** A group that is a kind or an example of another, or has kinds or examples: one the "which group" question can name. */
function inTaxonomy(graph: KnowledgeGraph, key: string, upward: Set<string>): boolean {
	return graph.edges(key).some((e) => upward.has(graph.getEdgeAttribute(e, 'relation')));
}

/**
 * Groups too close to a concept to be a wrong answer about it: those it is linked to,
 * those it belongs to by any path (IAI is an organisasi profesi, so an occupational
 * group), and every group of the branches it sits in below the root (the formal,
 * informal and professional kinds of occupational group are all near a doctor).
 */
function partlyRight(graph: KnowledgeGraph, key: string, upward: Set<string>): Set<string> {
	const up = ancestors(graph, key, upward);
	const near = new Set([key, ...graph.neighbors(key), ...up]);
	for (const branch of up)
		if (ancestors(graph, branch, upward).size > 0) for (const n of descendants(graph, branch, upward)) near.add(n);
	return near;
}

/** The groups a concept belongs to, directly or through its groups. */
function ancestors(graph: KnowledgeGraph, key: string, upward: Set<string>): Set<string> {
	return walk(graph, key, upward, (node) => graph.outEdges(node).map((e) => [e, graph.target(e)]));
}

/** Every kind, example and member below a group. */
function descendants(graph: KnowledgeGraph, key: string, upward: Set<string>): Set<string> {
	return walk(graph, key, upward, (node) => graph.inEdges(node).map((e) => [e, graph.source(e)]));
}

function walk(graph: KnowledgeGraph, key: string, upward: Set<string>, next: (node: string) => Array<[string, string]>): Set<string> {
	const found = new Set<string>();
	const queue = [key];
	while (queue.length) {
		const node = queue.shift()!;
		for (const [edge, other] of next(node)) {
			if (upward.has(graph.getEdgeAttribute(edge, 'relation')) && !found.has(other) && other !== key) {
				found.add(other);
				queue.push(other);
			}
		}
	}
	return found;
}

function pairQuestions(graph: KnowledgeGraph, relations: QuizRelations, choices: number, random: () => number): QuizQuestion[] {
	const questions: QuizQuestion[] = [];
	const included = (category: string) =>
		graph.outEdges(category).filter((e) => relations.lists.has(graph.getEdgeAttribute(e, 'relation')));
	const categories = graph.filterNodes((n, a) => a.kind === 'category' && included(n).length >= 2);
	const kindsOf = (category: string) => new Set(included(category).map((e) => graph.getNodeAttribute(graph.target(e), 'kind')));
	for (const category of categories) {
		const edges = included(category);
		const members = new Set(edges.map((e) => graph.target(e)));
		// Wrong items come from sibling lists of the same kinds: what the articles file under another heading.
		const kinds = kindsOf(category);
		const wrong = [
			...new Set(
				categories
					.filter((other) => other !== category && [...kindsOf(other)].every((k) => kinds.has(k)))
					.flatMap((other) => included(other).map((e) => graph.target(e)))
					.filter((n) => !members.has(n))
			)
		];
		const wrongPairs = shuffle(pairsOf(wrong), random);
		if (wrongPairs.length < MIN_CHOICES - 1) continue;
		const [first, second] = shuffle(edges, random);
		const options: string[][] = [[graph.target(first), graph.target(second)], ...wrongPairs.slice(0, choices - 1)];
		// The concept the category belongs to, when one concept owns it ("functions of X for society").
		const owners = graph
			.inEdges(category)
			.filter((e) => relations.owns.has(graph.getEdgeAttribute(e, 'relation')))
			.map((e) => graph.source(e));
		const parent = owners.length === 1 ? owners[0] : null;
		questions.push(
			withShuffledOptions(`pair:${category}`, 'pair', category, parent, options.map((nodes) => ({ nodes })), [first, second], random)
		);
	}
	return questions;
}

function pairsOf(items: string[]): string[][] {
	return items.flatMap((a, i) => items.slice(i + 1).map((b) => [a, b]));
}

function connectsQuestions(graph: KnowledgeGraph, relations: QuizRelations, choices: number, random: () => number): QuizQuestion[] {
	const declared = graph.getAttribute('relations').map((r) => r.id);
	const usedBetween = relationsByKindPair(graph);
	const questions: QuizQuestion[] = [];
	const seen = new Set<string>();
	graph.forEachEdge((edge, attrs, source, target) => {
		const pair = `${source} ${target}`;
		if (seen.has(pair)) return;
		seen.add(pair);
		const plausible = new Set(usedBetween.get(kindPair(graph, source, target)));
		for (const family of relations.families) if (family.has(attrs.relation)) family.forEach((r) => plausible.add(r));
		const wrong = declared.filter((r) => !plausible.has(r));
		if (wrong.length < choices - 1) return;
		const options = [attrs.relation, ...shuffle(wrong, random).slice(0, choices - 1)].map((relation) => ({ relation }));
		questions.push(withShuffledOptions(`connects:${edge}`, 'connects', source, target, options, [edge], random));
	});
	return questions;
}

function kindPair(graph: KnowledgeGraph, a: string, b: string): string {
	return [graph.getNodeAttribute(a, 'kind'), graph.getNodeAttribute(b, 'kind')].sort().join(' ');
}

/** The relations the graph uses between concepts of each two kinds, either way round. */
function relationsByKindPair(graph: KnowledgeGraph): Map<string, Set<string>> {
	const used = new Map<string, Set<string>>();
	graph.forEachEdge((_edge, attrs, source, target) => {
		const key = kindPair(graph, source, target);
		let set = used.get(key);
		if (!set) used.set(key, (set = new Set()));
		set.add(attrs.relation);
	});
	return used;
}

/** Puts the right option (given first) at a random place. */
function withShuffledOptions(
	id: string,
	kind: QuizQuestion['kind'],
	subject: string,
	object: string | null,
	options: QuizOption[],
	proof: string[],
	random: () => number
): QuizQuestion {
	const order = shuffle(options.map((_, i) => i), random);
	return { id, kind, subject, object, options: order.map((i) => options[i]), answer: order.indexOf(0), proof };
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
	const result = [...items];
	for (let i = result.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[result[i], result[j]] = [result[j], result[i]];
	}
	return result;
}
