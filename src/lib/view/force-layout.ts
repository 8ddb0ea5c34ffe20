/**
 * The force-directed layout (fcose), shared by the build (default positions
 * shipped in graph.json) and the browser (re-layout of a filtered view), so the
 * same graph and seed give the same picture in both.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { DEFAULT_LAYOUT_SEED, fcoseOptions } from './fcose-options';
import { withSeededRandom } from './random';
import { removeOverlaps } from './remove-overlaps';

cytoscape.use(fcose);


export interface LayoutNode {
	id: string;
	width: number;
	height: number;
}
export interface LayoutEdge {
	id: string;
	source: string;
	target: string;
}
export type Positions = Record<string, { x: number; y: number }>;

/** Runs fcose on a headless core sized by each node's footprint; positions rounded for stable output. */
export function computeForceLayout(nodes: LayoutNode[], edges: LayoutEdge[], seed = DEFAULT_LAYOUT_SEED): Positions {
	const cy = cytoscape({
		headless: true,
		styleEnabled: true,
		elements: [
			...nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, w: n.width, h: n.height } })),
			...edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target } }))
		],
		style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)', shape: 'rectangle' } }]
	});
	withSeededRandom(seed, () => cy.layout(fcoseOptions()).run());
	const boxes = nodes.map((n) => ({ ...n, ...cy.getElementById(n.id).position() }));
	cy.destroy();
	removeOverlaps(boxes);
	const positions: Positions = {};
	for (const b of boxes) positions[b.id] = { x: Math.round(b.x * 10) / 10, y: Math.round(b.y * 10) / 10 };
	return positions;
}
