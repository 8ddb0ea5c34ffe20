/** Text intake: plain text, Markdown, HTML main content, .docx (mammoth), .pdf (pdf.js text layer, checked against poppler). */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/lib/kg/extract/intake/html';
import { formatOf, IntakeError, readSource } from '../../src/lib/kg/extract/intake/index';
import { markdownToText } from '../../src/lib/kg/extract/intake/markdown';
import { segmentDocument } from '../../src/lib/kg/text/segment';

const FIXTURES = join(import.meta.dirname, '../fixtures/extract');
const bytes = (file: string) => new Uint8Array(readFileSync(join(FIXTURES, file)));
const lines = (text: string) => text.split('\n').filter(Boolean);

describe('formatOf', () => {
	it('reads the format from the file name', () => {
		expect(['a.txt', 'b.MD', 'c.html', 'd.htm', 'e.docx', 'f.pdf', 'g.odt'].map(formatOf)).toEqual(['text', 'markdown', 'html', 'html', 'docx', 'pdf', undefined]);
	});
});

describe('plain text', () => {
	it('keeps the text as it is, less a byte-order mark', async () => {
		const source = await readSource({ name: 'x.txt', data: '\uFEFFJudul\n\nIsi paragraf.\r\n' });
		expect(source.text).toBe('Judul\n\nIsi paragraf.\r\n');
	});

	it('says when there is nothing to read', async () => {
		await expect(readSource({ name: 'kosong.txt', data: '  \n ' })).rejects.toThrow(IntakeError);
		await expect(readSource({ name: 'kosong.txt', data: '  \n ' })).rejects.toThrow('kosong.txt: there is no text in it');
	});
});

