/** Reading a file or pasted text in the extraction worker: its text, language and title, or the problem that stops it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ontologySchema, parseCurated } from '../../src/lib/kg/build/curation';
import { createExtractHandler, type ExtractResponse, type ReadFile } from '../../src/lib/kg/extract/worker-protocol';
import { validateSerializedGraph } from '../../src/lib/kg/model';

const FIXTURES = join(import.meta.dirname, '../fixtures/own-text');
const bytes = (file: string) => new Uint8Array(readFileSync(join(FIXTURES, file)));

async function read(file: ReadFile): Promise<ExtractResponse> {
	const messages: ExtractResponse[] = [];
	const handle = createExtractHandler((m) => messages.push(m), { pdfjs: async () => pdfjs });
	await handle({ type: 'read', id: 'r', file });
	expect(messages).toHaveLength(1);
	return messages[0];
}

describe('reading texts for the review', { timeout: 60_000 }, () => {
	it('reads plain text with its language and first heading as the title', async () => {
		const answer = await read({ name: 'stratifikasi-sosial.txt', data: bytes('stratifikasi-sosial.txt') });
		expect(answer).toMatchObject({ type: 'read', language: 'id', title: 'Stratifikasi Sosial: Pengertian, Dasar, dan Jenisnya' });
		if (answer.type === 'read') expect(answer.text).toContain('Stratifikasi tertutup merupakan stratifikasi');
	});

	it('reads Markdown without its markup', async () => {
		const answer = await read({ name: 'stratifikasi-sosial.md', data: bytes('stratifikasi-sosial.md') });
		expect(answer).toMatchObject({ type: 'read', language: 'id', title: 'Stratifikasi Sosial' });
		if (answer.type !== 'read') return;
		expect(answer.text).toContain('Stratifikasi sosial adalah pembedaan');
		expect(answer.text).not.toMatch(/\*\*|\]\(https?:|^#/m);
	});

	it('reads a .docx with its headings and list, and tells English', async () => {
		const answer = await read({ name: 'cultural-diffusion.docx', data: bytes('cultural-diffusion.docx') });
		expect(answer).toMatchObject({ type: 'read', language: 'en', title: 'Cultural Diffusion' });
		if (answer.type === 'read') expect(answer.text).toContain('- It speeds up with mass media.');
	});

	it("reads a PDF's text layer", async () => {
		const answer = await read({ name: 'migrasi-penduduk.pdf', data: bytes('migrasi-penduduk.pdf') });
		expect(answer).toMatchObject({ type: 'read', language: 'id', title: 'Migrasi Penduduk' });
		if (answer.type === 'read') expect(answer.text).toContain('Urbanisasi merupakan perpindahan penduduk dari desa ke kota.');
	});

	it('keeps all of a web page already cut to its main content, and cuts a whole page itself', async () => {
		const page = readFileSync(join(FIXTURES, 'akulturasi-budaya.html'), 'utf8');
		const whole = await read({ name: 'akulturasi-budaya.html', data: page });
		expect(whole.type === 'read' && whole.text).not.toContain('Langganan newsletter');
		const main = await read({ name: 'a.html', data: '<div><p>Akulturasi budaya adalah proses bertemunya dua kebudayaan.</p><p class="x">Kalimat kedua yang tetap ada.</p></div>', mainContentOnly: true });
		expect(main.type === 'read' && main.text).toBe('Akulturasi budaya adalah proses bertemunya dua kebudayaan.\n\nKalimat kedua yang tetap ada.\n');
	});

	it.each([
		['catatan.rtf', 'unsupported'],
		['kosong.txt', 'empty'],
		['pindaian.pdf', 'no-text-layer'],
		['rusak.docx', 'unreadable']
	])('names what is wrong with %s: %s', async (file, problem) => {
		const answer = await read({ name: file, data: bytes(file) });
		expect(answer).toMatchObject({ type: 'unreadable', id: 'r', problem });
	});

	it('passes a given title through to the extracted document', async () => {
		const messages: ExtractResponse[] = [];
		const handle = createExtractHandler((m) => messages.push(m));
		await handle({ type: 'extract', id: 'x', files: [{ name: 'a.txt', format: 'text', data: readFileSync(join(FIXTURES, 'stratifikasi-sosial.txt'), 'utf8'), title: ' Lapisan masyarakat ' }] });
		const last = messages.at(-1)!;
		expect(last.type === 'result' && last.extraction.documents.map((d) => d.title)).toEqual(['Lapisan masyarakat']);
	});

	it('builds a reviewed selection into a laid-out graph of the contract, and names a bad selection', async () => {
		const messages: ExtractResponse[] = [];
		const handle = createExtractHandler((m) => messages.push(m));
		await handle({ type: 'extract', id: 'x', files: [{ name: 'a.txt', format: 'text', data: readFileSync(join(FIXTURES, 'stratifikasi-sosial.txt'), 'utf8') }] });
		const result = messages.at(-1)!;
		if (result.type !== 'result') throw new Error(`no result: ${JSON.stringify(result)}`);
		expect(result.selection.concepts.length).toBeGreaterThan(0);
		const vocabulary = parseCurated(ontologySchema, parse(readFileSync(join(import.meta.dirname, '../../graph/ontology.yaml'), 'utf8')), 'ontology.yaml');
		await handle({ type: 'build', id: 'b', extraction: result.extraction, selection: result.selection, vocabulary, title: 'Peta saya' });
		const built = messages.at(-1)!;
		if (built.type !== 'built') throw new Error(`not built: ${JSON.stringify(built)}`);
		const checked = validateSerializedGraph(built.graph);
		expect(checked.ok).toBe(true);
		expect(built.graph.attributes.title).toBe('Peta saya');
		expect(built.graph.nodes).toHaveLength(result.selection.concepts.length);
		expect(built.graph.nodes.every((n) => Number.isFinite(n.attributes?.x))).toBe(true);
		await handle({ type: 'build', id: 'c', extraction: result.extraction, selection: { concepts: [{ key: 'tidak-ada' }], relations: [] }, vocabulary, title: '' });
		expect(messages.at(-1)).toEqual({ type: 'error', id: 'c', message: 'unknown concept "tidak-ada": choose among the extraction\'s concepts' });
	});
});
