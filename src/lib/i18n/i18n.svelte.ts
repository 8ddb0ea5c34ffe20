/**
 * The UI language: one shared rune state, a translate function, and where it comes from:
 * the link's `?lang=`, else the person's earlier choice (kept in local storage), else the browser.
 * Strings live in messages/<area>.ts, each with an `id` dictionary and an `en` one of the same keys.
 * The explorer's strings ship with every page; the teaching views register theirs when they load
 * (routes/(teach)/+layout.svelte), so the explorer does not carry them.
 */
import { isLang, type Lang } from '../kg/lang';
import * as edit from './messages/edit';
import * as editMode from './messages/edit-mode';
import * as explorer from './messages/explorer';
import * as grounding from './messages/grounding';
import * as io from './messages/io';
import * as mapsMessages from './messages/maps';
import * as shell from './messages/shell';

export { isLang, LANGS, type Lang } from '../kg/lang';

type TeacherKey = keyof typeof import('./messages/teacher').id;
type OwnTextKey = keyof typeof import('./messages/own-text').id;
export type MessageKey =
	| keyof typeof edit.id
	| keyof typeof editMode.id
	| keyof typeof explorer.id
	| keyof typeof grounding.id
	| keyof typeof io.id
	| keyof typeof mapsMessages.id
	| keyof typeof shell.id
	| TeacherKey
	| OwnTextKey;

interface MessageModule {
	id: Partial<Record<MessageKey, string>>;
	en: Partial<Record<MessageKey, string>>;
}

export const dictionaries: Record<Lang, Partial<Record<MessageKey, string>>> = {
	id: { ...edit.id, ...editMode.id, ...explorer.id, ...grounding.id, ...io.id, ...mapsMessages.id, ...shell.id },
	en: { ...edit.en, ...editMode.en, ...explorer.en, ...grounding.en, ...io.en, ...mapsMessages.en, ...shell.en }
};

/** Adds an area's strings (both languages) to the dictionaries. */
export function registerMessages(module: MessageModule): void {
	Object.assign(dictionaries.id, module.id);
	Object.assign(dictionaries.en, module.en);
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

const STORAGE_KEY = 'peta-konsep.lang';

/** The language a page starts in: the link's, else the stored choice, else the browser's. */
export function startingLang(fromUrl: string | null, stored: string | null, languages: readonly string[]): { lang: Lang; chosen: boolean } {
	if (isLang(fromUrl)) return { lang: fromUrl, chosen: true };
	if (isLang(stored)) return { lang: stored, chosen: true };
	return { lang: browserLang(languages), chosen: false };
}

class Locale {
	lang = $state<Lang>('id');
	/** Whether the language was chosen (now, earlier, or by the link) rather than guessed: then links carry it. */
	chosen = $state(false);

	t = (key: MessageKey, params?: Record<string, string | number>): string => translate(this.lang, key, params);

	/** The person picks a language: it holds on every page and later visits. */
	choose(lang: Lang) {
		this.lang = lang;
		this.chosen = true;
		try {
			localStorage.setItem(STORAGE_KEY, lang);
		} catch {
			/* storage blocked (private mode): the choice holds for this page and its links */
		}
	}

	/** Called once when a page opens in the browser (the root layout does it). */
	start(search: URLSearchParams) {
		let stored: string | null = null;
		try {
			stored = localStorage.getItem(STORAGE_KEY);
		} catch {
			/* no storage */
		}
		const { lang, chosen } = startingLang(search.get('lang'), stored, navigator.languages);
		this.lang = lang;
		this.chosen = chosen;
	}
}

export const locale = new Locale();

/** An internal link carrying the language once it was chosen, so a shared or opened link keeps it. */
export function withLang(href: string): string {
	if (!locale.chosen) return href;
	const hash = href.indexOf('#');
	const [path, fragment] = hash < 0 ? [href, ''] : [href.slice(0, hash), href.slice(hash)];
	const query = path.indexOf('?');
	const params = new URLSearchParams(query < 0 ? '' : path.slice(query + 1));
	params.set('lang', locale.lang);
	return `${query < 0 ? path : path.slice(0, query)}?${params}${fragment}`;
}
