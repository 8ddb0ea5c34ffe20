import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { segmentDocument, type DocumentSegments } from '../../src/lib/kg/text/segment';
import { presentationSkips, readingText } from '../../src/lib/kg/text/list-markers';

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
	it('000: title, one section heading, eleven paragraphs; the SEO paragraph dropped', () => {
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
		// "Artikel berikut ini akan membahas mengenai kelompok sosial, kelompok okupasional, …" is a keyword list
		const seo = text.indexOf('Artikel berikut ini');
		expect(s.dropped).toEqual([
			{ start: 0, end: s.title!.end, reason: 'title' },
			{ start: seo, end: text.indexOf('voluntary group.') + 'voluntary group.'.length, reason: 'boilerplate', rule: 'keywords' }
		]);
	});

	it('001: no title line; five headings; each lead-in and its bullets one list', () => {
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
		expect(s.passages).toHaveLength(8);
		expect(s.passages.filter((p) => p.kind === 'list')).toHaveLength(2);
		expect(s.passages[0].heading).toBeUndefined();
		const differences = passageStarting(text, s, 'Ada beberapa perbedaan antara kelompok okupasional dan kelompok volunter, di antaranya:');
		expect(differences.kind).toBe('list');
		expect(differences.heading).toBe('Perbedaan Antara Kelompok Okupasional dan Kelompok Volunter');
		expect(text.slice(differences.start, differences.end)).toMatch(/di antaranya:\n- Kelompok okupasional didasarkan .*\n- Anggota kelompok okupasional biasanya .* tanpa mendapatkan penghasilan\.$/s);
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
		expect(s.passages).toHaveLength(39);
		expect(s.passages.filter((p) => p.kind === 'list')).toHaveLength(2);
		expect(s.passages.filter((p) => p.kind === 'list-item')).toHaveLength(14);
		expect(s.headings).toHaveLength(15);

		// the greeting is dropped from the opening paragraph; what it says about the subject stays
		const opening = s.passages[0];
		expect(text.slice(opening.start, opening.end)).toBe(
			'Namun sebenarnya, kelompok okupasional merupakan kelompok sosial yang memiliki kesamaan dalam bidang pekerjaan atau profesi. Kelompok ini terbentuk karena adanya kesamaan minat, pengetahuan, dan keterampilan di bidang tertentu.'
		);
		expect(opening.heading).toBe('Pengertian Kelompok Okupasional');
		const boilerplate = s.dropped.filter((d) => d.reason === 'boilerplate').map((d) => text.slice(d.start, d.end));
		// noise.ts cuts the greeting, announcement and sign-offs sentence by sentence, boilerplate.ts the questions to the reader
		expect(boilerplate).toEqual([
			'Salam kepada pembaca setia!',
			'Apakah kamu sudah pernah mendengar tentang kelompok okupasional? Kelompok ini mungkin masih asing di telinga beberapa orang.',
			'Dalam artikel ini, kita akan membahas lebih lanjut tentang pengertian dan contoh kelompok okupasional.',
			'Selamat membaca!',
			'Sekian penjelasan mengenai pengertian kelompok okupasional.',
			'Semoga dengan membaca artikel ini pembaca dapat lebih memahami apa itu kelompok okupasional dan perannya dalam kehidupan sosial masyarakat.',
			'Terima kasih telah membaca artikel ini.'
		]);
		// so does the sign-off, and what is left of it speaks for the article, not for its last section
		const closing = s.passages.at(-1)!;
		expect(text.slice(closing.start, closing.end)).toMatch(/^Kelompok okupasional dapat membantu individu .* nilai-nilai yang dimiliki\.$/);
		expect(closing.heading).toBe('Pengertian Kelompok Okupasional');

		// the lead-in and its items, "1. Profesi" / "2. Kelompok okupasional biasanya …" each, are one list
		const characteristics = passageStarting(text, s, 'Kelompok okupasional memiliki beberapa karakteristik, di antaranya adalah:');
		expect(characteristics.kind).toBe('list');
		expect(characteristics.heading).toBe('Pengenalan Kelompok Okupasional');
		expect(text.slice(characteristics.start, characteristics.end)).toMatch(
			/^Kelompok okupasional memiliki beberapa karakteristik, di antaranya adalah:\n\n  1\. Profesi\n  2\. Kelompok okupasional biasanya .*\n  9\. Kebebasan Berpendapat\n  10\. .*dalam kelompok mereka\.$/s
		);

		// a numbered title and its explanatory paragraph are one item
		const income = passageStarting(text, s, '1. Sebagai tempat untuk memperoleh penghasilan');
		expect(income.kind).toBe('list-item');
		expect(income.heading).toBe('Fungsi Kelompok Okupasional bagi Individu');
		expect(text.slice(income.start, income.end)).toMatch(/\n\nSalah satu fungsi utama .* yang diemban\.$/s);

		// a paragraph announcing sub-topics (it ends in ":") makes the next headings sub-headings,
		// and the summary after them belongs to the announcing section, not to the last sub-heading
		expect(s.headings.filter((h) => h.text.startsWith('Fungsi')).map((h) => [h.level, h.text])).toEqual([
			[2, 'Fungsi Kelompok Okupasional bagi Individu dan Masyarakat'],
			[3, 'Fungsi Kelompok Okupasional bagi Individu'],
			[3, 'Fungsi Kelompok Okupasional Bagi Masyarakat']
		]);
		const after = passageStarting(text, s, 'Dalam kesimpulannya');
		expect(after.kind).toBe('paragraph');
		expect(after.heading).toBe('Fungsi Kelompok Okupasional bagi Individu dan Masyarakat');
		// "Berikut beberapa kontribusi …" announces the contributions the same way; "Itulah …" sums them up
		expect(passageStarting(text, s, 'Itulah beberapa kontribusi').heading).toBe('Kontribusi Kelompok Okupasional dalam Pembangunan Karir');
		expect(s.headings.find((h) => h.text === 'Networking')?.level).toBe(3);
		expect(s.headings.find((h) => h.text.startsWith('Tantangan'))?.level).toBe(2);

		// numbered titles with several paragraphs each are headings (level 3), as are announced sub-topics
		const numbered = s.headings.filter((h) => h.level === 3).map((h) => h.text);
		expect(numbered).toEqual([
			'Fungsi Kelompok Okupasional bagi Individu',
			'Fungsi Kelompok Okupasional Bagi Masyarakat',
			'Kelompok Okupasional Formal',
			'Kelompok Okupasional Informal',
			'Kelompok Okupasional Cross-Functional',
			'Bertukar Pengalaman dan Pengetahuan',
			'Networking',
			'Penguasaan Teknologi',
			'Peningkatan Skill dan Keterampilan',
			'Pemecahan Masalah'
		]);
		expect(passageStarting(text, s, 'Contohnya, organisasi profesi').heading).toBe(
			'Kelompok Okupasional Formal'
		);
		// the section's closing paragraph belongs to the section, not to its last numbered part
		expect(passageStarting(text, s, 'Keberagaman bentuk').heading).toBe(
			'Bentuk Kelompok Okupasional yang Beragam'
		);
		// a lead-in above numbered section headings closes the paragraph before it
		const forms = passageStarting(text, s, 'Kelompok okupasional adalah sekelompok orang dengan keahlian');
		expect(text.slice(forms.start, forms.end)).toMatch(/anggotanya\.\n\nAda banyak bentuk kelompok okupasional .*, di antaranya adalah:$/s);

		// short sub-heading lines head the paragraph below them
		expect(headingTexts(s)).toContain('Bertukar Pengalaman dan Pengetahuan');
		expect(passageStarting(text, s, 'Kelompok okupasional juga dapat membantu dalam membangun jaringan').heading).toBe(
			'Networking'
		);

		// "1. Perubahan Tren Pekerjaan" has one paragraph: a list item, not a heading
		expect(passageStarting(text, s, '1. Perubahan Tren Pekerjaan').kind).toBe('list-item');
		expect(s.passages.at(-2)?.heading).toBe(
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
		// the second article glued under the first one's "Kesimpulan" opens under the title, its announcement dropped
		const second = passageStarting(text, s, 'Kelompok okupasional merupakan salah satu bentuk dari kelompok sosial');
		expect(second.heading).toBe(s.title?.text);
		expect(text.slice(second.start, second.end)).toMatch(/sesuai dengan tugas dan tanggung jawab yang dimiliki oleh anggotanya\.$/);

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
		const text = 'Ciri itu ada dua.\n\n  1. Profesi\n  2. Anggotanya punya profesi yang sama.\n\n  3. Tujuan\n\n  4. Mereka punya tujuan.';
		const s = segmentDocument(text);
		const texts = passageTexts(text, s);
		expect(texts).toEqual([
			'Ciri itu ada dua.',
			'1. Profesi\n  2. Anggotanya punya profesi yang sama.',
			'3. Tujuan',
			'4. Mereka punya tujuan.'
		]);
		expect(s.passages.slice(1).every((p) => p.kind === 'list-item')).toBe(true);
	});

	it('does not join a list of short items', () => {
		const text = 'Contoh profesi.\n1. Dokter\n2. Guru\n3. Insinyur';
		expect(passageTexts(text, segmentDocument(text))).toEqual(['Contoh profesi.', '1. Dokter', '2. Guru', '3. Insinyur']);
	});

	it('makes a lead-in ending in ":" and the list below it one passage', () => {
		const text = 'Judul\n\nCiri kelompok ini di antaranya:\n\n  1. Profesi\n  2. Anggotanya punya profesi yang sama.\n- Dua manfaat.\n\nPenutup bagian.';
		const s = segmentDocument(text);
		expect(s.passages.map((p) => [p.kind, text.slice(p.start, p.end)])).toEqual([
			['list', 'Ciri kelompok ini di antaranya:\n\n  1. Profesi\n  2. Anggotanya punya profesi yang sama.\n- Dua manfaat.'],
			['paragraph', 'Penutup bagian.']
		]);
	});

	it('keeps a lead-in with nothing to join as its own paragraph, for the build to refuse', () => {
		const text = 'Judul\n\nCiri kelompok ini di antaranya:\n\nSubjudul\n\nIsi.';
		expect(passageTexts(text, segmentDocument(text))).toEqual(['Ciri kelompok ini di antaranya:', 'Isi.']);
	});

	it('drops chatter at either end of a paragraph and the paragraph that is only chatter', () => {
		const text = [
			'Judul',
			'',
			'Bagian',
			'',
			'Halo sobat pembaca! Kelompok adalah kumpulan orang. Semoga artikel ini bermanfaat.',
			'',
			'Terima kasih telah membaca artikel ini.'
		].join('\n');
		const s = segmentDocument(text);
		expect(s.passages.map((p) => [text.slice(p.start, p.end), p.heading])).toEqual([['Kelompok adalah kumpulan orang.', 'Judul']]);
		expect(s.dropped.filter((d) => d.reason === 'boilerplate').map((d) => text.slice(d.start, d.end))).toEqual([
			'Halo sobat pembaca!',
			'Semoga artikel ini bermanfaat.',
			'Terima kasih telah membaca artikel ini.'
		]);
	});

	it('heads the summary of announced sub-topics with the announcing section', () => {
		const text = 'Judul\n\nManfaat\n\nAda dua manfaat. Berikut penjelasannya.\n\nSatu\n\nIsi satu.\n\nDua\n\nIsi dua.\n\nItulah dua manfaat.\n\nLain\n\nIsi lain.';
		const s = segmentDocument(text);
		expect(s.headings.map((h) => [h.level, h.text])).toEqual([
			[2, 'Manfaat'],
			[3, 'Satu'],
			[3, 'Dua'],
			[2, 'Lain']
		]);
		expect(s.passages.map((p) => [text.slice(p.start, p.end), p.heading])).toEqual([
			['Ada dua manfaat. Berikut penjelasannya.', 'Manfaat'],
			['Isi satu.', 'Satu'],
			['Isi dua.', 'Dua'],
			['Itulah dua manfaat.', 'Manfaat'],
			['Isi lain.', 'Lain']
		]);
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
		const text = 'Ada dua manfaat.\n- Satu manfaat.\n- Dua manfaat.';
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
		expect(readingText(passage)).toBe('Profesi\nKelompok okupasional biasanya terdiri dari orang-orang.');
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
		const items = s.passages.filter((p) => p.kind === 'list-item' || p.kind === 'list');
		for (const p of items) {
			const passage = text.slice(p.start, p.end);
			const skips = presentationSkips(passage);
			if (p.kind === 'list-item') expect(skips[0][0]).toBe(0);
			for (const [start, end] of skips) expect(passage.slice(start, end)).toMatch(/^\s*\d+\. $/);
		}
		// the two split-numbered lists (5 and 4 items, two numbers each) and 14 titled items
		expect(items.reduce((n, p) => n + presentationSkips(text.slice(p.start, p.end)).length, 0)).toBe(
			9 * 2 + 14
		);
	});
});
