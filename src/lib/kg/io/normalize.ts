/**
 * Turns any graphology-shaped data (our contract, a plain `graph.export()`, or
 * what the GEXF/GraphML parsers produce) into a graph that satisfies the
 * contract: structural checks first (they name the culprit precisely), then
 * defaults for what plain graphs lack, then the contract validator.
 */
import {
	HEX_COLOR,
	IMPORTED_GRAPH_OPTIONS,
	isReservedKey,
	NODE_SHAPES,
	SAFE_ID,
	SCHEMA_VERSION,
	validateSerializedGraph,
	type GraphAttributes,
	type Kind,
	type NodeAttributes,
	type Properties,
	type PropertyValue,
	type EdgeAttributes,
	type KnowledgeGraph,
	type RelationType,
	type SerializedKnowledgeGraph,
	type Span,
	type ValidationProblem
} from '../model';
import { MAX_NESTING_DEPTH } from './limits';
import { TEACHER_ORIGIN } from '../edit/attributes';
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
	/** graphology's export marks an undirected edge so. */
	undirected?: unknown;
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
 * must land on nodes. Self-loops are fine: imported maps keep them.
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

/** What our own fields are called; every other attribute of a file is a property. */
const NODE_FIELDS = new Set(['label', 'labelEn', 'kind', 'aliases', 'gloss', 'glossEn', 'mentions', 'x', 'y', 'color', 'size', 'properties']);
const EDGE_FIELDS = new Set(['relation', 'evidence', 'weight', 'color', 'properties']);

const byte = (value: string) => Math.max(0, Math.min(255, Math.round(Number(value))));
const hexByte = (value: number) => value.toString(16).padStart(2, '0');

/**
 * A file's colour as hex: hex as it is, `rgb(r,g,b)` / `rgba(r,g,b,a)` (what
 * the GEXF reader makes of viz:color r/g/b) converted; anything else is no colour.
 */
export function toHexColor(value: unknown): string | undefined {
	if (typeof value !== 'string') return undefined;
	const text = value.trim();
	if (HEX_COLOR.test(text)) return text.toLowerCase();
	const rgb = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)$/i.exec(text);
	if (!rgb) return undefined;
	const alpha = rgb[4] === undefined ? '' : hexByte(Math.round(Math.max(0, Math.min(1, Number(rgb[4]))) * 255));
	return '#' + [rgb[1], rgb[2], rgb[3]].map((c) => hexByte(byte(c))).join('') + (alpha === 'ff' ? '' : alpha);
}

/**
 * One foreign value as a property: strings, finite numbers and booleans as
 * they are; anything else (a list, NaN) as its text, so nothing is lost and
 * nothing but text reaches the page.
 */
function toPropertyValue(value: unknown): PropertyValue | undefined {
	if (value === undefined || value === null) return undefined;
	if (typeof value === 'string' || typeof value === 'boolean') return value;
	if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
	return JSON.stringify(value);
}

/** The file's other attributes (and a nested `properties` of our own export), typed. */
function propertiesOf(raw: Loose, fields: Set<string>, also: Loose = {}): Properties | undefined {
	const properties: Properties = {};
	const nested = isRecord(raw.properties) ? raw.properties : {};
	for (const [name, value] of [...Object.entries(also), ...Object.entries(raw).filter(([name]) => !fields.has(name)), ...Object.entries(nested)]) {
		const typed = toPropertyValue(value);
		if (typed !== undefined) properties[name] = typed;
	}
	return Object.keys(properties).length > 0 ? properties : undefined;
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
	const color = toHexColor(raw.color);
	const size = finiteNumber(raw.size);
	if (color !== undefined) attributes.color = color;
	if (size !== undefined && size > 0) attributes.size = size;
	// A colour or size the app cannot use is still what the file said: kept as text.
	const unusable: Loose = {};
	if (raw.color !== undefined && color === undefined) unusable.color = raw.color;
	if (raw.size !== undefined && attributes.size === undefined) unusable.size = raw.size;
	const marks = editMarks(raw);
	Object.assign(attributes, marks);
	const properties = propertiesOf(raw, new Set([...NODE_FIELDS, ...Object.keys(marks)]), unusable);
	if (properties) attributes.properties = properties;
	return attributes;
}

