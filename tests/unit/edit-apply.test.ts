import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { applyEdit } from '$lib/kg/edit/apply';
import type { EditCommand } from '$lib/kg/edit/commands';
import { aliasFromSpan, conceptFromSpan, deleteSelection, forEachConcept } from '$lib/kg/edit/compose';
import { EditError, type EditErrorCode } from '$lib/kg/edit/errors';
import { validateSerializedGraph, type KnowledgeGraph } from '$lib/kg/model';
import { canonical } from './fixtures/edit-graph';
import { sampleGraph } from './fixtures/io/graphs';

const IDI = 'ikatan-dokter-indonesia';
const OKUP = 'kelompok-okupasional';
const VOL = 'kelompok-volunter';
const IS_A = 'idi-is-a-okupasional';

/** A span of passage p2 (the second line of the sample document) covering `words`. */
function spanOf(graph: KnowledgeGraph, words: string, passage = 'p2') {
	const p = graph.getAttribute('passages').find((x) => x.id === passage)!;
	const at = p.text.indexOf(words);
	if (at < 0) throw new Error(`"${words}" is not in ${passage}`);
	return { passage, start: p.start + at, end: p.start + at + words.length };
}

function refused(graph: KnowledgeGraph, command: unknown, code: EditErrorCode, path?: string): EditError {
	const before = canonical(graph);
	let caught: unknown;
	try {
		applyEdit(graph, command);
	} catch (error) {
		caught = error;
	}
	expect(caught).toBeInstanceOf(EditError);
	const error = caught as EditError;
	expect(error.code, error.message).toBe(code);
	if (path !== undefined) expect(error.path).toBe(path);
	expect(canonical(graph), 'a refused edit leaves the map as it was').toEqual(before);
	return error;
}

/** Applies the command, runs the check, then the inverse: the map is back as it was. */
function roundTrip(command: EditCommand, check: (graph: KnowledgeGraph, applied: ReturnType<typeof applyEdit>) => void) {
	const graph = sampleGraph();
	const before = canonical(graph);
	const applied = applyEdit(graph, command);
	expect(JSON.parse(JSON.stringify(applied))).toEqual(applied);
	check(graph, applied);
	expect(canonical(graph)).not.toEqual(before);
	applyEdit(graph, applied.inverse);
	expect(canonical(graph)).toEqual(before);
	// Redo: the command as applied does it again, the same way.
	applyEdit(graph, applied.command);
	const again = sampleGraph();
	applyEdit(again, command);
	expect(canonical(graph)).toEqual(canonical(again));
}

