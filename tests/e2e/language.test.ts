import { expect, test, type Page } from '@playwright/test';
import { openExplorer } from './helpers';

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

test('a language chosen once holds across the menu, fresh visits and every view; <html lang> follows', async ({ page }) => {
	// The browser says Indonesian (playwright.config); the person picks English.
	await openExplorer(page);
	expect(await htmlLang(page)).toBe('id');
	await page.getByRole('button', { name: 'English', exact: true }).click();
	await expect(page.locator('#search-input')).toHaveAttribute('placeholder', /Search concepts/);
	expect(await htmlLang(page)).toBe('en');
	await expect(page).toHaveTitle(/Explorer/);

	// The menu's links carry the choice.
	const mindmapLink = page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Mind map' }).first();
	expect(await mindmapLink.getAttribute('href')).toMatch(/lang=en/);

	// Fresh visits without ?lang= (typed address, bookmark): the stored choice holds.
	for (const [path, heading] of [
		['/mindmap', /^Mind map: /],
		['/quiz', /^Self-check quiz$/],
		['/tours', /^Lesson tours$/]
	] as const) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
		expect(await htmlLang(page), path).toBe('en');
	}
	await page.goto('/read/pengertian-kelompok-okupasional');
	await expect(page.getByRole('link', { name: /Back to the map/ })).toBeVisible();
	expect(await htmlLang(page)).toBe('en');

	// The presenter: its tour picker and the tab title name the tour in English.
	await page.goto('/present');
	const picker = page.getByTestId('tour-picker');
	await expect(picker.locator('option').first()).toHaveText('Occupational group');
	await expect(page).toHaveTitle(/^Presenting: Occupational group/);

	// Switching back on a teaching page holds too, for the explorer's next fresh visit.
	await page.getByRole('button', { name: 'Indonesia', exact: true }).click();
	expect(await htmlLang(page)).toBe('id');
	await expect(picker.locator('option').first()).toHaveText('Kelompok okupasional');
	await page.goto('/');
	await expect(page.locator('#search-input')).toHaveAttribute('placeholder', /Cari konsep/);
	expect(await htmlLang(page)).toBe('id');
});

test('a shared link keeps its language for someone who never chose one', async ({ page, browser }) => {
	await openExplorer(page, '?node=kelompok-volunter');
	await page.getByRole('button', { name: 'English', exact: true }).click();
	await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('en');
	const shared = page.url();

	const other = await browser.newContext({ locale: 'id-ID' });
	try {
		const visitor = await other.newPage();
		await visitor.goto(shared);
		await expect(visitor.getByTestId('passages').getByRole('heading', { level: 2 })).toHaveText('Voluntary group');
		expect(await htmlLang(visitor)).toBe('en');
		// The link's language is the visitor's for this visit, and goes on into the reader.
		const read = visitor.getByTestId('passages').getByRole('link', { name: /Read in the article/ }).first();
		expect(await read.getAttribute('href')).toMatch(/lang=en/);
	} finally {
		await other.close();
	}
});
