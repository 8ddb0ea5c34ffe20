import { describe, expect, it } from 'vitest';
import { migrateSerializedGraph, SCHEMA_VERSION, validateSerializedGraph } from '$lib/kg/model';

/** A map as the app stored it in IndexedDB before version 2: schema 1, the curated options. */
const storedVersion1 = {
	options: { type: 'directed', multi: true, allowSelfLoops: false },
	attributes: {
		schema: 1,
		title: 'Peta kelas 7',
		language: 'id',
		documents: [{ id: 'doc-1', source: '001_x.txt', title: 'Profesi', language: 'id', text: 'Guru dan dokter adalah profesi.' }],
		passages: [{ id: 'p1', doc: 'doc-1', start: 0, end: 31, text: 'Guru dan dokter adalah profesi.' }],
		kinds: [{ id: 'concept', label: { id: 'Konsep', en: 'Concept' }, color: '#4e79a7' }],
		relations: [{ id: 'is-a', label: { id: 'adalah', en: 'is a' } }]
	},
	nodes: [
		{ key: 'guru', attributes: { label: 'Guru', labelEn: 'Teacher', kind: 'concept', aliases: [], mentions: [{ passage: 'p1', start: 0, end: 4 }], x: 1, y: 2 } },
		{ key: 'profesi', attributes: { label: 'Profesi', labelEn: 'Profession', kind: 'concept', aliases: ['pekerjaan'], mentions: [] } }
	],
	edges: [{ key: 'e1', source: 'guru', target: 'profesi', attributes: { relation: 'is-a', evidence: [{ passage: 'p1', start: 0, end: 31 }] } }]
};

describe('migrating stored maps', () => {
	it('opens a version 1 map unchanged but for its version number', () => {
		const result = validateSerializedGraph(structuredClone(storedVersion1));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const exported = result.graph.export();
		expect(exported.attributes).toEqual({ ...storedVersion1.attributes, schema: SCHEMA_VERSION });
		expect(exported.nodes).toEqual(storedVersion1.nodes);
		expect(exported.edges).toEqual(storedVersion1.edges);
		expect(exported.options).toEqual(storedVersion1.options);
	});

	it('leaves what is not a version 1 graph for the schema to judge', () => {
		const current = { ...storedVersion1, attributes: { ...storedVersion1.attributes, schema: SCHEMA_VERSION } };
		expect(migrateSerializedGraph(current)).toBe(current);
		expect(migrateSerializedGraph(null)).toBe(null);
		expect(validateSerializedGraph({ ...storedVersion1, attributes: { ...storedVersion1.attributes, schema: 7 } }).ok).toBe(false);
	});

	it('refuses a self-loop where the stored options forbid it, naming it', () => {
		const looped = structuredClone(storedVersion1);
		looped.edges.push({ key: 'e2', source: 'guru', target: 'guru', attributes: { relation: 'is-a', evidence: [] } });
		const result = validateSerializedGraph(looped);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.problems[0].message).toContain('self-loop on "guru"');
	});
});
