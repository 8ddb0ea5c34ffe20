import { expect, test, type Page } from '@playwright/test';
import type { EdgeSingular, NodeSingular } from 'cytoscape';
import { expectSelected, labelsSettled, openExplorer, panel } from './helpers';

const FLOOR = 11;

interface DrawnLabel {
	id: string;
	/** On-screen font size: the styled font size times the zoom. */
	px: number;
	inView: boolean;
	isEdge: boolean;
}

/** Every label Cytoscape is asked to draw on an element that is shown and not faded. */
async function drawnLabels(page: Page): Promise<DrawnLabel[]> {
	return page.evaluate(() => {
		const cy = window.cy!;
		const zoom = cy.zoom();
		return cy
			.elements()
			.filter((e) => e.visible() && !e.hasClass('dimmed') && String(e.style('label')) !== '')
			.map((e) => {
				const p = e.isNode() ? e.renderedPosition() : e.renderedMidpoint();
				return {
					id: e.id(),
					px: parseFloat(String(e.style('font-size'))) * zoom,
					inView: p.x >= 0 && p.y >= 0 && p.x <= cy.width() && p.y <= cy.height(),
					isEdge: e.isEdge()
				};
			});
	});
}

/** Waits until the camera has arrived and the labels are placed for where it is. */
async function settledLabels(page: Page): Promise<DrawnLabel[]> {
	await labelsSettled(page);
	return drawnLabels(page);
}

function tooSmall(labels: DrawnLabel[]): string[] {
	return labels.filter((l) => l.px < FLOOR - 0.01).map((l) => `${l.id} ${l.px.toFixed(1)}px`);
}

test('selecting the biggest hub draws its neighbours’ names readable, the selection largest', async ({ page }) => {
	await openExplorer(page);
	expect(tooSmall(await settledLabels(page))).toEqual([]);
	await openExplorer(page, '?node=kelompok-okupasional');
	await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Kelompok okupasional');
	const labels = await settledLabels(page);
	expect(tooSmall(labels)).toEqual([]);
	const selected = labels.find((l) => l.id === 'kelompok-okupasional');
	expect(selected, 'the selection’s own label is drawn').toBeTruthy();
	expect(selected!.px).toBeGreaterThanOrEqual(18);
	const neighbours = labels.filter((l) => l.id !== 'kelompok-okupasional' && !l.isEdge && l.inView);
	// What does not fit is left out (and listed in the panel), but a good share is named on the map.
	expect(neighbours.length).toBeGreaterThanOrEqual(12);
	expect(Math.max(...neighbours.map((l) => l.px))).toBeLessThan(selected!.px);
	// Relation names of the selection's edges are drawn where they fit, at the same floor.
	expect(labels.filter((l) => l.isEdge).length).toBeGreaterThan(0);
});

test('focus at depth 1–3, a path and a search keep every drawn label readable', async ({ page }) => {
	await openExplorer(page, '?node=kelompok-okupasional');
	for (const depth of [1, 2, 3]) {
		await page.getByRole('button', { name: `Kedalaman ${depth}` }).click();
		await expect.poll(() => new URL(page.url()).searchParams.get('depth')).toBe(String(depth));
		const labels = await settledLabels(page);
		expect(tooSmall(labels), `depth ${depth}`).toEqual([]);
		expect(labels.filter((l) => l.inView).length, `depth ${depth}`).toBeGreaterThan(10);
	}

	await openExplorer(page, '?from=ikatan-dokter-indonesia&to=relawan-bencana');
	await expect.poll(() => page.evaluate(() => window.cy!.edges('.path').length)).toBeGreaterThan(1);
	const onPath = await page.evaluate(() => window.cy!.nodes('.path').map((n) => n.id()));
	const labels = await settledLabels(page);
	expect(tooSmall(labels)).toEqual([]);
	// Every concept on the path, its two ends included, is named.
	const named = new Set(labels.filter((l) => l.inView).map((l) => l.id));
	expect(onPath.filter((k) => !named.has(k))).toEqual([]);

	await openExplorer(page);
	await page.keyboard.press('/');
	await page.keyboard.type('okupsional');
	await expect(page.getByRole('option').first()).toContainText('Kelompok okupasional');
	await page.keyboard.press('Enter');
	await expectSelected(page, 'kelompok-okupasional');
	expect(tooSmall(await settledLabels(page))).toEqual([]);
});

