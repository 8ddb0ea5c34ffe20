/**
 * The UI language: one shared rune state, a translate function, and the browser default.
 * Strings live in messages/<area>.ts, each with an `id` dictionary and an `en` one of the same keys.
 * The explorer's strings ship with every page; the teaching views register theirs when they load
 * (routes/(teach)/+layout.svelte), so the explorer does not carry them.
 */
import * as explorer from './messages/explorer';
import * as io from './messages/io';
import * as shell from './messages/shell';

type TeacherKey = keyof typeof import('./messages/teacher').id;
export type MessageKey = keyof typeof explorer.id | keyof typeof io.id | keyof typeof shell.id | TeacherKey;
export type Lang = 'id' | 'en';
export const LANGS: Lang[] = ['id', 'en'];

interface MessageModule {
	id: Partial<Record<MessageKey, string>>;
	en: Partial<Record<MessageKey, string>>;
}

export const dictionaries: Record<Lang, Partial<Record<MessageKey, string>>> = {
	id: { ...explorer.id, ...io.id, ...shell.id },
	en: { ...explorer.en, ...io.en, ...shell.en }
};

/** Adds an area's strings (both languages) to the dictionaries. */
export function registerMessages(module: MessageModule): void {
	Object.assign(dictionaries.id, module.id);
	Object.assign(dictionaries.en, module.en);
}

export function isLang(value: unknown): value is Lang {
	return value === 'id' || value === 'en';
}

/** Indonesian for Indonesian (and Malay) browsers, English otherwise. */
export function browserLang(languages: readonly string[]): Lang {
	const first = languages[0]?.toLowerCase() ?? '';
	return first.startsWith('id') || first.startsWith('ms') ? 'id' : 'en';
}

export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
	// An unregistered area shows its keys: visible in review, never a crash.
	return (dictionaries[lang][key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}

class Locale {
	lang = $state<Lang>('id');

	t = (key: MessageKey, params?: Record<string, string | number>): string => translate(this.lang, key, params);
}

export const locale = new Locale();
