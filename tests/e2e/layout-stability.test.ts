import { expect, test } from '@playwright/test';
import { openExplorer } from './helpers';

/** Positions after a force layout of a focused view, rounded to whole pixels. */
async function focusedForcePositions(page: import('@playwright/test').Page) {
	await openExplorer(page, '?focus=kelompok-volunter&depth=1');
	await expect.poll(() => page.evaluate(() => window.cy!.nodes('.hidden').length)).toBeGreaterThan(0);
	await expect.poll(() => page.evaluate(() => window.cy!.nodes(':animated').length > 0)).toBe(false);
	await page.waitForTimeout(700);
	return page.evaluate(() =>
		window.cy!
			.nodes(':visible')
			.map((n) => `${n.id()}:${Math.round(n.position().x)},${Math.round(n.position().y)}`)
			.sort()
	);
}

test('the same view lays out to the same picture every time', async ({ page }) => {
	const first = await focusedForcePositions(page);
	const second = await focusedForcePositions(page);
	expect(first.length).toBeGreaterThan(10);
	expect(second).toEqual(first);
});
