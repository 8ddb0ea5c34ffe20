/**
 * The graph contract (DESIGN.md, `static/graph.json`): its types, the graphology
 * aliases over them, and the schema that checks a loaded file.
 */
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import * as v from 'valibot';
import { MAX_ATTRIBUTES, MAX_NESTING_DEPTH, RESERVED_KEYS } from './io/limits';
import { relationTeachingSchema, type RelationTeaching } from './relation-teaching';

/**
 * Version 2 adds what imported maps carry (self-loops, undirected edges,
 * weights, node colours and sizes, typed properties); every addition is
 * optional, so a version 1 graph is a version 2 graph once its number says so
 * (`migrateSerializedGraph`).
 */
export const SCHEMA_VERSION = 2;
/** The curated build: directed, parallel edges allowed, no self-loops. */
export const GRAPH_OPTIONS = { type: 'directed', multi: true, allowSelfLoops: false } as const;
/** Imported maps: a file's undirected edges and self-loops are kept as the file says. */
export const IMPORTED_GRAPH_OPTIONS = { type: 'mixed', multi: true, allowSelfLoops: true } as const;
export type GraphOptions = { type: 'directed' | 'mixed'; multi: true; allowSelfLoops: boolean };

export interface Bilingual {
	id: string;
	en: string;
}

export interface KgDocument {
	id: string;
	/** The corpus file name, e.g. "003_931921d366cdd661.txt". */
	source: string;
	title: string;
	language: string;
	/** The whole article. */
	text: string;
	/** Where the article comes from, as corpus.yaml notes it (optional: older files lack it). */
	origin?: string;
}

export interface Passage {
	id: string;
	/** A document id. */
	doc: string;
	/** UTF-16 offsets into the document text. */
	start: number;
	end: number;
	/** Equals the document text sliced at start..end. */
	text: string;
	/** The nearest heading above, if any. */
	heading?: string;
}

/** A span of a document's text, found inside one passage. Offsets are into the DOCUMENT text. */
export interface Span {
	passage: string;
	start: number;
	end: number;
}

export interface Kind {
	id: string;
	label: Bilingual;
	color: string;
	/** Cytoscape node shape; optional so plain contract files stay valid. */
	shape?: string;
}

export interface RelationType {
	id: string;
	label: Bilingual;
	/** What it teaches (tour section, quiz roles); absent in older and imported maps. */
	teaching?: RelationTeaching;
}

export interface GraphAttributes {
	schema: number;
	title: string;
	language: string;
	documents: KgDocument[];
	passages: Passage[];
	kinds: Kind[];
	relations: RelationType[];
}

/** A foreign attribute of a node or an edge, kept with its type (GEXF attvalues, GraphML data, JSON). */
export type PropertyValue = string | number | boolean;
export type Properties = Record<string, PropertyValue>;

export interface NodeAttributes {
	/** Indonesian label as a teacher would write it on the board. */
	label: string;
	/** English gloss. */
	labelEn: string;
	kind: string;
	aliases: string[];
	/** One-sentence explanation in Indonesian, written by us. */
	gloss?: string;
	/** The same explanation in English. */
	glossEn?: string;
	mentions: Span[];
	x?: number;
	y?: number;
	/** The file's colour for this node (hex), drawn instead of the kind's when the view says so. */
	color?: string;
	/** The file's size for this node (positive), relative to the file's other sizes. */
	size?: number;
	/** Everything else the file said about the node, typed. */
	properties?: Properties;
}

export interface EdgeAttributes {
	relation: string;
	evidence: Span[];
	weight?: number;
	/** The file's colour for this edge (hex), kept for export. */
	color?: string;
	properties?: Properties;
}

export type KnowledgeGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;
export type SerializedKnowledgeGraph = SerializedGraph<
	NodeAttributes,
	EdgeAttributes,
	GraphAttributes
>;

export function createKnowledgeGraph(options: GraphOptions = GRAPH_OPTIONS): KnowledgeGraph {
	return new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>(options);
}

// ---------------------------------------------------------------- what file data may say

