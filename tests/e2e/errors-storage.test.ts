/** Stored data that no longer opens is reported, offered as a file, and kept: never deleted for failing. */
import { expect, test, type Page } from '@playwright/test';
import { downloadBytes } from './io-helpers';
import { graphReady } from './shell-helpers';

const brokenMap = {
	id: 'm-rusak',
	title: 'Peta kelas 7',
	fileName: 'kelas-7.json',
	createdAt: 1,
	data: { attributes: { schema: 1, title: 'Peta kelas 7' }, nodes: [{ key: 'a', attributes: { label: 'A' } }], edges: [] }
};
const brokenTour = { format: 'peta-konsep/tour', version: 1, id: 'tour-rusak', title: 'Tur rusak', root: 'kelompok-volunter', steps: 'bukan daftar' };

const storeOf = (database: string) => (database === 'peta-konsep' ? 'maps' : 'tours');

/** Puts a record straight into one of the app's IndexedDB stores, as an older or damaged version might have left it. */
async function storeRecord(page: Page, database: string, record: object): Promise<void> {
	await page.evaluate(
		({ database, record, name }) =>
			new Promise<void>((done, fail) => {
				// Whatever version the app's first page made; version 1 when it made none yet.
				const opening = indexedDB.open(database);
				opening.onupgradeneeded = () => opening.result.createObjectStore(name, { keyPath: 'id' });
				opening.onerror = () => fail(opening.error);
				opening.onsuccess = () => {
					const db = opening.result;
					const tx = db.transaction(name, 'readwrite');
					tx.objectStore(name).put(record);
					tx.oncomplete = () => (db.close(), done());
					tx.onerror = () => fail(tx.error);
				};
			}),
		{ database, record, name: storeOf(database) }
	);
}

async function storedIds(page: Page, database: string): Promise<string[]> {
	return page.evaluate(
		({ database, name }) =>
			new Promise<string[]>((done) => {
				const opening = indexedDB.open(database);
				opening.onsuccess = () => {
					const db = opening.result;
					const request = db.transaction(name).objectStore(name).getAllKeys();
					request.onsuccess = () => (db.close(), done(request.result.map(String)));
				};
			}),
		{ database, name: storeOf(database) }
	);
}

test('a stored map that no longer opens is reported, downloadable, and still stored after a reload', async ({ page }) => {
	await page.goto('/');
	await graphReady(page);
	await storeRecord(page, 'peta-konsep', brokenMap);
	await page.goto('/?map=m-rusak');
	const notice = page.getByTestId('stored-problems');
	await expect(notice).toContainText('Peta tersimpan "Peta kelas 7" (kelas-7.json) tidak dapat dibuka');
	await expect(notice).toContainText('Peta itu tidak dihapus');
	// The default map is shown meanwhile, with the explorer's own note about the map asked for.
	await graphReady(page);
	const downloading = page.waitForEvent('download');
	await notice.getByRole('button', { name: 'Unduh datanya' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toBe('peta-kelas-7.json');
	expect(JSON.parse((await downloadBytes(download)).toString('utf8'))).toEqual(brokenMap.data);
	await notice.getByRole('button', { name: 'Tutup pemberitahuan' }).click();
	await expect(notice).toHaveCount(0);
	await page.reload();
	await expect(page.getByTestId('stored-problems')).toBeVisible();
	expect(await storedIds(page, 'peta-konsep')).toContain('m-rusak');
});

test('a stored tour that no longer reads is reported on the tours page, the other tours still listed', async ({ page }) => {
	await page.goto('/tours?lang=en');
	await expect(page.locator('li[data-tour]').first()).toBeVisible();
	await storeRecord(page, 'peta-konsep-tours', brokenTour);
	await page.reload();
	const notice = page.getByTestId('stored-problems');
	await expect(notice).toContainText('The stored tour "Tur rusak" could not be opened: steps');
	await expect(page.locator('li[data-tour="auto-kelompok-volunter"]')).toBeVisible();
	await expect(page.locator('li[data-tour="tour-rusak"]')).toHaveCount(0);
	const downloading = page.waitForEvent('download');
	await notice.getByRole('button', { name: 'Download its data' }).click();
	expect(JSON.parse((await downloadBytes(await downloading)).toString('utf8'))).toEqual(brokenTour);
	expect(await storedIds(page, 'peta-konsep-tours')).toContain('tour-rusak');
});
