/**
 * `npm run bench`: the explorer's speed on the production build, in headless Chromium,
 * driven by real input (pointer presses, key presses) and timed to the painted frame.
 * Prints a table and writes bench-results/bench.json. Targets are reported, never asserted.
 * Each benchmark lives in its own file and returns rows; add one import and one call here.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath, chromiumFound } from '../e2e/chromium-path.js';
import { bigGraph } from './big-graph';
import { bundleSizes } from './bundle-size';
import { clickLatency } from './click-latency';
import { coldLoad } from './cold-load';
import { extractRows } from './extract-bench';
import { importLongTasks } from './import-longtasks';
import { searchLatency } from './search-latency';
import { BASE, KEEP_NAMES_SHIM, startServer } from './server';
import type { Row } from './stats';

function printTable(rows: Row[]) {
	const width = Math.max(...rows.map((r) => r.metric.length));
	console.log(`${'metric'.padEnd(width)}  ${'value'.padStart(10)}  ${'n'.padStart(3)}  target      met`);
	for (const r of rows)
		console.log(
			`${r.metric.padEnd(width)}  ${`${r.value} ${r.unit}`.padStart(10)}  ${String(r.samples).padStart(3)}  ${r.target.padEnd(10)}  ${r.target === '(info)' ? '' : r.met ? 'yes' : 'NO'}`
		);
}

async function main() {
	if (!chromiumFound()) {
		console.error(`No Chromium at ${chromiumPath}; install it (apt-get install chromium) or set CHROMIUM_PATH.`);
		process.exit(1);
	}
	const stop = await startServer();
	const rows: Row[] = [];
	const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
	try {
		rows.push(...(await coldLoad(browser)));
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		await page.addInitScript(KEEP_NAMES_SHIM);
		const clicks = await clickLatency(page);
		rows.push(...clicks.rows);
		rows.push(...(await searchLatency(page)));
		await page.close();
		rows.push(...bundleSizes());
		rows.push(...(await importLongTasks(BASE)));
		rows.push(...(await bigGraph(browser)));
		rows.push(...extractRows());
		mkdirSync('bench-results', { recursive: true });
		writeFileSync('bench-results/clicks.json', JSON.stringify(clicks.timings, null, 2) + '\n');
	} finally {
		await browser.close();
		stop();
	}
	printTable(rows);
	writeFileSync('bench-results/bench.json', JSON.stringify({ date: new Date().toISOString(), rows }, null, 2) + '\n');
	console.log('→ bench-results/bench.json, bench-results/clicks.json');
}

await main();
