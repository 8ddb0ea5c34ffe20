/**
 * How well the extractor does with no curation, in node (no browser). `npm run bench` reports its
 * rows; `npx tsx tests/bench/extract-quality.ts [--list] [--write-sample]` prints the details.
 *
 * 1. The five default articles (graph/corpus/*.txt, read as plain files):
 *    - recall of the curated concepts (graph/concepts/*.yaml). The rule, kept fixed: a curated
 *      concept is found when one of its names (label, aliases, `match` phrases — every one of them
 *      occurs in the articles) and one of an extracted concept's names (label, aliases) have the
 *      same content stems: lower case, function words dropped, each word stemmed, in order.
 *      "Kelompok-kelompok okupasional" finds "kelompok okupasional"; "kelompok okupasional
 *      formal" does not find "kelompok okupasional". Counted in the default map (what the review
 *      step starts from) and among all suggestions.
 *    - relation precision: a seeded sample of the default map's relations, each read by hand
 *      against the sentence it cites (tests/fixtures/extract/relation-verdicts.yaml);
 *      `--write-sample` writes the sample with its evidence and verdicts to relation-sample.md.
 *    - noise: passages or concepts holding a line of the site (the articles' own noise lines and
 *      the general patterns of SITE_NOISE).
 * 2. The development texts (tests/fixtures/extract/*.txt) and the unseen texts
 *    (tests/fixtures/extract/unseen/*.txt, written with their expected lists and never tuned
 *    on): recall of the expected concepts in the default map, expected relations found, noise.
 * Figures are reported, never asserted here; tests/unit/extract-unseen.test.ts asserts the
 * noise rule and a recall floor on the unseen texts.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
import { info, round, type Row } from './stats';

const SAMPLE_SEED = 20240613;
const SAMPLE_SIZE = 60;
const FIXTURES = 'tests/fixtures/extract';
const UNSEEN = 'tests/fixtures/extract/unseen';
const VERDICTS = `${FIXTURES}/relation-verdicts.yaml`;
const SAMPLE_FILE = `${FIXTURES}/relation-sample.md`;

/** Lines of a site rather than of an article, in any text: none may reach a passage or a concept. */
export const SITE_NOISE: RegExp[] = [
	/\bbaca juga\b/i,
	/\bdiposting pada\b/i,
	/\bditulis oleh\b/i,
	/\b(?:pexels|unsplash|freepik|shutterstock|pixabay)\.com\b/i,
	/\bsimak (?:artikel|ulasan|penjelasan|selengkapnya)/i,
	/\b(?:bagikan|share)\b.{0,20}\b(?:facebook|twitter|whatsapp)\b/i,
	/\bsubscribe\b/i,
	/\bscroll (?:untuk|ke bawah|down)\b/i,
	/\bberlangganan\b/i,
	/\bcopyright\b|©|\ball rights reserved\b|\bhak cipta\b/i,
	/^tags?:/i,
	/\bread more:/i,
	/\bsign up for\b/i,
	/\b(?:terima kasih|thanks) (?:telah|sudah|for) (?:membaca|reading)\b/i,
	/\bsemoga bermanfaat\b/i
];

/** Concept names that are a site's words, whatever the text. */
const NOISE_WORDS = /^(?:facebook|twitter|whatsapp|instagram|youtube|telegram|linkedin|admin|pembaca|artikel|redaksi|newsletter|copyright|google news|back to top|baca juga|diposting pada|sobat|penulis|editor)$/i;

export interface NoiseFound {
	passages: string[];
	concepts: string[];
}

export interface TextScore {
	file: string;
	concepts: number;
	conceptsFound: number;
	missing: string[];
	relations: number;
	relationsFound: number;
	noise: NoiseFound;
}

export interface QualityReport {
	corpus: {
		ms: number;
		curated: number;
		foundInMap: number;
		foundInAll: number;
		missingInMap: string[];
		suggestedConcepts: number;
		suggestedRelations: number;
		mapConcepts: number;
		mapRelations: number;
		noise: NoiseFound;
		sample: SampledRelation[];
		sampledFrom: number;
	};
	development: TextScore[];
	unseen: TextScore[];
}

export interface SampledRelation {
	key: string;
	source: string;
	relation: string;
	target: string;
	evidence: string;
	verdict?: 'correct' | 'wrong';
	note?: string;
}

