/**
 * The offline classroom: after one visit every view works with the network off, and a new build
 * is announced and waits for the word instead of being swapped in mid-lesson.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { buildDir, expectViewWorks, graphReady, prerenderedRoutes } from './shell-helpers';

// The other tests block service workers (they stub the network); these are about it.
test.use({ serviceWorkers: 'allow' });

const version = JSON.parse(readFileSync(`${buildDir}/_app/version.json`, 'utf8')).version as string;

/**
 * A static host in front of the preview server (with the 404.html fallback page the preview
 * server lacks) that can be switched to "the next build": its service
 * worker has another version, its graph.json another title. (The browser fetches a service worker
 * script for an update itself, out of reach of Playwright's routing, so the host has to change.)
 */
class Host {
	next: { version: string; title: string } | null = null;
	#server: Server | null = null;

	async start(upstream: string): Promise<string> {
		this.#server = createServer(async (request, response) => {
			if (request.url === '/404.html') {
				response.writeHead(200, { 'content-type': 'text/html' });
				response.end(readFileSync(`${buildDir}/404.html`));
				return;
			}
			const answer = await fetch(upstream + request.url, { headers: { accept: request.headers.accept ?? '*/*' } });
			let body = Buffer.from(await answer.arrayBuffer());
			const path = new URL(request.url ?? '/', upstream).pathname;
			if (this.next && path === '/service-worker.js') body = Buffer.from(body.toString('utf8').replaceAll(version, this.next.version));
			if (this.next && path === '/graph.json') {
				const graph = JSON.parse(body.toString('utf8'));
				graph.attributes.title = this.next.title;
				body = Buffer.from(JSON.stringify(graph));
			}
			response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/octet-stream', 'cache-control': 'no-cache' });
			response.end(body);
		});
		await new Promise<void>((done) => this.#server!.listen(0, '127.0.0.1', done));
		return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
	}

	stop(): Promise<void> {
		this.#server?.closeAllConnections();
		return new Promise((done) => (this.#server ? this.#server.close(() => done()) : done()));
	}
}

/** One ordinary visit: the explorer loads and the service worker has cached the app and looks after the page. */
async function visitOnce(page: Page, origin = ''): Promise<void> {
	await page.goto(`${origin}/`);
	await graphReady(page);
	await page.evaluate(() => navigator.serviceWorker.ready);
	await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** One visit through a host, then the network goes: the origin the visit used, now served by the service worker alone. */
async function offlineAfterOneVisit(page: Page, upstream: string): Promise<string> {
	const host = new Host();
	const origin = await host.start(upstream);
	await visitOnce(page, origin);
	await page.context().setOffline(true);
	await host.stop();
	return origin;
}

const marker = (page: Page) => page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage ?? false);

test('after one visit every route works with the network off, links with a query included', async ({ page, baseURL }) => {
	test.setTimeout(120_000);
	const origin = await offlineAfterOneVisit(page, baseURL!);
	const routes = [
		...prerenderedRoutes(),
		'/?node=kelompok-volunter&lang=en',
		'/mindmap?root=ikatan-dokter-indonesia',
		'/present?tour=auto-kelompok-volunter',
		'/compare?a=kelompok-okupasional&b=kelompok-volunter',
		'/tours/edit?tour=auto-dokter',
		'/read/okupasional-dan-volunter#passage-okupasional-dan-volunter-p6'
	];
	const working: string[] = [];
	for (const route of routes) {
		const response = await page.goto(origin + route);
		expect(response?.fromServiceWorker(), route).toBe(true);
		await expectViewWorks(page, route);
		working.push(route);
	}
	console.info(`offline: ${working.length} of ${routes.length} routes working`);
	// Moving between views inside the app (client-side navigation, code split per view) works too.
	await page.goto(`${origin}/?node=ikatan-dokter-indonesia`);
	await page.getByTestId('passages').getByRole('link', { name: 'Peta pikiran dari sini' }).click();
	await expect(page).toHaveURL(/\/mindmap\?root=ikatan-dokter-indonesia/);
	await graphReady(page);
	// And an address the app does not know still gets its page, not the browser's offline error.
	await page.goto(`${origin}/tidak-ada`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Halaman tidak ditemukan');
});

test('a new build is announced, not swapped in; once accepted the page reloads onto the new graph', async ({ page, baseURL }) => {
	const host = new Host();
	const origin = await host.start(baseURL!);
	try {
		await visitOnce(page, origin);
		await page.evaluate(() => ((window as unknown as { __samePage: boolean }).__samePage = true));
		host.next = { version: `${version}-next`, title: 'Peta versi baru' };
		// What the hourly check (or coming back to the tab) does.
		await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));

		const banner = page.getByTestId('update-banner');
		await expect(banner).toContainText('Versi baru tersedia — muat ulang');
		// Mid-lesson nothing changes: the same page, the old graph, the old build answering.
		await page.getByRole('combobox', { name: 'Cari konsep atau teks' }).fill('dokter');
		await expect(page.getByRole('option').first()).toBeVisible();
		expect(await marker(page)).toBe(true);
		await expect(page).not.toHaveTitle(/Peta versi baru/);
		const served = await page.evaluate(() => fetch('/graph.json').then((r) => r.json()).then((g) => g.attributes.title as string));
		expect(served).not.toBe('Peta versi baru');

		// "Later" steps aside; the notice is back on the next load, the new build still waiting.
		await banner.getByRole('button', { name: 'Nanti' }).click();
		await expect(banner).toHaveCount(0);
		await page.reload();
		await graphReady(page);
		await expect(page).not.toHaveTitle(/Peta versi baru/);
		await expect(banner).toBeVisible();

		await banner.getByRole('button', { name: 'muat ulang' }).click();
		await expect(page).toHaveTitle(/Peta versi baru/);
		await graphReady(page);
		expect(await marker(page)).toBe(false);
		await expect(banner).toHaveCount(0);
		// The old build's cache is gone, so the old graph.json can never come back, offline included.
		expect(await page.evaluate(() => caches.keys())).toEqual([expect.stringMatching(/-next$/)]);
		await page.context().setOffline(true);
		await page.reload();
		await expect(page).toHaveTitle(/Peta versi baru/);
	} finally {
		await host.stop();
	}
});

