/**
 * Real click → passages painted. The pointer presses where Cytoscape draws the node
 * (`page.mouse.click`), and the page itself notes when the panel shows that node's
 * passages and when the frame after that mutation has run (requestAnimationFrame,
 * then a task): what a person waits for. The canvas restyle that follows is timed too.
 */
import type { Page } from '@playwright/test';
import type { EdgeSingular } from 'cytoscape';
import { BASE } from './server';
import { EDGE_HIT_RADIUS } from '../../src/lib/view/footprint';
import { atMost, info, median, quantile, type Row } from './stats';

/** Cytoscape's style passes and drawings, as the hooks openExplorer installs record them in the page. */
type Timed = Array<{ start: number; duration: number }>;
type TimingWindow = Window & { __stylePasses: Timed; __draws: Timed };

/** Nodes clicked: the five biggest hubs and evenly spread others, in a fixed order. */
export async function clickTargets(page: Page, count = 25): Promise<string[]> {
	return page.evaluate((n) => {
		const nodes = window.cy!.nodes().sort((a, b) => b.degree(false) - a.degree(false) || (a.id() < b.id() ? -1 : 1));
		const hubs = nodes.slice(0, 5).map((node) => node.id());
		const rest = nodes.slice(5).map((node) => node.id()).sort();
		const step = rest.length / (n - hubs.length);
		const others = Array.from({ length: n - hubs.length }, (_, i) => rest[Math.floor(i * step)]);
		// Hubs spread through the run, so each follows an ordinary selection.
		const order: string[] = [];
		others.forEach((key, i) => {
			order.push(key);
			if (i % 4 === 1 && hubs.length) order.push(hubs.shift()!);
		});
		return [...order, ...hubs];
	}, count);
}

export interface ClickTiming {
	key: string;
	/** pointerdown → panel shows the node's passages (DOM mutated). */
	panel: number;
	/** pointerdown → the frame after that mutation has run. */
	frame: number;
	/** pointerdown → the frame after the canvas shows the node selected. */
	canvas: number;
	/** Main-thread time of the canvas restyle and its drawing, where the page reports it (measure "graph-restyle"). */
	restyle: number | null;
	/** The part of it before drawing: classes, camera, label placement (measure "graph-apply"). */
	apply: number | null;
	/**
	 * Cytoscape's style pass in the next frame, before it draws: the styles of the elements whose
	 * classes changed, their label sizes and edge geometry (its `updateEleCalcs`, timed in the page).
	 */
	stylePass: number | null;
	/** Cytoscape's drawing of that frame, after the style pass. */
	draw: number | null;
	/** Whether the click selected the node aimed at. */
	hit: boolean;
	/**
	 * A miss by design: the node lies wholly under a lit edge of the current selection (no point of its
	 * disc is farther from it than the view's edge hit radius), and the press selected that edge.
	 */
	underLitEdge?: boolean;
}

/** Arms the in-page probe: it records the press and watches the panel for the node's heading. */
async function arm(page: Page, key: string) {
	await page.evaluate((k) => {
		const label = String(window.cy!.getElementById(k).data('display'));
		const probe: Record<string, number | null> = { t0: null, panel: null, frame: null, canvas: null };
		(window as unknown as { __probe: typeof probe }).__probe = probe;
		performance.clearMeasures('graph-restyle');
		performance.clearMeasures('graph-apply');
		addEventListener('pointerdown', (e) => (probe.t0 = e.timeStamp), { capture: true, once: true });
		const afterFrame = (done: () => void) =>
			requestAnimationFrame(() => {
				const channel = new MessageChannel();
				channel.port1.onmessage = done;
				channel.port2.postMessage(0);
			});
		const shown = () => {
			const panel = document.querySelector('[data-testid="passages"]');
			return panel?.querySelector('h2')?.textContent?.trim() === label && !!panel.querySelector('article[data-passage]');
		};
		const observer = new MutationObserver(() => {
			if (probe.panel !== null || !shown()) return;
			probe.panel = performance.now();
			observer.disconnect();
			afterFrame(() => (probe.frame = performance.now()));
		});
		observer.observe(document.body, { subtree: true, childList: true, characterData: true });
		const node = window.cy!.getElementById(k);
		const watchCanvas = () => {
			if (node.hasClass('selected')) afterFrame(() => (probe.canvas = performance.now()));
			else requestAnimationFrame(watchCanvas);
		};
		requestAnimationFrame(watchCanvas);
	}, key);
}

/**
 * Where the camera is when the person clicks: the whole map as it first opens
 * ('overview'), or close up on the node ('close').
 */
export type Camera = 'overview' | 'close';

/**
 * Where on the node to press: its centre, unless a lit edge of the current selection crosses it
 * there (a press on a lit edge selects the edge, by design); then the point of the node's drawn
 * disc farthest from every lit edge, as a person aiming at the node would.
 */
