/**
 * Big graphs, drawn and moved: the explorer (production build) against sigma.js and plain
 * Cytoscape drawing the same file in the same run, on a seeded synthetic 5,000-node /
 * 20,000-edge network and on Gephi Lite's Power Grid (when a clone of gephi/gephi-lite is at
 * hand; see big-graph-files.ts). Every figure comes from real input in headless Chromium:
 *
 * - drawn: the file chosen through the file input → the frame after the renderer reports its
 *   first render of a graph with exactly the file's node and edge counts;
 * - pan and zoom: requestAnimationFrame intervals while the mouse drags the drawing, and while
 *   the wheel turns over it (median and p95);
 * - click: pointerdown at a node's drawn position → the frame after the panel names that node.
 *
 * Run alone: `npm run build && tsx tests/bench/big-graph.ts` (ports PW_PORT and PW_PORT + 1;
 * BIG_BENCH_ONLY=app, a pattern, measures only the renderers it matches);
 * `npm run bench` calls bigGraph().
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'vite';
import { chromiumArgs, chromiumPath } from '../e2e/chromium-path.js';
import { networkGexf, powerGridGexf } from './big-graph-files';
import { BASE, KEEP_NAMES_SHIM, PORT, serveFolder, startServer } from './server';
import { atMost, info, median, quantile, round, type Row } from './stats';
import type { PEER_RENDERERS } from './peers/peer-shell';

type Renderer = 'app' | 'sigma.js' | 'plain Cytoscape' | 'Cytoscape, leanest';
const RENDERERS: Renderer[] = ['app', 'sigma.js', 'plain Cytoscape', 'Cytoscape, leanest'];
/** Each peer's name on the peer page (`peer.html?renderer=…`). */
const PEER_NAMES: Record<Exclude<Renderer, 'app'>, (typeof PEER_RENDERERS)[number]> = { 'sigma.js': 'sigma', 'plain Cytoscape': 'cytoscape', 'Cytoscape, leanest': 'cytoscape-lean' };

interface Measured {
	drawn: number;
	/** File chosen → the file read and handed to the renderer (the app: by its import worker); the rest is drawing. */
	handedOver: number | null;
	pan: number[];
	zoom: number[];
	clicks: number[];
	clickMisses: number;
}

const DRAWN_TARGET_MS = 3000;
const P95_TARGET_MS = 100;
const CLICK_TARGET_MS = 50;
const PEER_FACTOR = 1.5;
const CLICKS = 8;

/** Builds the peer page (tests/bench/peers) with Vite into a temporary folder. */
async function buildPeers(): Promise<string> {
	const outDir = mkdtempSync(join(tmpdir(), 'bench-peers-'));
	await build({
		configFile: false,
		root: join(import.meta.dirname, 'peers'),
		base: './',
		logLevel: 'warn',
		build: { outDir, emptyOutDir: true, rollupOptions: { input: { peer: 'peer.html' } } }
	});
	return outDir;
}

// ----------------------------------------------------------------- in the page

type Probe = { t0: number | null; done: number | null };
interface BenchHooks {
	/** True once the renderer has drawn a graph of these counts since `since`. */
	drawn(nodes: number, edges: number, since: number): boolean;
	/** The next frame, then a task: the moment a frame with what was just drawn has gone out. */
	afterFrame(): Promise<number>;
	/** Calls `fn` after each frame the renderer draws. */
	onDraw(fn: () => void): void;
}
type BenchWindow = Window & { __bench: BenchHooks; __probe: Probe; __frames: number[]; __recording: boolean; __drew: boolean; __firstInput: number | null };

/**
 * The hooks, installed in the page by one evaluate (the explorer's CSP allows no eval, so no
 * function travels as text): the explorer's core is window.cy, a peer's is window.peer.
 */
function installHooks(kind: 'app' | 'peer') {
	const w = window as unknown as BenchWindow;
	w.__bench = {
		drawn(nodes, edges, since) {
			const painted = performance.getEntriesByName('graph-painted').some((e) => e.startTime >= since);
			if (!painted) return false;
			if (kind === 'app') return window.cy?.nodes().length === nodes && window.cy?.edges().length === edges;
			return window.peer?.nodes() === nodes && window.peer?.edges() === edges;
		},
		afterFrame: () =>
			new Promise((resolve) =>
				requestAnimationFrame(() => {
					const channel = new MessageChannel();
					channel.port1.onmessage = () => resolve(performance.now());
					channel.port2.postMessage(0);
				})
			),
		onDraw(fn) {
			if (kind === 'app') window.cy!.on('render', fn);
			else window.peer!.onDraw(fn);
		}
	};
}

