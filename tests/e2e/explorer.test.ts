import { expect, test } from '@playwright/test';
import { bringIntoView, clickElement, expectSelected, labelsSettled, openExplorer, panel, pointOf, watchConsole } from './helpers';

test('loads without console errors and paints the build-time positions', async ({ page }) => {
	const errors = watchConsole(page);
	await openExplorer(page);
	const shipped = await (await page.request.get('/graph.json')).json();
	const nodeCount = shipped.nodes.length;
	expect(nodeCount).toBeGreaterThan(100);
	expect(await page.evaluate(() => window.cy!.nodes().length)).toBe(nodeCount);
	// No layout ran in the browser before the first paint: positions are those of graph.json.
	const sample = shipped.nodes.slice(0, 20).map((n: { key: string; attributes: { x: number; y: number } }) => ({
		key: n.key,
		x: n.attributes.x,
		y: n.attributes.y
	}));
	const drawn = await page.evaluate(
		(keys: string[]) => keys.map((k) => window.cy!.getElementById(k).position()),
		sample.map((s: { key: string }) => s.key)
	);
	drawn.forEach((p, i) => {
		expect(p.x).toBeCloseTo(sample[i].x, 1);
		expect(p.y).toBeCloseTo(sample[i].y, 1);
	});
	await expect(page.getByRole('heading', { name: 'Jenis konsep' })).toBeVisible();
	expect(errors).toEqual([]);
});

// The canvas restyles in the frame after the panel paints, so class checks poll for it.
test('clicking a node opens its passages with the concept highlighted', async ({ page }) => {
	await openExplorer(page);
	await clickElement(page, 'kelompok-volunter');
	await expectSelected(page, 'kelompok-volunter');
	await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Kelompok volunter');
	const articles = panel(page).locator('article[data-passage]');
	expect(await articles.count()).toBeGreaterThan(5);
	// Every shown passage highlights the concept, in one of its inflected or synonymous forms.
	for (const article of await articles.all()) {
		const marks = await article.locator('mark').allTextContents();
		expect(marks.length).toBeGreaterThan(0);
		expect(marks.join(' ').toLowerCase()).toMatch(/volunter|voluntary|sukarelawan|relawan/);
	}
	// The first passage is a defining one.
	await expect(articles.first().getByText('Definisi')).toBeVisible();
	// The selection is emphasised and the rest dimmed.
	await expect.poll(() => page.evaluate(() => window.cy!.getElementById('kelompok-volunter').hasClass('selected'))).toBe(true);
	await expect.poll(() => page.evaluate(() => window.cy!.$('.dimmed').length)).toBeGreaterThan(50);
});

test('clicking an edge shows its relation and the sentence that states it', async ({ page }) => {
	// A leaf's only edge, with the view focused on the leaf, is the one thing under the pointer.
	await openExplorer(page);
	const leaf = await page.evaluate(() => window.cy!.nodes().filter((n) => n.degree(false) === 1)[0].id());
	await openExplorer(page, `?focus=${leaf}&depth=1`);
	await expect.poll(() => page.evaluate(() => window.cy!.nodes().not('.hidden').length)).toBe(2);
	const edge = await page.evaluate((k) => window.cy!.getElementById(k).connectedEdges()[0].id(), leaf);
	const shipped = await (await page.request.get('/graph.json')).json();
	const expected = shipped.edges.find((e: { key: string }) => e.key === edge);
	const firstSpan = expected.attributes.evidence[0];
	const doc = shipped.attributes.passages.find((p: { id: string }) => p.id === firstSpan.passage).doc;
	const docText = shipped.attributes.documents.find((d: { id: string }) => d.id === doc).text;
	const quote: string = docText.slice(firstSpan.start, firstSpan.end);

	await bringIntoView(page, edge);
	const { x, y } = await pointOf(page, edge);
	await page.mouse.click(x, y);
	await expect.poll(() => new URL(page.url()).searchParams.get('edge')).toBe(edge);
	await expect(panel(page).getByText('Bukti', { exact: true })).toBeVisible();
	const article = panel(page).locator(`article[data-passage="${firstSpan.passage}"]`);
	await expect(article).toBeVisible();
	const marked = (await article.locator('mark:not(.soft)').allTextContents()).join('');
	expect(marked.replace(/\s+/g, ' ')).toContain(quote.replace(/\s+/g, ' ').replace(/^\s*\d+\.\s*/, '').slice(0, 30));
});

