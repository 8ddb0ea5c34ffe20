/** The worker's message protocol, driven through its handler as the worker entry drives it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { createExtractHandler, type ExtractResponse } from '../../src/lib/kg/extract/worker-protocol';

const FIXTURES = join(import.meta.dirname, '../fixtures/extract');
const text = (file: string) => readFileSync(join(FIXTURES, file), 'utf8');

function harness() {
	const messages: ExtractResponse[] = [];
	const handle = createExtractHandler((m) => messages.push(m), { pdfjs: async () => pdfjs });
	return { messages, handle };
}

describe('extraction worker protocol', { timeout: 60_000 }, () => {
	it('reports progress through every phase, then one result', async () => {
		const { messages, handle } = harness();
		await handle({ type: 'extract', id: 'a', files: [{ name: 'lembaga.txt', data: text('id-lembaga-sosial.txt') }, { name: 'urban.md', data: readFileSync(join(FIXTURES, 'en-urbanization.md'), 'utf8') }] });
		const progress = messages.filter((m) => m.type === 'progress');
		expect(new Set(progress.map((m) => m.type === 'progress' && m.phase))).toEqual(new Set(['reading', 'extracting', 'grounding']));
		const fractions = progress.map((m) => (m.type === 'progress' ? m.fraction : -1));
		expect(fractions.slice(2)).toEqual([...fractions.slice(2)].sort((a, b) => a - b));
		const last = messages.at(-1)!;
		expect(last.type).toBe('result');
		if (last.type !== 'result') return;
		expect(last.id).toBe('a');
		expect(last.extraction.documents.map((d) => d.language)).toEqual(['id', 'en']);
		expect(last.extraction.concepts.length).toBeGreaterThan(10);
		expect(messages.filter((m) => m.type === 'result')).toHaveLength(1);
	});

	it('reads .pdf and .docx bytes sent to it', async () => {
		const { messages, handle } = harness();
		await handle({
			type: 'extract',
			id: 'b',
			files: [
				{ name: 'mobilitas.pdf', data: new Uint8Array(readFileSync(join(FIXTURES, 'id-mobilitas-sosial.pdf'))) },
				{ name: 'urban.docx', data: new Uint8Array(readFileSync(join(FIXTURES, 'en-urbanization.docx'))) }
			]
		});
		const last = messages.at(-1)!;
		expect(last.type).toBe('result');
		if (last.type === 'result') expect(last.extraction.concepts.map((c) => c.label)).toEqual(expect.arrayContaining(['Mobilitas vertikal', 'Urbanization']));
	});

	it('stops at the next step when cancelled, and answers cancelled instead of a result', async () => {
		const { messages, handle } = harness();
		const files = Array.from({ length: 6 }, (_, i) => ({ name: `t${i}.txt`, data: text('id-pengendalian-sosial.txt') }));
		const done = handle({ type: 'extract', id: 'c', files });
		await new Promise((resolve) => setTimeout(resolve, 0));
		await handle({ type: 'cancel', id: 'c' });
		await done;
		expect(messages.at(-1)).toEqual({ type: 'cancelled', id: 'c' });
		expect(messages.some((m) => m.type === 'result')).toBe(false);
	});

	it('answers an error naming what is wrong, with a problem code the page words in its language', async () => {
		const { messages, handle } = harness();
		await handle({ type: 'extract', id: 'd', files: [] });
		await handle({ type: 'extract', id: 'e', files: [{ name: 'kosong.txt', data: ' ' }] });
		expect(messages).toEqual([
			{ type: 'error', id: 'd', message: 'no text to read: paste a text or choose a file', problem: 'no-input' },
			{ type: 'progress', id: 'e', phase: 'reading', fraction: 0, document: 'kosong.txt' },
			{ type: 'error', id: 'e', message: 'kosong.txt: there is no text in it', problem: 'empty', file: 'kosong.txt', detail: '' }
		]);
	});

	it('honours a language override', async () => {
		const { messages, handle } = harness();
		await handle({ type: 'extract', id: 'f', language: 'en', files: [{ name: 'x.txt', data: text('id-karang-taruna.txt') }] });
		const last = messages.at(-1)!;
		expect(last.type === 'result' && last.extraction.documents[0].language).toBe('en');
	});
});
