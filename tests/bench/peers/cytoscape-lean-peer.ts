/**
 * Cytoscape at its leanest: the same graph with two style rules (grey discs, hairline
 * haystack edges, no labels, no arrows) and every option Cytoscape offers for large graphs.
 * What no app on Cytoscape can beat: the floor under the explorer's big-map figures.
 */
import cytoscape from 'cytoscape';
import { startPeer } from './peer-shell';

startPeer((graph, container, showNode) => {
	const cy = cytoscape({
		container,
		elements: [
			...graph.mapNodes((key, a) => ({ group: 'nodes' as const, data: { id: `n${key}`, key }, position: { x: a.x, y: a.y } })),
			...graph.mapEdges((key, _a, source, target) => ({ group: 'edges' as const, data: { id: `e${key}`, source: `n${source}`, target: `n${target}` } }))
		],
		style: [
			{ selector: 'node', style: { 'background-color': '#4f6d8f', width: 6, height: 6, label: '' } },
			{ selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0, width: 0.8, 'line-color': '#c8cdd4' } }
		],
		layout: { name: 'preset' },
		textureOnViewport: true,
		hideEdgesOnViewport: true,
		pixelRatio: 1,
		motionBlur: false
	});
	cy.one('render', () => performance.mark('graph-painted'));
	cy.on('tap', 'node', (e) => showNode(e.target.data('key')));
	return {
		nodes: () => cy.nodes().length,
		edges: () => cy.edges().length,
		renderedPosition: (key) => cy.getElementById(`n${key}`).renderedPosition(),
		onDraw: (fn) => cy.on('render', fn)
	};
});
