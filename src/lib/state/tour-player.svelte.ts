/**
 * The presenter's player: which tour plays, which step shows, where the keys and swipes move
 * it, and what the camera marks for a step. The page draws; the player decides.
 */
import type { KnowledgeGraph } from '../kg/model';
import type { Tour, TourStep } from '../kg/tour-model';

/** A hub's neighbours are too many to label: up to this many are shown named around a step's concept. */
const NAMED_NEIGHBOURS_MAX = 12;
/** A horizontal drag longer than this (pixels), and clearly more sideways than up or down, is a swipe. */
const SWIPE_MIN = 60;

/** What the presenter's camera shows for a step: the spotlight (lit and named) and what it frames. */
export type StepCamera =
	| { spotlight: { edge: string; ends: [string, string] }; frame: string[]; maxZoom: number }
	| { spotlight: { node: string; context: string[] }; frame: string[]; maxZoom: number };

/** The camera for a step: an edge with its two ends; a concept with its neighbours when few. Null when the map lacks it. */
export function stepCamera(graph: KnowledgeGraph, step: TourStep): StepCamera | null {
	const key = step.target.key;
	if (step.target.type === 'edge') {
		if (!graph.hasEdge(key)) return null;
		const ends: [string, string] = [graph.source(key), graph.target(key)];
		return { spotlight: { edge: key, ends }, frame: [key, ...ends], maxZoom: 1.4 };
	}
	if (!graph.hasNode(key)) return null;
	const neighbours = graph.neighbors(key);
	const context = neighbours.length <= NAMED_NEIGHBOURS_MAX ? neighbours : [];
	return { spotlight: { node: key, context }, frame: [key, ...context], maxZoom: 1.2 };
}

export class TourPlayer {
	#tour = $state.raw<Tour | null>(null);
	/** True for a tour from a shared link: it is not among this map's tours. */
	#shared = $state(false);
	#index = $state(0);

	get tour() {
		return this.#tour;
	}
	get shared() {
		return this.#shared;
	}
	/** The step shown, from 0. */
	get index() {
		return this.#index;
	}

	step = $derived<TourStep | null>(this.#tour?.steps[this.#index] ?? null);
	/** How far through the tour, 0 to 1, for the progress bar. */
	progress = $derived(this.#tour ? (this.#index + 1) / this.#tour.steps.length : 0);
	atStart = $derived(this.#index === 0);
	atEnd = $derived(!this.#tour || this.#index >= this.#tour.steps.length - 1);

	/** Plays `tour` from its first step, or from `?step=N` (1-based) when the link names a step in it. */
	play(tour: Tour, shared: boolean, stepParam: string | null = null) {
		this.#tour = tour;
		this.#shared = shared;
		const step = Number(stepParam);
		this.#index = stepParam !== null && Number.isInteger(step) && step >= 1 ? Math.min(step, tour.steps.length) - 1 : 0;
	}

	/** Goes to step `to` (from 0), kept within the tour. */
	go(to: number) {
		if (!this.#tour) return;
		this.#index = Math.max(0, Math.min(this.#tour.steps.length - 1, to));
	}

	next() {
		this.go(this.#index + 1);
	}

	previous() {
		this.go(this.#index - 1);
	}

	/** The step a key moves to (arrows, Page Up/Down, Space, Home, End); null for any other key. */
	stepForKey(key: string): number | null {
		if (!this.#tour) return null;
		const moves: Record<string, number> = {
			ArrowRight: this.#index + 1,
			PageDown: this.#index + 1,
			' ': this.#index + 1,
			ArrowLeft: this.#index - 1,
			PageUp: this.#index - 1,
			Home: 0,
			End: this.#tour.steps.length - 1
		};
		return key in moves ? moves[key] : null;
	}

	/** A pointer drag from `start` to `end`: a sideways swipe steps (left: on, right: back); anything else does nothing. */
	swipe(start: { x: number; y: number }, end: { x: number; y: number }) {
		const dx = end.x - start.x;
		const dy = end.y - start.y;
		if (Math.abs(dx) > SWIPE_MIN && Math.abs(dx) > 1.5 * Math.abs(dy)) this.go(dx < 0 ? this.#index + 1 : this.#index - 1);
	}
}
