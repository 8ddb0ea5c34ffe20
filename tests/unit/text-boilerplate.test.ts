import { describe, expect, it } from 'vitest';
import { boilerplateSentence, findBoilerplate, isKeywordList, isLeadIn, sentencesOf } from '../../src/lib/kg/text/boilerplate';

describe('boilerplateSentence', () => {
	it('knows the greetings, announcements and sign-offs of the corpus', () => {
		expect(boilerplateSentence('Salam kepada pembaca setia!')).toBe('greeting');
		expect(boilerplateSentence('Apakah kamu sudah pernah mendengar tentang kelompok okupasional?')).toBe('greeting');
		expect(boilerplateSentence('Kelompok ini mungkin masih asing di telinga beberapa orang.')).toBe('greeting');
		expect(boilerplateSentence('Dalam artikel ini, kita akan membahas lebih lanjut tentang pengertian dan contoh kelompok okupasional.')).toBe('announcement');
		expect(boilerplateSentence('Artikel berikut ini akan membahas mengenai kelompok sosial, kelompok okupasional.')).toBe('announcement');
		expect(boilerplateSentence('Selamat membaca!')).toBe('sign-off');
		expect(boilerplateSentence('Sekian penjelasan mengenai pengertian kelompok okupasional.')).toBe('sign-off');
		expect(boilerplateSentence('Terima kasih telah membaca artikel ini.')).toBe('sign-off');
	});

	it('leaves sentences about the subject alone, questions and "Anda" included', () => {
		for (const sentence of [
			'Kelompok okupasional adalah kelompok yang terdiri atas orang-orang yang melakukan pekerjaan sejenis.',
			'Apa contoh kelompok okupasional yang terkenal?',
			'Apabila Anda ingin bergabung dalam kelompok volunter, carilah informasi mengenai kelompok-kelompok volunter di daerah Anda.',
			'Ada banyak jenis kelompok yang ada di masyarakat, namun dalam artikel ini akan dibahas mengenai kelompok okupasional dan kelompok volunter.',
			'Kelompok okupasional dapat membantu individu memperoleh identitas diri dan mencapai tujuan karir atau profesi.'
		])
			expect(boilerplateSentence(sentence), sentence).toBeNull();
	});
});

describe('sentencesOf', () => {
	it('splits at . ! ? before white space, with exact offsets', () => {
		const text = 'Salam! Apa kabar? Ini 1.000 orang.  Akhir';
		expect(sentencesOf(text).map((s) => [s.text, text.slice(s.start, s.end)])).toEqual([
			['Salam!', 'Salam!'],
			['Apa kabar?', 'Apa kabar?'],
			['Ini 1.000 orang.', 'Ini 1.000 orang.'],
			['Akhir', 'Akhir']
		]);
	});
});

describe('lead-ins and keyword lists', () => {
	it('a lead-in is one sentence that ends in ":"', () => {
		expect(isLeadIn('Kelompok okupasional memiliki beberapa karakteristik, di antaranya adalah:')).toBe(true);
		expect(isLeadIn('Kelompok ini penting. Berikut adalah penjelasannya:')).toBe(false);
		expect(isLeadIn('Kelompok okupasional memiliki beberapa karakteristik.')).toBe(false);
	});

	it('an SEO keyword list repeats its terms; a real enumeration does not', () => {
		expect(
			isKeywordList('kelompok sosial, kelompok okupasional, pengertian kelompok okupasional, occupational group, kelompok volunter, pengertian kelompok volunter, voluntary group.')
		).toBe(true);
		expect(
			isKeywordList('Kelompok-kelompok volunter mungkin didasarkan pada kepentingan-kepentingan primer yang mencakup kebutuhan pangan, sandang, dan papan, keselamatan jiwa dan harta benda, harga diri, mengembangkan potensi diri, kasih sayang, dan sebagainya.')
		).toBe(false);
	});
});

describe('findBoilerplate', () => {
	it('finds what a passage still holds, line by line, list markers aside', () => {
		const passage = 'Ciri:\n  1. Profesi\n  2. Isi tentang profesi. Terima kasih telah membaca.\n- Baca Juga: Artikel Lain';
		expect(findBoilerplate(passage).map((f) => [f.kind, passage.slice(f.start, f.end)])).toEqual([
			['sign-off', 'Terima kasih telah membaca.'],
			['navigation', 'Baca Juga: Artikel Lain']
		]);
		expect(findBoilerplate('Ciri kelompok ini di antaranya:').map((f) => f.kind)).toEqual(['lead-in']);
		expect(findBoilerplate('Kelompok primer berbeda dengan kelompok okupasional.')).toEqual([]);
	});
});
