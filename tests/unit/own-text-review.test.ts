/** The review of suggestions before they become a map: each change, and the map built from the result. */
import { describe, expect, it } from 'vitest';
import { buildGraph, defaultSelection } from '../../src/lib/kg/extract/graph';
import type { Extraction, SuggestedConcept, SuggestedRelation } from '../../src/lib/kg/extract/types';
import { EvidenceIndex } from '../../src/lib/state/own-text-evidence';
import {
	acceptConcepts,
	acceptRelations,
	mergeConcepts,
	mergedInto,
	mergedTarget,
	rejectConcepts,
	rejectRelations,
	renameConcept,
	retypeConcepts,
	retypeRelations,
	reviewCounts,
	selectionOf,
	startReview,
	unmergeConcept
} from '../../src/lib/state/own-text-review';

const TEXT =
	'Stratifikasi sosial adalah pembedaan masyarakat ke dalam lapisan. Stratifikasi tertutup merupakan jenis stratifikasi sosial. Stratifikasi terbuka merupakan jenis stratifikasi sosial. Lapisan tertutup tidak berubah.';
const at = (phrase: string, from = 0) => {
	const start = TEXT.indexOf(phrase, from);
	if (start < 0) throw new Error(`"${phrase}" is not in the text`);
	return { passage: 'p1', start, end: start + phrase.length };
};
const sentence = (n: number) => {
	const sentences = TEXT.split(/(?<=\.) /);
	const start = TEXT.indexOf(sentences[n]);
	return { passage: 'p1', start, end: start + sentences[n].length };
};

function concept(key: string, label: string, confidence: number, mentions: ReturnType<typeof at>[], evidence = [mentions[0]]): SuggestedConcept {
	return { key, label, labelEn: label, kind: 'category', aliases: [], confidence, signals: ['definition'], mentions, evidence };
}
function relation(source: string, target: string, confidence: number, evidence: ReturnType<typeof at>): SuggestedRelation {
	return { key: `${source}--subtype--${target}`, source, target, relation: 'subtype', confidence, signals: ['definition'], evidence: [evidence] };
}

const extraction: Extraction = {
	title: 'Stratifikasi',
	language: 'id',
	documents: [{ id: 'd', source: 'a.txt', title: 'Stratifikasi', language: 'id', text: TEXT }],
	passages: [{ id: 'p1', doc: 'd', start: 0, end: TEXT.length, text: TEXT }],
	concepts: [
		concept('stratifikasi-sosial', 'Stratifikasi sosial', 0.95, [at('Stratifikasi sosial'), at('stratifikasi sosial', 70)], [sentence(0)]),
		concept('stratifikasi-tertutup', 'Stratifikasi tertutup', 0.9, [at('Stratifikasi tertutup')], [sentence(1)]),
		concept('stratifikasi-terbuka', 'Stratifikasi terbuka', 0.85, [at('Stratifikasi terbuka')], [sentence(2)]),
		concept('lapisan-tertutup', 'Lapisan tertutup', 0.3, [at('Lapisan tertutup')], [sentence(3)])
	],
	relations: [
		relation('stratifikasi-sosial', 'stratifikasi-tertutup', 0.9, sentence(1)),
		relation('stratifikasi-sosial', 'stratifikasi-terbuka', 0.8, sentence(2)),
		relation('stratifikasi-sosial', 'lapisan-tertutup', 0.2, sentence(3))
	],
	dropped: []
};
const vocabulary = {
	kinds: [
		{ id: 'category', label: { id: 'Kategori', en: 'Category' }, color: '#334155' },
		{ id: 'example', label: { id: 'Contoh', en: 'Example' }, color: '#0f766e' }
	],
	relations: [
		{ id: 'subtype', label: { id: 'jenis', en: 'subtype' } },
		{ id: 'example', label: { id: 'contoh', en: 'example' } }
	]
};
const start = () => startReview(extraction, defaultSelection(extraction));
const SOSIAL = 'stratifikasi-sosial';
const TERTUTUP = 'stratifikasi-tertutup';
const TERBUKA = 'stratifikasi-terbuka';
const LAPISAN = 'lapisan-tertutup';
const TO_LAPISAN = `${SOSIAL}--subtype--${LAPISAN}`;
const TO_TERTUTUP = `${SOSIAL}--subtype--${TERTUTUP}`;

