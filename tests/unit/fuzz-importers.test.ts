/**
 * Grammar-aware mutation of real-shaped files for every importer: each case
 * takes a sample file (ours, Gephi's, yEd's shape, a CSV export, an outline,
 * a zip of tables) and applies a few edits drawn from what breaks parsers —
 * reserved names where ids go, brackets, quotes, entities, control
 * characters, numbers that are not, deep nesting, cut and doubled spans.
 *
 * Every case must end in a graph that passes the contract or in one of the
 * typed import errors (within 2 s under `npm run fuzz`), with Object.prototype untouched; a good
 * file still imports the same afterwards. FUZZ_RUNS sets the cases per
 * importer: 1,000 in `npm test`, 10,000 in `npm run fuzz`.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, serializeCsv } from '$lib/kg/io/csv';
import { IMPORT_ERROR_CODES, type ImportResult } from '$lib/kg/io/errors';
import * as gexf from '$lib/kg/io/gexf';
import * as graphml from '$lib/kg/io/graphml';
import * as json from '$lib/kg/io/json';
import { parseMarkdownOutline } from '$lib/kg/io/markdown';
import { createZip, readZip } from '$lib/kg/io/zip';
import { validateSerializedGraph } from '$lib/kg/model';
import { sampleGraph } from './fixtures/io/graphs';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const CASE_BUDGET_MS = 2000;
/**
 * Hangs are a fuzzing finding, checked by `npm run fuzz` (FUZZ_RUNS set); `npm test` asserts no
 * wall-clock time, so a loaded machine never fails it.
 */
const checksHangs = process.env.FUZZ_RUNS !== undefined;
function expectNoHang(started: number) {
	if (checksHangs) expect(performance.now() - started).toBeLessThan(CASE_BUDGET_MS);
}
/** The whole property: generous, a busy machine runs cases slower than a quiet one. */
const TEST_TIMEOUT_MS = 60_000 + RUNS * 20;
const fixture = (name: string) => readFileSync(new URL(`./fixtures/io/${name}`, import.meta.url), 'utf8');

const csvTables = serializeCsv(sampleGraph());
const SAMPLES = {
	json: [json.serialize(sampleGraph()), JSON.stringify({ attributes: { name: 'n' }, nodes: [{ key: 'a', attributes: { label: 'A', x: 1, y: 2 } }, { key: 'b' }], edges: [{ key: 'e', source: 'a', target: 'b' }] })],
	gexf: [fixture('gephi-sample.gexf'), gexf.serialize(sampleGraph())],
	graphml: [fixture('yed-sample.graphml'), graphml.serialize(sampleGraph())],
	csv: [csvTables.nodes, 'id;label;kind\nk1;Guru;profesi\nk2;PGRI;organisasi\n'],
	markdown: ['# Kelompok sosial\n\n## Jenis\n\n- Kelompok okupasional\n  - Ikatan Dokter Indonesia\n- Kelompok volunter\n  1. Relawan [^1]\n\n[^1]: catatan\n']
};

/** Pieces that break parsers, reserved names first: each importer must meet them where ids go. */
const TOKENS = [
	'__proto__', 'constructor', 'prototype', '"__proto__"', '"constructor"', 'id="__proto__"', 'key="constructor"',
	'"', "'", '<', '>', '&', '&amp;', '&#0;', ']]>', '<!--', '<![CDATA[', '{', '}', '[', ']', ',', ';', ':', '\\', '\\u',
	'\n', '\r\n', '\t', '\u0000', '\u000b', '\ufeff', '\ud800', '😀', 'NaN', '-Infinity', '1e999', '-0', 'null', 'true',
	'"edges": {}', '"nodes": null', '"kinds": [{"id": "k", "color": "red;position:fixed", "shape": "x"}]',
	'"x": "NaN"', '#', '- ', '  - ', '1. ', '[a](b)', '[^1]', '</node>', '<node id="n0"/>', '<hyperedge/>',
	'<graph id="nested">', 'source="n0" target="n0"', '/', 'a/b', '%2F', '\u202e'
];

interface Edit {
	at: number;
	kind: 'insert' | 'delete' | 'duplicate' | 'truncate' | 'nest';
	token: string;
	length: number;
}

const editArbitrary: fc.Arbitrary<Edit> = fc.record({
	// Unbiased: fast-check's default bias towards small values would put most edits at the very start.
	at: fc.noBias(fc.integer({ min: 0, max: 1_000_000 })).map((n) => n / 1_000_000),
	kind: fc.constantFrom('insert', 'insert', 'insert', 'delete', 'duplicate', 'truncate', 'nest'),
	token: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 6 })),
	length: fc.integer({ min: 1, max: 40 })
});

function mutate(text: string, edits: Edit[]): string {
	let out = text;
	for (const edit of edits) {
		const at = Math.floor(edit.at * out.length);
		if (edit.kind === 'insert') out = out.slice(0, at) + edit.token + out.slice(at);
		else if (edit.kind === 'delete') out = out.slice(0, at) + out.slice(at + edit.length);
		else if (edit.kind === 'duplicate') out = out.slice(0, at + edit.length) + out.slice(at, at + edit.length) + out.slice(at);
		else if (edit.kind === 'truncate') out = out.slice(0, Math.max(at, 1));
		else out = out.slice(0, at) + '['.repeat(edit.length * 3) + out.slice(at);
	}
	return out;
}

const caseArbitrary = (samples: string[]) =>
	fc.record({ sample: fc.constantFrom(...samples), edits: fc.array(editArbitrary, { minLength: 1, maxLength: 4 }) });

