/**
 * Files that are valid-looking but hostile or odd: reserved names, id spaces
 * that collide, colours that carry CSS, nesting and lines past the limits,
 * legacy encodings, and what the import summary says it changed.
 */
import { describe, expect, it } from 'vitest';
import { parseCsv } from '$lib/kg/io/csv';
import { decodeText } from '$lib/kg/io/decode';
import * as graphml from '$lib/kg/io/graphml';
import * as gexf from '$lib/kg/io/gexf';
import * as json from '$lib/kg/io/json';
import { MAX_ATTRIBUTES, MAX_DRAWN_EDGES, MAX_NESTING_DEPTH, MAX_OUTLINE_LINE_LENGTH } from '$lib/kg/io/limits';
import { parseMarkdownOutline } from '$lib/kg/io/markdown';
import { importErrorMessage, importNoteMessage } from '$lib/i18n/messages/import-errors';
import { NEUTRAL_COLOR } from '$lib/kg/io/normalize';
import { mostConnectedPart } from '$lib/kg/query/most-connected';
import { validateSerializedGraph } from '$lib/kg/model';
import { openPart, readImport } from '$lib/state/import-file';
import { deepOutline, graphologyJson, hugeLineMarkdown, wideCsv } from '../bench/pathological-files';
import { sampleGraph } from './fixtures/io/graphs';

const contract = () => JSON.parse(json.serialize(sampleGraph()));
const polluted = () => Object.getOwnPropertyNames(Object.prototype).length !== ORIGINAL || ({} as { previous?: unknown }).previous !== undefined;
const ORIGINAL = Object.getOwnPropertyNames(Object.prototype).length;

describe('reserved names', () => {
	it.each(['__proto__', 'constructor', 'prototype'])('a node keyed %s is refused in JSON, named, with nothing polluted', (key) => {
		const text = JSON.stringify({ nodes: [{ key: 'a' }, { key }], edges: [{ source: 'a', target: key }] });
		const result = json.parse(text);
		expect(result).toMatchObject({ ok: false, error: { code: 'reserved-key', params: { key }, where: { field: 'nodes.1.key' } } });
		expect(polluted()).toBe(false);
		if (!result.ok) expect(importErrorMessage(result.error, 'en')).toContain(`The name "${key}" cannot be used as an id or field name`);
	});

	it('a reserved property name anywhere in the JSON is refused before anything is copied', () => {
		const result = json.parse('{"nodes": [{"key": "a", "attributes": {"label": "A", "__proto__": {"previous": 1}}}]}');
		expect(result).toMatchObject({ ok: false, error: { code: 'reserved-key', where: { field: 'nodes.0.attributes.__proto__' } } });
		expect(polluted()).toBe(false);
	});

	it('a stored map carrying one is refused by the contract check', () => {
		const data = contract();
		data.nodes[0].key = 'constructor';
		const result = validateSerializedGraph(data);
		expect(result.ok ? [] : result.problems).toContainEqual({ path: 'node "constructor"', message: 'reserved name "constructor"' });
		const withKind = contract();
		withKind.attributes.kinds[0].id = '__proto__';
		expect(validateSerializedGraph(withKind).ok).toBe(false);
	});

	it('CSV ids, edge ids and column names, GEXF and GraphML ids and attribute names are refused', () => {
		expect(parseCsv('id,label\n__proto__,X\n')).toMatchObject({ ok: false, error: { code: 'reserved-key', where: { line: 2 } } });
		expect(parseCsv('id,label,constructor\na,A,1\n')).toMatchObject({ ok: false, error: { code: 'reserved-key', where: { line: 1, column: 3 } } });
		expect(parseCsv('id,label\na,A\nb,B\n', 'id,source,target\nprototype,a,b\n')).toMatchObject({ ok: false, error: { code: 'reserved-key' } });
		const gexfText = '<gexf version="1.3"><graph><attributes class="node"><attribute id="0" title="__proto__" type="string"/></attributes><nodes><node id="a"/></nodes></graph></gexf>';
		expect(gexf.parse(gexfText)).toMatchObject({ ok: false, error: { code: 'reserved-key', params: { key: '__proto__' } } });
		const graphmlText = '<graphml><graph edgedefault="directed"><node id="a"/><node id="__proto__"/><edge source="a" target="__proto__"/></graph></graphml>';
		expect(graphml.parse(graphmlText)).toMatchObject({ ok: false, error: { code: 'reserved-key', where: { line: 1 } } });
		expect(polluted()).toBe(false);
	});

	it('an outline heading "Prototype" is a fine concept with a safe key', () => {
		const result = parseMarkdownOutline('# Prototype\n\n- constructor\n');
		expect(result.ok && result.graph.nodes()).toEqual(['prototype-2', 'constructor-2']);
	});
});

