/**
 * How GEXF and GraphML carry what they have no type for: JSON strings in
 * string attributes, decoded back with the field named when one is broken.
 */
import { SCHEMA_VERSION, type KnowledgeGraph } from '../model';
import type Graph from 'graphology';
import { failure, type ImportError, type ImportResult } from './errors';
import { importLooseGraph, toHexColor } from './normalize';

/** The name of the graph attribute holding all contract graph attributes as JSON. */
export const GRAPH_ATTRIBUTES_FIELD = 'kgattributes';

/** The processing instruction that carries our graph attributes in GEXF, which has no graph attributes. */
export const ATTRIBUTES_INSTRUCTION = 'peta-konsep-attributes';

/**
 * The instruction's text. JSON escapes every control character; `?>` (which
 * would end the instruction) and the two non-characters XML forbids can only
 * sit inside JSON strings, where an escape means the same.
 */
export function writeAttributesInstruction(json: string): string {
	const safe = json.replace(/\?>/g, '?\\u003e').replace(/\ufffe/g, '\\ufffe').replace(/\uffff/g, '\\uffff');
	return `<?${ATTRIBUTES_INSTRUCTION} ${safe}?>\n`;
}

export function readAttributesInstruction(document: Document): string | null {
	for (const node of Array.from(document.childNodes))
		if (node.nodeType === 7 && (node as ProcessingInstruction).target === ATTRIBUTES_INSTRUCTION) return (node as ProcessingInstruction).data;
	return null;
}

type Decoded =
	| { ok: true; attributes: Record<string, unknown> }
	| { ok: false; error: ImportError };

export function encodeGraphAttributes(graph: KnowledgeGraph): Record<string, string> {
	const attributes = graph.getAttributes();
	return {
		creator: 'Peta Konsep',
		title: attributes.title ?? '',
		description: attributes.title ?? '',
		[GRAPH_ATTRIBUTES_FIELD]: JSON.stringify({
			...attributes,
			documents: attributes.documents ?? [],
			passages: attributes.passages ?? []
		})
	};
}

function decodeJson(value: unknown, field: string): { ok: true; value: unknown } | { ok: false; error: ImportError } {
	if (typeof value !== 'string') return { ok: true, value };
	try {
		return { ok: true, value: JSON.parse(value) };
	} catch {
		return failure('schema', { problem: 'the value is not valid JSON' }, { field });
	}
}

/** Graph attributes: ours from the JSON field, a foreign file's title from its metadata. */
export function decodeGraphAttributes(raw: Record<string, unknown>): Decoded {
	const encoded = raw[GRAPH_ATTRIBUTES_FIELD];
	if (encoded === undefined) {
		const title = raw.title ?? raw.description ?? '';
		return { ok: true, attributes: { schema: SCHEMA_VERSION, title } };
	}
	const decoded = decodeJson(encoded, GRAPH_ATTRIBUTES_FIELD);
	if (!decoded.ok) return decoded;
	if (typeof decoded.value !== 'object' || decoded.value === null || Array.isArray(decoded.value))
		return failure('schema', { problem: 'the value is not an object' }, { field: GRAPH_ATTRIBUTES_FIELD });
	return { ok: true, attributes: decoded.value as Record<string, unknown> };
}

/**
 * Node or edge attributes: the JSON fields decoded, exact aliases preferred over
 * the joined column (an alias may itself contain " | ").
 */
export function decodeElementAttributes(
	raw: Record<string, unknown>,
	jsonFields: string[],
	path: string
): Decoded {
	const attributes: Record<string, unknown> = { ...raw };
	for (const field of [...jsonFields, 'aliasesJson']) {
		if (!(field in attributes)) continue;
		const decoded = decodeJson(attributes[field], `${path}.${field}`);
		if (!decoded.ok) return decoded;
		attributes[field] = decoded.value;
	}
	if (Array.isArray(attributes.aliasesJson)) attributes.aliases = attributes.aliasesJson;
	delete attributes.aliasesJson;
	return { ok: true, attributes };
}

/** A graph read from GEXF or GraphML, its JSON-encoded attributes decoded, imported as our graph. */
export function importDecodedGraph(parsed: Graph): ImportResult {
	const exported = parsed.export();
	const attributes = decodeGraphAttributes(exported.attributes);
	if (!attributes.ok) return attributes;
	// Our writer gives Gephi each node its kind's colour; read back, that colour says nothing of the node.
	const ours = GRAPH_ATTRIBUTES_FIELD in exported.attributes;
	// Centrality is written for Gephi and computed anew on every export: not a property of the map.
	const derived = ours ? ['centrality'] : [];
	const kindColors = new Map(
		(Array.isArray(attributes.attributes.kinds) ? attributes.attributes.kinds : []).map((kind: { id?: unknown; color?: unknown }) => [kind?.id, kind?.color])
	);
	const nodes = [];
	for (const [i, node] of exported.nodes.entries()) {
		const decoded = decodeElementAttributes(node.attributes ?? {}, ['mentions'], `nodes.${i}`);
		if (!decoded.ok) return decoded;
		const { color, kind } = decoded.attributes;
		if (ours && color !== undefined && toHexColor(color) === toHexColor(kindColors.get(kind))) delete decoded.attributes.color;
		for (const name of derived) delete decoded.attributes[name];
		// GEXF 1.2 positions need a z; a flat map's z of 0 says nothing.
		if (decoded.attributes.z === 0) delete decoded.attributes.z;
		nodes.push({ key: node.key, attributes: decoded.attributes });
	}
	const edges = [];
	for (const [i, edge] of exported.edges.entries()) {
		const decoded = decodeElementAttributes(edge.attributes ?? {}, ['evidence'], `edges.${i}`);
		if (!decoded.ok) return decoded;
		// graphology's export marks undirected edges only in mixed graphs.
		edges.push({ ...edge, ...(parsed.type === 'undirected' ? { undirected: true } : {}), attributes: decoded.attributes });
	}
	return importLooseGraph({ attributes: attributes.attributes, nodes, edges });
}