describe('every edit command and its inverse', () => {
	it('adds a concept with a key made from its label, marked as the teacher’s', () =>
		roundTrip(
			{ type: 'addConcept', label: { id: 'Kelompok Sosial Ábc', en: 'Social group' }, kind: 'concept', gloss: { id: 'Sekumpulan orang.', en: '' }, x: 5, y: 6 },
			(graph, { command, inverse }) => {
				expect(command).toMatchObject({ key: 'kelompok-sosial-abc' });
				expect(inverse).toEqual({ type: 'deleteConcept', key: 'kelompok-sosial-abc' });
				expect(graph.getNodeAttributes('kelompok-sosial-abc')).toEqual({
					label: 'Kelompok Sosial Ábc',
					labelEn: 'Social group',
					kind: 'concept',
					aliases: [],
					mentions: [],
					gloss: 'Sekumpulan orang.',
					origin: 'teacher',
					x: 5,
					y: 6
				});
			}
		));

	it('numbers a key that is taken, a reserved name or a passage id', () => {
		const graph = sampleGraph();
		expect(applyEdit(graph, { type: 'addConcept', label: { id: 'Kelompok okupasional', en: '' }, kind: 'concept' }).command).toMatchObject({ key: `${OKUP}-2` });
		expect(applyEdit(graph, { type: 'addConcept', label: { id: 'Prototype', en: '' }, kind: 'concept' }).command).toMatchObject({ key: 'prototype-2' });
		expect(applyEdit(graph, { type: 'addConcept', label: { id: 'P2', en: '' }, kind: 'concept' }).command).toMatchObject({ key: 'p2-2' });
		expect(applyEdit(graph, { type: 'addConcept', label: { id: '😀 ?!', en: '' }, kind: 'concept' }).command).toMatchObject({ key: 'konsep' });
	});

	it('adds a concept from a passage span, grounded by it', () =>
		roundTrip({ type: 'addConcept', label: { id: 'IDI', en: '' }, kind: 'organisation', mention: spanOf(sampleGraph(), 'IDI') }, (graph) => {
			expect(graph.getNodeAttribute('idi', 'mentions')).toEqual([spanOf(graph, 'IDI')]);
		}));

	it('renames a concept', () =>
		roundTrip({ type: 'renameConcept', key: VOL, label: { id: 'Kelompok relawan', en: 'Volunteer group' } }, (graph) => {
			expect(graph.getNodeAttributes(VOL)).toMatchObject({ label: 'Kelompok relawan', labelEn: 'Volunteer group' });
		}));

	it('sets and removes a gloss, and undo brings back the one before', () => {
		roundTrip({ type: 'setGloss', key: OKUP, gloss: null, glossEn: 'Changed.' }, (graph) => {
			expect(graph.getNodeAttributes(OKUP).gloss).toBeUndefined();
			expect('gloss' in graph.getNodeAttributes(OKUP)).toBe(false);
			expect(graph.getNodeAttribute(OKUP, 'glossEn')).toBe('Changed.');
		});
		roundTrip({ type: 'setGloss', key: IDI, gloss: 'Organisasi profesi dokter.', glossEn: null }, (graph) => {
			expect(graph.getNodeAttribute(IDI, 'gloss')).toBe('Organisasi profesi dokter.');
		});
	});

	it('changes a kind', () => roundTrip({ type: 'changeKind', key: OKUP, kind: 'organisation' }, (graph) => expect(graph.getNodeAttribute(OKUP, 'kind')).toBe('organisation')));

	it('deletes a concept with its relations; undo restores them, attributes and keys', () =>
		roundTrip({ type: 'deleteConcept', key: OKUP }, (graph, { inverse }) => {
			expect(graph.hasNode(OKUP)).toBe(false);
			expect(graph.size).toBe(0);
			expect(inverse).toMatchObject({ type: 'restoreConcept', key: OKUP, relations: [{ key: IS_A }, { key: 'volunter-contrasts-okupasional' }] });
		}));

	it('adds a relation, marked as the teacher’s, with a key from its ends', () =>
		roundTrip({ type: 'addRelation', source: VOL, relation: 'is-a', target: IDI }, (graph, { command }) => {
			const key = `${VOL}--is-a--${IDI}`;
			expect(command).toMatchObject({ key });
			expect(graph.getEdgeAttributes(key)).toEqual({ relation: 'is-a', evidence: [], origin: 'teacher' });
			expect([graph.source(key), graph.target(key)]).toEqual([VOL, IDI]);
		}));

	it('adds a relation with evidence', () =>
		roundTrip({ type: 'addRelation', key: 'mine', source: IDI, relation: 'contrasts-with', target: VOL, evidence: spanOf(sampleGraph(), 'berbeda') }, (graph) => {
			expect(graph.getEdgeAttribute('mine', 'evidence')).toEqual([spanOf(graph, 'berbeda')]);
		}));

	it('changes a relation’s type', () =>
		roundTrip({ type: 'changeRelationType', key: IS_A, relation: 'contrasts-with' }, (graph) => expect(graph.getEdgeAttribute(IS_A, 'relation')).toBe('contrasts-with')));

	it('reverses a relation, keeping its key and attributes', () =>
		roundTrip({ type: 'reverseRelation', key: IS_A }, (graph) => {
			expect([graph.source(IS_A), graph.target(IS_A)]).toEqual([OKUP, IDI]);
			expect(graph.getEdgeAttribute(IS_A, 'relation')).toBe('is-a');
		}));

	it('deletes a relation; undo restores it', () => roundTrip({ type: 'deleteRelation', key: IS_A }, (graph) => expect(graph.hasEdge(IS_A)).toBe(false)));

	it('writes a note on a concept and on a relation', () => {
		roundTrip({ type: 'setNote', target: 'concept', key: IDI, note: '**Penting**: <script>alert(1)</script>' }, (graph) =>
			expect(graph.getNodeAttribute(IDI, 'note')).toBe('**Penting**: <script>alert(1)</script>')
		);
		roundTrip({ type: 'setNote', target: 'relation', key: IS_A, note: 'Lihat [IDI](https://www.idionline.org).' }, (graph) =>
			expect(graph.getEdgeAttribute(IS_A, 'note')).toBe('Lihat [IDI](https://www.idionline.org).')
		);
	});

	it('hides a concept from the map without deleting it', () =>
		roundTrip({ type: 'setHidden', key: VOL, hidden: true }, (graph) => {
			expect(graph.getNodeAttribute(VOL, 'hidden')).toBe(true);
			expect(graph.degree(VOL)).toBe(1);
		}));

	it('moves and pins several concepts at once, and removes a position', () =>
		roundTrip(
			{ type: 'moveNodes', positions: [{ key: OKUP, x: 1.5, y: -2, pinned: true }, { key: VOL, x: 3, y: 4 }, { key: IDI, x: null, y: null }] },
			(graph, { inverse }) => {
				expect(graph.getNodeAttributes(OKUP)).toMatchObject({ x: 1.5, y: -2, pinned: true });
				expect(graph.getNodeAttributes(VOL)).toMatchObject({ x: 3, y: 4 });
				expect('pinned' in graph.getNodeAttributes(VOL)).toBe(false);
				expect('x' in graph.getNodeAttributes(IDI)).toBe(false);
				expect(inverse).toEqual({
					type: 'moveNodes',
					positions: [
						{ key: OKUP, x: 0, y: 10.5, pinned: false },
						{ key: VOL, x: null, y: null, pinned: false },
						{ key: IDI, x: 100, y: -20, pinned: false }
					]
				});
			}
		));

	it('adds and removes an alias, putting it back where it was', () => {
		roundTrip({ type: 'addAlias', key: VOL, alias: 'relawan' }, (graph) => {
			expect(graph.getNodeAttribute(VOL, 'aliases')).toEqual(['kelompok relawan', 'sukarelawan', 'relawan']);
		});
		roundTrip({ type: 'removeAlias', key: VOL, alias: 'kelompok relawan' }, (graph, { inverse }) => {
			expect(graph.getNodeAttribute(VOL, 'aliases')).toEqual(['sukarelawan']);
			expect(inverse).toEqual({ type: 'addAlias', key: VOL, alias: 'kelompok relawan', index: 0 });
		});
	});

	it('adds and removes a mention and a piece of evidence', () => {
		const graph = sampleGraph();
		const volunteers = spanOf(graph, 'sukarelawan');
		roundTrip({ type: 'addMention', key: VOL, span: volunteers }, (g) => expect(g.getNodeAttribute(VOL, 'mentions').at(-1)).toEqual(volunteers));
		roundTrip({ type: 'removeMention', key: OKUP, span: graph.getNodeAttribute(OKUP, 'mentions')[0] }, (g) => expect(g.getNodeAttribute(OKUP, 'mentions')).toEqual([]));
		roundTrip({ type: 'addEvidence', key: IS_A, span: spanOf(graph, 'IDI') }, (g) => expect(g.getEdgeAttribute(IS_A, 'evidence')).toHaveLength(2));
		roundTrip({ type: 'removeEvidence', key: IS_A, span: graph.getEdgeAttribute(IS_A, 'evidence')[0] }, (g) => expect(g.getEdgeAttribute(IS_A, 'evidence')).toEqual([]));
	});

	it('applies a batch as one step, and undoes it as one', () =>
		roundTrip(
			{
				type: 'batch',
				commands: [
					{ type: 'addConcept', label: { id: 'Profesi', en: 'Profession' }, kind: 'concept' },
					{ type: 'addRelation', source: IDI, relation: 'is-a', target: 'profesi' },
					{ type: 'deleteConcept', key: OKUP },
					{ type: 'changeKind', key: VOL, kind: 'organisation' }
				]
			},
			(graph, { command, inverse }) => {
				expect(graph.hasEdge(`${IDI}--is-a--profesi`)).toBe(true);
				expect(graph.hasNode(OKUP)).toBe(false);
				expect(command.type === 'batch' && command.commands[0]).toMatchObject({ key: 'profesi' });
				expect(inverse.type === 'batch' && inverse.commands.map((c) => c.type)).toEqual(['changeKind', 'restoreConcept', 'deleteRelation', 'deleteConcept']);
			}
		));

	it('keeps self-loops and undirected relations of an imported map through delete and undo', () => {
		const graph: KnowledgeGraph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true });
		graph.import(sampleGraph().export());
		graph.addUndirectedEdgeWithKey('u', VOL, IDI, { relation: 'contrasts-with', evidence: [] });
		const before = canonical(graph);
		const { command } = applyEdit(graph, { type: 'addRelation', source: VOL, relation: 'is-a', target: VOL });
		const { inverse } = applyEdit(graph, { type: 'deleteConcept', key: VOL });
		expect(inverse.type === 'restoreConcept' && inverse.relations.find((r) => r.key === 'u')).toMatchObject({ undirected: true });
		expect(inverse.type === 'restoreConcept' && inverse.relations.filter((r) => r.source === r.target)).toHaveLength(1);
		applyEdit(graph, inverse);
		expect(graph.isUndirected('u')).toBe(true);
		refused(graph, { type: 'reverseRelation', key: 'u' }, 'undirected', 'key');
		applyEdit(graph, { type: 'deleteRelation', key: command.type === 'addRelation' ? command.key! : '' });
		expect(canonical(graph)).toEqual(before);
	});
});