test('searching "relawan" finds the voluntary-group concepts and Enter selects one', async ({ page }) => {
	await openExplorer(page);
	await page.keyboard.press('/');
	await expect(page.locator('#search-input')).toBeFocused();
	await page.keyboard.type('relawan');
	const options = page.getByRole('option');
	await expect(options.first()).toBeVisible();
	const texts = (await options.allTextContents()).join(' | ');
	expect(texts).toContain('Kelompok volunter');
	expect(texts).toMatch(/[Rr]elawan bencana/);
	const index = (await options.allTextContents()).findIndex((t) => t.includes('Kelompok volunter'));
	for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await expectSelected(page, 'kelompok-volunter');
	// The graph centres on the choice.
	await expect
		.poll(async () => {
			const p = await pointOf(page, 'kelompok-volunter');
			const box = (await page.getByTestId('graph').boundingBox())!;
			return Math.abs(p.x - (box.x + box.width / 2)) < 60 && Math.abs(p.y - (box.y + box.height / 2)) < 60;
		})
		.toBe(true);
});

test('?node= selects a node on load; an unknown key says so in the page', async ({ page }) => {
	await openExplorer(page, '?node=ikatan-dokter-indonesia');
	await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Ikatan Dokter Indonesia');
	await expect(panel(page).locator('article mark').first()).toBeVisible();

	const errors = watchConsole(page);
	await openExplorer(page, '?node=tidak-ada');
	await expect(page.getByRole('alert')).toContainText('tidak-ada');
	expect(errors).toEqual([]);
});

test('passage → reader → mention → back to the graph with that concept selected', async ({ page }) => {
	await openExplorer(page, '?node=kelompok-okupasional');
	const first = panel(page).locator('article[data-passage]').first();
	const passageId = await first.getAttribute('data-passage');
	await first.getByRole('link', { name: /Baca di artikel/ }).click();
	await expect(page).toHaveURL(new RegExp(`/read/[a-z-]+\\?concept=kelompok-okupasional#passage-${passageId}$`));
	const target = page.locator(`#passage-${passageId}`);
	await expect(target).toBeInViewport();
	await expect(target).toHaveClass(/flash/);
	const mention = target.locator('mark a').first();
	const href = await mention.getAttribute('href');
	const key = new URL(href!, page.url()).searchParams.get('node')!;
	await mention.click();
	await expectSelected(page, key);
	await expect(panel(page).getByRole('heading', { level: 2 })).toBeVisible();
});

