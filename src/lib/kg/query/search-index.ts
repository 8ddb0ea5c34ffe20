import MiniSearch, { type Options } from 'minisearch';
import type { KnowledgeGraph, NodeAttributes } from '../model';
import { centrality } from './centrality';
import { isShown } from './shown';
import { normalise } from '../text/normalise';
import { stem } from '../text/stem';
import { tokenise } from '../text/tokenise';

/**
 * How a concept matched, best first: its whole name (label, English label or alias), the start
 * of a name, every query word by stem in its names, its names only with a typo or a half-typed
 * word, or only its explanation.
 */
export const MATCH_ORDER = ['exact', 'prefix', 'stem', 'typo', 'text'] as const;
export type NodeMatch = (typeof MATCH_ORDER)[number];

export interface NodeHit {
	type: 'node';
	key: string;
	label: string;
	labelEn: string;
	kind: string;
	match: NodeMatch;
	score: number;
}

export interface PassageHit {
	type: 'passage';
	/** The passage id. */
	passage: string;
	/** The id of the passage's document. */
	doc: string;
	score: number;
	/** Keys of the concepts mentioned in the passage, in order of first mention. */
	nodes: string[];
}

export type SearchHit = NodeHit | PassageHit;

export interface SearchOptions {
	/** At most this many hits of EACH type (nodes, passages); default 10. */
	limit?: number;
}

export interface SearchIndex {
	/**
	 * Node hits first, by how they matched (MATCH_ORDER), then the more central concept, then
	 * score; passage hits after them, by descending score. Hidden concepts are left out.
	 */
	search(query: string, options?: SearchOptions): SearchHit[];
	/**
	 * Indexes these concepts again as the graph has them now (an edit added, renamed or deleted
	 * them) and ranks by the graph's current connections: cheaper than building anew.
	 */
	refresh(keys: Iterable<string>): void;
}

interface IndexedEntry {
	id: string;
	label?: string;
	aliases?: string;
	labelEn?: string;
	gloss?: string;
	glossEn?: string;
	text?: string;
}

const FIELDS = ['label', 'aliases', 'labelEn', 'gloss', 'glossEn', 'text'] as const;
const NAME_FIELDS = new Set(['label', 'aliases', 'labelEn']);
/** Names weigh more than explanations; the Indonesian label most. */
const BOOST = { label: 3, aliases: 2.5, labelEn: 1.5, gloss: 1, glossEn: 0.8, text: 1 };
const DEFAULT_LIMIT = 10;
const NODE_PREFIX = 'n:';
const PASSAGE_PREFIX = 'p:';

/**
 * Builds the full-text index of a graph once; `search` is then cheap enough to
 * run on every keystroke.
 *
 * Each word is indexed twice, as its stem and as its plain (normalised) form,
 * and each query word is looked up in both forms (OR): the stem makes
 * "relawan" find "sukarelawan"/"volunter" and "pekerjaan" find "bekerja"; the
 * plain form keeps prefix search working on a half-typed word ("sukarel…"),
 * whose stem would not be the stem of the whole word. A document matching the
 * query word literally as well as by stem matches two terms and ranks higher.
 */
export function createSearchIndex(graph: KnowledgeGraph): SearchIndex {
	return searchable(graph, buildIndex(graph));
}

/**
 * The index as JSON, built where the graph was read (the import worker), so
 * the page only loads it (`loadSearchIndex`) instead of tokenising and
 * stemming every label and passage itself.
 */
export function serializeSearchIndex(graph: KnowledgeGraph): string {
	return JSON.stringify(buildIndex(graph));
}

/** An index from `serializeSearchIndex`, loaded in slices that leave the page responsive. */
export async function loadSearchIndex(graph: KnowledgeGraph, json: string): Promise<SearchIndex> {
	return searchable(graph, await MiniSearch.loadJSONAsync<IndexedEntry>(json, indexOptions()));
}

function indexOptions(): Options<IndexedEntry> {
	return {
		fields: [...FIELDS],
		tokenize: (text: string) => tokenise(text).map((token) => token.text),
		processTerm: termForms,
		searchOptions: {
			boost: BOOST,
			prefix: true,
			// Typo tolerance only where a typo leaves the word recognisable.
			fuzzy: (term: string) => (term.length >= 4 ? 0.2 : false),
			combineWith: 'OR'
		}
	};
}

function buildIndex(graph: KnowledgeGraph): MiniSearch<IndexedEntry> {
	const index = new MiniSearch<IndexedEntry>(indexOptions());
	const entries: IndexedEntry[] = graph.mapNodes((key, a) => nodeEntry(key, a));
	for (const passage of graph.getAttribute('passages')) entries.push({ id: PASSAGE_PREFIX + passage.id, text: passage.text });
	index.addAll(entries);
	return index;
}

function nodeEntry(key: string, a: NodeAttributes): IndexedEntry {
	return { id: NODE_PREFIX + key, label: a.label, aliases: a.aliases.join(' ; '), labelEn: a.labelEn, gloss: a.gloss, glossEn: a.glossEn };
}

