import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectColumns, parseCsv, parseCsvTable, serializeCsv } from '$lib/kg/io/csv';
import { knowledgeGraphArbitrary, sampleGraph } from './fixtures/io/graphs';

describe('parseCsvTable', () => {
	it('reads quotes, doubled quotes, commas and line breaks inside quotes, with CRLF or LF', () => {
		const text = '\ufeffid,label\r\n"a,1","He said ""halo"""\r\nb,"dua\r\nbaris"\nc,\n';
		expect(parseCsvTable(text)).toEqual([
			['id', 'label'],
			['a,1', 'He said "halo"'],
			['b', 'dua\r\nbaris'],
			['c', '']
		]);
	});

	it('keeps a last row without a line break and empty quoted fields', () => {
		expect(parseCsvTable('x,"",z')).toEqual([['x', '', 'z']]);
	});

	it('reads semicolon-separated files from spreadsheets set to Indonesian', () => {
		expect(parseCsvTable('id;label\na;"Guru; dosen"')).toEqual([
			['id', 'label'],
			['a', 'Guru; dosen']
		]);
	});
});

describe('serializeCsv', () => {
	it('writes BOM, CRLF, our columns and RFC 4180 quoting', () => {
		const { nodes, edges } = serializeCsv(sampleGraph());
		expect(nodes.startsWith('\ufeffid,label,labelEn,kind,aliases,gloss,glossEn,mentions,origin,note,hidden\r\n')).toBe(true);
		expect(nodes.endsWith('\r\n')).toBe(true);
		expect(nodes.replace(/\r\n/g, '')).not.toMatch(/\n/);
		const table = parseCsvTable(nodes);
		expect(table).toHaveLength(4);
		expect(table[1].slice(0, 6)).toEqual([
			'kelompok-okupasional',
			'Kelompok okupasional',
			'Occupational group',
			'concept',
			'kelompok profesi',
			'Kelompok "berdasarkan" pekerjaan, misalnya dokter & guru.'
		]);
		expect(nodes).toContain('"Kelompok ""berdasarkan"" pekerjaan, misalnya dokter & guru."');
		expect(table[2][4]).toBe("IDI | Ikatan Dokter 'Indonesia'");
		expect(JSON.parse(table[2][7])).toEqual([{ passage: 'p2', start: 102, end: 125 }]);
		const edgeTable = parseCsvTable(edges);
		expect(edgeTable[0]).toEqual(['id', 'source', 'target', 'relation', 'evidence', 'origin', 'note']);
		expect(edgeTable[1].slice(0, 4)).toEqual(['idi-is-a-okupasional', 'ikatan-dokter-indonesia', 'kelompok-okupasional', 'is-a']);
	});
});

describe('csv round trip', () => {
	it('gives back nodes, edges and their attributes (layout aside) on generated graphs', () => {
		fc.assert(
			fc.property(knowledgeGraphArbitrary({ layout: false }), (graph) => {
				const { nodes, edges } = serializeCsv(graph);
				const result = parseCsv(nodes, edges, {}, graph.getAttributes());
				if (!result.ok) throw new Error(JSON.stringify(result.error));
				expect(result.graph.export()).toEqual(graph.export());
			}),
			{ numRuns: 50 }
		);
	});

	it('without passages to point into, keeps nodes and edges but drops their spans', () => {
		const { nodes, edges } = serializeCsv(sampleGraph());
		const result = parseCsv(nodes, edges);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.graph.getNodeAttributes('ikatan-dokter-indonesia')).toEqual({
			label: 'Ikatan Dokter Indonesia',
			labelEn: 'Indonesian Medical Association',
			kind: 'organisation',
			aliases: ['IDI', "Ikatan Dokter 'Indonesia'"],
			mentions: []
		});
		expect(result.graph.size).toBe(2);
		expect(result.graph.getAttribute('kinds').map((k) => k.id)).toEqual(['concept', 'organisation']);
	});
});

describe('csv column mapping', () => {
	it('detects header names for the mapping form', () => {
		expect(detectColumns('\ufeffNama,"Kode, unik",Jenis\r\nGuru,g,profesi')).toEqual(['Nama', 'Kode, unik', 'Jenis']);
	});

	it('imports hand-made tables through a mapping, matching headers case-insensitively', () => {
		const nodes = 'Kode,NAMA,Jenis\ng,Guru,profesi\nd,Dokter,profesi\ns,Sekolah,\n';
		const edges = 'Dari,Ke,Hubungan\ng,s,bekerja di\nd,g,\n';
		const result = parseCsv(nodes, edges, { id: 'kode', label: 'nama', kind: 'jenis', source: 'dari', target: 'ke', relation: 'hubungan' });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const { graph } = result;
		expect(graph.getNodeAttributes('g')).toEqual({ label: 'Guru', labelEn: '', kind: 'profesi', aliases: [], mentions: [] });
		expect(graph.getNodeAttribute('s', 'kind')).toBe('concept');
		expect(graph.mapEdges((_e, a, source, target) => [source, target, a.relation])).toEqual([
			['g', 's', 'bekerja di'],
			['d', 'g', 'related-to']
		]);
	});
});

describe('csv bad input', () => {
	it('names a missing column', () => {
		expect(parseCsv('kode,label\na,A')).toMatchObject({
			ok: false,
			error: { code: 'missing-column', params: { file: 'nodes', column: 'id', found: 'kode, label' }, where: { line: 1 } }
		});
		expect(parseCsv('id,label\na,A', 'from,target\na,a')).toMatchObject({
			ok: false,
			error: { code: 'missing-column', params: { file: 'edges', column: 'source' } }
		});
	});

	it('names line and column of a duplicate id, counting quoted line breaks', () => {
		const result = parseCsv('id,label\na,"satu\ndua"\nb,B\na,lagi\n');
		expect(result).toMatchObject({
			ok: false,
			error: { code: 'duplicate-node', params: { key: 'a', firstLine: 2 }, where: { line: 5, column: 1, field: 'id' } }
		});
	});

	it('names line and column of a dangling edge and of a duplicate edge id', () => {
		const nodes = 'id,label\na,A\nb,B\n';
		expect(parseCsv(nodes, 'source,target\na,b\nb,zz\n')).toMatchObject({
			ok: false,
			error: { code: 'dangling-edge', params: { node: 'zz', end: 'target' }, where: { line: 3, column: 2, field: 'target' } }
		});
		expect(parseCsv(nodes, 'id,source,target\ne,a,b\ne,b,a\n')).toMatchObject({
			ok: false,
			error: { code: 'duplicate-edge', params: { key: 'e' }, where: { line: 3, column: 1 } }
		});
	});

	it('reports an unclosed quote with the line it opens on', () => {
		expect(parseCsv('id,label\na,"tidak ditutup\nb,B\n')).toMatchObject({
			ok: false,
			error: { code: 'malformed-csv', where: { line: 2 } }
		});
	});

	it('reports broken mentions JSON at its cell', () => {
		expect(parseCsv('id,label,mentions\na,A,[{\n')).toMatchObject({
			ok: false,
			error: { code: 'schema', where: { line: 2, column: 3, field: 'mentions' } }
		});
	});

	it('rejects an empty nodes file', () => {
		expect(parseCsv(' \r\n')).toMatchObject({ ok: false, error: { code: 'empty-file' } });
	});
});
