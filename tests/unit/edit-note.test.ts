import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNote, safeHref, type NoteBlock, type NoteInline } from '$lib/kg/edit/note';

const text = (value: string): NoteInline => ({ type: 'text', text: value });
const paragraph = (...children: NoteInline[]): NoteBlock => ({ type: 'paragraph', children });

/** Every inline node of a note, depth first. */
function inlines(blocks: NoteBlock[]): NoteInline[] {
	const out: NoteInline[] = [];
	const walk = (nodes: NoteInline[]) => {
		for (const node of nodes) {
			out.push(node);
			if ('children' in node) walk(node.children);
		}
	};
	for (const block of blocks) {
		if (block.type === 'paragraph') walk(block.children);
		if (block.type === 'list') block.items.forEach((item) => out.push(...inlines(item)));
	}
	return out;
}

const textOf = (blocks: NoteBlock[]) => inlines(blocks).map((n) => (n.type === 'text' || n.type === 'code' ? n.text : '')).join('');

describe('a note in Markdown', () => {
	it('reads paragraphs, emphasis, strong, strikethrough, code, line breaks and lists', () => {
		expect(parseNote('Kelompok *okupasional* dan **volunter**, ~~bukan~~ `kode<x>`.  \nBaris baru\n\nParagraf dua')).toEqual([
			paragraph(
				text('Kelompok '),
				{ type: 'emphasis', children: [text('okupasional')] },
				text(' dan '),
				{ type: 'strong', children: [text('volunter')] },
				text(', '),
				{ type: 'delete', children: [text('bukan')] },
				text(' '),
				{ type: 'code', text: 'kode<x>' },
				text('.'),
				{ type: 'break' },
				text('Baris baru')
			),
			paragraph(text('Paragraf dua'))
		]);
		expect(parseNote('- satu\n- **dua**\n  - tiga\n\n3. a\n4. b')).toEqual([
			{
				type: 'list',
				ordered: false,
				start: 1,
				items: [[paragraph(text('satu'))], [paragraph({ type: 'strong', children: [text('dua')] }), { type: 'list', ordered: false, start: 1, items: [[paragraph(text('tiga'))]] }]]
			},
			{ type: 'list', ordered: true, start: 3, items: [[paragraph(text('a'))], [paragraph(text('b'))]] }
		]);
		expect(parseNote('- [ ] tugas\n- [x] *selesai*')).toEqual([
			{ type: 'list', ordered: false, start: 1, items: [[paragraph(text('☐ tugas'))], [paragraph(text('☑ '), { type: 'emphasis', children: [text('selesai')] })]] }
		]);
		expect(parseNote('a | *b*\n--- | ---\n1 | 2')).toEqual([paragraph(text('a · '), { type: 'emphasis', children: [text('b')] }), paragraph(text('1 · 2'))]);
		expect(parseNote('```\n<b>kode</b>\n```')).toEqual([{ type: 'codeBlock', text: '<b>kode</b>' }]);
		expect(parseNote('# Judul\n\n> kutipan')).toEqual([paragraph({ type: 'strong', children: [text('Judul')] }), paragraph(text('kutipan'))]);
		expect(parseNote('   \n\n ')).toEqual([]);
	});

	it('makes links of https: addresses only', () => {
		expect(parseNote('Lihat [IDI](https://www.idionline.org/a?b=1&amp;c=2) dan https://example.org/x.')).toEqual([
			paragraph(
				text('Lihat '),
				{ type: 'link', href: 'https://www.idionline.org/a?b=1&c=2', children: [text('IDI')] },
				text(' dan '),
				{ type: 'link', href: 'https://example.org/x', children: [text('https://example.org/x')] },
				text('.')
			)
		]);
		for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'http://example.org', '//example.org', '/relatif', 'vbscript:x', 'https://']) {
			const note = `[klik](${href})`;
			const blocks = parseNote(note);
			expect(inlines(blocks).some((n) => n.type === 'link'), href).toBe(false);
			expect(safeHref(href), href).toBeNull();
		}
		expect(parseNote('[klik](javascript:alert(1))')).toEqual([paragraph(text('[klik](javascript:alert(1))'))]);
		expect(parseNote('<javascript:alert(1)>')).toEqual([paragraph(text('<javascript:alert(1)>'))]);
		expect(safeHref('https://example.org/a b')).toBe('https://example.org/a%20b');
	});

	it('keeps HTML, script and images as the text that was written', () => {
		expect(parseNote('<script>alert(1)</script>')).toEqual([paragraph(text('<script>alert(1)</script>'))]);
		expect(parseNote('a <b onclick="x()">tebal</b> &lt;i&gt; &amp; ![gambar](https://x.org/a.png)')).toEqual([
			paragraph(text('a <b onclick="x()">tebal</b> <i> & ![gambar](https://x.org/a.png)'))
		]);
		expect(parseNote('<img src=x onerror=alert(1)>\n\nteks')).toEqual([paragraph(text('<img src=x onerror=alert(1)>')), paragraph(text('teks'))]);
	});

	it('shows a note nested past any need as plain text, without exhausting the parser', () => {
		for (const hostile of ['>'.repeat(20_000) + ' x', '- '.repeat(5_000) + 'x', '1. '.repeat(6_000) + 'x', '*'.repeat(10_000) + 'x' + '*'.repeat(10_000)]) {
			const blocks = parseNote(hostile);
			expect(textOf(blocks)).toBe(hostile.trim());
		}
	});

	it('never makes anything but the known nodes, nor a link that is not https:', () => {
		const pieces = ['*', '_', '**', '`', '[', ']', '(', ')', '<', '>', '&amp;', '&', '\\', '\n', '\n\n', '- ', '1. ', '# ', 'https://x.org', 'javascript:', 'data:', ' ', 'kata', '!', '~~', '|', '<script>'];
		const known = new Set(['text', 'emphasis', 'strong', 'delete', 'code', 'link', 'break']);
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join('')), (note) => {
				const blocks = parseNote(note);
				for (const node of inlines(blocks)) {
					expect(known.has(node.type)).toBe(true);
					if (node.type === 'link') expect(new URL(node.href).protocol).toBe('https:');
				}
			})
		);
	});
});
