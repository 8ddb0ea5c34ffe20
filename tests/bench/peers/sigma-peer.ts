/** The peer renderer: sigma.js (WebGL) on the graphology graph, with its default settings. */
import Sigma from 'sigma';
import type { DrawPeer } from './peer-shell';

export const drawWithSigma: DrawPeer = (graph, container, showNode) => {
	const renderer = new Sigma(graph, container);
	// The constructor draws the first frame itself, before any afterRender listener could hear it.
	performance.mark('graph-painted');
	renderer.on('clickNode', ({ node }) => showNode(node));
	return {
		nodes: () => renderer.getGraph().order,
		edges: () => renderer.getGraph().size,
		// Display data carries the node's coordinates in sigma's framed (normalised) graph space.
		renderedPosition: (key) => renderer.framedGraphToViewport(renderer.getNodeDisplayData(key)!),
		onDraw: (fn) => renderer.on('afterRender', fn)
	};
};
