/**
 * `npx tsx tests/bench/extract-speed.ts`: the extractor's time for 10 KB, 100 KB and 1 MB of text,
 * to suggestions ready for review (reading, segmenting, signals, key phrases, grounding), then to
 * the default map (selection and graph) and its layout. Printed, never asserted; not in npm test.
 *
 * The input: the default articles and the test texts, copied until the size is reached, each
 * copy with its longer content words replaced by made-up words of its own (cue words and function
 * words kept), so that copies bring new concepts as new articles would, rather than repeating one
 * article's concepts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { readKnowledgeBase } from '../../graph/read-knowledge-base';
import { extractSuggestions } from '../../src/lib/kg/extract/extract';
import { buildGraph, defaultSelection } from '../../src/lib/kg/extract/graph';
import { layoutExtractedGraph } from '../../src/lib/kg/extract/layout';
import { english } from '../../src/lib/kg/extract/profiles/en';
import { indonesian } from '../../src/lib/kg/extract/profiles/id';
import type { SourceText } from '../../src/lib/kg/extract/types';
import { seededRandom } from '../../src/lib/kg/seeded-random';

const SIZES = [10_000, 100_000, 1_000_000];
const RUNS = 3;

const originals = [
	...readdirSync('graph/corpus').filter((f) => f.endsWith('.txt')).sort().map((f) => join('graph/corpus', f)),
	...readdirSync('tests/fixtures/extract').filter((f) => f.endsWith('.txt')).sort().map((f) => join('tests/fixtures/extract', f))
].map((file) => readFileSync(file, 'utf8'));

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

function sources(size: number): SourceText[] {
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
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Warm the JIT up, so the smallest size does not pay for compiling the code.
for (let i = 0; i < 3; i++) extractSuggestions(sources(100_000));
console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores (others' work slows the wall clock; CPU time is this process's own)`);
console.log('size      texts  suggestions: wall ms  CPU ms  CPU ms/KB  concepts  relations  default map (ms)  layout (ms)');
const rows: Array<{ size: number; ms: number; cpu: number }> = [];
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
	const ms = median(times);
	const cpu = median(cpuTimes);
	rows.push({ size, ms, cpu });
	console.log(
		`${`${size / 1000} KB`.padEnd(10)}${String(input.length).padStart(5)}  ${ms.toFixed(0).padStart(19)}  ${cpu.toFixed(0).padStart(6)}  ${(cpu / (size / 1000)).toFixed(2).padStart(9)}  ${String(counts.concepts).padStart(8)}  ${String(counts.relations).padStart(9)}  ${median(mapTimes).toFixed(0).padStart(16)}  ${median(layoutTimes).toFixed(0).padStart(11)}`
	);
}
const [small, medium, large] = rows;
console.log(
	`growth in CPU time: 10 KB → 100 KB ×${(medium.cpu / small.cpu).toFixed(1)}, 100 KB → 1 MB ×${(large.cpu / medium.cpu).toFixed(1)} (linear: ×10 each); 1 MB to suggestions: ${(large.ms / 1000).toFixed(2)} s wall, ${(large.cpu / 1000).toFixed(2)} s CPU (target ≤ 3 s)`
);
