/** Navigation start → first frame with the graph drawn, each run in a fresh context (cold cache). */
import type { Browser } from '@playwright/test';
import { BASE } from './server';
import { atMost, median, type Row } from './stats';

export async function coldLoad(browser: Browser, runs = 7): Promise<Row[]> {
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		await page.goto(BASE);
		await page.waitForFunction(() => performance.getEntriesByName('graph-painted').length > 0, null, { timeout: 20_000 });
		times.push(await page.evaluate(() => performance.getEntriesByName('graph-painted')[0].startTime));
		await context.close();
	}
	return [atMost('cold load → first graph paint (median)', median(times), 'ms', 1000, times.length)];
}
