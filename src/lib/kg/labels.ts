/**
 * A map's words in the reader's language, for every view and exporter: a missing
 * translation falls back to the Indonesian label, a missing label to the key.
 */
import type { Lang } from './lang';
import type { KnowledgeGraph } from './model';

export function nodeLabel(graph: KnowledgeGraph, key: string, lang: Lang): string {
	if (!graph.hasNode(key)) return key;
	const { label, labelEn } = graph.getNodeAttributes(key);
	return (lang === 'en' && labelEn) || label || key;
}

/** The other language's label, shown beside the main one. */
export function nodeSecondLabel(graph: KnowledgeGraph, key: string, lang: Lang): string {
	if (!graph.hasNode(key)) return '';
	const { label, labelEn } = graph.getNodeAttributes(key);
	return lang === 'en' ? label : labelEn;
}

export function nodeGloss(graph: KnowledgeGraph, key: string, lang: Lang): string | undefined {
	const { gloss, glossEn } = graph.getNodeAttributes(key);
	return lang === 'en' ? (glossEn ?? gloss) : (gloss ?? glossEn);
}

export function relationLabel(graph: KnowledgeGraph, relation: string, lang: Lang): string {
	const declared = graph.getAttribute('relations')?.find((r) => r.id === relation);
	return declared?.label[lang] || relation;
}

export function kindOf(graph: KnowledgeGraph, kind: string) {
	return graph.getAttribute('kinds').find((k) => k.id === kind);
}

export function documentTitle(graph: KnowledgeGraph, doc: string): string {
	return graph.getAttribute('documents').find((d) => d.id === doc)?.title ?? doc;
}

/** The best-connected concept (the first of a tie): the natural root when none is chosen. */
export function mainHub(graph: KnowledgeGraph): string | undefined {
	let best: string | undefined;
	let bestDegree = -1;
	graph.forEachNode((key) => {
		const degree = graph.degree(key);
		if (degree > bestDegree) [best, bestDegree] = [key, degree];
	});
	return best;
}
