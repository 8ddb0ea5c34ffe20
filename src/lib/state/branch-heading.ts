/** The heading of a group of relations seen from one concept ("Karakteristik", "Contoh"), in the chosen language. */
import type { KnowledgeGraph } from '../kg/model';
import { dictionaries, type Lang, type MessageKey } from '../i18n/i18n.svelte';
import { relationLabel } from './labels';

export function branchHeading(graph: KnowledgeGraph, relation: string, direction: 'out' | 'in', lang: Lang): string {
	const key = `branch.${direction}.${relation}`;
	if (key in dictionaries[lang]) return dictionaries[lang][key as MessageKey];
	// A relation type this app has no heading for (another knowledge base): its own label with the direction.
	const label = relationLabel(graph, relation, lang);
	return direction === 'out' ? `${label} →` : `← ${label}`;
}
