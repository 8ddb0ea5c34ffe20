/**
 * JSON: our contract (`static/graph.json`) and plain graphology exports with
 * arbitrary attributes, which get the contract's defaults filled in.
 */
import { findUnsafeStructure, type KnowledgeGraph } from '../model';
import { checkText, failure, lineColumnAt, type ImportResult } from './errors';
import type { SerializeOptions } from './index';
import { findExcessiveNesting, locateJsonSyntaxError } from './json-syntax';
import { MAX_NESTING_DEPTH } from './limits';
import { problemToError } from './normalize';
import { checkStructure, importContract, importLooseGraph, type LooseGraph } from './normalize';

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const typeOf = (value: unknown) => (Array.isArray(value) ? 'list' : value === null ? 'null' : typeof value);

export function parse(text: string): ImportResult {
	const textProblem = checkText(text);
	if (textProblem) return { ok: false, error: textProblem };
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const first = body.trimStart()[0];
	if (first === '<') return failure('wrong-format', { expected: 'JSON', found: 'XML' });

	const nesting = findExcessiveNesting(body, MAX_NESTING_DEPTH);
	if (nesting.offset >= 0)
		return failure('too-deep', { depth: nesting.depth, limit: MAX_NESTING_DEPTH }, lineColumnAt(body, nesting.offset));

	let data: unknown;
	try {
		data = JSON.parse(body);
	} catch (error) {
		const problem = locateJsonSyntaxError(body);
		const at = lineColumnAt(body, problem?.offset ?? 0);
		return failure(
			'malformed-json',
			{ expected: problem?.expected ?? 'value', detail: String((error as Error).message ?? error) },
			at
		);
	}
	if (!isRecord(data) || data.nodes === undefined)
		return failure('wrong-format', { expected: 'graph JSON', found: 'JSON without a "nodes" list' }, { field: 'nodes' });
	// A reserved name anywhere (`"__proto__": …`) is refused before any of it is copied or indexed.
	const unsafe = findUnsafeStructure(data);
	if (unsafe) return { ok: false, error: problemToError(unsafe) };
	// `"edges": {}` is a mistake to report, not an empty list.
	if (!Array.isArray(data.nodes)) return failure('wrong-type', { expected: 'list', found: typeOf(data.nodes) }, { field: 'nodes' });
	if (data.edges !== undefined && !Array.isArray(data.edges))
		return failure('wrong-type', { expected: 'list', found: typeOf(data.edges) }, { field: 'edges' });

	const loose: LooseGraph = {
		attributes: isRecord(data.attributes) ? data.attributes : undefined,
		nodes: data.nodes.map((node) => (isRecord(node) ? node : { key: undefined })) as unknown as LooseGraph['nodes'],
		edges: (Array.isArray(data.edges) ? data.edges : []).map((edge) =>
			isRecord(edge) ? edge : { source: undefined, target: undefined }
		) as unknown as LooseGraph['edges']
	};
	if (isRecord(data.attributes) && 'schema' in data.attributes) {
		// Our own file: check structure for precise culprits, then the full contract, no defaults.
		const structural = checkStructure(loose);
		if (structural) return { ok: false, error: structural };
		return importContract(data);
	}
	return importLooseGraph(loose);
}

export interface JsonSerializeOptions extends SerializeOptions {
	/** Indentation; 0 writes one line. */
	indent?: number;
}

/** The contract file: `graph.export()`, documents and passages included. */
export function serialize(graph: KnowledgeGraph, options: JsonSerializeOptions = {}): string {
	const exported = graph.export();
	const attributes = {
		...exported.attributes,
		documents: exported.attributes.documents ?? [],
		passages: exported.attributes.passages ?? []
	};
	return JSON.stringify({ ...exported, attributes }, null, options.indent ?? 2);
}
