/**
 * One import at a time, shared by the Import button and the drop zone: its
 * progress, its error (shown in the page), and a CSV waiting for its column
 * mapping. A new map is added only when everything succeeded.
 */
import type { CsvColumnMapping } from '../kg/io/csv';
import type { ImportError } from '../kg/io/errors';
import type { MessageLang } from '../kg/io/messages';
import type { KnowledgeGraph } from '../kg/model';
import { finishCsv, readImport, type ImportOutcome, type PendingCsv } from './import-file';
import { maps } from './maps.svelte';

export interface ImportFailure {
	fileName: string;
	error: ImportError;
}

class Importer {
	busy = $state(false);
	/** The file being read, for the progress message. */
	reading = $state<string | null>(null);
	failure = $state.raw<ImportFailure | null>(null);
	/** The error wording, loaded with the first failure so the explorer does not carry it before. */
	#wording = $state.raw<((error: ImportError, lang: MessageLang) => string) | null>(null);
	pendingCsv = $state.raw<PendingCsv | null>(null);
	/** The map just opened, for the confirmation message. */
	opened = $state.raw<{ title: string; nodes: number; edges: number } | null>(null);

	async importFiles(files: File[], open: (id: string) => void): Promise<void> {
		if (this.busy || files.length === 0) return;
		this.start(files[0].name);
		try {
			await this.#settle(await readImport(files), open);
		} catch (error) {
			await this.#fail(files[0].name, String((error as Error)?.message ?? error));
		} finally {
			this.busy = false;
			this.reading = null;
		}
	}

	async confirmCsv(mapping: CsvColumnMapping, context: KnowledgeGraph | null, open: (id: string) => void): Promise<void> {
		const pending = this.pendingCsv;
		if (!pending || this.busy) return;
		this.pendingCsv = null;
		this.start(pending.nodes.name);
		try {
			await this.#settle(await finishCsv(pending, mapping, context), open);
		} catch (error) {
			await this.#fail(pending.nodes.name, String((error as Error)?.message ?? error));
		} finally {
			this.busy = false;
			this.reading = null;
		}
	}

	/** The failure in words (what, where, what to do); empty until the wording has loaded. */
	describe(lang: MessageLang): string {
		return this.failure && this.#wording ? this.#wording(this.failure.error, lang) : '';
	}

	cancelCsv() {
		this.pendingCsv = null;
	}

	dismiss() {
		this.failure = null;
	}

	private start(fileName: string) {
		this.busy = true;
		this.reading = fileName;
		this.failure = null;
		this.opened = null;
	}

	async #fail(fileName: string, detail: string) {
		this.#wording ??= (await import('../kg/io/messages')).importErrorMessage;
		this.failure = { fileName, error: { code: 'schema', params: { problem: detail } } };
	}

	async #settle(outcome: ImportOutcome | null, open: (id: string) => void) {
		if (!outcome) return;
		if (outcome.kind === 'error') {
			this.#wording ??= (await import('../kg/io/messages')).importErrorMessage;
			this.failure = { fileName: outcome.fileName, error: outcome.error };
		}
		else if (outcome.kind === 'csv') this.pendingCsv = outcome.pending;
		else {
			const id = await maps.add(outcome.graph, outcome.title, outcome.fileName);
			this.opened = { title: outcome.title, nodes: outcome.graph.order, edges: outcome.graph.size };
			open(id);
		}
	}
}

export const importer = new Importer();
