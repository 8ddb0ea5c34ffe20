import { describe, expect, it } from 'vitest';
import { escapeMermaidText, sanitizeMermaidId, serializeMermaidFlowchart, serializeMermaidMindmap } from '$lib/kg/io/mermaid';
import { sampleGraph } from './fixtures/io/graphs';

describe('mermaid flowchart', () => {
	it('draws the nodes left to right with labelled edges', () => {
		const text = serializeMermaidFlowchart(sampleGraph(), { lang: 'id' });
		expect(text.split('\n')).toEqual([
			'flowchart LR',
			'  n_kelompok_okupasional["Kelompok okupasional"]',
			'  n_ikatan_dokter_indonesia["Ikatan Dokter Indonesia"]',
			'  n_kelompok_volunter["Kelompok volunter"]',
			'  n_ikatan_dokter_indonesia -->|"adalah contoh"| n_kelompok_okupasional',
			'  n_kelompok_volunter -->|"berbeda dengan"| n_kelompok_okupasional',
			''
		]);
	});

	it('draws only the current view, in English when asked', () => {
		const text = serializeMermaidFlowchart(sampleGraph(), {
			lang: 'en',
			nodes: ['kelompok-okupasional', 'kelompok-volunter', 'not-there']
		});
		expect(text).toContain('n_kelompok_volunter["Voluntary group"]');
		expect(text).toContain('-->|"contrasts with"|');
		expect(text).not.toContain('ikatan');
	});

	it('escapes quotes and markup, keeps ids apart after sanitising', () => {
		const graph = sampleGraph();
		graph.addNode('a b', { label: 'Kata "kunci" <b> #1\nbaris', labelEn: '', kind: 'concept', aliases: [], mentions: [] });
		graph.addNode('a-b', { label: 'lain', labelEn: '', kind: 'concept', aliases: [], mentions: [] });
		const text = serializeMermaidFlowchart(graph, { lang: 'id', nodes: ['a b', 'a-b'] });
		expect(text).toContain('n_a_b["Kata #quot;kunci#quot; #lt;b#gt; #35;1 baris"]');
		expect(text).toContain('n_a_b_2["lain"]');
		expect(escapeMermaidText('x`y')).toBe('x#96;y');
		expect(sanitizeMermaidId('end')).toBe('n_end');
	});
});

describe('mermaid mindmap', () => {
	it('puts the root in a circle and neighbours indented beneath it', () => {
		const text = serializeMermaidMindmap(sampleGraph(), 'kelompok-okupasional', { lang: 'en' });
		expect(text.split('\n')).toEqual([
			'mindmap',
			'  n_kelompok_okupasional(("Occupational group"))',
			'    n_ikatan_dokter_indonesia["Indonesian Medical Association"]',
			'    n_kelompok_volunter["Voluntary group"]',
			''
		]);
	});

	it('stops at the requested depth', () => {
		const text = serializeMermaidMindmap(sampleGraph(), 'kelompok-volunter', { lang: 'id', depth: 1 });
		expect(text.trim().split('\n')).toEqual([
			'mindmap',
			'  n_kelompok_volunter(("Kelompok volunter"))',
			'    n_kelompok_okupasional["Kelompok okupasional"]'
		]);
		const deeper = serializeMermaidMindmap(sampleGraph(), 'kelompok-volunter', { lang: 'id', depth: 2 });
		expect(deeper).toContain('      n_ikatan_dokter_indonesia["Ikatan Dokter Indonesia"]');
	});
});
