/**
 * The page's side of the extraction worker (kg/extract/extract.worker.ts): one worker, started on
 * the first request. Cancel terminates it, the only way to stop a step that is busy, and the next
 * request starts a fresh one. A worker that dies (out of memory) rejects what was waiting
 * instead of leaving the page waiting.
 */
import type { Selection, Vocabulary } from '../../kg/extract/graph';
import type { ExtractProgress, Extraction } from '../../kg/extract/types';
import type { SerializedKnowledgeGraph } from '../../kg/model';
import type { ExtractProblem, ExtractRequest, ExtractResponse, ReadFile, ReadProblem, WorkerFile } from '../../kg/extract/worker-protocol';
import type { Language } from '../../kg/extract/profile';

export type ReadOutcome =
	| { ok: true; text: string; title: string; language: Language; confidence: number }
	| { ok: false; problem: ReadProblem; detail: string };

/** The worker itself stopped (out of memory, a crash): the page says so in its own words. */
class WorkerFailed extends Error {
	constructor(
		message: string,
		readonly detail: string
	) {
		super(message);
	}
}

export type ExtractOutcome =
	| { status: 'done'; extraction: Extraction; selection: Selection }
	| { status: 'cancelled' }
	/** `problem` says why in words of either language; without one, `message` is a fault's own text. */
	| { status: 'failed'; message: string; problem?: ExtractProblem; file?: string; detail?: string };

interface Waiting {
	answer: (response: ExtractResponse) => void;
	fail: (error: Error) => void;
	progress?: (progress: ExtractProgress) => void;
}

export class ExtractClient {
	#worker: Worker | null = null;
	#waiting = new Map<string, Waiting>();
	#next = 0;

	#connect(): Worker {
		if (!this.#worker) {
			const worker = new Worker(new URL('../../kg/extract/extract.worker.ts', import.meta.url), { type: 'module' });
			worker.addEventListener('message', (event: MessageEvent<ExtractResponse>) => this.#receive(event.data));
			worker.addEventListener('error', (event) => {
				event.preventDefault();
				this.#stop(new WorkerFailed(`the extraction worker failed: ${event.message || 'out of memory?'}`, event.message || ''));
			});
			this.#worker = worker;
		}
		return this.#worker;
	}

	#receive(response: ExtractResponse) {
		const waiting = this.#waiting.get(response.id);
		if (!waiting) return;
		if (response.type === 'progress') {
			waiting.progress?.(response);
			return;
		}
		this.#waiting.delete(response.id);
		waiting.answer(response);
	}

	#send(request: ExtractRequest, progress?: (progress: ExtractProgress) => void): Promise<ExtractResponse> {
		const worker = this.#connect();
		return new Promise((answer, fail) => {
			this.#waiting.set(request.id, { answer, fail, progress });
			worker.postMessage(request);
		});
	}

	#stop(error: Error | null) {
		this.#worker?.terminate();
		this.#worker = null;
		const waiting = [...this.#waiting.values()];
		this.#waiting.clear();
		for (const w of waiting) (error ? w.fail(error) : w.answer({ type: 'cancelled', id: '' }));
	}

	/** One file's (or pasted text's) text, language and title, or why there is none. */
	async read(file: ReadFile): Promise<ReadOutcome> {
		const response = await this.#send({ type: 'read', id: `r${this.#next++}`, file });
		if (response.type === 'read') return { ok: true, text: response.text, title: response.title, language: response.language, confidence: response.confidence };
		if (response.type === 'unreadable') return { ok: false, problem: response.problem, detail: response.detail };
		return { ok: false, problem: 'unreadable', detail: response.type === 'error' ? response.message : response.type };
	}

	async extract(files: WorkerFile[], onProgress: (progress: ExtractProgress) => void): Promise<ExtractOutcome> {
		try {
			const response = await this.#send({ type: 'extract', id: `x${this.#next++}`, files }, onProgress);
			if (response.type === 'result') return { status: 'done', extraction: response.extraction, selection: response.selection };
			if (response.type === 'error') return { status: 'failed', message: response.message, problem: response.problem, file: response.file, detail: response.detail };
			return { status: 'cancelled' };
		} catch (error) {
			if (error instanceof WorkerFailed) return { status: 'failed', message: error.message, problem: 'worker-failed', detail: error.detail };
			return { status: 'failed', message: (error as Error).message };
		}
	}

	/** The reviewed suggestions as a graph of the contract, laid out; throws what is wrong with the selection. */
	async build(extraction: Extraction, selection: Selection, vocabulary: Vocabulary, title: string): Promise<SerializedKnowledgeGraph> {
		const response = await this.#send({ type: 'build', id: `b${this.#next++}`, extraction, selection, vocabulary, title });
		if (response.type === 'built') return response.graph;
		throw new Error(response.type === 'error' ? response.message : response.type);
	}

	/** Stops whatever the worker is doing at once: what was waiting answers "cancelled". */
	cancel() {
		this.#stop(null);
	}
}
