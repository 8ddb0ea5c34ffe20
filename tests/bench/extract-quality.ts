/**
 * `npx tsx tests/bench/extract-quality.ts [--list]`: how well the extractor does, with no curation.
 *
 * 1. The five default articles (graph/corpus/*.txt, read as plain files): recall of the curated
 *    concepts (graph/concepts/*.yaml), a concept counting as found when one of its names (label,
 *    aliases, match phrases) and one of an extracted concept's names have the same content stems;
 *    a seeded sample of 40 relations of the default map, with the verdicts read by hand
 *    (extract-precision-verdicts.yaml); and noise: passages or concepts made of site noise.
 * 2. The test texts written for the extractor (tests/fixtures/extract): recall of the concepts
 *    and relations a teacher would expect (*.expected.yaml), precision of the default map's
 *    relations against them, and noise.
 * Figures are printed, never asserted; `--list` prints every relation judged or to judge.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { readKnowledgeBase } from '../../graph/read-knowledge-base';
import { buildGraph, defaultSelection } from '../../src/lib/kg/extract/graph';
import { extractSuggestions } from '../../src/lib/kg/extract/extract';
import { english } from '../../src/lib/kg/extract/profiles/en';
import { indonesian } from '../../src/lib/kg/extract/profiles/id';
import type { LanguageProfile } from '../../src/lib/kg/extract/profile';
import type { Extraction } from '../../src/lib/kg/extract/types';
import type { KnowledgeGraph } from '../../src/lib/kg/model';
import { seededRandom } from '../../src/lib/kg/seeded-random';

const SAMPLE_SEED = 20240613;
const SAMPLE_SIZE = 40;
const FIXTURES = 'tests/fixtures/extract';
const VERDICTS = 'tests/bench/extract-precision-verdicts.yaml';
const list = process.argv.includes('--list');

const kb = readKnowledgeBase('graph');
const vocabulary = { kinds: kb.ontology.kinds, relations: kb.ontology.relations };

/** Content stems of a name: what "the same name" means here. */
function nameKey(name: string, profile: LanguageProfile): string {
	const words = name.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
	return words.filter((w) => !profile.stopwords.has(w)).map((w) => profile.stem(w)).join(' ');
}
const keysOf = (names: string[]) => new Set(names.flatMap((n) => [nameKey(n, indonesian), nameKey(n, english)]).filter(Boolean));

function extract(files: string[]): { extraction: Extraction; graph: KnowledgeGraph } {
	const extraction = extractSuggestions(files.map((f) => ({ name: basename(f), text: readFileSync(f, 'utf8') })));
	const graph = buildGraph(extraction, defaultSelection(extraction), vocabulary, { layout: false });
	return { extraction, graph };
}

