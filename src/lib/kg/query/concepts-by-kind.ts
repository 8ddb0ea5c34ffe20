/**
 * The concepts of a map in the order a person looks for them: by name in the reader's language,
 * and under each declared kind for the lists and menus that group them.
 */
import type { Kind, KnowledgeGraph } from '../model';
import type { Lang } from '../lang';
import { nodeLabel } from '../labels';

/** The keys sorted by their label in `lang`, with that language's collation. */
export function sortedByLabel(graph: KnowledgeGraph, keys: string[], lang: Lang): string[] {
	const labels = new Map(keys.map((key) => [key, nodeLabel(graph, key, lang)]));
	return [...keys].sort((a, b) => labels.get(a)!.localeCompare(labels.get(b)!, lang));
}

/** Every declared kind, in the map's order, with its concepts sorted by label (a kind may have none). */
export function conceptsByKind(graph: KnowledgeGraph, lang: Lang): Array<{ kind: Kind; keys: string[] }> {
	return graph.getAttribute('kinds').map((kind) => ({
		kind,
		keys: sortedByLabel(graph, graph.filterNodes((_, a) => a.kind === kind.id), lang)
	}));
}
