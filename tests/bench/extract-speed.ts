/**
 * The extractor's time for 10 KB, 100 KB and 1 MB of text, in node, to suggestions ready for
 * review (reading, segmenting, signals, key phrases, grounding), then to the default map
 * (selection and graph) and its layout. `npm run bench` reports its rows;
 * `npx tsx tests/bench/extract-speed.ts` prints the table. Never asserted; not in npm test.
 *
 * The input: the default articles and the test texts, copied until the size is reached, each
 * copy with its longer content words replaced by made-up words of its own (cue words and function
 * words kept), so that copies bring new concepts as new articles would, rather than repeating one
 * article's concepts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readKnowledgeBase } from '../../graph/read-knowledge-base';
import { extractSuggestions } from '../../src/lib/kg/extract/extract';
import { buildGraph, defaultSelection } from '../../src/lib/kg/extract/graph';
import { layoutExtractedGraph } from '../../src/lib/kg/extract/layout';
import { english } from '../../src/lib/kg/extract/profiles/en';
import { indonesian } from '../../src/lib/kg/extract/profiles/id';
import type { SourceText } from '../../src/lib/kg/extract/types';
import { seededRandom } from '../../src/lib/kg/seeded-random';
import { atMost, info, median, round, type Row } from './stats';

const SIZES = [10_000, 100_000, 1_000_000];
const RUNS = 3;

const originals = ['graph/corpus', 'tests/fixtures/extract', 'tests/fixtures/extract/unseen']
	.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f)))
	.map((file) => readFileSync(file, 'utf8'));

const kept = new Set<string>();
for (const p of [indonesian, english]) {
	for (const w of [...p.stopwords, ...p.nameBreaks, ...p.determiners, ...p.quantities]) kept.add(w);
	for (const cue of p.cues) for (const phrase of cue.words) for (const w of phrase.split(' ')) kept.add(w);
	for (const list of [p.copulas, p.listMarkers, p.exampleMarkers, p.exampleClauseMarkers, p.exampleHeads, p.includeVerbs, p.divideVerbs, p.relationVerbs.phrases, p.headingFrames, p.aliasMarkers])
		for (const phrase of list) for (const w of phrase.split(' ')) kept.add(w);
}

/** A copy of `text` whose longer content words are made-up words, the same throughout the copy. */
function variant(text: string, seed: number): string {
	const random = seededRandom(seed);
	const syllables = ['ka', 'lo', 'mi', 'ra', 'su', 'te', 'no', 'pa', 'di', 'ge', 'ban', 'tor', 'sel', 'mun'];
	const map = new Map<string, string>();
	return text.replace(/\p{L}{6,}/gu, (word) => {
		const lower = word.toLowerCase();
		if (kept.has(lower)) return word;
		let made = map.get(lower);
		if (!made) {
			made = Array.from({ length: 2 + Math.floor(random() * 3) }, () => syllables[Math.floor(random() * syllables.length)]).join('');
			map.set(lower, made);
		}
		return /^\p{Lu}/u.test(word) ? made.charAt(0).toUpperCase() + made.slice(1) : made;
	});
}

export function sources(size: number): SourceText[] {
	const out: SourceText[] = [];
	let total = 0;
	for (let i = 0; total < size; i++) {
		let text = i < originals.length ? originals[i] : variant(originals[i % originals.length], i);
		if (total + text.length > size) text = text.slice(0, size - total);
		out.push({ name: `text-${i}.txt`, text });
		total += text.length;
	}
	return out;
}

const vocabulary = (() => {
	const kb = readKnowledgeBase('graph');
	return { kinds: kb.ontology.kinds, relations: kb.ontology.relations };
})();

export interface SpeedRow {
	size: number;
	texts: number;
	/** Medians of RUNS runs: wall and CPU ms to suggestions, then the default map, then its layout. */
	ms: number;
	cpu: number;
	mapMs: number;
	layoutMs: number;
	concepts: number;
	relations: number;
}

