import { expect, test } from '@playwright/test';
import { openExplorer, panel, pointOf, watchConsole, bringIntoView } from './helpers';

test('a malformed graph.json shows a clear message, not a blank page', async ({ page }) => {
	await page.route('**/graph.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"nodes": [' }));
	await page.goto('/');
	await expect(page.getByRole('alert')).toContainText('graph.json bukan JSON yang valid');
	await expect(page.getByRole('alert')).toContainText('npm run graph');
});

test('a graph.json that breaks the contract lists what is wrong', async ({ page }) => {
	const errors = watchConsole(page);
	await page.route('**/graph.json', (route) =>
		route.fulfill({
			status: 200,
			contentType: 'application/json',
			body: JSON.stringify({ attributes: { schema: 1, title: 'x' }, nodes: [{ key: 'a', attributes: { label: 'A' } }], edges: [] })
		})
	);
	await page.goto('/');
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('tidak sesuai skema');
	await expect(alert).toContainText('attributes.documents');
	expect(errors).toEqual([]);
});

test('a missing article in the reader says so', async ({ page }) => {
	// Static hosts answer unknown paths with the SPA fallback page; the preview server does not, so do it here.
	await page.route('**/read/tidak-ada', (route) => route.fulfill({ path: `${process.env.BUILD_DIR || 'build'}/404.html`, contentType: 'text/html' }));
	await page.goto('/read/tidak-ada');
	await expect(page.getByRole('alert')).toContainText('tidak-ada');
});

test.describe('tablet', () => {
	test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: false });

	test('tap selects, the panel collapses and opens again', async ({ page }) => {
		await openExplorer(page);
		await bringIntoView(page, 'kelompok-okupasional');
		const { x, y } = await pointOf(page, 'kelompok-okupasional');
		await page.touchscreen.tap(x, y);
		await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Kelompok okupasional');
		const toggle = page.getByRole('button', { name: 'Ciutkan panel' });
		await toggle.tap();
		await expect(panel(page)).toBeHidden();
		const canvasWidth = (await page.getByTestId('graph').boundingBox())!.width;
		expect(canvasWidth).toBeGreaterThan(950);
		await page.getByRole('button', { name: 'Buka panel' }).tap();
		await expect(panel(page)).toBeVisible();
	});
});

test.describe('touch', () => {
	test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true });

	test('a two-finger pinch zooms the graph', async ({ page }) => {
		await openExplorer(page);
		const before = await page.evaluate(() => window.cy!.zoom());
		const box = (await page.getByTestId('graph').boundingBox())!;
		const cx = box.x + box.width / 2;
		const cy = box.y + box.height / 2;
		const cdp = await page.context().newCDPSession(page);
		const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', spread: number) =>
			cdp.send('Input.dispatchTouchEvent', {
				type,
				touchPoints:
					type === 'touchEnd'
						? []
						: [
								{ x: cx - spread, y: cy, id: 1 },
								{ x: cx + spread, y: cy, id: 2 }
							]
			});
		await touch('touchStart', 40);
		for (let spread = 50; spread <= 200; spread += 15) await touch('touchMove', spread);
		await touch('touchEnd', 200);
		await expect.poll(() => page.evaluate(() => window.cy!.zoom())).toBeGreaterThan(before * 1.5);
	});
});
