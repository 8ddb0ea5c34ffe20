/**
 * Edit mode of a page that shows a map (the explorer, the mind map): whether it is on, what is
 * selected for an edit, which form is open, and the last thing to tell the person (why an edit
 * was refused, that a copy was made). Every change of the map goes through the map store's
 * editor (`apply`, `undo`, `redo`, `jumpTo`), so it is undoable and kept with the map; nothing
 * here writes into the graph.
 */
import { deleteSelection, forEachConcept } from '../kg/edit/compose';
import type { EditCommand } from '../kg/edit/commands';
import { errorMessage } from '../kg/edit/describe';
import type { KnowledgeGraph } from '../kg/model';
import type { MessageKey } from '../i18n/i18n.svelte';
import type { EditSelection } from '../view/edit-gestures';
import { editShortcut, isTypingTarget } from './edit-shortcuts';
import { maps } from './maps.svelte';

/** A point in the map's coordinates, where a new concept goes. */
export interface MapPoint {
	x: number;
	y: number;
}

export type EditForm =
	| { type: 'concept'; at: MapPoint; around?: string }
	| { type: 'relation'; source: string | null; target: string | null };

export interface EditMessage {
	tone: 'error' | 'notice';
	key: MessageKey;
	params: Record<string, string | number>;
}

const NOTHING: EditSelection = { concepts: [], relations: [] };

export class EditMode {
	#active = $state(false);
	#connecting = $state(false);
	#multiSelect = $state(false);
	#historyOpen = $state(false);
	/** What is selected in the drawing (several by shift-click, box or taps); empty: the page's one selection counts. */
	#drawn = $state.raw<EditSelection>(NOTHING);
	#form = $state.raw<EditForm | null>(null);
	#message = $state.raw<EditMessage | null>(null);

	get active() {
		return this.#active;
	}
	get connecting() {
		return this.#connecting;
	}
	get multiSelect() {
		return this.#multiSelect;
	}
	get historyOpen() {
		return this.#historyOpen;
	}
	get drawn(): EditSelection {
		return this.#drawn;
	}
	get form() {
		return this.#form;
	}
	get message() {
		return this.#message;
	}
	/** The store's editor of the open map: null on a map that cannot be edited (the default one). */
	get editor() {
		return maps.editor;
	}

	enter() {
		this.#active = true;
	}

	exit() {
		this.#active = false;
		this.#connecting = false;
		this.#multiSelect = false;
		this.#historyOpen = false;
		this.#form = null;
		this.#drawn = NOTHING;
	}

	toggleConnecting() {
		this.#connecting = !this.#connecting;
		if (this.#connecting) this.#multiSelect = false;
	}

	toggleMultiSelect() {
		this.#multiSelect = !this.#multiSelect;
		if (this.#multiSelect) this.#connecting = false;
	}

	toggleHistory() {
		this.#historyOpen = !this.#historyOpen;
	}

	closeHistory() {
		this.#historyOpen = false;
	}

	setDrawnSelection(selection: EditSelection) {
		// A notice (the copy was made) has been read once the person works on the map; it covers part of it.
		if (this.#message?.tone === 'notice') this.#message = null;
		this.#drawn = selection.concepts.length + selection.relations.length > 1 ? selection : NOTHING;
	}

	openConceptForm(at: MapPoint, around?: string) {
		this.#form = { type: 'concept', at, around };
	}

	openRelationForm(source: string | null, target: string | null = null) {
		this.#form = { type: 'relation', source, target };
	}

	closeForm() {
		this.#form = null;
	}

	say(key: MessageKey, params: Record<string, string | number> = {}, tone: EditMessage['tone'] = 'notice') {
		this.#message = { tone, key, params };
	}

	dismissMessage() {
		this.#message = null;
	}

	/** Applies an edit through the store; a refusal becomes the message, worded with its culprit. */
	apply(command: EditCommand): boolean {
		const editor = this.editor;
		if (!editor) return false;
		const result = editor.apply(command);
		if (result.ok) {
			this.#message = null;
			return true;
		}
		const { key, params } = errorMessage(result.error);
		this.#message = { tone: 'error', key, params };
		return false;
	}

	/**
	 * The edit keys of a page (Delete, Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y), while editing and not typing in
	 * a field or a form: undo and redo are done here; true when the key asks the page to delete its selection.
	 */
	handleKey(event: KeyboardEvent): boolean {
		if (!this.active || this.form) return false;
		const shortcut = editShortcut(event, isTypingTarget(event.target));
		if (!shortcut) return false;
		event.preventDefault();
		if (shortcut === 'undo') this.undo();
		else if (shortcut === 'redo') this.redo();
		return shortcut === 'delete';
	}

	undo() {
		if (this.editor?.canUndo) this.editor.undo();
	}

	redo() {
		if (this.editor?.canRedo) this.editor.redo();
	}

	jumpTo(position: number) {
		this.editor?.jumpTo(position);
	}

	// ------------------------------------------------------------------ the selection's edits

	/** What an edit of "the selection" acts on: the several selected in the drawing, else the page's one. */
	targets(graph: KnowledgeGraph, one: { node: string | null; edge: string | null }): EditSelection {
		const drawn = this.#drawn;
		const chosen = drawn.concepts.length + drawn.relations.length > 0 ? drawn : { concepts: one.node ? [one.node] : [], relations: one.edge ? [one.edge] : [] };
		return { concepts: chosen.concepts.filter((key) => graph.hasNode(key)), relations: chosen.relations.filter((key) => graph.hasEdge(key)) };
	}

	/** Deletes the concepts (with their relations) and relations, as one undoable step. */
	deleteTargets(graph: KnowledgeGraph, targets: EditSelection): boolean {
		if (targets.concepts.length + targets.relations.length === 0) return false;
		const done = this.apply(deleteSelection(graph, targets));
		if (done) this.#drawn = NOTHING;
		return done;
	}

	changeKind(keys: string[], kind: string): boolean {
		return keys.length > 0 && this.apply(forEachConcept(keys, (key) => ({ type: 'changeKind', key, kind })));
	}

	setHidden(keys: string[], hidden: boolean): boolean {
		return keys.length > 0 && this.apply(forEachConcept(keys, (key) => ({ type: 'setHidden', key, hidden })));
	}
}
