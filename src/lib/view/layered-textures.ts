import type { Core } from 'cytoscape';

/** The part of Cytoscape's canvas renderer this module reaches: its layered texture cache. */
interface CanvasRenderer {
	data?: { lyrTxrCache?: { getLayers: (...args: unknown[]) => unknown } };
}

/**
 * Turns off Cytoscape's layered textures: the canvas then draws each element from its own cached
 * texture. The layers (one bitmap of the whole map per zoom level) are rebuilt a slice per frame
 * after every change, and while a rebuild is under way each frame draws the map element by
 * element anyway; the explorer changes classes on every selection, label placement and hover, so
 * the rebuilding never paid off, and it filled the frames right after a camera move with work a
 * click then had to wait behind (a big map: several full redraws after each selection). A
 * Cytoscape release that renames the cache is caught by the big-graph e2e test, which reads it.
 */
export function withoutLayeredTextures(cy: Core): void {
	const layers = (cy as unknown as { renderer(): CanvasRenderer | undefined }).renderer()?.data?.lyrTxrCache;
	// With no layers to offer, the renderer falls back on drawing the elements' own textures.
	if (layers) layers.getLayers = () => null;
}
