/** The words of a tour on screen: step captions (the teacher's, else one written from the step) and file problems. */
import type { KnowledgeGraph } from '../kg/model';
import type { TourProblem } from '../kg/io/tour-file';
import type { Tour, TourStep } from '../kg/tour-model';
import { dictionaries, type Lang, type MessageKey } from '../i18n/i18n.svelte';
import { inSentence, sentenceStart, withArticle } from './label-text';
import { nodeLabel, relationLabel } from '../kg/labels';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** The concept a step is about: the node itself, or the end of the edge that is not the tour's concept. */
export function stepSubject(graph: KnowledgeGraph, tour: Tour, step: TourStep): string {
	if (step.target.type === 'node') return step.target.key;
	const source = graph.source(step.target.key);
	return source === tour.root ? graph.target(step.target.key) : source;
}

/**
 * The caption a teacher would say: worded for the step's relation where the section's
 * wording does not fit it ("Kelompok okupasional dibedakan menurut dasar pembentukan",
 * not "… dibandingkan dengan Dasar pembentukan"), labels lower case inside the sentence
 * ({aRoot} and {aTarget} carry the English article: "What is an occupational group?").
 */
export function defaultCaption(graph: KnowledgeGraph, tour: Tour, step: TourStep, lang: Lang, t: Translate): string {
	const exists = step.target.type === 'node' ? graph.hasNode(step.target.key) : graph.hasEdge(step.target.key);
	if (!exists) return step.target.key;
	const relation = step.target.type === 'edge' ? graph.getEdgeAttribute(step.target.key, 'relation') : null;
	const worded = `caption.${step.section}.${relation}` as MessageKey;
	const key = relation && dictionaries[lang][worded] ? worded : (`caption.${step.section}` as MessageKey);
	const root = nodeLabel(graph, tour.root, lang);
	const target = nodeLabel(graph, stepSubject(graph, tour, step), lang);
	return sentenceStart(
		t(key, {
			root: inSentence(root),
			target: inSentence(target),
			aRoot: withArticle(root, lang),
			aTarget: withArticle(target, lang)
		})
	);
}

export function stepCaption(graph: KnowledgeGraph, tour: Tour, step: TourStep, lang: Lang, t: Translate): string {
	return step.caption?.trim() ? step.caption : defaultCaption(graph, tour, step, lang, t);
}

/**
 * A tour's title in the UI language: a generated tour is named after its concept, so it takes that
 * concept's name in the language shown; a title a teacher wrote stays as written.
 */
export function tourTitle(graph: KnowledgeGraph, tour: Tour, lang: Lang): string {
	const named = graph.hasNode(tour.root) && tour.title === graph.getNodeAttribute(tour.root, 'label');
	return named ? nodeLabel(graph, tour.root, lang) : tour.title;
}

/** "Source — relation → target" for an edge step, empty for a node step. */
export function edgeSentence(graph: KnowledgeGraph, edge: string, lang: Lang): string {
	if (!graph.hasEdge(edge)) return '';
	return `${nodeLabel(graph, graph.source(edge), lang)} — ${relationLabel(graph, graph.getEdgeAttribute(edge, 'relation'), lang)} → ${nodeLabel(graph, graph.target(edge), lang)}`;
}

export function problemText(problem: TourProblem, t: Translate): string {
	return t(`tourError.${problem.code}`, { field: problem.field || '(file)', detail: problem.detail ?? '' });
}
