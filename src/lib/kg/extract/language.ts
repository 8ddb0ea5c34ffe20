/**
 * Which language a document is in, from its function words: the share of Indonesian and of
 * English profile words among the first words of the text. Texts people bring are Indonesian or
 * English; a text with too few function words to tell is taken as Indonesian, the app's language.
 */
import type { Language, LanguageProfile } from './profile';
import { english } from './profiles/en';
import { indonesian } from './profiles/id';

const PROFILES: Record<Language, LanguageProfile> = { id: indonesian, en: english };
const SAMPLE_WORDS = 3000;
const MIN_EVIDENCE = 5;

export interface DetectedLanguage {
	language: Language;
	/** 0..1: how clearly one language's function words outnumber the other's. */
	confidence: number;
}

export function profileFor(language: Language): LanguageProfile {
	return PROFILES[language];
}

export function detectLanguage(text: string): DetectedLanguage {
	const words = (text.slice(0, SAMPLE_WORDS * 8).toLowerCase().match(/\p{L}+/gu) ?? []).slice(0, SAMPLE_WORDS);
	let id = 0;
	let en = 0;
	for (const w of words) {
		if (indonesian.stopwords.has(w)) id++;
		if (english.stopwords.has(w)) en++;
	}
	if (id + en < MIN_EVIDENCE) return { language: 'id', confidence: 0 };
	const language: Language = en > id ? 'en' : 'id';
	return { language, confidence: Math.round((Math.abs(id - en) / (id + en)) * 100) / 100 };
}