function clickPoint(key: string): { x: number; y: number; clearance: number } {
	const cy = window.cy!;
	const node = cy.getElementById(key);
	const centre = node.renderedPosition();
	const radius = (Number(node.data('size')) / 2) * cy.zoom() * 0.8;
	const lit = cy.edges().filter((e) => !e.hasClass('dimmed') && e.visible()).toArray() as EdgeSingular[];
	const clearance = (x: number, y: number) =>
		Math.min(
			Infinity,
			...lit.map((e) => {
				const a = e.source().renderedPosition();
				const b = e.target().renderedPosition();
				const t = Math.max(0, Math.min(1, ((x - a.x) * (b.x - a.x) + (y - a.y) * (b.y - a.y)) / ((b.x - a.x) ** 2 + (b.y - a.y) ** 2 || 1)));
				return Math.hypot(x - (a.x + t * (b.x - a.x)), y - (a.y + t * (b.y - a.y)));
			})
		);
	const atCentre = clearance(centre.x, centre.y);
	if (atCentre > 12) return { ...centre, clearance: atCentre };
	let best = centre;
	let bestClearance = -1;
	for (let ring = 1; ring <= 3; ring++)
		for (let step = 0; step < 12; step++) {
			const angle = (step / 12) * 2 * Math.PI;
			const point = { x: centre.x + (radius * ring * Math.cos(angle)) / 3, y: centre.y + (radius * ring * Math.sin(angle)) / 3 };
			const c = clearance(point.x, point.y);
			if (c > bestClearance) {
				bestClearance = c;
				best = point;
			}
		}
	return { ...best, clearance: bestClearance };
}

async function clickOnce(page: Page, key: string, camera: Camera): Promise<ClickTiming> {
	// Set-up, not measured: the camera placed, everything at rest.
	await page.evaluate(
		([k, where]) => {
			const cy = window.cy!;
			cy.stop();
			cy.nodes().stop();
			if (where === 'overview') cy.fit(undefined, 30);
			else {
				cy.zoom(1.3);
				cy.center(cy.getElementById(k));
			}
		},
		[key, camera] as const
	);
	await page.waitForTimeout(350);
	const box = (await page.getByTestId('graph').boundingBox())!;
	const p = await page.evaluate(clickPoint, key);
	await page.mouse.move(box.x + p.x, box.y + p.y);
	await page.waitForTimeout(120);
	await arm(page, key);
	await page.mouse.down();
	await page.mouse.up();
	const result = await page
		.waitForFunction(
			() => {
				const probe = (window as unknown as { __probe: Record<string, number | null> }).__probe;
				return probe.frame !== null && probe.canvas !== null ? probe : null;
			},
			null,
			{ timeout: 5_000, polling: 50 }
		)
		.catch(() => null);
	// The panel never showed the node: the click selected something else.
	if (!result) {
		const underLitEdge = p.clearance < EDGE_HIT_RADIUS && new URL(page.url()).searchParams.has('edge');
		return { key, panel: NaN, frame: NaN, canvas: NaN, restyle: null, apply: null, stylePass: null, draw: null, hit: false, underLitEdge };
	}
	const probe = (await result.jsonValue()) as Record<string, number>;
	const [restyle, apply, stylePass, draw] = await page.evaluate(() => {
		const [restyle, apply] = ['graph-restyle', 'graph-apply'].map((name) => {
			const entries = performance.getEntriesByName(name);
			return entries.length ? entries.reduce((sum, e) => sum + e.duration, 0) : null;
		});
		const applied = performance.getEntriesByName('graph-apply').at(-1);
		const { __stylePasses: passes, __draws: draws } = window as unknown as TimingWindow;
		const pass = applied ? passes.find((p) => p.start >= applied.startTime + applied.duration) : undefined;
		const draw = pass ? draws.find((d) => d.start >= pass.start + pass.duration) : undefined;
		return [restyle, apply, pass?.duration ?? null, draw?.duration ?? null];
	});
	await page.waitForTimeout(250);
	return {
		key,
		panel: probe.panel - probe.t0,
		frame: probe.frame - probe.t0,
		canvas: probe.canvas - probe.t0,
		restyle,
		apply,
		stylePass,
		draw,
		hit: true
	};
}

export async function measureClicks(page: Page, keys: string[], camera: Camera): Promise<ClickTiming[]> {
	const timings: ClickTiming[] = [];
	for (const key of keys) timings.push(await clickOnce(page, key, camera));
	return timings;
}

export async function openExplorer(page: Page): Promise<void> {
	await page.goto(BASE);
	await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
	// Times Cytoscape's style pass (updateEleCalcs, priority 300) from callbacks just before and after
	// it, and its drawing (render, called by its frame callback through the renderer object).
	await page.evaluate(() => {
		type Renderer = { beforeRender(fn: () => void, priority: number): void; render(options: unknown): void };
		const renderer = (window.cy as unknown as { renderer(): Renderer }).renderer();
		const passes: Timed = [];
		const draws: Timed = [];
		Object.assign(window as unknown as TimingWindow, { __stylePasses: passes, __draws: draws });
		let start = 0;
		renderer.beforeRender(() => (start = performance.now()), 301);
		renderer.beforeRender(() => passes.push({ start, duration: performance.now() - start }), 299);
		const render = renderer.render.bind(renderer);
		renderer.render = (options) => {
			const began = performance.now();
			render(options);
			draws.push({ start: began, duration: performance.now() - began });
		};
	});
	await page.waitForTimeout(500);
}

