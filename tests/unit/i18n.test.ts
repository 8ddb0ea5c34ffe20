import { describe, expect, it } from 'vitest';
import { browserLang, dictionaries, translate } from '../../src/lib/i18n/i18n.svelte';

const { id, en } = dictionaries;

describe('UI strings', () => {
	it('exist in both languages with the same placeholders', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
		for (const key of Object.keys(id) as Array<keyof typeof id>) {
			expect(en[key].trim(), key).not.toBe('');
			const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
			expect(names(en[key]), key).toEqual(names(id[key]));
		}
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
