/**
 * A chosen or dropped file → a document to extract from, or the reason it cannot be one. Web
 * pages go through Readability here (it needs the page's DOM); every format is then read in the
 * extraction worker, so a large .pdf or .docx never freezes the page.
 */
import type { Language } from '../../kg/extract/profile';
import type { ReadProblem } from '../../kg/extract/worker-protocol';
import type { ExtractClient } from './extract-client';
import { mainContentOf } from './main-content';

/** Past this a file is refused before it is read: its text would take long to extract and review. */
export const MAX_FILE_BYTES = 15 * 1024 * 1024;
/** About 1 MB of text per document: extracted in a few seconds. */
export const MAX_TEXT_CHARS = 1_200_000;

export type FileProblem = ReadProblem | 'too-large' | 'text-too-large';

export interface ReadDocument {
	text: string;
	title: string;
	language: Language;
	confidence: number;
}

export type DocumentOutcome = { ok: true; document: ReadDocument } | { ok: false; problem: FileProblem; detail: string };

const HTML_NAME = /\.(?:html?|xhtml)$/i;

export function isHtml(file: { name: string; type: string }): boolean {
	return HTML_NAME.test(file.name) || file.type === 'text/html';
}

export async function readDocument(file: File, client: ExtractClient): Promise<DocumentOutcome> {
	if (file.size > MAX_FILE_BYTES) return { ok: false, problem: 'too-large', detail: fileSize(file.size) };
	let outcome;
	if (isHtml(file)) {
		const html = await file.text();
		const main = await mainContentOf(html);
		outcome = await client.read({ name: file.name, format: 'html', data: main?.html ?? html, mainContentOnly: main !== null });
	} else {
		outcome = await client.read({ name: file.name, data: new Uint8Array(await file.arrayBuffer()) });
	}
	if (!outcome.ok) return outcome;
	return checkedText(outcome);
}

/** Pasted text: its language and title, read the same way as a file's. */
export async function readPasted(name: string, text: string, client: ExtractClient): Promise<DocumentOutcome> {
	const outcome = await client.read({ name, format: 'text', data: text });
	return outcome.ok ? checkedText(outcome) : outcome;
}

function checkedText(document: ReadDocument): DocumentOutcome {
	if (document.text.length > MAX_TEXT_CHARS) return { ok: false, problem: 'text-too-large', detail: String(document.text.length) };
	return { ok: true, document: { text: document.text, title: document.title, language: document.language, confidence: document.confidence } };
}

/** A file's size as people read it: KB below a megabyte. */
export function fileSize(bytes: number): string {
	return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
