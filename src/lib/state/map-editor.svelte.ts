/**
 * Editing the open map: every change is an edit command applied to the open map's graph through
 * its history (`kg/edit`), so views listening to `OpenMap.onChange` redraw, undo and redo work,
 * and the store saves the map after each change (`onChanged`). The runes mirror the history for
 * buttons and the history list.
 */
import '../kg/edit/attributes';
import type { EditCommand } from '../kg/edit/commands';
import { EditError } from '../kg/edit/errors';
import { EditHistory, type HistoryItem } from '../kg/edit/history';
import type { OpenMap } from './maps.svelte';

export type EditResult = { ok: true; command: EditCommand } | { ok: false; error: EditError };

export class MapEditor {
	readonly map: OpenMap;
	canUndo = $state(false);
	canRedo = $state(false);
	/** How many entries of `items` are applied. */
	position = $state(0);
	items = $state.raw<HistoryItem[]>([]);
	readonly #history: EditHistory;
	readonly #onChanged: () => void;

	constructor(map: OpenMap, history: EditHistory, onChanged: () => void) {
		this.map = map;
		this.#history = history;
		this.#onChanged = onChanged;
		this.#mirror();
	}

	/** The history as it stands, for saving. */
	get history(): EditHistory {
		return this.#history;
	}

	/** Applies an edit; a refused one changes nothing and says why. `command` is it as applied (keys filled in). */
	apply(command: EditCommand): EditResult {
		try {
			const applied = this.#history.apply(this.map.graph, command);
			this.#changed();
			return { ok: true, command: applied.command };
		} catch (error) {
			if (error instanceof EditError) return { ok: false, error };
			throw error;
		}
	}

	undo(): void {
		if (this.#history.undo(this.map.graph)) this.#changed();
	}

	redo(): void {
		if (this.#history.redo(this.map.graph)) this.#changed();
	}

	/** Undoes or redoes until `position` entries are applied (0: the map as it was first opened). */
	jumpTo(position: number): void {
		if (position === this.#history.position) return;
		this.#history.jumpTo(this.map.graph, position);
		this.#changed();
	}

	#changed() {
		this.#mirror();
		this.#onChanged();
	}

	#mirror() {
		this.canUndo = this.#history.canUndo;
		this.canRedo = this.#history.canRedo;
		this.position = this.#history.position;
		this.items = this.#history.items();
	}
}
