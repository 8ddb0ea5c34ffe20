/**
 * The sentence that supports a suggestion, cut into plain text segments with the named concepts
 * marked, for the review list to render as text (never as HTML: the sentence is the person's).
 */
import type { Passage, Span } from '../kg/model';
import type { Extraction, SuggestedConcept, SuggestedRelation } from '../kg/extract/types';

export interface Segment {
	text: string;
	mark: boolean;
}

/** A longer statement is shortened around its marks to about this many characters. */
const MAX_CHARS = 320;
/** A relation stated by a lead-in and its list item shows both; more would crowd the list. */
const MAX_STATEMENTS = 3;

export class EvidenceIndex {
	#passages: Map<string, Passage>;
	#concepts: Map<string, SuggestedConcept>;

	constructor(extraction: Extraction) {
		this.#passages = new Map(extraction.passages.map((p) => [p.id, p]));
		this.#concepts = new Map(extraction.concepts.map((c) => [c.key, c]));
	}

	/** Where the concept is stated (or, failing that, first named), with its name marked. */
	concept(concept: SuggestedConcept): Segment[][] {
		return [this.#segments(concept.evidence[0] ?? concept.mentions[0], concept.mentions)];
	}

	/** The sentences stating the relation, with both concepts marked. */
	relation(relation: SuggestedRelation): Segment[][] {
		const marks = [relation.source, relation.target].flatMap((key) => this.#concepts.get(key)?.mentions ?? []);
		return relation.evidence.slice(0, MAX_STATEMENTS).map((span) => this.#segments(span, marks));
	}

	/** The document a span is in, for a list of texts with more than one. */
	documentOf(span: Span | undefined): string | undefined {
		return span ? this.#passages.get(span.passage)?.doc : undefined;
	}

	#segments(span: Span | undefined, marks: Span[]): Segment[] {
		const passage = span && this.#passages.get(span.passage);
		if (!span || !passage) return [];
		const { start, end } = sentenceAround(passage, span);
		const inside = marks
			.filter((m) => m.passage === span.passage && m.start >= start && m.end <= end)
			.sort((a, b) => a.start - b.start);
		return cut(passage, start, end, inside);
	}
}

/** The whole sentence a span lies in, inside its passage (document offsets); a lead-in ends at its colon, a list item at its line. */
export function sentenceAround(passage: Passage, span: Span): { start: number; end: number } {
	const text = passage.text;
	let from = Math.max(0, span.start - passage.start);
	let to = Math.min(text.length, span.end - passage.start);
	while (from > 0 && text[from - 1] !== '\n' && !/[.!?:]\s/.test(text.slice(from - 2, from))) from--;
	while (to < text.length && !/[.!?:]/.test(text[to - 1] ?? '') && text[to] !== '\n') to++;
	return { start: passage.start + from, end: passage.start + to };
}

function cut(passage: Passage, start: number, end: number, marks: Span[]): Segment[] {
	const slice = (a: number, b: number) => passage.text.slice(a - passage.start, b - passage.start);
	let from = start;
	let to = end;
	if (to - from > MAX_CHARS) {
		const first = marks[0]?.start ?? start;
		from = Math.max(start, first - MAX_CHARS / 3);
		to = Math.min(end, from + MAX_CHARS);
	}
	const segments: Segment[] = [];
	let at = from;
	for (const m of marks) {
		if (m.start < at || m.end > to) continue;
		if (m.start > at) segments.push({ text: slice(at, m.start), mark: false });
		segments.push({ text: slice(m.start, m.end), mark: true });
		at = m.end;
	}
	if (at < to) segments.push({ text: slice(at, to), mark: false });
	if (from > start) segments.unshift({ text: '…', mark: false });
	if (to < end) segments.push({ text: '…', mark: false });
	return segments;
}
