import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	presentationSkips,
	segmentDocument,
	type DocumentSegments
} from '../../src/lib/kg/text/segment';

const CORPUS = join(import.meta.dirname, '../../graph/corpus');
const read = (file: string) => readFileSync(join(CORPUS, file), 'utf8');

const DOCS = {
	'000': read('000_f9aa17d7906ce2fa.txt'),
	'001': read('001_30584637d1a95f8c.txt'),
	'002': read('002_c3e33104005af993.txt'),
	'003': read('003_931921d366cdd661.txt'),
	'004': read('004_297ab97a5228dab8.txt')
};

const passageTexts = (text: string, s: DocumentSegments) =>
	s.passages.map((p) => text.slice(p.start, p.end));
const headingTexts = (s: DocumentSegments) => s.headings.map((h) => h.text);
/** The passage that starts with `prefix`; fails the test when there is none. */
function passageStarting(text: string, s: DocumentSegments, prefix: string) {
	const found = s.passages.find((p) => text.startsWith(prefix, p.start));
	expect(found, prefix).toBeDefined();
	return found!;
}

describe('segmentDocument on the corpus: invariants of every document', () => {
	it.each(Object.entries(DOCS))('%s: passages are exact, trimmed, ordered and free of noise', (_, text) => {
		const s = segmentDocument(text);
		let previousEnd = 0;
		for (const p of s.passages) {
			const slice = text.slice(p.start, p.end);
			expect(slice.length).toBeGreaterThan(0);
			expect(slice).toBe(slice.trim());
			expect(p.start).toBeGreaterThanOrEqual(previousEnd);
			previousEnd = p.end;
			for (const noise of ['Baca Juga', 'Diposting', 'Back to top', 'Artikel Terkait', 'Geograf merupakan'])
				expect(slice).not.toContain(noise);
		}
		for (const h of [...s.headings, ...(s.title ? [s.title] : [])]) {
			expect(text.slice(h.start, h.end)).toBe(h.text);
			expect(s.passages.some((p) => p.start <= h.start && h.end <= p.end)).toBe(false);
		}
		for (const d of s.dropped) expect(text.slice(d.start, d.end)).toBe(text.slice(d.start, d.end).trim());
	});
});

