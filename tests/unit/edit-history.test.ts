import fc from 'fast-check';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { translate } from '$lib/i18n/i18n.svelte';
import { applyEdit } from '$lib/kg/edit/apply';
import type { EditCommand } from '$lib/kg/edit/commands';
import { aliasFromSpan, conceptFromSpan, deleteSelection, forEachConcept } from '$lib/kg/edit/compose';
import { descriptionParams, EDIT_HISTORY_MESSAGES, errorMessage } from '$lib/kg/edit/describe';
import { EDIT_ERROR_CODES, EditError } from '$lib/kg/edit/errors';
import { EditHistory, replay } from '$lib/kg/edit/history';
import type { KnowledgeGraph, Span } from '$lib/kg/model';
import { canonical } from './fixtures/edit-graph';
import { knowledgeGraphArbitrary, sampleGraph, trickyText } from './fixtures/io/graphs';

const OKUP = 'kelompok-okupasional';
const VOL = 'kelompok-volunter';
const IDI = 'ikatan-dokter-indonesia';

describe('the edit history', () => {
	const edits: EditCommand[] = [
		{ type: 'addConcept', label: { id: 'Guru', en: 'Teacher' }, kind: 'concept' },
		{ type: 'addRelation', source: 'guru', relation: 'is-a', target: OKUP },
		{ type: 'renameConcept', key: VOL, label: { id: 'Kelompok relawan', en: '' } },
		{ type: 'deleteConcept', key: IDI }
	];

	function edited() {
		const graph = sampleGraph();
		const history = new EditHistory();
		const states = [canonical(graph)];
		edits.forEach((command, i) => {
			history.apply(graph, command, 1_000 + i);
			states.push(canonical(graph));
		});
		return { graph, history, states };
	}

	it('undoes and redoes one step at a time, and a new edit drops what could be redone', () => {
		const { graph, history, states } = edited();
		expect(history.position).toBe(4);
		expect(history.undo(graph)?.command).toEqual({ type: 'deleteConcept', key: IDI });
		expect(canonical(graph)).toEqual(states[3]);
		history.undo(graph);
		expect(canonical(graph)).toEqual(states[2]);
		expect(history.canRedo).toBe(true);
		history.redo(graph);
		expect(canonical(graph)).toEqual(states[3]);
		history.apply(graph, { type: 'setHidden', key: IDI, hidden: true });
		expect(history.canRedo).toBe(false);
		expect(history.redo(graph)).toBeUndefined();
		for (let i = 0; i < 4; i++) history.undo(graph);
		expect(canonical(graph)).toEqual(states[0]);
		expect(history.canUndo).toBe(false);
		expect(history.undo(graph)).toBeUndefined();
	});

	it('jumps to any entry of the list, forwards and back', () => {
		const { graph, history, states } = edited();
		history.jumpTo(graph, 1);
		expect(canonical(graph)).toEqual(states[1]);
		expect(history.items().map((item) => item.done)).toEqual([true, false, false, false]);
		history.jumpTo(graph, 3);
		expect(canonical(graph)).toEqual(states[3]);
		history.jumpTo(graph, 0);
		expect(canonical(graph)).toEqual(states[0]);
		history.jumpTo(graph, 4);
		expect(canonical(graph)).toEqual(states[4]);
		expect(() => history.jumpTo(graph, 5)).toThrow(RangeError);
	});

	it('lists every entry in words, in both languages', () => {
		const { graph, history } = edited();
		history.undo(graph);
		const items = history.items();
		expect(items.map((item) => [item.index, item.at, item.done])).toEqual([[0, 1000, true], [1, 1001, true], [2, 1002, true], [3, 1003, false]]);
		const words = (lang: 'id' | 'en') => items.map((item) => translate(lang, item.description.key, descriptionParams(item.description, lang)));
		expect(words('id')).toEqual([
			'Tambah konsep “Guru”',
			'Tambah relasi “Guru” adalah contoh “Kelompok okupasional”',
			'Ganti nama “Kelompok volunter” menjadi “Kelompok relawan”',
			'Hapus konsep “Ikatan Dokter Indonesia” beserta relasinya (1)'
		]);
		expect(words('en')).toEqual([
			'Add concept “Teacher”',
			'Add relation “Teacher” is an example of “Occupational group”',
			'Rename “Voluntary group” to “Kelompok relawan”',
			'Delete concept “Indonesian Medical Association” and its relations (1)'
		]);
	});

	it('is kept as plain data and read back, refusing a damaged record', () => {
		const { graph, history } = edited();
		history.undo(graph);
		const stored = JSON.parse(JSON.stringify(history.toJSON()));
		const again = EditHistory.fromJSON(stored);
		expect(again.toJSON()).toEqual(history.toJSON());
		again.redo(graph);
		expect(graph.hasNode(IDI)).toBe(false);
		expect(() => EditHistory.fromJSON({ ...stored, version: 9 })).toThrow(EditError);
		const damaged = structuredClone(stored);
		damaged.done[1].command.type = 'explode';
		expect(() => EditHistory.fromJSON(damaged)).toThrow(/done\.1\.command/);
	});

	it('replays onto the map it started from, leaving that map as it was', () => {
		const { graph, history } = edited();
		history.undo(graph);
		const base = sampleGraph();
		const before = canonical(base);
		const { graph: rebuilt, history: replayed, failed } = replay(base, history.toJSON());
		expect(failed).toBeUndefined();
		expect(canonical(base)).toEqual(before);
		expect(canonical(rebuilt)).toEqual(canonical(graph));
		expect(replayed.items()).toEqual(history.items());
		replayed.redo(rebuilt);
		history.redo(graph);
		expect(canonical(rebuilt)).toEqual(canonical(graph));
	});

	it('replays a damaged log as far as it applies, and says where it stopped', () => {
		const { history } = edited();
		const stored = history.toJSON();
		stored.done[2] = { ...stored.done[2], command: { type: 'renameConcept', key: 'gone', label: { id: 'x', en: '' } } };
		const { graph, history: replayed, failed } = replay(sampleGraph(), stored);
		expect(failed?.index).toBe(2);
		expect(failed?.error.code).toBe('unknown-concept');
		expect(replayed.position).toBe(2);
		expect(graph.hasEdge(`guru--is-a--${OKUP}`)).toBe(true);
		expect(graph.hasNode(IDI)).toBe(true);
	});

	it('leaves itself and the map unchanged when an edit is refused', () => {
		const { graph, history } = edited();
		const before = history.toJSON();
		expect(() => history.apply(graph, { type: 'deleteConcept', key: IDI })).toThrow(EditError);
		expect(history.toJSON()).toEqual(before);
	});
});

