/**
 * The extraction Web Worker's messages and their handler, kept apart from the worker entry so it
 * runs (and is tested) anywhere: a request to extract files or text, progress as it goes, a
 * cancel that stops it between steps, and one closing message (result, cancelled or error).
 */
import type * as PdfJs from 'pdfjs-dist';
import { extractInSteps } from './extract';
import { readSource, type IntakeFormat } from './intake/index';
import type { Language } from './profile';
import type { ExtractProgress, Extraction } from './types';

export interface WorkerFile {
	name: string;
	/** Pasted or decoded text, or the file's bytes (.docx, .pdf). */
	data: string | Uint8Array;
	format?: IntakeFormat;
	language?: Language;
}

export type ExtractRequest =
	| { type: 'extract'; id: string; files: WorkerFile[]; language?: Language | 'auto'; title?: string }
	| { type: 'cancel'; id: string };

export type ExtractResponse =
	| ({ type: 'progress'; id: string } & ExtractProgress)
	| { type: 'result'; id: string; extraction: Extraction }
	| { type: 'cancelled'; id: string }
	| { type: 'error'; id: string; message: string };

export interface HandlerOptions {
	/** Loads pdf.js when a .pdf arrives (the worker entry points it at its own worker script). */
	pdfjs?: () => Promise<Pick<typeof PdfJs, 'getDocument'>>;
}

/** A message handler: call it with each request; it posts responses through `post`. */
export function createExtractHandler(post: (response: ExtractResponse) => void, options: HandlerOptions = {}): (request: ExtractRequest) => Promise<void> {
	const running = new Map<string, AbortController>();
	return async (request) => {
		if (request.type === 'cancel') {
			running.get(request.id)?.abort();
			return;
		}
		const { id } = request;
		if (running.has(id)) {
			post({ type: 'error', id, message: `an extraction with id "${id}" is already running` });
			return;
		}
		const controller = new AbortController();
		running.set(id, controller);
		try {
			if (request.files.length === 0) throw new Error('no text to read: paste a text or choose a file');
			const needsPdf = request.files.some((f) => (f.format ?? (/\.pdf$/i.test(f.name) ? 'pdf' : undefined)) === 'pdf');
			const pdfjs = needsPdf && options.pdfjs ? await options.pdfjs() : undefined;
			const sources = [];
			for (const file of request.files) {
				controller.signal.throwIfAborted();
				post({ type: 'progress', id, phase: 'reading', fraction: 0, document: file.name });
				sources.push(await readSource({ ...file, pdfjs }));
			}
			const extraction = await extractInSteps(sources, {
				language: request.language ?? 'auto',
				...(request.title ? { title: request.title } : {}),
				signal: controller.signal,
				onProgress: (progress) => post({ type: 'progress', id, ...progress })
			});
			controller.signal.throwIfAborted();
			post({ type: 'result', id, extraction });
		} catch (error) {
			if (controller.signal.aborted) post({ type: 'cancelled', id });
			else post({ type: 'error', id, message: (error as Error).message });
		} finally {
			running.delete(id);
		}
	};
}
