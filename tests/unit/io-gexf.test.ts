import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import { parse, serialize } from '$lib/kg/io/gexf';
import { sampleGraph } from './fixtures/io/graphs';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/io/${name}`, import.meta.url), 'utf8');

/** Parses strictly, failing on any parser message, so the test proves well-formedness. */
function parseStrictly(text: string): Document {
	const messages: string[] = [];
	const document = new DOMParser({ errorHandler: (_level: string, message: unknown) => void messages.push(String(message)) }).parseFromString(text, 'application/xml');
	expect(messages).toEqual([]);
	return document;
}

describe('gexf serialize', () => {
	it('writes well-formed GEXF 1.2 with typed columns Gephi can use', () => {
		const text = serialize(sampleGraph(), { centrality: { 'kelompok-okupasional': 1, 'ikatan-dokter-indonesia': 0.25 } });
		const document = parseStrictly(text);
		expect(document.documentElement.getAttribute('version')).toBe('1.2');
		const columns = Array.from(document.getElementsByTagName('attribute')).map((a) => [a.getAttribute('title'), a.getAttribute('type')]);
		expect(columns).toEqual(
			expect.arrayContaining([
				['kind', 'string'],
				['labelEn', 'string'],
				['aliases', 'string'],
				['centrality', 'double'],
				['relation', 'string'],
				['evidence', 'string']
			])
		);
		const idi = Array.from(document.getElementsByTagName('node')).find((n) => n.getAttribute('id') === 'ikatan-dokter-indonesia')!;
		expect(idi.getAttribute('label')).toBe('Ikatan Dokter Indonesia');
		const values = Object.fromEntries(
			Array.from(idi.getElementsByTagName('attvalue')).map((v) => [v.getAttribute('for'), v.getAttribute('value')])
		);
		expect(values.aliases).toBe("IDI | Ikatan Dokter 'Indonesia'");
		expect(values.kind).toBe('organisation');
		expect(values.centrality).toBe('0.25');
		expect(JSON.parse(values.mentions!)).toEqual([{ passage: 'p2', start: 102, end: 125 }]);
	});

	it('labels edges with the relation in the chosen language', () => {
		const document = parseStrictly(serialize(sampleGraph(), { lang: 'en' }));
		const labels = Array.from(document.getElementsByTagName('edge')).map((e) => e.getAttribute('label'));
		expect(labels).toEqual(['is an example of', 'contrasts with']);
	});
});

describe('gexf from Gephi', () => {
	it('reads a Gephi file: labels, positions, defaults for what it lacks', () => {
		const result = parse(fixture('gephi-sample.gexf'));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const { graph } = result;
		expect(graph.getAttribute('title')).toBe('Jaringan profesi');
		expect(graph.getNodeAttributes('1')).toEqual({
			label: 'Guru',
			labelEn: '',
			kind: 'concept',
			aliases: [],
			mentions: [],
			x: -12.5,
			y: 40,
			color: '#ff0000',
			size: 10,
			properties: { 'Modularity Class': 2 }
		});
		expect(graph.getNodeAttribute('2', 'label')).toBe('Dokter & Perawat');
		expect(graph.getEdgeAttributes('0')).toEqual({ relation: 'related-to', evidence: [], weight: 1 });
		expect(graph.getAttribute('kinds').map((k) => k.id)).toEqual(['concept']);
	});
});

describe('gexf bad input', () => {
	const wrap = (body: string) =>
		`<?xml version="1.0"?>\n<gexf version="1.3">\n<graph defaultedgetype="directed">\n${body}\n</graph>\n</gexf>`;

	it('reports malformed XML with a line', () => {
		const result = parse('<?xml version="1.0"?>\n<gexf>\n<graph>\n<nodes><node id="a"></nodes>\n</graph>\n</gexf>');
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.error.code).toBe('malformed-xml');
		expect(result.error.where?.line).toBeGreaterThanOrEqual(4);
	});

	it('reports a duplicated attribute as malformed XML', () => {
		expect(parse('<gexf a="1" a="2"/>')).toMatchObject({ ok: false, error: { code: 'malformed-xml', where: { line: 1 } } });
	});

	it('rejects another format', () => {
		expect(parse('{"nodes": []}')).toMatchObject({ ok: false, error: { code: 'wrong-format', params: { found: 'JSON' } } });
		expect(parse('<graphml><graph/></graphml>')).toMatchObject({
			ok: false,
			error: { code: 'wrong-format', params: { expected: 'GEXF', found: '<graphml>' } }
		});
	});

	it('rejects a duplicate node id with its line', () => {
		const result = parse(wrap('<nodes>\n<node id="a"/>\n<node id="a"/>\n</nodes>'));
		expect(result).toMatchObject({ ok: false, error: { code: 'duplicate-node', params: { key: 'a' }, where: { line: 6 } } });
	});

	it('rejects a duplicate edge id and a dangling edge with their lines', () => {
		const nodes = '<nodes><node id="a"/><node id="b"/></nodes>\n<edges>\n';
		const duplicate = parse(wrap(`${nodes}<edge id="e" source="a" target="b"/>\n<edge id="e" source="b" target="a"/>\n</edges>`));
		expect(duplicate).toMatchObject({ ok: false, error: { code: 'duplicate-edge', params: { key: 'e' }, where: { line: 7 } } });
		const dangling = parse(wrap(`${nodes}<edge id="e" source="a" target="x"/>\n</edges>`));
		expect(dangling).toMatchObject({
			ok: false,
			error: { code: 'dangling-edge', params: { node: 'x', end: 'target' }, where: { line: 6, field: 'target' } }
		});
	});

	it('rejects broken JSON in a mentions attribute, naming the field', () => {
		const text = serialize(sampleGraph()).replace(/(<attvalue for="mentions" value=")\[/, '$1{');
		expect(parse(text)).toMatchObject({ ok: false, error: { code: 'schema', where: { field: 'nodes.0.mentions' } } });
	});
});
