/**
 * The extraction Web Worker's messages and their handler, kept apart from the worker entry so it
 * runs (and is tested) anywhere. Three requests: `read` one file or pasted text into plain text
 * (with its detected language and a title, for the page to show before anything is extracted);
 * `extract` suggestions from texts, with progress as it goes, a cancel that stops it between
 * steps, and one closing message (result, cancelled or error); `build` the reviewed suggestions
 * into a graph of the contract with its layout. Building here keeps the layout off the page's
 * thread and the map builder out of the page's code.
 */
import type * as PdfJs from 'pdfjs-dist';
import type { SerializedKnowledgeGraph } from '../model';
import { segmentDocument } from '../text/segment';
import { extractInSteps } from './extract';
import { buildGraph, defaultSelection, type Selection, type Vocabulary } from './graph';
import { docxToText } from './intake/docx';
import { htmlToText } from './intake/html';
import { formatOf, IntakeError, readSource, type IntakeFormat, type ReadProblem } from './intake/index';
import { markdownToText } from './intake/markdown';
import { pdfToText } from './intake/pdf';
import { detectLanguage } from './language';
import type { Language } from './profile';
import type { ExtractProgress, Extraction } from './types';

export interface WorkerFile {
	name: string;
	/** Pasted or decoded text, or the file's bytes (.docx, .pdf). */
	data: string | Uint8Array;
	format?: IntakeFormat;
	language?: Language;
	/** The document's title as the person gave it; by default the text's first heading. */
	title?: string;
}

export interface ReadFile {
	name: string;
	data: string | Uint8Array;
	format?: IntakeFormat;
	/** HTML that is already the page's main content (the page ran Readability): keep all of it. */
	mainContentOnly?: boolean;
}

export type { ReadProblem };

/**
 * Why an extraction failed, for a message in the page's language: a file's read problem, no
 * text at all, a second extraction under a running one's id, or the worker stopping (the page's
 * side says that one). None: a fault of the extractor
 * itself, told by its (English) message.
 */
export type ExtractProblem = ReadProblem | 'no-input' | 'busy' | 'worker-failed';

export type ExtractRequest =
	| { type: 'read'; id: string; file: ReadFile }
	| { type: 'extract'; id: string; files: WorkerFile[]; language?: Language | 'auto'; title?: string }
	| { type: 'build'; id: string; extraction: Extraction; selection: Selection; vocabulary: Vocabulary; title: string }
	| { type: 'cancel'; id: string };

export type ExtractResponse =
	| { type: 'read'; id: string; text: string; title: string; language: Language; confidence: number }
	| { type: 'unreadable'; id: string; problem: ReadProblem; detail: string }
	| ({ type: 'progress'; id: string } & ExtractProgress)
	/** `selection` is what the review starts from: the extractor's surest suggestions. */
	| { type: 'result'; id: string; extraction: Extraction; selection: Selection }
	| { type: 'built'; id: string; graph: SerializedKnowledgeGraph }
	| { type: 'cancelled'; id: string }
	| { type: 'error'; id: string; message: string; problem?: ExtractProblem; file?: string; detail?: string };

type PdfLib = Pick<typeof PdfJs, 'getDocument'>;

export interface HandlerOptions {
	/** Loads pdf.js when a .pdf arrives (the worker entry points it at its own worker script). */
	pdfjs?: () => Promise<PdfLib>;
}

/** A message handler: call it with each request; it posts responses through `post`. */
export function createExtractHandler(post: (response: ExtractResponse) => void, options: HandlerOptions = {}): (request: ExtractRequest) => Promise<void> {
	const running = new Map<string, AbortController>();
	let pdfjs: Promise<PdfLib> | undefined;
	const loadPdfjs = () => {
		if (!options.pdfjs) throw new Error('reading .pdf needs pdf.js');
		return (pdfjs ??= options.pdfjs());
	};
	return async (request) => {
		if (request.type === 'cancel') {
			running.get(request.id)?.abort();
			return;
		}
		if (request.type === 'read') {
			post(await readFile(request.id, request.file, loadPdfjs));
			return;
		}
		if (request.type === 'build') {
			const { id, extraction, selection, vocabulary, title } = request;
			try {
				post({ type: 'built', id, graph: buildGraph(extraction, selection, vocabulary, { title }).export() });
			} catch (error) {
				post({ type: 'error', id, message: (error as Error).message });
			}
			return;
		}
		const { id } = request;
		if (running.has(id)) {
			post({ type: 'error', id, message: `an extraction with id "${id}" is already running`, problem: 'busy' });
			return;
		}
		const controller = new AbortController();
		running.set(id, controller);
		try {
			if (request.files.length === 0) {
				post({ type: 'error', id, message: 'no text to read: paste a text or choose a file', problem: 'no-input' });
				return;
			}
			const needsPdf = request.files.some((f) => (f.format ?? formatOf(f.name)) === 'pdf');
			const pdf = needsPdf && options.pdfjs ? await loadPdfjs() : undefined;
			const sources = [];
			for (const file of request.files) {
				controller.signal.throwIfAborted();
				post({ type: 'progress', id, phase: 'reading', fraction: 0, document: file.name });
				const source = await readSource({ ...file, pdfjs: pdf });
				sources.push(file.title?.trim() ? { ...source, title: file.title.trim() } : source);
			}
			const extraction = await extractInSteps(sources, {
				language: request.language ?? 'auto',
				...(request.title ? { title: request.title } : {}),
				signal: controller.signal,
				onProgress: (progress) => post({ type: 'progress', id, ...progress })
			});
			controller.signal.throwIfAborted();
			post({ type: 'result', id, extraction, selection: defaultSelection(extraction) });
		} catch (error) {
			if (controller.signal.aborted) post({ type: 'cancelled', id });
			else if (error instanceof IntakeError) post({ type: 'error', id, message: error.message, problem: error.problem, file: error.file, detail: error.detail });
			else post({ type: 'error', id, message: (error as Error).message });
		} finally {
			running.delete(id);
		}
	};
}

/**
 * One file → its text, language and title, or the problem that stops it. Each format's reader is
 * called here (not through `readSource`) so a failure is told apart from a file with no text.
 */
async function readFile(id: string, file: ReadFile, pdfjs: () => Promise<PdfLib>): Promise<ExtractResponse> {
	const format = file.format ?? formatOf(file.name);
	if (!format) return { type: 'unreadable', id, problem: 'unsupported', detail: file.name };
	const asText = () => (typeof file.data === 'string' ? file.data : new TextDecoder('utf-8').decode(file.data)).replace(/^\uFEFF/, '');
	const asBytes = () => (typeof file.data === 'string' ? new TextEncoder().encode(file.data) : file.data);
	let text: string;
	try {
		if (format === 'text') text = asText();
		else if (format === 'markdown') text = markdownToText(asText());
		else if (format === 'html') text = htmlToText(asText(), { mainContent: !file.mainContentOnly });
		else if (format === 'docx') text = await docxToText(asBytes());
		else text = await pdfToText(asBytes(), await pdfjs());
	} catch (error) {
		const problem = (error as Error).name === 'PasswordException' ? 'password' : 'unreadable';
		return { type: 'unreadable', id, problem, detail: (error as Error).message };
	}
	if (!text.trim()) return { type: 'unreadable', id, problem: format === 'pdf' ? 'no-text-layer' : 'empty', detail: '' };
	const { language, confidence } = detectLanguage(text);
	const title = segmentDocument(text).title?.text ?? file.name.replace(/\.[^.]+$/, '');
	return { type: 'read', id, text, title, language, confidence };
}
