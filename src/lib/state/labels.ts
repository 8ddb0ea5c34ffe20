/** Display names in the chosen language, falling back to Indonesian where a translation is missing. */
import type { RelationDirection } from '../kg/query/relations-of';
import type { KnowledgeGraph } from '../kg/model';
import type { Lang } from '../i18n/i18n.svelte';

export function nodeLabel(graph: KnowledgeGraph, key: string, lang: Lang): string {
	if (!graph.hasNode(key)) return key;
	const { label, labelEn } = graph.getNodeAttributes(key);
	return lang === 'en' && labelEn ? labelEn : label;
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
	const found = graph.getAttribute('relations').find((r) => r.id === relation);
	return found ? found.label[lang] : relation;
}

/** A relation seen from one of its ends: "is a →", "← is a", or "↔ is a" for an undirected one. */
export function directedRelationLabel(graph: KnowledgeGraph, relation: string, direction: RelationDirection, lang: Lang): string {
	const label = relationLabel(graph, relation, lang);
	return direction === 'out' ? `${label} →` : direction === 'both' ? `↔ ${label}` : `← ${label}`;
}

export function kindOf(graph: KnowledgeGraph, kind: string) {
	return graph.getAttribute('kinds').find((k) => k.id === kind);
}

export function documentTitle(graph: KnowledgeGraph, doc: string): string {
	return graph.getAttribute('documents').find((d) => d.id === doc)?.title ?? doc;
}
