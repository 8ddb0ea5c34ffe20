/**
 * A default picture for an extracted map, computed where the extraction runs (a Web Worker or
 * the CLI) without a DOM: ForceAtlas2 (graphology-layout-forceatlas2, pure JS) from seeded
 * starting positions on a circle, so the same map always gets the same picture. The view's fcose
 * layout (src/lib/view) needs Cytoscape, which `kg` must not import; the map can be re-laid out
 * with it once it opens.
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { KnowledgeGraph } from '../model';
import { seededRandom } from '../seeded-random';

const DEFAULT_EXTRACT_LAYOUT_SEED = 7;
/** Roughly the spacing of the curated map's default layout, in Cytoscape model units. */
const SPREAD = 90;

export function layoutExtractedGraph(graph: KnowledgeGraph, seed = DEFAULT_EXTRACT_LAYOUT_SEED): void {
	const keys = graph.nodes().sort();
	if (keys.length === 0) return;
	const random = seededRandom(seed);
	const radius = Math.sqrt(keys.length) * SPREAD;
	keys.forEach((key, i) => {
		const angle = (2 * Math.PI * i) / keys.length;
		graph.mergeNodeAttributes(key, {
			x: radius * Math.cos(angle) + random() - 0.5,
			y: radius * Math.sin(angle) + random() - 0.5
		});
	});
	const iterations = keys.length > 2000 ? 60 : 200;
	const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: keys.length > 500, adjustSizes: false };
	const positions = forceAtlas2(graph, { iterations, settings });
	// ForceAtlas2's units are arbitrary: scale to the spread the view expects, then round for stable output.
	const xs = keys.map((k) => positions[k].x);
	const ys = keys.map((k) => positions[k].y);
	const size = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys), 1);
	const scale = (2 * radius) / size;
	for (const key of keys)
		graph.mergeNodeAttributes(key, {
			x: Math.round(positions[key].x * scale * 10) / 10,
			y: Math.round(positions[key].y * scale * 10) / 10
		});
}
