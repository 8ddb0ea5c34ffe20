import type { KnowledgeGraph, Passage, Span } from '../model';

/** [start, end) offsets relative to `passage.text`. */
export type Highlight = [number, number];

export interface PassageMatch {
	passage: Passage;
	/** Sorted, overlapping ranges merged. */
	highlights: Highlight[];
	/** The passage defines the concept; always false for edge evidence. */
	defining: boolean;
	/** Higher is more relevant; the list is already sorted by it. */
	score: number;
}

export interface EdgePassageMatch extends PassageMatch {
	/** Mentions of the edge's source and target inside the passage, merged. */
	mentionHighlights: Highlight[];
}

export interface PassageCount {
	doc: string;
	title: string;
	count: number;
}

/**
 * The passages that mention a concept, most relevant first: passages with a
 * sentence that defines it, then passages under a heading that names it, then
 * those that mention it most often, then document order.
 * score = 2·(defines) + 1·(heading names it) + m / (m + 1) for m mentions.
 * Only a defining sentence marks a passage as defining: a heading naming the
 * concept is often an article title that names several (seen in the corpus).
 */
export function passagesForNode(graph: KnowledgeGraph, key: string): PassageMatch[] {
	if (!graph.hasNode(key)) return [];
	const { label, mentions } = graph.getNodeAttributes(key);
	const order = documentOrder(graph);
	return [...groupByPassage(graph, mentions)]
		.map(([passage, spans]) => {
			const highlights = mergeRanges(spans.map((s) => relative(passage, s)));
			const defining = definesIt(passage, highlights);
			const underHeading = headingNames(passage, label);
			return {
				passage,
				highlights,
				defining,
				score: (defining ? 2 : 0) + (underHeading ? 1 : 0) + spans.length / (spans.length + 1)
			};
		})
		.sort((x, y) => y.score - x.score || order(x.passage) - order(y.passage));
}

/** How many passages of each document mention the concept, in document order, documents without any left out. */
export function passageCountsByDoc(graph: KnowledgeGraph, key: string): PassageCount[] {
	if (!graph.hasNode(key)) return [];
	const passages = new Set(graph.getNodeAttribute(key, 'mentions').map((m) => m.passage));
	const counts = new Map<string, number>();
	for (const passage of graph.getAttribute('passages')) {
		if (passages.has(passage.id)) counts.set(passage.doc, (counts.get(passage.doc) ?? 0) + 1);
	}
	return graph
		.getAttribute('documents')
		.filter((doc) => counts.has(doc.id))
		.map((doc) => ({ doc: doc.id, title: doc.title, count: counts.get(doc.id) ?? 0 }));
}

/**
 * The passages that state a relation, the evidence highlighted; passages with
 * more evidence first, then document order. score = number of evidence spans.
 */
export function passagesForEdge(graph: KnowledgeGraph, edgeKey: string): EdgePassageMatch[] {
	if (!graph.hasEdge(edgeKey)) return [];
	const { evidence } = graph.getEdgeAttributes(edgeKey);
	const ends = [graph.source(edgeKey), graph.target(edgeKey)];
	const endMentions = ends.flatMap((node) => graph.getNodeAttribute(node, 'mentions'));
	const order = documentOrder(graph);
	return [...groupByPassage(graph, evidence)]
		.map(([passage, spans]) => ({
			passage,
			highlights: mergeRanges(spans.map((s) => relative(passage, s))),
			mentionHighlights: mergeRanges(
				endMentions.filter((m) => m.passage === passage.id).map((m) => relative(passage, m))
			),
			defining: false,
			score: spans.length
		}))
		.sort((x, y) => y.score - x.score || order(x.passage) - order(y.passage));
}

// ---------------------------------------------------------------- helpers

/** Spans grouped by their passage; spans naming an unknown passage are skipped. */
function groupByPassage(graph: KnowledgeGraph, spans: Span[]): Map<Passage, Span[]> {
	const byId = new Map(graph.getAttribute('passages').map((p) => [p.id, p]));
	const groups = new Map<Passage, Span[]>();
	for (const span of spans) {
		const passage = byId.get(span.passage);
		if (!passage) continue;
		const list = groups.get(passage);
		if (list) list.push(span);
		else groups.set(passage, [span]);
	}
	return groups;
}

/** Document offsets → offsets into passage.text, clamped to the passage. */
function relative(passage: Passage, span: Span): Highlight {
	const length = passage.end - passage.start;
	const clamp = (n: number) => Math.min(Math.max(n - passage.start, 0), length);
	return [clamp(span.start), clamp(span.end)];
}

/** Sorted ranges with overlapping (or touching) ones joined, so marks never nest. */
export function mergeRanges(ranges: Highlight[]): Highlight[] {
	const sorted = ranges.filter(([s, e]) => e > s).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
	const merged: Highlight[] = [];
	for (const [start, end] of sorted) {
		const last = merged[merged.length - 1];
		if (last && start <= last[1]) last[1] = Math.max(last[1], end);
		else merged.push([start, end]);
	}
	return merged;
}

/** Sort key for document order: the document's place in the graph, then the offset. */
function documentOrder(graph: KnowledgeGraph): (passage: Passage) => number {
	const docIndex = new Map(graph.getAttribute('documents').map((d, i) => [d.id, i]));
	// Offsets are UTF-16 indices, far below 1e9 for any article.
	return (passage) => (docIndex.get(passage.doc) ?? docIndex.size) * 1e9 + passage.start;
}

// ---------------------------------------------------------------- defining passages

/** Words after the concept that make a sentence a definition of it. */
const DEFINITION_CUE =
	/^[\s,:;–—-]*(?:[^\s.!?]+[\s,:;–—-]+){0,3}?(?:adalah|merupakan|yaitu|ialah|didefinisikan|dapat\s+diartikan)(?![\p{L}\p{N}])/iu;
/** What may stand before the concept at the start of a definition: nothing, a short "Menurut X," lead-in, or "yang dimaksud dengan". */
const DEFINITION_LEAD =
	/^[\s"'“‘(]*(?:(?:[^\s.!?,]+\s+){0,2}[^\s.!?,]+,\s*|(?:yang\s+dimaksud(?:\s+dengan)?|pengertian(?:\s+dari)?)\s+)?$/iu;

/**
 * A passage defines a concept when its heading names the concept, or when a
 * mention opens the passage's first sentence (after at most a short lead-in)
 * and is followed within a few words by a definition verb.
 */
function headingNames(passage: Passage, label: string): boolean {
	return passage.heading?.toLocaleLowerCase('id').includes(label.toLocaleLowerCase('id')) ?? false;
}

function definesIt(passage: Passage, mentions: Highlight[]): boolean {
	return mentions.some(
		([start, end]) =>
			DEFINITION_LEAD.test(passage.text.slice(0, start)) && DEFINITION_CUE.test(passage.text.slice(end))
	);
}
