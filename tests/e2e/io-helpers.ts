/** Shared steps of the import/export end-to-end tests. */
import { expect, type Download, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

/** Opens the Export menu and chooses a format; returns the download it starts. */
export async function exportAs(page: Page, format: string): Promise<Download> {
	await page.getByRole('button', { name: /^(Ekspor|Export)/ }).click();
	const downloading = page.waitForEvent('download');
	await page.getByRole('menuitem', { name: format, exact: true }).click();
	return downloading;
}

export async function downloadBytes(download: Download): Promise<Buffer> {
	return readFile((await download.path())!);
}

/** Imports files through the file picker of the Import button. */
export async function importFiles(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<void> {
	await page.getByTestId('import-file').setInputFiles(files);
}

export async function nodeCount(page: Page): Promise<number> {
	return page.evaluate(() => window.cy?.nodes().length ?? 0);
}

/** Waits until the explorer shows a map with this many nodes. */
export async function expectNodes(page: Page, count: number): Promise<void> {
	await expect.poll(() => nodeCount(page)).toBe(count);
}
