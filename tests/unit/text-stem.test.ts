import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { stem, stemTokens } from '../../src/lib/kg/text/stem';

const CORPUS = join(import.meta.dirname, '../../graph/corpus');

function sameStem(words: string[]): string {
	const stems = new Set(words.map(stem));
	expect([...stems], words.join(', ')).toHaveLength(1);
	return [...stems][0];
}

describe('stem: word families', () => {
	it('bekerja, pekerjaan, pekerja, kerja', () => {
		expect(sameStem(['bekerja', 'pekerjaan', 'pekerja', 'kerja', 'Pekerjaannya'])).toBe('kerja');
	});

	it('kembang, berkembang, perkembangan, mengembangkan, pengembangan', () => {
		expect(
			sameStem(['kembang', 'berkembang', 'perkembangan', 'mengembangkan', 'pengembangan'])
		).toBe('kembang');
	});

	it('sejahtera, kesejahteraan', () => {
		expect(sameStem(['sejahtera', 'kesejahteraan', 'kesejahteraannya'])).toBe('sejahtera');
	});

	it('anggota, keanggotaan', () => {
		expect(sameStem(['anggota', 'keanggotaan', 'anggotanya'])).toBe('anggota');
	});

	it('the relawan group: relawan, sukarelawan, kerelawanan, volunter, voluntary, sukarela, kesukarelaan', () => {
		expect(
			sameStem([
				'relawan',
				'sukarelawan',
				'kerelawanan',
				'volunter',
				'Voluntary',
				'sukarela',
				'kesukarelaan'
			])
		).toBe('relawan');
	});

	it('kelompok, pengelompokan, berkelompok, sekelompok (the stemmer alone would give "lompok")', () => {
		expect(sameStem(['kelompok', 'pengelompokan', 'berkelompok', 'sekelompok', 'Kelompok'])).toBe(
			'kelompok'
		);
	});

	it('okupasional and occupational', () => {
		expect(sameStem(['okupasional', 'Occupational'])).toBe('okupasional');
	});

	it('keeps profesi, profesional and profesionalisme apart', () => {
		expect(stem('profesi')).toBe('profesi');
		expect(stem('profesional')).toBe('profesional');
		expect(stem('profesionalisme')).toBe('profesionalisme');
	});

	it('peningkatan and meningkatkan share the root tingkat', () => {
		expect(sameStem(['peningkatan', 'meningkatkan', 'tingkat'])).toBe('tingkat');
	});

	it('keeps words apart that the rule-based stemmer would conflate', () => {
		expect(stem('kepentingan')).not.toBe(stem('penting'));
		expect(stem('mereka')).not.toBe(stem('reka'));
		expect(stem('pengacara')).not.toBe(stem('acara'));
		expect(stem('masalah')).not.toBe(stem('masa'));
		expect(stem('pendapat')).not.toBe(stem('dapat'));
		expect(stem('pengalaman')).not.toBe(stem('alami'));
	});

	it('merges spelling variants', () => {
		expect(stem('karier')).toBe(stem('karir'));
		expect(stem('praktek')).toBe(stem('praktik'));
	});
});

describe('stem: words left alone', () => {
	it('never stems words of three letters or fewer', () => {
		expect(stem('hak')).toBe('hak');
		expect(stem('IAI')).toBe('iai');
		expect(stem('ide')).toBe('ide');
	});

	it('never stems acronyms written in capitals', () => {
		expect(stem('IDI')).toBe('idi');
		// PERADI, the Indonesian bar association; as a lower-case word "per-" would be cut off
		expect(stem('PERADI')).toBe('peradi');
		expect(stem('peradi')).not.toBe('peradi');
	});

	it('leaves numbers as they are', () => {
		expect(stem('2023')).toBe('2023');
	});
});

describe('stem: reduplication', () => {
	it('gives a reduplicated word the stem of its base word', () => {
		expect(stem('kelompok-kelompok')).toBe('kelompok');
		expect(stem('kepentingan-kepentingan')).toBe('kepentingan');
		expect(stem('praktek-praktek')).toBe('praktik');
		expect(stem('hak-hak')).toBe('hak');
		expect(stem('bersama-sama')).toBe(stem('sama'));
	});

	it('stemTokens keeps exact offsets and stems each token', () => {
		const text = 'Munculnya kelompok-kelompok volunter, bekerja sama.';
		const tokens = stemTokens(text);
		expect(tokens.map((t) => t.stem)).toEqual(['muncul', 'kelompok', 'relawan', 'kerja', 'sama']);
		for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
		expect(tokens[1].text).toBe('kelompok-kelompok');
	});
});

describe('stem: the corpus', () => {
	const words = readdirSync(CORPUS)
		.filter((f) => f.endsWith('.txt'))
		.flatMap((f) => stemTokens(readFileSync(join(CORPUS, f), 'utf8')));

	it('stems every corpus word to a non-empty key', () => {
		expect(words.length).toBeGreaterThan(4000);
		expect(words.filter((w) => w.stem === '')).toEqual([]);
	});

	it('finds no corpus form of kelompok with the broken stem "lompok"', () => {
		expect(words.filter((w) => w.stem === 'lompok').map((w) => w.text)).toEqual([]);
		expect(words.filter((w) => /^kelompok/i.test(w.text)).every((w) => w.stem === 'kelompok')).toBe(
			true
		);
	});
});
