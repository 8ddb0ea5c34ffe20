import { describe, expect, it } from 'vitest';
import { applyEdit } from '$lib/kg/edit/apply';
import { conceptChanges, conceptNextTo, conceptValues, freeConceptKey, newConcept } from '$lib/state/concept-edits';
import { editShortcut, isTypingTarget, type KeyPress } from '$lib/state/edit-shortcuts';
import { Mindmap } from '$lib/state/mindmap.svelte';
import { sampleGraph } from './fixtures/io/graphs';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('edit mode keys', () => {
	it('undo with Ctrl+Z or ⌘Z, redo with Ctrl+Shift+Z or Ctrl+Y, delete with Delete or Backspace', () => {
		expect(editShortcut(press('z', { ctrlKey: true }), false)).toBe('undo');
		expect(editShortcut(press('z', { metaKey: true }), false)).toBe('undo');
		// With Shift held the browser reports a capital Z.
		expect(editShortcut(press('Z', { ctrlKey: true, shiftKey: true }), false)).toBe('redo');
		expect(editShortcut(press('y', { ctrlKey: true }), false)).toBe('redo');
		expect(editShortcut(press('Delete'), false)).toBe('delete');
		expect(editShortcut(press('Backspace'), false)).toBe('delete');
	});

	it('leave the keys to a field being typed in, and to other combinations', () => {
		expect(editShortcut(press('z', { ctrlKey: true }), true)).toBeNull();
		expect(editShortcut(press('Backspace'), true)).toBeNull();
		expect(editShortcut(press('z'), false)).toBeNull();
		expect(editShortcut(press('Delete', { ctrlKey: true }), false)).toBeNull();
		expect(editShortcut(press('z', { ctrlKey: true, altKey: true }), false)).toBeNull();
		expect(editShortcut(press('y', { ctrlKey: true, shiftKey: true }), false)).toBeNull();
	});

	it('count text inputs, text areas, list boxes and editable content as typing; buttons and checkboxes not', () => {
		const element = (tagName: string, extra: Record<string, unknown> = {}) => ({ tagName, isContentEditable: false, closest: () => null, ...extra }) as unknown as EventTarget;
		expect(isTypingTarget(element('INPUT', { type: 'text' }))).toBe(true);
		expect(isTypingTarget(element('INPUT', { type: 'search' }))).toBe(true);
		expect(isTypingTarget(element('TEXTAREA'))).toBe(true);
		expect(isTypingTarget(element('SELECT'))).toBe(true);
		expect(isTypingTarget(element('DIV', { isContentEditable: true }))).toBe(true);
		expect(isTypingTarget(element('INPUT', { type: 'checkbox' }))).toBe(false);
		expect(isTypingTarget(element('BUTTON'))).toBe(false);
		expect(isTypingTarget(element('DIV'))).toBe(false);
		expect(isTypingTarget(null)).toBe(false);
	});
});

describe('the concept form as edit commands', () => {
	it('adds a concept where asked, with its explanation only when one was written', () => {
		const values = { label: { id: 'Konsep guru', en: 'Teacher concept' }, kind: 'concept', gloss: { id: '', en: '' } };
		expect(newConcept(values, { x: 10.04, y: -3.26 })).toEqual({ type: 'addConcept', label: values.label, kind: 'concept', x: 10, y: -3.3 });
		const graph = sampleGraph();
		const { command } = applyEdit(graph, newConcept({ ...values, gloss: { id: 'Buatan guru.', en: '' } }, { x: 0, y: 0 }));
		const key = (command as { key: string }).key;
		expect(graph.getNodeAttributes(key)).toMatchObject({ label: 'Konsep guru', gloss: 'Buatan guru.', origin: 'teacher', mentions: [] });
		expect(graph.getNodeAttribute(key, 'glossEn')).toBeUndefined();
	});

	it('changes only what the form changed: nothing, one command, or one step of several', () => {
		const graph = sampleGraph();
		const key = 'kelompok-okupasional';
		const now = conceptValues(graph, key);
		expect(conceptChanges(graph, key, now)).toBeNull();
		expect(conceptChanges(graph, key, { ...now, kind: 'organisation' })).toEqual({ type: 'changeKind', key, kind: 'organisation' });
		const both = conceptChanges(graph, key, { ...now, label: { id: 'Kelompok profesi', en: now.label.en }, gloss: { id: '', en: now.gloss.en } });
		expect(both).toEqual({
			type: 'batch',
			commands: [
				{ type: 'renameConcept', key, label: { id: 'Kelompok profesi', en: 'Occupational group' } },
				{ type: 'setGloss', key, gloss: null, glossEn: 'A group based on occupation.' }
			]
		});
		applyEdit(graph, both);
		expect(conceptValues(graph, key)).toEqual({ label: { id: 'Kelompok profesi', en: 'Occupational group' }, kind: 'concept', gloss: { id: '', en: 'A group based on occupation.' } });
	});
});

describe('a concept grown from another (the mind map)', () => {
	it('adds the concept and its relation as one step, either way round, under a key no one has', () => {
		const graph = sampleGraph();
		const values = { label: { id: 'Kelompok volunter', en: 'Volunteer group' }, kind: 'concept', gloss: { id: '', en: '' } };
		// The label's slug is taken by a concept, so the key is numbered.
		expect(freeConceptKey(graph, values.label.id)).toBe('kelompok-volunter-2');
		const out = conceptNextTo(graph, values, { x: 1, y: 2 }, 'kelompok-okupasional', 'contrasts-with', 'out');
		applyEdit(graph, out);
		expect(graph.hasEdge('kelompok-okupasional--contrasts-with--kelompok-volunter-2')).toBe(true);
		const back = conceptNextTo(graph, { ...values, label: { id: 'Relawan', en: '' } }, { x: 1, y: 2 }, 'kelompok-okupasional', 'is-a', 'in');
		applyEdit(graph, back);
		expect(graph.source('relawan--is-a--kelompok-okupasional')).toBe('relawan');
	});
});

describe('the mind map after an edit', () => {
	it('keeps its shape and open branches, and opens the branch that leads to what was added', () => {
		const graph = sampleGraph();
		const mindmap = Mindmap.for(graph, 'kelompok-okupasional')!;
		mindmap.mode = 'radial';
		mindmap.collapseAll();
		const values = { label: { id: 'Ide guru', en: 'Teacher idea' }, kind: 'concept', gloss: { id: '', en: '' } };
		applyEdit(graph, conceptNextTo(graph, values, { x: 0, y: 0 }, 'kelompok-okupasional', 'is-a', 'in'));
		const next = mindmap.rebuilt('kelompok-okupasional')!;
		expect(next.mode).toBe('radial');
		const opened = next.shownBranches.filter((b) => next.expanded.has(b.id));
		expect(opened.map((b) => b.children.map((c) => c.key))).toEqual([['ide-guru', 'ikatan-dokter-indonesia']]);
		expect(next.drawing('id', () => '', 'ide-guru').children[0].children.find((c) => c.id === 'ide-guru')).toMatchObject({ teacher: true, teacherEdge: true, active: true });
	});
});
