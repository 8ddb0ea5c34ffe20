import { describe, expect, it } from 'vitest';
import {
	mergeRanges,
	passageCountsByDoc,
	passagesForEdge,
	passagesForNode
} from '../../src/lib/kg/query/passages-for';
import { buildGraph, buildSmallGraph, smallGraphSpec } from './fixtures/small-graph';

/** [start, end) of the n-th case-insensitive occurrence of phrase in text. */
function at(text: string, phrase: string, occurrence = 0): [number, number] {
	let start = -1;
	for (let i = 0; i <= occurrence; i++) start = text.toLowerCase().indexOf(phrase.toLowerCase(), start + 1);
	if (start < 0) throw new Error(`${phrase} not in ${text}`);
	return [start, start + phrase.length];
}

const textOf = (id: string) =>
	smallGraphSpec.documents.flatMap((d) => d.passages).find((p) => p.id === id)!.text;

describe('passagesForNode', () => {
	const graph = buildSmallGraph();

	it('orders defining first, then by mentions, then document order', () => {
		const matches = passagesForNode(graph, 'kelompok-okupasional');
		expect(matches.map((m) => [m.passage.id, m.defining])).toEqual([
			['okupasi-1', true], // "Kelompok okupasional adalah …"
			['okupasi-3', false], // two mentions
			['okupasi-2', false], // one mention, earlier document
			['volunter-3', false]
		]);
		expect(matches.map((m) => m.score)).toEqual([2.5, 2 / 3, 0.5, 0.5]);
	});

	it('gives highlights relative to the passage text', () => {
		const [, second] = passagesForNode(graph, 'kelompok-okupasional');
		const text = textOf('okupasi-3');
		expect(second.highlights).toEqual([
			at(text, 'kelompok okupasional'),
			at(text, 'kelompok okupasional', 1)
		]);
		for (const [s, e] of second.highlights) expect(text.slice(s, e).toLowerCase()).toBe('kelompok okupasional');
	});

	it('marks only a defining sentence as defining; a heading naming the concept lifts the rank', () => {
		const matches = passagesForNode(graph, 'kelompok-volunter');
		expect(matches.map((m) => [m.passage.id, m.defining])).toEqual([
			// Under the heading "Kelompok Volunter", so first; its long lead-in is no defining sentence.
			['volunter-1', false],
			['volunter-2', false],
			['volunter-3', false] // starts with the concept but "berbeda" is no definition
		]);
		expect(matches[0].score).toBe(1.5);
	});

	it('does not call a passage defining because its heading, an article title, names the concept', () => {
		const g = graph.copy();
		const passages = g.getAttribute('passages').map((p) =>
			p.id === 'volunter-2' ? { ...p, heading: 'Pengertian Kelompok Okupasional dan Kelompok Volunter' } : p
		);
		g.setAttribute('passages', passages);
		const second = passagesForNode(g, 'kelompok-volunter').find((m) => m.passage.id === 'volunter-2')!;
		expect(second.defining).toBe(false);
	});

	it('recognises "X (PMI) merupakan" and keeps passage order for equal counts', () => {
		const [match] = passagesForNode(graph, 'palang-merah-indonesia');
		expect(match.passage.id).toBe('volunter-2');
		expect(match.defining).toBe(true);
		expect(match.highlights).toEqual([at(match.passage.text, 'Palang Merah Indonesia (PMI)'), at(match.passage.text, 'PMI', 1)]);
	});

	it('returns nothing for an unknown key', () => {
		expect(passagesForNode(graph, 'tidak-ada')).toEqual([]);
	});
});

describe('definition cues', () => {
	const cases: Array<[string, boolean]> = [
		['Profesi adalah pekerjaan yang menuntut keahlian.', true],
		['Secara umum, profesi merupakan pekerjaan dengan keahlian khusus.', true],
		['Yang dimaksud dengan profesi ialah pekerjaan yang menuntut pendidikan.', true],
		['Profesi (profession) dapat diartikan sebagai bidang pekerjaan.', true],
		['Profesi, yaitu pekerjaan dengan kode etik.', true],
		['Profesi sering didefinisikan sebagai pekerjaan tetap.', true],
		['Banyak orang memilih profesi adalah hal biasa.', false],
		['Profesi guru sangat dihargai. Profesi adalah pekerjaan.', false],
		['Profesi guru, dokter, dan perawat yang ada di desa adalah contoh.', false],
		['Profesi mempunyai kode etik yang mengikat.', false]
	];
	const graph = buildGraph({
		documents: [
			{ id: 'd', title: 'D', passages: cases.map(([text], i) => ({ id: `p${i}`, text })) }
		],
		nodes: [
			{
				key: 'profesi',
				label: 'Profesi',
				mentions: cases.map((_, i) => ({ passage: `p${i}`, phrase: 'profesi' }))
			}
		]
	});
	const defining = new Map(passagesForNode(graph, 'profesi').map((m) => [m.passage.text, m.defining]));
	it.each(cases)('%s → %s', (text, expected) => {
		expect(defining.get(text)).toBe(expected);
	});
});

