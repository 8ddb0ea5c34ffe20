import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../src/lib/kg/model';
import { classChanges, elementClasses, type ClassState } from '../../src/lib/view/view-classes';

/** hub → a, hub → b, a → c, and an edge keyed like a node ("c") to test element ids. */
function graph(): KnowledgeGraph {
	const g = new Graph({ type: 'directed', multi: true }) as unknown as KnowledgeGraph;
	for (const key of ['hub', 'a', 'b', 'c']) g.addNode(key, { label: key, labelEn: key, kind: 'x', aliases: [], mentions: [] } as never);
	g.addEdgeWithKey('e1', 'hub', 'a', { relation: 'r', evidence: [] } as never);
	g.addEdgeWithKey('e2', 'hub', 'b', { relation: 'r', evidence: [] } as never);
	g.addEdgeWithKey('c', 'a', 'c', { relation: 'r', evidence: [] } as never);
	return g;
}
const ids = new Map([['e1', 'e1'], ['e2', 'e2'], ['c', 'edge:c']]);
const none: ClassState = { selectedNode: null, selectedEdge: null, visible: null, path: null, communities: false, fadeRest: true };

describe('elementClasses', () => {
	it('gives nothing any class when nothing is selected, filtered or on a path', () => {
		expect(elementClasses(graph(), ids, none).size).toBe(0);
	});

	it('lights a node with its neighbours and their edges and dims the rest', () => {
		const classes = elementClasses(graph(), ids, { ...none, selectedNode: 'hub' });
		expect(classes.get('hub')).toBe('neighbour selected');
		expect(classes.get('a')).toBe('neighbour');
		expect(classes.get('e1')).toBe('neighbour show-label');
		expect(classes.get('c')).toBe('dimmed');
		expect(classes.get('edge:c')).toBe('dimmed');
	});

	it('on a big map, lights the selection and its neighbours and touches nothing else', () => {
		const classes = elementClasses(graph(), ids, { ...none, selectedNode: 'hub', fadeRest: false });
		expect(classes.get('hub')).toBe('neighbour selected');
		expect(classes.get('e1')).toBe('neighbour show-label');
		expect([...classes.keys()].sort()).toEqual(['a', 'b', 'e1', 'e2', 'hub']);
	});

	it('lights an edge with its two ends, by its element id', () => {
		const classes = elementClasses(graph(), ids, { ...none, selectedEdge: 'c' });
		expect(classes.get('edge:c')).toBe('neighbour selected');
		expect(classes.get('a')).toBe('neighbour');
		expect(classes.get('c')).toBe('neighbour');
		expect(classes.get('hub')).toBe('dimmed');
	});

	it('hides what the filter leaves out and lights a path over the dimming', () => {
		const classes = elementClasses(graph(), ids, {
			...none,
			selectedNode: 'b',
			visible: new Set(['hub', 'a', 'b']),
			path: { nodes: ['hub', 'a', 'c'], edges: ['e1', 'c'] }
		});
		expect(classes.get('c')).toBe('hidden path');
		expect(classes.get('edge:c')).toBe('path');
		expect(classes.get('a')).toBe('path');
		expect(classes.get('e2')).toBe('neighbour show-label');
	});
});

describe('classChanges', () => {
	it('lists only the elements whose classes differ, with what to remove and add', () => {
		const g = graph();
		const hub = elementClasses(g, ids, { ...none, selectedNode: 'hub' });
		const a = elementClasses(g, ids, { ...none, selectedNode: 'a' });
		const changes = classChanges(hub, a);
		const byId = Object.fromEntries(changes.map((c) => [c.id, c]));
		// b and e2 were lit around the hub and are dimmed around a; c and its edge the other way.
		expect(byId.b).toEqual({ id: 'b', remove: 'neighbour', add: 'dimmed' });
		expect(byId.c).toEqual({ id: 'c', remove: 'dimmed', add: 'neighbour' });
		expect(byId.hub).toEqual({ id: 'hub', remove: 'selected', add: '' });
		// e1 joins hub and a: lit both times, not touched.
		expect(byId.e1).toBeUndefined();
		expect(classChanges(a, a)).toEqual([]);
		expect(classChanges(a, new Map()).every((c) => c.add === '')).toBe(true);
	});
});
