/**
 * The Cytoscape core of a teaching page (mind map, presenter, comparison):
 * elements come with their positions computed, so no layout ever runs. The
 * view mirrors what it is given and reports taps; `window.cy` is its core.
 */
import type { Lang } from '../kg/lang';
import type { DrawnView } from './drawn-view';
import cytoscape, { type Collection, type Core, type ElementDefinition, type EventObject, type StylesheetJson } from 'cytoscape';
import { setCursor } from './drawing-host';

export interface PresetViewOptions {
	style: StylesheetJson;
	ontap?: (id: string, isNode: boolean) => void;
	padding?: number;
	/** False when the page moves the camera itself (the presenter): no pan or zoom by hand. */
	interactive?: boolean;
}

export class PresetView implements DrawnView {
	#cy: Core | null = null;
	#padding = 40;

	/** For the exporters in view/ (DrawnView); pages use the methods below. */
	get core(): Core | null {
		return this.#cy;
	}

	/** Whether a canvas is linked: a page links its container once. */
	get linked(): boolean {
		return this.#cy !== null;
	}

	link(container: HTMLElement, options: PresetViewOptions) {
		this.unlink();
		this.#padding = options.padding ?? 40;
		const cy = cytoscape({
			container,
			style: options.style,
			layout: { name: 'preset' },
			minZoom: 0.05,
			maxZoom: 3,
			boxSelectionEnabled: false,
			userPanningEnabled: options.interactive ?? true,
			userZoomingEnabled: options.interactive ?? true,
			autounselectify: true
		});
		if (options.ontap) {
			const ontap = options.ontap;
			cy.on('tap', 'node, edge', (e: EventObject) => ontap(e.target.id(), e.target.isNode()));
		}
		cy.on('mouseover', 'node', (e: EventObject) => {
			e.target.addClass('hover');
			if (options.ontap) setCursor(cy, 'pointer');
		});
		cy.on('mouseout', 'node', (e: EventObject) => {
			e.target.removeClass('hover');
			setCursor(cy, '');
		});
		this.#cy = cy;
		window.cy = cy;
	}