function pollution(): string[] {
	return Object.getOwnPropertyNames(Object.prototype).filter((name) => !ORIGINAL_PROTOTYPE.has(name));
}
const ORIGINAL_PROTOTYPE = new Set(Object.getOwnPropertyNames(Object.prototype));

/** The outcome of one case, checked: a contract graph or a typed error, fast, nothing polluted. */
function check(result: ImportResult, started: number) {
	expectNoHang(started);
	expect(pollution()).toEqual([]);
	if (result.ok) {
		const again = validateSerializedGraph(result.graph.export());
		expect(again.ok ? 'valid' : again.problems).toBe('valid');
	} else {
		expect(IMPORT_ERROR_CODES).toContain(result.error.code);
		expect(Object.keys(result)).toEqual(['ok', 'error']);
	}
}

function fuzz(name: string, parse: (text: string) => ImportResult, samples: string[]) {
	describe(`fuzz: ${name}`, () => {
		const baseline = samples.map((sample) => JSON.stringify(okExport(parse(sample))));

		it(`${RUNS} mutated real-shaped files end in a contract graph or a typed error${checksHangs ? `, within ${CASE_BUDGET_MS} ms` : ''}`, () => {
			fc.assert(
				fc.property(caseArbitrary(samples), ({ sample, edits }) => {
					const text = mutate(sample, edits);
					const started = performance.now();
					let result: ImportResult;
					try {
						result = parse(text);
					} catch (error) {
						throw new Error(`threw instead of a typed error: ${String(error)}`);
					}
					check(result, started);
				}),
				{ numRuns: RUNS }
			);
			// No state left behind: the samples import exactly as before.
			expect(samples.map((sample) => JSON.stringify(okExport(parse(sample))))).toEqual(baseline);
		}, TEST_TIMEOUT_MS);

		it('meets a reserved name wherever an id goes and refuses it (or, for outlines, keys around it)', () => {
			fc.assert(
				fc.property(fc.constantFrom(...samples), fc.constantFrom('__proto__', 'constructor', 'prototype'), (sample, reserved) => {
					const text = withReservedId(name, sample, reserved);
					const result = parse(text);
					check(result, performance.now());
					if (name === 'markdown') {
						expect(result.ok).toBe(true);
						if (result.ok) expect(result.graph.nodes()).not.toContain(reserved);
					} else expect(result).toMatchObject({ ok: false, error: { code: 'reserved-key' } });
				}),
				{ numRuns: 30 }
			);
		});
	});
}

/** The graph as data, edge keys aside (graphology invents random ones for edges the file left unnamed). */
function okExport(result: ImportResult) {
	if (!result.ok) throw new Error(`sample does not import: ${result.error.code}`);
	const { attributes, nodes, edges } = result.graph.export();
	return { attributes, nodes, edges: edges.map(({ source, target, attributes }) => ({ source, target, attributes })) };
}

/** The sample with its first id (a node key, a row id, a heading) replaced by a reserved name. */
function withReservedId(format: string, sample: string, reserved: string): string {
	switch (format) {
		case 'json':
			return sample.replace(/"key": ?"[^"]*"/, `"key": "${reserved}"`);
		case 'gexf':
		case 'graphml':
			return sample.replace(/<node id="[^"]*"/, `<node id="${reserved}"`);
		case 'csv': {
			const lines = sample.split(/\r?\n/);
			const separator = lines[0].includes(';') ? ';' : ',';
			lines[1] = [reserved, ...lines[1].split(separator).slice(1)].join(separator);
			return lines.join('\n');
		}
		default:
			return sample.replace(/^# .*/m, `# ${reserved}`).replace(/^- .*/m, `- ${reserved}`);
	}
}

fuzz('json', json.parse, SAMPLES.json);
fuzz('gexf', gexf.parse, SAMPLES.gexf);
fuzz('graphml', graphml.parse, SAMPLES.graphml);
// The export's nodes table goes with its edges table; the hand-made one stands alone.
fuzz('csv', (text) => parseCsv(text, text.includes('kelompok-volunter') ? csvTables.edges : ''), SAMPLES.csv);
fuzz('markdown', parseMarkdownOutline, SAMPLES.markdown);

describe('fuzz: zip', () => {
	const encoder = new TextEncoder();
	const archive = createZip([
		{ name: 'nodes.csv', data: encoder.encode(csvTables.nodes) },
		{ name: 'edges.csv', data: encoder.encode(csvTables.edges) }
	]);

	it(`${RUNS} damaged archives give their tables or a typed error${checksHangs ? `, within ${CASE_BUDGET_MS} ms` : ''}`, () => {
		fc.assert(
			fc.property(
				fc.array(fc.record({ at: fc.nat(archive.length - 1), value: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 8 }),
				fc.option(fc.nat(archive.length), { nil: undefined }),
				(patches, cut) => {
					const bytes = archive.slice(0, cut ?? archive.length);
					for (const { at, value } of patches) if (at < bytes.length) bytes[at] = value;
					const started = performance.now();
					const read = readZip(bytes, { accept: (name) => name.endsWith('.csv'), maxFiles: 2 });
					expectNoHang(started);
					if (!read.ok) {
						expect(IMPORT_ERROR_CODES).toContain(read.error.code);
						return;
					}
					const [nodes, edges] = read.entries.map((entry) => new TextDecoder().decode(entry.data));
					if (nodes !== undefined) check(parseCsv(nodes, edges ?? ''), performance.now());
				}
			),
			{ numRuns: RUNS }
		);
	}, TEST_TIMEOUT_MS);
});
