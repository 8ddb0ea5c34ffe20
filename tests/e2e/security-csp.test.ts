/**
 * Every prerendered page carries the Content-Security-Policy in a <meta>, and works under it:
 * no violation reported, the graph drawn, PNG and PDF exports (Cytoscape's canvas, jsPDF,
 * blob: downloads) still produced.
 */
import { expect, test } from '@playwright/test';
import { downloadBytes, exportAs } from './io-helpers';
import { buildDir, expectViewWorks, graphReady, metaPolicy, prerenderedRoutes, watchCsp } from './shell-helpers';

function expectStrictPolicy(policy: Record<string, string[]>): void {
	const scripts = policy['script-src'];
	expect(scripts).toContain("'self'");
	expect(scripts.filter((s) => s.startsWith("'sha256-")).length).toBeGreaterThan(0);
	for (const loose of ["'unsafe-eval'", "'unsafe-inline'", "'unsafe-hashes'", 'data:', 'blob:', '*'])
		expect(scripts, `script-src allows ${loose}`).not.toContain(loose);
	expect(policy['default-src']).toEqual(["'self'"]);
	expect(policy['object-src']).toEqual(["'none'"]);
	expect(policy['base-uri']).toEqual(["'self'"]);
	expect(policy['style-src']).not.toContain("'unsafe-inline'");
	expect(policy['worker-src']).toEqual(["'self'"]);
}

const routes = prerenderedRoutes();

test('the build has the pages this test expects to check', () => {
	expect(routes).toEqual(expect.arrayContaining(['/', '/mindmap', '/compare', '/present', '/quiz', '/tours', '/tours/edit']));
	expect(routes.filter((r) => r.startsWith('/read/')).length).toBeGreaterThanOrEqual(5);
});

for (const route of routes) {
	test(`CSP on ${route}: in the meta, strict, and nothing blocked`, async ({ page }) => {
		const violations = await watchCsp(page);
		await page.goto(route);
		expectStrictPolicy(await metaPolicy(page));
		await expectViewWorks(page, route);
		expect(violations).toEqual([]);
	});
}

test('CSP on the fallback page (404.html) that static hosts serve for unknown paths', async ({ page }) => {
	const violations = await watchCsp(page);
	await page.route('**/tidak-ada-halaman', (route) => route.fulfill({ path: `${buildDir}/404.html`, contentType: 'text/html' }));
	await page.goto('/tidak-ada-halaman');
	expectStrictPolicy(await metaPolicy(page));
	await expect(page.getByRole('link', { name: /Peta Konsep|beranda|home/i }).first()).toBeVisible();
	expect(violations).toEqual([]);
});

for (const route of ['/', '/mindmap', '/compare']) {
	test(`PNG and PDF export on ${route} work under the CSP`, async ({ page }) => {
		const violations = await watchCsp(page);
		await page.goto(route);
		await graphReady(page);
		const png = await downloadBytes(await exportAs(page, 'PNG'));
		expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
		const pdf = await downloadBytes(await exportAs(page, 'PDF'));
		expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		expect(violations).toEqual([]);
	});
}