describe('a refused edit names what is wrong and changes nothing', () => {
	const graph = sampleGraph();

	it('refuses what is not a command at all', () => {
		refused(graph, null, 'malformed');
		refused(graph, { type: 'explode' }, 'malformed', 'type');
		refused(graph, { type: 'renameConcept', key: OKUP }, 'malformed', 'label');
		refused(graph, { type: 'renameConcept', key: OKUP, label: { id: 'x', en: 'y' }, extra: 1 }, 'malformed');
		refused(graph, { type: 'moveNodes', positions: [{ key: OKUP, x: Number.NaN, y: 0 }] }, 'malformed', 'positions.0.x');
		refused(graph, { type: 'moveNodes', positions: [{ key: OKUP, x: 1e300, y: 0 }] }, 'malformed', 'positions.0.x');
		refused(graph, { type: 'addConcept', label: { id: 'x', en: '' }, kind: 'concept', x: 1 }, 'malformed', 'y');
		refused(graph, { type: 'addAlias', key: VOL, alias: 'x', index: 9 }, 'malformed', 'index');
	});

	it('refuses the reserved names as keys and as property names', () => {
		for (const key of ['__proto__', 'constructor', 'prototype']) {
			refused(graph, { type: 'addConcept', key, label: { id: 'x', en: '' }, kind: 'concept' }, 'reserved-key', 'key');
			refused(graph, { type: 'addRelation', key, source: OKUP, relation: 'is-a', target: IDI }, 'reserved-key', 'key');
		}
		const hostile = JSON.parse('{"type":"restoreConcept","key":"z","attributes":{"label":"z","labelEn":"","kind":"concept","aliases":[],"mentions":[],"__proto__":{"polluted":true}},"relations":[]}');
		refused(graph, hostile, 'reserved-key', 'attributes.__proto__');
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('refuses unknown concepts, relations, kinds, relation types and passages', () => {
		refused(graph, { type: 'renameConcept', key: 'nope', label: { id: 'x', en: '' } }, 'unknown-concept', 'key');
		refused(graph, { type: 'deleteConcept', key: 'nope' }, 'unknown-concept');
		refused(graph, { type: 'addRelation', source: OKUP, relation: 'is-a', target: 'nope' }, 'unknown-concept', 'target');
		refused(graph, { type: 'deleteRelation', key: 'nope' }, 'unknown-relation');
		refused(graph, { type: 'setNote', target: 'relation', key: OKUP, note: 'x' }, 'unknown-relation');
		const kind = refused(graph, { type: 'changeKind', key: OKUP, kind: 'planet' }, 'unknown-kind', 'kind');
		expect(kind.params).toEqual({ kind: 'planet', known: 'concept, organisation' });
		refused(graph, { type: 'addConcept', label: { id: 'x', en: '' }, kind: 'planet' }, 'unknown-kind');
		refused(graph, { type: 'changeRelationType', key: IS_A, relation: 'loves' }, 'unknown-relation-type', 'relation');
		refused(graph, { type: 'addMention', key: OKUP, span: { passage: 'p9', start: 0, end: 1 } }, 'unknown-passage', 'span.passage');
	});

	it('refuses duplicates', () => {
		refused(graph, { type: 'addConcept', key: OKUP, label: { id: 'x', en: '' }, kind: 'concept' }, 'duplicate-key', 'key');
		refused(graph, { type: 'addConcept', key: 'p1', label: { id: 'x', en: '' }, kind: 'concept' }, 'duplicate-key', 'key');
		refused(graph, { type: 'addRelation', key: IS_A, source: OKUP, relation: 'is-a', target: IDI }, 'duplicate-key');
		refused(graph, { type: 'addAlias', key: VOL, alias: 'SUKARELAWAN' }, 'duplicate-alias', 'alias');
		refused(graph, { type: 'addAlias', key: VOL, alias: ' kelompok Volunter' }, 'duplicate-alias');
		refused(graph, { type: 'addMention', key: OKUP, span: graph.getNodeAttribute(OKUP, 'mentions')[0] }, 'duplicate-span');
		refused(graph, { type: 'moveNodes', positions: [{ key: OKUP, x: 0, y: 0 }, { key: OKUP, x: 1, y: 1 }] }, 'duplicate-position', 'positions.1.key');
	});

	it('refuses a self-loop where the map has none', () => {
		const error = refused(graph, { type: 'addRelation', source: OKUP, relation: 'is-a', target: OKUP }, 'self-loop', 'target');
		expect(error.message).toContain(OKUP);
	});

	it('refuses spans outside their passage, and removing what is not there', () => {
		const p2 = graph.getAttribute('passages')[1];
		refused(graph, { type: 'addMention', key: OKUP, span: { passage: 'p2', start: p2.start - 1, end: p2.start + 3 } }, 'span-outside-passage');
		refused(graph, { type: 'addEvidence', key: IS_A, span: { passage: 'p2', start: p2.start + 3, end: p2.start + 3 } }, 'span-outside-passage');
		refused(graph, { type: 'addConcept', label: { id: 'x', en: '' }, kind: 'concept', mention: { passage: 'p1', start: 0, end: 1e6 } }, 'span-outside-passage', 'mention');
		refused(graph, { type: 'removeMention', key: VOL, span: { passage: 'p1', start: 0, end: 1 } }, 'unknown-span');
		refused(graph, { type: 'removeAlias', key: VOL, alias: 'nope' }, 'unknown-alias');
	});

	it('refuses empty and overlong text', () => {
		refused(graph, { type: 'renameConcept', key: OKUP, label: { id: '', en: 'x' } }, 'empty-label', 'label.id');
		refused(graph, { type: 'addConcept', label: { id: '', en: 'x' }, kind: 'concept' }, 'empty-label', 'label.id');
		refused(graph, { type: 'renameConcept', key: OKUP, label: { id: 'x'.repeat(301), en: '' } }, 'too-long', 'label.id');
		refused(graph, { type: 'addAlias', key: OKUP, alias: '   ' }, 'empty-label');
		refused(graph, { type: 'setNote', target: 'concept', key: OKUP, note: 'x'.repeat(20_001) }, 'too-long', 'note');
		refused(graph, { type: 'batch', commands: [] }, 'empty-batch');
	});

	it('undoes the part of a batch done before the failing command, and says which one failed', () => {
		const error = refused(
			graph,
			{
				type: 'batch',
				commands: [
					{ type: 'deleteConcept', key: VOL },
					{ type: 'renameConcept', key: OKUP, label: { id: 'Baru', en: '' } },
					{ type: 'batch', commands: [{ type: 'setHidden', key: IDI, hidden: true }, { type: 'deleteRelation', key: 'volunter-contrasts-okupasional' }] }
				]
			},
			'unknown-relation'
		);
		expect(error.path).toBe('commands.2.commands.1.key');
		expect(error.message).toContain('commands.2.commands.1.key: there is no relation "volunter-contrasts-okupasional"');
	});

	it('keeps a label with script in it as text', () => {
		const g = sampleGraph();
		const { command } = applyEdit(g, { type: 'addConcept', label: { id: '<img src=x onerror=alert(1)>', en: '' }, kind: 'concept' });
		expect(g.getNodeAttribute(command.type === 'addConcept' ? command.key! : '', 'label')).toBe('<img src=x onerror=alert(1)>');
		expect(command).toMatchObject({ key: 'img-src-x-onerror-alert-1' });
	});
});

describe('an edited map', () => {
	it('still passes the contract’s checks', () => {
		const graph = sampleGraph();
		applyEdit(graph, { type: 'addConcept', label: { id: 'Guru', en: 'Teacher' }, kind: 'concept' });
		applyEdit(graph, { type: 'addRelation', source: 'guru', relation: 'is-a', target: OKUP });
		const result = validateSerializedGraph(graph.export());
		expect(result.ok, JSON.stringify(!result.ok && result.problems)).toBe(true);
	});
});

describe('commands made from a selection', () => {
	it('"Jadikan konsep" names the concept by the selected words, grounded in them', () => {
		const graph = sampleGraph();
		const span = spanOf(graph, 'Kelompok volunter berbeda');
		const command = conceptFromSpan(graph, span, { kind: 'concept', labelEn: 'Differing groups' });
		expect(command).toEqual({ type: 'addConcept', label: { id: 'Kelompok volunter berbeda', en: 'Differing groups' }, kind: 'concept', mention: span });
		const { command: applied } = applyEdit(graph, command);
		expect(graph.getNodeAttributes((applied as { key: string }).key)).toMatchObject({ mentions: [span], origin: 'teacher' });
	});

	it('"Tambah sebagai alias" adds the words as an alias and the span as a mention, or only the mention when the words already name it', () => {
		const graph = sampleGraph();
		const idi = spanOf(graph, 'IDI');
		expect(aliasFromSpan(graph, IDI, idi)).toEqual({ type: 'addMention', key: IDI, span: idi });
		const doctors = spanOf(graph, 'Dokter Indonesia');
		expect(aliasFromSpan(graph, IDI, doctors)).toEqual({
			type: 'batch',
			commands: [{ type: 'addAlias', key: IDI, alias: 'Dokter Indonesia' }, { type: 'addMention', key: IDI, span: doctors }]
		});
		applyEdit(graph, aliasFromSpan(graph, IDI, doctors));
		expect(graph.getNodeAttributes(IDI).aliases.at(-1)).toBe('Dokter Indonesia');
		expect(graph.getNodeAttributes(IDI).mentions.at(-1)).toEqual(doctors);
	});

	it('deleting a selection deletes the relations a selected concept does not take with it, then the concepts', () => {
		const graph = sampleGraph();
		const before = canonical(graph);
		const command = deleteSelection(graph, { concepts: [VOL, VOL], relations: ['volunter-contrasts-okupasional', IS_A] });
		expect(command).toEqual({ type: 'batch', commands: [{ type: 'deleteRelation', key: IS_A }, { type: 'deleteConcept', key: VOL }] });
		const { inverse } = applyEdit(graph, command);
		expect(graph.order).toBe(2);
		expect(graph.size).toBe(0);
		applyEdit(graph, inverse);
		expect(canonical(graph)).toEqual(before);
		expect(forEachConcept([OKUP, OKUP, VOL], (key) => ({ type: 'setHidden', key, hidden: true }))).toEqual({
			type: 'batch',
			commands: [{ type: 'setHidden', key: OKUP, hidden: true }, { type: 'setHidden', key: VOL, hidden: true }]
		});
	});

	it('keep no link to the command objects they were given', () => {
		const graph = sampleGraph();
		const span = spanOf(graph, 'IDI');
		const command = { type: 'addConcept' as const, label: { id: 'IDI', en: '' }, kind: 'concept', mention: span };
		applyEdit(graph, command);
		span.start = 0;
		command.label.id = 'changed';
		expect(graph.getNodeAttributes('idi')).toMatchObject({ label: 'IDI', mentions: [spanOf(graph, 'IDI')] });
	});
});