describe('id spaces, colours and shapes', () => {
	it('duplicate kind, relation, document and passage ids are refused, naming the id', () => {
		for (const space of ['kinds', 'relations', 'documents', 'passages']) {
			const data = contract();
			data.attributes[space].push({ ...data.attributes[space][0] });
			const result = json.parse(JSON.stringify(data));
			expect(result, space).toMatchObject({ ok: false, error: { code: 'duplicate-id', params: { id: data.attributes[space][0].id } } });
		}
	});

	it('an empty document id is refused; one with a slash (an article URL) is renamed, every reference following', () => {
		const empty = contract();
		empty.attributes.documents[0].id = '';
		expect(json.parse(JSON.stringify(empty))).toMatchObject({ ok: false, error: { code: 'empty-id' } });

		const url = contract();
		const oldId = url.attributes.documents[0].id;
		url.attributes.documents[0].id = 'https://example.org/artikel/1';
		for (const passage of url.attributes.passages) if (passage.doc === oldId) passage.doc = 'https://example.org/artikel/1';
		const result = json.parse(JSON.stringify(url));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const [document] = result.graph.getAttribute('documents');
		expect(document.id).toBe('doc-1');
		expect(result.graph.getAttribute('passages').every((p) => p.doc === 'doc-1')).toBe(true);
		expect(result.notes).toContainEqual({ code: 'ids-renamed', params: { count: 1, names: '"https://example.org/artikel/1"' } });
	});

	it('a passage id equal to a node key is renamed, mentions and evidence following', () => {
		const data = contract();
		const passage = data.attributes.passages[0].id;
		const key = data.nodes[0].key;
		data.attributes.passages[0].id = key;
		for (const element of [...data.nodes, ...data.edges])
			for (const span of element.attributes.mentions ?? element.attributes.evidence) if (span.passage === passage) span.passage = key;
		const result = json.parse(JSON.stringify(data));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const ids = new Set(result.graph.getAttribute('passages').map((p) => p.id));
		expect(ids.has(key)).toBe(false);
		result.graph.forEachNode((_k, a) => a.mentions.forEach((m) => expect(ids.has(m.passage)).toBe(true)));
		result.graph.forEachEdge((_k, a) => a.evidence.forEach((m) => expect(ids.has(m.passage)).toBe(true)));
	});

	it('a colour carrying CSS and an unknown shape are replaced at the door, and said', () => {
		const data = contract();
		data.attributes.kinds[0].color = '#0072B2;position:fixed;inset:0;background:url(http://x.test/beacon)';
		data.attributes.kinds[1].shape = 'star;background:red';
		const result = json.parse(JSON.stringify(data));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const [first, second] = result.graph.getAttribute('kinds');
		expect(first.color).toBe(NEUTRAL_COLOR);
		expect(second.shape).toBeUndefined();
		expect(result.notes?.map((n) => n.code)).toEqual(['colors-replaced', 'shapes-replaced']);
		// Straight into the contract check (a stored map), neither gets through.
		const stored = contract();
		stored.attributes.kinds[0].color = 'red;x:y';
		expect(validateSerializedGraph(stored).ok).toBe(false);
	});
});