/** Colours a file may give: hex only, so no text from a file ever becomes more than a colour. */
export const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/** Cytoscape's node shapes (its docs, "node-shape"), less `polygon`, which needs points of its own. */
export const NODE_SHAPES: ReadonlySet<string> = new Set([
	'ellipse', 'triangle', 'round-triangle', 'rectangle', 'round-rectangle', 'bottom-round-rectangle',
	'cut-rectangle', 'barrel', 'rhomboid', 'right-rhomboid', 'diamond', 'round-diamond', 'pentagon',
	'round-pentagon', 'hexagon', 'round-hexagon', 'concave-hexagon', 'heptagon', 'round-heptagon',
	'octagon', 'round-octagon', 'star', 'tag', 'round-tag', 'vee'
]);

/**
 * Ids of documents and passages travel in paths (`/read/ID`) and attributes:
 * letters, digits and `. _ ~ -`, starting with a letter or digit.
 */
export const SAFE_ID = /^[\p{L}\p{N}][\p{L}\p{N}._~-]*$/u;

export const isReservedKey = (key: string) => RESERVED_KEYS.has(key);

/**
 * The first property named `__proto__`, `constructor` or `prototype` anywhere
 * in a value, or the first place nested deeper than the limit or holding
 * more attributes than the limit. Walked with a
 * stack of its own: no depth of input can exhaust the call stack.
 */
export function findUnsafeStructure(value: unknown): ValidationProblem | null {
	const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: '', depth: 0 }];
	while (stack.length > 0) {
		const { value: current, path, depth } = stack.pop()!;
		if (typeof current !== 'object' || current === null) continue;
		if (depth > MAX_NESTING_DEPTH)
			return { path: path || '(root)', message: `nested deeper than ${MAX_NESTING_DEPTH} levels` };
		const entries = Array.isArray(current) ? current.entries() : Object.entries(current);
		if (!Array.isArray(current) && Object.keys(current).length > MAX_ATTRIBUTES)
			return { path: path || '(root)', message: `more than ${MAX_ATTRIBUTES} attributes (${Object.keys(current).length})` };
		for (const [key, child] of entries) {
			const childPath = path === '' ? String(key) : `${path}.${key}`;
			if (typeof key === 'string' && isReservedKey(key)) return { path: childPath, message: `reserved name "${key}"` };
			if (typeof child === 'object' && child !== null) stack.push({ value: child, path: childPath, depth: depth + 1 });
		}
	}
	return null;
}

// ---------------------------------------------------------------- schema

const bilingual = v.object({ id: v.string(), en: v.string() });
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const span = v.object({ passage: v.string(), start: offset, end: offset });
const finite = v.pipe(v.number(), v.finite());
const hexColor = v.pipe(v.string(), v.regex(HEX_COLOR, 'not a hex colour such as #0072B2'));
const properties = v.record(v.string(), v.union([v.string(), finite, v.boolean()]));

const graphAttributesSchema = v.object({
	schema: v.literal(SCHEMA_VERSION),
	title: v.string(),
	language: v.string(),
	documents: v.array(
		v.object({
			id: v.string(),
			source: v.string(),
			title: v.string(),
			language: v.string(),
			text: v.string(),
			origin: v.optional(v.string())
		})
	),
	passages: v.array(
		v.object({
			id: v.string(),
			doc: v.string(),
			start: offset,
			end: offset,
			text: v.string(),
			heading: v.optional(v.string())
		})
	),
	kinds: v.array(
		v.object({ id: v.string(), label: bilingual, color: v.string(), shape: v.optional(v.string()) })
	),
	// A teaching this version cannot read is left out, not a reason to refuse the map.
	relations: v.array(v.object({ id: v.string(), label: bilingual, teaching: v.fallback(v.optional(relationTeachingSchema), undefined) }))
});

const nodeAttributesSchema = v.object({
	label: v.pipe(v.string(), v.minLength(1)),
	labelEn: v.string(),
	kind: v.string(),
	aliases: v.array(v.string()),
	gloss: v.optional(v.string()),
	glossEn: v.optional(v.string()),
	mentions: v.array(span),
	x: v.optional(v.number()),
	y: v.optional(v.number()),
	color: v.optional(hexColor),
	size: v.optional(v.pipe(finite, v.gtValue(0))),
	properties: v.optional(properties),
	// What editing adds (kg/edit/attributes.ts): kept, so an edited map reloads as it was left.
	origin: v.optional(v.literal('teacher')),
	note: v.optional(v.string()),
	hidden: v.optional(v.boolean()),
	pinned: v.optional(v.boolean())
});