test('a click on a lit edge’s midpoint selects the edge, even with a faded node lying there', async ({ page }) => {
	await openExplorer(page, '?node=ikatan-dokter-indonesia');
	const edge = await page.evaluate(() =>
		window
			.cy!.edges()
			.filter((e) => e.source().id() === 'ikatan-dokter-indonesia' && e.target().id() === 'kelompok-okupasional')[0]
			.data('key')
	);
	await expect.poll(() => page.evaluate(() => window.cy!.$('.dimmed').length)).toBeGreaterThan(50);
	await settledLabels(page);
	const at = await page.evaluate((key) => {
		const cy = window.cy!;
		const e = cy.edges().filter((x) => x.data('key') === key)[0];
		const m = e.midpoint();
		// The trap the map sets here: a faded concept drawn over the middle of the line.
		const under = cy.nodes('.dimmed').filter((n) => Math.hypot(n.position().x - m.x, n.position().y - m.y) < Number(n.data('size')) / 2 + 6);
		return { ...e.renderedMidpoint(), fadedUnder: under.length };
	}, edge);
	expect(at.fadedUnder).toBeGreaterThan(0);
	const box = (await page.getByTestId('graph').boundingBox())!;
	await page.mouse.click(box.x + at.x, box.y + at.y);
	await expect.poll(() => new URL(page.url()).searchParams.get('edge')).toBe(edge);
	await expect(panel(page).getByText('Bukti', { exact: true })).toBeVisible();
});

test('a click 12 px beside a thin lit edge still selects it; a faded node is still selectable', async ({ page }) => {
	await openExplorer(page, '?node=ikatan-dokter-indonesia');
	await expect.poll(() => page.evaluate(() => window.cy!.$('.dimmed').length)).toBeGreaterThan(50);
	await settledLabels(page);
	const target = await page.evaluate(() => {
		const cy = window.cy!;
		const edges = cy.edges('.neighbour').toArray() as EdgeSingular[];
		const distance = (p: { x: number; y: number }, e: EdgeSingular) => {
			const a = e.source().renderedPosition();
			const b = e.target().renderedPosition();
			const t = Math.max(0, Math.min(1, ((p.x - a.x) * (b.x - a.x) + (p.y - a.y) * (b.y - a.y)) / ((b.x - a.x) ** 2 + (b.y - a.y) ** 2 || 1)));
			return Math.hypot(p.x - (a.x + t * (b.x - a.x)), p.y - (a.y + t * (b.y - a.y)));
		};
		// A lit edge with open space beside its midpoint (no node within 30 px, no other edge within 20).
		for (const e of edges) {
			const m = e.renderedMidpoint();
			const s = e.source().renderedPosition();
			const t = e.target().renderedPosition();
			const length = Math.hypot(t.x - s.x, t.y - s.y);
			const normal = { x: -(t.y - s.y) / length, y: (t.x - s.x) / length };
			// 12 px: beyond the 9 px Cytoscape itself gives a 2 px line, within the view's own 14 px.
			const beside = { x: m.x + normal.x * 12, y: m.y + normal.y * 12 };
			const nodes = cy.nodes().toArray() as NodeSingular[];
			const crowded = nodes.some((n) => Math.hypot(n.renderedPosition().x - beside.x, n.renderedPosition().y - beside.y) < 30);
			const nearOther = edges.some((other) => other !== e && distance(beside, other) < 20);
			if (!crowded && !nearOther && beside.x > 20 && beside.y > 20 && beside.x < cy.width() - 20 && beside.y < cy.height() - 20)
				return { key: e.data('key'), ...beside };
		}
		return null;
	});
	expect(target).not.toBeNull();
	const box = (await page.getByTestId('graph').boundingBox())!;
	await page.mouse.click(box.x + target!.x, box.y + target!.y);
	await expect.poll(() => new URL(page.url()).searchParams.get('edge')).toBe(target!.key);

	// A faded node clicked where nothing lit is selects that node.
	await openExplorer(page, '?node=ikatan-dokter-indonesia');
	// The selection (and with it the fading) may arrive a moment after the nodes: wait for it, as above.
	await expect.poll(() => page.evaluate(() => window.cy!.$('.dimmed').length)).toBeGreaterThan(50);
	await settledLabels(page);
	const faded = await page.evaluate(() => {
		const cy = window.cy!;
		const lit = cy.nodes().not('.dimmed').toArray() as NodeSingular[];
		const litEdges = cy.edges().not('.dimmed').toArray() as EdgeSingular[];
		const clearOfEdges = (p: { x: number; y: number }) =>
			litEdges.every((e) => {
				const a = e.source().renderedPosition();
				const b = e.target().renderedPosition();
				const t = Math.max(0, Math.min(1, ((p.x - a.x) * (b.x - a.x) + (p.y - a.y) * (b.y - a.y)) / ((b.x - a.x) ** 2 + (b.y - a.y) ** 2 || 1)));
				return Math.hypot(p.x - (a.x + t * (b.x - a.x)), p.y - (a.y + t * (b.y - a.y))) > 24;
			});
		const n = (cy.nodes('.dimmed').toArray() as NodeSingular[]).find((x) => {
			const p = x.renderedPosition();
			const inside = p.x > 20 && p.y > 20 && p.x < cy.width() - 20 && p.y < cy.height() - 20;
			return inside && clearOfEdges(p) && lit.every((l) => Math.hypot(l.position().x - x.position().x, l.position().y - x.position().y) > 80);
		});
		return n ? { key: n.id(), ...n.renderedPosition() } : null;
	});
	expect(faded).not.toBeNull();
	await page.mouse.click(box.x + faded!.x, box.y + faded!.y);
	await expectSelected(page, faded!.key);
});

