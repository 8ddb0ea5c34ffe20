/**
 * The graph contract (DESIGN.md, `static/graph.json`): its types, the graphology
 * aliases over them, and the schema that checks a loaded file.
 */
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import * as v from 'valibot';

export const SCHEMA_VERSION = 1;
export const GRAPH_OPTIONS = { type: 'directed', multi: true, allowSelfLoops: false } as const;

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
}

export interface EdgeAttributes {
	relation: string;
	evidence: Span[];
}

export type KnowledgeGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;
export type SerializedKnowledgeGraph = SerializedGraph<
	NodeAttributes,
	EdgeAttributes,
	GraphAttributes
>;

export function createKnowledgeGraph(): KnowledgeGraph {
	return new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>(GRAPH_OPTIONS);
}

// ---------------------------------------------------------------- schema

const bilingual = v.object({ id: v.string(), en: v.string() });
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const span = v.object({ passage: v.string(), start: offset, end: offset });

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
	relations: v.array(v.object({ id: v.string(), label: bilingual }))
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
	y: v.optional(v.number())
});

const edgeAttributesSchema = v.object({ relation: v.string(), evidence: v.array(span) });

const serializedGraphSchema = v.object({
	options: v.optional(
		v.object({
			type: v.optional(v.string()),
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
			attributes: edgeAttributesSchema
		})
	)
});

/** One thing wrong with a graph file: where (a dot path or a key) and what. */
export interface ValidationProblem {
	path: string;
	message: string;
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
	const parsed = v.safeParse(serializedGraphSchema, data);
	if (!parsed.success) {
		return {
			ok: false,
			problems: parsed.issues.slice(0, 20).map((issue) => ({
				path: v.getDotPath(issue) ?? '(root)',
				message: issue.message
			}))
		};
	}
	const problems = checkInvariants(parsed.output as SerializedKnowledgeGraph);
	if (problems.length > 0) return { ok: false, problems };
	const graph = createKnowledgeGraph();
	try {
		graph.import(parsed.output as SerializedKnowledgeGraph);
	} catch (error) {
		return { ok: false, problems: [{ path: 'edges', message: String(error) }] };
	}
	return { ok: true, graph };
}

/** The cross-reference invariants of DESIGN.md that a schema alone cannot express. */
export function checkInvariants(data: SerializedKnowledgeGraph): ValidationProblem[] {
	const problems: ValidationProblem[] = [];
	const { attributes } = data;
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
		keys.add(node.key);
		if (!kinds.has(node.attributes!.kind))
			problems.push({ path: where, message: `undeclared kind "${node.attributes!.kind}"` });
		checkSpans(node.attributes!.mentions, where);
	}
	for (const [i, edge] of data.edges.entries()) {
		const where = `edge ${edge.key ?? i} (${edge.source} → ${edge.target})`;
		if (!keys.has(edge.source)) problems.push({ path: where, message: `unknown source "${edge.source}"` });
		if (!keys.has(edge.target)) problems.push({ path: where, message: `unknown target "${edge.target}"` });
		if (!relations.has(edge.attributes!.relation))
			problems.push({ path: where, message: `undeclared relation "${edge.attributes!.relation}"` });
		checkSpans(edge.attributes!.evidence, where);
	}
	return problems.slice(0, 50);
}
