/**
 * `npm run bench`: the explorer's speed on the production build, in headless Chromium.
 * Prints a table and writes bench-results/bench.json. Targets are reported, never asserted.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath, chromiumFound } from '../e2e/chromium-path.js';
import { importLongTasks } from './import-longtasks';

const PORT = 4174;
const BASE = `http://127.0.0.1:${PORT}`;
const BUILD = process.env.BUILD_DIR || 'build';

interface Row {
	metric: string;
	value: number;
	unit: string;
	target: string;
	met: boolean;
	samples: number;
}

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

async function startServer(): Promise<() => void> {
	const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], {
		stdio: 'ignore',
		detached: true
	});
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(BASE)).ok) return () => process.kill(-server.pid!);
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	process.kill(-server.pid!);
	throw new Error(`the preview server did not start on ${BASE}`);
}

/** Navigation start → first frame with the graph drawn, in a fresh context (cold cache) each time. */
async function coldLoad(runs: number): Promise<number[]> {
	const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		await page.goto(BASE);
		await page.waitForFunction(() => performance.getEntriesByName('graph-painted').length > 0, null, { timeout: 20_000 });
		times.push(await page.evaluate(() => performance.getEntriesByName('graph-painted')[0].startTime));
		await context.close();
	}
	await browser.close();
	return times;
}

/**
 * Two clocks per interaction: `ready` — the work is done (Svelte has flushed the DOM and the
 * browser has computed style and layout of the panel), and `frame` — the next frame has been
 * produced (rAF, then a task after it), which adds the wait for the display's next refresh.
 */
const MEASURE = `async (t0, probe) => {
	await new Promise((r) => queueMicrotask(r));
	document.querySelector(probe)?.getBoundingClientRect();
	const ready = performance.now() - t0;
	const frame = await new Promise((resolve) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => resolve(performance.now() - t0); c.port2.postMessage(0); }));
	return { ready, frame };
}`;

interface Timing {
	ready: number;
	frame: number;
}

async function tapToPassages(page: Page): Promise<Timing[]> {
	return page.evaluate(async (measure) => {
		const timed = eval(measure) as (t0: number, probe: string) => Promise<Timing>;
		const cy = window.cy!;
		const keys = cy.nodes().map((n) => n.id()).slice(0, 40);
		const times: Timing[] = [];
		for (const key of keys) {
			const t0 = performance.now();
			cy.getElementById(key).emit('tap');
			const time = await timed(t0, '[data-testid="passages"] article:last-of-type');
			const heading = document.querySelector('[data-testid="passages"] h2')?.textContent;
			if (heading !== cy.getElementById(key).data('display')) throw new Error(`the panel did not show ${key}`);
			times.push(time);
			await new Promise((r) => setTimeout(r, 200)); // let the canvas redraw settle between samples
		}
		return times;
	}, MEASURE);
}

async function searchKeystrokes(page: Page): Promise<Timing[]> {
	await page.locator('#search-input').focus();
	await page.waitForFunction(() => {
		const input = document.querySelector<HTMLInputElement>('#search-input')!;
		input.value = 'kelompok';
		input.dispatchEvent(new Event('input', { bubbles: true }));
		return document.querySelectorAll('#search-results [role="option"]').length > 0;
	});
	return page.evaluate(async (measure) => {
		const timed = eval(measure) as (t0: number, probe: string) => Promise<Timing>;
		const input = document.querySelector<HTMLInputElement>('#search-input')!;
		const times: Timing[] = [];
		for (const query of ['relawan', 'kelompok okupasional', 'ikatan dokter', 'kesejahteraan', 'digital']) {
			for (let i = 1; i <= query.length; i++) {
				input.value = query.slice(0, i);
				const t0 = performance.now();
				input.dispatchEvent(new Event('input', { bubbles: true }));
				times.push(await timed(t0, '#search-results'));
			}
		}
		return times;
	}, MEASURE);
}

/** The JS a route loads before it is interactive: the modules its prerendered HTML imports, gzipped. */
function initialJs(htmlFile: string): number {
	const html = readFileSync(join(BUILD, htmlFile), 'utf8');
	const files = new Set<string>();
	for (const m of html.matchAll(/(?:href|import\()\s*=?\s*"([^"]+\.js)"/g)) files.add(m[1]);
	let total = 0;
	for (const file of files) {
		const path = join(BUILD, file.replace(/^(\.\.\/|\.\/)+/, '').replace(/^\//, ''));
		total += gzipSync(readFileSync(path)).length;
	}
	return total;
}

async function main() {
	if (!chromiumFound()) {
		console.error(`No Chromium at ${chromiumPath}; install it (apt-get install chromium) or set CHROMIUM_PATH.`);
		process.exit(1);
	}
	const stop = await startServer();
	const rows: Row[] = [];
	try {
		const cold = await coldLoad(7);
		rows.push({ metric: 'cold load → first graph paint (median)', value: round(median(cold), 0), unit: 'ms', target: '≤ 1000 ms', met: median(cold) <= 1000, samples: cold.length });

		const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(BASE);
		await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
		await tapToPassages(page); // warm-up: first renders compile templates
		const taps = await tapToPassages(page);
		const tapReady = median(taps.map((t) => t.ready));
		const tapFrame = median(taps.map((t) => t.frame));
		rows.push({ metric: 'node tap → passages in DOM, laid out (median)', value: round(tapReady), unit: 'ms', target: '≤ 16 ms', met: tapReady <= 16, samples: taps.length });
		rows.push({ metric: 'node tap → next frame painted (median)', value: round(tapFrame), unit: 'ms', target: '(info)', met: true, samples: taps.length });
		const keys = await searchKeystrokes(page);
		const keyReady = median(keys.map((t) => t.ready));
		const keyFrame = median(keys.map((t) => t.frame));
		rows.push({ metric: 'search keystroke → results in DOM (median)', value: round(keyReady), unit: 'ms', target: '≤ 5 ms', met: keyReady <= 5, samples: keys.length });
		rows.push({ metric: 'search keystroke → next frame painted (median)', value: round(keyFrame), unit: 'ms', target: '(info)', met: true, samples: keys.length });
		await browser.close();

		const routes: Array<[string, string]> = [['/', 'index.html']];
		for (const f of readdirSync(join(BUILD, 'read'))) if (statSync(join(BUILD, 'read', f)).isFile() && f.endsWith('.html')) routes.push([`/read/${f.replace(/\.html$/, '')}`, `read/${f}`]);
		for (const [route, file] of routes.slice(0, 2)) {
			const kb = initialJs(file) / 1024;
			rows.push({ metric: `initial JS ${route === '/' ? '/' : '/read/[doc]'} (gzip)`, value: round(kb, 1), unit: 'KB', target: '≤ 220 KB', met: kb <= 220, samples: 1 });
		}
		rows.push(...(await importLongTasks(BASE)));
	} finally {
		stop();
	}

	const width = Math.max(...rows.map((r) => r.metric.length));
	console.log(`${'metric'.padEnd(width)}  ${'value'.padStart(9)}  target      met`);
	for (const r of rows)
		console.log(`${r.metric.padEnd(width)}  ${`${r.value} ${r.unit}`.padStart(9)}  ${r.target.padEnd(10)}  ${r.target === '(info)' ? '' : r.met ? 'yes' : 'NO'}`);
	mkdirSync('bench-results', { recursive: true });
	writeFileSync('bench-results/bench.json', JSON.stringify({ date: new Date().toISOString(), rows }, null, 2) + '\n');
	console.log('→ bench-results/bench.json');
}

await main();
