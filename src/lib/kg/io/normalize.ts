/**
 * Turns any graphology-shaped data (our contract, a plain `graph.export()`, or
 * what the GEXF/GraphML parsers produce) into a graph that satisfies the
 * contract: structural checks first (they name the culprit precisely), then
 * defaults for what plain graphs lack, then the contract validator.
 */
import {
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
import { importError, type ImportError, type ImportResult } from './errors';

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

/** Keys that must be unique, edges that must land on nodes, no self loops (the graph forbids them). */
export function checkStructure(data: LooseGraph): ImportError | null {
	const keys = new Set<string>();
	for (const [i, node] of data.nodes.entries()) {
		const key = asString(node.key);
		if (key === undefined || key === '')
			return importError('schema', { problem: 'node without a key' }, { field: `nodes.${i}.key` });
		if (keys.has(key)) return importError('duplicate-node', { key }, { field: `nodes.${i}.key` });
		keys.add(key);
	}
	const edgeKeys = new Set<string>();
	for (const [i, edge] of data.edges.entries()) {
		const source = asString(edge.source) ?? '';
		const target = asString(edge.target) ?? '';
		const key = asString(edge.key);
		if (key !== undefined) {
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

/** A plain graph (any attributes) → contract graph, defaults filled in. */
export function importLooseGraph(data: LooseGraph): ImportResult {
	const structural = checkStructure(data);
	if (structural) return { ok: false, error: structural };
	const nodes = data.nodes.map((node) => ({
		key: String(node.key),
		attributes: toNodeAttributes(String(node.key), isRecord(node.attributes) ? node.attributes : {})
	}));
	const edges = data.edges.map((edge) => {
		const serialized: SerializedKnowledgeGraph['edges'][number] = {
			source: String(edge.source),
			target: String(edge.target),
			attributes: toEdgeAttributes(isRecord(edge.attributes) ? edge.attributes : {})
		};
		if (edge.key !== undefined && edge.key !== null) serialized.key = String(edge.key);
		return serialized;
	});
	const attributes = completeAttributes(
		data.attributes,
		nodes.map((node) => node.attributes),
		edges.map((edge) => edge.attributes!)
	);
	return importContract({ attributes, nodes, edges });
}

/** Contract data → graph, with the validator's problems turned into import errors. */
export function importContract(data: unknown): ImportResult {
	const result = validateSerializedGraph(data);
	if (result.ok) return { ok: true, graph: result.graph };
	return { ok: false, error: problemToError(result.problems[0], result.problems.length) };
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
	return { code: 'schema', params: { problem: problem.message, count }, where: { field } };
}
