import { describe, expect, it } from 'vitest';
import { createSearchIndex, loadSearchIndex, serializeSearchIndex } from '$lib/kg/query/search-index';
import { rememberSearchIndex, takeSearchIndex } from '$lib/state/prebuilt-search';
import { sampleGraph } from './fixtures/io/graphs';

describe('a search index built by the import worker', () => {
	it('loads on the page to the same hits as one built there', async () => {
		const graph = sampleGraph();
		const loaded = await loadSearchIndex(graph, serializeSearchIndex(graph));
		const built = createSearchIndex(graph);
		for (const query of ['kelompok', 'ikatan dokter', 'relawan', 'okupas', 'zzz'])
			expect(loaded.search(query), query).toEqual(built.search(query));
		expect(loaded.search('kelompok').length).toBeGreaterThan(0);
	});

	it('is handed to the search box of its own map once, when the worker has built it', async () => {
		const graph = sampleGraph();
		rememberSearchIndex(graph, Promise.resolve('{"x":1}'));
		expect(await takeSearchIndex(sampleGraph())).toBeNull();
		expect(await takeSearchIndex(graph)).toBe('{"x":1}');
		expect(await takeSearchIndex(graph)).toBeNull();
	});
});
