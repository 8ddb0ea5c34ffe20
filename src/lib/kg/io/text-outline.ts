/**
 * What the line-based text exporters (Markdown outline, Mermaid) share: text
 * on one line, and a concept's surroundings as a tree.
 */
import type { KnowledgeGraph } from '../model';

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
