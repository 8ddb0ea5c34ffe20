import { describe, expect, it } from 'vitest';
import { conceptsByKind, sortedByLabel } from '../../src/lib/kg/query/concepts-by-kind';
import { buildGraph } from './fixtures/small-graph';

// Labels that sort differently in the two languages, under two kinds and one kind with no concept.
const graph = buildGraph({
	documents: [{ id: 'd', title: 'D', passages: [{ id: 'p', text: 'Guru dan dokter. Zebra.' }] }],
	kinds: ['profesi', 'hewan', 'kosong'],
	nodes: [
		{ key: 'guru', label: 'Guru', labelEn: 'Educator', kind: 'profesi', mentions: [{ passage: 'p', phrase: 'Guru' }] },
		{ key: 'dokter', label: 'Dokter', labelEn: 'Physician', kind: 'profesi', mentions: [{ passage: 'p', phrase: 'dokter' }] },
		{ key: 'zebra', label: 'Zebra', labelEn: 'Zebra', kind: 'hewan', mentions: [{ passage: 'p', phrase: 'Zebra' }] }
	]
});

describe('sortedByLabel', () => {
	it('sorts by the label in the reader’s language and leaves its input as it was', () => {
		const keys = ['guru', 'zebra', 'dokter'];
		expect(sortedByLabel(graph, keys, 'id')).toEqual(['dokter', 'guru', 'zebra']);
		expect(sortedByLabel(graph, keys, 'en')).toEqual(['guru', 'dokter', 'zebra']);
		expect(keys).toEqual(['guru', 'zebra', 'dokter']);
	});
});

describe('conceptsByKind', () => {
	it('lists every declared kind in the map’s order with its concepts by label, an empty kind too', () => {
		expect(conceptsByKind(graph, 'id').map(({ kind, keys }) => [kind.id, keys])).toEqual([
			['profesi', ['dokter', 'guru']],
			['hewan', ['zebra']],
			['kosong', []]
		]);
	});
});