/** Content stems of a name: what "the same name" means here. */
function nameKey(name: string, profile: LanguageProfile): string {
	const words = name.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
	return words.filter((w) => !profile.stopwords.has(w)).map((w) => profile.stem(w)).join(' ');
}
export const keysOf = (names: string[]) => new Set(names.flatMap((n) => [nameKey(n, indonesian), nameKey(n, english)]).filter(Boolean));

function vocabulary() {
	const kb = readKnowledgeBase('graph');
	return { kinds: kb.ontology.kinds, relations: kb.ontology.relations };
}

export function extractFiles(files: string[]): { extraction: Extraction; graph: KnowledgeGraph } {
	const extraction = extractSuggestions(files.map((f) => ({ name: basename(f), text: readFileSync(f, 'utf8') })));
	const graph = buildGraph(extraction, defaultSelection(extraction), vocabulary(), { layout: false });
	return { extraction, graph };
}

function evidenceText(graph: KnowledgeGraph, span: { passage: string; start: number; end: number }): string {
	const { passages, documents } = graph.getAttributes();
	const passage = passages.find((p) => p.id === span.passage)!;
	return documents.find((d) => d.id === passage.doc)!.text.slice(span.start, span.end).replace(/\s+/g, ' ');
}

/** Passages holding a noise line (the text's own list, or a general pattern); concepts named by one. */
export function noiseIn(graph: KnowledgeGraph, noiseLines: string[]): NoiseFound {
	const { passages } = graph.getAttributes();
	const noisy = (text: string) => noiseLines.some((line) => text.includes(line)) || SITE_NOISE.some((re) => text.split('\n').some((l) => re.test(l.trim())));
	const badPassages = passages.filter((p) => noisy(p.text)).map((p) => `${p.id}: ${p.text.slice(0, 70).replace(/\s+/g, ' ')}`);
	const badConcepts = graph.filterNodes((_k, a) =>
		[a.label, ...a.aliases].some(
			(name) => NOISE_WORDS.test(name) || SITE_NOISE.some((re) => re.test(name)) || noiseLines.some((line) => line.length > 5 && name.toLowerCase().includes(line.toLowerCase()))
		)
	);
	return { passages: badPassages, concepts: badConcepts.map((k) => `${k} (${graph.getNodeAttribute(k, 'label')})`) };
}

interface Expected {
	concepts: string[];
	relations?: Array<[string, string, string]>;
	noise: string[];
}

/** Part-of and kind-of said either way round count as the same expected relation. */
const TAXONOMIC = new Set(['subtype-of', 'example-of', 'member-of']);

/** One test text against its expected list: concepts in the default map, expected relations, noise. */
export function scoreText(txt: string): TextScore {
	const expected = parse(readFileSync(txt.replace(/\.txt$/, '.expected.yaml'), 'utf8')) as Expected;
	const { graph } = extractFiles([txt]);
	const nodeKeys = new Map(graph.mapNodes((key, a) => [key, keysOf([a.label, ...a.aliases])] as const));
	const concepts = expected.concepts.map((line) => line.split('|').map((s) => s.trim()));
	const nodeOf = (names: string[]) => {
		const want = keysOf(names);
		return [...nodeKeys].find(([, keys]) => [...keys].some((k) => want.has(k)))?.[0];
	};
	const byFirst = new Map(concepts.map((names) => [names[0].toLowerCase(), names]));
	const found = concepts.filter((names) => nodeOf(names));
	const expectedEdges = (expected.relations ?? []).map(([s, r, t]) => ({ s: nodeOf(byFirst.get(s.toLowerCase()) ?? [s]), r, t: nodeOf(byFirst.get(t.toLowerCase()) ?? [t]) }));
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
	return {
		file: basename(txt),
		concepts: concepts.length,
		conceptsFound: found.length,
		missing: concepts.filter((n) => !found.includes(n)).map((n) => n[0]),
		relations: expectedEdges.length,
		relationsFound: relationsFound.length,
		noise: noiseIn(graph, expected.noise)
	};
}

/** A number in 0..1 drawn from the key and the seed: the same for the same relation in every run. */
function rankOf(key: string): number {
	let h = SAMPLE_SEED;
	for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 2654435761) >>> 0;
	return seededRandom(h)();
}

const textsIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));

