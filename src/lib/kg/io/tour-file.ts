/**
 * The tour file: a lesson tour as JSON, downloaded, imported, or packed into a
 * link. Reading checks the shape (valibot) and then that every step points at
 * something the graph has, and reports each problem with the field at fault,
 * as a code the page translates. A file with any problem is rejected whole.
 */
import { Inflate, deflateSync } from 'fflate';
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
	| 'badLink'
	/** Heads the problems of a link whose tour does not fit the map, so the page says "this link", not "this file". */
	| 'linkIntro';

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
	const shaped = validateTourShape(data);
	if (!shaped.ok) return shaped;
	const problems = checkReferences(shaped.tour, graph);
	return problems.length > 0 ? { ok: false, problems } : shaped;
}

/** The shape check alone, for a tour read back from storage (which map it belongs to is not known there). */
export function validateTourShape(data: unknown): TourReadResult {
	if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as { format?: unknown }).format !== TOUR_FORMAT)
		return { ok: false, problems: [{ field: 'format', code: 'notTour', detail: TOUR_FORMAT }] };
	const parsed = v.safeParse(tourSchema, data);
	if (!parsed.success) return { ok: false, problems: parsed.issues.slice(0, 12).map(toProblem) };
	return { ok: true, tour: parsed.output as Tour };
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

/**
 * Links are packed as raw deflate in base64url behind a marker that base64url never contains,
 * so a 28-step tour fits well inside the 8 KB request line of common servers. Links made
 * before (plain base64url JSON) still open.
 */
const DEFLATED = '~';
/** A packed link longer than this is not a tour someone shared (the longest real ones are a few KB). */
export const MAX_LINK_LENGTH = 64 * 1024;
/** What a link may unpack to: far above any real tour, far below what would stall the page. */
export const MAX_UNPACKED_BYTES = 1024 * 1024;
/** Input bytes per inflate step; deflate expands a byte to at most about 1 KB, so a step stays near the cap. */
const INFLATE_STEP = 512;

/** The tour packed for a URL parameter: base64url of its deflated UTF-8 JSON. */
export function encodeTourForUrl(tour: Tour): string {
	const { format, version, id, title, root, steps } = tour;
	const json = new TextEncoder().encode(JSON.stringify({ format, version, id, title, root, steps }));
	return DEFLATED + toBase64Url(deflateSync(json, { level: 9 }));
}

/** Unpacks and checks a tour from a link; a damaged link is one problem, not an exception. */
export function decodeTourFromUrl(packed: string, graph: KnowledgeGraph): TourReadResult {
	const json = unpack(packed);
	if (json === null) return { ok: false, problems: [{ field: '', code: 'badLink' }] };
	let data: unknown;
	try {
		data = JSON.parse(json);
	} catch {
		return { ok: false, problems: [{ field: '', code: 'badLink' }] };
	}
	const result = validateTour(data, graph);
	if (!result.ok) return { ok: false, problems: [{ field: '', code: 'linkIntro' }, ...result.problems] };
	result.tour.generated = false;
	return result;
}

/** The JSON text a link carries, or null when it is not a whole link of either kind. */
function unpack(packed: string): string | null {
	if (packed.length > MAX_LINK_LENGTH) return null;
	const deflated = packed.startsWith(DEFLATED);
	const bytes = fromBase64Url(deflated ? packed.slice(DEFLATED.length) : packed);
	if (!bytes) return null;
	const json = deflated ? inflateCapped(bytes) : bytes;
	if (!json) return null;
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(json);
	} catch {
		return null;
	}
}

/** Inflates, giving up as soon as the output passes MAX_UNPACKED_BYTES (a link is never a zip bomb). */
function inflateCapped(bytes: Uint8Array): Uint8Array | null {
	const chunks: Uint8Array[] = [];
	let total = 0;
	let ended = false;
	const inflate = new Inflate((chunk, final) => {
		total += chunk.length;
		if (total > MAX_UNPACKED_BYTES) throw new RangeError('link unpacks too large');
		chunks.push(chunk);
		ended ||= final;
	});
	try {
		// Fed a little at a time: fflate inflates all it is given at once, so small pushes let the cap stop early.
		for (let at = 0; at < bytes.length || at === 0; at += INFLATE_STEP)
			inflate.push(bytes.subarray(at, at + INFLATE_STEP), at + INFLATE_STEP >= bytes.length);
	} catch {
		return null;
	}
	if (!ended) return null;
	const out = new Uint8Array(total);
	let offset = 0;
	for (const chunk of chunks) {
		out.set(chunk, offset);
		offset += chunk.length;
	}
	return out;
}

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
	if (!/^[A-Za-z0-9_-]*={0,2}$/.test(text)) return null;
	try {
		return Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
	} catch {
		return null;
	}
}
