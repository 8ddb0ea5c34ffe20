/**
 * `npx tsx tests/bench/profile-clicks.ts [overview|close]` (after `npm run build`): a CPU profile
 * (Chrome DevTools Protocol) of real clicks on the benchmark's nodes, summed by function:
 * where the main thread spends the time between a press and the painted panel and canvas.
 */
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../e2e/chromium-path.js';
import { clickTargets, measureClicks, openExplorer, type Camera } from './click-latency';
import { KEEP_NAMES_SHIM, startServer } from './server';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	children?: number[];
}

const camera = (process.argv[2] as Camera) || 'overview';
const stop = await startServer();
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
try {
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	await page.addInitScript(KEEP_NAMES_SHIM);
	await openExplorer(page);
	const keys = await clickTargets(page);
	await measureClicks(page, keys.slice(0, 4), camera);
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
	await cdp.send('Profiler.start');
	await measureClicks(page, keys, camera);
	const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
		profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
	};
	// Self time per node id, then summed per function (name + file + line).
	const self = new Map<number, number>();
	profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
	const byFunction = new Map<string, number>();
	for (const node of profile.nodes) {
		const { functionName, url, lineNumber } = node.callFrame;
		if (['(idle)', '(program)', '(garbage collector)'].includes(functionName) && !self.get(node.id)) continue;
		const file = url.split('/').pop() ?? '';
		const name = `${functionName || '(anonymous)'} ${file}${file ? `:${lineNumber + 1}` : ''}`;
		byFunction.set(name, (byFunction.get(name) ?? 0) + (self.get(node.id) ?? 0));
	}
	const total = [...byFunction].filter(([name]) => !name.startsWith('(idle)')).reduce((s, [, ms]) => s + ms, 0);
	console.log(`${keys.length} clicks, camera ${camera}: ${total.toFixed(0)} ms busy (idle excluded)`);
	for (const [name, ms] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 30))
		console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);

	// The same clicks in a performance trace: the renderer's main-thread work by kind
	// (script, style, layout, paint), which the JS profile lumps together as "(program)".
	type TraceEvent = { name: string; ph: string; dur?: number; tid: number; args?: { name?: string } };
	const events: TraceEvent[] = [];
	cdp.on('Tracing.dataCollected', (e) => {
		events.push(...(e.value as unknown as TraceEvent[]));
	});
	await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
	await measureClicks(page, keys, camera);
	const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
	await cdp.send('Tracing.end');
	await done;
	const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')?.tid;
	const byKind = new Map<string, number>();
	for (const e of events)
		if (e.tid === main && e.ph === 'X' && e.dur)
			byKind.set(e.name, (byKind.get(e.name) ?? 0) + e.dur / 1000);
	console.log(`\nmain-thread trace events over the same ${keys.length} clicks (nested events overlap):`);
	for (const [name, ms] of [...byKind].sort((a, b) => b[1] - a[1]).slice(0, 16))
		console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
} finally {
	await browser.close();
	stop();
}
