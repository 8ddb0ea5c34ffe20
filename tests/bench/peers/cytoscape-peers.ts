/** The two Cytoscape peers: the same graph drawn by Cytoscape with different styles and options. */
import cytoscape, { type CytoscapeOptions } from 'cytoscape';
import type { DrawPeer } from './peer-shell';

/** A peer drawing with Cytoscape: node ids `n<key>`, edge ids `e<key>`, the file's positions. */
function drawWithCytoscape(options: Pick<CytoscapeOptions, 'style'> & Partial<CytoscapeOptions>): DrawPeer {
	return (graph, container, showNode) => {
		const cy = cytoscape({
			container,
			elements: [
				...graph.mapNodes((key, a) => ({ group: 'nodes' as const, data: { id: `n${key}`, key, label: a.label }, position: { x: a.x, y: a.y } })),
				...graph.mapEdges((key, _a, source, target) => ({ group: 'edges' as const, data: { id: `e${key}`, source: `n${source}`, target: `n${target}` } }))
			],
			layout: { name: 'preset' },
			...options
		});
		cy.one('render', () => performance.mark('graph-painted'));
		cy.on('tap', 'node', (e) => showNode(e.target.data('key')));
		return {
			nodes: () => cy.nodes().length,
			edges: () => cy.edges().length,
			renderedPosition: (key) => cy.getElementById(`n${key}`).renderedPosition(),
			onDraw: (fn) => cy.on('render', fn)
		};
	};
}

/** Plain Cytoscape: Cytoscape's default options, node names shown. */
export const plainCytoscape = drawWithCytoscape({ style: [{ selector: 'node', style: { label: 'data(label)' } }] });

/**
 * Cytoscape at its leanest: two style rules (grey discs, hairline haystack edges, no labels, no
 * arrows) and every option Cytoscape offers for large graphs. What no app on Cytoscape can beat:
 * the floor under the explorer's big-map figures.
 */
export const leanestCytoscape = drawWithCytoscape({
	style: [
		{ selector: 'node', style: { 'background-color': '#4f6d8f', width: 6, height: 6, label: '' } },
		{ selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0, width: 0.8, 'line-color': '#c8cdd4' } }
	],
	textureOnViewport: true,
	hideEdgesOnViewport: true,
	pixelRatio: 1,
	motionBlur: false
});
