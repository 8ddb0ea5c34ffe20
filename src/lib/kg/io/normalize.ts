/**
 * Turns any graphology-shaped data (our contract, a plain `graph.export()`, or
 * what the GEXF/GraphML parsers produce) into a graph that satisfies the
 * contract: structural checks first (they name the culprit precisely), then
 * defaults for what plain graphs lack, then the contract validator.
 */
import {
	HEX_COLOR,
	isReservedKey,
	NODE_SHAPES,
	SAFE_ID,
	SCHEMA_VERSION,
	validateSerializedGraph,
	type GraphAttributes,
	type Kind,
	type NodeAttributes,
	type EdgeAttributes,
	type RelationType,
	type SerializedKnowledgeGraph,
	type Span,
	type ValidationProblem
} from '../model';
import { MAX_NESTING_DEPTH } from './limits';
import { importError, note, sampleList, type ImportError, type ImportNote, type ImportResult } from './errors';

/** Kinds and relations an import had to invent are drawn in a neutral grey. */
export const NEUTRAL_COLOR = '#9e9e9e';
export const DEFAULT_KIND = 'concept';
export const DEFAULT_RELATION = 'related-to';

type Loose = Record<string, unknown>;

export interface LooseNode {
	key: unknown;
	attributes?: Loose;
}
export interface LooseEdge {
	key?: unknown;
	source: unknown;
	target: unknown;
	attributes?: Loose;
}
export interface LooseGraph {
	attributes?: Loose;
	nodes: LooseNode[];
	edges: LooseEdge[];
}

const isRecord = (value: unknown): value is Loose =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const asString = (value: unknown): string | undefined =>
	typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

/**
 * Keys that must be unique and never a reserved name (graphology indexes its
 * adjacency by key, so `__proto__` would reach Object.prototype), edges that
 * must land on nodes, no self loops (the graph forbids them).
 */
export function checkStructure(data: LooseGraph): ImportError | null {
	const keys = new Set<string>();
	for (const [i, node] of data.nodes.entries()) {
		const key = asString(node.key);
		if (key === undefined || key === '')
			return importError('schema', { problem: 'node without a key' }, { field: `nodes.${i}.key` });
		if (isReservedKey(key)) return importError('reserved-key', { key }, { field: `nodes.${i}.key` });
		if (keys.has(key)) return importError('duplicate-node', { key }, { field: `nodes.${i}.key` });
		keys.add(key);
	}
	const edgeKeys = new Set<string>();
	for (const [i, edge] of data.edges.entries()) {
		const source = asString(edge.source) ?? '';
		const target = asString(edge.target) ?? '';
		const key = asString(edge.key);
		if (key !== undefined) {
			if (isReservedKey(key)) return importError('reserved-key', { key }, { field: `edges.${i}.key` });
			if (edgeKeys.has(key)) return importError('duplicate-edge', { key }, { field: `edges.${i}.key` });
			edgeKeys.add(key);
		}
		for (const [end, node] of [
			['source', source],
			['target', target]
		] as const)
			if (!keys.has(node))
				return importError(
					'dangling-edge',
					{ key: key ?? String(i), end, node },
					{ field: `edges.${i}.${end}` }
				);
		if (source === target) return importError('self-loop', { node: source }, { field: `edges.${i}` });
	}
	return null;
}

function spansOf(value: unknown): Span[] {
	return Array.isArray(value) ? (value as Span[]) : [];
}

function stringList(value: unknown): string[] {
	if (Array.isArray(value)) return value.map((item) => String(item));
	if (typeof value === 'string' && value !== '') return value.split(/\s*\|\s*/);
	return [];
}

function finiteNumber(value: unknown): number | undefined {
	const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}

