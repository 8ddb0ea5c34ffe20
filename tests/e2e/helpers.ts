/** Shared steps of the end-to-end tests: waiting for the graph and clicking its elements where they are drawn. */
import { expect, type Page } from '@playwright/test';

/** Fails the test on any console error or uncaught exception of the page. */
export function watchConsole(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	page.on('pageerror', (e) => errors.push(e.message));
	return errors;
}

export async function openExplorer(page: Page, query = ''): Promise<void> {
	await page.goto(`/${query}`);
	await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
}

/** The on-page point where Cytoscape draws a node (or an edge's midpoint). */
export async function pointOf(page: Page, key: string): Promise<{ x: number; y: number }> {
	const box = (await page.getByTestId('graph').boundingBox())!;
	const p = await page.evaluate((k) => {
		const ele = window.cy!.getElementById(k);
		return ele.nodes().nonempty() ? ele.nodes()[0].renderedPosition() : ele.edges()[0].renderedMidpoint();
	}, key);
	return { x: box.x + p.x, y: box.y + p.y };
}

/** Zooms the camera onto one element so it can be clicked without hitting a neighbour (closer or farther by `zoom`). */
export async function bringIntoView(page: Page, key: string, zoom = 1.4): Promise<void> {
	await page.evaluate(
		([k, z]) => {
			const cy = window.cy!;
			cy.stop();
			cy.zoom(z);
			cy.center(cy.getElementById(k));
		},
		[key, zoom] as const
	);
}

export async function clickElement(page: Page, key: string): Promise<void> {
	await bringIntoView(page, key);
	const { x, y } = await pointOf(page, key);
	await page.mouse.click(x, y);
}

export function panel(page: Page) {
	return page.getByTestId('passages');
}

export async function expectSelected(page: Page, key: string): Promise<void> {
	await expect.poll(() => new URL(page.url()).searchParams.get('node')).toBe(key);
}

/**
 * Waits until the last change of selection, filter or path is applied (the canvas is `aria-busy` until then:
 * it applies a change two frames after the panel shows it), the camera has stopped, and the labels on screen
 * were placed for where it is: the view marks the camera of its last label placement (`data-labels-placed-for`
 * on the element around its drawing), which runs a little after the camera settles, later still on a busy machine.
 */
export async function labelsSettled(page: Page): Promise<void> {
	await expect
		.poll(
			() =>
				page.evaluate(() => {
					const cy = window.cy!;
					// On the graph region around Cytoscape's own element (drawing-host.ts).
					const host = cy.container()?.parentElement;
					const mark = host?.dataset.labelsPlacedFor;
					if (cy.animated() || !mark || host?.getAttribute('aria-busy') === 'true') return false;
					const placed = JSON.parse(mark) as { zoom: number; pan: { x: number; y: number } };
					const near = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a));
					return near(placed.zoom, cy.zoom()) && near(placed.pan.x, cy.pan().x) && near(placed.pan.y, cy.pan().y);
				}),
			{ timeout: 30_000 }
		)
		.toBe(true);
}