test('keyboard only: Tab to the graph, arrows walk to neighbours, Enter opens, Esc closes', async ({ page }) => {
	await openExplorer(page);
	const graph = page.getByTestId('graph');
	for (let i = 0; i < 30 && !(await graph.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
	await expect(graph).toBeFocused();
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => new URL(page.url()).searchParams.get('node')).toBeTruthy();
	const first = new URL(page.url()).searchParams.get('node');
	await page.keyboard.press('ArrowDown');
	await expect.poll(() => new URL(page.url()).searchParams.get('node')).not.toBe(first);
	const second = new URL(page.url()).searchParams.get('node')!;
	const neighbours = await page.evaluate((k) => window.cy!.getElementById(k).neighborhood('node').map((n) => n.id()), first!);
	expect(neighbours).toContain(second);
	await page.keyboard.press('Escape');
	await expect(panel(page)).toBeHidden();
	await page.keyboard.press('Enter');
	await expect(panel(page)).toBeVisible();
});

test('the language switch changes UI strings and node labels', async ({ page }) => {
	await openExplorer(page, '?node=kelompok-okupasional');
	await expect(page.locator('#search-input')).toHaveAttribute('placeholder', /Cari konsep/);
	await page.getByRole('button', { name: 'English', exact: true }).click();
	await expect(page.locator('#search-input')).toHaveAttribute('placeholder', /Search concepts/);
	await expect(page.getByRole('heading', { name: 'Concept kinds' })).toBeVisible();
	await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Occupational group');
	await expect.poll(() => page.evaluate(() => window.cy!.getElementById('kelompok-okupasional').data('display'))).toBe('Occupational group');
	await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('en');
});

test('a kind in the legend hides and shows its nodes', async ({ page }) => {
	await openExplorer(page);
	const kind = await page.evaluate(() => window.cy!.getElementById('dokter').data('kind'));
	const count = await page.evaluate((k) => window.cy!.nodes(`[kind = "${k}"]`).length, kind);
	const button = page.locator(`button[data-kind="${kind}"]`);
	await button.click();
	await expect(button).toHaveAttribute('aria-pressed', 'false');
	await expect.poll(() => page.evaluate((k) => window.cy!.nodes(`[kind = "${k}"].hidden`).length, kind)).toBe(count);
	await expect.poll(() => page.evaluate(() => window.cy!.nodes('.hidden').length)).toBe(count);
	await expect.poll(() => new URL(page.url()).searchParams.get('hide')).toBe(kind);
	await button.click();
	await expect.poll(() => page.evaluate(() => window.cy!.nodes('.hidden').length)).toBe(0);
});

test('focus shows only the neighbourhood at depth 1, 2 and 3', async ({ page }) => {
	await openExplorer(page, '?node=ikatan-dokter-indonesia');
	const sizes: number[] = [];
	for (const depth of [1, 2, 3]) {
		await page.getByRole('button', { name: `Kedalaman ${depth}` }).click();
		await expect.poll(() => new URL(page.url()).searchParams.get('depth')).toBe(String(depth));
		const expected = await page.evaluate(
			(d) => {
				let set = window.cy!.getElementById('ikatan-dokter-indonesia').closedNeighborhood().nodes();
				for (let i = 1; i < d; i++) set = set.closedNeighborhood().nodes();
				return set.map((n) => n.id());
			},
			depth
		);
		const shown = () => page.evaluate(() => window.cy!.nodes().not('.hidden').map((n) => n.id()).sort());
		await expect.poll(shown).toEqual(expected.sort());
		sizes.push(expected.length);
	}
	expect(sizes[0]).toBeLessThan(sizes[1]);
	expect(sizes[1]).toBeLessThanOrEqual(sizes[2]);
	await page.getByRole('button', { name: 'Semua' }).click();
	await expect.poll(() => page.evaluate(() => window.cy!.nodes('.hidden').length)).toBe(0);
});

test('shortest path between two concepts is highlighted with the evidence of each hop', async ({ page }) => {
	await openExplorer(page);
	await page.getByRole('tab', { name: 'Jalur terpendek' }).click();
	await page.getByTestId('path-from').selectOption('ikatan-dokter-indonesia');
	await page.getByTestId('path-to').selectOption('relawan-bencana');
	const steps = page.getByTestId('path').locator('ol > li');
	await expect(steps.first()).toBeVisible();
	const hops = await steps.count();
	expect(hops).toBeGreaterThan(1);
	await expect.poll(() => page.evaluate(() => window.cy!.edges('.path').length)).toBe(hops);
	for (const step of await steps.all()) expect((await step.locator('blockquote').textContent())!.length).toBeGreaterThan(10);
	await expect.poll(() => new URL(page.url()).searchParams.get('to')).toBe('relawan-bencana');
});

test('back and forward step through selections', async ({ page }) => {
	await openExplorer(page, '?node=kelompok-okupasional');
	// A hub's relations start folded so its passages stay in reach; the heading unfolds them.
	const relations = panel(page).locator('details.relations-box');
	await expect(relations).not.toHaveAttribute('open');
	await relations.locator('summary').click();
	await panel(page).getByRole('button', { name: /Kelompok okupasional formal/ }).first().click();
	await expectSelected(page, 'kelompok-okupasional-formal');
	await page.goBack();
	await expectSelected(page, 'kelompok-okupasional');
	await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Kelompok okupasional');
	await page.goForward();
	await expectSelected(page, 'kelompok-okupasional-formal');
});

test('layouts re-arrange the graph and the URL keeps the choice', async ({ page }) => {
	await openExplorer(page, '?node=kelompok-volunter');
	const before = await page.evaluate(() => window.cy!.getElementById('kelompok-volunter').position());
	await page.getByTestId('layout').selectOption('tree');
	await expect.poll(() => new URL(page.url()).searchParams.get('layout')).toBe('tree');
	await expect
		.poll(async () => {
			const p = await page.evaluate(() => window.cy!.getElementById('kelompok-volunter').position());
			return Math.hypot(p.x - before.x, p.y - before.y) > 1;
		})
		.toBe(true);
});

test('the outline lists the graph by kind and follows the selection', async ({ page }) => {
	await openExplorer(page, '?node=kelompok-okupasional');
	await page.getByRole('tab', { name: 'Kerangka' }).click();
	const outline = page.getByTestId('outline');
	const kinds = await page.evaluate(() => new Set(window.cy!.nodes().map((n) => n.data('kind'))).size);
	await expect(outline.locator('details')).toHaveCount(kinds);
	await expect(outline.locator('button[aria-current="true"]')).toHaveText('Kelompok okupasional');
	// Selecting in the outline selects in the graph, and the outline follows.
	await outline.locator('li[data-outline-node="kelompok-okupasional"] ul.relations button').first().click();
	await expect.poll(() => new URL(page.url()).searchParams.get('node')).not.toBe('kelompok-okupasional');
	const key = new URL(page.url()).searchParams.get('node')!;
	await expect(outline.locator(`li[data-outline-node="${key}"] > button`)).toHaveAttribute('aria-current', 'true');
	await expect(outline.locator(`li[data-outline-node="${key}"] > button`)).toBeInViewport();
	await expect.poll(() => page.evaluate((k) => window.cy!.getElementById(k).hasClass('selected'), key)).toBe(true);
});

test('community colouring gives the nodes their community colours', async ({ page }) => {
	await openExplorer(page);
	await page.getByLabel('Warnai komunitas').check();
	await expect.poll(() => new URL(page.url()).searchParams.get('communities')).toBe('1');
	await expect.poll(() => page.evaluate(() => window.cy!.nodes('.community').length)).toBeGreaterThan(100);
	await expect
		.poll(() => page.evaluate(() => new Set(window.cy!.nodes().map((n) => n.style('background-color'))).size))
		.toBeGreaterThan(2);
	await page.getByLabel('Warnai komunitas').uncheck();
	await expect.poll(() => page.evaluate(() => window.cy!.nodes('.community').length)).toBe(0);
});

test('with reduced motion the camera and layouts jump instead of animating', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await openExplorer(page, '?node=kelompok-volunter');
	await page.getByTestId('layout').selectOption('concentric');
	// A jump: the next frame already has the final positions, nothing is animating.
	await expect.poll(() => new URL(page.url()).searchParams.get('layout')).toBe('concentric');
	await expect.poll(() => page.evaluate(() => window.cy!.nodes(':animated').length > 0)).toBe(false);
	const centre = await page.evaluate(() => window.cy!.getElementById('kelompok-volunter').position());
	const others = await page.evaluate(() => window.cy!.nodes().map((n) => n.position()));
	const xs = others.map((p) => p.x);
	const ys = others.map((p) => p.y);
	// Concentric around the selection: it sits in the middle of the others.
	expect(Math.abs(centre.x - (Math.min(...xs) + Math.max(...xs)) / 2)).toBeLessThan(40);
	expect(Math.abs(centre.y - (Math.min(...ys) + Math.max(...ys)) / 2)).toBeLessThan(40);
});

