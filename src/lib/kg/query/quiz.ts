/**
 * A self-check quiz drawn from the graph. Three kinds of question, each
 * answered by edges of the graph (whose evidence proves the answer):
 * - belongs: "which group does X belong to?" (member-of / example-of);
 * - pair: "name two of C" for a category C that includes several concepts;
 * - connects: "what connects X and Y?" (the relation of an edge).
 * Wrong options are other nodes of the right kind (or other relation types)
 * that the graph does not link the same way. The same seed gives the same quiz.
 */
import type { KnowledgeGraph } from '../model';
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

const BELONGS = new Set(['member-of', 'example-of']);
const OWNS = new Set(['has-function', 'contributes-to', 'has-role', 'has-benefit']);
const GROUP_KINDS = new Set(['group-type', 'organization']);

export function generateQuiz(graph: KnowledgeGraph, options: QuizOptions = {}): QuizQuestion[] {
	const random = seededRandom(options.seed ?? 1);
	const count = options.count ?? 8;
	const choices = Math.max(2, options.choices ?? 4);
	const pools = [
		shuffle(belongsQuestions(graph, choices, random), random),
		shuffle(pairQuestions(graph, choices, random), random),
		shuffle(connectsQuestions(graph, choices, random), random)
	];
	// Round-robin across kinds so a short quiz still asks each kind.
	const quiz: QuizQuestion[] = [];
	for (let i = 0; quiz.length < count && pools.some((p) => p.length > i); i++)
		for (const pool of pools) if (pool[i] && quiz.length < count) quiz.push(pool[i]);
	return quiz;
}

function belongsQuestions(graph: KnowledgeGraph, choices: number, random: () => number): QuizQuestion[] {
	const questions: QuizQuestion[] = [];
	graph.forEachEdge((edge, attrs, source, target) => {
		if (!BELONGS.has(attrs.relation) || !GROUP_KINDS.has(graph.getNodeAttribute(target, 'kind'))) return;
		const kind = graph.getNodeAttribute(target, 'kind');
		// Not wrong enough to be a distractor: anything linked to the concept, and every group it
		// belongs to further up (IAI is an organisasi profesi, and so, rightly, an occupational group).
		const excluded = new Set([...graph.neighbors(source), ...ancestors(graph, source)]);
		const wrong = nodesOfKind(graph, kind).filter((n) => n !== target && n !== source && !excluded.has(n));
		if (wrong.length < choices - 1) return;
		const options = [[target], ...shuffle(wrong, random).slice(0, choices - 1).map((n) => [n])];
		questions.push(withShuffledOptions(`belongs:${edge}`, 'belongs', source, null, options.map((nodes) => ({ nodes })), [edge], random));
	});
	return questions;
}

const UPWARD = new Set(['member-of', 'example-of', 'subtype-of']);

/** The groups a concept belongs to, directly or through its groups. */
function ancestors(graph: KnowledgeGraph, key: string): Set<string> {
	const found = new Set<string>();
	const queue = [key];
	while (queue.length) {
		const node = queue.shift()!;
		for (const edge of graph.outEdges(node)) {
			const up = graph.target(edge);
			if (UPWARD.has(graph.getEdgeAttribute(edge, 'relation')) && !found.has(up)) {
				found.add(up);
				queue.push(up);
			}
		}
	}
	return found;
}

function pairQuestions(graph: KnowledgeGraph, choices: number, random: () => number): QuizQuestion[] {
	const questions: QuizQuestion[] = [];
	graph.forEachNode((category, attrs) => {
		if (attrs.kind !== 'category') return;
		const included = graph.outEdges(category).filter((e) => graph.getEdgeAttribute(e, 'relation') === 'includes');
		if (included.length < 2) return;
		const members = new Set(included.map((e) => graph.target(e)));
		const memberKinds = new Set([...members].map((m) => graph.getNodeAttribute(m, 'kind')));
		const wrong = graph.filterNodes((n, a) => memberKinds.has(a.kind) && !members.has(n) && n !== category);
		if (wrong.length < choices) return;
		const [first, second] = shuffle(included, random);
		const right = [graph.target(first), graph.target(second)];
		const wrongShuffled = shuffle(wrong, random);
		const rightShuffled = shuffle([...members], random);
		// Wrong pairs: alternately one right + one wrong (tempting) and two wrong.
		const options: string[][] = [right];
		for (let i = 0; options.length < choices; i++) {
			const decoy = wrongShuffled[i % wrongShuffled.length];
			options.push(i % 2 === 0 ? [rightShuffled[i % rightShuffled.length], decoy] : [decoy, wrongShuffled[(i + 1) % wrongShuffled.length]]);
		}
		// The concept the category belongs to, when one concept owns it ("functions of X for society").
		const owners = graph
			.inEdges(category)
			.filter((e) => OWNS.has(graph.getEdgeAttribute(e, 'relation')))
			.map((e) => graph.source(e));
		const parent = owners.length === 1 ? owners[0] : null;
		questions.push(
			withShuffledOptions(`pair:${category}`, 'pair', category, parent, options.map((nodes) => ({ nodes })), [first, second], random)
		);
	});
	return questions;
}

function connectsQuestions(graph: KnowledgeGraph, choices: number, random: () => number): QuizQuestion[] {
	const declared = graph.getAttribute('relations').map((r) => r.id);
	const questions: QuizQuestion[] = [];
	const seen = new Set<string>();
	graph.forEachEdge((edge, attrs, source, target) => {
		const pair = `${source} ${target}`;
		if (seen.has(pair)) return;
		seen.add(pair);
		const between = new Set(
			[...graph.edges(source, target), ...graph.edges(target, source)].map((e) => graph.getEdgeAttribute(e, 'relation'))
		);
		const wrong = declared.filter((r) => !between.has(r));
		if (wrong.length < choices - 1) return;
		const options = [attrs.relation, ...shuffle(wrong, random).slice(0, choices - 1)].map((relation) => ({ relation }));
		questions.push(withShuffledOptions(`connects:${edge}`, 'connects', source, target, options, [edge], random));
	});
	return questions;
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

function nodesOfKind(graph: KnowledgeGraph, kind: string): string[] {
	return graph.filterNodes((_, a) => a.kind === kind);
}

/** Is `option` the right answer to `question`? */
export function isCorrect(question: QuizQuestion, choice: number): boolean {
	return choice === question.answer;
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
	const result = [...items];
	for (let i = result.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[result[i], result[j]] = [result[j], result[i]];
	}
	return result;
}
