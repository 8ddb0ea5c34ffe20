/**
 * Positions for an imported graph that came without (all of) them. Small
 * graphs get the build's own layout (fcose, footprints, no overlaps); fcose
 * grows too slow for thousands of nodes, so larger ones get ForceAtlas2 with
 * Barnes-Hut, run in slices so the import can report progress between them.
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { KnowledgeGraph } from '../kg/model';
import { seededRandom } from '../kg/seeded-random';

/** Above this many nodes fcose takes more than a few seconds. */
export const FCOSE_MAX_NODES = 600;
const FORCE_ATLAS_ITERATIONS = 150;
const SLICE = 10;
/** Spread so an average neighbour sits about as far as in the default map. */
const TARGET_EDGE_LENGTH = 90;

export function needsLayout(graph: KnowledgeGraph): boolean {
	let missing = false;
	graph.someNode((_key, a) => (missing = !Number.isFinite(a.x) || !Number.isFinite(a.y)));
	return missing && graph.order > 0;
}

export async function layOut(graph: KnowledgeGraph, onProgress: (share: number) => void = () => {}): Promise<void> {
	if (graph.order <= FCOSE_MAX_NODES) {
		const { applyDefaultLayout } = await import('../view/default-layout');
		applyDefaultLayout(graph);
		onProgress(1);
		return;
	}
	const random = seededRandom(42);
	const spread = Math.sqrt(graph.order) * TARGET_EDGE_LENGTH;
	graph.updateEachNodeAttributes((_key, a) => ({ ...a, x: (random() - 0.5) * spread, y: (random() - 0.5) * spread }));
	const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: true };
	for (let done = 0; done < FORCE_ATLAS_ITERATIONS; done += SLICE) {
		forceAtlas2.assign(graph, { iterations: SLICE, settings, getEdgeWeight: null });
		onProgress((done + SLICE) / FORCE_ATLAS_ITERATIONS);
	}
	scaleToEdgeLength(graph);
}

/** ForceAtlas2's units are arbitrary: scaled so the median edge is TARGET_EDGE_LENGTH long, positions rounded. */
function scaleToEdgeLength(graph: KnowledgeGraph): void {
	const lengths: number[] = [];
	graph.forEachEdge((_key, _a, _s, _t, s, t) => lengths.push(Math.hypot(s.x! - t.x!, s.y! - t.y!)));
	lengths.sort((a, b) => a - b);
	const median = lengths[Math.floor(lengths.length / 2)] || 1;
	const factor = TARGET_EDGE_LENGTH / median;
	graph.updateEachNodeAttributes((_key, a) => ({
		...a,
		x: Math.round(a.x! * factor * 10) / 10,
		y: Math.round(a.y! * factor * 10) / 10
	}));
}
