import type { Core } from 'cytoscape';

/** The part of Cytoscape's canvas renderer this module reaches: its viewport texture and its canvases. */
interface CanvasRenderer {
	textureOnViewport?: boolean;
	textureCache?: unknown;
	canvasWidth: number;
	canvasHeight: number;
	NODE: number;
	TEXTURE_BUFFER: number;
	data: {
		canvases: HTMLCanvasElement[];
		bufferCanvases: HTMLCanvasElement[];
		bufferContexts: CanvasRenderingContext2D[];
	};
}

/**
 * A big map moves a snapshot of its drawing while it is panned, wheel-zoomed or pinched
 * (Cytoscape's textureOnViewport). Cytoscape makes that snapshot by drawing the whole map again,
 * at twice the resolution, in the first frame of the gesture: half a second on a 5,000-node map,
 * during which the first turn of the wheel shows nothing. The picture is already on screen, so
 * the snapshot is copied from it when a gesture may begin (a wheel turn, a press, a touch), before
 * that frame: the gesture starts at once, edges included. A Cytoscape release that renames these
 * parts is caught by the big-graph e2e test, which checks that a wheel turn leaves a snapshot.
 */
export function snapshotFromScreenOnGestures(cy: Core, container: HTMLElement): void {
	const renderer = (cy as unknown as { renderer(): CanvasRenderer | undefined }).renderer();
	if (!renderer?.textureOnViewport || !renderer.data?.canvases) return;
	const take = () => {
		if (renderer.textureCache || cy.destroyed()) return;
		const screen = renderer.data.canvases[renderer.NODE];
		const texture = renderer.data.bufferCanvases[renderer.TEXTURE_BUFFER];
		const context = renderer.data.bufferContexts[renderer.TEXTURE_BUFFER];
		if (!screen || !texture || !context) return;
		context.setTransform(1, 0, 0, 1, 0, 0);
		context.clearRect(0, 0, texture.width, texture.height);
		context.drawImage(screen, 0, 0, texture.width, texture.height);
		const zoom = cy.zoom();
		const pan = { ...cy.pan() };
		// The shape Cytoscape gives its own snapshot (drawing-redraw.mjs), which it then draws as it is.
		renderer.textureCache = {
			bb: null,
			texture,
			viewport: { zoom, pan, width: renderer.canvasWidth, height: renderer.canvasHeight, mpan: { x: -pan.x / zoom, y: -pan.y / zoom } }
		};
	};
	// Capture: before Cytoscape's own handlers mark the gesture and ask for the frame that would draw it.
	for (const type of ['wheel', 'mousedown', 'touchstart'] as const) container.addEventListener(type, take, { capture: true, passive: true });
}
