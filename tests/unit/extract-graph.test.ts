/** Accepted suggestions → a graph of the contract; the extractor's vocabulary is the ontology's. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readKnowledgeBase } from '../../graph/read-knowledge-base';
import { extractSuggestions } from '../../src/lib/kg/extract/extract';
import { buildGraph, defaultSelection, RELATION_THRESHOLD, SelectionError } from '../../src/lib/kg/extract/graph';
import { layoutExtractedGraph } from '../../src/lib/kg/extract/layout';
import { english } from '../../src/lib/kg/extract/profiles/en';
import { indonesian } from '../../src/lib/kg/extract/profiles/id';
import { validateSerializedGraph } from '../../src/lib/kg/model';

const FIXTURES = join(import.meta.dirname, '../fixtures/extract');
const { ontology } = readKnowledgeBase(join(import.meta.dirname, '../../graph'));
const vocabulary = { kinds: ontology.kinds, relations: ontology.relations };
const extraction = extractSuggestions(['id-lembaga-sosial.txt', 'en-socialization.txt'].map((f) => ({ name: f, text: readFileSync(join(FIXTURES, f), 'utf8') })));

describe('the vocabulary', () => {
	it('uses only relation ids and kinds declared in graph/ontology.yaml', () => {
		const relations = new Set(ontology.relations.map((r) => r.id));
		const kinds = new Set(ontology.kinds.map((k) => k.id));
		for (const profile of [indonesian, english])
			for (const cue of profile.cues) {
				expect(relations.has(cue.relation), `${profile.language} ${cue.words[0]}`).toBe(true);
				if (cue.itemKind) expect(kinds.has(cue.itemKind), `${profile.language} ${cue.words[0]}`).toBe(true);
			}
		for (const c of extraction.concepts) expect(kinds.has(c.kind), c.key).toBe(true);
		for (const r of extraction.relations) expect(relations.has(r.relation), r.key).toBe(true);
	});
});

describe('defaultSelection and buildGraph', () => {
	it('accepts the sure relations with their concepts, and the result passes the contract', () => {
		const selection = defaultSelection(extraction);
		const sure = extraction.relations.filter((r) => r.confidence >= RELATION_THRESHOLD);
		expect(selection.relations.map((r) => r.key)).toEqual(sure.map((r) => r.key));
		const graph = buildGraph(extraction, selection, vocabulary);
		const checked = validateSerializedGraph(JSON.parse(JSON.stringify(graph.export())));
		expect(checked.ok).toBe(true);
		expect(graph.size).toBe(sure.length);
		graph.forEachEdge((_k, _a, s, t) => {
			expect(graph.hasNode(s) && graph.hasNode(t)).toBe(true);
		});
		expect(graph.getAttribute('documents')).toEqual(extraction.documents);
		expect(graph.getAttribute('relations')).toEqual(ontology.relations);
	});

	it('renames, retypes, reverses and merges as the review asks', () => {
		const r = extraction.relations.find((x) => x.key === 'lembaga-keluarga--subtype-of--lembaga-sosial')!;
		const graph = buildGraph(
			extraction,
			{
				concepts: [
					{ key: 'lembaga-sosial', label: 'Lembaga sosial (pranata)', kind: 'group-type' },
					{ key: 'lembaga-keluarga', labelEn: 'Family institution' },
					{ key: 'lembaga-pendidikan', mergeInto: 'lembaga-sosial' }
				],
				relations: [{ key: r.key, relation: 'includes', reverse: true }]
			},
			vocabulary,
			{ layout: false }
		);
		expect(graph.getNodeAttributes('lembaga-sosial')).toMatchObject({ label: 'Lembaga sosial (pranata)', kind: 'group-type' });
		expect(graph.getNodeAttribute('lembaga-sosial', 'aliases')).toContain('Lembaga pendidikan');
		expect(graph.getNodeAttribute('lembaga-keluarga', 'labelEn')).toBe('Family institution');
		expect(graph.hasNode('lembaga-pendidikan')).toBe(false);
		expect(graph.edges()).toEqual(['lembaga-sosial--includes--lembaga-keluarga']);
		expect(graph.getEdgeAttribute('lembaga-sosial--includes--lembaga-keluarga', 'evidence')).toEqual(r.evidence);
	});

	it('drops a relation whose concept is not accepted, and one a merge turns into a loop', () => {
		const graph = buildGraph(
			extraction,
			{
				concepts: [{ key: 'lembaga-sosial' }, { key: 'lembaga-keluarga', mergeInto: 'lembaga-sosial' }],
				relations: [{ key: 'lembaga-keluarga--subtype-of--lembaga-sosial' }, { key: 'lembaga-sosial--has-characteristic--relatif-tahan-lama' }]
			},
			vocabulary,
			{ layout: false }
		);
		expect(graph.size).toBe(0);
	});

	it('names what is wrong with a selection', () => {
		expect(() => buildGraph(extraction, { concepts: [{ key: 'nope' }], relations: [] }, vocabulary)).toThrow(SelectionError);
		expect(() => buildGraph(extraction, { concepts: [{ key: 'lembaga-sosial', kind: 'planet' }], relations: [] }, vocabulary)).toThrow('concept "lembaga-sosial": kind "planet" is not among the map\'s kinds');
		expect(() => buildGraph(extraction, { concepts: [{ key: 'lembaga-sosial', mergeInto: 'lembaga-keluarga' }], relations: [] }, vocabulary)).toThrow('which is not accepted');
	});
});

describe('layoutExtractedGraph', () => {
	it('places every node at a finite, repeatable position without a DOM', () => {
		const a = buildGraph(extraction, defaultSelection(extraction), vocabulary, { layout: false });
		const b = a.copy();
		layoutExtractedGraph(a);
		layoutExtractedGraph(b);
		a.forEachNode((key, attrs) => {
			expect(Number.isFinite(attrs.x) && Number.isFinite(attrs.y), key).toBe(true);
			expect([attrs.x, attrs.y]).toEqual([b.getNodeAttribute(key, 'x'), b.getNodeAttribute(key, 'y')]);
		});
		const distinct = new Set(a.mapNodes((_k, attrs) => `${attrs.x},${attrs.y}`));
		expect(distinct.size).toBe(a.order);
	});
});