export function measureSpeed(): { load: number[]; cores: number; rows: SpeedRow[] } {
	// Warm the JIT up, so the smallest size does not pay for compiling the code.
	for (let i = 0; i < 3; i++) extractSuggestions(sources(100_000));
	const load = loadavg();
	const rows: SpeedRow[] = [];
	for (const size of SIZES) {
		const input = sources(size);
		const times: number[] = [];
		const cpuTimes: number[] = [];
		const mapTimes: number[] = [];
		const layoutTimes: number[] = [];
		let counts = { concepts: 0, relations: 0 };
		for (let run = 0; run < RUNS; run++) {
			const t0 = performance.now();
			const c0 = process.cpuUsage();
			const extraction = extractSuggestions(input);
			const c1 = process.cpuUsage(c0);
			const t1 = performance.now();
			cpuTimes.push((c1.user + c1.system) / 1000);
			const graph = buildGraph(extraction, defaultSelection(extraction), vocabulary, { layout: false });
			const t2 = performance.now();
			layoutExtractedGraph(graph);
			const t3 = performance.now();
			times.push(t1 - t0);
			mapTimes.push(t2 - t1);
			layoutTimes.push(t3 - t2);
			counts = { concepts: extraction.concepts.length, relations: extraction.relations.length };
		}
		rows.push({ size, texts: input.length, ms: median(times), cpu: median(cpuTimes), mapMs: median(mapTimes), layoutMs: median(layoutTimes), ...counts });
	}
	return { load, cores: cpus().length, rows };
}

export function speedRows(report = measureSpeed()): Row[] {
	const [small, medium, large] = report.rows;
	const kb = (r: SpeedRow) => `${r.size / 1000} KB`;
	return [
		info('extract: load average (1 min) during the speed runs', report.load[0], `/${report.cores} cores`, 1),
		...report.rows.map((r) => (r === large ? atMost(`extract: ${kb(r)} to suggestions (wall)`, r.ms, 'ms', 3000, RUNS) : info(`extract: ${kb(r)} to suggestions (wall)`, r.ms, 'ms', RUNS))),
		info('extract: CPU growth 10 KB → 100 KB (linear ×10)', round(medium.cpu / small.cpu, 2), '×', RUNS),
		info('extract: CPU growth 100 KB → 1 MB (linear ×10)', round(large.cpu / medium.cpu, 2), '×', RUNS),
		info('extract: 1 MB default map + layout', large.mapMs + large.layoutMs, 'ms', RUNS)
	];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	const report = measureSpeed();
	console.log(`load average ${report.load.map((l) => l.toFixed(1)).join(' ')} on ${report.cores} cores (others' work slows the wall clock; CPU time is this process's own)`);
	console.log('size      texts  suggestions: wall ms  CPU ms  CPU ms/KB  concepts  relations  default map (ms)  layout (ms)');
	for (const r of report.rows)
		console.log(
			`${`${r.size / 1000} KB`.padEnd(10)}${String(r.texts).padStart(5)}  ${r.ms.toFixed(0).padStart(19)}  ${r.cpu.toFixed(0).padStart(6)}  ${(r.cpu / (r.size / 1000)).toFixed(2).padStart(9)}  ${String(r.concepts).padStart(8)}  ${String(r.relations).padStart(9)}  ${r.mapMs.toFixed(0).padStart(16)}  ${r.layoutMs.toFixed(0).padStart(11)}`
		);
	const [small, medium, large] = report.rows;
	console.log(
		`growth in CPU time: 10 KB → 100 KB ×${(medium.cpu / small.cpu).toFixed(1)}, 100 KB → 1 MB ×${(large.cpu / medium.cpu).toFixed(1)} (linear: ×10 each); 1 MB to suggestions: ${(large.ms / 1000).toFixed(2)} s wall, ${(large.cpu / 1000).toFixed(2)} s CPU (target ≤ 3 s)`
	);
}