	unlink() {
		if (!this.#cy) return;
		if (window.cy === this.#cy) delete window.cy;
		this.#cy.destroy();
		this.#cy = null;
	}

	/** Replaces every element (positions included) and fits them in view, unless the caller frames them itself. */
	show(elements: ElementDefinition[], animate: boolean, frame: 'fit' | 'none' = 'fit') {
		const cy = this.#cy;
		if (!cy) return;
		cy.batch(() => {
			cy.elements().remove();
			cy.add(elements);
		});
		if (frame === 'fit') this.fit(animate);
	}

	/**
	 * The camera of a projector: every label at least `minScreenFont` pixels on screen. The whole
	 * drawing when it fits at that size; otherwise `focus` (a branch just opened, the first rings
	 * of the map) in the middle, its first element always in view, the rest a pan away.
	 */
	frameReadable(focus: string[], minScreenFont: number, animate: boolean, maxZoom = 1.2) {
		const cy = this.#cy;
		if (!cy || cy.nodes().empty()) return;
		cy.stop();
		const smallest = Math.min(...cy.nodes().map((n) => Number(n.data('fontSize')) || Infinity));
		const readable = Number.isFinite(smallest) ? minScreenFont / smallest : cy.minZoom();
		const pad = this.#padding;
		const fitZoom = (eles: Collection) => {
			const box = eles.boundingBox();
			return Math.min((cy.width() - 2 * pad) / Math.max(box.w, 1), (cy.height() - 2 * pad) / Math.max(box.h, 1));
		};
		let target = cy.elements();
		let zoom = Math.min(maxZoom, fitZoom(target));
		if (zoom < readable) {
			const wanted = this.#collect(focus);
			if (wanted.nonempty()) target = wanted;
			zoom = Math.max(readable, Math.min(maxZoom, fitZoom(target)));
		}
		const box = target.boundingBox();
		const pan = { x: cy.width() / 2 - zoom * (box.x1 + box.w / 2), y: cy.height() / 2 - zoom * (box.y1 + box.h / 2) };
		// The first element (the branch heading, the root) stays on screen whatever its group's size.
		const anchor = this.#collect(focus.slice(0, 1));
		if (anchor.nonempty()) {
			const a = anchor.boundingBox();
			const left = a.x1 * zoom + pan.x;
			const right = a.x2 * zoom + pan.x;
			const top = a.y1 * zoom + pan.y;
			const bottom = a.y2 * zoom + pan.y;
			if (left < pad) pan.x += pad - left;
			else if (right > cy.width() - pad) pan.x -= right - (cy.width() - pad);
			if (top < pad) pan.y += pad - top;
			else if (bottom > cy.height() - pad) pan.y -= bottom - (cy.height() - pad);
		}
		if (animate) cy.animate({ zoom, pan }, { duration: 450, easing: 'ease-in-out-cubic' });
		else cy.viewport({ zoom, pan });
	}

	fit(animate: boolean, ids?: string[]) {
		const cy = this.#cy;
		if (!cy) return;
		cy.stop();
		const eles = ids ? this.#collect(ids) : cy.elements();
		if (eles.empty()) return;
		if (animate) cy.animate({ fit: { eles, padding: this.#padding } }, { duration: 450, easing: 'ease-in-out-cubic' });
		else cy.fit(eles, this.#padding);
	}

	/** Camera onto some elements, no closer than `maxZoom` (a lone node should not fill the screen). */
	focusOn(ids: string[], animate: boolean, maxZoom = 1.6) {
		const cy = this.#cy;
		if (!cy) return;
		cy.stop();
		const eles = this.#collect(ids);
		if (eles.empty()) return;
		const box = eles.boundingBox();
		const pad = this.#padding * 2;
		const zoom = Math.max(cy.minZoom(), Math.min(maxZoom, (cy.width() - pad) / Math.max(box.w, 1), (cy.height() - pad) / Math.max(box.h, 1)));
		const view = { zoom, pan: { x: cy.width() / 2 - zoom * (box.x1 + box.w / 2), y: cy.height() / 2 - zoom * (box.y1 + box.h / 2) } };
		if (animate) cy.animate(view, { duration: 600, easing: 'ease-in-out-cubic' });
		else cy.viewport(view);
	}

	#collect(ids: string[]) {
		const cy = this.#cy!;
		const eles = cy.collection();
		for (const id of ids) eles.merge(cy.getElementById(id));
		return eles;
	}

	/** Sets exactly these classes on these elements (and removes them elsewhere), in one batch. */
	mark(classes: Record<string, string[]>) {
		const cy = this.#cy;
		if (!cy) return;
		cy.batch(() => {
			for (const [name, ids] of Object.entries(classes)) {
				cy.elements().removeClass(name);
				for (const id of ids) cy.getElementById(id).addClass(name);
			}
		});
	}

	/** Node and relation labels in the language asked for (elements.ts carries both). */
	showLanguage(lang: Lang) {
		const cy = this.#cy;
		if (!cy) return;
		cy.batch(() => {
			cy.nodes().forEach((n) => {
				n.data('display', lang === 'id' ? n.data('label') : n.data('labelEn'));
			});
			cy.edges().forEach((e) => {
				e.data('display', lang === 'id' ? e.data('labelId') : e.data('labelEn'));
			});
		});
	}

	/**
	 * The presenter's marks for one step: the target lit (an edge with its two ends), a node's
	 * `context` named around it, and everything else faded. An edge stays unfaded around a node
	 * only when both its ends are kept.
	 */
	spotlight(target: { edge: string; ends: [string, string] } | { node: string; context: string[] }) {
		const cy = this.#cy;
		if (!cy) return;
		if ('edge' in target) {
			const focus = [target.edge, ...target.ends];
			const lit = this.#collect(focus);
			this.mark({ focus, context: [], faded: cy.elements().not(lit).map((e) => e.id()) });
			return;
		}
		const kept = new Set([target.node, ...target.context]);
		const faded = cy.elements().filter((e) => !(e.isNode() ? kept.has(e.id()) : kept.has(e.source().id()) && kept.has(e.target().id())));
		this.mark({ focus: [target.node], context: target.context, faded: faded.map((e) => e.id()) });
	}

	/** The whole drawing as a PNG data URL, for print (a canvas does not reflow onto paper). */
	snapshot(): string | null {
		const cy = this.#cy;
		if (!cy || cy.elements().empty()) return null;
		return cy.png({ full: true, scale: 1.5, bg: '#ffffff', maxWidth: 3000, maxHeight: 2200 });
	}

	resize() {
		this.#cy?.resize();
	}
}