describe('Markdown', () => {
	const text = markdownToText(readFileSync(join(FIXTURES, 'en-urbanization.md'), 'utf8'));

	it('gives one line a block: headings, paragraphs without their formatting, list items with markers', () => {
		const l = lines(text);
		expect(l[0]).toBe('Urbanization and Its Challenges');
		expect(l).toContain('Causes of Urbanization');
		expect(l).toContain('- Industrialization: factories create jobs that attract rural workers.');
		expect(text).toContain('more than half of the world\'s people now live in urban areas.');
		expect(text).not.toMatch(/\*\*|\]\(|!\[|^#/m);
	});

	it('leaves out front matter, images and code blocks', () => {
		expect(text).not.toContain('author: Daniel');
		expect(text).not.toContain('crowded street');
		expect(text).not.toContain('code blocks are not prose');
	});

	it('reads table rows as sentences, not headings', () => {
		expect(lines(text)).toContain('Traffic congestion; Long commutes.');
		const headings = segmentDocument(text).headings.map((h) => h.text);
		expect(headings).not.toContain('Traffic congestion; Long commutes.');
		expect(headings).toEqual(['Causes of Urbanization', 'Challenges of Urbanization', 'Benefits of Urbanization', 'Urban Planning']);
	});

	it('numbers ordered lists from their start', () => {
		expect(markdownToText('3. tiga\n4. empat\n')).toBe('3. tiga\n\n4. empat\n');
	});
});

describe('HTML main content', () => {
	const text = htmlToText(readFileSync(join(FIXTURES, 'id-karang-taruna.html'), 'utf8'));

	it('keeps the article: title, headings, paragraphs and list items as lines', () => {
		const l = lines(text);
		expect(l[0]).toBe('Karang Taruna, Wadah Pemuda untuk Membangun Desa');
		expect(l).toContain('Peran Karang Taruna');
		expect(l).toContain('1. Penggerak kegiatan sosial');
		expect(l).toContain('- Melatih kepemimpinan dan kemampuan berorganisasi.');
		expect(text).toContain('Organisasi ini dibina oleh Kementerian Sosial (Kemensos).');
	});

	it('drops navigation, header, footer, aside, scripts, styles, comments, captions and share, related and ad widgets', () => {
		for (const noise of ['Beranda', 'Kontak', 'dataLayer', 'display:flex', 'NewsArticle', 'Salin Tautan', 'pexels.com', 'ADVERTISEMENT', 'Belum ada komentar', 'Berita Terpopuler', 'Harga cabai', 'Copyright', 'Pedoman Media Siber', 'Reporter: Siti', 'Baca juga', 'iklan tengah', 'karang taruna pemuda'])
			expect(text, noise).not.toContain(noise);
	});

	it('decodes entities and falls back to the page title without an <h1>', () => {
		const page = '<html><head><title>Fungsi Keluarga | Blog Sosiologi</title></head><body><div class="content"><p>Keluarga &amp; masyarakat saling terkait.</p><p>Paragraf kedua yang cukup panjang untuk dipilih.</p></div><div class="sidebar"><p>Iklan</p></div></body></html>';
		expect(lines(htmlToText(page))).toEqual(['Fungsi Keluarga', 'Keluarga & masyarakat saling terkait.', 'Paragraf kedua yang cukup panjang untuk dipilih.']);
	});

	it('finds the block with the most paragraph text when the page marks no article', () => {
		const page = '<body><div><a href="/">Home</a> <a href="/about">About</a></div><div><h2>Social Norms</h2><p>Norms are shared rules of conduct.</p><p>They differ between groups.</p></div><div><p>short</p></div></body>';
		expect(lines(htmlToText(page))).toEqual(['Social Norms', 'Norms are shared rules of conduct.', 'They differ between groups.']);
	});
});

describe('.docx through mammoth', { timeout: 60_000 }, () => {
	it('reads headings, paragraphs and list items, without the title block author', async () => {
		const source = await readSource({ name: 'en-urbanization.docx', data: bytes('en-urbanization.docx') });
		const l = lines(source.text);
		expect(l[0]).toBe('Urbanization and Its Challenges');
		expect(l.filter((x) => x === 'Urbanization and Its Challenges')).toHaveLength(1);
		expect(l).not.toContain('Daniel Okafor');
		expect(l).toContain('Causes of Urbanization');
		expect(l).toContain('- Rural poverty: low farm incomes push families to seek work elsewhere.');
		expect(source.text).not.toContain('code blocks are not prose');
	});

	it('says which file is not a .docx', async () => {
		await expect(readSource({ name: 'rusak.docx', data: new TextEncoder().encode('bukan zip') })).rejects.toThrow(/rusak\.docx: not a readable \.docx file/);
	});
});

describe('.pdf through the pdf.js text layer', { timeout: 60_000 }, () => {
	const read = () => readSource({ name: 'id-mobilitas-sosial.pdf', data: bytes('id-mobilitas-sosial.pdf'), pdfjs });

	it('joins wrapped lines into paragraphs, keeps headings apart and writes drawn list markers', async () => {
		const l = lines((await read()).text);
		expect(l[0]).toBe('Mobilitas Sosial');
		expect(l).toContain('Apa Itu Mobilitas Sosial?');
		expect(l).toContain(
			'Mobilitas sosial adalah perpindahan kedudukan seseorang atau sekelompok orang dari satu lapisan sosial ke lapisan sosial lainnya. Perpindahan ini bisa membuat status seseorang naik, turun, atau tetap pada tingkat yang sama.'
		);
		expect(l).toContain('2. Mobilitas Horizontal: perpindahan status yang tidak mengubah kedudukan seseorang dalam lapisan sosial.');
		expect(l).toContain('- Migrasi: perpindahan penduduk dari desa ke kota memberi kesempatan kerja yang lebih beragam.');
	});

	it('reads the same words, in the same order, as poppler', async () => {
		if (!existsSync('/usr/bin/pdftotext')) throw new Error('/usr/bin/pdftotext is missing: apt-get install poppler-utils (as .ci/run does)');
		const words = (text: string) => text.replace(/[\u2022]/g, ' ').replace(/(^|\s)-(?=\s)/g, ' ').split(/\s+/).filter(Boolean);
		const poppler = execFileSync('/usr/bin/pdftotext', [join(FIXTURES, 'id-mobilitas-sosial.pdf'), '-'], { encoding: 'utf8' });
		expect(words((await read()).text)).toEqual(words(poppler));
	});

	it('needs pdf.js, and says so', async () => {
		await expect(readSource({ name: 'a.pdf', data: bytes('id-mobilitas-sosial.pdf') })).rejects.toThrow('a.pdf: reading .pdf needs pdf.js');
	});
});

describe('a web page read in node as the browser reads it (Readability on a linkedom DOM)', () => {
	it('keeps the article and its title, drops the page around it', async () => {
		const { parseHTML } = await import('linkedom');
		const { articleOf } = await import('../../src/lib/kg/extract/intake/article');
		const paragraph = 'Kemiskinan adalah keadaan ketika seseorang tidak mampu memenuhi kebutuhan dasar seperti pangan, sandang, dan papan. ';
		const page = `<html><head><title>Kemiskinan di Indonesia</title></head><body>
			<div class="x1"><a href="/a">Beranda</a> <a href="/b">Ekonomi</a> <a href="/c">Politik</a> <a href="/d">Olahraga</a></div>
			<div class="x2"><h1>Kemiskinan di Indonesia</h1><p>${paragraph.repeat(4)}</p><p>${paragraph.repeat(3)}</p></div>
			<div class="x3"><p><a href="/e">Berita lain hari ini</a></p></div></body></html>`;
		const main = articleOf(parseHTML(page).document as unknown as Document);
		expect(main?.title).toBe('Kemiskinan di Indonesia');
		expect(main?.html).toContain('kebutuhan dasar');
		expect(main?.html).not.toContain('Olahraga');
		expect(main?.html).not.toContain('Berita lain');
	});
});
