/** The default picture of a graph, computed once at build time and shipped as node x/y. */
import type { KnowledgeGraph } from '../kg/model';
import { labelFontSizes, nodeDiameter, nodeFootprint } from './footprint';
import { DEFAULT_LAYOUT_SEED } from './fcose-options';
import { computeForceLayout, type LayoutEdge, type LayoutNode, type Positions } from './force-layout';
import { importance } from './importance';

export type LayoutFunction = (nodes: LayoutNode[], edges: LayoutEdge[], seed: number) => Positions;

/** Lays the graph out by its nodes' footprints; `layout` may be swapped for a cached one (the build CLI). */
export function applyDefaultLayout(
	graph: KnowledgeGraph,
	seed = DEFAULT_LAYOUT_SEED,
	layout: LayoutFunction = computeForceLayout
): void {
	const weight = importance(graph);
	const fontSizes = labelFontSizes(weight);
	const nodes = graph.mapNodes((key, attrs) => ({
		id: key,
		...nodeFootprint(longerLabel(attrs.label, attrs.labelEn), nodeDiameter(weight[key] ?? 0), fontSizes[key])
	}));
	const edges = graph.mapEdges((key, _attrs, source, target) => ({ id: key, source, target }));
	const positions = layout(nodes, edges, seed);
	graph.updateEachNodeAttributes((key, attrs) => ({ ...attrs, ...positions[key] }));
}

/** Room for whichever language's label is longer, so switching language keeps labels apart. */
function longerLabel(a: string, b: string): string {
	return b && b.length > a.length ? b : a;
}
