/** Watching a page for what a policy or a payload did: CSP violations and script that ran. */
import type { Page } from '@playwright/test';

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