/**
 * What an edited map's own export wrote (origin, note, hidden) read back as such; an `origin`
 * that is not ours ("Jakarta") stays one of the file's properties.
 */
function editMarks(raw: Loose): Pick<NodeAttributes, 'origin' | 'note' | 'hidden'> {
	const marks: Pick<NodeAttributes, 'origin' | 'note' | 'hidden'> = {};
	if (raw.origin === TEACHER_ORIGIN) marks.origin = TEACHER_ORIGIN;
	const note = asString(raw.note);
	if (note) marks.note = note;
	if (raw.hidden === true || raw.hidden === 'true') marks.hidden = true;
	return marks;
}

/**
 * The relation is the file's `relation`, else its edge label or type; when
 * `relation` is there, a `label` beside it is the relation's display name
 * (our GEXF writes one for Gephi) and not kept twice.
 */
export function toEdgeAttributes(raw: Loose = {}): EdgeAttributes {
	const relation = asString(raw.relation) || asString(raw.label) || asString(raw.type) || DEFAULT_RELATION;
	const consumed = new Set(EDGE_FIELDS);
	if (asString(raw.relation)) consumed.add('label');
	else if (asString(raw.label)) consumed.add('label');
	else if (asString(raw.type)) consumed.add('type');
	const attributes: EdgeAttributes = { relation, evidence: spansOf(raw.evidence) };
	const weight = finiteNumber(raw.weight);
	const color = toHexColor(raw.color);
	if (weight !== undefined) attributes.weight = weight;
	if (color !== undefined) attributes.color = color;
	const unusable: Loose = {};
	if (raw.weight !== undefined && weight === undefined) unusable.weight = raw.weight;
	if (raw.color !== undefined && color === undefined) unusable.color = raw.color;
	const { origin, note: teacherNote } = editMarks(raw);
	if (origin) consumed.add('origin');
	if (teacherNote) consumed.add('note');
	Object.assign(attributes, origin ? { origin } : {}, teacherNote ? { note: teacherNote } : {});
	const properties = propertiesOf(raw, consumed, unusable);
	if (properties) attributes.properties = properties;
	return attributes;
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
		if (edge.undirected === true) serialized.undirected = true;
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

/** Self-loops, undirected edges and foreign properties: unusual in a concept map, kept, and said. */
function unusualButKept(graph: KnowledgeGraph): ImportNote[] {
	const notes: ImportNote[] = [];
	const loops = graph.selfLoopCount;
	if (loops > 0) notes.push(note('self-loops-kept', { count: loops }));
	if (graph.undirectedSize > 0) notes.push(note('undirected-kept', { count: graph.undirectedSize }));
	const names = new Set<string>();
	const collect = (_key: string, attributes: { properties?: Properties }) => {
		for (const name of Object.keys(attributes.properties ?? {})) names.add(name);
	};
	graph.forEachNode(collect);
	graph.forEachEdge(collect);
	if (names.size > 0) notes.push(note('properties-kept', { count: names.size, names: sampleList([...names]) }));
	return notes;
}

/** Edges beyond the first between the same two nodes in the same direction: kept, drawn side by side. */
function countParallelEdges(edges: { source: string; target: string; undirected?: boolean }[]): number {
	const pairs = new Set<string>();
	let parallel = 0;
	for (const { source, target, undirected } of edges) {
		const pair = JSON.stringify(undirected ? [source, target].sort() : [source, target]);
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
	if (result.ok) return { ok: true, graph: result.graph, notes: [...notes, ...unusualButKept(result.graph)] };
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
	return { ok: true, data: { ...data, options: optionsFor(data), attributes, nodes: renamed.nodes, edges: renamed.edges } };
}

/**
 * A file that holds self-loops or undirected edges gets the options that carry
 * them, whatever it declared; one without keeps the curated build's, so a
 * curated map round-trips exactly.
 */
function optionsFor(data: Loose): unknown {
	const edges = Array.isArray(data.edges) ? data.edges.filter(isRecord) : [];
	const needed = edges.some((edge) => edge.undirected === true || (edge.source !== undefined && edge.source === edge.target));
	return needed ? IMPORTED_GRAPH_OPTIONS : data.options;
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
	if (problem.message.startsWith('a self-loop on'))
		return { code: 'self-loop', params: { node: quoted }, where: { field } };
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
