import cytoscape from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyEdit } from '$lib/kg/edit/apply';
import { edgeElementIds } from '$lib/view/element-ids';
import { nodeSizing, toElements } from '$lib/view/elements';
import { GraphMirror } from '$lib/view/graph-mirror';
import type { KnowledgeGraph } from '$lib/kg/model';
import { sampleGraph } from './fixtures/io/graphs';

/** A headless drawing of the graph that follows it, flushed by hand (Node has no frames). */
function mirrored(graph: KnowledgeGraph) {
	const cy = cytoscape({ headless: true, elements: toElements(graph, {}) });
	const edgeIds = edgeElementIds(graph);
	const redrawn: string[][] = [];
	const mirror = new GraphMirror(graph, cy, { sizing: nodeSizing(graph, {}), edgeIds, dress: () => {}, synced: (ids) => redrawn.push(ids) });
	return { cy, mirror, redrawn, edgeIds };
}

/** What the drawing shows of the graph: nodes with label and position, edges with their ends. */
function drawnAs(cy: cytoscape.Core) {
	return {
		nodes: cy.nodes().map((n) => ({ id: n.id(), label: n.data('label'), kind: n.data('kind'), teacher: n.data('teacher') ?? false })).sort((a, b) => a.id.localeCompare(b.id)),
		edges: cy.edges().map((e) => ({ key: e.data('key'), source: e.data('source'), target: e.data('target'), relation: e.data('relation') })).sort((a, b) => a.key.localeCompare(b.key))
	};
}

describe('the drawing follows its graph', () => {
	let frames: Array<() => void>;
	beforeEach(() => {
		frames = [];
		globalThis.requestAnimationFrame = ((fn: () => void) => frames.push(fn)) as never;
		globalThis.cancelAnimationFrame = (() => {}) as never;
	});
	afterEach(() => {
		delete (globalThis as Partial<typeof globalThis>).requestAnimationFrame;
		delete (globalThis as Partial<typeof globalThis>).cancelAnimationFrame;
	});

	it('adds, updates and removes only what the edits touched, and matches a fresh drawing after each', () => {
		const graph = sampleGraph();
		const { cy, mirror, redrawn } = mirrored(graph);
		const untouched = cy.getElementById('ikatan-dokter-indonesia');
		const renamed = cy.getElementById('kelompok-volunter');
		const edits = [
			{ type: 'addConcept', key: 'konsep-guru', label: { id: 'Konsep guru', en: 'Teacher concept' }, kind: 'concept', x: 40, y: 40 },
			{ type: 'addRelation', source: 'konsep-guru', relation: 'is-a', target: 'kelompok-volunter' },
			{ type: 'renameConcept', key: 'kelompok-volunter', label: { id: 'Kelompok relawan', en: 'Volunteer group' } },
			{ type: 'changeKind', key: 'kelompok-volunter', kind: 'organisation' },
			{ type: 'reverseRelation', key: 'volunter-contrasts-okupasional' },
			{ type: 'deleteConcept', key: 'kelompok-okupasional' }
		];
		for (const edit of edits) {
			applyEdit(graph, edit);
			expect(frames.length).toBe(1);
			frames.shift()!();
			expect(drawnAs(cy)).toEqual(drawnAs(cytoscape({ headless: true, elements: toElements(graph, {}) })));
		}
		// One frame per burst; a node no edit touched, and one renamed, are the same elements as before.
		expect(cy.getElementById('ikatan-dokter-indonesia')[0]).toBe(untouched[0]);
		expect(cy.getElementById('kelompok-volunter')[0]).toBe(renamed[0]);
		expect(redrawn[0]).toEqual(['konsep-guru']);
		expect(redrawn[4]).toEqual(['volunter-contrasts-okupasional']);
		expect(cy.getElementById('konsep-guru').data('teacher')).toBe(true);
		mirror.stop();
	});

	it('moves a node only when its coordinates change in the map, and drops the teacher mark once grounded', () => {
		const graph = sampleGraph();
		const { cy, mirror } = mirrored(graph);
		applyEdit(graph, { type: 'addConcept', key: 'baru', label: { id: 'Baru', en: 'New' }, kind: 'concept', x: 5, y: 5 });
		mirror.flush();
		// A layout moved it on screen: a rename keeps it where it is drawn.
		cy.getElementById('baru').position({ x: 300, y: 300 });
		applyEdit(graph, { type: 'renameConcept', key: 'baru', label: { id: 'Lebih baru', en: 'Newer' } });
		mirror.flush();
		expect(cy.getElementById('baru').position()).toEqual({ x: 300, y: 300 });
		applyEdit(graph, { type: 'moveNodes', positions: [{ key: 'baru', x: 12, y: -7, pinned: true }] });
		mirror.flush();
		expect(cy.getElementById('baru').position()).toEqual({ x: 12, y: -7 });
		applyEdit(graph, { type: 'addMention', key: 'baru', span: { passage: 'p1', start: 0, end: 8 } });
		mirror.flush();
		expect(cy.getElementById('baru').data('teacher')).toBeUndefined();
		mirror.stop();
	});
});
