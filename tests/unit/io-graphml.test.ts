import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import { parse, serialize } from '$lib/kg/io/graphml';
import { findUnbalancedTag } from '$lib/kg/io/xml';
import { sampleGraph } from './fixtures/io/graphs';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/io/${name}`, import.meta.url), 'utf8');

function parseStrictly(text: string): Document {
	const messages: string[] = [];
	const document = new DOMParser({ errorHandler: (_level: string, message: unknown) => void messages.push(String(message)) }).parseFromString(text, 'application/xml');
	expect(messages).toEqual([]);
	expect(findUnbalancedTag(text)).toBeNull();
	return document;
}

describe('graphml serialize', () => {
	it('writes well-formed GraphML with typed key declarations', () => {
		const text = serialize(sampleGraph(), { centrality: { 'kelompok-volunter': 0.5 } });
		const document = parseStrictly(text);
		const keys = Array.from(document.getElementsByTagName('key')).map((k) => [
			k.getAttribute('for'),
			k.getAttribute('attr.name'),
			k.getAttribute('attr.type')
		]);
		expect(keys).toEqual(
			expect.arrayContaining([
				['node', 'label', 'string'],
				['node', 'kind', 'string'],
				['node', 'x', 'double'],
				['node', 'centrality', 'double'],
				['edge', 'relation', 'string'],
				['graph', 'kgattributes', 'string']
			])
		);
		expect(document.getElementsByTagName('graph')[0].getAttribute('edgedefault')).toBe('directed');
		const gloss = Array.from(document.getElementsByTagName('data')).find((d) => d.getAttribute('key') === 'n_gloss');
		expect(gloss?.textContent).toBe('Kelompok "berdasarkan" pekerjaan, misalnya dokter & guru.');
	});

	it('escapes markup in values and gives a key that is no NMTOKEN a safe id, keeping the key as data', () => {
		const graph = sampleGraph();
		graph.addNode('a<&>"b c', { label: '<b>tebal</b> & "kutip"', labelEn: '', kind: 'concept', aliases: [], mentions: [] });
		graph.addEdgeWithKey('e 1', 'a<&>"b c', 'kelompok-okupasional', { relation: 'is-a', evidence: [] });
		const text = serialize(graph);
		expect(text).toContain('<node id="n0">');
		expect(text).toContain('<data key="n_originalId">a&lt;&amp;&gt;"b c</data>');
		expect(text).toContain('<edge id="e0" source="n0" target="kelompok-okupasional">');
		expect(text).toContain('&lt;b&gt;tebal&lt;/b&gt; &amp; "kutip"');
		parseStrictly(text);
		const back = parse(text);
		expect(back.ok && back.graph.export()).toEqual(graph.export());
	});
});

describe('graphml from other tools', () => {
	it('reads a yEd-style file with its own key ids', () => {
		const result = parse(fixture('yed-sample.graphml'));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const { graph } = result;
		expect(graph.nodes()).toEqual(['n0', 'n1', 'n2']);
		expect(graph.getNodeAttributes('n0')).toEqual({
			label: 'Kelompok volunter',
			labelEn: '',
			kind: 'concept',
			aliases: [],
			mentions: [],
			properties: { score: 0.75 }
		});
		expect(graph.getNodeAttribute('n2', 'label')).toBe('n2');
		expect(graph.getEdgeAttributes('e0')).toEqual({ relation: 'has-member', evidence: [] });
		expect(graph.size).toBe(2);
		expect(graph.getAttribute('relations').map((r) => r.id)).toEqual(['has-member', 'related-to']);
	});
});

describe('graphml bad input', () => {
	const wrap = (body: string) =>
		`<?xml version="1.0"?>\n<graphml>\n<graph edgedefault="directed">\n${body}\n</graph>\n</graphml>`;

	it('reports a lost end tag as malformed XML on its line', () => {
		const result = parse(wrap('<node id="a">\n<node id="b"/>\n<edge source="a" target="b"/>'));
		expect(result).toMatchObject({ ok: false, error: { code: 'malformed-xml', where: { line: 7 } } });
		if (result.ok) return;
		expect(result.error.params.detail).toContain('</graph>');
	});

	it('reports an unescaped ampersand as malformed XML', () => {
		const result = parse(wrap('<node id="a"><data key="label">Dokter & Guru</data></node>'));
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.error.code).toBe('malformed-xml');
		expect(result.error.where?.line).toBe(4);
	});

	it('rejects other formats', () => {
		expect(parse('id,label\na,A')).toMatchObject({ ok: false, error: { code: 'wrong-format', params: { expected: 'GraphML' } } });
		expect(parse('<gexf><graph/></gexf>')).toMatchObject({ ok: false, error: { code: 'wrong-format', params: { found: '<gexf>' } } });
	});

	it('rejects a duplicate node, a duplicate edge and a dangling edge with their lines', () => {
		expect(parse(wrap('<node id="a"/>\n<node id="a"/>'))).toMatchObject({
			ok: false,
			error: { code: 'duplicate-node', params: { key: 'a' }, where: { line: 5 } }
		});
		const nodes = '<node id="a"/><node id="b"/>\n';
		expect(parse(wrap(`${nodes}<edge id="e" source="a" target="b"/>\n<edge id="e" source="a" target="b"/>`))).toMatchObject({
			ok: false,
			error: { code: 'duplicate-edge', params: { key: 'e' }, where: { line: 6 } }
		});
		expect(parse(wrap(`${nodes}<edge source="nope" target="b"/>`))).toMatchObject({
			ok: false,
			error: { code: 'dangling-edge', params: { node: 'nope', end: 'source' }, where: { line: 5 } }
		});
	});

	it('declares a kind the file uses but does not list instead of dropping the node', () => {
		const text = serialize(sampleGraph()).replace('<data key="n_kind">organisation</data>', '<data key="n_kind">alien</data>');
		// Declared kinds come from the file, so an unknown one is added with a neutral colour rather than lost.
		const result = parse(text);
		expect(result.ok && result.graph.getAttribute('kinds').map((k) => k.id)).toEqual(['concept', 'organisation', 'alien']);
	});
});
