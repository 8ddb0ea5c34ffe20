import { expect, test, type Page } from '@playwright/test';
import { openExplorer } from './helpers';

type Positions = Record<string, { x: number; y: number }>;

/** The positions graph.json ships, by node key. */
async function shippedPositions(page: Page): Promise<Positions> {
	const shipped = await (await page.request.get('/graph.json')).json();
	return Object.fromEntries(
		shipped.nodes.map((n: { key: string; attributes: { x: number; y: number } }) => [n.key, { x: n.attributes.x, y: n.attributes.y }])
	);
}

const drawnPositions = (page: Page): Promise<Positions> =>
	page.evaluate(() => Object.fromEntries(window.cy!.nodes().map((n) => [n.id(), { ...n.position() }])));

/** Nodes drawn more than half a unit away from where graph.json puts them. */
async function movedNodes(page: Page, shipped: Positions): Promise<string[]> {
	const drawn = await drawnPositions(page);
	return Object.keys(shipped).filter((k) => Math.hypot(drawn[k].x - shipped[k].x, drawn[k].y - shipped[k].y) > 0.5);
}

async function settled(page: Page) {
	await expect.poll(() => page.evaluate(() => window.cy!.animated() || window.cy!.nodes(':animated').length > 0)).toBe(false);
}

/** Every shown node lies inside the canvas: the camera framed what the filter left. */
async function shownInView(page: Page): Promise<boolean> {
	return page.evaluate(() => {
		const cy = window.cy!;
		return (cy.nodes().not('.hidden').toArray() as import('cytoscape').NodeSingular[]).every((n) => {
				const p = n.renderedPosition();
				return p.x >= 0 && p.y >= 0 && p.x <= cy.width() && p.y <= cy.height();
		});
	});
}

test('filters, focus and paths never move a node; "show all" brings back the shipped picture', async ({ page }) => {
	await openExplorer(page);
	const shipped = await shippedPositions(page);
	expect(await movedNodes(page, shipped)).toEqual([]);

	// Two kinds hidden one after the other, as a teacher would tidy the map.
	for (const kind of ['characteristic', 'context']) {
		await page.locator(`button[data-kind="${kind}"]`).click();
		await expect.poll(() => page.evaluate((k) => window.cy!.nodes(`[kind = "${k}"].hidden`).length, kind)).toBeGreaterThan(0);
		await settled(page);
		expect(await movedNodes(page, shipped)).toEqual([]);
		await expect.poll(() => shownInView(page)).toBe(true);
	}
	await page.getByRole('button', { name: 'Tampilkan semua' }).click();
	await expect.poll(() => page.evaluate(() => window.cy!.nodes('.hidden').length)).toBe(0);
	await settled(page);
	expect(await movedNodes(page, shipped)).toEqual([]);

	// Focus at every depth, from a hub.
	await openExplorer(page, '?node=kelompok-okupasional');
	for (const depth of [1, 2, 3]) {
		await page.getByRole('button', { name: `Kedalaman ${depth}` }).click();
		await expect.poll(() => new URL(page.url()).searchParams.get('depth')).toBe(String(depth));
		await settled(page);
		expect(await movedNodes(page, shipped)).toEqual([]);
		await expect.poll(() => shownInView(page)).toBe(true);
	}
	await page.getByRole('button', { name: 'Semua', exact: true }).click();
	await settled(page);
	expect(await movedNodes(page, shipped)).toEqual([]);

	// A shortest path.
	await openExplorer(page, '?from=ikatan-dokter-indonesia&to=relawan-bencana');
	await expect.poll(() => page.evaluate(() => window.cy!.edges('.path').length)).toBeGreaterThan(1);
	await settled(page);
	expect(await movedNodes(page, shipped)).toEqual([]);
});

test('"Re-arrange" lays a filtered view out compactly, the same way every time, and undoes exactly', async ({ page }) => {
	await openExplorer(page, '?focus=kelompok-volunter&depth=1');
	const shipped = await shippedPositions(page);
	await expect.poll(() => page.evaluate(() => window.cy!.nodes('.hidden').length)).toBeGreaterThan(0);
	const rearrange = page.getByTestId('rearrange');
	await expect(rearrange).toHaveText('Susun ulang');
	await rearrange.click();
	await expect(rearrange).toHaveAttribute('aria-pressed', 'true');
	await expect.poll(async () => (await movedNodes(page, shipped)).length).toBeGreaterThan(5);
	await settled(page);
	const shown = await page.evaluate(() => window.cy!.nodes().not('.hidden').map((n) => n.id()));
	const moved = await movedNodes(page, shipped);
	// Only what is shown moves; the hidden part of the map keeps its place.
	expect(moved.every((k) => shown.includes(k))).toBe(true);
	const first = await drawnPositions(page);

	await rearrange.click();
	await expect(rearrange).toHaveAttribute('aria-pressed', 'false');
	await expect.poll(async () => (await movedNodes(page, shipped)).length).toBe(0);

	// Again: the same compact picture (the layout is seeded).
	await rearrange.click();
	await expect.poll(async () => (await movedNodes(page, shipped)).length).toBeGreaterThan(5);
	await settled(page);
	const second = await drawnPositions(page);
	for (const key of shown) {
		expect(second[key].x).toBeCloseTo(first[key].x, 0);
		expect(second[key].y).toBeCloseTo(first[key].y, 0);
	}

	// Changing the view returns the map's own layout: a re-arrangement belongs to the view it was made for.
	await page.getByRole('button', { name: 'Semua', exact: true }).click();
	await expect.poll(async () => (await movedNodes(page, shipped)).length).toBe(0);
});
