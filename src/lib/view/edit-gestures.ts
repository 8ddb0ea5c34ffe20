/**
 * What a pointer does to the explorer's drawing in edit mode: drag nodes (they stay where they
 * are dropped), select several (shift-click, a box dragged with shift, or taps that add while
 * "select several" is on; a long press adds one on a touch screen), and draw a relation from one
 * node to another (Alt-drag, or any drag while "connect" is on), with cytoscape-edgehandles.
 * It only reports: the page turns each gesture into an edit command for the map store.
 */
import cytoscape, { type Core, type EventObject, type NodeSingular, type Position } from 'cytoscape';
import type { EdgeHandlesInstance } from 'cytoscape-edgehandles';

export interface EditSelection {
	concepts: string[];
	relations: string[];
}

export interface EditHandlers {
	/** The elements selected in the drawing changed (several at once, or none). */
	selectionChanged(selection: EditSelection): void;
	/** Nodes were dragged and dropped here (model coordinates). */
	moved(positions: Array<{ key: string; x: number; y: number }>): void;
	/** A relation was drawn from one concept to another. */
	connect(source: string, target: string): void;
	/** A double tap on the empty canvas: a new concept there. */
	addAt(position: Position): void;
}

let edgehandlesRegistered: Promise<void> | null = null;

/** Loaded when edit mode first opens: reading a map never needs it. */
function registerEdgehandles(): Promise<void> {
	edgehandlesRegistered ??= import('cytoscape-edgehandles').then(({ default: edgehandles }) => cytoscape.use(edgehandles));
	return edgehandlesRegistered;
}

export class EditGestures {
	readonly #cy: Core;
	readonly #handlers: EditHandlers;
	#edgehandles: EdgeHandlesInstance | null = null;
	#connecting = false;
	#multiSelect = false;
	#dropped = new Set<string>();
	#selectionQueued = false;
	#stopped = false;
	readonly #unbind: Array<() => void> = [];

	constructor(cy: Core, handlers: EditHandlers) {
		this.#cy = cy;
		this.#handlers = handlers;
		cy.autoungrabify(false);
		cy.autounselectify(false);
		cy.boxSelectionEnabled(true);
		this.#on('select unselect', () => this.#reportSelection());
		this.#on('dragfree', (e) => this.#droppedNode(e.target as NodeSingular), 'node');
		this.#on('dbltap', (e) => {
			if (e.target === cy) handlers.addAt(e.position);
		});
		// A long press on a touch screen adds the node to the selection, or takes it out (shift-click's
		// place): the press ends in a tap, and that one tap is made additive.
		this.#on('taphold', () => {
			cy.selectionType('additive');
			cy.one('tapend', () => queueMicrotask(() => !this.#stopped && cy.selectionType(this.#multiSelect ? 'additive' : 'single')));
		}, 'node');
		this.#altDragConnects(cy.container());
		void registerEdgehandles().then(() => {
			if (this.#stopped) return;
			const eh = cy.edgehandles({ canConnect: (source, target) => !source.same(target) && !target.hasClass('eh-ghost'), snap: true });
			this.#edgehandles = eh;
			if (this.#connecting) eh.enableDrawMode();
			this.#on('ehcomplete', (_e, ...args: unknown[]) => {
				const [source, target, added] = args as [NodeSingular, NodeSingular, cytoscape.Collection];
				// The drawn line is the view's: the relation is added to the map, and the map draws it.
				added.remove();
				handlers.connect(source.id(), target.id());
			});
		});
	}

	/** "Connect": every drag from a node draws a relation (a touch screen has no Alt key). */
	setConnecting(on: boolean) {
		this.#connecting = on;
		if (on) this.#edgehandles?.enableDrawMode();
		else this.#edgehandles?.disableDrawMode();
	}

	/**
	 * "Select several": a tap adds to the selection instead of replacing it, and a drag over the
	 * empty canvas draws a selection box instead of panning (fingers and mice alike).
	 */
	setMultiSelect(on: boolean) {
		this.#multiSelect = on;
		this.#cy.selectionType(on ? 'additive' : 'single');
		this.#cy.userPanningEnabled(!on);
	}

	/** Makes the drawing's selection this one (after an edit removed or replaced what was selected). */
	select({ concepts, relations }: EditSelection, edgeIds: Map<string, string>) {
		const cy = this.#cy;
		const wanted = cy.collection();
		for (const key of concepts) wanted.merge(cy.getElementById(key));
		for (const key of relations) {
			const id = edgeIds.get(key);
			if (id !== undefined) wanted.merge(cy.getElementById(id));
		}
		// Already selected (a tap selects before the page hears of it; a shift-click adds to it): nothing to do.
		if (wanted.filter(':selected').length === wanted.length) return;
		cy.batch(() => {
			cy.elements(':selected').difference(wanted).unselect();
			wanted.not(':selected').select();
		});
	}

	stop() {
		this.#stopped = true;
		this.#edgehandles?.destroy();
		for (const unbind of this.#unbind) unbind();
		const cy = this.#cy;
		cy.elements(':selected').unselect();
		cy.selectionType('single');
		cy.userPanningEnabled(true);
		cy.boxSelectionEnabled(false);
		cy.autounselectify(true);
		cy.autoungrabify(true);
	}

	#on(events: string, handler: (e: EventObject, ...args: unknown[]) => void, selector?: string) {
		const cy = this.#cy;
		if (selector) cy.on(events, selector, handler);
		else cy.on(events, handler);
		this.#unbind.push(() => (selector ? cy.off(events, selector, handler) : cy.off(events, handler)));
	}

	/** One report per burst of select/unselect events (a box selection sends one per element). */
	#reportSelection() {
		if (this.#selectionQueued) return;
		this.#selectionQueued = true;
		queueMicrotask(() => {
			this.#selectionQueued = false;
			if (this.#stopped) return;
			const selected = this.#cy.elements(':selected');
			this.#handlers.selectionChanged({
				concepts: selected.nodes().map((n) => n.id()),
				relations: selected.edges().map((e) => String(e.data('key'))).filter((key) => key !== 'undefined')
			});
		});
	}

	/** Dragging a selection drops each of its nodes: reported together, as one move. */
	#droppedNode(node: NodeSingular) {
		if (node.hasClass('eh-ghost')) return;
		const first = this.#dropped.size === 0;
		this.#dropped.add(node.id());
		if (!first) return;
		queueMicrotask(() => {
			const positions = [...this.#dropped].map((key) => {
				const { x, y } = this.#cy.getElementById(key).position();
				return { key, x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
			});
			this.#dropped.clear();
			if (!this.#stopped) this.#handlers.moved(positions);
		});
	}

	/**
	 * Alt-drag from a node draws a relation without switching modes. Cytoscape grabs the node on
	 * the same press, so the press is seen first (capture phase) and the node left ungrabbed.
	 */
	#altDragConnects(container: HTMLElement | null) {
		if (!container) return;
		const cy = this.#cy;
		const press = (event: MouseEvent) => {
			if (!event.altKey || this.#connecting || !this.#edgehandles) return;
			cy.autoungrabify(true);
			cy.one('tapstart', (e) => {
				if (e.target !== cy && e.target.isNode()) this.#edgehandles?.start(e.target as NodeSingular);
			});
			cy.one('tapend', () => {
				if (!this.#connecting && !this.#stopped) cy.autoungrabify(false);
			});
		};
		container.addEventListener('mousedown', press, true);
		this.#unbind.push(() => container.removeEventListener('mousedown', press, true));
	}
}
