// TEMPORARY stand-in for the map store's editing API (maps.canEdit, maps.copyForEditing, maps.editor)
// until it is merged; deleted at that merge.
import type { EditCommand } from '../kg/edit/commands';
import { EditError } from '../kg/edit/errors';
import { EditHistory, type HistoryItem } from '../kg/edit/history';
import { DEFAULT_MAP_ID, maps, type OpenMap } from './maps.svelte';

class ShimEditor {
	#history = new EditHistory();
	canUndo = $state(false);
	canRedo = $state(false);
	position = $state(0);
	items = $state.raw<HistoryItem[]>([]);
	constructor(readonly map: OpenMap) {}
	apply(command: EditCommand): { ok: true } | { ok: false; error: EditError } {
		try {
			this.#history.apply(this.map.graph, command);
		} catch (error) {
			if (error instanceof EditError) return { ok: false, error };
			throw error;
		}
		this.#sync();
		return { ok: true };
	}
	undo() {
		this.#history.undo(this.map.graph);
		this.#sync();
	}
	redo() {
		this.#history.redo(this.map.graph);
		this.#sync();
	}
	jumpTo(position: number) {
		this.#history.jumpTo(this.map.graph, position);
		this.#sync();
	}
	#sync() {
		this.canUndo = this.#history.canUndo;
		this.canRedo = this.#history.canRedo;
		this.position = this.#history.position;
		this.items = this.#history.items();
	}
}

const editors = new WeakMap<OpenMap, ShimEditor>();
let copies = 0;

export const editing = {
	get canEdit(): boolean {
		return !!maps.open && maps.open.id !== DEFAULT_MAP_ID;
	},
	get editor(): ShimEditor | null {
		const open = maps.open;
		if (!open || open.id === DEFAULT_MAP_ID) return null;
		let editor = editors.get(open);
		if (!editor) editors.set(open, (editor = new ShimEditor(open)));
		return editor;
	},
	async copyForEditing(id = maps.open?.id ?? DEFAULT_MAP_ID): Promise<string> {
		const graph = maps.graphOf(id)!;
		const copy = graph.copy();
		const title = `Salinan ${graph.getAttribute('title')}`;
		copy.setAttribute('title', title);
		const newId = `copy-${Date.now()}-${++copies}`;
		maps.adopt({ id: newId, title, fileName: '', createdAt: Date.now() }, copy, true);
		return newId;
	}
};
