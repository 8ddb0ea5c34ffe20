/** `npm run extract`, spawned as a user runs it: its output is a valid contract graph; bad calls fail clearly. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateSerializedGraph } from '../../src/lib/kg/model';

const ROOT = join(import.meta.dirname, '../..');
const run = (...args: string[]) =>
	spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'graph/extract.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });

// Each test spawns the CLI (tsx start-up included): allow for a busy two-core machine.
describe('npm run extract', { timeout: 120_000 }, () => {
	it('writes a graph of the contract, with a layout, from plain text files in two languages', () => {
		const out = join(mkdtempSync(join(tmpdir(), 'extract-')), 'map.json');
		const result = run('--out', out, 'tests/fixtures/extract/id-lembaga-sosial.txt', 'tests/fixtures/extract/en-socialization.txt');
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/extract: \d+ concepts, \d+ relations .* from 2 texts \(id\+en\)/);
		const checked = validateSerializedGraph(JSON.parse(readFileSync(out, 'utf8')));
		if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
		const graph = checked.graph;
		expect(graph.getAttribute('documents').map((d) => d.language)).toEqual(['id', 'en']);
		expect(graph.order).toBeGreaterThan(20);
		expect(graph.size).toBeGreaterThan(20);
		graph.forEachNode((key, a) => {
			expect(Number.isFinite(a.x) && Number.isFinite(a.y), key).toBe(true);
			expect(a.mentions.length, key).toBeGreaterThan(0);
		});
		graph.forEachEdge((key, a) => expect(a.evidence.length, key).toBeGreaterThan(0));
		expect(graph.hasEdge('lembaga-sosial--has-characteristic--relatif-tahan-lama')).toBe(true);
		expect(graph.hasEdge('primary-socialization--subtype-of--socialization')).toBe(true);
	});

	it('fails with the reason and writes nothing for a missing file, an unknown language or no --out', () => {
		const out = join(mkdtempSync(join(tmpdir(), 'extract-')), 'never.json');
		const missing = run('--out', out, 'no-such-file.txt');
		expect(missing.status).toBe(1);
		expect(missing.stderr).toContain('extract: cannot read no-such-file.txt: no such file');
		expect(existsSync(out)).toBe(false);
		const language = run('--lang', 'fr', '--out', out, 'tests/fixtures/extract/en-urbanization.txt');
		expect(language.status).toBe(1);
		expect(language.stderr).toContain('--lang must be id, en or auto, not "fr"');
		const noOut = run('tests/fixtures/extract/en-urbanization.txt');
		expect(noOut.status).toBe(1);
		expect(noOut.stderr).toContain('--out is missing');
	});
});
