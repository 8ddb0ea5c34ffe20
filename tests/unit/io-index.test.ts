import { describe, expect, it } from 'vitest';
import { detectFormat, FORMATS, formatById } from '$lib/kg/io';
import { sampleGraph } from './fixtures/io/graphs';

describe('format registry', () => {
	it('lists every format once with extensions and a MIME type', () => {
		expect(FORMATS.map((f) => f.id)).toEqual(['json', 'gexf', 'graphml', 'csv', 'mermaid', 'markdown', 'cypher']);
		for (const format of FORMATS) {
			expect(format.extensions.length).toBeGreaterThan(0);
			expect(format.mime).toMatch(/^[a-z]+\/[\w.+-]+$/);
			expect(format.parse || format.serialize).toBeTruthy();
		}
	});

	it('reads back what it writes for the data formats', () => {
		const graph = sampleGraph();
		for (const id of ['json', 'gexf', 'graphml'] as const) {
			const format = formatById(id);
			const result = format.parse!(format.serialize!(graph));
			expect(result.ok && result.graph.export()).toEqual(graph.export());
		}
	});

	it('writes a mind map when given a root and a flowchart otherwise', () => {
		const mermaid = formatById('mermaid');
		expect(mermaid.serialize!(sampleGraph(), { rootKey: 'kelompok-volunter', lang: 'en' })).toMatch(/^mindmap\n/);
		expect(mermaid.serialize!(sampleGraph())).toMatch(/^flowchart LR\n/);
		expect(formatById('markdown').serialize!(sampleGraph())).toMatch(/^# Kelompok okupasional\n/);
	});
});

describe('detectFormat', () => {
	it('goes by extension', () => {
		expect(detectFormat('graph.JSON', '')).toBe('json');
		expect(detectFormat('peta.gexf', '')).toBe('gexf');
		expect(detectFormat('peta.graphml', '')).toBe('graphml');
		expect(detectFormat('nodes.csv', '')).toBe('csv');
		expect(detectFormat('peta.mmd', '')).toBe('mermaid');
		expect(detectFormat('catatan.md', '')).toBe('markdown');
		expect(detectFormat('load.cypher', '')).toBe('cypher');
	});

	it('looks at the content for .xml, .txt and unknown names', () => {
		expect(detectFormat('export.xml', '<?xml version="1.0"?>\n<gexf version="1.3">')).toBe('gexf');
		expect(detectFormat('export.xml', '\ufeff<?xml version="1.0"?><graphml xmlns="x">')).toBe('graphml');
		expect(detectFormat('data.txt', '  {"nodes": []}')).toBe('json');
		expect(detectFormat('tanpa-nama', 'flowchart LR\n a --> b')).toBe('mermaid');
		expect(detectFormat('tanpa-nama', '# Judul\n- butir')).toBe('markdown');
		expect(detectFormat('tanpa-nama', 'id;label\na;A')).toBe('csv');
		expect(detectFormat('tanpa-nama', 'MERGE (n:Concept {key: "a"});')).toBe('cypher');
		expect(detectFormat('tanpa-nama', 'halo')).toBeNull();
	});
});