describe('descriptions and refusals in words', () => {
	const placeholders = /\{\w+\}/;

	it('describe each kind of edit and each multi-selection step with every placeholder filled', () => {
		const graph = sampleGraph();
		const history = new EditHistory();
		const p2 = graph.getAttribute('passages')[1];
		const span = (words: string): Span => ({ passage: 'p2', start: p2.start + p2.text.indexOf(words), end: p2.start + p2.text.indexOf(words) + words.length });
		const steps: (EditCommand | 'undo it again')[] = [
			{ type: 'addConcept', label: { id: 'Guru', en: 'Teacher' }, kind: 'concept', gloss: { id: 'x', en: 'y' } },
			{ type: 'renameConcept', key: 'guru', label: { id: 'Pengajar', en: 'Teacher' } },
			{ type: 'setGloss', key: 'guru', gloss: 'Orang yang mengajar.', glossEn: null },
			{ type: 'changeKind', key: 'guru', kind: 'organisation' },
			{ type: 'addRelation', key: 'r', source: 'guru', relation: 'is-a', target: OKUP },
			{ type: 'changeRelationType', key: 'r', relation: 'contrasts-with' },
			{ type: 'reverseRelation', key: 'r' },
			{ type: 'setNote', target: 'concept', key: 'guru', note: 'n' },
			{ type: 'setNote', target: 'relation', key: 'r', note: 'n' },
			{ type: 'setHidden', key: 'guru', hidden: true },
			{ type: 'setHidden', key: 'guru', hidden: false },
			{ type: 'moveNodes', positions: [{ key: 'guru', x: 1, y: 2, pinned: true }] },
			{ type: 'moveNodes', positions: [{ key: 'guru', x: 1, y: 2, pinned: false }] },
			{ type: 'moveNodes', positions: [{ key: 'guru', x: 1, y: 2, pinned: true }, { key: OKUP, x: 3, y: 4 }] },
			{ type: 'moveNodes', positions: [{ key: 'guru', x: 1, y: 2, pinned: false }, { key: OKUP, x: 3, y: 4, pinned: false }] },
			{ type: 'addAlias', key: 'guru', alias: 'pendidik' },
			{ type: 'removeAlias', key: 'guru', alias: 'pendidik' },
			{ type: 'addMention', key: 'guru', span: span('anggotanya') },
			{ type: 'removeMention', key: 'guru', span: span('anggotanya') },
			{ type: 'addEvidence', key: 'r', span: span('berbeda') },
			{ type: 'removeEvidence', key: 'r', span: span('berbeda') },
			{ type: 'deleteRelation', key: 'r' },
			'undo it again',
			aliasFromSpan(graph, IDI, span('Contohnya')),
			forEachConcept([OKUP, VOL], (key) => ({ type: 'changeKind', key, kind: 'organisation' })),
			forEachConcept([OKUP, VOL], (key) => ({ type: 'setHidden', key, hidden: true })),
			forEachConcept([OKUP, VOL], (key) => ({ type: 'setHidden', key, hidden: false })),
			{ type: 'batch', commands: [{ type: 'changeKind', key: OKUP, kind: 'concept' }, { type: 'setHidden', key: VOL, hidden: true }] },
			{ type: 'deleteConcept', key: 'guru' },
			'undo it again',
			deleteSelection(graph, { concepts: [VOL], relations: ['idi-is-a-okupasional'] })
		];
		// 'undo it again' applies the inverse of the step before as a new edit (a restore).
		for (const step of steps) history.apply(graph, step === 'undo it again' ? history.nextUndo!.inverse : step);
		const undone = history.undo(graph)!;
		history.redo(graph);
		expect(undone.description.key).toBe('edit.history.deleteSelection');
		const keys = new Set<string>();
		for (const lang of ['id', 'en'] as const)
			for (const { description } of history.items()) {
				keys.add(description.key);
				const text = translate(lang, description.key, descriptionParams(description, lang));
				expect(text, description.key).not.toMatch(placeholders);
				expect(text, description.key).not.toBe(description.key);
			}
		expect([...keys].sort()).toEqual(EDIT_HISTORY_MESSAGES.map((name) => `edit.history.${name}`).sort());
		const byIndex = (i: number) => translate('en', history.items()[i].description.key, descriptionParams(history.items()[i].description, 'en'));
		expect(byIndex(23)).toBe('Add the alias “Contohnya” to “Indonesian Medical Association”');
		expect(byIndex(19)).toBe('Add the evidence “berbeda” to the relation “Occupational group” contrasts with “Teacher”');
		expect(byIndex(30)).toBe('Delete the selection (concepts: 1, relations: 1)');
	});

	it('word every refusal, naming the culprit, in both languages', () => {
		expect(Object.keys(EDIT_ERROR_CODES)).toHaveLength(19);
		const graph = sampleGraph();
		const errors = new Map<string, EditError>();
		const attempt = (command: unknown) => {
			try {
				applyEdit(graph, command);
			} catch (error) {
				if (error instanceof EditError) errors.set(error.code, error);
			}
		};
		attempt({ type: 'explode' });
		attempt({ type: 'addConcept', key: 'constructor', label: { id: 'x', en: '' }, kind: 'concept' });
		attempt({ type: 'addConcept', key: OKUP, label: { id: 'x', en: '' }, kind: 'concept' });
		attempt({ type: 'deleteConcept', key: 'nope' });
		attempt({ type: 'deleteRelation', key: 'nope' });
		attempt({ type: 'changeKind', key: OKUP, kind: 'planet' });
		attempt({ type: 'changeRelationType', key: 'idi-is-a-okupasional', relation: 'loves' });
		attempt({ type: 'addMention', key: OKUP, span: { passage: 'p9', start: 0, end: 1 } });
		attempt({ type: 'addRelation', source: OKUP, relation: 'is-a', target: OKUP });
		attempt({ type: 'renameConcept', key: OKUP, label: { id: '', en: '' } });
		attempt({ type: 'setNote', target: 'concept', key: OKUP, note: 'x'.repeat(30_000) });
		attempt({ type: 'addMention', key: OKUP, span: { passage: 'p1', start: 0, end: 1e6 } });
		attempt({ type: 'addMention', key: OKUP, span: graph.getNodeAttribute(OKUP, 'mentions')[0] });
		attempt({ type: 'removeMention', key: VOL, span: { passage: 'p1', start: 0, end: 1 } });
		attempt({ type: 'addAlias', key: VOL, alias: 'sukarelawan' });
		attempt({ type: 'removeAlias', key: VOL, alias: 'nope' });
		attempt({ type: 'moveNodes', positions: [{ key: OKUP, x: 0, y: 0 }, { key: OKUP, x: 0, y: 0 }] });
		attempt({ type: 'batch', commands: [] });
		const mixed: KnowledgeGraph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true });
		mixed.import(sampleGraph().export());
		mixed.addUndirectedEdgeWithKey('u', OKUP, VOL, { relation: 'is-a', evidence: [] });
		try {
			applyEdit(mixed, { type: 'reverseRelation', key: 'u' });
		} catch (error) {
			errors.set('undirected', error as EditError);
		}
		expect([...errors.keys()].sort()).toEqual([...EDIT_ERROR_CODES].sort());
		for (const error of errors.values())
			for (const lang of ['id', 'en'] as const) {
				const { key, params } = errorMessage(error);
				const text = translate(lang, key, params);
				expect(text, `${error.code}: ${text}`).not.toMatch(placeholders);
				expect(text).not.toBe(key);
			}
		expect(translate('en', errorMessage(errors.get('unknown-kind')!).key, errorMessage(errors.get('unknown-kind')!).params)).toBe(
			'This map has no kind “planet”. Choose one of: concept, organisation.'
		);
	});
});