test.describe('in English', () => {
	test.use({ locale: 'en-GB' });

	test('the new version notice speaks English', async ({ page, baseURL }) => {
		const host = new Host();
		const origin = await host.start(baseURL!);
		try {
			await visitOnce(page, origin);
			host.next = { version: `${version}-en`, title: 'New map' };
			await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
			await expect(page.getByTestId('update-banner')).toContainText('A new version is available — reload');
		} finally {
			await host.stop();
		}
	});
});

test('after one visit a map from one\'s own texts is made with the network off, PDFs and web pages included', async ({ page, baseURL }) => {
	test.setTimeout(120_000);
	// The visit is to the explorer only: /baru, its extraction worker (with pdf.js inside) and Readability come from the cache.
	const origin = await offlineAfterOneVisit(page, baseURL!);
	const response = await page.goto(`${origin}/baru`);
	expect(response?.fromServiceWorker()).toBe(true);
	await expect(page.getByTestId('own-document').locator('textarea')).toHaveCount(1);
	const fixtures = `${import.meta.dirname}/../fixtures/extract`;
	await page.getByTestId('own-files').setInputFiles([`${fixtures}/id-mobilitas-sosial.pdf`, `${fixtures}/id-karang-taruna.html`]);
	const languages = page.getByTestId('own-document').getByTestId('own-language');
	await expect(languages).toHaveCount(2);
	await expect(languages.first()).toContainText('Otomatis: Indonesia');
	await expect(languages.nth(1)).toContainText('Otomatis: Indonesia');
	await page.getByRole('button', { name: 'Cari konsep' }).click();
	await expect(page.getByTestId('review-summary')).toBeVisible();
	await expect(page.getByTestId('review-concept').first().locator('blockquote mark').first()).toBeVisible();
	await page.getByRole('button', { name: 'Buat peta' }).click();
	await page.waitForURL(/[?&]map=/);
	await page.waitForFunction(() => ((window as unknown as { cy?: { nodes(): { length: number } } }).cy?.nodes().length ?? 0) > 0);
});
