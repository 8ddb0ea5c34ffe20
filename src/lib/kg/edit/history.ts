/**
 * A map's edit history: the commands done (oldest first) and undone (the next redo last), each
 * with its inverse and its description, as plain data to keep in IndexedDB. `replay` rebuilds the
 * edited map from the map it started from and the stored history, when a page opens again.
 */
import * as v from 'valibot';
import type { KnowledgeGraph } from '../model';
import { applyEdit, type AppliedEdit } from './apply';
import { editCommandSchema, type EditCommand } from './commands';
import { describeEdit, type EditDescription } from './describe';
import { EditError } from './errors';

export interface HistoryEntry {
	command: EditCommand;
	inverse: EditCommand;
	description: EditDescription;
	/** When it was done, ms since the epoch. */
	at: number;
}

const HISTORY_VERSION = 1;

export interface SerializedHistory {
	version: typeof HISTORY_VERSION;
	done: HistoryEntry[];
	undone: HistoryEntry[];
}

/** One line of the history list: entries `0..position-1` are applied, the rest can be redone. */
export interface HistoryItem {
	/** `jumpTo(index + 1)` makes this entry the last applied one. */
	index: number;
	description: EditDescription;
	at: number;
	done: boolean;
}

export class EditHistory {
	#done: HistoryEntry[];
	#undone: HistoryEntry[];

	constructor(serialized?: SerializedHistory) {
		this.#done = [...(serialized?.done ?? [])];
		this.#undone = [...(serialized?.undone ?? [])];
	}

	get canUndo(): boolean {
		return this.#done.length > 0;
	}

	get canRedo(): boolean {
		return this.#undone.length > 0;
	}

	/** How many entries are applied: the place in `items()` the map is at. */
	get position(): number {
		return this.#done.length;
	}

	/** The entry the next undo takes back, and the one the next redo does again. */
	get nextUndo(): HistoryEntry | undefined {
		return this.#done.at(-1);
	}

	get nextRedo(): HistoryEntry | undefined {
		return this.#undone.at(-1);
	}

	/** Applies a new edit (it throws, changing nothing, when the edit is refused); redo is gone. */
	apply(graph: KnowledgeGraph, command: EditCommand, at = Date.now()): AppliedEdit {
		const applied = applyEdit(graph, command);
		this.#done.push({ ...applied, description: describeEdit(graph, applied), at });
		this.#undone = [];
		return applied;
	}

	undo(graph: KnowledgeGraph): HistoryEntry | undefined {
		const entry = this.#done.at(-1);
		if (!entry) return undefined;
		applyEdit(graph, entry.inverse, { limits: false });
		this.#done.pop();
		this.#undone.push(entry);
		return entry;
	}

	redo(graph: KnowledgeGraph): HistoryEntry | undefined {
		const entry = this.#undone.at(-1);
		if (!entry) return undefined;
		const { command, inverse } = applyEdit(graph, entry.command);
		this.#undone.pop();
		this.#done.push({ ...entry, command, inverse });
		return entry;
	}

	/** Undoes or redoes until `position` entries are applied (0: the map as it started). */
	jumpTo(graph: KnowledgeGraph, position: number): void {
		if (!Number.isInteger(position) || position < 0 || position > this.#done.length + this.#undone.length)
			throw new RangeError(`history position ${position} is not between 0 and ${this.#done.length + this.#undone.length}`);
		while (this.#done.length > position) this.undo(graph);
		while (this.#done.length < position) this.redo(graph);
	}

	/** Every entry, oldest first: the applied ones, then the ones redo would apply, in that order. */
	items(): HistoryItem[] {
		const timeline = [...this.#done, ...[...this.#undone].reverse()];
		return timeline.map((entry, index) => ({ index, description: entry.description, at: entry.at, done: index < this.#done.length }));
	}

	toJSON(): SerializedHistory {
		return structuredClone({ version: HISTORY_VERSION, done: this.#done, undone: this.#undone });
	}

	/** A stored history, checked: a damaged record is refused with the place that is wrong. */
	static fromJSON(data: unknown): EditHistory {
		const parsed = v.safeParse(serializedHistorySchema, data);
		if (!parsed.success) {
			const issue = parsed.issues[0];
			const path = v.getDotPath(issue) ?? '';
			throw new EditError('malformed', { path: path || '(history)', problem: issue.message }, `not a stored edit history: ${issue.message}`, path);
		}
		return new EditHistory(parsed.output as SerializedHistory);
	}
}

const entrySchema = v.object({
	command: editCommandSchema,
	inverse: editCommandSchema,
	description: v.object({ key: v.pipe(v.string(), v.startsWith('edit.history.')), params: v.record(v.string(), v.union([v.string(), v.number(), v.object({ id: v.string(), en: v.string() })])) }),
	at: v.number()
});
const serializedHistorySchema = v.object({ version: v.literal(HISTORY_VERSION), done: v.array(entrySchema), undone: v.array(entrySchema) });

export interface ReplayResult {
	/** The edited map: a new graph, the base is not changed. */
	graph: KnowledgeGraph;
	/** The history as replayed: inverses worked out anew, so a damaged stored inverse cannot undo wrongly. */
	history: EditHistory;
	/** The first stored entry that no longer applies (a damaged log): it and the ones after it are left out. */
	failed?: { index: number; error: EditError };
}

/** Rebuilds an edited map from the map it started from and its stored history. */
export function replay(base: KnowledgeGraph, stored: SerializedHistory | EditHistory): ReplayResult {
	const { done, undone } = stored instanceof EditHistory ? stored.toJSON() : stored;
	const graph = base.nullCopy();
	graph.import(structuredClone(base.export()));
	const replayed: HistoryEntry[] = [];
	for (const [index, entry] of done.entries()) {
		try {
			const { command, inverse } = applyEdit(graph, entry.command);
			replayed.push({ ...entry, command, inverse });
		} catch (error) {
			if (!(error instanceof EditError)) throw error;
			return { graph, history: new EditHistory({ version: HISTORY_VERSION, done: replayed, undone: [] }), failed: { index, error } };
		}
	}
	return { graph, history: new EditHistory({ version: HISTORY_VERSION, done: replayed, undone }) };
}