describe('segmentDocument on the corpus: each document', () => {
	it('000: title, one section heading, eleven paragraphs after the SEO keyword paragraph', () => {
		const text = DOCS['000'];
		const s = segmentDocument(text);
		expect(s.title?.text).toBe(
			'Pengertian Kelompok Okupasional (Occupational Group) dan Kelompok Volunter (Voluntary Group)'
		);
		expect(s.title?.level).toBe(1);
		expect(headingTexts(s)).toEqual([
			'Kelompok Okupasional (Occupational Group) dan Kelompok Volunter (Voluntary Group)'
		]);
		expect(s.passages).toHaveLength(11);
		expect(s.passages.every((p) => p.kind === 'paragraph')).toBe(true);
		expect(s.passages[0].heading).toBe(s.headings[0].text);
		// the trailing no-break space of the scraped lines is trimmed off
		expect(passageTexts(text, s)[0]).toBe(
			'Kelompok okupasional adalah kelompok yang terdiri atas orang-orang yang melakukan pekerjaan sejenis.'
		);
		const seo = text.indexOf('Artikel berikut ini akan membahas');
		expect(s.dropped).toEqual([
			{ start: 0, end: s.title!.end, reason: 'title' },
			{ start: seo, end: text.indexOf('\n', seo), reason: 'boilerplate', rule: 'keywords' }
		]);
	});

	it('001: no title line; five headings; bullet items as list items', () => {
		const text = DOCS['001'];
		const s = segmentDocument(text);
		expect(s.title).toBeUndefined();
		expect(headingTexts(s)).toEqual([
			'Pengertian Kelompok Okupasional',
			'Pengertian Kelompok Volunter',
			'Perbedaan Antara Kelompok Okupasional dan Kelompok Volunter',
			'Manfaat Bergabung dengan Kelompok Okupasional dan Kelompok Volunter',
			'Kesimpulan'
		]);
		expect(s.passages).toHaveLength(17);
		expect(s.passages.filter((p) => p.kind === 'list-item')).toHaveLength(9);
		expect(s.passages[0].heading).toBeUndefined();
		const item = passageStarting(text, s, '- Anggota kelompok okupasional biasanya');
		expect(item.kind).toBe('list-item');
		expect(item.heading).toBe('Perbedaan Antara Kelompok Okupasional dan Kelompok Volunter');
	});

	it('002: "Apa itu …?" section titles are headings; Diposting and Baca Juga are dropped', () => {
		const text = DOCS['002'];
		const s = segmentDocument(text);
		expect(s.title?.text).toBe('Kelompok Sosial Okupasional dan Volunter');
		expect(s.headings).toHaveLength(13);
		expect(headingTexts(s).slice(0, 2)).toEqual([
			'Apa itu Kelompok Sosial Okupasional?',
			'Apa itu Kelompok Volunter?'
		]);
		expect(s.passages).toHaveLength(13);
		expect(s.passages.every((p) => p.kind === 'paragraph')).toBe(true);
		const definition = passageStarting(text, s, 'Kelompok volunter, juga dikenal sebagai');
		expect(definition.heading).toBe('Apa itu Kelompok Volunter?');
		const dropped = s.dropped.filter((d) => d.reason === 'boilerplate').map((d) => text.slice(d.start, d.end));
		expect(dropped).toEqual([
			'Diposting pada',
			'Baca Juga :\u00a0 Perbedaan Wajah Orang Arab dan India',
			'Baca Juga :\u00a0 Cara Download Video Proxy'
		]);
	});

	it('003: scraped split numbering, titled list items, numbered section headings, sub-headings', () => {
		const text = DOCS['003'];
		const s = segmentDocument(text);
		expect(s.title?.text).toBe('Pengertian Kelompok Okupasional');
		expect(s.passages).toHaveLength(49);
		expect(s.passages.filter((p) => p.kind === 'list-item')).toHaveLength(23);
		expect(s.headings).toHaveLength(15);

		// "1. Profesi" / "2. Kelompok okupasional biasanya …" is one item
		const profesi = passageStarting(text, s, '1. Profesi');
		expect(text.slice(profesi.start, profesi.end)).toBe(
			'1. Profesi\n  2. Kelompok okupasional biasanya terdiri dari orang-orang yang memiliki profesi atau keahlian tertentu, seperti dokter, insinyur, perawat, guru, dan lain sebagainya. Mereka memiliki keahlian khusus yang membuat mereka berkumpul dalam kelompok okupasional.'
		);
		expect(profesi.kind).toBe('list-item');
		expect(profesi.heading).toBe('Pengenalan Kelompok Okupasional');
		expect(passageStarting(text, s, '9. Kebebasan Berpendapat').end).toBe(
			text.indexOf('dalam kelompok mereka.') + 'dalam kelompok mereka.'.length
		);

		// a numbered title and its explanatory paragraph are one item
		const income = passageStarting(text, s, '1. Sebagai tempat untuk memperoleh penghasilan');
		expect(income.kind).toBe('list-item');
		expect(income.heading).toBe('Fungsi Kelompok Okupasional bagi Individu');
		expect(text.slice(income.start, income.end)).toMatch(/\n\nSalah satu fungsi utama .* yang diemban\.$/s);

		// the paragraph after the last item is not part of it
		const after = passageStarting(text, s, 'Dalam kesimpulannya');
		expect(after.kind).toBe('paragraph');
		expect(after.heading).toBe('Fungsi Kelompok Okupasional Bagi Masyarakat');

		// numbered titles with several paragraphs each are headings (level 3)
		const numbered = s.headings.filter((h) => h.level === 3).map((h) => h.text);
		expect(numbered).toEqual([
			'Kelompok Okupasional Formal',
			'Kelompok Okupasional Informal',
			'Kelompok Okupasional Cross-Functional'
		]);
		expect(passageStarting(text, s, 'Contohnya, organisasi profesi').heading).toBe(
			'Kelompok Okupasional Formal'
		);
		// the section's closing paragraph belongs to the section, not to its last numbered part
		expect(passageStarting(text, s, 'Keberagaman bentuk').heading).toBe(
			'Bentuk Kelompok Okupasional yang Beragam'
		);

		// short sub-heading lines head the paragraph below them
		expect(headingTexts(s)).toContain('Bertukar Pengalaman dan Pengetahuan');
		expect(passageStarting(text, s, 'Kelompok okupasional juga dapat membantu dalam membangun jaringan').heading).toBe(
			'Networking'
		);

		// "1. Perubahan Tren Pekerjaan" has one paragraph: a list item, not a heading
		expect(passageStarting(text, s, '1. Perubahan Tren Pekerjaan').kind).toBe('list-item');
		expect(s.passages.at(-1)?.heading).toBe(
			'Tantangan yang Dihadapi Kelompok Okupasional di Era Digitalisasi'
		);
	});

	it('004: category label and footer dropped, extended title, titled items, FAQ entries', () => {
		const text = DOCS['004'];
		const s = segmentDocument(text);
		expect(s.title?.text).toBe(
			'Pengertian Kelompok Okupasional: Memahami Pentingnya Identitas Profesional'
		);
		expect(s.passages).toHaveLength(20);
		expect(headingTexts(s)).toEqual([
			'Karakteristik Kelompok Okupasional',
			'Peran Kelompok Okupasional',
			'Contoh Kelompok Okupasional',
			'Kesimpulan',
			'Apa itu Kelompok Okupasional?',
			'Fungsi dan Peran Kelompok Okupasional',
			'Perbedaan antara Kelompok Okupasional dan Kelompok Primer',
			'Kesimpulan',
			'FAQ tentang Kelompok Okupasional'
		]);
		const dropped = s.dropped.map((d) => [d.reason, text.slice(d.start, d.end)]);
		expect(dropped.slice(0, 3)).toEqual([
			['boilerplate', 'Penjelasan'],
			['title', 'Pengertian Kelompok Okupasional'],
			['title', 'Pengertian Kelompok Okupasional: Memahami Pentingnya Identitas Profesional']
		]);
		expect(dropped.slice(-4).map(([, t]) => t)).toEqual([
			'Geograf',
			'Geograf merupakan situs media online yang menyajikan berita dan informasi terbaru di Indonesia yang paling update.',
			'Artikel Terkait',
			'Back to top button'
		]);
		expect(passageTexts(text, s).some((p) => /^Geograf$|^Penjelasan$/m.test(p))).toBe(false);

		const identity = passageStarting(text, s, '1. Identitas Profesional');
		expect(identity.kind).toBe('list-item');
		expect(text.slice(identity.start, identity.end)).toMatch(
			/^1\. Identitas Profesional\nKelompok okupasional menawarkan .* situasi tertentu\.$/s
		);
		expect(identity.heading).toBe('Karakteristik Kelompok Okupasional');
		// a "Baca Juga" line between two items does not break the list
		expect(passageStarting(text, s, '2. Peningkatan Profesionalisme').heading).toBe(
			'Peran Kelompok Okupasional'
		);

		const faq = s.passages.filter((p) => p.kind === 'faq');
		expect(faq).toHaveLength(3);
		expect(text.slice(faq[0].start, faq[0].end)).toMatch(
			/^Apa contoh kelompok okupasional yang terkenal\?\n\nBeberapa contoh .*\(kelompok insinyur\)\.$/s
		);
		expect(faq.every((p) => p.heading === 'FAQ tentang Kelompok Okupasional')).toBe(true);
		// outside the FAQ, "Apa itu …?" is a heading with its answer below
		expect(passageStarting(text, s, 'Kelompok okupasional merupakan kelompok sosial yang dibentuk').heading).toBe(
			'Apa itu Kelompok Okupasional?'
		);
	});
});