export function toNodeAttributes(key: string, raw: Loose = {}): NodeAttributes {
	const attributes: NodeAttributes = {
		label: asString(raw.label) || key,
		labelEn: asString(raw.labelEn) ?? '',
		kind: asString(raw.kind) || DEFAULT_KIND,
		aliases: stringList(raw.aliases),
		mentions: spansOf(raw.mentions)
	};
	const gloss = asString(raw.gloss);
	const glossEn = asString(raw.glossEn);
	if (gloss !== undefined) attributes.gloss = gloss;
	if (glossEn !== undefined) attributes.glossEn = glossEn;
	const x = finiteNumber(raw.x);
	const y = finiteNumber(raw.y);
	if (x !== undefined) attributes.x = x;
	if (y !== undefined) attributes.y = y;
	return attributes;
}

export function toEdgeAttributes(raw: Loose = {}): EdgeAttributes {
	return {
		relation: asString(raw.relation) || asString(raw.label) || asString(raw.type) || DEFAULT_RELATION,
		evidence: spansOf(raw.evidence)
	};
}

function arrayOr<T>(value: unknown): T[] {
	return Array.isArray(value) ? (value as T[]) : [];
}

/**
 * Declares every kind and relation in use that the file did not declare, so a
 * plain graph becomes valid; declared ones are kept untouched.
 */
export function completeAttributes(
	raw: Loose | undefined,
	nodes: NodeAttributes[],
	edges: EdgeAttributes[]
): GraphAttributes {
	const source = raw ?? {};
	const kinds = arrayOr<Kind>(source.kinds);
	const relations = arrayOr<RelationType>(source.relations);
	const declaredKinds = new Set(kinds.map((kind) => kind?.id));
	const declaredRelations = new Set(relations.map((relation) => relation?.id));
	for (const { kind } of nodes)
		if (!declaredKinds.has(kind)) {
			declaredKinds.add(kind);
			kinds.push({ id: kind, label: { id: kind, en: kind }, color: NEUTRAL_COLOR });
		}
	for (const { relation } of edges)
		if (!declaredRelations.has(relation)) {
			declaredRelations.add(relation);
			relations.push({ id: relation, label: { id: relation, en: relation } });
		}
	return {
		schema: SCHEMA_VERSION,
		title: asString(source.title) ?? asString(source.name) ?? '',
		language: asString(source.language) ?? 'id',
		documents: arrayOr(source.documents),
		passages: arrayOr(source.passages),
		kinds,
		relations
	};
}

/** A plain graph (any attributes) → contract graph, defaults filled in, what was changed noted. */
export function importLooseGraph(data: LooseGraph): ImportResult {
	const structural = checkStructure(data);
	if (structural) return { ok: false, error: structural };
	const notes: ImportNote[] = [];
	let droppedPositions = 0;
	const nodes = data.nodes.map((node) => {
		const raw = isRecord(node.attributes) ? node.attributes : {};
		const attributes = toNodeAttributes(String(node.key), raw);
		if ((raw.x !== undefined && attributes.x === undefined) || (raw.y !== undefined && attributes.y === undefined)) {
			droppedPositions++;
			delete attributes.x;
			delete attributes.y;
		}
		return { key: String(node.key), attributes };
	});
	if (droppedPositions > 0) notes.push(note('positions-dropped', { count: droppedPositions }));
	const edges = data.edges.map((edge) => {
		const serialized: SerializedKnowledgeGraph['edges'][number] = {
			source: String(edge.source),
			target: String(edge.target),
			attributes: toEdgeAttributes(isRecord(edge.attributes) ? edge.attributes : {})
		};
		if (edge.key !== undefined && edge.key !== null) serialized.key = String(edge.key);
		return serialized;
	});
	const parallel = countParallelEdges(edges);
	if (parallel > 0) notes.push(note('parallel-edges', { count: parallel }));
	const declared = data.attributes ?? {};
	const declaredKinds = arrayOr<Kind>(declared.kinds).length;
	const declaredRelations = arrayOr<RelationType>(declared.relations).length;
	const attributes = completeAttributes(
		data.attributes,
		nodes.map((node) => node.attributes),
		edges.map((edge) => edge.attributes!)
	);
	// Invented vocabularies are only news when the file declared one of its own.
	const addedKinds = attributes.kinds.slice(declaredKinds).map((kind) => kind.id);
	if (declaredKinds > 0 && addedKinds.length > 0)
		notes.push(note('kinds-added', { count: addedKinds.length, names: sampleList(addedKinds) }));
	const addedRelations = attributes.relations.slice(declaredRelations).map((relation) => relation.id);
	if (declaredRelations > 0 && addedRelations.length > 0)
		notes.push(note('relations-added', { count: addedRelations.length, names: sampleList(addedRelations) }));
	return importContract({ attributes, nodes, edges }, notes);
}