describe('reviewing suggestions', () => {
	it("starts from the extractor's surest suggestions", () => {
		const review = start();
		expect(Object.entries(review.concepts).filter(([, c]) => c.accepted).map(([k]) => k)).toEqual([SOSIAL, TERTUTUP, TERBUKA]);
		expect(review.relations[TO_LAPISAN].accepted).toBe(false);
		expect(reviewCounts(review, extraction)).toEqual({ concepts: 3, relations: 2 });
	});

	it('accepting a relation accepts its two concepts', () => {
		const review = acceptRelations(start(), [TO_LAPISAN], extraction);
		expect(review.concepts[LAPISAN].accepted).toBe(true);
		expect(reviewCounts(review, extraction)).toEqual({ concepts: 4, relations: 3 });
	});

	it('rejecting a concept rejects its relations; rejecting a relation keeps its concepts', () => {
		const review = rejectConcepts(start(), [TERTUTUP], extraction);
		expect(review.concepts[TERTUTUP].accepted).toBe(false);
		expect(review.relations[TO_TERTUTUP].accepted).toBe(false);
		const other = rejectRelations(start(), [TO_TERTUTUP]);
		expect(other.concepts[TERTUTUP].accepted).toBe(true);
		expect(selectionOf(other, extraction).relations.map((r) => r.key)).not.toContain(TO_TERTUTUP);
	});

	it('accepts and rejects in bulk', () => {
		const all = acceptConcepts(start(), [SOSIAL, TERTUTUP, TERBUKA, LAPISAN]);
		expect(Object.values(all.concepts).every((c) => c.accepted)).toBe(true);
		const none = rejectConcepts(all, [SOSIAL, TERTUTUP, TERBUKA, LAPISAN], extraction);
		expect(selectionOf(none, extraction)).toEqual({ concepts: [], relations: [] });
	});

	it('renames (an empty name keeps the old one) and retypes', () => {
		let review = renameConcept(start(), TERTUTUP, '  Sistem   kasta ');
		review = renameConcept(review, TERBUKA, '   ');
		review = retypeConcepts(review, [TERTUTUP, TERBUKA], 'example');
		review = retypeRelations(review, [TO_TERTUTUP], 'example');
		const selection = selectionOf(review, extraction);
		expect(selection.concepts.find((c) => c.key === TERTUTUP)).toEqual({ key: TERTUTUP, label: 'Sistem kasta', labelEn: 'Sistem kasta', kind: 'example' });
		expect(selection.concepts.find((c) => c.key === TERBUKA)).toEqual({ key: TERBUKA, kind: 'example' });
		expect(selection.relations).toContainEqual({ key: TO_TERTUTUP, relation: 'example' });
	});

	it('merges concepts: names become aliases, mentions join, relations follow, a merged-away loop is left out', () => {
		const review = mergeConcepts(start(), [TERTUTUP, LAPISAN], TERTUTUP);
		expect(review.concepts[LAPISAN]).toMatchObject({ accepted: true, mergeInto: TERTUTUP });
		expect(mergedInto(review, TERTUTUP)).toEqual([LAPISAN]);
		const graph = buildGraph(extraction, selectionOf(acceptRelations(review, [TO_LAPISAN], extraction), extraction), vocabulary, { layout: false });
		expect(graph.nodes().sort()).toEqual([SOSIAL, TERBUKA, TERTUTUP].sort());
		expect(graph.getNodeAttribute(TERTUTUP, 'aliases')).toContain('Lapisan tertutup');
		expect(graph.getNodeAttribute(TERTUTUP, 'mentions')).toHaveLength(2);
		// Both relations now join the same pair: one edge with both sentences as evidence.
		expect(graph.edges()).toHaveLength(2);
		expect(graph.getEdgeAttribute(TO_TERTUTUP, 'evidence')).toHaveLength(2);
		// Merging the merged concept's target into a third one carries it along.
		const chained = mergeConcepts(review, [TERBUKA, TERTUTUP], TERBUKA);
		expect(mergedTarget(chained, LAPISAN)).toBe(TERBUKA);
		const relationsOf = selectionOf(chained, extraction).relations.map((r) => r.key);
		expect(relationsOf.sort()).toEqual([`${SOSIAL}--subtype--${TERBUKA}`, TO_TERTUTUP].sort());
	});

	it('a merge is undone, and rejecting its target undoes it', () => {
		const merged = mergeConcepts(start(), [TERBUKA], TERTUTUP);
		expect(unmergeConcept(merged, TERBUKA).concepts[TERBUKA].mergeInto).toBeUndefined();
		const rejected = rejectConcepts(merged, [TERTUTUP], extraction);
		expect(rejected.concepts[TERBUKA]).toMatchObject({ accepted: true, mergeInto: undefined });
	});

	it('builds a map whose every concept and relation has its evidence', () => {
		const review = acceptRelations(start(), [TO_LAPISAN], extraction);
		const graph = buildGraph(extraction, selectionOf(review, extraction), vocabulary);
		expect(graph.order).toBe(4);
		graph.forEachNode((_key, attrs) => {
			expect(attrs.mentions.length).toBeGreaterThan(0);
			expect(Number.isFinite(attrs.x)).toBe(true);
		});
		graph.forEachEdge((_key, attrs) => expect(attrs.evidence.length).toBeGreaterThan(0));
	});
});

describe('the evidence shown for a suggestion', () => {
	const index = new EvidenceIndex(extraction);
	const plain = (statements: Array<Array<{ text: string; mark: boolean }>>) => statements.map((segments) => segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('')).join(' | ');

	it("is the concept's sentence with its name marked", () => {
		expect(plain(index.concept(extraction.concepts[1]))).toBe('[Stratifikasi tertutup] merupakan jenis stratifikasi sosial.');
	});

	it("is the relation's sentence with both concepts marked", () => {
		expect(plain(index.relation(extraction.relations[0]))).toBe('[Stratifikasi tertutup] merupakan jenis [stratifikasi sosial].');
	});

	it('is the whole sentence around a bare mention', () => {
		const bare = { ...extraction.concepts[3], evidence: [] };
		expect(plain(index.concept(bare))).toBe('[Lapisan tertutup] tidak berubah.');
	});

	it('shows each sentence of a relation stated by a lead-in and its item, the lead-in ending at its colon', () => {
		const text = 'Ada beberapa dasar pelapisan, antara lain:\n1. Kekayaan, yaitu harta benda.';
		const span = (phrase: string) => ({ passage: 'q', start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length });
		const lead = { ...extraction, passages: [{ id: 'q', doc: 'd', start: 0, end: text.length, text }], concepts: [concept('kekayaan', 'Kekayaan', 0.9, [span('Kekayaan')])] };
		const stated = { ...relation('pelapisan', 'kekayaan', 0.8, span('antara lain')), evidence: [span('antara lain'), span('Kekayaan, yaitu harta benda.')] };
		expect(plain(new EvidenceIndex(lead).relation(stated))).toBe('Ada beberapa dasar pelapisan, antara lain: | [Kekayaan], yaitu harta benda.');
	});
});
