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
 * click then had to wait behind (a big map: several full redraws after each selection). Returns
 * whether the cache was found, so a Cytoscape release that renames it is noticed.
 */
export function withoutLayeredTextures(cy: Core): boolean {
	const renderer = (cy as unknown as { renderer(): CanvasRenderer | undefined }).renderer();
	const layers = renderer?.data?.lyrTxrCache;
	if (!layers) return false;
	// With no layers to offer, the renderer falls back on drawing the elements' own textures.
	layers.getLayers = () => null;
	return true;
}
