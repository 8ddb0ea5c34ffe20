/**
 * Edits are saved on their own and never lost: a reload finds them (and can undo them), two tabs
 * see each other's changes or are told, and a browser that cannot store says so and keeps the map.
 */
import { expect, test } from '@playwright/test';
import { downloadBytes } from './io-helpers';
import { addConcept, copyDefaultInLibrary, drawn, openForEditing, saved } from './map-helpers';

test('edits are saved without asking, and a reload finds them with their history', async ({ page }) => {
	const id = await copyDefaultInLibrary(page);
	await openForEditing(page, id);
	const first = await addConcept(page, 'Guru honorer');
	const second = await addConcept(page, 'Komite sekolah');
	await expect.poll(() => drawn(page, second)).toBe(true);
	await saved(page);
	await page.reload();
	await page.waitForFunction((id) => window.maps?.open?.id === id && (window.cy?.nodes().length ?? 0) > 0, id);
	expect([await drawn(page, first), await drawn(page, second)]).toEqual([true, true]);
	expect(await page.evaluate(() => window.maps!.editor!.items.map((item) => item.description.key))).toEqual(['edit.history.addConcept', 'edit.history.addConcept']);
	// Undo works after the reload, and is saved in its turn.
	await page.evaluate(() => window.maps!.editor!.undo());
	await expect.poll(() => drawn(page, second)).toBe(false);
	await saved(page);
	await page.reload();
	await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
	expect([await drawn(page, first), await drawn(page, second)]).toEqual([true, false]);
	expect(await page.evaluate(() => window.maps!.editor!.canRedo)).toBe(true);
	// The library shows the map's new size.
	await page.goto('/maps');
	// The library lists the stored maps once it has read them.
	await page.waitForFunction((id) => window.maps?.graphOf(id) != null, id);
	const nodes = await page.evaluate((id) => window.maps!.graphOf(id)!.order, id);
	await expect(page.locator(`article[data-map="${id}"]`)).toContainText(`${nodes} konsep`);
});

test('a second tab on the same map sees the first tab’s edits and renames', async ({ context }) => {
	const first = await context.newPage();
	const id = await copyDefaultInLibrary(first);
	const second = await context.newPage();
	await openForEditing(first, id);
	await openForEditing(second, id);
	const key = await addConcept(first, 'Dari tab pertama');
	await expect.poll(() => drawn(second, key)).toBe(true);
	// And back: the second tab's edit reaches the first, nothing overwritten on either side.
	const other = await addConcept(second, 'Dari tab kedua');
	await expect.poll(() => drawn(first, other)).toBe(true);
	expect(await drawn(first, key)).toBe(true);
	await saved(first);
	await saved(second);
	const library = await context.newPage();
	await library.goto('/maps');
	await library.locator(`article[data-map="${id}"]`).getByRole('button', { name: /^Ganti nama/ }).click();
	await library.getByLabel(/^Nama baru untuk/).fill('Nama dari pustaka');
	await library.keyboard.press('Enter');
	await expect.poll(() => first.evaluate((id) => window.maps!.titleOf(id), id)).toBe('Nama dari pustaka');
	expect([await drawn(first, key), await drawn(first, other)]).toEqual([true, true]);
});

test('a save another tab made unheard (its message lost) is not overwritten: both versions kept, and the tab is told', async ({ page }) => {
	const id = await copyDefaultInLibrary(page);
	await openForEditing(page, id);
	// Another tab's save as it lands in the database, without the message tabs send each other.
	const theirs = 'dari-tab-lain';
	await page.evaluate(
		({ id, theirs }) =>
			new Promise<void>((done, fail) => {
				const opening = indexedDB.open('peta-konsep');
				opening.onsuccess = () => {
					const db = opening.result;
					const tx = db.transaction('maps', 'readwrite');
					const store = tx.objectStore('maps');
					const read = store.get(id);
					read.onsuccess = () => {
						const record = read.result;
						const node = structuredClone(record.data.nodes[0]);
						record.data.nodes.push({ ...node, key: theirs, attributes: { ...node.attributes, label: 'Dari tab lain', mentions: [] } });
						store.put({ ...record, revision: record.revision + 1, updatedAt: Date.now() });
					};
					tx.oncomplete = () => (db.close(), done());
					tx.onerror = () => fail(tx.error);
				};
			}),
		{ id, theirs }
	);
	const mine = await addConcept(page, 'Suntingan tab ini');
	const notice = page.getByTestId('stored-problems');
	await expect(notice).toContainText('diubah di tab lain pada saat yang sama');
	// This tab now shows the other tab's version; its own is a map of its own in the library.
	await expect.poll(() => drawn(page, theirs)).toBe(true);
	expect(await drawn(page, mine)).toBe(false);
	const kept = await page.evaluate(() => window.maps!.imported.find((m) => m.title.includes('(konflik'))?.id);
	expect(kept).toBeTruthy();
	expect(await page.evaluate(({ kept, mine }) => window.maps!.graphOf(kept!)!.hasNode(mine), { kept, mine })).toBe(true);
	await page.goto('/maps');
	await expect(page.locator(`article[data-map="${kept}"]`)).toContainText('(konflik');
	await expect(page.locator(`article[data-map="${kept}"]`)).toContainText('Salinan');
});

