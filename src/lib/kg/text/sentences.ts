/**
 * Sentences with exact UTF-16 offsets. A line break always ends a sentence (a list title or a
 * heading has no final stop); inside a line a sentence ends at ".", "!", "?" or "…" followed by
 * a space and a capital, a digit, a quote or a bracket. A stop after an abbreviation
 * ("dll.", "e.g.", "Dr.") or a single initial ("Pitirim A. Sorokin") does not end one.
 */

export interface SentenceSpan {
	/** Offsets into the text given to `splitSentences`; the span is trimmed of spaces. */
	start: number;
	end: number;
}

const ABBREVIATIONS = new Set([
	'dll', 'dsb', 'dst', 'dkk', 'dr', 'drs', 'prof', 'ir', 'h', 'hj', 'st', 'no', 'jl', 'tn', 'ny', 'sdr', 'bpk',
	'vs', 'eg', 'ie', 'mr', 'mrs', 'ms', 'jr', 'sr', 'etc', 'cf', 'fig', 'approx', 'misal', 'yth'
]);
/** Stop, then spaces, then what may open the next sentence. */
const BOUNDARY = /([.!?\u2026]+)["'\u201D\u2019)\]]*[ \t\u00A0]+(?=["'\u201C\u2018(\[]?[\p{Lu}\p{N}])/gu;

export function splitSentences(text: string): SentenceSpan[] {
	const spans: SentenceSpan[] = [];
	for (const line of text.matchAll(/[^\r\n]+/g)) {
		let from = 0;
		const body = line[0];
		for (const stop of body.matchAll(BOUNDARY)) {
			const stopAt = stop.index;
			if (stop[1] === '.' && (isAbbreviation(body, stopAt) || isListNumber(body, stopAt))) continue;
			push(spans, line.index + from, line.index + stopAt + stop[0].trimEnd().length, text);
			from = stopAt + stop[0].length;
		}
		push(spans, line.index + from, line.index + body.length, text);
	}
	return spans;
}

/** The word before a "." is an abbreviation or an initial. */
function isAbbreviation(line: string, stopAt: number): boolean {
	const word = /([\p{L}.]+)$/u.exec(line.slice(Math.max(0, stopAt - 24), stopAt))?.[1] ?? '';
	if (/^\p{Lu}$/u.test(word)) return true;
	return ABBREVIATIONS.has(word.toLowerCase().replace(/\./g, ''));
}

/** "2. Kelompok …": the number of a list item, not a sentence. */
function isListNumber(line: string, stopAt: number): boolean {
	return /^\s*\d{1,3}$/.test(line.slice(0, stopAt));
}

function push(spans: SentenceSpan[], start: number, end: number, text: string): void {
	while (start < end && /\s/.test(text[start])) start++;
	while (end > start && /\s/.test(text[end - 1])) end--;
	if (end > start) spans.push({ start, end });
}