export function measureQuality(): QualityReport {
	const kb = readKnowledgeBase('graph');
	const started = performance.now();
	const corpus = extractFiles(textsIn('graph/corpus'));
	const ms = Math.round(performance.now() - started);
	const keysOfNames = (names: string[][]) => new Set(names.flatMap((n) => [...keysOf(n)]));
	const mapKeys = keysOfNames(corpus.graph.mapNodes((_k, a) => [a.label, ...a.aliases]));
	const allKeys = keysOfNames(corpus.extraction.concepts.map((c) => [c.label, ...c.aliases]));
	const found = (keys: Set<string>) => kb.concepts.filter((c) => [...keysOf([c.label, ...c.aliases, ...(c.match ?? [])])].some((k) => keys.has(k)));
	const foundInMap = found(mapKeys);

	const corpusNoise = [
		'Baca Juga', 'Diposting pada', 'Artikel berikut ini akan membahas', 'Salam kepada pembaca', 'Selamat membaca',
		'Terima kasih telah membaca', 'Sekian penjelasan', 'Semoga dengan membaca', 'Geograf', 'Artikel Terkait', 'Back to top'
	];

	// Each relation draws a fixed random rank from its key, so a changed extractor keeps the sample of
	// the relations it still makes and only the new ones that rank high enter it.
	const edges = corpus.graph.mapEdges((key, a, source, target) => ({ key, source, target, relation: a.relation, evidence: a.evidence, rank: rankOf(key) }));
	const picked = [...edges].sort((a, b) => a.rank - b.rank).slice(0, SAMPLE_SIZE);
	const verdicts = (parse(readFileSync(VERDICTS, 'utf8')) ?? {}) as Record<string, { verdict: 'correct' | 'wrong'; note?: string }>;
	const label = (key: string) => corpus.graph.getNodeAttribute(key, 'label');
	const sample = picked.map((e) => ({
		key: e.key,
		source: label(e.source),
		relation: e.relation,
		target: label(e.target),
		evidence: e.evidence.map((span) => evidenceText(corpus.graph, span)).join(' / '),
		...(verdicts[e.key] ?? {})
	}));

	return {
		corpus: {
			ms,
			curated: kb.concepts.length,
			foundInMap: foundInMap.length,
			foundInAll: found(allKeys).length,
			missingInMap: kb.concepts.filter((c) => !foundInMap.includes(c)).map((c) => c.key),
			suggestedConcepts: corpus.extraction.concepts.length,
			suggestedRelations: corpus.extraction.relations.length,
			mapConcepts: corpus.graph.order,
			mapRelations: corpus.graph.size,
			noise: noiseIn(corpus.graph, corpusNoise),
			sample,
			sampledFrom: edges.length
		},
		development: textsIn(FIXTURES).map(scoreText),
		unseen: textsIn(UNSEEN).map(scoreText)
	};
}

const pct = (n: number, d: number) => (d === 0 ? 0 : (100 * n) / d);
const sum = (scores: TextScore[], f: (s: TextScore) => number) => scores.reduce((n, s) => n + f(s), 0);
const noiseCount = (n: NoiseFound) => n.passages.length + n.concepts.length;

function atLeast(metric: string, value: number, unit: string, limit: number, samples: number): Row {
	return { metric, value: round(value), unit, target: `≥ ${limit} ${unit}`, met: value >= limit, samples };
}
function noneOf(metric: string, value: number, samples: number): Row {
	return { metric, value, unit: 'items', target: '≤ 0 items', met: value === 0, samples };
}

export function qualityRows(report = measureQuality()): Row[] {
	const c = report.corpus;
	const judged = c.sample.filter((s) => s.verdict);
	const correct = judged.filter((s) => s.verdict === 'correct').length;
	const rows: Row[] = [
		atLeast('extract: recall of curated concepts, default map', pct(c.foundInMap, c.curated), '%', 80, c.curated),
		info('extract: recall of curated concepts, all suggestions', pct(c.foundInAll, c.curated), '%', c.curated),
		atLeast('extract: relation precision, hand-read sample', pct(correct, judged.length), '%', 80, judged.length),
		noneOf('extract: noise passages+concepts, five articles', noiseCount(c.noise), c.mapConcepts)
	];
	for (const [name, scores] of [['development texts', report.development], ['unseen texts', report.unseen]] as const) {
		const concepts = sum(scores, (s) => s.concepts);
		rows.push(atLeast(`extract: recall of expected concepts, ${name}`, pct(sum(scores, (s) => s.conceptsFound), concepts), '%', 80, concepts));
		rows.push(info(`extract: expected relations found, ${name}`, pct(sum(scores, (s) => s.relationsFound), sum(scores, (s) => s.relations)), '%', sum(scores, (s) => s.relations)));
		rows.push(noneOf(`extract: noise passages+concepts, ${name}`, sum(scores, (s) => noiseCount(s.noise)), scores.length));
	}
	return rows;
}

