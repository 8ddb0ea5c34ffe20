import type { Core } from 'cytoscape';

/**
 * Makes the drawing resize only when its size (or the screen's pixel ratio) really changed.
 * Cytoscape resizes, and redraws the whole map, whenever it might have: when it first observes
 * its container, on every attribute change of the container, on every window resize. On a
 * 5,000-node map each of those is a full redraw of most of a second, and the first two came
 * right after the map first appeared.
 */
export function resizeOnlyOnChange(cy: Core): void {
	const container = cy.container();
	if (!container) return;
	const measure = () => `${container.clientWidth}×${container.clientHeight}@${globalThis.devicePixelRatio ?? 1}`;
	let last = measure();
	const resize = cy.resize.bind(cy);
	cy.resize = () => {
		const now = measure();
		if (now !== last) {
			last = now;
			resize();
		}
		return cy;
	};
}
