import { describe, expect, it } from 'vitest';
import { cypherString, relationshipType, serializeCypher } from '$lib/kg/io/cypher';
import { sampleGraph } from './fixtures/io/graphs';

/** The values of the single-quoted literals of a Cypher line, unescaped. */
function literals(line: string): string[] {
	const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', "'": "'", '\\': '\\' };
	return [...line.matchAll(/'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1].replace(/\\(.)/g, (_all, c: string) => escapes[c] ?? c));
}

describe('cypher', () => {
	it('escapes backslash, quote and line breaks in string literals', () => {
		expect(cypherString("it's a\\b\nc")).toBe("'it\\'s a\\\\b\\nc'");
		expect(literals(`x = ${cypherString("it's a\\b\nc\r\t")}`)).toEqual(["it's a\\b\nc\r\t"]);
	});

	it('upper-snake-cases relationship types', () => {
		expect(relationshipType('is-a')).toBe('IS_A');
		expect(relationshipType('hasMember')).toBe('HAS_MEMBER');
		expect(relationshipType('bekerja di')).toBe('BEKERJA_DI');
		expect(relationshipType('1st')).toBe('`1ST`');
	});

	it('writes one statement per line: a constraint, MERGE per node, MERGE per relationship', () => {
		const text = serializeCypher(sampleGraph());
		const lines = text.trimEnd().split('\n');
		expect(lines).toHaveLength(1 + 3 + 2);
		for (const line of lines) expect(line.endsWith(';')).toBe(true);
		expect(lines[0]).toBe('CREATE CONSTRAINT concept_key IF NOT EXISTS FOR (n:Concept) REQUIRE n.key IS UNIQUE;');
		expect(lines[1]).toBe(
			"MERGE (n:Concept {key: 'kelompok-okupasional'}) SET n.label = 'Kelompok okupasional', n.labelEn = 'Occupational group', " +
				"n.kind = 'concept', n.aliases = ['kelompok profesi'], n.gloss = 'Kelompok \"berdasarkan\" pekerjaan, misalnya dokter & guru.', " +
				"n.glossEn = 'A group based on occupation.';"
		);
		expect(literals(lines[2])).toEqual([
			'ikatan-dokter-indonesia',
			'Ikatan Dokter Indonesia',
			'Indonesian Medical Association',
			'organisation',
			'IDI',
			"Ikatan Dokter 'Indonesia'"
		]);
		expect(lines[4]).toBe(
			"MATCH (a:Concept {key: 'ikatan-dokter-indonesia'}), (b:Concept {key: 'kelompok-okupasional'}) " +
				"MERGE (a)-[r:IS_A {key: 'idi-is-a-okupasional'}]->(b) SET r.relation = 'is-a', r.evidence = 'Contohnya Ikatan Dokter Indonesia';"
		);
	});

	it('keeps a label with a line break on one line', () => {
		const graph = sampleGraph();
		graph.setNodeAttribute('kelompok-volunter', 'label', "baris\nkedua 'kutip' \\");
		const text = serializeCypher(graph);
		const line = text.split('\n').find((l) => l.includes("'kelompok-volunter'"))!;
		expect(literals(line)[1]).toBe("baris\nkedua 'kutip' \\");
	});
});