test('a full storage says so in both languages, keeps the map open and offers it as a file', async ({ page }) => {
	const id = await copyDefaultInLibrary(page);
	await openForEditing(page, id);
	// Saves are written by the save worker: its `put` is the one that finds the storage full.
	await addConcept(page, 'Sebelum penuh');
	await saved(page);
	const saver = page.workers().find((worker) => worker.url().includes('map-save-worker'))!;
	await saver.evaluate(() => {
		const put = IDBObjectStore.prototype.put;
		(self as { restorePut?: () => void }).restorePut = () => (IDBObjectStore.prototype.put = put);
		IDBObjectStore.prototype.put = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
	});
	const key = await addConcept(page, 'Tidak muat');
	const notice = page.getByTestId('stored-problems');
	await expect(notice).toContainText('penyimpanan peramban penuh');
	await expect(notice).toContainText('Peta tetap terbuka di tab ini');
	expect(await drawn(page, key)).toBe(true);
	const downloading = page.waitForEvent('download');
	await notice.getByRole('button', { name: 'Unduh datanya' }).click();
	const data = JSON.parse((await downloadBytes(await downloading)).toString('utf8'));
	expect(data.nodes.some((node: { key: string }) => node.key === key)).toBe(true);
	await page.getByRole('button', { name: 'English' }).click();
	await expect(notice).toContainText('the browser’s storage is full');
	// Space again: the next change is saved, the notice goes, and a reload finds the edit.
	await saver.evaluate(() => (self as { restorePut?: () => void }).restorePut!());
	const next = await addConcept(page, 'Muat lagi');
	await expect(notice).toHaveCount(0);
	await saved(page);
	await page.reload();
	await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
	expect([await drawn(page, key), await drawn(page, next)]).toEqual([true, true]);
});

test('a browser without storage (a private window) says maps last for the tab, and editing still works', async ({ page }) => {
	// No IndexedDB for the page nor for its save worker.
	const refuse = `Object.defineProperty(globalThis, 'indexedDB', { get() { throw new DOMException('IndexedDB is not allowed here.', 'SecurityError'); } });`;
	await page.addInitScript(refuse);
	await page.route('**/map-save-worker*', async (route) => {
		const response = await route.fetch();
		await route.fulfill({ response, body: `${refuse}\n${await response.text()}` });
	});
	const id = await copyDefaultInLibrary(page);
	await expect(page.getByText('Peramban ini tidak menyimpan peta')).toBeVisible();
	const notice = page.getByTestId('stored-problems');
	await expect(notice).toContainText('tidak mengizinkan penyimpanan');
	await page.locator(`article[data-map="${id}"]`).getByRole('link', { name: /^Buka/ }).click();
	await page.waitForFunction((id) => window.maps?.open?.id === id && window.maps.canEdit && (window.cy?.nodes().length ?? 0) > 0, id);
	const key = await addConcept(page, 'Hanya di tab ini');
	await expect.poll(() => drawn(page, key)).toBe(true);
	const downloading = page.waitForEvent('download');
	await notice.getByRole('button', { name: 'Unduh datanya' }).click();
	const data = JSON.parse((await downloadBytes(await downloading)).toString('utf8'));
	expect(data.nodes.some((node: { key: string }) => node.key === key)).toBe(true);
});