// ---------------------------------------------------------------- property

/** What a random step picks: an operation and numbers and text to pick its targets and values with. */
const stepArbitrary = fc.record({
	op: fc.nat(21),
	a: fc.nat(1_000),
	b: fc.nat(1_000),
	c: fc.nat(1_000),
	text: trickyText(4),
	flag: fc.boolean(),
	x: fc.double({ min: -1e4, max: 1e4, noNaN: true }).filter((x) => !Object.is(x, -0))
});
type Step = typeof stepArbitrary extends fc.Arbitrary<infer T> ? T : never;

const pick = <T>(items: T[], n: number): T | undefined => (items.length === 0 ? undefined : items[n % items.length]);

function randomSpan(graph: KnowledgeGraph, { a, b, c }: Step): Span {
	const passage = pick(graph.getAttribute('passages'), a)!;
	const length = passage.end - passage.start;
	const start = passage.start + (b % length);
	return { passage: passage.id, start, end: start + 1 + (c % (passage.end - start)) };
}

/** A command the step makes against the map as it is now, or none when the map has nothing to make it on. */
// `node && …` gives '' for an empty key: falsy, read as no command, as undefined is.
function commandFor(graph: KnowledgeGraph, step: Step): EditCommand | '' | undefined {
	const { op, a, b, c, text, flag, x } = step;
	const nodes = graph.nodes();
	const edges = graph.edges();
	const node = pick(nodes, a);
	const other = pick(nodes, b);
	const edge = pick(edges, a);
	const kind = pick(graph.getAttribute('kinds').map((k) => k.id), c)!;
	const relation = pick(graph.getAttribute('relations').map((r) => r.id), c)!;
	const maybe = (value: string) => (flag ? value : null);
	switch (op) {
		case 0: return { type: 'addConcept', label: { id: text, en: flag ? text : '' }, kind, ...(flag ? { mention: randomSpan(graph, step), x, y: -x } : {}) };
		case 1: return node && { type: 'renameConcept', key: node, label: { id: text, en: text } };
		case 2: return node && { type: 'setGloss', key: node, gloss: maybe(text), glossEn: maybe(`${text}!`) };
		case 3: return node && { type: 'changeKind', key: node, kind };
		case 4: return node && { type: 'deleteConcept', key: node };
		case 5: return node && other && { type: 'addRelation', source: node, relation, target: other, ...(flag ? { evidence: randomSpan(graph, step) } : {}) };
		case 6: return edge && { type: 'changeRelationType', key: edge, relation };
		case 7: return edge && { type: 'reverseRelation', key: edge };
		case 8: return edge && { type: 'deleteRelation', key: edge };
		case 9: return flag ? node && { type: 'setNote', target: 'concept', key: node, note: c % 3 === 0 ? null : text } : edge && { type: 'setNote', target: 'relation', key: edge, note: c % 3 === 0 ? null : text };
		case 10: return node && { type: 'setHidden', key: node, hidden: flag };
		case 11: return node && { type: 'moveNodes', positions: [...new Set([node, other!])].map((key, i) => ({ key, x: i === 0 && c % 5 === 0 ? null : x + i, y: i === 0 && c % 5 === 0 ? null : x - i, ...(c % 3 === 0 ? {} : { pinned: flag }) })) };
		case 12: return node && { type: 'addAlias', key: node, alias: text };
		case 13: { const alias = node && pick(graph.getNodeAttribute(node, 'aliases'), b); return alias === undefined ? undefined : { type: 'removeAlias', key: node!, alias }; }
		case 14: return node && { type: 'addMention', key: node, span: randomSpan(graph, step) };
		case 15: { const span = node && pick(graph.getNodeAttribute(node, 'mentions'), b); return span && { type: 'removeMention', key: node!, span }; }
		case 16: return edge && { type: 'addEvidence', key: edge, span: randomSpan(graph, step) };
		case 17: { const span = edge && pick(graph.getEdgeAttribute(edge, 'evidence'), b); return span && { type: 'removeEvidence', key: edge!, span }; }
		case 18: return deleteSelection(graph, { concepts: nodes.filter((_n, i) => (a >> i) & 1), relations: edges.filter((_e, i) => (b >> i) & 1) });
		case 19: return node && forEachConcept(nodes.filter((_n, i) => (c >> i) & 1 || i === a % nodes.length), (key) => (flag ? { type: 'changeKind', key, kind } : { type: 'setHidden', key, hidden: a % 2 === 0 }));
		case 20: return node && aliasFromSpan(graph, node, randomSpan(graph, step));
		default: return conceptFromSpan(graph, randomSpan(graph, step), { kind, labelEn: text });
	}
}

