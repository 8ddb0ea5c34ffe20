/** The fcose settings of the force layout, apart from the extension itself so the browser can load it lazily. */
import type { EdgeSingular, LayoutOptions } from 'cytoscape';

export const DEFAULT_LAYOUT_SEED = 42;

export function fcoseOptions(): LayoutOptions {
	return {
		name: 'fcose',
		quality: 'proof',
		randomize: true,
		animate: false,
		fit: false,
		nodeDimensionsIncludeLabels: false,
		uniformNodeDimensions: false,
		packComponents: false,
		nodeSeparation: 30,
		nodeRepulsion: () => 1500,
		// Leaves sit close to their one neighbour; edges between hubs get room.
		idealEdgeLength: (edge: EdgeSingular) =>
			edge.source().degree(false) === 1 || edge.target().degree(false) === 1 ? 30 : 50,
		edgeElasticity: () => 0.35,
		gravity: 0.2,
		gravityRange: 3.8,
		numIter: 2500,
		tile: true
	} as LayoutOptions;
}

