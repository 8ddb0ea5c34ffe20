/**
 * A reader's text selection as spans of the contract: two points in one passage's text
 * (offsets into `passage.text`, in either order) become document offsets, widened to whole
 * words (a drag or shift+arrows often stops inside one) and trimmed of the spaces and
 * punctuation around them, so "Jadikan konsep" names "Ikatan Dokter Indonesia", not "katan Dokter Indonesia, ".
 */
import type { Passage, Span } from '../model';

/** A selection end: where it lies in a passage's text. */
export interface PassagePoint {
	passage: string;
	offset: number;
}

export type SelectionSpan =
	| {
			ok: true;
			/** The selected words, as evidence keeps them (a sentence with its full stop). */
			span: Span;
			/** The same words as a name: without a closing full stop, question or exclamation mark. */
			name: Span;
			/** What `name` covers, as written. */
			nameText: string;
			words: number;
	  }
	| { ok: false; reason: 'empty' | 'across-passages' | 'unknown-passage' };

/** More words than this is a passage, not a name; fewer than this states nothing (no evidence). */
export const NAME_MAX_WORDS = 12;
export const STATEMENT_MIN_WORDS = 3;

const WORD = /[\p{L}\p{N}\p{M}]/u;
/** Left off either end: spaces, and the punctuation around words in running text. */
const EDGE = /[\s,;:()[\]{}"'“”‘’«»…–—-]/u;
const SENTENCE_END = /[.!?]/u;

export function selectionSpan(passages: ReadonlyMap<string, Passage>, a: PassagePoint, b: PassagePoint): SelectionSpan {
	if (a.passage !== b.passage) return { ok: false, reason: 'across-passages' };
	const passage = passages.get(a.passage);
	if (!passage) return { ok: false, reason: 'unknown-passage' };
	const { text } = passage;
	const clamp = (n: number) => Math.max(0, Math.min(text.length, n));
	let start = clamp(Math.min(a.offset, b.offset));
	let end = clamp(Math.max(a.offset, b.offset));
	// Whole words: a selection that starts or ends inside a word takes all of it.
	while (start > 0 && start < end && WORD.test(text[start]) && WORD.test(text[start - 1])) start--;
	while (end < text.length && end > start && WORD.test(text[end - 1]) && WORD.test(text[end])) end++;
	while (start < end && EDGE.test(text[start])) start++;
	while (end > start && EDGE.test(text[end - 1])) end--;
	let nameEnd = end;
	while (nameEnd > start && (SENTENCE_END.test(text[nameEnd - 1]) || EDGE.test(text[nameEnd - 1]))) nameEnd--;
	if (nameEnd === start) return { ok: false, reason: 'empty' };
	const at = (from: number, to: number): Span => ({ passage: passage.id, start: passage.start + from, end: passage.start + to });
	return {
		ok: true,
		span: at(start, end),
		name: at(start, nameEnd),
		nameText: text.slice(start, nameEnd),
		words: text.slice(start, end).split(/\s+/).filter((word) => WORD.test(word)).length
	};
}

/** Whether a selection of this many words can name a concept, and whether it can state a relation. */
export const canName = (words: number) => words >= 1 && words <= NAME_MAX_WORDS;
export const canState = (words: number) => words >= STATEMENT_MIN_WORDS;