describe('odd but usable files: decided and said', () => {
	it('`"edges": {}` is reported, not ignored', () => {
		expect(json.parse('{"nodes": [{"key": "a"}], "edges": {}}')).toMatchObject({
			ok: false,
			error: { code: 'wrong-type', params: { expected: 'list', found: 'object' }, where: { field: 'edges' } }
		});
	});

	it('a value of the wrong type is worded in both languages, not in the schema library\'s English', () => {
		const data = contract();
		data.nodes[0].attributes.mentions = {};
		const result = json.parse(JSON.stringify(data));
		expect(result).toMatchObject({ ok: false, error: { code: 'wrong-type', params: { expected: 'list', found: 'object' }, where: { field: 'nodes.0.attributes.mentions' } } });
		if (result.ok) return;
		expect(importErrorMessage(result.error, 'id')).toContain('harus berisi sebuah daftar');
		expect(importErrorMessage(result.error, 'en')).toContain('must hold a list');
		const missing = contract();
		delete missing.attributes.passages[0].text;
		expect(json.parse(JSON.stringify(missing))).toMatchObject({ ok: false, error: { code: 'wrong-type', params: { expected: 'string', found: 'missing' } } });
	});

	it('NaN positions are dropped (the map is laid out), parallel edges kept, undeclared kinds added, each noted', () => {
		const result = json.parse(
			JSON.stringify({
				attributes: { kinds: [{ id: 'profesi', label: { id: 'Profesi', en: 'Profession' }, color: '#123456' }] },
				nodes: [
					{ key: 'a', attributes: { x: 'NaN', y: 3, kind: 'profesi' } },
					{ key: 'b', attributes: { kind: 'alien' } }
				],
				edges: [
					{ source: 'a', target: 'b' },
					{ source: 'a', target: 'b' }
				]
			})
		);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.graph.getNodeAttributes('a')).not.toHaveProperty('y');
		expect(result.graph.size).toBe(2);
		expect(result.notes?.map((n) => n.code)).toEqual(['positions-dropped', 'parallel-edges', 'kinds-added']);
		for (const note of result.notes!) {
			expect(importNoteMessage(note, 'id')).not.toBe('');
			expect(importNoteMessage(note, 'en')).not.toBe(importNoteMessage(note, 'id'));
		}
	});

	it('GraphML hyperedges and nested graphs: the drawable part is kept and the rest said', () => {
		const text = `<graphml><graph edgedefault="directed">
			<node id="a"/><node id="b"><graph id="inner" edgedefault="directed"><node id="b1"/></graph></node>
			<edge source="a" target="b"/><hyperedge><endpoint node="a"/><endpoint node="b"/><endpoint node="b1"/></hyperedge>
		</graph></graphml>`;
		const result = graphml.parse(text);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.graph.order).toBe(3);
		expect(result.notes?.map((n) => n.code)).toEqual(['hyperedges-dropped', 'nested-graphs-flattened']);
	});

	it('a Latin-1 table is read as Windows-1252 and said, UTF-8 and UTF-16 as they are', () => {
		expect(decodeText(Buffer.from('id,label\nk1,Café\n', 'latin1'))).toEqual({ text: 'id,label\nk1,Café\n', legacyEncoding: 'Windows-1252 (Latin-1)' });
		expect(decodeText(Buffer.from('id,label\nk1,Café\n', 'utf8'))).toEqual({ text: 'id,label\nk1,Café\n', legacyEncoding: null });
		expect(decodeText(Buffer.from('\ufeffCafé', 'utf16le')).text).toBe('Café');
		const xml = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><gexf/>é', 'latin1');
		expect(decodeText(xml)).toMatchObject({ legacyEncoding: 'ISO-8859-1' });
	});

	it('a Latin-1 CSV file comes through readImport with its note', async () => {
		const step = await readImport([new File([Buffer.from('id,label\nk1,Café\n', 'latin1')], 'nodes.csv')]);
		expect(step).toMatchObject({ kind: 'csv', pending: { nodes: { legacyEncoding: 'Windows-1252 (Latin-1)' } } });
	});
});

