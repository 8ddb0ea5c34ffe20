import { describe, expect, it } from 'vitest';
import { createKnowledgeGraph, SCHEMA_VERSION, type KnowledgeGraph, type Passage } from '../../src/lib/kg/model';
import { readKnowledgeBase } from '../../graph/read-knowledge-base';
import { assembleGraph } from '../../src/lib/kg/build/assemble';
import { createSearchIndex, MATCH_ORDER, type SearchHit } from '../../src/lib/kg/query/search-index';
import { buildSmallGraph } from './fixtures/small-graph';

const nodeKeys = (hits: SearchHit[]) => hits.flatMap((h) => (h.type === 'node' ? [h.key] : []));
const passageIds = (hits: SearchHit[]) => hits.flatMap((h) => (h.type === 'passage' ? [h.passage] : []));

describe('createSearchIndex', () => {
	const index = createSearchIndex(buildSmallGraph());

	it('finds a concept through a synonym of its alias ("relawan" → sukarelawan/volunter)', () => {
		const hits = index.search('relawan');
		expect(nodeKeys(hits)[0]).toBe('kelompok-volunter');
		// "sukarelawan" (volunter-2) and "sukarela" (volunter-1) share the stem
		expect(passageIds(hits)).toEqual(expect.arrayContaining(['volunter-1', 'volunter-2']));
	});

	it('matches inflections through the stem ("pekerjaan" → "bekerja")', () => {
		const hits = index.search('pekerjaan');
		// only the gloss says "bekerja"; no field contains "pekerjaan"
		expect(nodeKeys(hits)).toContain('kelompok-okupasional');
		expect(passageIds(hits)).toEqual(expect.arrayContaining(['okupasi-1', 'volunter-3']));
	});

	it('finds half-typed words by prefix', () => {
		expect(nodeKeys(index.search('okupa'))[0]).toBe('kelompok-okupasional');
		// the stem of "sukarel" is not that of "sukarelawan": the plain form carries the prefix match
		expect(nodeKeys(index.search('sukarel'))[0]).toBe('kelompok-volunter');
		expect(nodeKeys(index.search('pal'))[0]).toBe('palang-merah-indonesia');
	});

	it('tolerates a typo in words of four letters or more, not in shorter ones', () => {
		expect(nodeKeys(index.search('okupasonal'))[0]).toBe('kelompok-okupasional');
		expect(nodeKeys(index.search('profsi'))[0]).toBe('profesi');
		expect(nodeKeys(index.search('ibi'))).not.toContain('ikatan-dokter-indonesia');
	});

	it('ranks the label above a passing mention, and finds acronyms and English labels', () => {
		expect(nodeKeys(index.search('IDI'))[0]).toBe('ikatan-dokter-indonesia');
		expect(nodeKeys(index.search('Red Cross'))[0]).toBe('palang-merah-indonesia');
		expect(nodeKeys(index.search('kelompok sosial'))[0]).toBe('kelompok-sosial');
	});

	it('returns full node hits first, by how they matched, then passage hits by descending score', () => {
		const hits = index.search('kelompok volunter');
		const firstPassage = hits.findIndex((h) => h.type === 'passage');
		expect(firstPassage).toBeGreaterThan(0);
		expect(hits.slice(firstPassage).every((h) => h.type === 'passage')).toBe(true);
		const ranks = hits.flatMap((h) => (h.type === 'node' ? [MATCH_ORDER.indexOf(h.match)] : []));
		expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
		const scores = hits.filter((h) => h.type === 'passage').map((h) => h.score);
		expect(scores).toEqual([...scores].sort((x, y) => y - x));
		expect(hits[0]).toEqual({
			type: 'node',
			key: 'kelompok-volunter',
			label: 'Kelompok volunter',
			labelEn: 'Voluntary group',
			kind: 'konsep',
			match: 'exact',
			score: expect.any(Number)
		});
	});

	it('lists the concepts mentioned in a passage hit, in order of first mention', () => {
		const hit = index.search('bencana').find((h) => h.type === 'passage');
		expect(hit).toEqual({
			type: 'passage',
			passage: 'volunter-2',
			doc: 'volunter',
			score: expect.any(Number),
			nodes: ['palang-merah-indonesia', 'kelompok-volunter']
		});
	});

	it('caps each type at the limit', () => {
		const hits = index.search('kelompok', { limit: 2 });
		expect(hits.filter((h) => h.type === 'node')).toHaveLength(2);
		expect(hits.filter((h) => h.type === 'passage')).toHaveLength(2);
		expect(index.search('kelompok').filter((h) => h.type === 'node').length).toBeGreaterThan(2);
	});

	it('returns nothing for an empty query or one that matches nothing', () => {
		expect(index.search('')).toEqual([]);
		expect(index.search('  ,. ')).toEqual([]);
		expect(index.search('xyzzyq')).toEqual([]);
	});
});

describe('search ranking on the real knowledge base', () => {
	// Built from graph/ itself: unit tests never depend on a generated static/graph.json.
	const graph = assembleGraph(readKnowledgeBase('graph')).graph;
	const index = createSearchIndex(graph);
	const first = (query: string) => index.search(query).find((h) => h.type === 'node');

	it('puts the whole name first: label, English label, alias', () => {
		expect(first('kelompok okupasional')).toMatchObject({ key: 'kelompok-okupasional', match: 'exact' });
		expect(first('Occupational group')).toMatchObject({ key: 'kelompok-okupasional', match: 'exact' });
		expect(first('IDI')).toMatchObject({ key: 'ikatan-dokter-indonesia', match: 'exact' });
	});

	it('then names that start with the query, the more central concept first', () => {
		const hits = index.search('kelompok okup').filter((h) => h.type === 'node');
		expect(hits[0]).toMatchObject({ key: 'kelompok-okupasional', match: 'prefix' });
		expect(hits.map((h) => h.type === 'node' && h.key)).toContain('kelompok-okupasional-formal');
	});

	it('then every word found by its stem, then a typo', () => {
		expect(first('okupasional')).toMatchObject({ key: 'kelompok-okupasional', match: 'stem' });
		// The typo from the classroom: the hub first, not "Kelompok okupasional formal".
		const typo = index.search('okupsional').filter((h) => h.type === 'node');
		expect(typo[0]).toMatchObject({ key: 'kelompok-okupasional', match: 'typo' });
		expect(typo.slice(1).map((h) => h.type === 'node' && h.key)).toContain('kelompok-okupasional-formal');
		expect(first('voluntir')).toMatchObject({ key: 'kelompok-volunter' });
	});

	it('ranks a whole-name match above a more central concept matched less well', () => {
		const hits = index.search('dokter').filter((h) => h.type === 'node');
		expect(hits[0]).toMatchObject({ key: 'dokter', match: 'exact' });
		const ranks = hits.map((h) => (h.type === 'node' ? MATCH_ORDER.indexOf(h.match) : -1));
		expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
	});
});