describe('segmentDocument: one rule at a time', () => {
	it('takes the first heading-like line as title, and headings above paragraphs', () => {
		const text = 'Judul Artikel\n\nParagraf pembuka.\n\nSubjudul\n\nIsi bagian.\n';
		const s = segmentDocument(text);
		expect(s.title).toEqual({ start: 0, end: 13, text: 'Judul Artikel', level: 1 });
		expect(s.headings).toEqual([{ start: 34, end: 42, text: 'Subjudul', level: 2 }]);
		expect(s.passages).toEqual([
			{ start: 15, end: 32, kind: 'paragraph', heading: 'Judul Artikel' },
			{ start: 44, end: 55, kind: 'paragraph', heading: 'Subjudul' }
		]);
	});

	it('treats a short last line as a paragraph, not a heading', () => {
		const s = segmentDocument('Paragraf pertama yang panjang.\nTerima kasih');
		expect(s.headings).toEqual([]);
		expect(s.passages.map((p) => p.kind)).toEqual(['paragraph', 'paragraph']);
	});

	it('does not take long lines or lines ending in a full stop or colon as headings', () => {
		const text = 'Pendek tetapi berakhir titik.\nDi antaranya:\nIsi.';
		const s = segmentDocument(text);
		expect(s.headings).toEqual([]);
		expect(s.title).toBeUndefined();
		expect(s.passages).toHaveLength(3);
	});

	it('joins scraped split numbering into one item only when the numbers follow on the next line', () => {
		const text = 'Ciri:\n\n  1. Profesi\n  2. Anggotanya punya profesi yang sama.\n\n  3. Tujuan\n\n  4. Mereka punya tujuan.';
		const s = segmentDocument(text);
		const texts = passageTexts(text, s);
		expect(texts).toEqual([
			'Ciri:',
			'1. Profesi\n  2. Anggotanya punya profesi yang sama.',
			'3. Tujuan',
			'4. Mereka punya tujuan.'
		]);
		expect(s.passages.slice(1).every((p) => p.kind === 'list-item')).toBe(true);
	});

	it('does not join a list of short items', () => {
		const text = 'Contoh:\n1. Dokter\n2. Guru\n3. Insinyur';
		expect(passageTexts(text, segmentDocument(text))).toEqual(['Contoh:', '1. Dokter', '2. Guru', '3. Insinyur']);
	});

	it('joins a numbered title with its one paragraph; later paragraphs stand alone', () => {
		const text = 'Fungsi\n\n1. Satu\n\nPenjelasan satu.\n\n2. Dua\n\nPenjelasan dua.\n\nPenutup bagian.';
		const s = segmentDocument(text);
		expect(passageTexts(text, s)).toEqual([
			'1. Satu\n\nPenjelasan satu.',
			'2. Dua\n\nPenjelasan dua.',
			'Penutup bagian.'
		]);
		expect(s.passages.map((p) => p.kind)).toEqual(['list-item', 'list-item', 'paragraph']);
		expect(s.passages.map((p) => p.heading)).toEqual(['Fungsi', 'Fungsi', 'Fungsi']);
	});

	it('makes numbered titles with several paragraphs into level-3 headings', () => {
		const text =
			'Judul\n\nBentuk\n\n1. Formal\n\nA.\n\nB.\n\n2. Informal\n\nC.\n\nD.\n\nE penutup.\n\nLain\n\nF.';
		const s = segmentDocument(text);
		expect(s.headings.map((h) => [h.level, h.text])).toEqual([
			[2, 'Bentuk'],
			[3, 'Formal'],
			[3, 'Informal'],
			[2, 'Lain']
		]);
		expect(text.slice(s.headings[1].start, s.headings[1].end)).toBe('Formal');
		expect(s.passages.map((p) => [text.slice(p.start, p.end), p.heading])).toEqual([
			['A.', 'Formal'],
			['B.', 'Formal'],
			['C.', 'Informal'],
			['D.', 'Informal'],
			['E penutup.', 'Bentuk'],
			['F.', 'Lain']
		]);
	});

	it('keeps bullet lines as list items', () => {
		const text = 'Manfaat:\n- Satu manfaat.\n- Dua manfaat.';
		const s = segmentDocument(text);
		expect(s.passages.map((p) => p.kind)).toEqual(['paragraph', 'list-item', 'list-item']);
	});

	it('makes a question and its answer one passage under an FAQ heading only', () => {
		const text =
			'Judul\n\nApa itu X?\n\nX adalah contoh.\n\nFAQ\n\nApa guna X?\n\nX berguna.\nSangat berguna.\n\nKapan X dipakai?\n\nSetiap hari.';
		const s = segmentDocument(text);
		expect(s.headings.map((h) => h.text)).toEqual(['Apa itu X?', 'FAQ']);
		expect(s.passages.map((p) => [p.kind, text.slice(p.start, p.end)])).toEqual([
			['paragraph', 'X adalah contoh.'],
			['faq', 'Apa guna X?\n\nX berguna.\nSangat berguna.'],
			['faq', 'Kapan X dipakai?\n\nSetiap hari.']
		]);
	});

	it('drops boilerplate lines and the site named by its self-description', () => {
		const text = [
			'Berita',
			'Judul',
			'Diposting pada 1 Mei 2024',
			'Isi artikel.',
			'Baca Juga: Artikel lain',
			'Baca Juga : Artikel lain lagi',
			'Isi kedua.',
			'Situsku',
			'Situsku adalah situs berita terpercaya.',
			'Artikel Terkait',
			'Back to top button'
		].join('\n');
		const s = segmentDocument(text);
		expect(passageTexts(text, s)).toEqual(['Isi artikel.', 'Isi kedua.']);
		expect(s.title?.text).toBe('Judul');
		expect(s.dropped.filter((d) => d.reason === 'boilerplate').map((d) => text.slice(d.start, d.end))).toEqual([
			'Berita',
			'Diposting pada 1 Mei 2024',
			'Baca Juga: Artikel lain',
			'Baca Juga : Artikel lain lagi',
			'Situsku',
			'Situsku adalah situs berita terpercaya.',
			'Artikel Terkait',
			'Back to top button'
		]);
	});

	it('keeps offsets exact with CRLF line ends and characters outside the BMP', () => {
		const text = 'Judul \u{1F600}\r\n\r\nIsi \u{1F600} pertama.\r\nIsi kedua.\r\n';
		const s = segmentDocument(text);
		expect(passageTexts(text, s)).toEqual(['Isi \u{1F600} pertama.', 'Isi kedua.']);
		expect(s.title?.text).toBe('Judul \u{1F600}');
	});

	it('returns nothing for an empty or blank document', () => {
		expect(segmentDocument('')).toEqual({ headings: [], passages: [], dropped: [] });
		expect(segmentDocument(' \n\n\t')).toEqual({ headings: [], passages: [], dropped: [] });
	});
});