function writeSample(report: QualityReport): void {
	const c = report.corpus;
	const lines = [
		'# Relation sample: the five default articles, no curation',
		'',
		`Written by \`npx tsx tests/bench/extract-quality.ts --write-sample\`: ${c.sample.length} of the default map's ${c.sampledFrom} relations, ranked by a random number drawn from each relation's key with seed ${SAMPLE_SEED}. Each was read against the sentence it cites; it is correct when the article states that relation between those two concepts. The verdicts live in \`relation-verdicts.yaml\` (keyed by relation key), so a changed extractor keeps the verdicts of the relations it still makes and shows the new ones as unread.`,
		''
	];
	for (const [i, s] of c.sample.entries()) {
		lines.push(`${i + 1}. **${s.verdict ?? 'UNREAD'}** — ${s.source} *${s.relation}* ${s.target}${s.note ? ` — ${s.note}` : ''}`);
		lines.push(`   > ${s.evidence.slice(0, 400)}`);
	}
	const judged = c.sample.filter((s) => s.verdict);
	lines.push('', `Precision: ${judged.filter((s) => s.verdict === 'correct').length} of ${judged.length} read.`, '');
	writeFileSync(SAMPLE_FILE, lines.join('\n'));
}

function printReport(report: QualityReport, list: boolean): void {
	const c = report.corpus;
	const p = (n: number, d: number) => `${pct(n, d).toFixed(1)}% (${n}/${d})`;
	console.log('# The five default articles, curation off');
	console.log(`extraction: ${c.ms} ms; ${c.suggestedConcepts} concepts and ${c.suggestedRelations} relations suggested; default map ${c.mapConcepts} concepts, ${c.mapRelations} relations`);
	console.log(`recall of the ${c.curated} curated concepts: default map ${p(c.foundInMap, c.curated)}; all suggestions ${p(c.foundInAll, c.curated)}`);
	if (list) console.log('  not found in the default map:', c.missingInMap.join(', '));
	console.log(`noise: ${noiseCount(c.noise)}`, [...c.noise.passages, ...c.noise.concepts].join('; '));
	const judged = c.sample.filter((s) => s.verdict);
	console.log(`relation precision: ${p(judged.filter((s) => s.verdict === 'correct').length, judged.length)} of a sample of ${c.sample.length} (of ${c.sampledFrom})`);
	for (const [i, s] of c.sample.entries())
		if (list || !s.verdict) console.log(`  ${i + 1}. ${(s.verdict ?? 'UNREAD').toUpperCase().padEnd(7)} ${s.source} -${s.relation}-> ${s.target}  [${s.key}]\n      "${s.evidence.slice(0, 260)}"`);
	for (const [name, scores] of [['development texts (tests/fixtures/extract)', report.development], ['unseen texts (tests/fixtures/extract/unseen)', report.unseen]] as const) {
		console.log(`\n# The ${name}`);
		for (const s of scores) {
			console.log(`${s.file}: concepts ${p(s.conceptsFound, s.concepts)}; expected relations ${p(s.relationsFound, s.relations)}; noise ${noiseCount(s.noise)}`);
			if (list && s.missing.length) console.log('  missing:', s.missing.join(', '));
			for (const n of [...s.noise.passages, ...s.noise.concepts]) console.log('  NOISE', n);
		}
		console.log(`all: concepts ${p(sum(scores, (s) => s.conceptsFound), sum(scores, (s) => s.concepts))}; relations ${p(sum(scores, (s) => s.relationsFound), sum(scores, (s) => s.relations))}; noise ${sum(scores, (s) => noiseCount(s.noise))}`);
	}
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	const report = measureQuality();
	printReport(report, process.argv.includes('--list'));
	if (process.argv.includes('--write-sample')) writeSample(report);
}
