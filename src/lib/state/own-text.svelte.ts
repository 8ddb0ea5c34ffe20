/**
 * The texts a person brings (pasted or from files) and the way from them to a reviewed
 * extraction: reading each file as it is added (a file that cannot be read is reported and
 * nothing else changes), the extraction in the worker with its progress, Cancel, and the review.
 * One session per tab, so leaving the page and coming back keeps what was pasted.
 */
import type { Vocabulary } from '../kg/extract/graph';
import type { ExtractProgress, Extraction, Language } from '../kg/extract/types';
import type { WorkerFile } from '../kg/extract/worker-protocol';
import type { ExtractFailure } from '../i18n/extract-failure';
import { graphFromSerialized } from '../kg/model';
import { addOwnTextMap } from './own-text-map';
import { ExtractClient } from './text-intake/extract-client';
import { fileSize, readDocument, readPasted, type FileProblem, MAX_FILE_BYTES, MAX_TEXT_CHARS } from './text-intake/read-document';
import { selectionOf, startReview, type Review } from './own-text-review';

export interface OwnDocument {
	id: string;
	/** Pasted text is edited here; a file's text is what was read from it. */
	origin: 'paste' | 'file';
	/** The source name: the file's, or a name for pasted text. */
	name: string;
	title: string;
	/** False while the title is the one read from the text, which follows the text as it changes. */
	titleEdited: boolean;
	text: string;
	/** The file's size in bytes (files only). */
	bytes?: number;
	detected: { language: Language; confidence: number } | null;
	/** The person's choice; `auto` takes the detected language. */
	language: Language | 'auto';
	reading: boolean;
}

export interface IntakeProblem {
	id: number;
	file: string;
	problem: FileProblem;
	detail: string;
	max: string;
}

export type Step =
	| { name: 'input'; notice?: 'cancelled' | 'nothing-found' | ExtractFailure }
	| { name: 'extracting'; progress: ExtractProgress | null }
	| { name: 'review'; extraction: Extraction };

const DETECT_DELAY_MS = 400;

export class OwnTextSession {
	documents = $state<OwnDocument[]>([]);
	problems = $state<IntakeProblem[]>([]);
	step = $state.raw<Step>({ name: 'input' });
	review = $state.raw<Review | null>(null);
	mapTitle = $state('');

	#client = new ExtractClient();
	#next = 1;
	#detectTimers = new Map<string, ReturnType<typeof setTimeout>>();

	/** The texts there is something to extract from. */
	get ready(): OwnDocument[] {
		return this.documents.filter((d) => !d.reading && d.text.trim());
	}

	addPaste(): string {
		const n = this.#next++;
		const doc: OwnDocument = { id: `d${n}`, origin: 'paste', name: `teks-${n}.txt`, title: '', titleEdited: false, text: '', detected: null, language: 'auto', reading: false };
		this.documents.push(doc);
		return doc.id;
	}

