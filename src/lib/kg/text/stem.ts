/**
 * Indonesian stemming: the override/synonym table first, then the rule-based
 * Snowball stemmer of @orama/stemmers (Apache-2.0; no root dictionary is shipped).
 */
import { stemmer } from '@orama/stemmers/indonesian';
import { normalise } from './normalise';
import { overrideStem } from './synonyms';
import { baseOfReduplication, tokenise, type Token } from './tokenise';

export interface StemmedToken extends Token {
	stem: string;
}

/** Short words are mostly function words or acronyms whose letters an affix rule would eat. */
const MAX_UNSTEMMED_LENGTH = 3;
/** "IDI", "PERADI": short words in capitals; longer capitals are shouted words, not acronyms. */
const ACRONYM = /^(?=.*\p{Lu})[\p{Lu}\p{N}]{2,6}$/u;
const HAS_DIGIT = /\p{N}/u;
const HAS_HYPHEN = /[-\u2010\u2011]/;

const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

export function stem(word: string): string {
	const base = HAS_HYPHEN.test(word) ? baseOfReduplication(word) : undefined;
	if (base !== undefined) return stem(base);
	const key = normalise(word);
	const fixed = overrideStem(key);
	if (fixed !== undefined) return fixed;
	if (ACRONYM.test(word.normalize('NFC')) || key.length <= MAX_UNSTEMMED_LENGTH || HAS_DIGIT.test(key))
		return key;
	return stemNormalised(key);
}

/** A word → stem function: Indonesian `stem` here, English `stemEnglish` in stem-en.ts. */
export type Stemmer = (word: string) => string;

/** Tokens of `text`, each with its stem (a reduplicated token has the stem of its base word). */
export function stemTokens(text: string, stemWord: Stemmer = stem): StemmedToken[] {
	return tokenise(text).map((token) => ({ ...token, stem: stemWord(token.text) }));
}

function stemNormalised(key: string): string {
	let result = cache.get(key);
	if (result === undefined) {
		if (cache.size >= CACHE_LIMIT) cache.clear();
		result = stemmer(key);
		cache.set(key, result);
	}
	return result;
}