/** The probe's elapsed time (ms) once it has its answer. A function, not text: the explorer's CSP forbids eval. */
async function waitForProbe(page: Page, timeout: number): Promise<number | null> {
	const elapsed = () => {
		const p = (window as unknown as BenchWindow).__probe;
		return p && p.done !== null && p.t0 !== null ? p.done - p.t0 : null;
	};
	const handle = await page.waitForFunction(elapsed, null, { timeout, polling: 50 }).catch(() => null);
	return handle ? ((await handle.jsonValue()) as number) : null;
}

// ----------------------------------------------------------------- one renderer, one graph

async function measure(page: Page, renderer: Renderer, url: string, file: string, counts: { nodes: number; edges: number }): Promise<Measured> {
	const kind: 'app' | 'peer' = renderer === 'app' ? 'app' : 'peer';
	await page.goto(url);
	if (kind === 'app') {
		await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
		await page.waitForTimeout(1500);
	}
	await page.evaluate(installHooks, kind);
	await page.evaluate(
		([nodes, edges]) => {
			const w = window as unknown as BenchWindow;
			const state: Probe = { t0: null, done: null };
			w.__probe = state;
			document.addEventListener(
				'change',
				() => {
					const t0 = performance.now();
					state.t0 = t0;
					const poll = () => {
						if (w.__bench.drawn(nodes, edges, t0)) w.__bench.afterFrame().then((t) => (state.done = t));
						else requestAnimationFrame(poll);
					};
					requestAnimationFrame(poll);
				},
				{ capture: true, once: true }
			);
		},
		[counts.nodes, counts.edges] as const
	);
	await page.locator('[data-testid="import-file"]').setInputFiles(file);
	const drawn = await waitForProbe(page, 180_000);
	if (drawn === null) throw new Error('the graph was not drawn');
	const handedOver = await page.evaluate(() => {
		const t0 = (window as unknown as BenchWindow).__probe.t0!;
		const mark = performance.getEntriesByName('import-handed-to-view').find((e) => e.startTime >= t0);
		return mark ? mark.startTime - t0 : null;
	});
	if (kind === 'app') await page.getByTestId('import-summary').getByRole('button').last().click();
	// What the page does after the first frame (indexes, metrics) is not the gestures': let it settle.
	await page.waitForTimeout(2500);
	await page.evaluate(() => {
		const w = window as unknown as BenchWindow;
		w.__drew = false;
		w.__bench.onDraw(() => (w.__drew = true));
	});
	const box = (await page.getByTestId('graph').boundingBox())!;
	const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
	// Clicks first, on the view as it opened (the gestures below move it).
	const { clicks, misses } = await measureClicks(page, kind, box);
	if (kind === 'app') await page.keyboard.press('Escape');
	await page.waitForTimeout(1000);

	const pan = await drawnFrameIntervals(page, async () => {
		await page.mouse.move(centre.x, centre.y);
		await page.mouse.down();
		for (let i = 1; i <= 40; i++) {
			await page.mouse.move(centre.x + i * 6, centre.y + i * 3);
			await page.waitForTimeout(16);
		}
		await page.mouse.up();
	});
	await page.waitForTimeout(800);
	const zoom = await drawnFrameIntervals(page, async () => {
		await page.mouse.move(centre.x, centre.y);
		for (const delta of [...Array(8).fill(-120), ...Array(8).fill(120)]) {
			await page.mouse.wheel(0, delta);
			await page.waitForTimeout(50);
		}
	});
	return { drawn, handedOver, pan, zoom, clicks, clickMisses: misses };
}

/**
 * Intervals (ms) between the frames in which the renderer drew, while `input` runs: the
 * requestAnimationFrame timestamp of each frame after a draw. A renderer that keeps up draws
 * in every frame the input changed; one that cannot leaves gaps, however idle the frames between.
 */
