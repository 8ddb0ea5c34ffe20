/** The maps library (/maps): every map listed, renamed, duplicated, deleted with undo, exported; older stored maps open unchanged. */
import { expect, test, type Page } from '@playwright/test';
import { downloadBytes } from './io-helpers';
import { copyDefaultInLibrary } from './map-helpers';

const card = (page: Page, id: string) => page.locator(`article[data-map="${id}"]`);

test('a copy of the default map is listed, renamed by keyboard, kept after a reload and opens in the explorer', async ({ page }) => {
	const id = await copyDefaultInLibrary(page);
	const copy = card(page, id);
	await expect(copy.getByRole('heading', { level: 2 })).toHaveText('Salinan Kelompok Okupasional dan Kelompok Volunter');
	await expect(copy).toContainText('Salinan');
	await expect(copy).toContainText(/\d+ konsep, \d+ relasi/);
	await expect(copy).toContainText('Diubah ');
	await expect(card(page, 'default')).toContainText('Artikel');
	await expect(card(page, 'default').getByRole('button', { name: /^Hapus/ })).toHaveCount(0);

	await copy.getByRole('button', { name: /^Ganti nama/ }).focus();
	await page.keyboard.press('Enter');
	const field = copy.getByLabel(/^Nama baru untuk/);
	await expect(field).toBeFocused();
	await page.keyboard.press('Control+A');
	await page.keyboard.press('Delete');
	await page.keyboard.press('Enter');
	await expect(copy.getByText('Nama tidak boleh kosong.')).toBeVisible();
	await expect(field).toHaveAttribute('aria-invalid', 'true');
	await page.keyboard.type('Peta kelas 7');
	await page.keyboard.press('Enter');
	await expect(copy.getByRole('heading', { level: 2 })).toHaveText('Peta kelas 7');
	await expect(copy.getByRole('button', { name: 'Ganti nama Peta kelas 7' })).toBeFocused();

	await page.reload();
	await expect(card(page, id).getByRole('heading', { level: 2 })).toHaveText('Peta kelas 7');
	await card(page, id).getByRole('link', { name: 'Buka Peta kelas 7' }).click();
	await expect(page).toHaveURL(new RegExp(`[?&]map=${id}`));
	await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
	await expect(page.getByTestId('map-switcher')).toHaveValue(id);
	// The explorer's header leads back to the library.
	await page.getByRole('link', { name: 'Peta saya' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pustaka peta');
});

test('on a 1280 px laptop the explorer keeps its header on one row with a map of long title open', async ({ page }) => {
	const id = await copyDefaultInLibrary(page);
	await page.goto(`/?map=${id}`);
	await expect(page.getByTestId('map-switcher')).toHaveValue(id);
	const rows = await page.evaluate(() => {
		const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
		const search = box('#search-input');
		const language = box('header.top .lang');
		const title = box('header.top h1');
		return { search, language, title, overflow: document.documentElement.scrollWidth - innerWidth };
	});
	// The search box gives way before the controls wrap: the title, the search and the language switch share the first row.
	const sameRow = (a: DOMRect, b: DOMRect) => a.top < b.bottom && b.top < a.bottom;
	expect(sameRow(rows.search, rows.language)).toBe(true);
	expect(sameRow(rows.title, rows.language)).toBe(true);
	expect(rows.search.width).toBeGreaterThanOrEqual(224);
	expect(rows.overflow).toBe(0);
});

test('a deleted map comes back with Urungkan, and is gone for good once the toast has gone', async ({ page }) => {
	const id = await copyDefaultInLibrary(page);
	await card(page, id).getByRole('button', { name: /^Hapus/ }).click();
	await expect(card(page, id)).toHaveCount(0);
	const toast = page.getByTestId('undo-remove');
	await expect(toast).toContainText('dihapus');
	const undo = toast.getByRole('button', { name: /^Urungkan penghapusan/ });
	await expect(undo).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(card(page, id)).toBeVisible();
	await expect(toast).toHaveCount(0);

	await card(page, id).getByRole('button', { name: /^Hapus/ }).click();
	await expect(toast).toBeVisible();
	// A page loaded meanwhile does not list it either.
	const other = await page.context().newPage();
	await other.goto('/maps');
	await expect(other.locator('article[data-map="default"]')).toBeVisible();
	await expect(other.locator(`article[data-map="${id}"]`)).toHaveCount(0);
	await other.close();
	await expect(toast).toHaveCount(0, { timeout: 20_000 });
	await page.reload();
	await expect(card(page, 'default')).toBeVisible();
	await expect(card(page, id)).toHaveCount(0);
	await expect(page.getByText('Belum ada peta lain.')).toBeVisible();
});

test('a map is exported in a format of the registry', async ({ page }) => {
	const id = await copyDefaultInLibrary(page);
	const copy = card(page, id);
	await copy.getByRole('combobox').selectOption('graphml');
	const downloading = page.waitForEvent('download');
	await copy.getByRole('button', { name: 'Ekspor' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/\.graphml$/);
	expect((await downloadBytes(download)).toString('utf8')).toContain('<graphml');
	await copy.getByRole('combobox').selectOption('json');
	const json = page.waitForEvent('download');
	await copy.getByRole('button', { name: 'Ekspor' }).click();
	const data = JSON.parse((await downloadBytes(await json)).toString('utf8'));
	expect(data.attributes.title).toBe('Kelompok Okupasional dan Kelompok Volunter');
	expect(data.nodes.length).toBeGreaterThan(100);
});

test('a map stored before editing existed (database version 1) is listed as imported and opens unchanged', async ({ page }) => {
	// A page of the app's origin that does not open the database, to write it as version 1 did.
	await page.goto('/graph.json');
	const nodes = await page.evaluate(async () => {
		const data = await (await fetch('/graph.json')).json();
		data.attributes.title = 'Peta lama';
		await new Promise<void>((done, fail) => {
			const opening = indexedDB.open('peta-konsep', 1);
			opening.onupgradeneeded = () => opening.result.createObjectStore('maps', { keyPath: 'id' });
			opening.onerror = () => fail(opening.error);
			opening.onsuccess = () => {
				const db = opening.result;
				const tx = db.transaction('maps', 'readwrite');
				tx.objectStore('maps').put({ id: 'm-lama', title: 'Peta lama', fileName: 'lama.json', createdAt: Date.UTC(2026, 0, 5, 9), data });
				tx.oncomplete = () => (db.close(), done());
				tx.onerror = () => fail(tx.error);
			};
		});
		return data.nodes.length as number;
	});
	await page.goto('/maps?lang=en');
	const old = card(page, 'm-lama');
	await expect(old).toContainText('Imported');
	await expect(old).toContainText(`${nodes} concepts`);
	await expect(old).toContainText('Changed 5 Jan 2026');
	await old.getByRole('link', { name: 'Open Peta lama' }).click();
	await expect.poll(() => page.evaluate(() => window.cy?.nodes().length ?? 0)).toBe(nodes);
	expect(await page.evaluate(() => window.maps!.canEdit)).toBe(true);
});

test.describe('on a 390 px phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

	test('the library fits, works by touch and in English', async ({ page }) => {
		const id = await copyDefaultInLibrary(page);
		await page.getByRole('button', { name: 'EN' }).tap();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Maps library');
		await expect(card(page, id)).toContainText('Copy');
		await card(page, id).getByRole('button', { name: /^Delete/ }).tap();
		await expect(page.getByTestId('undo-remove')).toContainText('deleted');
		await page.getByTestId('undo-remove').getByRole('button', { name: /^Undo deleting/ }).tap();
		await expect(card(page, id)).toBeVisible();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	});
});