describe('limits, each with what and how much', () => {
	it('JSON nested past the limit is refused at its line, before any recursive reader', () => {
		const text = '{"nodes": [' + '['.repeat(100_000) + ']'.repeat(100_000) + ']}';
		const result = json.parse(text);
		expect(result).toMatchObject({ ok: false, error: { code: 'too-deep', params: { limit: MAX_NESTING_DEPTH }, where: { line: 1 } } });
		// Broken as well as deep: still the depth, never "Maximum call stack size exceeded".
		expect(json.parse('{"nodes": [' + '['.repeat(100_000))).toMatchObject({ ok: false, error: { code: 'too-deep' } });
	});

	it('a deep outline and one huge Markdown line are refused at their line, before the rest is read', () => {
		expect(parseMarkdownOutline(deepOutline(5000))).toMatchObject({ ok: false, error: { code: 'too-deep', where: { line: MAX_NESTING_DEPTH + 1 } } });
		expect(parseMarkdownOutline(hugeLineMarkdown(5_000_000))).toMatchObject({
			ok: false,
			error: { code: 'line-too-long', params: { length: 5_000_002, limit: MAX_OUTLINE_LINE_LENGTH }, where: { line: 3 } }
		});
	});

	it('a JSON element with thousands of attributes is refused, naming it', () => {
		const attributes = Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`a${i}`, i]));
		expect(json.parse(JSON.stringify({ nodes: [{ key: 'a', attributes }] }))).toMatchObject({
			ok: false,
			error: { code: 'too-many-attributes', params: { count: 3000, limit: MAX_ATTRIBUTES }, where: { field: 'nodes.0.attributes' } }
		});
	});

	it('a CSV with thousands of columns is refused by its header', async () => {
		expect(parseCsv(wideCsv(3000, 3))).toMatchObject({ ok: false, error: { code: 'too-many-attributes', params: { count: MAX_ATTRIBUTES + 1 } } });
		const step = await readImport([new File([wideCsv(3000, 3)], 'wide.csv')]);
		expect(step).toMatchObject({ kind: 'error', error: { code: 'too-many-attributes', params: { count: 3000, limit: MAX_ATTRIBUTES } } });
	});

	it('a graph larger than the explorer draws waits for a yes, then opens its most connected part', async () => {
		const big = await readImport([new File([graphologyJson(400, MAX_DRAWN_EDGES + 500)], 'big.json')]);
		expect(big).toMatchObject({ kind: 'too-big', nodes: 400, edges: MAX_DRAWN_EDGES + 500 });
		if (big?.kind !== 'too-big') return;
		const part = await openPart(big);
		expect(part.kind).toBe('graph');
		if (part.kind !== 'graph') return;
		expect([part.graph.order, part.graph.size]).toEqual([400, MAX_DRAWN_EDGES]);
		expect(part.notes[0]).toEqual({ code: 'filtered', params: { nodes: 400, totalNodes: 400, edges: MAX_DRAWN_EDGES, totalEdges: MAX_DRAWN_EDGES + 500 } });
	});

	it('the most connected part keeps the hubs and only edges among kept nodes, within both limits', () => {
		const graph = sampleGraph();
		const part = mostConnectedPart(graph, { maxNodes: 2, maxEdges: 5 });
		expect(part.order).toBe(2);
		part.forEachEdge((_k, _a, s, t) => expect(part.hasNode(s) && part.hasNode(t)).toBe(true));
		const degrees = graph.nodes().map((k) => graph.degree(k)).sort((a, b) => b - a);
		expect(part.nodes().map((k) => graph.degree(k)).sort((a, b) => b - a)).toEqual(degrees.slice(0, 2));
		expect(part.getAttributes()).toEqual(graph.getAttributes());
	});

	it('an exception inside a library becomes the typed "unreadable" error, never its raw message', async () => {
		const broken = { name: 'x.json', size: 10, arrayBuffer: () => Promise.reject(new TypeError('Cannot convert undefined or null to object')) } as unknown as File;
		const outcome = await readImport([broken]);
		expect(outcome).toMatchObject({ kind: 'error', error: { code: 'unreadable', params: {} } });
		if (outcome?.kind === 'error') expect(importErrorMessage(outcome.error, 'en')).not.toContain('Cannot convert');
	});
});

describe('storing a map', () => {
	it('reports a browser without working storage as "not stored" instead of throwing', async () => {
		const { storeMap } = await import('$lib/state/map-database');
		const stored = await storeMap({ id: 'm1', title: 't', fileName: 'f.json', createdAt: 0, data: sampleGraph().export() });
		expect(stored).toBe(false);
	});
});
