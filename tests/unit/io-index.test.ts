import { describe, expect, it } from 'vitest';
import { detectFormat, FORMATS, formatById, IMPORT_ACCEPT } from '$lib/kg/io';
import { exportData } from '$lib/kg/io/export';
import { readZip } from '$lib/kg/io/zip';
import { sampleGraph } from './fixtures/io/graphs';

describe('format registry', () => {
	it('lists every format once with extensions, a MIME type, what it does and a module that does it', async () => {
		expect(FORMATS.map((f) => f.id)).toEqual(['json', 'gexf', 'graphml', 'csv', 'mermaid', 'markdown', 'cypher']);
		for (const format of FORMATS) {
			expect(format.extensions.length).toBeGreaterThan(0);
			expect(format.mime).toMatch(/^[a-z]+\/[\w.+-]+$/);
			const module = await format.load();
			expect(typeof module.parse === 'function').toBe(format.imports);
			expect(typeof module.serialize === 'function').toBe(format.exports);
		}
	});

	it('derives the file picker\'s accept list from the importing formats', () => {
		expect(IMPORT_ACCEPT.split(',')).toEqual(expect.arrayContaining(['.json', '.gexf', '.graphml', '.xml', '.zip', '.csv', '.tsv', '.md', '.markdown', '.txt']));
		expect(IMPORT_ACCEPT).not.toContain('.mmd');
		expect(IMPORT_ACCEPT).not.toContain('.cypher');
	});

	it.each(['json', 'gexf', 'graphml'] as const)('%s reads back what it writes', async (id) => {
		const graph = sampleGraph();
		const format = await formatById(id).load();
		const result = format.parse!(format.serialize!(graph) as string);
		expect(result.ok && result.graph.export()).toEqual(graph.export());
	});

	it('writes a mind map when given a root and a flowchart otherwise', async () => {
		const mermaid = await formatById('mermaid').load();
		expect(mermaid.serialize!(sampleGraph(), { rootKey: 'kelompok-volunter', lang: 'en' })).toMatch(/^mindmap\n/);
		expect(mermaid.serialize!(sampleGraph())).toMatch(/^flowchart LR\n/);
		expect((await formatById('markdown').load()).serialize!(sampleGraph())).toMatch(/^# Kelompok okupasional\n/);
	});

	it('names an exported file by title, date and the first extension, CSV as a zip of both tables', async () => {
		const file = await exportData('csv', sampleGraph(), { title: 'Peta Kelas' });
		expect(file.name).toMatch(/^peta-kelas-csv-\d{4}-\d{2}-\d{2}\.zip$/);
		expect(file.type).toBe('application/zip');
		const zip = readZip(file.data as Uint8Array);
		expect(zip.ok && zip.entries.map((e) => e.name)).toEqual(['nodes.csv', 'edges.csv']);
		const gexf = await exportData('gexf', sampleGraph(), { title: 'Peta Kelas' });
		expect(gexf.type).toBe('application/gexf+xml;charset=utf-8');
		expect(gexf.data).toContain('<attvalue for="centrality"');
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
