/** One open map for every view: the reader and the tours follow the map a link came from. */
import { expect, test, type Page } from '@playwright/test';
import { openExplorer, panel } from './helpers';
import { expectNodes, importFiles, nodeCount } from './io-helpers';

const buildDir = process.env.BUILD_DIR || 'build';

/** The default map as our own JSON file, its articles renamed (`impor-…`, titles "Impor: …") when asked. */
async function defaultMapFile(page: Page, renameArticles: boolean) {
	const data = await (await page.request.get('/graph.json')).json();
	if (renameArticles) {
		for (const doc of data.attributes.documents) {
			doc.id = `impor-${doc.id}`;
			doc.title = `Impor: ${doc.title}`;
		}
		for (const passage of data.attributes.passages) passage.doc = `impor-${passage.doc}`;
	}
	return { name: 'peta-impor.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data), 'utf8') };
}

/** Imports the file as a new map and returns its id, once the explorer shows it. */
async function importMap(page: Page, renameArticles: boolean): Promise<string> {
	await openExplorer(page);
	const count = await nodeCount(page);
	await importFiles(page, [await defaultMapFile(page, renameArticles)]);
	await expect.poll(() => new URL(page.url()).searchParams.get('map')).toBeTruthy();
	await expectNodes(page, count);
	return new URL(page.url()).searchParams.get('map')!;
}

test("a passage of an imported map opens that map's own article, and the reader leads back to that map", async ({ page }) => {
	const mapId = await importMap(page, true);
	await page.goto(`/?map=${mapId}&node=kelompok-okupasional`);
	const first = panel(page).locator('article[data-passage]').first();
	const passageId = await first.getAttribute('data-passage');
	await first.getByRole('link', { name: /Baca di artikel/ }).click();
	await expect(page).toHaveURL(new RegExp(`/read/impor-[a-z0-9-]+\\?concept=kelompok-okupasional&map=${mapId}#passage-${passageId}$`));
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Impor: ');
	await expect(page.locator(`#passage-${passageId}`)).toBeInViewport();
	await expect(page.getByRole('alert')).toHaveCount(0);
	// The other articles listed are the imported map's, and stay on it.
	const others = page.getByRole('navigation', { name: 'Artikel' }).getByRole('link');
	await expect(others.first()).toContainText('Impor: ');
	await expect(others.first()).toHaveAttribute('href', new RegExp(`map=${mapId}`));

	// Opened afresh (a bookmark; the host answers with the app's fallback page), it reads the same article.
	await page.route('**/read/impor-*', (route) => route.fulfill({ path: `${buildDir}/404.html`, contentType: 'text/html' }));
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Impor: ');
	await expect(page.locator(`#passage-${passageId}`)).toBeVisible();

	await page.getByRole('link', { name: 'Kembali ke peta' }).click();
	await expect(page).toHaveURL(new RegExp(`[?&]map=${mapId}`));
	await expect(page.getByTestId('map-switcher')).toHaveValue(mapId);
	await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Kelompok okupasional');
});

/** Renames a tour on the tours page of the map the URL names. */
async function renameTour(page: Page, query: string, id: string, title: string) {
	await page.goto(`/tours${query}`);
	const item = page.locator(`[data-tour="${id}"]`);
	await item.getByRole('button', { name: 'Ganti nama' }).click();
	await item.getByRole('textbox').fill(title);
	await item.getByRole('button', { name: 'Simpan nama' }).click();
	await expect(item.getByRole('heading', { level: 2 })).toHaveText(title);
}

test('a tour saved on one map belongs to that map: the same tour on another map keeps its own', async ({ page }) => {
	// The imported map is the default one again, so both have the same generated tours (same ids).
	const mapId = await importMap(page, false);
	const tourId = 'auto-kelompok-volunter';
	await renameTour(page, `?map=${mapId}`, tourId, 'Tur dari peta impor');
	await expect(page.locator(`[data-tour="${tourId}"]`)).toContainText('Disunting');

	await page.goto('/tours');
	const onDefault = page.locator(`[data-tour="${tourId}"]`);
	await expect(onDefault).toContainText('Otomatis');
	await expect(onDefault).not.toContainText('Tur dari peta impor');
	await renameTour(page, '', tourId, 'Tur dari peta bawaan');

	// Each map keeps its own copy, after a reload too; the presenter plays that map's copy.
	await page.goto(`/tours?map=${mapId}`);
	await expect(page.locator(`[data-tour="${tourId}"] h2`)).toHaveText('Tur dari peta impor');
	await page.reload();
	await expect(page.locator(`[data-tour="${tourId}"] h2`)).toHaveText('Tur dari peta impor');
	await page.goto(`/present?tour=${tourId}&map=${mapId}`);
	await expect(page.getByTestId('tour-picker').locator('option:checked')).toHaveText('Tur dari peta impor');
	await page.goto(`/present?tour=${tourId}`);
	await expect(page.getByTestId('tour-picker').locator('option:checked')).toHaveText('Tur dari peta bawaan');

	// Resetting the copy on the imported map leaves the default map's copy alone.
	await page.goto(`/tours?map=${mapId}`);
	await page.locator(`[data-tour="${tourId}"]`).getByRole('button', { name: 'Kembalikan ke versi otomatis' }).click();
	await expect(page.locator(`[data-tour="${tourId}"]`)).toContainText('Otomatis');
	await page.goto('/tours');
	await expect(page.locator(`[data-tour="${tourId}"] h2`)).toHaveText('Tur dari peta bawaan');
});
