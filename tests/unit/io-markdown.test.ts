import { describe, expect, it } from 'vitest';
import { parseMarkdownOutline, serializeMarkdownOutline, slugify } from '$lib/kg/io/markdown';
import { sampleGraph } from './fixtures/io/graphs';

describe('markdown outline', () => {
	it('writes root heading, relation groups, bullets with footnotes citing passage and document', () => {
		const text = serializeMarkdownOutline(sampleGraph(), 'kelompok-okupasional', { lang: 'id', depth: 2 });
		const lines = text.split('\n');
		expect(lines[0]).toBe('# Kelompok okupasional');
		expect(lines).toContain('## ← adalah contoh');
		expect(lines).toContain('- Ikatan Dokter Indonesia[^1]');
		expect(lines).toContain('## ← berbeda dengan');
		expect(lines).toContain('- Kelompok volunter[^2]');
		const footnote = lines.find((line) => line.startsWith('[^1]: '));
		expect(footnote).toBe(
			'[^1]: “Contohnya Ikatan Dokter Indonesia (IDI). Kelompok volunter berbeda: anggotanya sukarelawan 😀.” — *Kelompok \\<Sosial\\> & Profesi*'
		);
		expect(lines.filter((line) => /^\[\^\d+\]: /.test(line))).toHaveLength(2);
	});

	it('quotes a list passage as a reader sees it, without the list numbers scraping left', () => {
		const graph = sampleGraph();
		const listed = 'Cirinya, di antaranya:\n\n  1. Profesi\n  2. Contohnya Ikatan Dokter Indonesia (IDI).';
		graph.setAttribute(
			'passages',
			graph.getAttribute('passages').map((p) => (p.id === 'p2' ? { ...p, text: listed } : p))
		);
		const text = serializeMarkdownOutline(graph, 'kelompok-okupasional', { lang: 'id', depth: 2 });
		expect(text.split('\n').find((line) => line.startsWith('[^1]: '))).toBe(
			'[^1]: “Cirinya, di antaranya: Profesi Contohnya Ikatan Dokter Indonesia (IDI).” — *Kelompok \\<Sosial\\> & Profesi*'
		);
	});

	it('nests deeper concepts under their parent bullet', () => {
		const text = serializeMarkdownOutline(sampleGraph(), 'kelompok-volunter', { lang: 'en', depth: 2 });
		expect(text).toContain('## contrasts with\n\n- Occupational group[^1]\n  - Indonesian Medical Association[^2]\n');
	});

	it('reads headings and nested bullets back as an includes hierarchy', () => {
		const text = serializeMarkdownOutline(sampleGraph(), 'kelompok-volunter', { lang: 'id', depth: 2 });
		const result = parseMarkdownOutline(text);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const { graph } = result;
		expect(graph.nodes()).toEqual(['kelompok-volunter', 'berbeda-dengan', 'kelompok-okupasional', 'ikatan-dokter-indonesia']);
		expect(graph.mapEdges((_e, a, s, t) => `${s} ${a.relation} ${t}`)).toEqual([
			'kelompok-volunter includes berbeda-dengan',
			'berbeda-dengan includes kelompok-okupasional',
			'kelompok-okupasional includes ikatan-dokter-indonesia'
		]);
		expect(graph.getNodeAttribute('ikatan-dokter-indonesia', 'label')).toBe('Ikatan Dokter Indonesia');
		expect(graph.getAttribute('relations')).toEqual([{ id: 'includes', label: { id: 'mencakup', en: 'includes' } }]);
		expect(graph.getAttribute('passages')).toEqual([]);
	});

	it('reads a hand-written outline: markup stripped, same label is one concept, slugs deduplicated', () => {
		const text = [
			'# Kelompok Sosial',
			'',
			'* **Kelompok** okupasional',
			'    * Guru',
			'    * Dokter',
			'* Kelompok volunter',
			'    1. Guru',
			'* Kelompok-Volunter!',
			'',
			'## Catatan',
			'- [Relawan](https://contoh.id)'
		].join('\n');
		const result = parseMarkdownOutline(text);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const { graph } = result;
		expect(graph.nodes()).toEqual([
			'kelompok-sosial',
			'kelompok-okupasional',
			'guru',
			'dokter',
			'kelompok-volunter',
			'kelompok-volunter-2',
			'catatan',
			'relawan'
		]);
		expect(graph.getNodeAttribute('kelompok-okupasional', 'label')).toBe('Kelompok okupasional');
		expect(graph.inNeighbors('guru').sort()).toEqual(['kelompok-okupasional', 'kelompok-volunter']);
		expect(graph.inNeighbors('catatan')).toEqual(['kelompok-sosial']);
		expect(graph.getAttribute('title')).toBe('Kelompok Sosial');
	});

	it('slugifies Indonesian text with accents and emoji', () => {
		expect(slugify('Ikatan Dókter — Indonesia 😀')).toBe('ikatan-dokter-indonesia');
	});

	it('rejects text without headings or bullets, and empty text', () => {
		expect(parseMarkdownOutline('hanya paragraf biasa.')).toMatchObject({ ok: false, error: { code: 'wrong-format' } });
		expect(parseMarkdownOutline('\n\n')).toMatchObject({ ok: false, error: { code: 'empty-file' } });
	});
});
