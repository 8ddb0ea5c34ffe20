import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createPhraseMatcher, type PhraseMatch } from '../../src/lib/kg/text/match';

const CORPUS = join(import.meta.dirname, '../../graph/corpus');

/** The surfaces a matcher found, with their ids, so each test reads as text. */
function surfaces(text: string, matches: PhraseMatch[]): Array<[string, string]> {
	return matches.map((m) => [m.id, text.slice(m.start, m.end)]);
}

describe('createPhraseMatcher', () => {
	it('matches inflected and reduplicated forms by stem, with exact offsets', () => {
		const matcher = createPhraseMatcher([
			{ id: 'kelompok-volunter', phrase: 'Kelompok Volunter' },
			{ id: 'pekerjaan', phrase: 'pekerjaan' }
		]);
		const text = 'Munculnya kelompok-kelompok volunter; orang yang bekerja.';
		expect(surfaces(text, matcher.find(text))).toEqual([
			['kelompok-volunter', 'kelompok-kelompok volunter'],
			['pekerjaan', 'bekerja']
		]);
		expect(matcher.find(text)[0]).toEqual({ id: 'kelompok-volunter', start: 10, end: 36 });
	});

	it('matches the synonym group: "kelompok relawan" and "kelompok sukarelawan" are "kelompok volunter"', () => {
		const matcher = createPhraseMatcher([{ id: 'kv', phrase: 'kelompok volunter' }]);
		const text = 'kelompok relawan bencana dan kelompok sukarelawan';
		expect(surfaces(text, matcher.find(text))).toEqual([
			['kv', 'kelompok relawan'],
			['kv', 'kelompok sukarelawan']
		]);
	});

	it('prefers the longest phrase where matches overlap', () => {
		const matcher = createPhraseMatcher([
			{ id: 'ko', phrase: 'kelompok okupasional' },
			{ id: 'kof', phrase: 'kelompok okupasional formal' },
			{ id: 'formal', phrase: 'formal' }
		]);
		const text = 'Kelompok okupasional formal adalah kelompok okupasional yang resmi, bukan informal.';
		expect(surfaces(text, matcher.find(text))).toEqual([
			['kof', 'Kelompok okupasional formal'],
			['ko', 'kelompok okupasional']
		]);
	});

	it('is leftmost first: an earlier match wins over a later longer one it overlaps', () => {
		const matcher = createPhraseMatcher([
			{ id: 'a', phrase: 'kelompok sosial' },
			{ id: 'b', phrase: 'sosial okupasional formal' }
		]);
		const text = 'kelompok sosial okupasional formal';
		expect(surfaces(text, matcher.find(text))).toEqual([['a', 'kelompok sosial']]);
	});

	it('gives every id that shares a phrase its own entry, once each', () => {
		const matcher = createPhraseMatcher([
			{ id: 'x', phrase: 'serikat pekerja' },
			{ id: 'y', phrase: 'Serikat Pekerja' },
			{ id: 'x', phrase: 'serikat  pekerja' }
		]);
		const text = 'Melalui serikat pekerja, buruh bersatu.';
		const found = matcher.find(text);
		expect(found.map((m) => m.id).sort()).toEqual(['x', 'y']);
		for (const m of found) expect(text.slice(m.start, m.end)).toBe('serikat pekerja');
	});

	it('does not match across punctuation or a line break', () => {
		const matcher = createPhraseMatcher([{ id: 'ko', phrase: 'kelompok okupasional' }]);
		for (const text of ['dalam kelompok. Okupasional', 'kelompok,okupasional', 'Kelompok\nOkupasional'])
			expect(matcher.find(text)).toEqual([]);
		expect(matcher.find('kelompok\u00a0okupasional')).toHaveLength(1);
	});

	it('matches a hyphenated compound and its spaced spelling alike', () => {
		const matcher = createPhraseMatcher([{ id: 'cf', phrase: 'Kelompok Okupasional Cross-Functional' }]);
		const text = 'kelompok okupasional cross-functional dan kelompok okupasional cross functional';
		expect(surfaces(text, matcher.find(text))).toEqual([
			['cf', 'kelompok okupasional cross-functional'],
			['cf', 'kelompok okupasional cross functional']
		]);
	});

	it('matches acronyms as words, and ignores empty phrases', () => {
		const matcher = createPhraseMatcher([
			{ id: 'idi', phrase: 'IDI' },
			{ id: 'idi', phrase: 'Ikatan Dokter Indonesia' },
			{ id: 'none', phrase: ' … ' }
		]);
		const text = 'Ikatan Dokter Indonesia (IDI) merupakan contoh; IDI mewadahi dokter.';
		expect(surfaces(text, matcher.find(text))).toEqual([
			['idi', 'Ikatan Dokter Indonesia'],
			['idi', 'IDI'],
			['idi', 'IDI']
		]);
	});

	it('finds a known number of mentions in the corpus, each slice matching its surface', () => {
		const matcher = createPhraseMatcher([
			{ id: 'kelompok-okupasional', phrase: 'kelompok okupasional' },
			{ id: 'kelompok-volunter', phrase: 'kelompok volunter' }
		]);
		const text = readFileSync(join(CORPUS, '000_f9aa17d7906ce2fa.txt'), 'utf8');
		const found = matcher.find(text);
		for (const m of found) expect(text.slice(m.start, m.end)).toMatch(/^kelompok(-kelompok)? (okupasional|volunter)$/i);
		expect(found.filter((m) => m.id === 'kelompok-okupasional')).toHaveLength(6);
		expect(found.filter((m) => m.id === 'kelompok-volunter')).toHaveLength(8);
	});

	it('matches 300 concepts × 1000 phrases over the whole corpus (its speed is measured in npm run bench)', () => {
		const texts = readdirSync(CORPUS).map((f) => readFileSync(join(CORPUS, f), 'utf8'));
		const words = [...new Set(texts.join(' ').toLowerCase().match(/\p{L}+/gu) ?? [])];
		const phrases = Array.from({ length: 1000 }, (_, i) => ({
			id: `c${i % 300}`,
			phrase: `${words[(i * 7) % words.length]} ${words[(i * 13 + 1) % words.length]}`
		}));
		phrases.push({ id: 'ko', phrase: 'kelompok okupasional' });
		const matcher = createPhraseMatcher(phrases);
		let found = 0;
		for (const text of texts) found += matcher.find(text).length;
		expect(found).toBeGreaterThan(100);
	});
});
