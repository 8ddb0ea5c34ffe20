import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, serialize } from '$lib/kg/io/json';
import { NEUTRAL_COLOR } from '$lib/kg/io/normalize';
import { knowledgeGraphArbitrary, sampleGraph } from './fixtures/io/graphs';

describe('json serialize', () => {
	it('writes graph.export() with documents and passages, readable by JSON.parse', () => {
		const graph = sampleGraph();
		const data = JSON.parse(serialize(graph));
		expect(data.options).toEqual({ type: 'directed', multi: true, allowSelfLoops: false });
		expect(data.attributes.documents[0].source).toBe('003_931921d366cdd661.txt');
		expect(data.attributes.passages).toHaveLength(2);
		expect(data.nodes.map((n: { key: string }) => n.key)).toEqual([
			'kelompok-okupasional',
			'ikatan-dokter-indonesia',
			'kelompok-volunter'
		]);
		expect(data.edges[0]).toMatchObject({ key: 'idi-is-a-okupasional', source: 'ikatan-dokter-indonesia' });
	});

	it('fills in empty documents and passages for a graph that has none', () => {
		const graph = sampleGraph();
		graph.setAttribute('documents', undefined as never);
		graph.setAttribute('passages', undefined as never);
		const data = JSON.parse(serialize(graph));
		expect(data.attributes.documents).toEqual([]);
		expect(data.attributes.passages).toEqual([]);
	});
});

describe('json round trip', () => {
	it('gives back the same nodes, edges and attributes, passages and documents included', () => {
		fc.assert(
			fc.property(knowledgeGraphArbitrary(), (graph) => {
				const result = parse(serialize(graph));
				expect(result.ok).toBe(true);
				if (!result.ok) return;
				expect(result.graph.export()).toEqual(graph.export());
			}),
			{ numRuns: 50 }
		);
	});
});

describe('json plain graphology export', () => {
	it('fills label, kind, mentions, evidence and declares missing kinds and relations', () => {
		const plain = {
			attributes: { name: 'Jaringan' },
			nodes: [
				{ key: 'a', attributes: { label: 'Guru', kind: 'profesi', size: 3 } },
				{ key: 'b' },
				{ key: 'c', attributes: { label: 'Dokter', x: 1.5, y: '2' } }
			],
			edges: [
				{ key: 'ab', source: 'a', target: 'b', attributes: { relation: 'knows', weight: 2 } },
				{ source: 'c', target: 'a' }
			]
		};
		const result = parse(JSON.stringify(plain));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const graph = result.graph;
		expect(graph.getNodeAttributes('a')).toEqual({ label: 'Guru', labelEn: '', kind: 'profesi', aliases: [], mentions: [], size: 3 });
		expect(graph.getNodeAttributes('b')).toEqual({ label: 'b', labelEn: '', kind: 'concept', aliases: [], mentions: [] });
		expect(graph.getNodeAttributes('c')).toMatchObject({ label: 'Dokter', x: 1.5, y: 2 });
		expect(graph.getEdgeAttributes('ab')).toEqual({ relation: 'knows', evidence: [], weight: 2 });
		expect(graph.edges('c', 'a').map((e) => graph.getEdgeAttribute(e, 'relation'))).toEqual(['related-to']);
		const attributes = graph.getAttributes();
		expect(attributes.title).toBe('Jaringan');
		expect(attributes.documents).toEqual([]);
		expect(attributes.passages).toEqual([]);
		expect(attributes.kinds).toEqual([
			{ id: 'profesi', label: { id: 'profesi', en: 'profesi' }, color: NEUTRAL_COLOR },
			{ id: 'concept', label: { id: 'concept', en: 'concept' }, color: NEUTRAL_COLOR }
		]);
		expect(attributes.relations.map((r) => r.id)).toEqual(['knows', 'related-to']);
	});
});

describe('json bad input', () => {
	it('reports malformed JSON with its line and column', () => {
		const text = '{\n  "nodes": [\n    {"key": "a",}\n  ]\n}';
		const result = parse(text);
		expect(result).toMatchObject({
			ok: false,
			error: { code: 'malformed-json', params: { expected: 'property-name' }, where: { line: 3, column: 17 } }
		});
	});

	it('reports an unclosed string on the line it starts', () => {
		const result = parse('{\n"nodes": [],\n"edges": ["abc\n]}');
		expect(result).toMatchObject({
			ok: false,
			error: { code: 'malformed-json', params: { expected: 'escaped-control-character' }, where: { line: 3 } }
		});
	});

	it('rejects JSON that is not a graph and XML given as JSON', () => {
		expect(parse('[1, 2, 3]')).toMatchObject({ ok: false, error: { code: 'wrong-format', where: { field: 'nodes' } } });
		expect(parse('<gexf/>')).toMatchObject({ ok: false, error: { code: 'wrong-format', params: { found: 'XML' } } });
	});

	it('rejects a duplicate node key, naming it', () => {
		const result = parse(JSON.stringify({ nodes: [{ key: 'a' }, { key: 'b' }, { key: 'a' }], edges: [] }));
		expect(result).toMatchObject({
			ok: false,
			error: { code: 'duplicate-node', params: { key: 'a' }, where: { field: 'nodes.2.key' } }
		});
	});

	it('rejects a duplicate edge key and an edge to a missing node', () => {
		const nodes = [{ key: 'a' }, { key: 'b' }];
		const duplicate = parse(
			JSON.stringify({ nodes, edges: [{ key: 'e', source: 'a', target: 'b' }, { key: 'e', source: 'b', target: 'a' }] })
		);
		expect(duplicate).toMatchObject({ ok: false, error: { code: 'duplicate-edge', params: { key: 'e' }, where: { field: 'edges.1.key' } } });
		const dangling = parse(JSON.stringify({ nodes, edges: [{ key: 'e', source: 'a', target: 'zzz' }] }));
		expect(dangling).toMatchObject({
			ok: false,
			error: { code: 'dangling-edge', params: { node: 'zzz', end: 'target' }, where: { field: 'edges.0.target' } }
		});
	});

	it('keeps a self loop and says so', () => {
		const result = parse(JSON.stringify({ nodes: [{ key: 'a' }], edges: [{ source: 'a', target: 'a' }] }));
		expect(result).toMatchObject({ ok: true, notes: [{ code: 'self-loops-kept', params: { count: 1 } }] });
		if (result.ok) expect(result.graph.selfLoopCount).toBe(1);
	});

	it('rejects an undeclared kind in our contract instead of declaring it', () => {
		const data = JSON.parse(serialize(sampleGraph()));
		data.nodes[1].attributes.kind = 'tidak-ada';
		const result = parse(JSON.stringify(data));
		expect(result).toMatchObject({
			ok: false,
			error: { code: 'unknown-kind', params: { kind: 'tidak-ada', node: 'ikatan-dokter-indonesia' } }
		});
	});

	it('maps contract schema problems to the field path', () => {
		const data = JSON.parse(serialize(sampleGraph()));
		data.nodes[0].attributes.mentions[0].start = -1;
		const result = parse(JSON.stringify(data));
		expect(result).toMatchObject({
			ok: false,
			error: { code: 'schema', where: { field: 'nodes.0.attributes.mentions.0.start' } }
		});
	});

	it('rejects a contract span outside its passage', () => {
		const data = JSON.parse(serialize(sampleGraph()));
		data.edges[0].attributes.evidence[0].end = 100000;
		const result = parse(JSON.stringify(data));
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.error.code).toBe('schema');
		expect(result.error.where?.field).toContain('idi-is-a-okupasional');
	});
});
