/** The explorer's intents: each one a method, and what derives from them. */
import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { Explorer } from '../../src/lib/state/explorer.svelte';
import { OpenMap } from '../../src/lib/state/maps.svelte';
import { DEFAULT_PARAMS, parseParams } from '../../src/lib/state/url-state';
import { buildEdgeListGraph } from './fixtures/small-graph';

/** a - b - c - d, and e alone. */
function explorer(id = 'default') {
	return new Explorer(new OpenMap(id, buildEdgeListGraph(['a>b', 'b>c', 'c>d'], ['e'])));
}

describe('Explorer intents', () => {
	it('selecting opens the panel; the panel can be closed and toggled with the selection kept', () => {
		const x = explorer();
		x.closePanel();
		x.selectNode('b');
		expect([x.node, x.edge, x.panelOpen]).toEqual(['b', null, true]);
		x.togglePanel();
		expect([x.node, x.panelOpen]).toEqual(['b', false]);
		x.selectEdge('e0');
		expect([x.node, x.edge, x.panelOpen]).toEqual([null, 'e0', true]);
		x.clearSelection();
		expect([x.node, x.edge]).toEqual([null, null]);
	});

	it('focus: toggled on a node, set by depth around the selection, ended by depth 0', () => {
		const x = explorer();
		x.toggleFocus('a');
		expect(x.focus).toBe('a');
		expect([...x.visible!].sort()).toEqual(['a', 'b']);
		x.selectNode('c');
		x.setDepth(2);
		expect([x.focus, x.depth]).toEqual(['c', 2]);
		expect([...x.visible!].sort()).toEqual(['a', 'b', 'c', 'd']);
		x.clearSelection();
		x.setDepth(1);
		// No selection: the focus stays where it was, one step out.
		expect([x.focus, x.depth]).toEqual(['c', 1]);
		x.setDepth(0);
		expect(x.focus).toBeNull();
		expect(x.visible).toBeNull();
		x.toggleFocus('d');
		x.toggleFocus('d');
		expect(x.focus).toBeNull();
	});

	it('kinds: toggled one by one, all shown again at once', () => {
		const x = explorer();
		x.toggleKind('konsep');
		expect(x.hiddenKinds).toEqual(['konsep']);
		expect(x.visible?.size).toBe(0);
		x.toggleKind('another');
		expect(x.hiddenKinds).toEqual(['another', 'konsep']);
		x.toggleKind('konsep');
		expect(x.hiddenKinds).toEqual(['another']);
		x.showAllKinds();
		expect(x.hiddenKinds).toEqual([]);
	});

	it('path: both ends give the shortest path, or none; clearPath drops both', () => {
		const x = explorer();
		x.setPathFrom('a');
		expect(x.path).toBeNull();
		x.setPathTo('d');
		expect(x.path !== null && x.path !== 'none' && x.path.nodes).toEqual(['a', 'b', 'c', 'd']);
		x.setPathTo('e');
		expect(x.path).toBe('none');
		x.clearPath();
		expect([x.from, x.to, x.path]).toEqual([null, null, null]);
	});

	it('a re-arrangement holds for exactly the set it was asked for', () => {
		const x = explorer();
		x.toggleFocus('a');
		x.rearrange();
		expect(x.compacted).toBe(true);
		x.setDepth(0);
		expect(x.compacted).toBe(false);
		x.toggleFocus('a');
		expect(x.compacted).toBe(true);
		x.restoreArrangement();
		expect(x.compacted).toBe(false);
	});
});

describe('Explorer and the URL', () => {
	it('reads a URL, drops the keys the map lacks and says which, and writes the same state back', () => {
		const x = explorer('m-1');
		const problems = x.readParams(parseParams(new URLSearchParams('node=zz&edge=e1&focus=b&depth=2&hide=konsep&from=a&to=q&layout=tree&communities=1')));
		expect(problems).toEqual({ unknownNode: 'zz', unknownEdge: null });
		x.setLayout('concentric');
		x.setCommunities(false);
		expect(x.params(null)).toEqual({
			...DEFAULT_PARAMS,
			edge: 'e1',
			focus: 'b',
			depth: 2,
			layout: 'concentric',
			hide: ['konsep'],
			from: 'a',
			map: 'm-1'
		});
	});

	it('the default map writes no map into the URL', () => {
		expect(explorer().params('en')).toEqual({ ...DEFAULT_PARAMS, lang: 'en' });
	});
});

describe('Explorer follows its map', () => {
	it('what it shows is derived again when the open map changes', () => {
		const x = explorer();
		x.toggleFocus('d');
		expect([...x.visible!].sort()).toEqual(['c', 'd']);
		x.map.graph.addEdge('d', 'e', { ...x.map.graph.getEdgeAttributes('e0') });
		flushSync();
		expect([...x.visible!].sort()).toEqual(['c', 'd', 'e']);
	});
});