test.describe('mind map on a 1920×1080 projector', () => {
	test.use({ viewport: { width: 1920, height: 1080 } });

	/** Labels of nodes on screen, with their size on screen. */
	const shownLabels = (page: Page) =>
		page.evaluate(() => {
			const cy = window.cy!;
			const zoom = cy.zoom();
			return (cy.nodes().toArray() as NodeSingular[])
				.filter((n) => String(n.style('label')) !== '')
				.filter((n) => {
					const b = n.renderedBoundingBox();
					return b.x2 > 0 && b.y2 > 0 && b.x1 < cy.width() && b.y1 < cy.height();
				})
				.map((n) => ({ id: n.id(), px: parseFloat(String(n.style('font-size'))) * zoom }));
		});

	async function settledMindmap(page: Page) {
		await expect.poll(() => page.evaluate(() => window.cy!.animated())).toBe(false);
		await page.waitForTimeout(200);
		return shownLabels(page);
	}

	test('labels stay at 18 px or more after opening one level and all, in every shape', async ({ page }) => {
		for (const mode of ['Dua sisi', 'Radial', 'Pohon']) {
			await page.goto('/mindmap?root=kelompok-okupasional');
			await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
			await page.getByRole('button', { name: mode, exact: true }).click();
			for (const action of ['Buka satu tingkat', 'Buka semua']) {
				await page.getByRole('button', { name: action }).click();
				const labels = await settledMindmap(page);
				const small = labels.filter((l) => l.px < 18 - 0.01).map((l) => `${l.id} ${l.px.toFixed(1)}px`);
				expect(small, `${mode}, ${action}`).toEqual([]);
				// A radial map of a hub is many screens wide at this size (its first ring lies thousands of
				// units out): the centre is framed and the rings are a pan away. The other shapes show more.
				expect(labels.length, `${mode}, ${action}`).toBeGreaterThanOrEqual(mode === 'Radial' ? 1 : 5);
				// The centre of the map is in view.
				expect(labels.map((l) => l.id), `${mode}, ${action}`).toContain('kelompok-okupasional');
			}
		}
	});

	test('the camera follows the branch just opened', async ({ page }) => {
		await page.goto('/mindmap?root=kelompok-okupasional');
		await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
		await page.getByRole('button', { name: 'Buka semua' }).click();
		await settledMindmap(page);
		const branch = page.locator('[data-branch]').last();
		const id = (await branch.getAttribute('data-branch'))!;
		await branch.click(); // closes it
		await expect(branch).toHaveAttribute('aria-expanded', 'false');
		await branch.click(); // opens it: the camera goes there
		await expect(branch).toHaveAttribute('aria-expanded', 'true');
		const labels = await settledMindmap(page);
		const onScreen = new Set(labels.map((l) => l.id));
		expect(onScreen.has(id)).toBe(true);
		const children = await page.evaluate((b) => window.cy!.getElementById(b).outgoers('node').map((n) => n.id()), id);
		expect(children.length).toBeGreaterThan(0);
		expect(children.filter((c) => onScreen.has(c)).length).toBeGreaterThan(0);
		expect(labels.every((l) => l.px >= 18 - 0.01)).toBe(true);
	});
});