function searchable(graph: KnowledgeGraph, index: MiniSearch<IndexedEntry>): SearchIndex {
	const passages = new Map(graph.getAttribute('passages').map((p) => [p.id, p]));
	let conceptsIn = conceptsByPassage(graph);
	let central = centrality(graph);
	const names = new Map(graph.mapNodes((key, a) => [key, nameForms(a.label, a.labelEn, a.aliases)]));
	const shown = (key: string) => isShown(graph, key);
	return {
		refresh(keys) {
			for (const key of new Set(keys)) {
				if (index.has(NODE_PREFIX + key)) index.discard(NODE_PREFIX + key);
				names.delete(key);
				if (!graph.hasNode(key)) continue;
				const a = graph.getNodeAttributes(key);
				index.add(nodeEntry(key, a));
				names.set(key, nameForms(a.label, a.labelEn, a.aliases));
			}
			conceptsIn = conceptsByPassage(graph);
			central = centrality(graph);
		},
		search(query, options = {}) {
			const limit = options.limit ?? DEFAULT_LIMIT;
			if (limit <= 0 || tokenise(query).length === 0) return [];
			const asked = queryForms(query);
			const nodeHits: NodeHit[] = [];
			const passageHits: PassageHit[] = [];
			for (const result of index.search(query)) {
				const id = String(result.id);
				if (id.startsWith(NODE_PREFIX)) {
					const key = id.slice(NODE_PREFIX.length);
					if (!shown(key)) continue;
					const a = graph.getNodeAttributes(key);
					const inNames = Object.values(result.match).some((fields) => fields.some((f) => NAME_FIELDS.has(f)));
					nodeHits.push({
						type: 'node',
						key,
						label: a.label,
						labelEn: a.labelEn,
						kind: a.kind,
						match: matchOf(asked, names.get(key)!, inNames),
						score: result.score
					});
				} else if (passageHits.length < limit) {
					// Results come sorted by score, so the passage list fills with the best first.
					const passage = passages.get(id.slice(PASSAGE_PREFIX.length));
					if (!passage) continue;
					passageHits.push({
						type: 'passage',
						passage: passage.id,
						doc: passage.doc,
						score: result.score,
						nodes: (conceptsIn.get(passage.id) ?? []).filter(shown)
					});
				}
			}
			const rank = (hit: NodeHit) => MATCH_ORDER.indexOf(hit.match);
			nodeHits.sort((x, y) => rank(x) - rank(y) || (central[y.key] ?? 0) - (central[x.key] ?? 0) || y.score - x.score);
			return [...nodeHits.slice(0, limit), ...passageHits];
		}
	};
}

interface NameForms {
	/** Each name, normalised with single spaces. */
	whole: string[];
	/** The stems of every word of every name. */
	stems: Set<string>;
}

function nameForms(label: string, labelEn: string, aliases: string[]): NameForms {
	const all = [label, labelEn, ...aliases].filter(Boolean);
	return {
		whole: all.map(flat),
		stems: new Set(all.flatMap((name) => tokenise(name).map((t) => stem(t.text))))
	};
}

function queryForms(query: string): { whole: string; stems: string[] } {
	return { whole: flat(query), stems: tokenise(query).map((t) => stem(t.text)) };
}

/** Lower case, words joined by single spaces, punctuation at the ends dropped. */
function flat(text: string): string {
	return tokenise(text)
		.map((t) => normalise(t.text))
		.join(' ');
}

function matchOf(asked: { whole: string; stems: string[] }, names: NameForms, inNames: boolean): NodeMatch {
	if (names.whole.includes(asked.whole)) return 'exact';
	if (names.whole.some((name) => name.startsWith(asked.whole))) return 'prefix';
	if (asked.stems.length > 0 && asked.stems.every((s) => names.stems.has(s))) return 'stem';
	return inNames ? 'typo' : 'text';
}

/** The forms a word is indexed and searched under: its stem and its plain form. */
function termForms(term: string): string[] {
	const plain = normalise(term);
	const stemmed = stem(term);
	return stemmed && stemmed !== plain ? [stemmed, plain] : [plain];
}

/** For each passage, the concepts mentioned in it, ordered by their first mention. */
function conceptsByPassage(graph: KnowledgeGraph): Map<string, string[]> {
	const firstMention = new Map<string, Map<string, number>>();
	graph.forEachNode((key, a) => {
		for (const mention of a.mentions) {
			let concepts = firstMention.get(mention.passage);
			if (!concepts) firstMention.set(mention.passage, (concepts = new Map()));
			const seen = concepts.get(key);
			if (seen === undefined || mention.start < seen) concepts.set(key, mention.start);
		}
	});
	const result = new Map<string, string[]>();
	for (const [passage, concepts] of firstMention) {
		result.set(
			passage,
			[...concepts].sort((x, y) => x[1] - y[1] || (x[0] < y[0] ? -1 : 1)).map(([key]) => key)
		);
	}
	return result;
}
