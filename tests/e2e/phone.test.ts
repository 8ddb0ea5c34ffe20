import { expect, test, type Page } from '@playwright/test';
import { expectSelected, panel } from './helpers';

const ROUTES = [
	'/',
	'/?node=kelompok-okupasional',
	'/mindmap',
	'/present',
	'/compare',
	'/quiz',
	'/tours',
	'/tours/edit',
	'/read/pengertian-kelompok-okupasional'
];

/** Waits for a page's content: the graph drawn, or the main heading shown. */
async function ready(page: Page) {
	await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0 || !!document.querySelector('main h1, main article'));
	await page.waitForTimeout(300);
}

/** How far the page is wider than the screen (0 when nothing sticks out). */
const sidewaysOverflow = (page: Page) =>
	page.evaluate(() => Math.max(document.scrollingElement!.scrollWidth, innerWidth) - document.documentElement.clientWidth);

test.describe('phones', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	test('no route scrolls sideways at 390, 360 or 430 px', async ({ page }) => {
		for (const route of ROUTES) {
			for (const width of [390, 360, 430]) {
				await page.setViewportSize({ width, height: 844 });
				await page.goto(route);
				await ready(page);
				expect(await sidewaysOverflow(page), `${route} at ${width} px`).toBe(0);
			}
		}
	});

	test('the panel is a bottom sheet: closed at first, half height on selection, full and closed by its buttons', async ({ page }) => {
		await page.goto('/');
		await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
		const sheet = page.locator('#side-panel');
		await expect(panel(page)).toBeHidden();
		const closed = (await sheet.boundingBox())!;
		expect(closed.height).toBeLessThan(80);
		expect(closed.y + closed.height).toBeCloseTo(844, -1);

		// A tap on a node: the sheet rises to half height, the map stays above it.
		await page.evaluate(() => {
			const cy = window.cy!;
			cy.zoom(1.4);
			cy.center(cy.getElementById('kelompok-volunter'));
		});
		const box = (await page.getByTestId('graph').boundingBox())!;
		const at = await page.evaluate(() => window.cy!.getElementById('kelompok-volunter').renderedPosition());
		await page.touchscreen.tap(box.x + at.x, box.y + at.y);
		await expectSelected(page, 'kelompok-volunter');
		await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Kelompok volunter');
		await expect.poll(async () => (await sheet.boundingBox())!.height).toBeGreaterThan(844 * 0.4);
		expect((await sheet.boundingBox())!.height).toBeLessThan(844 * 0.6);
		const canvas = (await page.getByTestId('graph').boundingBox())!;
		expect(canvas.height).toBeGreaterThan(150);

		await page.getByRole('button', { name: 'Perbesar panel' }).tap();
		await expect.poll(async () => (await sheet.boundingBox())!.height).toBeGreaterThan(844 * 0.75);
		// The close button stays in reach at full height.
		const close = page.getByRole('button', { name: 'Tutup panel' });
		await expect(close).toBeInViewport();
		await close.tap();
		await expect(panel(page)).toBeHidden();
		await expect.poll(async () => (await sheet.boundingBox())!.height).toBeLessThan(80);

		// Dragging the bar up opens it.
		const bar = (await sheet.boundingBox())!;
		const cdp = await page.context().newCDPSession(page);
		const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', y: number) =>
			cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: 40, y, id: 1 }] });
		await touch('touchStart', bar.y + 12);
		for (let y = bar.y + 12; y > 300; y -= 40) await touch('touchMove', y);
		await touch('touchMove', 300);
		await touch('touchEnd', 300);
		await expect(panel(page)).toBeVisible();
	});

	test('search is an icon that unfolds into the field and finds as on a laptop', async ({ page }) => {
		await page.goto('/');
		await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
		const input = page.locator('#search-input');
		await expect(input).toBeHidden();
		const icon = page.getByRole('button', { name: 'Cari', exact: true });
		const iconBox = (await icon.boundingBox())!;
		expect(Math.min(iconBox.width, iconBox.height)).toBeGreaterThanOrEqual(44);
		await icon.tap();
		await expect(input).toBeFocused();
		expect((await input.boundingBox())!.width).toBeGreaterThan(300);
		await page.keyboard.type('dokter');
		await expect(page.getByRole('option').first()).toBeVisible();
		await page.keyboard.press('Enter');
		await expect(panel(page).getByRole('heading', { level: 2 })).toBeVisible();
		expect(await sidewaysOverflow(page)).toBe(0);
	});

	test('every control of the explorer is a 44 px touch target', async ({ page }) => {
		await page.goto('/?node=kelompok-okupasional');
		await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
		await expect(panel(page).getByRole('heading', { level: 2 })).toBeVisible();
		await page.locator('details.relations-box summary').tap();
		await page.getByRole('button', { name: /Jenis konsep/ }).tap();
		const small = await page.evaluate(() => {
			const controls = document.querySelectorAll<HTMLElement>(
				'header button, header a, header select, header summary, .bar button, .bar select, .bar label, .legend-bar button, #side-panel button, #side-panel summary, #side-panel a.read, #side-panel .actions a'
			);
			return [...controls]
				.filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
				.map((el) => ({ el, box: el.getBoundingClientRect() }))
				.filter(({ box }) => box.height < 44 || box.width < 44)
				.map(({ el, box }) => `${el.tagName} "${(el.textContent ?? '').trim().slice(0, 24)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
		});
		expect(small).toEqual([]);
	});
});

test('the teaching views are labelled tabs from 1024 px and a labelled menu below', async ({ page }) => {
	const views = ['Penjelajah', 'Peta pikiran', 'Tur pelajaran', 'Presentasi', 'Bandingkan', 'Kuis'];
	for (const route of ['/', '/mindmap']) {
		await page.setViewportSize({ width: 1024, height: 768 });
		await page.goto(route);
		const nav = page.getByRole('navigation', { name: 'Tampilan' });
		for (const name of views) await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
		await expect(nav.locator('a[aria-current="page"]:visible')).toHaveText(route === '/' ? 'Penjelajah' : 'Peta pikiran');
		expect(await sidewaysOverflow(page)).toBe(0);

		await page.setViewportSize({ width: 900, height: 768 });
		const menu = nav.locator('summary');
		await expect(menu).toBeVisible();
		await expect(menu).toContainText(route === '/' ? 'Penjelajah' : 'Peta pikiran');
		await expect(nav.getByRole('link', { name: 'Kuis', exact: true })).toBeHidden();
		await menu.click();
		for (const name of views) await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
	}
});
