/** Errors found while reading a knowledge-base folder, each naming the file and field at fault. */
import { cpSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readKnowledgeBase } from '../../graph/read-knowledge-base';
import { BuildError } from '../../src/lib/kg/build/errors';

let dir = '';
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

/** A copy of the real knowledge base with one file replaced. */
function withFile(path: string, content: string): string {
	dir = mkdtempSync(join(tmpdir(), 'kb-'));
	cpSync('graph', dir, { recursive: true });
	writeFileSync(join(dir, path), content);
	return dir;
}

function problemsReading(folder: string): string[] {
	try {
		readKnowledgeBase(folder);
	} catch (error) {
		expect(error).toBeInstanceOf(BuildError);
		return (error as BuildError).problems.map((p) => `${p.where}: ${p.message}`);
	}
	throw new Error('reading was expected to fail');
}

describe('readKnowledgeBase', () => {
	it('reads the real folder', () => {
		const input = readKnowledgeBase('graph');
		expect(input.corpus.documents).toHaveLength(5);
		expect(input.concepts.length).toBeGreaterThan(100);
	});

	it('reports YAML that does not parse, with its file and line', () => {
		const [problem] = problemsReading(withFile('relations.yaml', '- source: a\n  relation: [unclosed\n'));
		expect(problem).toMatch(/^relations\.yaml: is not valid YAML: .*line \d+/s);
	});

	it('reports a concept missing a field, with its file and index', () => {
		const [problem] = problemsReading(
			withFile('concepts/groups.yaml', '- key: kelompok-x\n  label: Kelompok x\n  kind: group-type\n')
		);
		expect(problem).toMatch(/^concepts\/groups\.yaml at 0\.labelEn: /);
	});

	it('reports a key that is not a slug', () => {
		const [problem] = problemsReading(
			withFile('concepts/groups.yaml', '- key: Kelompok X\n  label: Kelompok x\n  labelEn: Group x\n  kind: group-type\n')
		);
		expect(problem).toBe('concepts/groups.yaml at 0.key: must be a kebab-case slug');
	});

	it('reports a missing ontology', () => {
		const folder = withFile('ontology.yaml', '');
		rmSync(join(folder, 'ontology.yaml'));
		expect(problemsReading(folder)[0]).toMatch(/^ontology\.yaml: missing/);
	});
});
