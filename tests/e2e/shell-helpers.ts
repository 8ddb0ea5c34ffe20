/** Shared steps of the app-shell tests: the prerendered pages, what "a view works" means, CSP violations. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, type Page } from '@playwright/test';

export const buildDir = process.env.BUILD_DIR || 'build';

/** The route of every prerendered page in the build, e.g. "/", "/read/identitas-profesional". */
export function prerenderedRoutes(dir = buildDir): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === '_app' ? [] : prerenderedRoutes(path);
		if (!name.endsWith('.html') || name === '404.html') return [];
		const route = '/' + relative(buildDir, path).replace(/\.html$/, '');
		return [route === '/index' ? '/' : route];
	});
}

export const graphReady = (page: Page) => page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);

/** Waits until the view at this route shows what it is for (in Indonesian, the tests' locale). */
export async function expectViewWorks(page: Page, route: string): Promise<void> {
	const path = route.split(/[?#]/)[0];
	if (['/', '/mindmap', '/compare', '/present'].includes(path)) await graphReady(page);
	if (path === '/present') await expect(page.getByTestId('caption')).not.toBeEmpty();
	if (path === '/quiz') await expect(page.getByTestId('quiz-progress')).toHaveText(/Soal 1 dari/);
	if (path === '/tours') await expect(page.locator('li[data-tour]').first()).toBeVisible();
	if (path === '/tours/edit') await expect(page.getByLabel('Judul tur')).not.toHaveValue('');
	if (path.startsWith('/read/')) await expect(page.locator('article.article mark').first()).toBeVisible();
}

/**
 * Collects every CSP violation the page reports (the `securitypolicyviolation` event, and the
 * browser's own "Refused to …" console lines), across navigations.
 */
export async function watchCsp(page: Page): Promise<string[]> {
	const violations: string[] = [];
	await page.exposeFunction('__reportCspViolation', (text: string) => violations.push(text));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
			report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber} (${event.sample})`);
		});
	});
	page.on('console', (message) => {
		if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
	});
	return violations;
}

/** The policy a page carries in its <meta http-equiv>, parsed into directives. */
export async function metaPolicy(page: Page): Promise<Record<string, string[]>> {
	const content = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
	const policy: Record<string, string[]> = {};
	for (const part of (content ?? '').split(';')) {
		const [name, ...values] = part.trim().split(/\s+/);
		if (name) policy[name] = values;
	}
	return policy;
}