const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}% (${n}/${d})`);

function evidenceText(graph: KnowledgeGraph, span: { passage: string; start: number; end: number }): string {
	const { passages, documents } = graph.getAttributes();
	const passage = passages.find((p) => p.id === span.passage)!;
	return documents.find((d) => d.id === passage.doc)!.text.slice(span.start, span.end).replace(/\s+/g, ' ');
}

/** Noise: passages holding a noise line, concepts named by one or by a site word. */
const NOISE_WORDS = /^(?:facebook|twitter|whatsapp|instagram|youtube|telegram|admin|pembaca|artikel|redaksi|newsletter|copyright|google news|back to top|baca juga|diposting pada)$/i;
function noiseReport(graph: KnowledgeGraph, noiseLines: string[]): { passages: string[]; concepts: string[] } {
	const { passages } = graph.getAttributes();
	const badPassages = passages.filter((p) => noiseLines.some((line) => p.text.includes(line))).map((p) => `${p.id}: ${p.text.slice(0, 60)}`);
	const badConcepts = graph.filterNodes((_k, a) =>
		[a.label, ...a.aliases].some((name) => NOISE_WORDS.test(name) || noiseLines.some((line) => line.length > 8 && name.toLowerCase().includes(line.toLowerCase())))
	);
	return { passages: badPassages, concepts: badConcepts };
}

// ---------------------------------------------------------------- the five articles

const corpusFiles = readdirSync('graph/corpus').filter((f) => f.endsWith('.txt')).sort().map((f) => join('graph/corpus', f));
const started = performance.now();
const corpus = extract(corpusFiles);
const ms = Math.round(performance.now() - started);

const extractedKeys = (names: string[][]) => names.map((n) => keysOf(n));
const mapNames = corpus.graph.mapNodes((_k, a) => [a.label, ...a.aliases]);
const allNames = corpus.extraction.concepts.map((c) => [c.label, ...c.aliases]);
const mapKeys = new Set(extractedKeys(mapNames).flatMap((s) => [...s]));
const allKeys = new Set(extractedKeys(allNames).flatMap((s) => [...s]));
const curatedFound = (keys: Set<string>) =>
	kb.concepts.filter((c) => [...keysOf([c.label, ...c.aliases, ...(c.match ?? [])])].some((k) => keys.has(k)));
const foundInMap = curatedFound(mapKeys);
const foundInAll = curatedFound(allKeys);

console.log('# The five default articles, curation off');
console.log(`extraction: ${ms} ms; ${corpus.extraction.concepts.length} concepts and ${corpus.extraction.relations.length} relations suggested; default map ${corpus.graph.order} concepts, ${corpus.graph.size} relations`);
console.log(`recall of the ${kb.concepts.length} curated concepts: default map ${pct(foundInMap.length, kb.concepts.length)}; all suggestions ${pct(foundInAll.length, kb.concepts.length)}`);
if (list) console.log('  not found in the default map:', kb.concepts.filter((c) => !foundInMap.includes(c)).map((c) => c.key).join(', '));

const corpusNoise = [
	'Baca Juga', 'Diposting pada', 'Artikel berikut ini akan membahas', 'Salam kepada pembaca', 'Selamat membaca',
	'Terima kasih telah membaca', 'Sekian penjelasan', 'Semoga dengan membaca', 'Geograf', 'Artikel Terkait', 'Back to top'
];
const cn = noiseReport(corpus.graph, corpusNoise);
console.log(`noise: ${cn.passages.length} passages, ${cn.concepts.length} concepts`, [...cn.passages, ...cn.concepts].join('; '));

const edges = corpus.graph.mapEdges((key, a, source, target) => ({ key, source, target, relation: a.relation, evidence: a.evidence }));
edges.sort((a, b) => (a.key < b.key ? -1 : 1));
const random = seededRandom(SAMPLE_SEED);
const pool = [...edges];
const sample: typeof edges = [];
while (sample.length < SAMPLE_SIZE && pool.length > 0) sample.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
const verdicts = (existsSync(VERDICTS) ? parse(readFileSync(VERDICTS, 'utf8')) : {}) as Record<string, { verdict: 'correct' | 'wrong'; note?: string }>;
let judged = 0;
let correct = 0;
console.log(`relation precision, a sample of ${sample.length} of ${edges.length} (seed ${SAMPLE_SEED}), read by hand:`);
for (const [i, e] of sample.entries()) {
	const v = verdicts[e.key];
	if (v) {
		judged++;
		if (v.verdict === 'correct') correct++;
	}
	if (list || !v)
		console.log(
			`  ${String(i + 1).padStart(2)}. ${v ? v.verdict.toUpperCase().padEnd(7) : 'UNREAD '} ${corpus.graph.getNodeAttribute(e.source, 'label')} -${e.relation}-> ${corpus.graph.getNodeAttribute(e.target, 'label')}  [${e.key}]\n      "${e.evidence.map((span) => evidenceText(corpus.graph, span)).join(' / ').slice(0, 220)}"${v?.note ? `\n      (${v.note})` : ''}`
		);
}
console.log(`precision: ${pct(correct, judged)}${judged < sample.length ? `; ${sample.length - judged} not yet read` : ''}`);

// ---------------------------------------------------------------- the unseen test texts

interface Expected {
	concepts: string[];
	relations: Array<[string, string, string]>;
	noise: string[];
}
/** Part-of and kind-of said either way round: "X includes Y" is what "Y example-of X" says. */
const TAXONOMIC = new Set(['subtype-of', 'example-of', 'member-of']);

console.log('\n# The test texts written for the extractor (tests/fixtures/extract)');
const totals = { concepts: 0, conceptsFound: 0, relations: 0, relationsFound: 0, extracted: 0, extractedRight: 0, lenientRight: 0, noise: 0 };
for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort()) {
	const expected = parse(readFileSync(join(FIXTURES, file.replace(/\.txt$/, '.expected.yaml')), 'utf8')) as Expected;
	const { graph } = extract([join(FIXTURES, file)]);
	const nodeKeys = new Map(graph.mapNodes((key, a) => [key, keysOf([a.label, ...a.aliases])] as const));
	const concepts = expected.concepts.map((line) => line.split('|').map((s) => s.trim()));
	const nodeOf = (names: string[]) => {
		const want = keysOf(names);
		return [...nodeKeys].find(([, keys]) => [...keys].some((k) => want.has(k)))?.[0];
	};
	const conceptByFirst = new Map(concepts.map((names) => [names[0].toLowerCase(), names]));
	const found = concepts.filter((names) => nodeOf(names));
	const expectedEdges = expected.relations.map(([s, r, t]) => ({ s: nodeOf(conceptByFirst.get(s.toLowerCase()) ?? [s]), r, t: nodeOf(conceptByFirst.get(t.toLowerCase()) ?? [t]) }));
	const holds = (s: string, r: string, t: string, lenient: boolean) =>
		expectedEdges.some((e) => {
			if (e.s === s && e.t === t && e.r === r) return true;
			if (r === 'contrasts-with' && e.r === r && e.s === t && e.t === s) return true;
			if (!lenient) return false;
			const taxonomic = (x: string) => TAXONOMIC.has(x);
			return (e.s === s && e.t === t && taxonomic(e.r) && taxonomic(r)) || (e.s === t && e.t === s && taxonomic(e.r) && r === 'includes');
		});
	const relationsFound = expectedEdges.filter(
		(e) =>
			e.s &&
			e.t &&
			graph.someEdge((_k, a, s, t) => {
				if (s === e.s && t === e.t) return a.relation === e.r || (TAXONOMIC.has(a.relation) && TAXONOMIC.has(e.r));
				if (s === e.t && t === e.s && a.relation === 'contrasts-with') return e.r === 'contrasts-with';
				return s === e.t && t === e.s && a.relation === 'includes' && TAXONOMIC.has(e.r);
			})
	);
	let right = 0;
	let lenientRight = 0;
	graph.forEachEdge((_k, a, s, t) => {
		if (holds(s, a.relation, t, false)) right++;
		if (holds(s, a.relation, t, true)) lenientRight++;
	});
	const noise = noiseReport(graph, expected.noise);
	totals.concepts += concepts.length;
	totals.conceptsFound += found.length;
	totals.relations += expectedEdges.length;
	totals.relationsFound += relationsFound.length;
	totals.extracted += graph.size;
	totals.extractedRight += right;
	totals.lenientRight += lenientRight;
	totals.noise += noise.passages.length + noise.concepts.length;
	console.log(
		`${file}: concepts ${pct(found.length, concepts.length)}; expected relations found ${pct(relationsFound.length, expectedEdges.length)}; relations of the map that the teacher listed ${pct(right, graph.size)} (kind-of/part-of either way: ${pct(lenientRight, graph.size)}); noise ${noise.passages.length + noise.concepts.length}`
	);
	if (list) {
		console.log('  missing concepts:', concepts.filter((n) => !found.includes(n)).map((n) => n[0]).join(', '));
		graph.forEachEdge((_k, a, s, t) => {
			if (!holds(s, a.relation, t, true)) console.log(`  not listed: ${graph.getNodeAttribute(s, 'label')} -${a.relation}-> ${graph.getNodeAttribute(t, 'label')} | "${evidenceText(graph, a.evidence.at(-1)!).slice(0, 120)}"`);
		});
		for (const n of [...noise.passages, ...noise.concepts]) console.log('  NOISE', n);
	}
}
console.log(
	`all test texts: concepts ${pct(totals.conceptsFound, totals.concepts)}; expected relations found ${pct(totals.relationsFound, totals.relations)}; map relations the teacher listed ${pct(totals.extractedRight, totals.extracted)} (either way: ${pct(totals.lenientRight, totals.extracted)}); noise ${totals.noise}`
);
