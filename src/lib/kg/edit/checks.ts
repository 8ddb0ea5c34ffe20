/**
 * The checks every edit runs before it touches the graph, each failing with an `EditError` that
 * names the culprit: the concept, relation, kind, relation type or passage that is not there, the
 * key that is taken or reserved, the text that is empty or too long.
 */
import { isReservedKey, type Bilingual, type EdgeAttributes, type KnowledgeGraph, type NodeAttributes, type Span } from '../model';
import { EDIT_LIMITS } from './commands';
import { EditError } from './errors';

export function conceptAt(graph: KnowledgeGraph, key: string, path = 'key'): NodeAttributes {
	if (!graph.hasNode(key)) throw new EditError('unknown-concept', { key }, `there is no concept "${key}" in this map`, path);
	return graph.getNodeAttributes(key);
}

export function relationAt(graph: KnowledgeGraph, key: string, path = 'key'): EdgeAttributes {
	if (!graph.hasEdge(key)) throw new EditError('unknown-relation', { key }, `there is no relation "${key}" in this map`, path);
	return graph.getEdgeAttributes(key);
}

export function checkKind(graph: KnowledgeGraph, kind: string, path = 'kind'): void {
	const kinds = graph.getAttribute('kinds') ?? [];
	if (!kinds.some((k) => k.id === kind))
		throw new EditError('unknown-kind', { kind, known: kinds.map((k) => k.id).join(', ') }, `"${kind}" is not one of the map's kinds (${kinds.map((k) => k.id).join(', ')})`, path);
}

export function checkRelationType(graph: KnowledgeGraph, relation: string, path = 'relation'): void {
	const relations = graph.getAttribute('relations') ?? [];
	if (!relations.some((r) => r.id === relation))
		throw new EditError(
			'unknown-relation-type',
			{ relation, known: relations.map((r) => r.id).join(', ') },
			`"${relation}" is not one of the map's relation types (${relations.map((r) => r.id).join(', ')})`,
			path
		);
}

export function checkLength(value: string, limit: number, path: string): void {
	if (value.length > limit)
		throw new EditError('too-long', { field: path, length: value.length, limit }, `${value.length} characters; at most ${limit}`, path);
}

/** A label: the Indonesian one may not be empty (the contract's rule). Stored as given, so an inverse puts back exactly what was. */
export function checkLabel(label: Bilingual, limits: boolean, path = 'label'): void {
	if (label.id === '') throw new EditError('empty-label', { field: `${path}.id` }, 'the Indonesian label is empty', `${path}.id`);
	if (!limits) return;
	checkLength(label.id, EDIT_LIMITS.label, `${path}.id`);
	checkLength(label.en, EDIT_LIMITS.label, `${path}.en`);
}

/** A key for something new: not empty, not reserved, not taken (nor a passage id, for a concept). */
export function checkNewKey(graph: KnowledgeGraph, key: string, of: 'concept' | 'relation', path = 'key'): void {
	if (key === '') throw new EditError('malformed', { path, problem: 'empty key' }, 'the key is empty', path);
	if (isReservedKey(key)) throw new EditError('reserved-key', { key }, `"${key}" is a reserved name and cannot be a key`, path);
	checkLength(key, EDIT_LIMITS.key, path);
	if (of === 'concept' ? graph.hasNode(key) : graph.hasEdge(key))
		throw new EditError('duplicate-key', { key }, `the map already has a ${of} "${key}"`, path);
	if (of === 'concept' && (graph.getAttribute('passages') ?? []).some((p) => p.id === key))
		throw new EditError('duplicate-key', { key }, `"${key}" is a passage id; a concept key must differ from every passage id`, path);
}

/** A span lies inside one of the map's passages (offsets into the document text), not empty. */
export function checkSpan(graph: KnowledgeGraph, span: Span, path: string): void {
	const passage = passageOf(graph, span.passage);
	if (!passage) throw new EditError('unknown-passage', { passage: span.passage }, `there is no passage "${span.passage}" in this map`, `${path}.passage`);
	if (!(passage.start <= span.start && span.start < span.end && span.end <= passage.end))
		throw new EditError(
			'span-outside-passage',
			{ passage: passage.id, start: span.start, end: span.end, passageStart: passage.start, passageEnd: passage.end },
			`span ${span.start}..${span.end} is not a non-empty part of passage ${passage.id} (${passage.start}..${passage.end})`,
			path
		);
}

export function checkEndpoints(graph: KnowledgeGraph, source: string, target: string): void {
	conceptAt(graph, source, 'source');
	conceptAt(graph, target, 'target');
	if (source === target && !graph.allowSelfLoops)
		throw new EditError('self-loop', { key: source }, `a relation from "${source}" to itself; this map has no self-loops`, 'target');
}

/** The text a span covers, from its passage. */
export function spanText(graph: KnowledgeGraph, span: Span): string {
	const passage = passageOf(graph, span.passage);
	return passage ? passage.text.slice(span.start - passage.start, span.end - passage.start) : '';
}

const passageOf = (graph: KnowledgeGraph, id: string) => (graph.getAttribute('passages') ?? []).find((p) => p.id === id);

/** Text on one line, its runs of white space as single spaces (a selection spanning a line break). */
export const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