test('a map at rest is not drawn again, and neither a hover nor a selection resizes the drawing', async ({ page }) => {
	// Cytoscape answers any attribute change of its container with a resize and a full redraw; the view's
	// marks (cursor, label placement, aria-busy) once went there and redrew the map without end.
	await openExplorer(page, '?node=kelompok-volunter');
	await labelsSettled(page);
	await page.evaluate(() => {
		const counts = { render: 0, resize: 0 };
		(window as unknown as { __counts: typeof counts }).__counts = counts;
		window.cy!.on('render', () => counts.render++);
		window.cy!.on('resize', () => counts.resize++);
	});
	const counts = () => page.evaluate(() => ({ ...(window as unknown as { __counts: { render: number; resize: number } }).__counts }));
	// Frames drawn over a second with nothing changing. Textures may still be filled in for a moment
	// after the first paint; a redraw that feeds itself never stops.
	const drawnInASecond = async () => {
		const before = (await counts()).render;
		await page.waitForTimeout(1000);
		return (await counts()).render - before;
	};
	await expect.poll(drawnInASecond, { timeout: 20_000 }).toBe(0);
	expect((await counts()).resize).toBe(0);
	// A hover over a node and off it again, then a click on another node.
	const { x, y } = await pointOf(page, 'kelompok-volunter');
	await page.mouse.move(x, y);
	await page.mouse.move(x + 200, y + 150);
	await clickElement(page, 'ikatan-dokter-indonesia');
	await expectSelected(page, 'ikatan-dokter-indonesia');
	await labelsSettled(page);
	await page.waitForTimeout(500);
	expect((await counts()).resize).toBe(0);
	await expect.poll(drawnInASecond, { timeout: 20_000 }).toBe(0);
});