	/** Reads each file in turn; the ones that cannot be read become problems, the rest documents. */
	async addFiles(files: Iterable<File>): Promise<void> {
		// The empty box the page opens with gives way to the files.
		this.documents = this.documents.filter((d) => d.origin === 'file' || d.text.trim() || d.title.trim());
		for (const file of files) {
			const id = `d${this.#next++}`;
			this.documents.push({ id, origin: 'file', name: file.name, title: file.name, titleEdited: false, text: '', bytes: file.size, detected: null, language: 'auto', reading: true });
			let outcome;
			try {
				outcome = await readDocument(file, this.#client);
			} catch (error) {
				outcome = { ok: false as const, problem: 'unreadable' as const, detail: (error as Error).message };
			}
			const index = this.documents.findIndex((d) => d.id === id);
			if (index < 0) continue;
			if (!outcome.ok) {
				this.documents.splice(index, 1);
				this.#report(file.name, outcome.problem, outcome.detail);
				continue;
			}
			const doc = this.documents[index];
			doc.text = outcome.document.text;
			doc.title = outcome.document.title;
			doc.detected = { language: outcome.document.language, confidence: outcome.document.confidence };
			doc.reading = false;
		}
	}

	#report(file: string, problem: FileProblem, detail: string) {
		const max = problem === 'too-large' ? fileSize(MAX_FILE_BYTES) : MAX_TEXT_CHARS.toLocaleString();
		this.problems.push({ id: this.#next++, file, problem, detail, max });
	}

	dismissProblem(id: number) {
		this.problems = this.problems.filter((p) => p.id !== id);
	}

	remove(id: string) {
		this.documents = this.documents.filter((d) => d.id !== id);
	}

	/** Pasted text changed: its language and title are read again once typing pauses. */
	setText(id: string, text: string) {
		const doc = this.documents.find((d) => d.id === id);
		if (!doc) return;
		doc.text = text;
		clearTimeout(this.#detectTimers.get(id));
		this.#detectTimers.set(
			id,
			setTimeout(() => void this.#detect(id, text), DETECT_DELAY_MS)
		);
	}

	async #detect(id: string, text: string) {
		this.#detectTimers.delete(id);
		const doc = this.documents.find((d) => d.id === id);
		if (!doc || !text.trim()) return;
		const outcome = await readPasted(doc.name, text, this.#client).catch(() => null);
		const current = this.documents.find((d) => d.id === id);
		if (!outcome || !current || current.text !== text) return;
		if (!outcome.ok) {
			// Too long to extract: said once per text, which stays in its box to be cut.
			if (!this.problems.some((p) => p.file === current.name && p.problem === outcome.problem)) this.#report(current.name, outcome.problem, outcome.detail);
			return;
		}
		current.detected = { language: outcome.document.language, confidence: outcome.document.confidence };
		if (!current.titleEdited) current.title = outcome.document.title === current.name.replace(/\.txt$/, '') ? '' : outcome.document.title;
	}

	setTitle(id: string, title: string) {
		const doc = this.documents.find((d) => d.id === id);
		if (!doc) return;
		doc.title = title;
		doc.titleEdited = title.trim() !== '';
	}

	setLanguage(id: string, language: Language | 'auto') {
		const doc = this.documents.find((d) => d.id === id);
		if (doc) doc.language = language;
	}

	/** Extracts from the documents in the worker; Cancel (or a failure) goes back to them unchanged. */
	async extract(): Promise<void> {
		const files: WorkerFile[] = this.ready.map((d) => ({
			name: d.name,
			data: d.text,
			format: 'text',
			...(d.language !== 'auto' ? { language: d.language } : {}),
			...(d.title.trim() ? { title: d.title.trim() } : {})
		}));
		if (files.length === 0 || this.step.name === 'extracting') return;
		this.step = { name: 'extracting', progress: null };
		const outcome = await this.#client.extract(files, (progress) => {
			if (this.step.name === 'extracting') this.step = { name: 'extracting', progress };
		});
		if (outcome.status === 'cancelled') this.step = { name: 'input', notice: 'cancelled' };
		else if (outcome.status === 'failed') this.step = { name: 'input', notice: { failed: outcome.message, problem: outcome.problem, file: outcome.file, detail: outcome.detail } };
		else if (outcome.extraction.concepts.length === 0) this.step = { name: 'input', notice: 'nothing-found' };
		else {
			this.review = startReview(outcome.extraction, outcome.selection);
			this.mapTitle = outcome.extraction.title;
			this.step = { name: 'review', extraction: outcome.extraction };
		}
	}

	cancel() {
		this.#client.cancel();
	}

	/** The accepted suggestions as a stored map (built in the worker); its id. Throws what went wrong. */
	async createMap(vocabulary: Vocabulary): Promise<string> {
		if (this.step.name !== 'review' || !this.review) throw new Error('there is nothing reviewed to make a map of');
		const { extraction } = this.step;
		const data = await this.#client.build(extraction, selectionOf(this.review, extraction), vocabulary, this.mapTitle.trim() || extraction.title);
		const id = await addOwnTextMap(graphFromSerialized(data), extraction.documents.map((d) => d.source).join(', '));
		this.backToTexts();
		return id;
	}

	backToTexts() {
		this.step = { name: 'input' };
		this.review = null;
	}
}

export const ownText = new OwnTextSession();
