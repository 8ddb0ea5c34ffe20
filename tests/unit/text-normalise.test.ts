import { describe, it, expect } from 'vitest';
import { normalise } from '../../src/lib/kg/text/normalise';
import { tokenise } from '../../src/lib/kg/text/tokenise';

describe('normalise', () => {
	it('lower-cases', () => {
		expect(normalise('Kelompok OKUPASIONAL')).toBe('kelompok okupasional');
	});

	it('composes decomposed letters (NFC) so both spellings give one key', () => {
		const decomposed = 'Cafe\u0301';
		expect(decomposed.length).toBe(5);
		expect(normalise(decomposed)).toBe('caf\u00e9');
		expect(normalise(decomposed)).toBe(normalise('CAF\u00c9'));
	});
});

describe('tokenise', () => {
	it('gives words with exact UTF-16 offsets, skipping punctuation and NBSP', () => {
		const text = 'Kelompok okupasional (occupational group) adalah:\u00a0 sejenis.';
		const tokens = tokenise(text);
		expect(tokens.map((t) => t.text)).toEqual([
			'Kelompok',
			'okupasional',
			'occupational',
			'group',
			'adalah',
			'sejenis'
		]);
		for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
		expect(tokens[2].start).toBe(22);
	});

	it('keeps offsets exact after characters outside the BMP', () => {
		const text = '\u{1F600} kelompok';
		const [token] = tokenise(text);
		expect(token).toEqual({ text: 'kelompok', start: 3, end: 11 });
	});

	it('keeps letters with diacritics and digits inside words', () => {
		expect(tokenise('café 2023 Rp50').map((t) => t.text)).toEqual(['café', '2023', 'Rp50']);
	});

	it.each([
		'kelompok-kelompok',
		'fungsi-fungsi',
		'orang-orang',
		'hak-hak',
		'ide-ide',
		'isu-isu',
		'praktek-praktek',
		'kepentingan-kepentingan',
		'seolah-olah',
		'bersama-sama',
		'berbeda-beda',
		'sehari-hari',
		'Hak-hak'
	])('keeps the reduplication %s as one token over the whole span', (word) => {
		const text = `para ${word} itu`;
		const tokens = tokenise(text);
		expect(tokens.map((t) => t.text)).toEqual(['para', word, 'itu']);
		expect(tokens[1]).toEqual({ text: word, start: 5, end: 5 + word.length });
	});

	it('splits hyphenated compounds that are not reduplication', () => {
		const text = 'Kelompok Okupasional Cross-Functional dan COVID-19';
		const tokens = tokenise(text);
		expect(tokens.map((t) => t.text)).toEqual([
			'Kelompok',
			'Okupasional',
			'Cross',
			'Functional',
			'dan',
			'COVID',
			'19'
		]);
		expect(tokens[3].start).toBe(text.indexOf('Functional'));
	});

	it('does not join words separated by a space', () => {
		expect(tokenise('mengakibat kan').map((t) => t.text)).toEqual(['mengakibat', 'kan']);
	});

	it('does not treat a one-letter prefix as reduplication', () => {
		expect(tokenise('e-e').map((t) => t.text)).toEqual(['e', 'e']);
	});
});
