/**
 * A map from one's own texts, end to end in the browser: texts pasted or read from every file
 * type, extracted in the worker, reviewed, and opened in the explorer with their passages; Cancel
 * stops the worker; a file that cannot be read says why and leaves the other texts alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { clickElement, panel, watchConsole } from './helpers';

const FIXTURES = join(import.meta.dirname, '../fixtures/own-text');
const fixture = (file: string) => join(FIXTURES, file);
const textOf = (file: string) => readFileSync(fixture(file), 'utf8');

async function openPage(page: Page, lang: 'id' | 'en' = 'id') {
	await page.goto(`/baru?lang=${lang}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(lang === 'id' ? 'Peta dari teks' : 'Map from text');
	// The page is live once it has opened its first, empty text box (the heading is prerendered).
	await expect(page.getByTestId('own-document').locator('textarea')).toHaveCount(1);
}

/** Extracts and checks the review shows suggestions with their source sentences marked. */
async function findConcepts(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Cari konsep' }).click();
	await expect(page.getByTestId('review-summary')).toBeVisible();
	await expect(page.getByTestId('review-concept').first().locator('blockquote mark').first()).toBeVisible();
}

/** Creates the map and waits for the explorer to draw it; returns its id. */
async function createMap(page: Page): Promise<string> {
	await page.getByRole('button', { name: 'Buat peta' }).click();
	await page.waitForURL(/[?&]map=/);
	await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
	return new URL(page.url()).searchParams.get('map')!;
}

/** Clicks the concept with the most relations, as a person would, and returns its passages' text. */
async function passagesOfHub(page: Page): Promise<string> {
	const hub = await page.evaluate(() => window.cy!.nodes().max((n) => n.degree(false)).ele.id());
	await clickElement(page, hub);
	const passages = panel(page).locator('article[data-passage]');
	await expect(passages.first()).toBeVisible();
	await expect(passages.first().locator('mark').first()).toBeVisible();
	return (await passages.allTextContents()).join('\n');
}

interface StoredMap {
	source: string;
	documents: Array<{ title: string; language: string; text: string }>;
	passages: Array<{ text: string }>;
}

/** The stored map's documents and passages, as the explorer and the reader show them. */
async function storedMap(page: Page, id: string): Promise<StoredMap> {
	return page.evaluate(
		(mapId) =>
			new Promise((resolve, reject) => {
				const opening = indexedDB.open('peta-konsep');
				opening.onerror = () => reject(opening.error);
				opening.onsuccess = () => {
					const get = opening.result.transaction('maps').objectStore('maps').get(mapId);
					get.onsuccess = () => resolve({ source: get.result.source, ...get.result.data.attributes });
					get.onerror = () => reject(get.error);
				};
			}),
		id
	);
}

test('pasted texts, one Indonesian and one English, become a map with their passages', async ({ page }) => {
	const errors = watchConsole(page);
	await openPage(page);
	const documents = page.getByTestId('own-document');
	await documents.first().locator('textarea').fill(textOf('stratifikasi-sosial.txt'));
	await expect(documents.first().getByTestId('own-language')).toContainText('Otomatis: Indonesia');
	await expect(documents.first().getByLabel('Judul')).toHaveValue('Stratifikasi Sosial: Pengertian, Dasar, dan Jenisnya');
	await page.getByRole('button', { name: 'Tambah dokumen lain' }).click();
	await expect(documents).toHaveCount(2);
	await expect(documents.nth(1).locator('textarea')).toBeFocused();
	await page.keyboard.insertText('Social stratification is the ranking of people into layers. For example, a caste system is a closed stratification. The layers of a society differ in wealth and power, and people are born into them.');
	await expect(documents.nth(1).getByTestId('own-language')).toContainText('Otomatis: Inggris');
	await documents.nth(1).getByLabel('Judul').fill('Social stratification');

	await findConcepts(page);
	// Rename the surest concept and reject the second: the map shows the one renamed and not the other.
	const rows = page.getByTestId('review-concept');
	const firstKey = (await rows.first().getAttribute('data-key'))!;
	const secondKey = (await rows.nth(1).getAttribute('data-key'))!;
	await rows.first().getByLabel('Nama konsep').fill('Pelapisan sosial');
	await rows.first().getByLabel('Nama konsep').press('Enter');
	await rows.nth(1).getByRole('button', { name: /^Tolak/ }).click();
	await expect(rows.nth(1).getByRole('button', { name: /^Tolak/ })).toHaveAttribute('aria-pressed', 'true');
	const id = await createMap(page);

	expect(await page.evaluate((k) => window.cy!.getElementById(k).data('label'), firstKey)).toBe('Pelapisan sosial');
	expect(await page.evaluate((k) => window.cy!.getElementById(k).length, secondKey)).toBe(0);
	const passages = await passagesOfHub(page);
	expect(passages).toMatch(/stratifi/i);
	// Stored as the person's own map, and open for editing.
	const { source, documents: stored } = await storedMap(page, id);
	expect(source).toBe('text');
	expect(await page.evaluate(() => window.maps?.canEdit)).toBe(true);
	expect(stored.map((d) => [d.title, d.language])).toEqual([
		['Stratifikasi Sosial: Pengertian, Dasar, dan Jenisnya', 'id'],
		['Social stratification', 'en']
	]);
	expect(errors).toEqual([]);
});

interface FileCase {
	file: string;
	language: 'Indonesia' | 'Inggris';
	title: string;
	/** In the passages of the map's hub and in the document. */
	words: RegExp;
	/** Never in a passage: markup, share prompts. */
	never?: RegExp;
	/** Never in the document's text: the page's menus, sidebars, footers and scripts. */
	pageFurniture?: RegExp;
}

