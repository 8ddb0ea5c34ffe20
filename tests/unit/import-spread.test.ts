import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assembleGraph } from '../../src/lib/kg/build/assemble';
import { createKnowledgeGraph, type KnowledgeGraph } from '../../src/lib/kg/model';
import { seededRandom } from '../../src/lib/kg/seeded-random';
import { nearestNeighbours, spreadForLabels } from '../../src/lib/state/import-spread';
import { nodeFootprint } from '../../src/lib/view/footprint';
import { applyDefaultLayout } from '../../src/lib/view/default-layout';
import { DEFAULT_LAYOUT_SEED } from '../../src/lib/view/fcose-options';
import { readKnowledgeBase } from '../../graph/read-knowledge-base';
import { cachedLayout } from '../../graph/layout-cache';

/** A graph of `n` nodes labelled "Node i" at the given positions, as a Gephi file brings them. */
function placed(points: { x: number; y: number }[]): KnowledgeGraph {
	const graph = createKnowledgeGraph();
	graph.replaceAttributes({ schema: 1, title: 't', language: 'id', documents: [], passages: [], kinds: [{ id: 'k', label: { id: 'K', en: 'K' }, color: '#445566' }], relations: [] });
	points.forEach((p, i) => graph.addNode(String(i), { label: `Node ${i}`, labelEn: '', kind: 'k', aliases: [], mentions: [], ...p }));
	return graph;
}

const positions = (graph: KnowledgeGraph) => graph.mapNodes((_k, a) => ({ x: a.x!, y: a.y! }));
const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('nearestNeighbours', () => {
	it('finds a point as near as comparing every pair finds', () => {
		fc.assert(
			fc.property(fc.array(fc.record({ x: fc.integer({ min: -500, max: 500 }), y: fc.integer({ min: -50, max: 50 }) }), { minLength: 2, maxLength: 120 }), (points) => {
				const brute = points.map((p, i) => Math.min(...points.filter((_, j) => j !== i).map((q) => distance(p, q))));
				const found = nearestNeighbours(points);
				found.forEach((j, i) => expect(j).not.toBe(i));
				expect(found.map((j, i) => distance(points[i], points[j]))).toEqual(brute);
			}),
			{ seed: 9, numRuns: 200 }
		);
	});
});

describe('spreadForLabels', () => {
	it('spreads a dense layout until a typical node’s footprint clears its nearest neighbour’s, keeping its shape', () => {
		// Power Grid's density: 4,900 nodes about 14 units apart.
		const random = seededRandom(3);
		const points = Array.from({ length: 4900 }, () => ({ x: random() * 1000, y: random() * 1000 }));
		const graph = placed(points);
		const factor = spreadForLabels(graph);
		expect(factor).toBeGreaterThan(3);
		const after = positions(graph);
		// Most nodes now stand clear of their nearest neighbour: disc and label, side by side or one above the other.
		const box = nodeFootprint('Node 1234', 16, 12);
		const clear = nearestNeighbours(after).filter((j, i) => Math.abs(after[i].x - after[j].x) >= box.width - 1 || Math.abs(after[i].y - after[j].y) >= box.height - 1);
		expect(clear.length).toBeGreaterThanOrEqual(after.length / 2);
		// The same picture, larger: every distance grew by the same factor.
		for (const [a, b] of [[0, 1], [10, 4000], [77, 2500]])
			expect(Math.hypot(after[a].x - after[b].x, after[a].y - after[b].y)).toBeCloseTo(Math.hypot(points[a].x - points[b].x, points[a].y - points[b].y) * factor, 0);
	});

	it('keeps a roomy layout exactly: the default map laid out here', () => {
		const graph = assembleGraph(readKnowledgeBase('graph')).graph;
		applyDefaultLayout(graph, DEFAULT_LAYOUT_SEED, cachedLayout(join('node_modules', '.cache', 'peta-konsep', 'layout.json')));
		const before = positions(graph);
		expect(spreadForLabels(graph)).toBe(1);
		expect(positions(graph)).toEqual(before);
	});

	it('leaves a graph without positions, or with one node, as it is', () => {
		const graph = placed([{ x: 0, y: 0 }]);
		expect(spreadForLabels(graph)).toBe(1);
		const unplaced = createKnowledgeGraph();
		unplaced.addNode('a', { label: 'a', labelEn: '', kind: 'k', aliases: [], mentions: [] });
		unplaced.addNode('b', { label: 'b', labelEn: '', kind: 'k', aliases: [], mentions: [] });
		expect(spreadForLabels(unplaced)).toBe(1);
		expect(unplaced.getNodeAttributes('a').x).toBeUndefined();
	});

	it('does not divide by zero when most nodes share one point', () => {
		const graph = placed([...Array.from({ length: 10 }, () => ({ x: 5, y: 5 })), { x: 6, y: 5 }, { x: 9, y: 5 }]);
		const factor = spreadForLabels(graph);
		expect(Number.isFinite(factor)).toBe(true);
		for (const p of positions(graph)) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
	});
});
