/** Words of the graph in the reader's language, shared by the text exporters. */
import type { KnowledgeGraph } from '../model';

export type Lang = 'id' | 'en';

export function nodeLabel(graph: KnowledgeGraph, key: string, lang: Lang): string {
	const node = graph.getNodeAttributes(key);
	return (lang === 'en' && node.labelEn) || node.label || key;
}

export function relationLabel(graph: KnowledgeGraph, relation: string, lang: Lang): string {
	const declared = graph.getAttribute('relations')?.find((r) => r.id === relation);
	return (declared && (lang === 'en' ? declared.label.en : declared.label.id)) || relation;
}

/** The best-connected concept: the natural root of a mind map or an outline when none is chosen. */
export function mainHub(graph: KnowledgeGraph): string | undefined {
	let best: string | undefined;
	let bestDegree = -1;
	graph.forEachNode((key) => {
		const degree = graph.degree(key);
		if (degree > bestDegree) [best, bestDegree] = [key, degree];
	});
	return best;
}

/** Text on one line: exporters whose syntax is line-based cannot carry line breaks. */
export function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

export interface TreeEntry {
	key: string;
	parent: string | null;
	depth: number;
	/** The edge that linked this node to its parent; null for the root. */
	edge: string | null;
	/** True when the edge points from the child to the parent. */
	inbound: boolean;
}

/**
 * Breadth-first tree around a root following edges both ways, each node once:
 * the shape of a mind map or an outline of a concept's surroundings.
 */
export function neighbourhoodTree(graph: KnowledgeGraph, rootKey: string, depth: number): TreeEntry[] {
	const entries: TreeEntry[] = [{ key: rootKey, parent: null, depth: 0, edge: null, inbound: false }];
	const seen = new Set([rootKey]);
	for (let i = 0; i < entries.length; i++) {
		const current = entries[i];
		if (current.depth >= depth) continue;
		graph.forEachEdge(current.key, (edge, _attributes, source, target) => {
			const inbound = target === current.key;
			const other = inbound ? source : target;
			if (seen.has(other)) return;
			seen.add(other);
			entries.push({ key: other, parent: current.key, depth: current.depth + 1, edge, inbound });
		});
	}
	return entries;
}
