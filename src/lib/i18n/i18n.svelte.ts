/**
 * The UI language: one shared rune state, a translate function, and the browser default.
 * Strings live in messages/<area>.ts, each with an `id` dictionary and an `en` one of the same keys.
 */
import * as explorer from './messages/explorer';
import * as io from './messages/io';
import * as teacher from './messages/teacher';

const id = { ...explorer.id, ...io.id, ...teacher.id };
const en: Record<MessageKey, string> = { ...explorer.en, ...io.en, ...teacher.en };

export type MessageKey = keyof typeof id;
export type Lang = 'id' | 'en';
export const LANGS: Lang[] = ['id', 'en'];
export const dictionaries: Record<Lang, Record<MessageKey, string>> = { id, en };

export function isLang(value: unknown): value is Lang {
	return value === 'id' || value === 'en';
}

/** Indonesian for Indonesian (and Malay) browsers, English otherwise. */
export function browserLang(languages: readonly string[]): Lang {
	const first = languages[0]?.toLowerCase() ?? '';
	return first.startsWith('id') || first.startsWith('ms') ? 'id' : 'en';
}

export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
	return dictionaries[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}

class Locale {
	lang = $state<Lang>('id');

	t = (key: MessageKey, params?: Record<string, string | number>): string => translate(this.lang, key, params);
}

export const locale = new Locale();
