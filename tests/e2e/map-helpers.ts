/** Shared steps of the maps library and autosave tests: a copy of the default map to edit, edits through the store's hook. */
import { expect, type Page } from '@playwright/test';

/** Duplicates the default map in the library (/maps) and returns the copy's id. */
export async function copyDefaultInLibrary(page: Page): Promise<string> {
	await page.goto('/maps');
	const cards = page.locator('article[data-map]');
	await expect(cards.first()).toHaveAttribute('data-map', 'default');
	const before = await cards.count();
	await page.getByRole('button', { name: /^Duplikat Kelompok Okupasional/ }).click();
	await expect(cards).toHaveCount(before + 1);
	return (await cards.last().getAttribute('data-map'))!;
}

/** Opens map `id` in the explorer and waits for it to be drawn and editable. */
export async function openForEditing(page: Page, id: string): Promise<void> {
	await page.goto(`/?map=${id}`);
	await page.waitForFunction((id) => window.maps?.open?.id === id && window.maps.canEdit && (window.cy?.nodes().length ?? 0) > 0, id);
}

/**
 * Adds a concept through the open map's editor (the store's automation hook), as the edit mode's
 * form would; resolves to its key.
 */
export async function addConcept(page: Page, label: string): Promise<string> {
	return page.evaluate((label) => {
		const maps = window.maps!;
		const kind = maps.open!.graph.getAttribute('kinds')[0].id;
		const result = maps.editor!.apply({ type: 'addConcept', label: { id: label, en: label }, kind });
		if (!result.ok) throw new Error(result.error.message);
		return (result.command as { key: string }).key;
	}, label);
}

/** Waits until the open map's changes are written. */
export async function saved(page: Page): Promise<void> {
	await page.waitForFunction(() => window.maps?.saving === false);
	await page.evaluate(() => window.maps!.flush());
}

export const drawn = (page: Page, key: string) => page.evaluate((key) => window.cy?.getElementById(key).nonempty() ?? false, key);
