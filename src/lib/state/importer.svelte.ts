/**
 * One import at a time, shared by the Import button and the drop zone. The
 * work runs in the import worker; this holds what the page shows of it: the
 * progress (phase and share) with Cancel, the error, a CSV waiting for its
 * column mapping, a graph too large to draw waiting for a yes to its most
 * connected part, and the summary of the map just opened (what the import
 * changed, and whether the browser stored it). A new map is added only when
 * everything succeeded.
 */
import type { CsvColumnMapping } from '../kg/io/csv';
import type { ImportError, ImportNote } from '../kg/io/errors';
import type { Lang } from '../kg/lang';
import { graphFromSerialized, type KnowledgeGraph } from '../kg/model';
import { csvContextOf, type ImportProgress } from './import-file';
import { Comlink, ImportWorkerClient, type WorkerCall } from './import-client';
import type { ImportWorkerApi, WorkerOutcome } from './import-worker';
import { maps } from './maps.svelte';
import { rememberSearchIndex } from './prebuilt-search';

export interface ImportFailure {
	fileName: string;
	error: ImportError;
}

export interface CsvChoice {
	nodes: { name: string; columns: string[] };
	edges: { name: string; columns: string[] } | null;
	mapping: CsvColumnMapping;
}

export type TooBig = Extract<WorkerOutcome, { kind: 'too-big' }>;

export interface OpenedMap {
	id: string;
	title: string;
	nodes: number;
	edges: number;
	notes: ImportNote[];
	/** False when the browser could not store it: it lasts until the tab closes. */
	saved: boolean;
}

type Wording = {
	error: (error: ImportError, lang: Lang) => string;
	note: (note: ImportNote, lang: Lang) => string;
};

class Importer {
	busy = $state(false);
	/** The file being read, for the progress message. */
	reading = $state<string | null>(null);
	progress = $state.raw<ImportProgress | null>(null);
	failure = $state.raw<ImportFailure | null>(null);
	pendingCsv = $state.raw<CsvChoice | null>(null);
	tooBig = $state.raw<TooBig | null>(null);
	/** The map just opened, for the summary. */
	opened = $state.raw<OpenedMap | null>(null);
	/** The last import was cancelled by the user, for the status line. */
	cancelled = $state(false);
	/** Error and note wording, loaded with the first import so the explorer does not carry it before. */
	#wording = $state.raw<Wording | null>(null);
	#client = new ImportWorkerClient();

	importFiles(files: File[], open: (id: string) => void): Promise<void> {
		if (this.busy || files.length === 0) return Promise.resolve();
		this.pendingCsv = null;
		this.tooBig = null;
		return this.#run(files[0].name, (api, progress) => api.read(files, progress), open);
	}

	confirmCsv(mapping: CsvColumnMapping, context: KnowledgeGraph | null, open: (id: string) => void): Promise<void> {
		const pending = this.pendingCsv;
		if (!pending || this.busy) return Promise.resolve();
		this.pendingCsv = null;
		const lent = context ? csvContextOf(context) : null;
		return this.#run(pending.nodes.name, (api, progress) => api.confirmCsv(mapping, lent, progress), open);
	}

	/** Yes to the question of a graph too large to draw: its most connected part opens. */
	openPart(open: (id: string) => void): Promise<void> {
		const held = this.tooBig;
		if (!held || this.busy) return Promise.resolve();
		this.tooBig = null;
		return this.#run(held.fileName, (api, progress) => api.openPart(progress), open);
	}

	/** Stops the import under way; nothing it read is kept, the open map stays as it was. */
	cancel() {
		if (!this.busy && !this.pendingCsv && !this.tooBig) return;
		this.#client.cancel();
		this.pendingCsv = null;
		this.tooBig = null;
		this.cancelled = true;
	}

	cancelCsv() {
		this.cancel();
	}

	/** The failure in words (what, where, what to do); empty until the wording has loaded. */
	describe(lang: Lang): string {
		return this.failure && this.#wording ? this.#wording.error(this.failure.error, lang) : '';
	}

	/** The summary lines of the map just opened. */
	summary(lang: Lang): string[] {
		const wording = this.#wording;
		return wording && this.opened ? this.opened.notes.map((n) => wording.note(n, lang)).filter(Boolean) : [];
	}

	dismiss() {
		this.failure = null;
	}

	dismissSummary() {
		this.opened = null;
	}

	async #run(
		fileName: string,
		call: (api: Comlink.Remote<ImportWorkerApi>, progress: (p: ImportProgress) => void) => Promise<WorkerOutcome | null>,
		open: (id: string) => void
	) {
		this.busy = true;
		this.reading = fileName;
		this.progress = { phase: 'reading' };
		this.failure = null;
		this.opened = null;
		this.cancelled = false;
		const wording = this.#loadWording();
		let result: WorkerCall<WorkerOutcome | null>;
		try {
			result = await this.#client.run((api) => call(api, Comlink.proxy((p: ImportProgress) => (this.progress = p))));
			await wording;
			if (!result.cancelled) await this.#settle(result.value, open);
		} catch (error) {
			// The worker itself failed (it could not start, or ran out of memory): worded, never raw.
			console.error('import worker failed', error);
			await wording;
			this.failure = { fileName, error: { code: 'unreadable', params: {} } };
		} finally {
			this.busy = false;
			this.reading = null;
			this.progress = null;
		}
	}

	async #loadWording() {
		if (this.#wording) return;
		const { importErrorMessage, importNoteMessage } = await import('../i18n/messages/import-errors');
		this.#wording = { error: importErrorMessage, note: importNoteMessage };
	}

	async #settle(outcome: WorkerOutcome | null, open: (id: string) => void) {
		if (!outcome) return;
		if (outcome.kind === 'error') this.failure = { fileName: outcome.fileName, error: outcome.error };
		else if (outcome.kind === 'csv') this.pendingCsv = { nodes: outcome.nodes, edges: outcome.edges, mapping: outcome.mapping };
		else if (outcome.kind === 'too-big') this.tooBig = outcome;
		else {
			const { map, saved } = outcome;
			const graph = graphFromSerialized(map.data);
			// The worker builds the index while the page draws the map; the search box waits for it.
			rememberSearchIndex(graph, this.#client.searchIndex(map.id));
			maps.adopt({ id: map.id, title: map.title, fileName: map.fileName, createdAt: map.createdAt }, graph, saved);
			const id = map.id;
			this.opened = { id, title: map.title, nodes: graph.order, edges: graph.size, notes: outcome.notes, saved };
			// The summary paints first; drawing the new map is the view's work, in a task of its own.
			await new Promise((resolve) => setTimeout(resolve, 0));
			performance.mark('import-handed-to-view');
			open(id);
		}
	}
}

export const importer = new Importer();