describe('passageCountsByDoc', () => {
	it('counts distinct passages per document in document order', () => {
		const graph = buildSmallGraph();
		expect(passageCountsByDoc(graph, 'kelompok-okupasional')).toEqual([
			{ doc: 'okupasi', title: 'Kelompok Okupasional', count: 3 },
			{ doc: 'volunter', title: 'Kelompok Volunter', count: 1 }
		]);
		// two mentions in one passage count once; documents without any are left out
		expect(passageCountsByDoc(graph, 'palang-merah-indonesia')).toEqual([
			{ doc: 'volunter', title: 'Kelompok Volunter', count: 1 }
		]);
	});
});

describe('passagesForEdge', () => {
	it('highlights evidence and the mentions of both ends', () => {
		const graph = buildSmallGraph();
		const matches = passagesForEdge(graph, 'okupasional-berkaitan-profesi');
		expect(matches.map((m) => m.passage.id)).toEqual(['okupasi-1', 'okupasi-3']);
		const [first, second] = matches;
		expect(first.highlights).toEqual([at(first.passage.text, 'bekerja dalam profesi')]);
		expect(first.mentionHighlights).toEqual([
			at(first.passage.text, 'Kelompok okupasional'),
			at(first.passage.text, 'profesi')
		]);
		expect(first.defining).toBe(false);
		expect(second.highlights).toEqual([at(second.passage.text, 'kelompok okupasional dan profesi')]);
		expect(second.mentionHighlights).toEqual([
			at(second.passage.text, 'kelompok okupasional'),
			at(second.passage.text, 'kelompok okupasional', 1),
			at(second.passage.text, 'profesi')
		]);
	});

	it('merges overlapping evidence and ranks passages with more evidence first', () => {
		const graph = buildGraph({
			documents: [
				{
					id: 'd',
					title: 'D',
					passages: [
						{ id: 'p1', text: 'IDI adalah contoh kelompok okupasional.' },
						{ id: 'p2', text: 'IDI menghimpun dokter. IDI juga kelompok okupasional yang kuat.' }
					]
				}
			],
			nodes: [
				{ key: 'idi', label: 'IDI', mentions: [{ passage: 'p1', phrase: 'IDI' }, { passage: 'p2', phrase: 'IDI' }] },
				{ key: 'ko', label: 'Kelompok okupasional', mentions: [{ passage: 'p1', phrase: 'kelompok okupasional' }] }
			],
			edges: [
				{
					key: 'e',
					source: 'idi',
					target: 'ko',
					relation: 'contoh-dari',
					evidence: [
						{ passage: 'p1', phrase: 'IDI adalah contoh' },
						{ passage: 'p2', phrase: 'IDI menghimpun dokter' },
						{ passage: 'p2', phrase: 'dokter. IDI juga kelompok' }
					]
				}
			]
		});
		const matches = passagesForEdge(graph, 'e');
		expect(matches.map((m) => [m.passage.id, m.score])).toEqual([
			['p2', 2],
			['p1', 1]
		]);
		expect(matches[0].highlights).toEqual([[0, 'IDI menghimpun dokter. IDI juga kelompok'.length]]);
		expect(matches[0].mentionHighlights).toEqual([[0, 3]]);
	});

	it('returns nothing for an unknown edge', () => {
		expect(passagesForEdge(buildSmallGraph(), 'tidak-ada')).toEqual([]);
	});
});

describe('mergeRanges', () => {
	it('sorts, joins overlapping and touching ranges, drops empty ones', () => {
		expect(
			mergeRanges([
				[10, 14],
				[0, 3],
				[2, 5],
				[5, 7],
				[20, 20],
				[12, 13]
			])
		).toEqual([
			[0, 7],
			[10, 14]
		]);
	});
});
