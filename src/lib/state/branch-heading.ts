/** The heading of a group of relations seen from one concept ("Karakteristik", "Contoh"), in the chosen language. */
import type { KnowledgeGraph } from '../kg/model';
import { dictionaries, type Lang, type MessageKey } from '../i18n/i18n.svelte';
import { relationLabel } from '../kg/labels';

export function branchHeading(graph: KnowledgeGraph, relation: string, direction: 'out' | 'in', lang: Lang): string {
	const heading = dictionaries[lang][`branch.${direction}.${relation}` as MessageKey];
	if (heading) return heading;
	// A relation type this app has no heading for (another knowledge base): its own label with the direction.
	const label = relationLabel(graph, relation, lang);
	return direction === 'out' ? `${label} →` : `← ${label}`;
}
