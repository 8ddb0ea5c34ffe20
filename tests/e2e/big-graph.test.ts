/**
 * Big imported graphs: drawn whole, drawn the big way (Cytoscape's options for large graphs,
 * which the default map does not get), and readable: an imported dense layout (Power Grid's
 * density) is spread at import, so its fitted view draws labels that never overlap and never
 * read below 11 px, and zooming in names more of it. Screenshots of the fitted and zoomed
 * 5,000-node view are attached to the test's output.
 */
import { expect, test, type Page } from '@playwright/test';
import type { NodeSingular } from 'cytoscape';
import { networkGexf } from '../bench/big-graph-files';
import { labelsSettled, openExplorer, watchConsole } from './helpers';
import { importFiles } from './io-helpers';

const FLOOR = 11;

const gexfFile = (name: string, text: string) => ({ name, mimeType: 'application/xml', buffer: Buffer.from(text, 'utf8') });

async function importAndWait(page: Page, name: string, text: string, counts: { nodes: number; edges: number }) {
	await importFiles(page, [gexfFile(name, text)]);
	await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 90_000 });
	await expect
		.poll(() => page.evaluate(() => [window.cy?.nodes().length, window.cy?.edges().length]), { timeout: 90_000 })
		.toEqual([counts.nodes, counts.edges]);
	await page.getByTestId('import-summary').getByRole('button').last().click();
}

/** How the renderer was set up: Cytoscape's own renderer fields, and the style an edge is drawn with. */
function drawing(page: Page) {
	return page.evaluate(() => {
		const cy = window.cy!;
		const renderer = (cy as unknown as { renderer(): unknown }).renderer() as {
			textureOnViewport: boolean;
			hideEdgesOnViewport: boolean;
			forcedPixelRatio: number | null;
			motionBlur: boolean;
			webgl?: boolean;
			data: { lyrTxrCache: { layersByLevel: Record<string, unknown[]> } };
		};
		return {
			textureOnViewport: renderer.textureOnViewport,
			hideEdgesOnViewport: renderer.hideEdgesOnViewport,
			pixelRatio: renderer.forcedPixelRatio,
			motionBlur: renderer.motionBlur,
			webgl: !!renderer.webgl,
			// Layered textures stay off (layered-textures.ts): no zoom level ever gets its bitmaps.
			layers: Object.values(renderer.data.lyrTxrCache.layersByLevel).flat().length,
			curve: String(cy.edges()[0].style('curve-style'))
		};
	});
}

interface DrawnLabel {
	id: string;
	px: number;
	box: { x1: number; y1: number; x2: number; y2: number };
}

/** Every label drawn in view, its on-screen font size and its on-screen box as Cytoscape measures it. */
async function settledLabels(page: Page): Promise<DrawnLabel[]> {
	await labelsSettled(page);
	return page.evaluate(() => {
		const cy = window.cy!;
		const zoom = cy.zoom();
		return cy
			.elements()
			.filter((e) => e.visible() && String(e.style('label')) !== '')
			.map((e) => ({
				id: e.id(),
				px: parseFloat(String(e.style('font-size'))) * zoom,
				box: e.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false })
			}))
			.filter((l) => l.box.x2 > 0 && l.box.y2 > 0 && l.box.x1 < cy.width() && l.box.y1 < cy.height());
	});
}

/** Pairs of drawn labels whose boxes overlap (by more than half a pixel each way). */
function overlapping(labels: DrawnLabel[]): string[] {
	const found: string[] = [];
	for (let i = 0; i < labels.length; i++)
		for (let j = i + 1; j < labels.length; j++) {
			const a = labels[i].box;
			const b = labels[j].box;
			if (Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > 0.5 && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > 0.5) found.push(`${labels[i].id} × ${labels[j].id}`);
		}
	return found;
}

function nodesInView(page: Page): Promise<number> {
	return page.evaluate(() => {
		const cy = window.cy!;
		return cy.nodes().filter((n) => {
			const p = n.renderedPosition();
			return p.x >= 0 && p.y >= 0 && p.x <= cy.width() && p.y <= cy.height();
		}).length;
	});
}

const tooSmall = (labels: DrawnLabel[]) => labels.filter((l) => l.px < FLOOR - 0.01).map((l) => `${l.id} ${l.px.toFixed(1)}px`);