/** The benchmark rows: median and p90 over every click, hubs included, for each camera. */
export async function clickLatency(page: Page): Promise<{ rows: Row[]; timings: Record<Camera, ClickTiming[]> }> {
	await openExplorer(page);
	const keys = await clickTargets(page);
	await measureClicks(page, keys.slice(0, 4), 'close'); // warm-up: first renders compile templates and fill caches
	const rows: Row[] = [];
	const timings = {} as Record<Camera, ClickTiming[]>;
	for (const camera of ['overview', 'close'] as const) {
		timings[camera] = await measureClicks(page, keys, camera);
		rows.push(...clickRows(timings[camera], camera));
	}
	rows.push(...(await restingDraws(page)));
	return { rows, timings };
}

/**
 * What drawing the whole map costs Cytoscape with nothing restyled: the overview, nothing
 * selected, moved by half a pixel each frame (the default map has no snapshot for moves, so
 * each frame draws every element). The floor under "restyle + its drawn frame".
 */
async function restingDraws(page: Page): Promise<Row[]> {
	await page.keyboard.press('Escape');
	await page.evaluate(() => window.cy!.fit(undefined, 30));
	await page.waitForTimeout(600);
	const draws = await page.evaluate(async () => {
		const all = (window as unknown as TimingWindow).__draws;
		const from = all.length;
		const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
		for (let i = 0; i < 30; i++) {
			window.cy!.panBy({ x: i % 2 ? 0.5 : -0.5, y: 0 });
			await frame();
			await frame();
		}
		return all.slice(from).map((d) => d.duration);
	});
	return [
		info('[overview, at rest] Cytoscape drawing the whole map, nothing restyled (median)', median(draws), 'ms', draws.length),
		info('[overview, at rest] Cytoscape drawing the whole map, nothing restyled (p90)', quantile(draws, 0.9), 'ms', draws.length)
	];
}

function clickRows(all: ClickTiming[], camera: Camera): Row[] {
	const timings = all.filter((t) => t.hit);
	const frames = timings.map((t) => t.frame);
	const canvas = timings.map((t) => t.canvas);
	const restyles = timings.map((t) => t.restyle).filter((r): r is number => r !== null);
	const applies = timings.map((t) => t.apply).filter((r): r is number => r !== null);
	const restyleWork = timings.flatMap((t) => (t.apply !== null && t.stylePass !== null ? [t.apply + t.stylePass] : []));
	const stylePasses = timings.map((t) => t.stylePass).filter((r): r is number => r !== null);
	const draws = timings.map((t) => t.draw).filter((r): r is number => r !== null);
	const n = timings.length;
	const at = `[${camera}]`;
	const rows: Row[] = [
		atMost(`${at} real click → passages painted (median)`, median(frames), 'ms', 33, n),
		atMost(`${at} real click → passages painted (p90)`, quantile(frames, 0.9), 'ms', 50, n),
		info(`${at} real click → passages in DOM (median)`, median(timings.map((t) => t.panel)), 'ms', n),
		info(`${at} real click → canvas shows the selection (median)`, median(canvas), 'ms', n),
		info(`${at} real click → canvas shows the selection (p90)`, quantile(canvas, 0.9), 'ms', n)
	];
	if (applies.length) rows.push(atMost(`${at} canvas restyle of one selection, JS (p90)`, quantile(applies, 0.9), 'ms', 16, applies.length));
	if (stylePasses.length) rows.push(info(`${at} Cytoscape's style pass in the next frame (p90)`, quantile(stylePasses, 0.9), 'ms', stylePasses.length));
	if (restyleWork.length)
		rows.push(atMost(`${at} canvas restyle of one selection: JS + Cytoscape's style pass (p90)`, quantile(restyleWork, 0.9), 'ms', 16, restyleWork.length));
	if (draws.length) rows.push(info(`${at} Cytoscape's drawing of that frame (p90)`, quantile(draws, 0.9), 'ms', draws.length));
	if (restyles.length)
		rows.push(atMost(`${at} canvas restyle + its drawn frame (p90, main thread)`, quantile(restyles, 0.9), 'ms', 16, restyles.length));
	const byDesign = all.filter((t) => t.underLitEdge).length;
	const missed = all.length - timings.length - byDesign;
	rows.push({ metric: `${at} clicks that selected another element`, value: missed, unit: '', target: '0', met: missed === 0, samples: all.length });
	if (byDesign) rows.push(info(`${at} clicks on a faded node wholly under a lit edge (the edge is selected, by design)`, byDesign, '', all.length));
	return rows;
}
