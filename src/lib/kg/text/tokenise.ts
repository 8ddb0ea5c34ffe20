/**
 * Words with exact UTF-16 offsets into the input.
 *
 * A word is a run of letters, combining marks and digits. Hyphens decide as follows:
 * - reduplication is ONE token over the whole span: "kelompok-kelompok", "hak-hak",
 *   and the affixed forms where one half contains the other as its end or start
 *   ("seolah-olah", "bersama-sama", "berbeda-beda", "anak-anakan");
 * - any other hyphenated compound ("cross-functional", "COVID-19", "e-mail") is split into
 *   its parts, so a search for "functional" finds it and the phrase "cross functional"
 *   matches it. Rhyming or sound-changing pairs ("sayur-mayur", "tolong-menolong") are
 *   not recognised and split too.
 * Spaces never join words: "mengakibat kan" is two tokens.
 */
import { normalise } from './normalise';

export interface Token {
	/** Exactly `input.slice(start, end)`. */
	text: string;
	start: number;
	end: number;
}

const HYPHENATED_WORD = /[\p{L}\p{M}\p{N}]+(?:[-\u2010\u2011][\p{L}\p{M}\p{N}]+)*/gu;
const HYPHEN = /[-\u2010\u2011]/;

export function tokenise(text: string): Token[] {
	const tokens: Token[] = [];
	for (const match of text.matchAll(HYPHENATED_WORD)) {
		const start = match.index;
		const parts = splitParts(match[0], start);
		for (let i = 0; i < parts.length; i++) {
			const part = parts[i];
			const next = parts[i + 1];
			if (next && reduplicationBase(part.text, next.text) !== undefined) {
				tokens.push({ text: text.slice(part.start, next.end), start: part.start, end: next.end });
				i++;
			} else {
				tokens.push(part);
			}
		}
	}
	return tokens;
}

/**
 * The base word of a reduplicated token ("kelompok-kelompok" → "kelompok",
 * "bersama-sama" → "sama"), or undefined when the token is not a reduplication.
 */
export function baseOfReduplication(token: string): string | undefined {
	const parts = token.split(HYPHEN);
	if (parts.length !== 2) return undefined;
	return reduplicationBase(parts[0], parts[1]);
}

/** The shorter half is the base: the longer one only adds an affix to it. */
function reduplicationBase(first: string, second: string): string | undefined {
	const a = normalise(first);
	const b = normalise(second);
	const shorter = a.length <= b.length ? a : b;
	if (shorter.length < 2) return undefined;
	if (a === b || a.endsWith(b) || b.startsWith(a)) return a.length <= b.length ? first : second;
	return undefined;
}

function splitParts(word: string, offset: number): Token[] {
	const parts: Token[] = [];
	let partStart = 0;
	for (let i = 0; i <= word.length; i++) {
		if (i === word.length || HYPHEN.test(word[i])) {
			parts.push({ text: word.slice(partStart, i), start: offset + partStart, end: offset + i });
			partStart = i + 1;
		}
	}
	return parts;
}
