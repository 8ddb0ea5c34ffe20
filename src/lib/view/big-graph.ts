/**
 * What a big map needs to stay fluid, and only a big one (the default map keeps its look).
 * Cytoscape's own advice for large graphs: during pan and zoom it moves a snapshot of the
 * drawing (textureOnViewport) and leaves edges out of what it must redraw (hideEdgesOnViewport);
 * it draws at one pixel per CSS pixel, without motion blur; edges are haystack lines (no
 * curve to compute, no arrow), except the few the selection lights, which keep their arrows.
 * Its WebGL renderer is used where the browser has hardware WebGL; where WebGL is software
 * (a headless browser, a machine without a GPU driver) it would be slower than the canvas.
 */
import type { CytoscapeOptions, StylesheetJson } from 'cytoscape';
import { enlargedSize } from './label-placement';
import { explorerStylesheet, LIT_EDGE_WIDTH } from './stylesheet';

/** Nodes and edges together above which a map is drawn the big way; the default map has about 400. */
export const BIG_GRAPH_ELEMENTS = 2500;

export function isBigGraph(graph: { order: number; size: number }): boolean {
	return graph.order + graph.size > BIG_GRAPH_ELEMENTS;
}

/** The renderer options of a map of this size (WebGL is probed only for a big one: the probe takes ~20 ms). */
export function rendererOptions(big: boolean): Partial<CytoscapeOptions> {
	if (!big) return {};
	const webgl = hardwareWebgl();
	return {
		textureOnViewport: true,
		hideEdgesOnViewport: true,
		pixelRatio: 1,
		motionBlur: false,
		// The renderer option is missing from Cytoscape's published types.
		...(webgl ? ({ renderer: { name: 'canvas', webgl: true } } as Partial<CytoscapeOptions>) : {})
	};
}

/**
 * Rules added after the explorer's stylesheet for a big map. While reading, its elements take no
 * pointer events: Cytoscape would hit-test every one of them on each press and move, so the view
 * finds the node under the pointer itself (graph-view.ts, disc-grid.ts); edges stay reachable
 * through the panel's relations and the keyboard. Edit mode's gestures need the events back.
 */
function bigGraphStyles(opts: { events: boolean }): StylesheetJson {
	return [
		...(opts.events ? [] : [{ selector: 'node, edge', style: { events: 'no' as const } }]),
		{ selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none' } },
		{
			selector: 'edge.neighbour, edge.selected, edge.path, edge.hover',
			style: { 'curve-style': 'straight', 'target-arrow-shape': 'triangle' }
		},
		// A hover keeps the node's place in the stack: a change of z-index makes Cytoscape sort all its elements again.
		{ selector: 'node.hover', style: { 'z-index': 1 } },
		{ selector: 'node.neighbour.hover', style: { 'z-index': 10 } },
		{ selector: 'node.selected.hover', style: { 'z-index': 30 } },
		{ selector: 'node.path.hover', style: { 'z-index': 25 } },
		{ selector: 'edge.hover', style: { 'z-index': 0 } },
		{ selector: 'edge.selected.hover', style: { 'z-index': 30 } },
		{ selector: 'edge.path.hover', style: { 'z-index': 25 } },
		// The selection's and the path's edges, widened by the view when zoomed far out (graph-view.ts).
		{ selector: 'edge[litWidth]', style: { width: 'data(litWidth)' } }
	];
}

/**
 * The drawing's stylesheet: the explorer's, and for a big map its thinner plain look and the rules
 * above; a big map's elements take pointer events only while editing. The thinner look goes into
 * the explorer's own first rules, so the rules after them for what is selected, on the path,
 * hovered, the teacher's own or picked for an edit still set their widths (a later rule for every
 * element overrode those: a big map's path was a line of under a pixel, and a node picked for an
 * edit had no border).
 */
export function mapStylesheet(big: boolean, editing: boolean): StylesheetJson {
	return big ? [...explorerStylesheet(BIG_MAP_PLAIN), ...bigGraphStyles({ events: editing })] : explorerStylesheet();
}

/**
 * A big map's plain edges and node borders: at this size a line of a pixel or less anyway, and
 * a border costs a second path per node.
 */
const BIG_MAP_PLAIN = { edgeWidth: 0.8, borderWidth: 0 };

/** The thinnest a big map draws on screen, in pixels: the selection's edges, and the selected edge and the path's. */
const LIT_EDGE_MIN_SCREEN = { neighbour: 1.5, emphasised: 3 };

/**
 * The width, in graph units, a big map draws a lit edge at for a zoom, or null where its styled
 * width shows well enough: zoomed out over thousands of nodes, a line two units wide is a fraction
 * of a pixel, and the selection's relations vanished among the rest. Widths come from the labels'
 * ladder of sizes, so cameras a little apart restyle nothing.
 */
export function widenedLitEdge(lit: { selected: boolean; path: boolean }, zoom: number): number | null {
	const emphasised = lit.selected || lit.path;
	const styled = lit.path ? LIT_EDGE_WIDTH.path : lit.selected ? LIT_EDGE_WIDTH.selected : LIT_EDGE_WIDTH.neighbour;
	const floor = (emphasised ? LIT_EDGE_MIN_SCREEN.emphasised : LIT_EDGE_MIN_SCREEN.neighbour) / zoom;
	return floor > styled ? enlargedSize(floor) : null;
}

let detected: boolean | null = null;

/**
 * Whether WebGL 2 runs on a GPU here: a context that refuses a major performance caveat (the
 * browser's own word for software rendering), and whose renderer is not a known software one.
 */
export function hardwareWebgl(): boolean {
	if (detected !== null) return detected;
	detected = false;
	try {
		const canvas = document.createElement('canvas');
		const gl = canvas.getContext('webgl2', { failIfMajorPerformanceCaveat: true });
		if (gl) {
			const info = gl.getExtension('WEBGL_debug_renderer_info');
			const name = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
			detected = !/swiftshader|llvmpipe|softpipe|software|basic render|mesa offscreen/i.test(name);
			gl.getExtension('WEBGL_lose_context')?.loseContext();
		}
	} catch {
		detected = false;
	}
	return detected;
}
