import { describe, expect, it } from 'vitest';
import { parseCsv } from '$lib/kg/io/csv';
import { checkText, IMPORT_ERROR_CODES, MAX_IMPORT_BYTES, utf8ByteLength, type ImportError } from '$lib/kg/io/errors';
import * as gexf from '$lib/kg/io/gexf';
import * as graphml from '$lib/kg/io/graphml';
import * as json from '$lib/kg/io/json';
import { parseMarkdownOutline } from '$lib/kg/io/markdown';
import { importErrorMessage } from '$lib/i18n/messages/import-errors';

const parsers: [string, (text: string) => { ok: boolean; error?: ImportError }][] = [
	['json', json.parse],
	['gexf', gexf.parse],
	['graphml', graphml.parse],
	['csv', (text) => parseCsv(text)],
	['markdown', parseMarkdownOutline]
];

describe('checks before reading', () => {
	// One 51 MB string shared by every parser: the size check comes first (a parse would report a syntax error).
	const huge = 'x'.repeat(51 * 1024 * 1024);

	it.each(parsers)('%s rejects more than 50 MB before parsing', (_name, parse) => {
		const result = parse(huge);
		expect(result).toMatchObject({ ok: false, error: { code: 'too-large', params: { limitMb: 50 } } });
	});

	it('counts UTF-8 bytes, not characters, against the limit', () => {
		expect(utf8ByteLength('aé😀')).toBe(1 + 2 + 4);
		// 20 M three-byte characters are 60 MB although the string is only 20 M long.
		const wide = 'ä'.repeat(10) + '\u20ac'.repeat(20 * 1024 * 1024);
		expect(checkText(wide)).toMatchObject({ code: 'too-large' });
		expect(checkText('x'.repeat(1000))).toBeNull();
		expect(MAX_IMPORT_BYTES).toBe(52428800);
	});

	it.each(parsers)('%s rejects an empty or whitespace-only file', (_name, parse) => {
		expect(parse('')).toMatchObject({ ok: false, error: { code: 'empty-file' } });
		expect(parse(' \n\t\r\n ')).toMatchObject({ ok: false, error: { code: 'empty-file' } });
	});
});

describe('importErrorMessage', () => {
	const sample: Record<string, Record<string, string | number>> = {
		'too-large': { sizeMb: 51, limitMb: 50 },
		'malformed-json': { expected: 'comma-or-closing-brace' },
		'malformed-xml': { detail: '<node> is never closed' },
		'malformed-csv': { file: 'nodes' },
		'wrong-format': { expected: 'GEXF', found: 'JSON' },
		'duplicate-node': { key: 'guru' },
		'duplicate-edge': { key: 'e1' },
		'dangling-edge': { key: 'e1', node: 'dosen', end: 'target' },
		'self-loop': { node: 'guru' },
		'unknown-kind': { kind: 'alien', node: 'guru' },
		'unknown-relation': { relation: 'suka' },
		'missing-column': { file: 'edges', column: 'source', found: 'dari, ke' },
		schema: { problem: 'Invalid type' }
	};

	it.each(IMPORT_ERROR_CODES)('words %s in both languages, with place and parameters', (code) => {
		const error: ImportError = { code, params: sample[code] ?? {}, where: { line: 12, column: 3, field: 'nodes.4.kind' } };
		const id = importErrorMessage(error, 'id');
		const en = importErrorMessage(error, 'en');
		expect(id).toMatch(/^Di baris 12, kolom 3, bidang “nodes\.4\.kind”: /);
		expect(en).toMatch(/^At line 12, column 3, field “nodes\.4\.kind”: /);
		expect(id).not.toBe(en);
		for (const value of Object.values(sample[code] ?? {})) {
			// Worded rather than quoted: the end of an edge, what JSON expected.
			if (value === 'target' || value === 'comma-or-closing-brace') continue;
			expect(id).toContain(String(value));
			expect(en).toContain(String(value));
		}
	});

	it('tells how to fix, e.g. a duplicate id', () => {
		const error: ImportError = { code: 'duplicate-node', params: { key: 'guru' }, where: { line: 5 } };
		expect(importErrorMessage(error, 'id')).toBe(
			'Di baris 5: Simpul "guru" muncul lebih dari sekali. Setiap id simpul harus unik: ganti atau hapus salah satunya.'
		);
		expect(importErrorMessage(error, 'en')).toBe(
			'At line 5: Node "guru" appears more than once. Every node id must be unique: rename or remove one of them.'
		);
	});

	it('words what JSON expected in each language', () => {
		const error: ImportError = { code: 'malformed-json', params: { expected: 'property-name' }, where: { line: 3, column: 17 } };
		expect(importErrorMessage(error, 'id')).toContain('diharapkan nama properti dalam kutip ganda');
		expect(importErrorMessage(error, 'en')).toContain('a property name in double quotes was expected');
	});

	it('omits the place when there is none', () => {
		expect(importErrorMessage({ code: 'empty-file', params: {} }, 'en')).toBe(
			'The file is empty. Choose a file that contains graph data.'
		);
	});
});
