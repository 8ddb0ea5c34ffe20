/**
 * A lesson tour: an ordered walk through a concept's part of the graph, one
 * step per node or edge, each step carrying the passages that ground it.
 * Generated tours and the ones a teacher edits share this shape; the tour file
 * format (io/tour-file.ts) is this object as JSON.
 */
export const TOUR_FORMAT = 'peta-konsep/tour';
export const TOUR_VERSION = 1;

/** The parts of a lesson, in teaching order; 'custom' marks a step a teacher added. */
export const TOUR_SECTIONS = [
	'definition',
	'types',
	'characteristics',
	'functions',
	'roles',
	'examples',
	'challenges',
	'comparison',
	'custom'
] as const;
export type TourSection = (typeof TOUR_SECTIONS)[number];

export type TourTarget = { type: 'node'; key: string } | { type: 'edge'; key: string };

export interface TourStep {
	/** Unique within the tour. */
	id: string;
	section: TourSection;
	target: TourTarget;
	/** The teacher's own caption; absent, the page writes one from the section and the target. */
	caption?: string;
	/** Passage ids shown with the step, first one largest; every one grounds the target. */
	passages: string[];
}

export interface Tour {
	format: typeof TOUR_FORMAT;
	version: typeof TOUR_VERSION;
	id: string;
	title: string;
	/** The concept the tour is about. */
	root: string;
	/** True while the tour is exactly as generated from the graph. */
	generated: boolean;
	steps: TourStep[];
	/** Milliseconds since the epoch of the last save; absent for a tour never saved. */
	updated?: number;
}