test('the default map is drawn as it always was: none of the big-graph options', async ({ page }) => {
	await openExplorer(page);
	// A zoom and a pause: where layered textures were on, Cytoscape would have built them by now.
	const box = (await page.getByTestId('graph').boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.wheel(0, -200);
	await page.waitForTimeout(1500);
	expect(await drawing(page)).toEqual({ textureOnViewport: false, hideEdgesOnViewport: false, pixelRatio: null, motionBlur: false, webgl: false, layers: 0, curve: 'bezier' });
});

test('a 5,000-node, 20,000-edge file is drawn whole, the big way, its labels readable fitted and zoomed', async ({ page }, testInfo) => {
	test.setTimeout(240_000);
	const errors = watchConsole(page);
	await openExplorer(page);
	await importAndWait(page, 'network-5k.gexf', networkGexf(5000, 20_000), { nodes: 5000, edges: 20_000 });
	// Headless Chromium's WebGL is software: the canvas renderer stays.
	expect(await drawing(page)).toEqual({ textureOnViewport: true, hideEdgesOnViewport: true, pixelRatio: 1, motionBlur: false, webgl: false, layers: 0, curve: 'haystack' });

	const fitted = await settledLabels(page);
	await page.screenshot({ path: testInfo.outputPath('5k-fitted.png') });
	expect(fitted.length, 'the fitted view names the main nodes').toBeGreaterThan(5);
	expect(tooSmall(fitted)).toEqual([]);
	expect(overlapping(fitted)).toEqual([]);

	// A wheel turn starts from a copy of what is on screen, not from the whole map drawn again (gesture-texture.ts):
	// the snapshot is there as the wheel event is handled, before any frame, and it is the view's (no bounding box).
	const snapshot = await page.evaluate(() => {
		const cy = window.cy!;
		const container = cy.container()!;
		const box = container.getBoundingClientRect();
		container.dispatchEvent(new WheelEvent('wheel', { deltaY: -120, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2, bubbles: true, cancelable: true }));
		const cache = (cy as unknown as { renderer(): { textureCache?: { bb: unknown; viewport: { zoom: number } } | null } }).renderer().textureCache;
		return cache ? { bb: cache.bb, zoom: cache.viewport.zoom } : null;
	});
	expect(snapshot).toEqual({ bb: null, zoom: expect.any(Number) });

	// Zoomed in from the keyboard (+ zooms about the middle), as far as a street map's close-up.
	await page.getByTestId('graph').focus();
	for (let i = 0; i < 12; i++) {
		await page.keyboard.press('+');
		await page.waitForTimeout(100);
	}
	const zoomed = await settledLabels(page);
	await page.screenshot({ path: testInfo.outputPath('5k-zoomed.png') });
	expect(await page.evaluate(() => window.cy!.zoom())).toBeGreaterThan(0.5);
	// Level of detail: the fitted view names a few of its thousands, the close-up most of what it shows.
	const fittedShare = fitted.length / 5000;
	const zoomedShare = zoomed.length / (await nodesInView(page));
	expect(fittedShare).toBeLessThan(0.1);
	expect(zoomedShare).toBeGreaterThan(0.5);
	expect(tooSmall(zoomed)).toEqual([]);
	expect(overlapping(zoomed)).toEqual([]);
	expect(errors).toEqual([]);
});

test('a selection on a big map lights its neighbourhood and restyles nothing else', async ({ page }) => {
	test.setTimeout(240_000);
	await openExplorer(page);
	await importAndWait(page, 'network-3k.gexf', networkGexf(3000, 6000, 7), { nodes: 3000, edges: 6000 });
	const hub = await page.evaluate(() => window.cy!.nodes().max((n) => n.degree(false)).ele.id());
	await page.goto(`${new URL(page.url()).pathname}${new URL(page.url()).search}&node=${hub}`);
	await expect.poll(() => page.evaluate((k) => window.cy?.getElementById(k).hasClass('selected') ?? false, hub), { timeout: 60_000 }).toBe(true);
	const classed = await page.evaluate((k) => {
		const cy = window.cy!;
		const around = cy.getElementById(k).closedNeighborhood();
		const touched = cy.elements().filter((e) => ['selected', 'neighbour', 'dimmed', 'show-label'].some((c) => e.hasClass(c)));
		const far = cy.edges().not(around).first();
		return {
			touched: touched.length,
			around: around.length,
			outside: touched.not(around).length,
			edgeCurve: String(around.edges()[0].style('curve-style')),
			litWidth: around.edges()[0].numericStyle('width'),
			zoom: cy.zoom(),
			plainWidth: far.numericStyle('width'),
			selectedBorder: cy.getElementById(k).numericStyle('border-width')
		};
	}, hub);
	expect(classed.outside).toBe(0);
	expect(classed.touched).toBe(classed.around);
	// The lit edges keep their arrows: drawn straight, not as haystack lines.
	expect(classed.edgeCurve).toBe('straight');
	// And stand out as on the default map: wider than the map's thin plain edges, and however far out
	// the camera is, at least 1.5 px on screen; the selection outlined.
	expect(classed.plainWidth).toBe(0.8);
	expect(classed.litWidth).toBeGreaterThanOrEqual(2);
	expect(classed.litWidth * classed.zoom).toBeGreaterThanOrEqual(1.5);
	expect(classed.selectedBorder).toBe(4);

	// A path across the map: its line shows, and both its ends are named, though the nodes between crowd
	// them (on this file, the far end lies 2 px from the node before it).
	const far = await page.evaluate((k) => {
		const cy = window.cy!;
		const distances = cy.elements().dijkstra({ root: cy.getElementById(k), directed: false });
		const reached = (n: NodeSingular) => (Number.isFinite(distances.distanceTo(n)) ? distances.distanceTo(n) : -1);
		return cy.nodes().max(reached).ele.id();
	}, hub);
	const search = new URL(page.url()).searchParams;
	search.delete('node');
	search.set('from', hub);
	search.set('to', far);
	await page.goto(`/?${search}`);
	await expect.poll(() => page.evaluate(() => window.cy?.edges('.path').length ?? 0), { timeout: 60_000 }).toBeGreaterThan(2);
	await labelsSettled(page);
	const ends = await page.evaluate(
		([from, to]) => {
			const cy = window.cy!;
			return [from, to].map((id) => {
				const n = cy.getElementById(id);
				return { id, label: String(n.style('label')), px: parseFloat(String(n.style('font-size'))) * cy.zoom() };
			});
		},
		[hub, far]
	);
	for (const end of ends) {
		expect(end.label, `path end ${end.id}`).not.toBe('');
		expect(end.px).toBeGreaterThanOrEqual(FLOOR);
	}
	const pathLine = await page.evaluate(() => window.cy!.edges('.path').map((e) => e.numericStyle('width') * window.cy!.zoom()));
	expect(Math.min(...pathLine)).toBeGreaterThanOrEqual(3);
});

/**
 * Nodes of a big map drawn over one another, found in the page: pairs whose drawn discs overlap
 * on screen, each with a point inside both, and which of the two Cytoscape draws on top there
 * (its own drawing order, not the view's). Nodes drawn away from others come too.
 */
function overlapsOnScreen(page: Page, count: number) {
	return page.evaluate((count) => {
		const cy = window.cy!;
		const order = (cy as unknown as { renderer(): { getCachedZSortedEles(): { id(): string }[] } }).renderer().getCachedZSortedEles();
		const rank = new Map(order.map((e, i) => [e.id(), i]));
		const nodes = cy.nodes().map((n) => ({ id: n.id(), label: String(n.data('display')), p: n.renderedPosition(), r: n.renderedOuterWidth() / 2 }));
		const inView = nodes.filter((n) => n.p.x > 20 && n.p.y > 20 && n.p.x < cy.width() - 20 && n.p.y < cy.height() - 20 && n.r >= 2);
		const found: { at: { x: number; y: number }; top: string; label: string }[] = [];
		const cell = new Map<string, typeof inView>();
		const key = (x: number, y: number) => `${Math.floor(x / 40)},${Math.floor(y / 40)}`;
		for (const n of inView) cell.set(key(n.p.x, n.p.y), [...(cell.get(key(n.p.x, n.p.y)) ?? []), n]);
		for (const a of inView) {
			if (found.length >= count) break;
			for (let dx = -1; dx <= 1; dx++)
				for (let dy = -1; dy <= 1; dy++)
					for (const b of cell.get(key(a.p.x + dx * 40, a.p.y + dy * 40)) ?? []) {
						const d = Math.hypot(a.p.x - b.p.x, a.p.y - b.p.y);
						if (a.id >= b.id || d >= a.r + b.r - 2 || d < 1 || found.length >= count) continue;
						// A point inside both discs, on the line between the centres, inside no third disc.
						const t = (a.r - (a.r + b.r - d) / 2) / d;
						const at = { x: a.p.x + (b.p.x - a.p.x) * t, y: a.p.y + (b.p.y - a.p.y) * t };
						const under = nodes.filter((n) => Math.hypot(n.p.x - at.x, n.p.y - at.y) <= n.r - 0.5);
						if (under.length !== 2) continue;
						const top = under.reduce((x, y) => (rank.get(y.id)! > rank.get(x.id)! ? y : x));
						found.push({ at, top: top.id, label: top.label });
					}
		}
		return found;
	}, count);
}

test('a click on a big map selects the node drawn under the pointer, also where small nodes overlap', async ({ page }) => {
	test.setTimeout(240_000);
	const errors = watchConsole(page);
	await openExplorer(page);
	await importAndWait(page, 'network-3k.gexf', networkGexf(3000, 6000, 11), { nodes: 3000, edges: 6000 });
	const graph = page.getByTestId('graph');
	const box = (await graph.boundingBox())!;
	const heading = page.getByTestId('passages').locator('h2');
	const opened = await page.evaluate(() => ({ zoom: window.cy!.zoom(), pan: { ...window.cy!.pan() } }));
	// Zoomed in, so that overlapping nodes are a few pixels wide rather than one.
	await page.evaluate((camera) => {
		window.cy!.viewport({ zoom: camera.zoom * 3, pan: { x: camera.pan.x * 3 - window.cy!.width(), y: camera.pan.y * 3 - window.cy!.height() } });
	}, opened);
	const overlaps = await overlapsOnScreen(page, 4);
	expect(overlaps.length, 'the layout has overlapping nodes in view').toBeGreaterThan(0);
	const nowhere = await emptySpot(page);
	for (const { at, top, label } of overlaps) {
		// A click on empty canvas clears the selection, so that every pair is drawn as it was found.
		await page.mouse.click(box.x + nowhere.x, box.y + nowhere.y);
		await expect.poll(() => page.evaluate(() => window.cy!.nodes('.selected').length)).toBe(0);
		await page.mouse.click(box.x + at.x, box.y + at.y);
		await expect(heading).toHaveText(label);
		// The canvas restyles after the panel has painted.
		await expect.poll(() => page.evaluate((k) => window.cy!.getElementById(k).hasClass('selected'), top)).toBe(true);
		// The camera jumps to frame the selection on a big map, and lands at once.
		expect(await page.evaluate(() => window.cy!.animated())).toBe(false);
		await page.evaluate((camera) => {
			window.cy!.viewport({ zoom: camera.zoom * 3, pan: { x: camera.pan.x * 3 - window.cy!.width(), y: camera.pan.y * 3 - window.cy!.height() } });
		}, opened);
	}

	// A hovered node is named over the canvas; the pointer on empty canvas names nothing, and a click there clears.
	const lone = await page.evaluate(() => {
		const cy = window.cy!;
		const n = (cy.nodes().toArray() as NodeSingular[]).find((x) => {
			const p = x.renderedPosition();
			return p.x > 40 && p.y > 40 && p.x < cy.width() - 40 && p.y < cy.height() - 40;
		})!;
		return { id: n.id(), at: n.renderedPosition(), label: String(n.data('display')) };
	});
	await page.mouse.move(box.x + lone.at.x, box.y + lone.at.y);
	await expect(page.getByTestId('hover-name')).toHaveText(lone.label);
	const empty = await emptySpot(page);
	await page.mouse.move(box.x + empty.x, box.y + empty.y);
	await expect(page.getByTestId('hover-name')).toBeHidden();
	await page.mouse.click(box.x + lone.at.x, box.y + lone.at.y);
	await expect(heading).toHaveText(lone.label);
	// The camera frames the selection once the canvas restyles, after the panel: an empty spot is looked for there.
	await expect.poll(() => page.evaluate((k) => window.cy!.getElementById(k).hasClass('selected'), lone.id)).toBe(true);
	const cleared = await emptySpot(page);
	await page.mouse.click(box.x + cleared.x, box.y + cleared.y);
	await expect.poll(() => page.evaluate(() => window.cy!.nodes('.selected').length)).toBe(0);
	expect(errors).toEqual([]);
});

/** A point on the canvas at least 25 px from every node's disc. */
async function emptySpot(page: Page): Promise<{ x: number; y: number }> {
	const spot = await page.evaluate(() => {
		const cy = window.cy!;
		const discs = (cy.nodes().toArray() as NodeSingular[]).map((n) => ({ p: n.renderedPosition(), r: n.renderedOuterWidth() / 2 }));
		for (let y = 30; y < cy.height() - 30; y += 7)
			for (let x = 30; x < cy.width() - 30; x += 7) if (discs.every((d) => Math.hypot(d.p.x - x, d.p.y - y) > d.r + 25)) return { x, y };
		return null;
	});
	expect(spot, 'an empty spot on the canvas').not.toBeNull();
	return spot!;
}
