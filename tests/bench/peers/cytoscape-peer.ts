/** Plain Cytoscape: the same graph with Cytoscape's default options, node names shown. */
import cytoscape from 'cytoscape';
import { startPeer } from './peer-shell';

startPeer((graph, container, showNode) => {
	const cy = cytoscape({
		container,
		elements: [
			...graph.mapNodes((key, a) => ({ group: 'nodes' as const, data: { id: `n${key}`, key, label: a.label }, position: { x: a.x, y: a.y } })),
			...graph.mapEdges((key, _a, source, target) => ({ group: 'edges' as const, data: { id: `e${key}`, source: `n${source}`, target: `n${target}` } }))
		],
		style: [{ selector: 'node', style: { label: 'data(label)' } }],
		layout: { name: 'preset' }
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
