/**
 * `npm run kill-test`: edits are never lost to a closed or crashed tab. Each trial opens an
 * editable map, makes a burst of edits (a concept every few milliseconds, through the map store's
 * automation hook), and at a random moment kills the page: half the trials close it, half crash
 * its renderer (nothing of the page runs after that). The map is then opened again, and checked:
 * - every edit made longer ago than the promised bound (500 ms) must be there; the figures say
 *   how many younger ones were lost, and how old;
 * - the map must open with no notice, with the edits it has as an unbroken prefix of those made,
 *   and with its history agreeing with it (one undo step per edit it holds).
 * Prints the figures and writes bench-results/kill-autosave.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../e2e/chromium-path.js';
import { BASE, KEEP_NAMES_SHIM, startServer } from './server';

const TRIALS = Number(process.env.KILL_TRIALS || 50);
/** The promise: an edit older than this when the page dies is saved. */
const SAVED_WITHIN_MS = 500;
const KILL_AFTER_MS = { min: 100, max: 1500 };

interface Edit {
	key: string;
	/** When the page applied it (its clock, the machine's). */
	at: number;
}

interface Trial {
	trial: number;
	how: 'close' | 'crash';
	made: number;
	kept: number;
	/** Edits older than SAVED_WITHIN_MS at the kill that are missing: must be none. */
	lostOld: number;
	/** Edits younger than that which are missing, and the oldest of them (ms before the kill). */
	lostYoung: number;
	maxLostAgeMs: number;
	corrupted: string | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function openMap(context: BrowserContext, id: string): Promise<Page> {
	const page = await context.newPage();
	await page.goto(`${BASE}/?map=${id}`);
	await page.waitForFunction((id) => window.maps?.open?.id === id && window.maps.canEdit && (window.cy?.nodes().length ?? 0) > 0, id, { timeout: 60_000 });
	// The burst starts once the map is painted, when a person would start editing.
	await page.evaluate(() => new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted))));
	return page;
}

/** The machine's load while the trials run: the figures mean little without it. */
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/** What a reopened map holds: its teacher's concepts, its history's length, and any notice. */
async function inspect(page: Page, id: string) {
	return page.evaluate((id) => {
		const maps = window.maps!;
		const graph = maps.open?.id === id ? maps.open.graph : null;
		return {
			opened: graph !== null,
			teacherKeys: graph ? graph.filterNodes((_key, attributes) => attributes.origin === 'teacher') : [],
			position: maps.editor?.position ?? -1,
			notice: document.querySelector('[data-testid="stored-problems"]')?.textContent ?? null
		};
	}, id);
}

async function burst(page: Page, trial: number, killAfter: number): Promise<{ made: Edit[]; killedAt: number; how: Trial['how'] }> {
	const made: Edit[] = [];
	const how: Trial['how'] = trial % 2 === 0 ? 'close' : 'crash';
	const cdp = how === 'crash' ? await page.context().newCDPSession(page) : null;
	let killedAt = 0;
	const kill = sleep(killAfter).then(async () => {
		killedAt = Date.now();
		if (cdp) void cdp.send('Page.crash').catch(() => undefined);
		else await page.close({ runBeforeUnload: false });
	});
	for (let n = 0; !killedAt; n++) {
		try {
			const edit = await page.evaluate((label) => {
				const maps = window.maps!;
				const kind = maps.open!.graph.getAttribute('kinds')[0].id;
				const result = maps.editor!.apply({ type: 'addConcept', label: { id: label, en: label }, kind });
				if (!result.ok) throw new Error(result.error.message);
				return { key: (result.command as { key: string }).key, at: Date.now() };
			}, `kill ${trial} ${n}`);
			// An edit whose answer came after the kill may or may not have been made: not counted.
			if (!killedAt) made.push(edit);
		} catch {
			break;
		}
		await sleep(5 + Math.random() * 35);
	}
	await kill;
	return { made, killedAt, how };
}

async function main() {
	const loadAtStart = load();
	const stop = await startServer();
	const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
	const trials: Trial[] = [];
	try {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		await context.addInitScript(KEEP_NAMES_SHIM);
		const setup = await context.newPage();
		await setup.goto(`${BASE}/`);
		await setup.waitForFunction(() => window.maps?.open !== null && window.maps?.open !== undefined);
		const id = await setup.evaluate(() => window.maps!.copyForEditing());
		await setup.close();

		let page = await openMap(context, id);
		let before = new Set((await inspect(page, id)).teacherKeys);
		for (let trial = 1; trial <= TRIALS; trial++) {
			const killAfter = KILL_AFTER_MS.min + Math.random() * (KILL_AFTER_MS.max - KILL_AFTER_MS.min);
			const { made, killedAt, how } = await burst(page, trial, killAfter);
			if (!page.isClosed()) await page.close().catch(() => undefined);
			page = await openMap(context, id);
			const found = await inspect(page, id);
			const kept = new Set(found.teacherKeys);
			const lost = made.filter((edit) => !kept.has(edit.key));
			const old = lost.filter((edit) => killedAt - edit.at > SAVED_WITHIN_MS);
			const keptCount = made.length - lost.length;
			// Saved in order: what is kept is the first edits of the burst, what is lost the last ones.
			const prefix = made.every((edit, i) => kept.has(edit.key) === i < keptCount);
			const earlierKept = [...before].every((key) => kept.has(key));
			const corrupted = !found.opened
				? 'did not open'
				: found.notice
					? `notice: ${found.notice}`
					: found.position !== found.teacherKeys.length
						? `history ${found.position} steps for ${found.teacherKeys.length} edits`
						: !prefix
							? 'kept edits are not the first ones made'
							: !earlierKept
								? 'an edit of an earlier trial is gone'
								: null;
			trials.push({
				trial,
				how,
				made: made.length,
				kept: keptCount,
				lostOld: old.length,
				lostYoung: lost.length - old.length,
				maxLostAgeMs: lost.length ? Math.round(Math.max(...lost.map((edit) => killedAt - edit.at))) : 0,
				corrupted
			});
			const last = trials.at(-1)!;
			console.log(`trial ${String(trial).padStart(2)} ${how.padEnd(5)} after ${Math.round(killAfter)} ms: ${last.made} made, ${last.kept} kept, lost ${last.lostOld} old + ${last.lostYoung} young (oldest ${last.maxLostAgeMs} ms)${corrupted ? `, CORRUPTED: ${corrupted}` : ''}`);
			before = kept;
		}
		await page.close();
	} finally {
		await browser.close();
		stop();
	}
	const sum = (pick: (t: Trial) => number) => trials.reduce((total, t) => total + pick(t), 0);
	const summary = {
		trials: trials.length,
		editsMade: sum((t) => t.made),
		editsLostOlderThanBound: sum((t) => t.lostOld),
		editsLostYounger: sum((t) => t.lostYoung),
		maxAgeOfLostEditMs: Math.max(0, ...trials.map((t) => t.maxLostAgeMs)),
		corruptedMaps: trials.filter((t) => t.corrupted).length,
		boundMs: SAVED_WITHIN_MS,
		loadAverage: { start: loadAtStart, end: load() }
	};
	console.log(JSON.stringify(summary, null, 2));
	mkdirSync('bench-results', { recursive: true });
	writeFileSync('bench-results/kill-autosave.json', JSON.stringify({ summary, trials }, null, 2) + '\n');
	if (summary.editsLostOlderThanBound > 0 || summary.corruptedMaps > 0) process.exitCode = 1;
}

await main();
