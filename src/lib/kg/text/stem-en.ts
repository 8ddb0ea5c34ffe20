/**
 * English stemming for texts people bring: the Porter stemmer of @orama/stemmers (Apache-2.0),
 * with British and American spellings brought together first, and "-ization" nouns kept apart
 * from their adjective (the stemmer turns "socialization" into "social", so "social roles"
 * would count as a mention of socialization).
 */
import { stemmer } from '@orama/stemmers/english';
import { normalise } from './normalise';
import { baseOfReduplication } from './tokenise';

const MAX_UNSTEMMED_LENGTH = 3;
const ACRONYM = /^(?=.*\p{Lu})[\p{Lu}\p{N}]{2,6}$/u;
const HAS_DIGIT = /\p{N}/u;
const IZATION = /i[sz]ations?$/;

const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

export function stemEnglish(word: string): string {
	if (/[-\u2010\u2011]/.test(word) && baseOfReduplication(word) !== undefined) return stemEnglish(baseOfReduplication(word)!);
	const key = normalise(word).replace(/[\u2019']s$/, '');
	if (ACRONYM.test(word.normalize('NFC')) || key.length <= MAX_UNSTEMMED_LENGTH || HAS_DIGIT.test(key)) return key;
	let result = cache.get(key);
	if (result === undefined) {
		if (cache.size >= CACHE_LIMIT) cache.clear();
		result = IZATION.test(key) ? key.replace(IZATION, 'iz') : stemmer(americanSpelling(key));
		cache.set(key, result);
	}
	return result;
}

/** "behaviour" → "behavior", "organise" → "organize", "centre" → "center". */
function americanSpelling(word: string): string {
	return word
		.replace(/our(s|ed|ing|al)?$/, 'or$1')
		.replace(/is(e|es|ed|ing)$/, 'iz$1')
		.replace(/tre(s)?$/, 'ter$1');
}
