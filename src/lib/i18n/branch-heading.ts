/** The heading of a group of relations seen from one concept ("Karakteristik", "Contoh"), in the chosen language. */
import type { KnowledgeGraph } from '../kg/model';
import { dictionaries, type Lang, type MessageKey } from './i18n.svelte';
import type { RelationDirection } from '../kg/query/relations-of';
import { directedRelationLabel } from '../kg/labels';

export function branchHeading(graph: KnowledgeGraph, relation: string, direction: RelationDirection, lang: Lang): string {
	const heading = dictionaries[lang][`branch.${direction}.${relation}` as MessageKey];
	if (heading) return heading;
	// A relation type this app has no heading for (another knowledge base): its own label with the direction.
	return directedRelationLabel(graph, relation, direction, lang);
}
