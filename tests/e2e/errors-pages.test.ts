/** Error pages and view boundaries: a way back from every failure, in both languages, and no blank app. */
import { expect, test, type Page } from '@playwright/test';

const buildDir = process.env.BUILD_DIR || 'build';

/** Static hosts answer an unknown path with the SPA fallback page; the preview server does not, so do it here. */
async function serveFallbackFor(page: Page, path: string): Promise<void> {
	await page.route(`**${path}`, (route) => route.fulfill({ path: `${buildDir}/404.html`, contentType: 'text/html' }));
}

/** Makes every canvas refuse a 2D context until the page lifts the fault (window.__canvasFault = false). */
async function breakCanvas(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const w = window as unknown as { __canvasFault: boolean };
		w.__canvasFault = true;
		const original = HTMLCanvasElement.prototype.getContext;
		HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: Parameters<typeof original>) {
			if (w.__canvasFault) throw new Error('canvas unavailable');
			return original.apply(this, args);
		} as typeof original;
	});
}

test('an unknown address gets the 404 page in Indonesian, with English below and a link home', async ({ page }) => {
	await serveFallbackFor(page, '/tidak/ada');
	await page.goto('/tidak/ada');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Halaman tidak ditemukan');
	await expect(page.locator('main')).toContainText('Tidak ada halaman di alamat /tidak/ada');
	await expect(page.locator('main [lang="en"]')).toContainText('Page not found. There is no page at /tidak/ada');
	await expect(page).toHaveTitle(/Halaman tidak ditemukan/);
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.getByRole('link', { name: 'Go to the concept map' }).click();
	// The explorer's address: the chosen language joins it once the map has painted, so only the path is fixed.
	await expect(page).toHaveURL((url) => url.pathname === '/');
	await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
});

test('the 404 page offers the way back to the page before', async ({ page }) => {
	await page.goto('/quiz');
	await serveFallbackFor(page, '/hilang');
	await page.goto('/hilang');
	await page.getByRole('button', { name: 'Kembali ke halaman sebelumnya' }).click();
	await expect(page).toHaveURL(/\/quiz$/);
});

test('a link inside the app to a page that does not exist shows the error page, not a blank one', async ({ page }) => {
	await page.goto('/tours');
	await page.evaluate(() => {
		const link = document.createElement('a');
		link.href = '/bukan-halaman';
		link.textContent = 'bukan halaman';
		document.body.append(link);
	});
	await page.getByRole('link', { name: 'bukan halaman' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Halaman tidak ditemukan');
	await expect(page.getByRole('link', { name: 'Ke peta konsep' })).toBeVisible();
});

test('the graph view failing leaves search and the panel working, and retry brings it back', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await breakCanvas(page);
	await page.goto('/?node=kelompok-volunter');
	const failure = page.getByTestId('view-error');
	await expect(failure).toContainText('Bagian ini tidak dapat ditampilkan');
	await expect(failure).toContainText('canvas unavailable');
	// The rest of the explorer works: the panel shows the concept, search finds another.
	await expect(page.getByTestId('passages')).toContainText('Kelompok volunter');
	await page.getByRole('combobox', { name: 'Cari konsep atau teks' }).fill('dokter');
	await expect(page.getByRole('option').first()).toBeVisible();
	await page.keyboard.press('Escape');
	// The header still switches the language, the failed part with it.
	await page.getByRole('button', { name: 'English' }).click();
	await expect(failure).toContainText('This part could not be shown');
	await page.evaluate(() => ((window as unknown as { __canvasFault: boolean }).__canvasFault = false));
	await failure.getByRole('button', { name: 'Try again' }).click();
	await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
	await expect(failure).toHaveCount(0);
	expect(errors).toEqual([]);
});

test('a teaching view failing as a whole says so with a retry and the way home', async ({ page }) => {
	await breakCanvas(page);
	await page.goto('/mindmap');
	const failure = page.getByTestId('view-error');
	await expect(failure).toContainText('Bagian ini tidak dapat ditampilkan');
	await expect(failure.getByRole('link', { name: 'Ke peta konsep' })).toBeVisible();
	await page.evaluate(() => ((window as unknown as { __canvasFault: boolean }).__canvasFault = false));
	await failure.getByRole('button', { name: 'Coba lagi' }).click();
	await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
});