describe('presentationSkips', () => {
	it('hides the split numbering and its indentation on every line', () => {
		const passage = '1. Profesi\n  2. Kelompok okupasional biasanya terdiri dari orang-orang.';
		const skips = presentationSkips(passage);
		expect(skips).toEqual([
			[0, 3],
			[11, 16]
		]);
		let shown = '';
		let at = 0;
		for (const [start, end] of skips) {
			shown += passage.slice(at, start);
			at = end;
		}
		shown += passage.slice(at);
		expect(shown).toBe('Profesi\nKelompok okupasional biasanya terdiri dari orang-orang.');
	});

	it('hides bullets and handles CRLF', () => {
		expect(presentationSkips('- Satu\r\n- Dua')).toEqual([
			[0, 2],
			[8, 10]
		]);
	});

	it('leaves plain paragraphs and numbers inside a line alone', () => {
		expect(presentationSkips('Pada 2023. ada 3. hal\n\nParagraf 1. dua')).toEqual([]);
		expect(presentationSkips('')).toEqual([]);
	});

	it('hides exactly the markers of the corpus list items', () => {
		const text = DOCS['003'];
		const s = segmentDocument(text);
		const items = s.passages.filter((p) => p.kind === 'list-item');
		for (const p of items) {
			const passage = text.slice(p.start, p.end);
			const skips = presentationSkips(passage);
			expect(skips[0][0]).toBe(0);
			for (const [start, end] of skips) expect(passage.slice(start, end)).toMatch(/^\s*\d+\. $/);
		}
		expect(items.reduce((n, p) => n + presentationSkips(text.slice(p.start, p.end)).length, 0)).toBe(
			9 * 2 + 14
		);
	});
});