async function drawnFrameIntervals(page: Page, input: () => Promise<void>): Promise<number[]> {
	await page.evaluate(() => {
		const w = window as unknown as BenchWindow;
		w.__frames = [];
		w.__recording = true;
		w.__drew = false;
		// The gesture's first input: the wait until its first drawn frame is the first interval.
		w.__firstInput = null;
		const note = (e: Event) => {
			if (w.__firstInput === null && (e.type === 'wheel' || (e as MouseEvent).buttons)) w.__firstInput = e.timeStamp;
		};
		for (const type of ['wheel', 'mousemove']) window.addEventListener(type, note, { capture: true, passive: true });
		const tick = (t: number) => {
			if (w.__drew) w.__frames.push(t);
			w.__drew = false;
			if (w.__recording) requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
	});
	await input();
	await page.waitForTimeout(300);
	const frames = await page.evaluate(() => {
		const w = window as unknown as BenchWindow;
		w.__recording = false;
		const first = w.__firstInput;
		return first === null ? w.__frames : [first, ...w.__frames.filter((t) => t > first)];
	});
	return frames.slice(1).map((t, i) => t - frames[i]);
}

/** Clicks hubs and ordinary nodes where they are drawn; a click the panel does not answer with that node is a miss. */
async function measureClicks(page: Page, kind: 'app' | 'peer', box: { x: number; y: number; width: number; height: number }) {
	const keys = await page.evaluate(
		([kind, count]) => {
			const ranked =
				kind === 'app'
					? window.cy!.nodes().sort((a, b) => b.degree(false) - a.degree(false)).map((n) => n.id())
					: window.peer!.byDegree();
			const step = Math.floor(ranked.length / count);
			return [...ranked.slice(0, count / 2), ...Array.from({ length: count / 2 }, (_, i) => ranked[(i + 1) * step - 1])];
		},
		[kind, CLICKS] as const
	);
	const clicks: number[] = [];
	let misses = 0;
	// The explorer frames each selection; every click starts from the view as it opened, as the peers' do.
	const opened = kind === 'app' ? await page.evaluate(() => ({ zoom: window.cy!.zoom(), pan: window.cy!.pan() })) : null;
	for (const key of keys) {
		await page.waitForFunction(() => !window.cy?.animated(), null, { timeout: 5000 }).catch(() => {});
		// A block, not an arrow returning the core: Playwright would serialise the whole graph back (seconds, and memory).
		if (opened)
			await page.evaluate((camera) => {
				window.cy!.viewport(camera);
			}, opened);
		await page.waitForTimeout(500);
		const at = await page.evaluate(
			([kind, key]) => (kind === 'app' ? window.cy!.getElementById(key).renderedPosition() : window.peer!.renderedPosition(key)),
			[kind, key] as const
		);
		if (at.x < 2 || at.y < 2 || at.x > box.width - 2 || at.y > box.height - 2) {
			misses++;
			continue;
		}
		await page.mouse.move(box.x + at.x, box.y + at.y);
		await page.waitForTimeout(150);
		await page.evaluate(
			([kind, key]) => {
				const w = window as unknown as BenchWindow;
				const label = kind === 'app' ? String(window.cy!.getElementById(key).data('display')) : window.peer!.label(key);
				const state: Probe = { t0: null, done: null };
				w.__probe = state;
				addEventListener('pointerdown', (e) => (state.t0 = e.timeStamp), { capture: true, once: true });
				const heading = () => document.querySelector('[data-testid="passages"] h2')?.textContent?.trim();
				const observer = new MutationObserver(() => {
					if (heading() !== label) return;
					observer.disconnect();
					w.__bench.afterFrame().then((t) => (state.done = t));
				});
				observer.observe(document.body, { subtree: true, childList: true, characterData: true });
			},
			[kind, key] as const
		);
		await page.mouse.down();
		await page.mouse.up();
		const elapsed = await waitForProbe(page, 5000);
		if (elapsed !== null) clicks.push(elapsed);
		else {
			misses++;
			const shown = await page.evaluate(() => document.querySelector('[data-testid="passages"] h2')?.textContent?.trim() ?? '');
			console.log(`  click on ${key} at (${Math.round(at.x)}, ${Math.round(at.y)}): the panel shows "${shown}"`);
		}
	}
	return { clicks, misses };
}

// ----------------------------------------------------------------- the table

interface Case {
	graph: string;
	file: string;
	counts: { nodes: number; edges: number };
}

function casesIn(dir: string): Case[] {
	const synthetic = join(dir, 'synthetic-5k-20k.gexf');
	writeFileSync(synthetic, networkGexf(5000, 20_000));
	const cases: Case[] = [{ graph: 'synthetic 5k/20k', file: synthetic, counts: { nodes: 5000, edges: 20_000 } }];
	const power = powerGridGexf();
	if (power) {
		const file = join(dir, 'power-grid.gexf');
		writeFileSync(file, power);
		cases.push({ graph: 'Power Grid', file, counts: { nodes: 4941, edges: 6594 } });
	} else console.log('Power Grid skipped: no clone of gephi/gephi-lite found (set GEPHI_LITE_REPO or POWER_GRID_GEXF).');
	return cases;
}

export async function bigGraph(browser: Browser, appBase = BASE, peerPort = PORT + 1): Promise<Row[]> {
	const peers = await buildPeers();
	const server = await serveFolder(peers, peerPort);
	const dir = mkdtempSync(join(tmpdir(), 'big-graph-'));
	const results: Array<{ graph: string; renderer: Renderer; m: Measured }> = [];
	try {
		const only = process.env.BIG_BENCH_ONLY ? new RegExp(process.env.BIG_BENCH_ONLY, 'i') : null;
		for (const item of casesIn(dir))
			for (const renderer of RENDERERS.filter((r) => !only || only.test(r))) {
				const url = renderer === 'app' ? appBase : `http://127.0.0.1:${peerPort}/peer.html?renderer=${PEER_NAMES[renderer]}`;
				const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
				const page = await context.newPage();
				await page.addInitScript(KEEP_NAMES_SHIM);
				try {
					const m = await measure(page, renderer, url, item.file, item.counts);
					results.push({ graph: item.graph, renderer, m });
				} catch (error) {
					console.log(`${item.graph} × ${renderer}: failed: ${(error as Error).message.split('\n')[0]}`);
				}
				await context.close();
			}
	} finally {
		server.close();
	}
	printComparison(results);
	return rowsOf(results);
}

const summary = (xs: number[]) => ({ median: median(xs), p95: quantile(xs, 0.95) });

function rowsOf(results: Array<{ graph: string; renderer: Renderer; m: Measured }>): Row[] {
	const rows: Row[] = [];
	for (const { graph, renderer, m } of results) {
		const at = `[${graph}] ${renderer}`;
		const sigma = results.find((r) => r.graph === graph && r.renderer === 'sigma.js')?.m;
		const pan = summary(m.pan);
		const zoom = summary(m.zoom);
		if (renderer !== 'app') {
			rows.push(info(`${at}: file chosen → drawn`, m.drawn, 'ms', 1));
			if (m.handedOver !== null) rows.push(info(`${at}: of it, drawing (after the file is read)`, m.drawn - m.handedOver, 'ms', 1));
			rows.push(info(`${at}: pan frame interval (median)`, pan.median, 'ms', m.pan.length));
			rows.push(info(`${at}: wheel-zoom frame interval (median)`, zoom.median, 'ms', m.zoom.length));
			continue;
		}
		rows.push(atMost(`${at}: file chosen → drawn`, m.drawn, 'ms', DRAWN_TARGET_MS, 1));
		if (m.handedOver !== null) rows.push(info(`${at}: file chosen → map handed to the view`, m.handedOver, 'ms', 1));
		for (const [name, s, n] of [['pan', pan, m.pan.length], ['wheel-zoom', zoom, m.zoom.length]] as const) {
			const peer = sigma ? summary(name === 'pan' ? sigma.pan : sigma.zoom).median : NaN;
			if (Number.isFinite(peer)) rows.push(atMost(`${at}: ${name} frame interval (median, ≤ ${PEER_FACTOR}× sigma.js)`, s.median, 'ms', round(peer * PEER_FACTOR), n));
			else rows.push(info(`${at}: ${name} frame interval (median)`, s.median, 'ms', n));
			rows.push(atMost(`${at}: ${name} frame interval (p95)`, s.p95, 'ms', P95_TARGET_MS, n));
		}
		rows.push(atMost(`${at}: click → panel painted (median)`, median(m.clicks), 'ms', CLICK_TARGET_MS, m.clicks.length));
		rows.push({ metric: `${at}: clicks the panel did not answer`, value: m.clickMisses, unit: '', target: '0', met: m.clickMisses === 0, samples: CLICKS });
	}
	return rows;
}

/** The comparison as one table: renderer × graph, every figure in ms. */
function printComparison(results: Array<{ graph: string; renderer: Renderer; m: Measured }>) {
	const f = (n: number) => (Number.isFinite(n) ? String(Math.round(n)) : '–');
	console.log('\n| graph | renderer | drawn (of it: reading the file) | pan median / p95 | zoom median / p95 | click → panel median (max) |');
	console.log('| --- | --- | --- | --- | --- | --- |');
	for (const { graph, renderer, m } of results) {
		const pan = summary(m.pan);
		const zoom = summary(m.zoom);
		const click = m.clicks.length ? `${f(median(m.clicks))} (${f(Math.max(...m.clicks))})` : '–';
		const missed = m.clickMisses ? `, ${m.clickMisses} missed` : '';
		const split = m.handedOver === null ? '' : ` (${f(m.handedOver)})`;
		console.log(`| ${graph} | ${renderer} | ${f(m.drawn)}${split} | ${f(pan.median)} / ${f(pan.p95)} | ${f(zoom.median)} / ${f(zoom.p95)} | ${click}${missed} |`);
	}
	console.log('');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ''))) {
	const stop = await startServer();
	const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
	try {
		const rows = await bigGraph(browser);
		for (const r of rows) console.log(`${r.metric}: ${r.value} ${r.unit} (${r.target}${r.target === '(info)' ? '' : r.met ? ', met' : ', NOT met'})`);
	} finally {
		await browser.close();
		stop();
	}
}
