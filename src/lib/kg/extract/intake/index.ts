/**
 * A file or pasted text → a source for the extractor: the format read from the file name (or the
 * caller's choice), each read by its own intake; the language detected unless given.
 */
import type * as PdfJs from 'pdfjs-dist';
import type { SourceText } from '../types';
import type { Language } from '../profile';
import { docxToText } from './docx';
import { htmlToText } from './html';
import { markdownToText } from './markdown';
import { pdfToText } from './pdf';

export type IntakeFormat = 'text' | 'markdown' | 'html' | 'docx' | 'pdf';

/** Why a file gave no text, for a message (in either language) saying what to do. */
export type ReadProblem = 'unsupported' | 'empty' | 'no-text-layer' | 'password' | 'unreadable';

/** A file the extractor cannot read: its problem and name for the page's words, an English message for the CLI. */
export class IntakeError extends Error {
	constructor(
		message: string,
		readonly problem: ReadProblem,
		readonly file: string,
		readonly detail = ''
	) {
		super(message);
		this.name = 'IntakeError';
	}
}

/** The format a file name says, or undefined for one the extractor does not read. */
export function formatOf(fileName: string): IntakeFormat | undefined {
	const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
	switch (ext) {
		case 'txt':
		case 'text':
			return 'text';
		case 'md':
		case 'markdown':
			return 'markdown';
		case 'html':
		case 'htm':
		case 'xhtml':
			return 'html';
		case 'docx':
			return 'docx';
		case 'pdf':
			return 'pdf';
		default:
			return undefined;
	}
}

export interface IntakeInput {
	name: string;
	/** Text for text, Markdown and HTML; bytes for every format. */
	data: string | Uint8Array;
	format?: IntakeFormat;
	language?: Language;
	/** HTML that is already a page's main content (Readability ran on it): keep all of it. */
	mainContentOnly?: boolean;
	/** pdf.js, needed for .pdf only. */
	pdfjs?: Pick<typeof PdfJs, 'getDocument'>;
}

export async function readSource(input: IntakeInput): Promise<SourceText> {
	const format = input.format ?? formatOf(input.name) ?? 'text';
	const asText = () => (typeof input.data === 'string' ? input.data : new TextDecoder('utf-8').decode(input.data)).replace(/^\uFEFF/, '');
	const asBytes = () => (typeof input.data === 'string' ? new TextEncoder().encode(input.data) : input.data);
	let text: string;
	switch (format) {
		case 'text':
			text = asText();
			break;
		case 'markdown':
			text = markdownToText(asText());
			break;
		case 'html':
			text = htmlToText(asText(), { mainContent: !input.mainContentOnly });
			break;
		case 'docx':
			try {
				text = await docxToText(asBytes());
			} catch (error) {
				throw new IntakeError(`${input.name}: not a readable .docx file (${(error as Error).message}); save it again from Word or LibreOffice as .docx`, 'unreadable', input.name, (error as Error).message);
			}
			break;
		case 'pdf':
			if (!input.pdfjs) throw new IntakeError(`${input.name}: reading .pdf needs pdf.js`, 'unsupported', input.name);
			try {
				text = await pdfToText(asBytes(), input.pdfjs);
			} catch (error) {
				const problem = (error as Error).name === 'PasswordException' ? 'password' : 'unreadable';
				throw new IntakeError(`${input.name}: not a readable .pdf file (${(error as Error).message})`, problem, input.name, (error as Error).message);
			}
			break;
	}
	if (!text.trim())
		throw new IntakeError(
			format === 'pdf'
				? `${input.name}: the PDF has no text layer (a scan?); copy its text from a PDF reader and paste it instead`
				: `${input.name}: there is no text in it`,
			format === 'pdf' ? 'no-text-layer' : 'empty',
			input.name
		);
	return input.language ? { name: input.name, text, language: input.language } : { name: input.name, text };
}
