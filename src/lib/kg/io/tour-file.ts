/**
 * The tour file: a lesson tour as JSON, downloaded, imported, or packed into a
 * link. Reading checks the shape (valibot) and then that every step points at
 * something the graph has, and reports each problem with the field at fault,
 * as a code the page translates. A file with any problem is rejected whole.
 */
import * as v from 'valibot';
import type { KnowledgeGraph } from '../model';
import { TOUR_FORMAT, TOUR_SECTIONS, TOUR_VERSION, type Tour } from '../tour-model';

export type TourProblemCode =
	| 'notJson'
	| 'notTour'
	| 'version'
	| 'missing'
	| 'wrongType'
	| 'empty'
	| 'unknownSection'
	| 'unknownNode'
	| 'unknownEdge'
	| 'unknownPassage'
	| 'duplicateStep'
	| 'badLink';

export interface TourProblem {
	/** Dot path of the field at fault, e.g. "steps.2.target.key"; "" for the file as a whole. */
	field: string;
	code: TourProblemCode;
	/** The offending value or the expected type, for the message. */
	detail?: string;
}

export type TourReadResult = { ok: true; tour: Tour } | { ok: false; problems: TourProblem[] };

const text = v.pipe(v.string(), v.minLength(1));
const stepSchema = v.object({
	id: text,
	section: v.picklist(TOUR_SECTIONS),
	target: v.variant('type', [
		v.object({ type: v.literal('node'), key: text }),
		v.object({ type: v.literal('edge'), key: text })
	]),
	caption: v.optional(v.pipe(v.string(), v.maxLength(2000))),
	passages: v.pipe(v.array(text), v.minLength(1))
});
const tourSchema = v.object({
	format: v.literal(TOUR_FORMAT),
	version: v.literal(TOUR_VERSION),
	id: text,
	title: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
	root: text,
	generated: v.optional(v.boolean(), false),
	steps: v.pipe(v.array(stepSchema), v.minLength(1)),
	updated: v.optional(v.number())
});

/** Parses and checks a tour file's text against the schema and the graph. */
export function readTourFile(json: string, graph: KnowledgeGraph): TourReadResult {
	let data: unknown;
	try {
		data = JSON.parse(json);
	} catch (error) {
		return { ok: false, problems: [{ field: '', code: 'notJson', detail: (error as Error).message }] };
	}
	return validateTour(data, graph);
}

/** Checks an untrusted value: shape first, then that the graph has every node, edge and passage it names. */
export function validateTour(data: unknown, graph: KnowledgeGraph): TourReadResult {
	if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as { format?: unknown }).format !== TOUR_FORMAT)
		return { ok: false, problems: [{ field: 'format', code: 'notTour', detail: TOUR_FORMAT }] };
	const parsed = v.safeParse(tourSchema, data);
	if (!parsed.success) return { ok: false, problems: parsed.issues.slice(0, 12).map(toProblem) };
	const tour = parsed.output as Tour;
	const problems = checkReferences(tour, graph);
	return problems.length > 0 ? { ok: false, problems } : { ok: true, tour };
}

function toProblem(issue: v.BaseIssue<unknown>): TourProblem {
	const field = v.getDotPath(issue) ?? '';
	if (field === 'version') return { field, code: 'version', detail: String(issue.input) };
	if (field.endsWith('section')) return { field, code: 'unknownSection', detail: String(issue.input) };
	if (issue.input === undefined) return { field, code: 'missing' };
	if (issue.type === 'min_length') return { field, code: 'empty' };
	return { field, code: 'wrongType', detail: issue.expected ?? issue.type };
}

function checkReferences(tour: Tour, graph: KnowledgeGraph): TourProblem[] {
	const problems: TourProblem[] = [];
	const passages = new Set(graph.getAttribute('passages').map((p) => p.id));
	if (!graph.hasNode(tour.root)) problems.push({ field: 'root', code: 'unknownNode', detail: tour.root });
	const ids = new Set<string>();
	tour.steps.forEach((step, i) => {
		if (ids.has(step.id)) problems.push({ field: `steps.${i}.id`, code: 'duplicateStep', detail: step.id });
		ids.add(step.id);
		const { type, key } = step.target;
		if (type === 'node' && !graph.hasNode(key))
			problems.push({ field: `steps.${i}.target.key`, code: 'unknownNode', detail: key });
		if (type === 'edge' && !graph.hasEdge(key))
			problems.push({ field: `steps.${i}.target.key`, code: 'unknownEdge', detail: key });
		step.passages.forEach((passage, j) => {
			if (!passages.has(passage))
				problems.push({ field: `steps.${i}.passages.${j}`, code: 'unknownPassage', detail: passage });
		});
	});
	return problems.slice(0, 12);
}

/** The tour as a file: pretty JSON, keys in a stable order. */
export function writeTourFile(tour: Tour): string {
	const { format, version, id, title, root, generated, steps, updated } = tour;
	return JSON.stringify({ format, version, id, title, root, generated, steps, updated }, null, 2) + '\n';
}

/** The tour packed for a URL parameter: base64url of its UTF-8 JSON. */
export function encodeTourForUrl(tour: Tour): string {
	const { format, version, id, title, root, steps } = tour;
	const bytes = new TextEncoder().encode(JSON.stringify({ format, version, id, title, root, steps }));
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Unpacks and checks a tour from a link; a damaged link is one problem, not an exception. */
export function decodeTourFromUrl(packed: string, graph: KnowledgeGraph): TourReadResult {
	let json: string;
	try {
		const binary = atob(packed.replace(/-/g, '+').replace(/_/g, '/'));
		json = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
	} catch {
		return { ok: false, problems: [{ field: '', code: 'badLink' }] };
	}
	const result = readTourFile(json, graph);
	if (result.ok) result.tour.generated = false;
	return result;
}