const edgeAttributesSchema = v.object({
	relation: v.string(),
	evidence: v.array(span),
	weight: v.optional(finite),
	color: v.optional(hexColor),
	properties: v.optional(properties),
	origin: v.optional(v.literal('teacher')),
	note: v.optional(v.string())
});

const serializedGraphSchema = v.object({
	options: v.optional(
		v.object({
			type: v.optional(v.picklist(['directed', 'mixed'])),
			multi: v.optional(v.boolean()),
			allowSelfLoops: v.optional(v.boolean())
		})
	),
	attributes: graphAttributesSchema,
	nodes: v.array(v.object({ key: v.string(), attributes: nodeAttributesSchema })),
	edges: v.array(
		v.object({
			key: v.optional(v.string()),
			source: v.string(),
			target: v.string(),
			undirected: v.optional(v.boolean()),
			attributes: edgeAttributesSchema
		})
	)
});

/** One thing wrong with a graph file: where (a dot path or a key) and what. */
export interface ValidationProblem {
	path: string;
	message: string;
	/** For a value of the wrong type: the type wanted and the value found, as valibot names them. */
	expected?: string;
	received?: string;
}

export type ValidationResult =
	| { ok: true; graph: KnowledgeGraph }
	| { ok: false; problems: ValidationProblem[] };

/**
 * Checks an untrusted value against the contract (shape first, then the
 * invariants that tie documents, passages, spans, kinds and relations
 * together) and imports it into a fresh graph when it holds.
 */
export function validateSerializedGraph(data: unknown): ValidationResult {
	const unsafe = findUnsafeStructure(data);
	if (unsafe) return { ok: false, problems: [unsafe] };
	const parsed = v.safeParse(serializedGraphSchema, migrateSerializedGraph(data));
	if (!parsed.success) {
		return {
			ok: false,
			problems: parsed.issues.slice(0, 20).map((issue) => ({
				path: v.getDotPath(issue) ?? '(root)',
				message: issue.message,
				...(issue.kind === 'schema' && issue.expected ? { expected: issue.expected, received: issue.received } : {})
			}))
		};
	}
	const problems = checkInvariants(parsed.output as SerializedKnowledgeGraph);
	if (problems.length > 0) return { ok: false, problems };
	const graph = createKnowledgeGraph(optionsOf(parsed.output as SerializedKnowledgeGraph));
	try {
		graph.import(parsed.output as SerializedKnowledgeGraph);
	} catch (error) {
		return { ok: false, problems: [{ path: 'edges', message: String(error) }] };
	}
	return { ok: true, graph };
}

/**
 * A stored or served graph in an older version, brought to this one. Version
 * 1 lacks only what version 2 made optional, so its data stays as it was and
 * only the version number changes; anything that is not a version 1 graph is
 * returned as is for the schema to judge.
 */
export function migrateSerializedGraph(data: unknown): unknown {
	if (typeof data !== 'object' || data === null) return data;
	const { attributes } = data as { attributes?: unknown };
	if (typeof attributes !== 'object' || attributes === null || (attributes as { schema?: unknown }).schema !== 1) return data;
	return { ...data, attributes: { ...attributes, schema: SCHEMA_VERSION } };
}

/** A graph checked before (by the import worker) made again from its serialised form, with its own options. */
export function graphFromSerialized(data: SerializedKnowledgeGraph): KnowledgeGraph {
	const graph = createKnowledgeGraph(optionsOf(data));
	graph.import(data);
	return graph;
}

/** The graph a serialised one needs: its own options, the curated ones when it names none. */
function optionsOf(data: SerializedKnowledgeGraph): GraphOptions {
	return {
		type: data.options?.type === 'mixed' ? 'mixed' : 'directed',
		multi: true,
		allowSelfLoops: data.options?.allowSelfLoops === true
	};
}

