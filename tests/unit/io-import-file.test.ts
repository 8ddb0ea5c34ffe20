import { describe, expect, it } from 'vitest';
import { csvContextOf, finishCsv, guessMapping, readImport } from '$lib/state/import-file';
import { serializeCsv } from '$lib/kg/io/csv';
import { createZip } from '$lib/kg/io/zip';
import * as json from '$lib/kg/io/json';
import { sampleGraph } from './fixtures/io/graphs';

const file = (name: string, content: string | Uint8Array) => new File([content as BlobPart], name);

describe('reading an import', () => {
	it('guesses the CSV columns from their names', () => {
		expect(guessMapping(['Key', 'Name', 'Type'], ['From', 'To', 'Rel'])).toEqual({
			id: 'Key',
			label: 'Name',
			kind: 'Type',
			source: 'From',
			target: 'To',
			relation: ''
		});
		expect(guessMapping(['id', 'label', 'kind'], ['id', 'source', 'target', 'relation']).relation).toBe('relation');
	});

	it('refuses a file over 50 MB by its size and an empty one, without reading', async () => {
		const huge = { name: 'huge.json', size: 51 * 1024 * 1024, text: () => Promise.reject(new Error('read')) } as unknown as File;
		const outcome = await readImport([huge]);
		expect(outcome).toMatchObject({ kind: 'error', error: { code: 'too-large', params: { limitMb: 50 } } });
		expect(await readImport([file('x.json', '')])).toMatchObject({ kind: 'error', error: { code: 'empty-file' } });
	});

	it('says which formats it reads when given another', async () => {
		expect(await readImport([file('a.mmd', 'mindmap\n  root')])).toMatchObject({ kind: 'error', error: { code: 'wrong-format' } });
	});

	it('gives our JSON back with its passages, and lays out graphs without positions', async () => {
		const graph = sampleGraph();
		const outcome = await readImport([file('map.json', json.serialize(graph))]);
		expect(outcome?.kind).toBe('graph');
		if (outcome?.kind !== 'graph') return;
		expect(outcome.graph.getAttribute('passages')).toEqual(graph.getAttribute('passages'));
		outcome.graph.forEachNode((_k, a) => {
			expect(Number.isFinite(a.x)).toBe(true);
			expect(Number.isFinite(a.y)).toBe(true);
		});
	});

	it('reads a CSV zip, and the map it came from lends its passages back', async () => {
		const graph = sampleGraph();
		const tables = serializeCsv(graph);
		const encoder = new TextEncoder();
		const zip = createZip([
			{ name: 'nodes.csv', data: encoder.encode(tables.nodes) },
			{ name: 'edges.csv', data: encoder.encode(tables.edges) }
		]);
		const step = await readImport([file('export.zip', zip)]);
		expect(step?.kind).toBe('csv');
		if (step?.kind !== 'csv') return;
		expect(step.pending.edges?.name).toBe('edges.csv');
		const done = await finishCsv(step.pending, step.pending.mapping, csvContextOf(graph));
		expect(done.kind).toBe('graph');
		if (done.kind !== 'graph') return;
		expect(done.graph.order).toBe(graph.order);
		expect(done.graph.size).toBe(graph.size);
		graph.forEachNode((key, a) => expect(done.graph.getNodeAttribute(key, 'mentions')).toEqual(a.mentions));
		graph.forEachEdge((key, a) => expect(done.graph.getEdgeAttribute(key, 'evidence')).toEqual(a.evidence));
	});

	it('reports a dangling edge in CSV with its line', async () => {
		const step = await readImport([file('nodes.csv', 'id,label\na,A\nb,B\n'), file('edges.csv', 'source,target\na,b\na,zz\n')]);
		if (step?.kind !== 'csv') throw new Error('expected the mapping step');
		const done = await finishCsv(step.pending, step.pending.mapping, null);
		expect(done).toMatchObject({ kind: 'error', error: { code: 'dangling-edge', params: { node: 'zz' }, where: { line: 3 } } });
	});
});