/** Edges beyond the first between the same two nodes in the same direction: kept, drawn side by side. */
function countParallelEdges(edges: { source: string; target: string }[]): number {
	const pairs = new Set<string>();
	let parallel = 0;
	for (const { source, target } of edges) {
		const pair = JSON.stringify([source, target]);
		if (pairs.has(pair)) parallel++;
		else pairs.add(pair);
	}
	return parallel;
}

/**
 * Contract data → graph, with the validator's problems turned into import
 * errors. What a file may say but the app cannot use as is (a colour that is
 * not a hex colour, an unknown shape, a document id with a slash) is made
 * safe first, and noted.
 */
export function importContract(data: unknown, notes: ImportNote[] = []): ImportResult {
	const safe = makeSafe(data, notes);
	if (!safe.ok) return safe;
	const result = validateSerializedGraph(safe.data);
	if (result.ok) return { ok: true, graph: result.graph, notes };
	return { ok: false, error: problemToError(result.problems[0], result.problems.length) };
}

type Safe = { ok: true; data: unknown } | { ok: false; error: ImportError };

/** Replaces unusable colours and shapes, and renames unsafe document and passage ids, on a copy. */
function makeSafe(data: unknown, notes: ImportNote[]): Safe {
	if (!isRecord(data) || !isRecord(data.attributes)) return { ok: true, data };
	const attributes = { ...data.attributes };
	if (Array.isArray(attributes.kinds)) {
		const colours: string[] = [];
		const shapes: string[] = [];
		attributes.kinds = attributes.kinds.map((kind: unknown) => {
			if (!isRecord(kind)) return kind;
			const safeKind = { ...kind };
			if (typeof kind.color !== 'string' || !HEX_COLOR.test(kind.color)) {
				colours.push(String(kind.id));
				safeKind.color = NEUTRAL_COLOR;
			}
			if (kind.shape !== undefined && (typeof kind.shape !== 'string' || !NODE_SHAPES.has(kind.shape))) {
				shapes.push(String(kind.id));
				delete safeKind.shape;
			}
			return safeKind;
		});
		if (colours.length) notes.push(note('colors-replaced', { count: colours.length, names: sampleList(colours) }));
		if (shapes.length) notes.push(note('shapes-replaced', { count: shapes.length, names: sampleList(shapes) }));
	}
	const renamed = renameUnsafeIds(data, attributes);
	if (renamed.count > 0) notes.push(note('ids-renamed', { count: renamed.count, names: sampleList(renamed.names) }));
	return { ok: true, data: { ...data, attributes, nodes: renamed.nodes, edges: renamed.edges } };
}

/**
 * Documents and passages whose ids cannot go into a path (an article URL as
 * id) or that equal a node key get safe ids, and every reference follows.
 */