/** Imported maps too: mixed graphs with self-loops and undirected relations. */
const baseGraphArbitrary = fc.tuple(knowledgeGraphArbitrary(), fc.boolean(), fc.nat(7)).map(([graph, imported, n]) => {
	if (!imported) return graph;
	const mixed: KnowledgeGraph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true });
	mixed.import(graph.export());
	const nodes = mixed.nodes();
	mixed.addUndirectedEdgeWithKey('undirected', nodes[n % nodes.length], nodes[(n + 1) % nodes.length], { relation: 'is-a', evidence: [] });
	mixed.addDirectedEdgeWithKey('loop', nodes[n % nodes.length], nodes[n % nodes.length], { relation: 'has-member', evidence: [] });
	return mixed;
});

describe('any sequence of edits', () => {
	it('undone as many times gives back the map it started from, and replays to the edited map', () => {
		fc.assert(
			fc.property(baseGraphArbitrary, fc.array(stepArbitrary, { minLength: 1, maxLength: 25 }), (base, steps) => {
				const original = canonical(base);
				const graph = base.nullCopy();
				graph.import(structuredClone(base.export()));
				const history = new EditHistory();
				const states = [original];
				for (const step of steps) {
					const command = commandFor(graph, step);
					if (!command) continue;
					const before = canonical(graph);
					try {
						history.apply(graph, command);
						states.push(canonical(graph));
					} catch (error) {
						// A refused edit (an empty label, a duplicate alias, a self-loop) is not in the history and changed nothing.
						if (!(error instanceof EditError)) throw error;
						expect(canonical(graph)).toEqual(before);
					}
				}
				const edited = canonical(graph);
				const stored = JSON.parse(JSON.stringify(history.toJSON()));
				const rebuilt = replay(base, EditHistory.fromJSON(stored));
				expect(rebuilt.failed).toBeUndefined();
				expect(canonical(rebuilt.graph)).toStrictEqual(edited);
				for (let i = states.length - 1; i > 0; i--) {
					history.undo(graph);
					expect(canonical(graph)).toStrictEqual(states[i - 1]);
				}
				expect(canonical(graph)).toStrictEqual(original);
				expect(canonical(base)).toStrictEqual(original);
				history.jumpTo(graph, states.length - 1);
				expect(canonical(graph)).toStrictEqual(edited);
			}),
			{ numRuns: Number(process.env.FUZZ_RUNS ?? 100) }
		);
	});
});