/** The cross-reference invariants of DESIGN.md that a schema alone cannot express. */
export function checkInvariants(data: SerializedKnowledgeGraph): ValidationProblem[] {
	const problems: ValidationProblem[] = [];
	const { attributes } = data;
	problems.push(...checkIdSpaces(data));
	for (const [i, kind] of attributes.kinds.entries()) {
		if (!HEX_COLOR.test(kind.color))
			problems.push({ path: `attributes.kinds.${i}.color`, message: `colour "${kind.color}" is not a hex colour such as #0072B2` });
		if (kind.shape !== undefined && !NODE_SHAPES.has(kind.shape))
			problems.push({ path: `attributes.kinds.${i}.shape`, message: `shape "${kind.shape}" is not one of Cytoscape's node shapes` });
	}
	const documents = new Map(attributes.documents.map((d) => [d.id, d]));
	const passages = new Map(attributes.passages.map((p) => [p.id, p]));
	const kinds = new Set(attributes.kinds.map((k) => k.id));
	const relations = new Set(attributes.relations.map((r) => r.id));

	for (const [i, passage] of attributes.passages.entries()) {
		const doc = documents.get(passage.doc);
		const where = `attributes.passages.${i} (${passage.id})`;
		if (!doc) problems.push({ path: where, message: `unknown document "${passage.doc}"` });
		else if (doc.text.slice(passage.start, passage.end) !== passage.text)
			problems.push({ path: where, message: 'text differs from the document slice start..end' });
	}
	const checkSpans = (spans: Span[], where: string) => {
		for (const s of spans) {
			const passage = passages.get(s.passage);
			if (!passage) problems.push({ path: where, message: `unknown passage "${s.passage}"` });
			else if (s.start < passage.start || s.end > passage.end || s.start >= s.end)
				problems.push({
					path: where,
					message: `span ${s.start}..${s.end} is not inside passage ${passage.id} (${passage.start}..${passage.end})`
				});
		}
	};
	const keys = new Set<string>();
	for (const node of data.nodes) {
		const where = `node "${node.key}"`;
		if (keys.has(node.key)) problems.push({ path: where, message: 'duplicate key' });
		if (isReservedKey(node.key)) problems.push({ path: where, message: `reserved name "${node.key}"` });
		if (passages.has(node.key)) problems.push({ path: where, message: `the key is also a passage id` });
		keys.add(node.key);
		if (!kinds.has(node.attributes!.kind))
			problems.push({ path: where, message: `undeclared kind "${node.attributes!.kind}"` });
		checkSpans(node.attributes!.mentions, where);
	}
	const options = optionsOf(data);
	for (const [i, edge] of data.edges.entries()) {
		const where = `edge ${edge.key ?? i} (${edge.source} → ${edge.target})`;
		if (edge.source === edge.target && !options.allowSelfLoops)
			problems.push({ path: where, message: `a self-loop on "${edge.source}", which the graph's options forbid (allowSelfLoops)` });
		if (edge.undirected && options.type !== 'mixed')
			problems.push({ path: where, message: 'an undirected edge in a directed graph (options.type must be "mixed")' });
		if (edge.key !== undefined && isReservedKey(edge.key)) problems.push({ path: where, message: `reserved name "${edge.key}"` });
		if (!keys.has(edge.source)) problems.push({ path: where, message: `unknown source "${edge.source}"` });
		if (!keys.has(edge.target)) problems.push({ path: where, message: `unknown target "${edge.target}"` });
		if (!relations.has(edge.attributes!.relation))
			problems.push({ path: where, message: `undeclared relation "${edge.attributes!.relation}"` });
		checkSpans(edge.attributes!.evidence, where);
	}
	return problems.slice(0, 50);
}

/**
 * Each vocabulary and each list of sources is an id space of its own: ids in
 * it are unique, non-empty and never a reserved name; documents and passages
 * also have the safe syntax (they end up in paths and attributes).
 */
function checkIdSpaces(data: SerializedKnowledgeGraph): ValidationProblem[] {
	const problems: ValidationProblem[] = [];
	const spaces: [string, { id: string }[], boolean][] = [
		['kinds', data.attributes.kinds, false],
		['relations', data.attributes.relations, false],
		['documents', data.attributes.documents, true],
		['passages', data.attributes.passages, true]
	];
	for (const [space, items, safe] of spaces) {
		const seen = new Set<string>();
		for (const [i, { id }] of items.entries()) {
			const path = `attributes.${space}.${i}.id`;
			if (id === '') problems.push({ path, message: 'empty id' });
			else if (isReservedKey(id)) problems.push({ path, message: `reserved name "${id}"` });
			else if (seen.has(id)) problems.push({ path, message: `duplicate id "${id}"` });
			else if (safe && !SAFE_ID.test(id)) problems.push({ path, message: `id "${id}" has characters other than letters, digits and . _ ~ -` });
			seen.add(id);
		}
	}
	return problems;
}