function renameUnsafeIds(
	data: Loose,
	attributes: Loose
): { count: number; names: string[]; nodes: unknown; edges: unknown } {
	const nodeKeys = new Set(Array.isArray(data.nodes) ? data.nodes.map((node) => (isRecord(node) ? node.key : undefined)) : []);
	const names: string[] = [];
	const rename = (list: unknown, space: 'documents' | 'passages', prefix: string) => {
		const mapping = new Map<string, string>();
		if (!Array.isArray(list)) return { list, mapping };
		const used = new Set(list.map((item) => (isRecord(item) ? item.id : undefined)));
		const next = list.map((item, i) => {
			if (!isRecord(item) || typeof item.id !== 'string' || item.id === '') return item;
			const unsafe = !SAFE_ID.test(item.id) || (space === 'passages' && nodeKeys.has(item.id));
			if (!unsafe || mapping.has(item.id)) return item;
			let id = `${prefix}-${i + 1}`;
			for (let n = 2; used.has(id) || nodeKeys.has(id); n++) id = `${prefix}-${i + 1}-${n}`;
			used.add(id);
			mapping.set(item.id, id);
			names.push(item.id);
			return { ...item, id };
		});
		return { list: next, mapping };
	};
	const documents = rename(attributes.documents, 'documents', 'doc');
	const passages = rename(attributes.passages, 'passages', 'passage');
	if (documents.mapping.size === 0 && passages.mapping.size === 0)
		return { count: 0, names, nodes: data.nodes, edges: data.edges };
	attributes.documents = documents.list;
	attributes.passages = Array.isArray(passages.list)
		? passages.list.map((passage) =>
				isRecord(passage) && typeof passage.doc === 'string' && documents.mapping.has(passage.doc)
					? { ...passage, doc: documents.mapping.get(passage.doc) }
					: passage
			)
		: passages.list;
	const respan = (spans: unknown) =>
		Array.isArray(spans)
			? spans.map((span) =>
					isRecord(span) && typeof span.passage === 'string' && passages.mapping.has(span.passage)
						? { ...span, passage: passages.mapping.get(span.passage) }
						: span
				)
			: spans;
	const withSpans = (list: unknown, field: 'mentions' | 'evidence') =>
		Array.isArray(list)
			? list.map((element) =>
					isRecord(element) && isRecord(element.attributes)
						? { ...element, attributes: { ...element.attributes, [field]: respan(element.attributes[field]) } }
						: element
				)
			: list;
	return {
		count: documents.mapping.size + passages.mapping.size,
		names,
		nodes: withSpans(data.nodes, 'mentions'),
		edges: withSpans(data.edges, 'evidence')
	};
}

/** valibot's names for a type or a received value ("Array", "5", '"x"') as the messages' type names. */
function typeOfName(name: string | undefined): string {
	if (name === undefined || name === 'undefined') return 'missing';
	if (name === 'Array') return 'list';
	if (name === 'Object') return 'object';
	if (name === 'null' || name === 'string' || name === 'number' || name === 'boolean') return name;
	if (name.startsWith('"')) return 'string';
	if (name === 'true' || name === 'false') return 'boolean';
	if (!Number.isNaN(Number(name))) return 'number';
	return name;
}

export function problemToError(problem: ValidationProblem, count = 1): ImportError {
	const field = problem.path;
	const quoted = /"([^"]*)"/.exec(problem.message)?.[1] ?? '';
	const nodeKey = /^node "(.*)"$/.exec(field)?.[1];
	if (problem.message.startsWith('undeclared kind'))
		return { code: 'unknown-kind', params: { kind: quoted, node: nodeKey ?? '' }, where: { field } };
	if (problem.message.startsWith('undeclared relation'))
		return { code: 'unknown-relation', params: { relation: quoted }, where: { field } };
	if (problem.message === 'duplicate key')
		return { code: 'duplicate-node', params: { key: nodeKey ?? '' }, where: { field } };
	if (/^unknown (source|target)/.test(problem.message))
		return { code: 'dangling-edge', params: { node: quoted, key: '', end: '' }, where: { field } };
	if (problem.expected !== undefined)
		return { code: 'wrong-type', params: { expected: typeOfName(problem.expected), found: typeOfName(problem.received) }, where: { field } };
	if (problem.message.startsWith('reserved name')) return { code: 'reserved-key', params: { key: quoted }, where: { field } };
	if (problem.message.startsWith('duplicate id')) return { code: 'duplicate-id', params: { id: quoted }, where: { field } };
	if (problem.message === 'empty id') return { code: 'empty-id', params: {}, where: { field } };
	const attributes = /^more than (\d+) attributes \((\d+)\)$/.exec(problem.message);
	if (attributes) return { code: 'too-many-attributes', params: { count: Number(attributes[2]), limit: Number(attributes[1]) }, where: { field } };
	if (problem.message.startsWith('nested deeper'))
		return { code: 'too-deep', params: { limit: MAX_NESTING_DEPTH }, where: { field } };
	return { code: 'schema', params: { problem: problem.message, count }, where: { field } };
}
