/**
 * Search: real keystrokes into the search box (`page.keyboard.type`), each timed in the
 * page from its keydown to the frame after the result list has changed.
 */
import type { Page } from '@playwright/test';
import { atMost, median, quantile, type Row } from './stats';

export async function searchLatency(page: Page): Promise<Row[]> {
	const input = page.locator('#search-input');
	await input.focus();
	// The index is built after the first paint: wait until a query finds something.
	await page.keyboard.type('kel');
	await page.waitForSelector('#search-results [role="option"]', { timeout: 10_000 });
	const times: number[] = [];
	for (const query of ['relawan', 'kelompok okupasional', 'ikatan dokter', 'kesejahteraan', 'okupsional']) {
		await input.fill('');
		for (const ch of query) {
			await page.evaluate(() => {
				const probe = { t0: 0, done: 0 };
				(window as unknown as { __key: typeof probe }).__key = probe;
				addEventListener('keydown', (e) => (probe.t0 = e.timeStamp), { capture: true, once: true });
				const list = () => document.querySelector('#search-results');
				const observer = new MutationObserver(() => {
					observer.disconnect();
					requestAnimationFrame(() => {
						const c = new MessageChannel();
						c.port1.onmessage = () => (probe.done = performance.now());
						c.port2.postMessage(0);
					});
				});
				observer.observe(list()?.parentElement ?? document.body, { subtree: true, childList: true, characterData: true });
			});
			await page.keyboard.type(ch);
			const done = await page
				.waitForFunction(() => {
					const probe = (window as unknown as { __key: { t0: number; done: number } }).__key;
					return probe.done ? probe.done - probe.t0 : null;
				}, null, { timeout: 2_000, polling: 20 })
				.catch(() => null);
			if (done) times.push((await done.jsonValue()) as number);
		}
	}
	await input.fill('');
	return [
		atMost('search keystroke → results painted (median)', median(times), 'ms', 33, times.length),
		atMost('search keystroke → results painted (p90)', quantile(times, 0.9), 'ms', 50, times.length)
	];
}