const FILES: FileCase[] = [
	{ file: 'stratifikasi-sosial.txt', language: 'Indonesia', title: 'Stratifikasi Sosial: Pengertian, Dasar, dan Jenisnya', words: /stratifikasi/i },
	{ file: 'stratifikasi-sosial.md', language: 'Indonesia', title: 'Stratifikasi Sosial', words: /stratifikasi/i, never: /\*\*|\]\(/ },
	{ file: 'akulturasi-budaya.html', language: 'Indonesia', title: 'Akulturasi Budaya: Pengertian dan Contohnya', words: /akulturasi/i, never: /Bagikan artikel/, pageFurniture: /Beranda|Hubungi Kami|Langganan newsletter|Artikel Populer|Hak cipta|tracking/ },
	{ file: 'cultural-diffusion.docx', language: 'Inggris', title: 'Cultural Diffusion', words: /diffusion/i },
	{ file: 'migrasi-penduduk.pdf', language: 'Indonesia', title: 'Migrasi Penduduk', words: /migrasi|urbanisasi|transmigrasi/i }
];

for (const { file, language, title, words, never, pageFurniture } of FILES) {
	test(`a ${file.split('.').pop()} file becomes a map with its passages`, async ({ page }) => {
		const errors = watchConsole(page);
		await openPage(page);
		await page.getByTestId('own-files').setInputFiles(fixture(file));
		const doc = page.getByTestId('own-document');
		await expect(doc).toHaveCount(1);
		await expect(doc.getByTestId('own-language')).toContainText(`Otomatis: ${language}`);
		await expect(doc.getByLabel('Judul')).toHaveValue(title);
		await expect(doc.getByTestId('own-size')).toContainText(file);
		await findConcepts(page);
		const id = await createMap(page);
		expect(await passagesOfHub(page)).toMatch(words);
		const { documents, passages } = await storedMap(page, id);
		expect(documents[0].text).toMatch(words);
		if (never) expect(passages.map((p) => p.text).join('\n')).not.toMatch(never);
		if (pageFurniture) expect(documents[0].text).not.toMatch(pageFurniture);
		expect(errors).toEqual([]);
	});
}

test('Cancel stops the extraction worker and keeps the texts', async ({ page }) => {
	await openPage(page, 'en');
	// Five long texts: minutes of work, so Cancel always comes before the end.
	const long = textOf('stratifikasi-sosial.txt').repeat(900);
	const files = Array.from({ length: 5 }, (_, i) => ({ name: `panjang-${i + 1}.txt`, mimeType: 'text/plain', buffer: Buffer.from(long) }));
	await page.getByTestId('own-files').setInputFiles(files);
	const documents = page.getByTestId('own-document');
	await expect(documents.getByTestId('own-language')).toHaveCount(5);
	await expect(documents.nth(4).getByTestId('own-size')).toContainText('characters');
	await page.getByRole('button', { name: 'Find concepts' }).click();
	const progress = page.getByTestId('own-progress');
	await expect(progress.locator('progress')).toBeVisible();
	await expect(progress.getByRole('button', { name: 'Cancel' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByText('Cancelled. Your texts are still here.')).toBeVisible();
	// The worker is gone, not merely ignored.
	await expect.poll(() => page.workers().length).toBe(0);
	await expect(documents).toHaveCount(5);
	// The page answers at once and the texts extract again.
	await documents.nth(4).getByRole('button', { name: /^Remove/ }).click();
	await expect(documents).toHaveCount(4);
});

test('files that cannot be read say why, and the texts already added stay', async ({ page }) => {
	await openPage(page);
	await page.getByTestId('own-files').setInputFiles(fixture('stratifikasi-sosial.txt'));
	const documents = page.getByTestId('own-document');
	await expect(documents.getByTestId('own-language')).toContainText('Otomatis: Indonesia');
	const asBuffer = (name: string) => ({ name, mimeType: 'application/octet-stream', buffer: readFileSync(fixture(name)) });
	await page.getByTestId('own-files').setInputFiles([
		asBuffer('pindaian.pdf'),
		asBuffer('kosong.txt'),
		asBuffer('catatan.rtf'),
		asBuffer('rusak.docx'),
		{ name: 'besar.txt', mimeType: 'text/plain', buffer: Buffer.alloc(16 * 1024 * 1024, 'a') }
	]);
	const alerts = page.getByRole('alert');
	await expect(alerts).toHaveCount(5);
	await expect(alerts.filter({ hasText: 'pindaian.pdf' })).toContainText('tidak memiliki lapisan teks');
	await expect(alerts.filter({ hasText: 'kosong.txt' })).toContainText('tidak berisi teks');
	await expect(alerts.filter({ hasText: 'catatan.rtf' })).toContainText('jenis berkas ini tidak didukung');
	await expect(alerts.filter({ hasText: 'rusak.docx' })).toContainText('rusak atau tidak dapat dibaca');
	await expect(alerts.filter({ hasText: 'besar.txt' })).toContainText('terlalu besar (16.0 MB; paling besar 15.0 MB)');
	for (const alert of await alerts.all()) await expect(alert).toContainText('Dokumen yang sudah ditambahkan tetap ada.');
	await expect(documents).toHaveCount(1);
	await expect(documents.getByLabel('Judul')).toHaveValue('Stratifikasi Sosial: Pengertian, Dasar, dan Jenisnya');
	// A message goes when dismissed; the document is still there to extract.
	await alerts.filter({ hasText: 'kosong.txt' }).getByRole('button').click();
	await expect(alerts).toHaveCount(4);
	await expect(page.getByRole('button', { name: 'Cari konsep' })).toBeEnabled();
});
