import { expect, test } from '@playwright/test';
import { expectSelected, openExplorer, panel } from './helpers';

const selectedKey = (page: import('@playwright/test').Page) => new URL(page.url()).searchParams.get('node');

test('a skip link is the first stop of the keyboard and lands on the map', async ({ page }) => {
	await openExplorer(page);
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Lompat ke peta' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('graph')).toBeFocused();
});

test('] and [ step through a hub’s neighbours in the panel’s order, and say where they are', async ({ page }) => {
	await openExplorer(page, '?node=kelompok-okupasional');
	await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Kelompok okupasional');
	// The panel's order: relation groups as listed (unfolded), each neighbour once.
	await panel(page).locator('details.relations-box summary').click();
	const links = panel(page).locator('.relations .group li > button.link');
	await expect(links.first()).toBeVisible();
	const order = [...new Set(await links.allTextContents())].map((s) => s.trim());
	expect(order.length).toBeGreaterThan(20);
	await page.getByTestId('graph').focus();
	const status = page.getByTestId('graph-status');
	for (let i = 0; i < 3; i++) {
		await page.keyboard.press(']');
		await expect(status).toHaveText(`Tetangga ${i + 1} dari ${order.length} dari Kelompok okupasional: ${order[i]}`);
		await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(order[i]);
	}
	// Back one: still the hub's neighbours, not the neighbours of the one selected.
	await page.keyboard.press('[');
	await expect(status).toHaveText(`Tetangga 2 dari ${order.length} dari Kelompok okupasional: ${order[1]}`);
	await page.keyboard.press('[');
	await page.keyboard.press('[');
	await expect(status).toHaveText(`Tetangga ${order.length} dari ${order.length} dari Kelompok okupasional: ${order.at(-1)}`);
});

test('an arrow with no neighbour that way says so and keeps the selection', async ({ page }) => {
	await openExplorer(page);
	// A concept with one neighbour: the arrow pointing away from it has nowhere to go.
	const { key, away } = await page.evaluate(() => {
		const cy = window.cy!;
		const leaf = cy.nodes().filter((n) => n.neighborhood('node').length === 1)[0];
		const other = leaf.neighborhood('node')[0];
		const dx = other.position().x - leaf.position().x;
		const dy = other.position().y - leaf.position().y;
		const away = Math.abs(dx) > Math.abs(dy) ? (dx > 0 ? 'ArrowLeft' : 'ArrowRight') : dy > 0 ? 'ArrowUp' : 'ArrowDown';
		return { key: leaf.id(), away };
	});
	await openExplorer(page, `?node=${key}`);
	const label = (await panel(page).getByRole('heading', { level: 2 }).textContent())!.trim();
	await page.getByTestId('graph').focus();
	await page.keyboard.press(away);
	const direction = { ArrowLeft: 'kiri', ArrowRight: 'kanan', ArrowUp: 'atas', ArrowDown: 'bawah' }[away];
	await expect(page.getByTestId('graph-status')).toHaveText(`Tidak ada tetangga ${label} ke arah ${direction}.`);
	expect(selectedKey(page)).toBe(key);
});

test('the reader highlights the concept it was opened for, marks the passage, names the article’s origin', async ({ page }) => {
	await openExplorer(page, '?node=dokter');
	const first = panel(page).locator('article[data-passage]').first();
	const passage = (await first.getAttribute('data-passage'))!;
	await first.getByRole('link', { name: /Baca di artikel/ }).click();
	await expect(page).toHaveURL(/\?concept=dokter#passage-/);
	const shipped = await (await page.request.get('/graph.json')).json();
	const doc = shipped.attributes.documents.find((d: { id: string }) => page.url().includes(`/read/${d.id}?`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(doc.title);
	await expect(page.getByText(doc.origin)).toBeVisible();
	await expect(page.getByText(doc.source)).toHaveCount(0);

	// Only the chosen concept is highlighted; the others stay links, unhighlighted.
	const marked = page.locator('article mark a');
	expect(await marked.count()).toBeGreaterThan(0);
	for (const href of await marked.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) expect(href).toMatch(/node=dokter(&|$)/);
	const others = page.locator('article a.mention');
	expect(await others.count()).toBeGreaterThan(10);

	// After the flash the passage the reader came from keeps its marker.
	const origin = page.locator(`#passage-${passage}`);
	await expect(origin).toHaveClass(/origin/);
	await expect(origin.getByText('Anda datang dari kutipan ini')).toBeVisible();
	await page.waitForTimeout(2600); // the flash lasts 2.4 s
	await expect(origin).toHaveClass(/origin/);
	expect(await origin.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');

	// Every concept on request.
	await page.getByRole('button', { name: 'Sorot semua konsep' }).click();
	await expect(others).toHaveCount(0);
	const all = await marked.evaluateAll((links) => new Set(links.map((a) => new URL(a.getAttribute('href')!, location.href).searchParams.get('node'))).size);
	expect(all).toBeGreaterThan(5);

	// Back to the map on the concept the reader was opened for.
	await page.getByRole('link', { name: /Kembali ke peta/ }).click();
	await expectSelected(page, 'dokter');
});
