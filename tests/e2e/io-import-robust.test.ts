/**
 * Imports that must not hurt: a large file runs in the import worker with a
 * progress bar and a Cancel that works; a hostile file is refused with its
 * message and leaves the next import working; zips from real zip tools open;
 * a graph larger than the explorer can draw opens in part when asked; a
 * browser that cannot store the map says so and offers the map for export.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openExplorer } from './helpers';
import { expectNodes, importFiles, nodeCount } from './io-helpers';
import { gexf } from '../bench/pathological-files';

const file = (name: string, text: string | Buffer, mimeType = 'text/plain') => ({
	name,
	mimeType,
	buffer: typeof text === 'string' ? Buffer.from(text, 'utf8') : text
});

const SMALL_GEXF = gexf(4, 3, { positions: true });

async function expectNoImportedMap(page: Page) {
	await expect(page.getByTestId('map-switcher')).toHaveCount(0);
	expect(new URL(page.url()).searchParams.get('map')).toBeNull();
}

test('a large import shows its progress and Cancel stops it; the next import works', async ({ page }) => {
	await openExplorer(page);
	const before = await nodeCount(page);
	// 4,000 nodes without positions: parsed, checked and laid out in the worker, seconds of work.
	await importFiles(page, [file('large.gexf', gexf(4000, 6000, { seed: 5 }))]);
	const progress = page.getByTestId('import-progress');
	await expect(progress).toBeVisible();
	await expect(progress.getByRole('progressbar', { name: 'Kemajuan impor' })).toBeVisible();
	await expect(progress).toContainText('large.gexf');
	// The page answers while the worker works: the language switch still responds.
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(progress.getByRole('progressbar', { name: 'Import progress' })).toBeVisible();
	await progress.getByRole('button', { name: 'Cancel import' }).click();
	await expect(progress).toHaveCount(0);
	await expect(page.getByRole('status').filter({ hasText: 'Import cancelled' })).toHaveCount(1);
	// Nothing of it arrives later either.
	await page.waitForTimeout(1500);
	await expectNoImportedMap(page);
	expect(await nodeCount(page)).toBe(before);

	await importFiles(page, [file('after.gexf', SMALL_GEXF)]);
	await expectNodes(page, 4);
	await expect(page.getByTestId('map-switcher').locator('option:checked')).toHaveText(/after/);
});

test('the progress bar moves through the layout of a graph without positions', async ({ page }) => {
	test.setTimeout(90_000);
	await openExplorer(page);
	await importFiles(page, [file('unplaced.gexf', gexf(1200, 2000, { seed: 9 }))]);
	const bar = page.getByTestId('import-progress').getByRole('progressbar');
	// The layout reports its share: the bar gets a value between 0 and 1 before the map opens.
	await expect.poll(async () => Number((await bar.getAttribute('value')) ?? -1), { timeout: 20_000 }).toBeGreaterThan(0);
	await expect(page.getByTestId('import-progress')).toContainText('Menata letak konsep');
	await expect.poll(() => nodeCount(page), { timeout: 60_000 }).toBe(1200);
	await expect(page.getByTestId('import-summary')).toContainText('tata letak dihitung untuk 1.200 konsep');
});

test('a JSON map keyed "__proto__" is refused with its message, pollutes nothing, and the next import works', async ({ page }) => {
	await openExplorer(page);
	const hostile = JSON.stringify({
		nodes: [{ key: 'a' }, { key: '__proto__' }, { key: 'b' }],
		edges: [{ source: 'a', target: '__proto__' }, { source: '__proto__', target: 'b' }]
	});
	await importFiles(page, [file('hostile.json', hostile, 'application/json')]);
	const alert = page.getByTestId('import-error').getByRole('alert');
	await expect(alert).toContainText('Nama "__proto__" tidak boleh dipakai sebagai id');
	await expect(alert).toContainText('nodes.1.key');
	expect(await page.evaluate(() => Object.keys(Object.prototype).length + String(({} as { previous?: unknown }).previous))).toBe('0undefined');
	await expectNoImportedMap(page);

	await importFiles(page, [file('fine.gexf', SMALL_GEXF)]);
	await expectNodes(page, 4);
	await expect(page.getByTestId('import-error')).toHaveCount(0);
	await expect(page.getByTestId('import-summary')).toContainText('4 konsep, 3 relasi');
});

test('a deflated zip made by Info-ZIP opens through the column mapping, with a Latin-1 table read and said', async ({ page }) => {
	const dir = mkdtempSync(join(tmpdir(), 'import-zip-'));
	// Enough rows that zip deflates the table rather than storing it.
	const rows = Array.from({ length: 200 }, (_, i) => `k${i + 4},Konsep ${i}`).join('\n');
	writeFileSync(join(dir, 'nodes.csv'), Buffer.from(`id,label\nk1,Café\nk2,Guru\nk3,Sekolah\n${rows}\n`, 'latin1'));
	writeFileSync(join(dir, 'edges.csv'), 'source,target\nk1,k2\nk2,k3\n');
	execFileSync('zip', ['-q', '-9', 'tables.zip', 'nodes.csv', 'edges.csv'], { cwd: dir });
	const zip = readFileSync(join(dir, 'tables.zip'));
	expect(zip.readUInt16LE(8)).toBe(8); // the first entry is deflated

	await openExplorer(page);
	await importFiles(page, [file('tables.zip', zip, 'application/zip')]);
	await page.getByRole('dialog').getByRole('button', { name: 'Impor tabel' }).click();
	await expectNodes(page, 203);
	expect(await page.evaluate(() => window.cy!.getElementById('k1').data('label'))).toBe('Café');
	await expect(page.getByTestId('import-summary')).toContainText('nodes.csv bukan UTF-8; dibaca sebagai Windows-1252');
});

test('an overlapping-entry zip bomb is refused by the size it would expand to', async ({ page }) => {
	const { overlappingZipBomb } = await import('../bench/pathological-files');
	await openExplorer(page);
	await importFiles(page, [file('bomb.zip', Buffer.from(overlappingZipBomb(900, 1 << 20)), 'application/zip')]);
	await expect(page.getByTestId('import-error').getByRole('alert')).toContainText('ZIP ini akan mengembang menjadi 900 MB (batasnya 100 MB)');
	await expectNoImportedMap(page);
});

test('when the browser cannot store the map, it stays open, says so, and offers it for export', async ({ page }) => {
	await openExplorer(page);
	// A real quota error: the origin may store nothing, for the page and its import worker alike.
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(page.url()).origin, quotaSize: 1 });
	await importFiles(page, [file('unsaved.gexf', SMALL_GEXF)]);
	await expectNodes(page, 4);
	const warning = page.getByTestId('not-saved');
	await expect(warning).toBeVisible();
	await expect(warning).toContainText('Peta ini terbuka, tetapi TIDAK tersimpan');
	await expect(page.getByTestId('import-summary')).not.toContainText('Tersimpan di peramban ini');
	const downloading = page.waitForEvent('download');
	await page.getByTestId('import-summary').getByRole('button', { name: 'Ekspor sebagai JSON' }).click();
	const download = await downloading;
	const saved = JSON.parse(readFileSync((await download.path())!, 'utf8'));
	expect(saved.nodes).toHaveLength(4);
	await page.getByRole('button', { name: 'English' }).click();
	await expect(warning).toContainText('This map is open but NOT stored');
	// Nothing is lost while the tab is open: the default map and back.
	await page.getByTestId('map-switcher').selectOption({ index: 0 });
	await page.getByTestId('map-switcher').selectOption({ index: 1 });
	await expectNodes(page, 4);
});

test('a graph too large to draw opens as its most connected part when asked', async ({ page }) => {
	test.setTimeout(120_000);
	await openExplorer(page);
	// 700 nodes but 21,000 edges: over the edge limit, so the part keeps 20,000 of them.
	await importFiles(page, [file('dense.gexf', gexf(700, 21_000, { positions: true, seed: 4 }))]);
	const dialog = page.getByTestId('too-big');
	await expect(dialog).toBeVisible();
	await expect(dialog).toContainText('21.000 relasi');
	await dialog.getByRole('button', { name: 'Buka bagian yang paling terhubung' }).click();
	await expect(page.getByTestId('import-summary')).toContainText('Dibuka sebagian', { timeout: 60_000 });
	await expect(page.getByTestId('import-summary')).toContainText('20.000 dari 21.000 relasi');
	await expect.poll(() => page.evaluate(() => window.cy?.edges().length ?? 0), { timeout: 60_000 }).toBe(20_000);
});

test('a stored map carrying a reserved name is reported on load, not opened, and pollutes nothing', async ({ page }) => {
	await openExplorer(page);
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				// The version the app made (its upgrade ran on the first page).
				const open = indexedDB.open('peta-konsep');
				open.onupgradeneeded = () => open.result.createObjectStore('maps', { keyPath: 'id' });
				open.onsuccess = () => {
					const data = {
						attributes: { schema: 1, title: 'x', language: 'id', documents: [], passages: [], kinds: [{ id: 'k', label: { id: 'K', en: 'K' }, color: '#123456' }], relations: [] },
						nodes: [{ key: '__proto__', attributes: { label: 'P', labelEn: '', kind: 'k', aliases: [], mentions: [] } }],
						edges: []
					};
					const put = open.result.transaction('maps', 'readwrite').objectStore('maps').put({ id: 'mbad', title: 'Peta beracun', fileName: 'x.json', createdAt: 1, data });
					put.onsuccess = () => (open.result.close(), resolve());
					put.onerror = () => reject(put.error);
				};
				open.onerror = () => reject(open.error);
			})
	);
	await page.goto('/?map=mbad');
	const refused = page.getByTestId('stored-problems');
	await expect(refused).toContainText('Peta beracun');
	await expect(refused).toContainText('reserved name "__proto__"');
	expect(await page.evaluate(() => String(({} as { previous?: unknown }).previous))).toBe('undefined');
	// The app works on: the next import opens.
	await importFiles(page, [file('after.gexf', SMALL_GEXF)]);
	await expectNodes(page, 4);
});
