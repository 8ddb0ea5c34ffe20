import { describe, expect, it } from 'vitest';
import { browserLang, dictionaries, locale, registerMessages, startingLang, translate, withLang } from '../../src/lib/i18n/i18n.svelte';
import * as edit from '../../src/lib/i18n/messages/edit';
import * as editMode from '../../src/lib/i18n/messages/edit-mode';
import * as explorer from '../../src/lib/i18n/messages/explorer';
import * as io from '../../src/lib/i18n/messages/io';
import * as shell from '../../src/lib/i18n/messages/shell';
import * as teacher from '../../src/lib/i18n/messages/teacher';
import * as ownText from '../../src/lib/i18n/messages/own-text';
import { importErrorMessage, importNoteMessage } from '../../src/lib/i18n/messages/import-errors';
import { IMPORT_ERROR_CODES, IMPORT_NOTE_CODES } from '../../src/lib/kg/io/errors';
import { LANGS } from '../../src/lib/kg/lang';
import { extractFailureText } from '../../src/lib/i18n/extract-failure';

describe('UI strings', () => {
	it.each([
		['edit', edit],
		['editMode', editMode],
		['explorer', explorer],
		['io', io],
		['shell', shell],
		['teacher', teacher],
		['own-text', ownText]
	] as Array<[string, { id: Record<string, string>; en: Record<string, string> }]>)('of the %s area exist in both languages with the same placeholders', (_area, { id, en }) => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
		for (const key of Object.keys(id)) {
			expect(en[key].trim(), key).not.toBe('');
			const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
			expect(names(en[key]), key).toEqual(names(id[key]));
		}
	});

	it('never give one key to two areas', () => {
		const keys = [edit, editMode, explorer, io, shell, teacher, ownText].flatMap((m) => Object.keys(m.id));
		expect(keys.length).toBe(new Set(keys).size);
	});

	it('of the teaching views are there once registered', () => {
		expect(dictionaries.id['tours.title']).toBeUndefined();
		registerMessages(teacher);
		expect(translate('id', 'tours.title')).toBe(teacher.id['tours.title']);
	});

	it('fill placeholders', () => {
		expect(translate('id', 'path.hops', { count: 3 })).toBe('3 langkah');
		expect(translate('en', 'search.none', { query: 'x' })).toBe('No results for "x"');
	});

	it('default to Indonesian for Indonesian browsers and English otherwise', () => {
		expect(browserLang(['id-ID', 'en'])).toBe('id');
		expect(browserLang(['en-GB'])).toBe('en');
		expect(browserLang([])).toBe('en');
	});
});

describe('import problems', () => {
	// Every code with words of its own in every language: no code falls back to another's wording.
	const worded = (message: (lang: (typeof LANGS)[number]) => string) => LANGS.map(message);

	it.each(IMPORT_ERROR_CODES)('error %s has its own words in each language', (code) => {
		const words = worded((lang) => importErrorMessage({ code, params: {} }, lang));
		for (const text of words) expect(text.trim()).not.toBe('');
		expect(new Set(words).size).toBe(LANGS.length);
		if (code !== 'schema') expect(words[0]).not.toBe(importErrorMessage({ code: 'schema', params: {} }, 'id'));
	});

	it.each(IMPORT_NOTE_CODES)('note %s has its own words in each language', (code) => {
		const words = worded((lang) => importNoteMessage({ code, params: {} }, lang));
		for (const text of words) expect(text.trim()).not.toBe('');
		expect(new Set(words).size).toBe(LANGS.length);
	});
});

describe('the starting language', () => {
	it('is the link’s, else the stored choice, else the browser’s', () => {
		expect(startingLang('en', 'id', ['id-ID'])).toEqual({ lang: 'en', chosen: true });
		expect(startingLang(null, 'en', ['id-ID'])).toEqual({ lang: 'en', chosen: true });
		expect(startingLang('xx', null, ['id-ID'])).toEqual({ lang: 'id', chosen: false });
		expect(startingLang(null, 'fr', ['en-GB'])).toEqual({ lang: 'en', chosen: false });
	});
});

describe('withLang', () => {
	it('adds the chosen language to a link, keeping its query and fragment', () => {
		locale.choose('en');
		expect(withLang('/read/doc?concept=a#passage-p1')).toBe('/read/doc?concept=a&lang=en#passage-p1');
		expect(withLang('/?lang=id')).toBe('/?lang=en');
		expect(withLang('/mindmap')).toBe('/mindmap?lang=en');
	});
});

describe('why finding concepts failed, in either language', () => {
	registerMessages(ownText);
	it.each(LANGS)('%s: a read problem names the file, no text and a crash have their own words, a fault keeps its text', (lang) => {
		const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(lang, key, params);
		const pdf = extractFailureText({ failed: 'scan.pdf: the PDF has no text layer', problem: 'no-text-layer', file: 'scan.pdf' }, t);
		expect(pdf).toContain('scan.pdf');
		expect(pdf).toBe(`${translate(lang, 'own.problem.no-text-layer', { file: 'scan.pdf' })} ${translate(lang, 'own.problemsKept')}`);
		for (const problem of ['no-input', 'busy', 'worker-failed'] as const) {
			const text = extractFailureText({ failed: 'English text', problem, detail: 'out of memory' }, t);
			expect(text).not.toContain('own.error');
			expect(text).not.toContain('English text');
		}
		expect(extractFailureText({ failed: 'boom' }, t)).toBe(translate(lang, 'own.failed', { message: 'boom' }));
	});

	it('reads differently in the two languages', () => {
		const say = (lang: 'id' | 'en') => extractFailureText({ failed: '', problem: 'no-input' }, (key, params) => translate(lang, key, params));
		expect(say('id')).not.toBe(say('en'));
	});
});
