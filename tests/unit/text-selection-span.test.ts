import { describe, expect, it } from 'vitest';
import { canName, canState, selectionSpan } from '$lib/kg/text/selection-span';
import type { Passage } from '$lib/kg/model';

const document = 'Judul\n\nContohnya Ikatan Dokter Indonesia (IDI), sebuah organisasi profesi. Kelompok volunter berbeda!';
const start = document.indexOf('Contohnya');
const passage: Passage = { id: 'p1', doc: 'd1', start, end: document.length, text: document.slice(start) };
const other: Passage = { id: 'p0', doc: 'd1', start: 0, end: 5, text: 'Judul' };
const passages = new Map([passage, other].map((p) => [p.id, p]));
const at = (text: string, from = 0) => passage.text.indexOf(text, from);
const point = (offset: number, id = 'p1') => ({ passage: id, offset });
const covered = (span: { start: number; end: number }) => document.slice(span.start, span.end);

describe('selectionSpan', () => {
	it('gives document offsets that cover exactly the selected words', () => {
		const from = at('Ikatan');
		const result = selectionSpan(passages, point(from), point(from + 'Ikatan Dokter Indonesia'.length));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.span).toEqual({ passage: 'p1', start: start + from, end: start + from + 23 });
		expect(covered(result.span)).toBe('Ikatan Dokter Indonesia');
		expect(result.nameText).toBe('Ikatan Dokter Indonesia');
		expect(result.words).toBe(3);
	});

	it('reads a selection made backwards (focus before anchor) the same way', () => {
		const from = at('Ikatan');
		const forwards = selectionSpan(passages, point(from), point(from + 13));
		const backwards = selectionSpan(passages, point(from + 13), point(from));
		expect(backwards).toEqual(forwards);
	});

	it('widens a selection that stops inside a word to the whole word', () => {
		const from = at('katan');
		const result = selectionSpan(passages, point(from), point(at('Indone') + 4));
		expect(result.ok && covered(result.span)).toBe('Ikatan Dokter Indonesia');
	});

	it('trims the spaces and punctuation around the words', () => {
		const result = selectionSpan(passages, point(at('(IDI)') - 1), point(at('(IDI)') + 7));
		expect(result.ok && covered(result.span)).toBe('IDI');
	});

	it('keeps a sentence’s full stop as evidence and leaves it out of the name', () => {
		const from = at('sebuah');
		const to = at('profesi.') + 'profesi.'.length;
		const result = selectionSpan(passages, point(from), point(to + 1));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(covered(result.span)).toBe('sebuah organisasi profesi.');
		expect(covered(result.name)).toBe('sebuah organisasi profesi');
		expect(canState(result.words)).toBe(true);
	});

	it('refuses a selection across two passages, of nothing but spaces, or in a passage the map lacks', () => {
		expect(selectionSpan(passages, point(2, 'p0'), point(4))).toEqual({ ok: false, reason: 'across-passages' });
		const space = at(' Dokter');
		expect(selectionSpan(passages, point(space), point(space + 1))).toEqual({ ok: false, reason: 'empty' });
		expect(selectionSpan(passages, point(3), point(3))).toEqual({ ok: false, reason: 'empty' });
		expect(selectionSpan(passages, point(0, 'gone'), point(3, 'gone'))).toEqual({ ok: false, reason: 'unknown-passage' });
	});

	it('clamps offsets beyond the passage to its ends', () => {
		const result = selectionSpan(passages, point(at('berbeda')), point(10_000));
		expect(result.ok && covered(result.span)).toBe('berbeda!');
		expect(result.ok && result.nameText).toBe('berbeda');
	});

	it('names a concept with a few words, states a relation with three or more', () => {
		expect([canName(1), canName(12), canName(13)]).toEqual([true, true, false]);
		expect([canState(2), canState(3)]).toEqual([false, true]);
	});
});
