import type { Core } from 'cytoscape';

/**
 * The element around a Cytoscape drawing, where a view puts its own marks: the pointer cursor, the
 * camera of its last label placement. Never the drawing's container itself: Cytoscape watches every
 * attribute of that element and answers each change with a resize and a full redraw. A mark written
 * there after each label placement (which runs after each resize) redrew the map without end, and
 * each hover's cursor redrew it once more: 300 ms a time on a 5,000-node map.
 */
export function drawingHost(cy: Core): HTMLElement | null {
	return cy.container()?.parentElement ?? null;
}

/** The pointer's cursor over the drawing ('pointer' over something that takes a press, '' otherwise). */
export function setCursor(cy: Core, cursor: string): void {
	const host = drawingHost(cy);
	if (host) host.style.cursor = cursor;
}
