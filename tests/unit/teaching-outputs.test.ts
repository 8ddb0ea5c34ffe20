/**
 * What the default map teaches: every concept's lesson tour, every question of the quiz and
 * every concept's Markdown outline (one level), kept as files. The files were
 * written before relation meaning moved into graph/ontology.yaml; any change to these outputs shows
 * as a diff (update it with `npx vitest run -u tests/unit/teaching-outputs.test.ts` when intended).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readKnowledgeBase } from '../../graph/read-knowledge-base';
import { assembleGraph } from '../../src/lib/kg/build/assemble';
import { serializeMarkdownOutline } from '../../src/lib/kg/io/markdown';
import type { KnowledgeGraph } from '../../src/lib/kg/model';
import { lessonTour, lessonTours } from '../../src/lib/kg/query/lesson-tour';
import { generateQuiz } from '../../src/lib/kg/query/quiz';

let graph: KnowledgeGraph;
beforeAll(() => {
	graph = assembleGraph(readKnowledgeBase('graph')).graph;
});

const json = (value: unknown) => JSON.stringify(value, null, 1) + '\n';

describe('teaching outputs of the default map', () => {
	it('lesson tours', async () => {
		const perConcept = Object.fromEntries(graph.nodes().map((key) => [key, lessonTour(graph, key)]));
		const library = lessonTours(graph).map((tour) => tour.id);
		await expect(json({ library, perConcept })).toMatchFileSnapshot('./__snapshots__/teaching-tours.json');
	});

	it('quizzes', async () => {
		// Every question the map can ask (the seed only orders them and their options).
		const quiz = generateQuiz(graph, { seed: 1, count: 10_000 });
		await expect(json(quiz)).toMatchFileSnapshot('./__snapshots__/teaching-quizzes.json');
	});

	it('outlines', async () => {
		const outlines = Object.fromEntries(
			graph.nodes().map((key) => [key, serializeMarkdownOutline(graph, key, { lang: key.length % 2 ? 'id' : 'en', depth: 1 })])
		);
		await expect(json(outlines)).toMatchFileSnapshot('./__snapshots__/teaching-outlines.json');
	});
});
