/**
 * `applyEdit(graph, command)`: checks a command against the map, applies it, and returns it as
 * applied (generated keys filled in) with its inverse. A refused command throws an
 * `EditError` and leaves the graph as it was: each command checks everything before its first
 * change, and a batch that fails part-way undoes the part it did.
 */
import * as v from 'valibot';
import { findUnsafeStructure, isReservedKey, type EdgeAttributes, type KnowledgeGraph, type NodeAttributes, type Span } from '../model';
import { slugify } from '../text/slug';
import { TEACHER_ORIGIN } from './attributes';
import { checkEndpoints, checkKind, checkLabel, checkLength, checkNewKey, checkRelationType, checkSpan, conceptAt, relationAt } from './checks';
import {
	EDIT_LIMITS,
	editCommandSchema,
	type AddEvidence,
	type AddMention,
	type EditCommand,
	type NodePosition,
	type RemoveEvidence,
	type RemoveMention,
	type StoredRelation
} from './commands';
import { EditError } from './errors';

export interface AppliedEdit {
	/** The command as applied: replaying it gives the same map (generated keys are in it). */
	command: EditCommand;
	/** Applying it undoes the command exactly. */
	inverse: EditCommand;
}

export interface ApplyOptions {
	/**
	 * Whether new text and coordinates must keep within `EDIT_LIMITS` (default). An undo turns
	 * them off: what it puts back was in the map before, and an imported map may hold more.
	 */
	limits?: boolean;
}

/** Checks and applies one edit command (any value: a stored log is not trusted either). */
export function applyEdit(graph: KnowledgeGraph, command: unknown, { limits = true }: ApplyOptions = {}): AppliedEdit {
	const unsafe = findUnsafeStructure(command);
	if (unsafe) {
		const reserved = unsafe.message.startsWith('reserved');
		throw new EditError(reserved ? 'reserved-key' : 'malformed', reserved ? { key: unsafe.path.split('.').at(-1)! } : { path: unsafe.path, problem: unsafe.message }, unsafe.message, unsafe.path);
	}
	const parsed = v.safeParse(editCommandSchema, command);
	if (!parsed.success) {
		const issue = parsed.issues[0];
		const path = v.getDotPath(issue) ?? '';
		throw new EditError('malformed', { path: path || '(command)', problem: issue.message }, `not an edit command: ${issue.message}`, path);
	}
	return apply(graph, parsed.output, limits);
}

// graphology hands out its live attribute objects: each inverse is read before the change it undoes.
function apply(graph: KnowledgeGraph, command: EditCommand, limits: boolean): AppliedEdit {
	const length = (value: string, limit: number, path: string) => limits && checkLength(value, limit, path);
	const coordinates = (x: number, y: number, path: string) => limits && checkCoordinates(x, y, path);
	switch (command.type) {
		case 'addConcept': {
			const { label } = command;
			checkLabel(label, limits);
			checkKind(graph, command.kind);
			if (command.gloss) {
				length(command.gloss.id, EDIT_LIMITS.gloss, 'gloss.id');
				length(command.gloss.en, EDIT_LIMITS.gloss, 'gloss.en');
			}
			if (command.mention) checkSpan(graph, command.mention, 'mention');
			if ((command.x === undefined) !== (command.y === undefined)) {
				const missing = command.x === undefined ? 'x' : 'y';
				throw new EditError('malformed', { path: missing, problem: 'x and y go together' }, 'give both x and y, or neither', missing);
			}
			if (command.x !== undefined) coordinates(command.x, command.y!, '');
			const key = command.key ?? newConceptKey(graph, label.id);
			if (command.key !== undefined) checkNewKey(graph, key, 'concept');
			const attributes: NodeAttributes = {
				label: label.id,
				labelEn: label.en,
				kind: command.kind,
				aliases: [],
				mentions: command.mention ? [{ ...command.mention }] : [],
				origin: TEACHER_ORIGIN
			};
			if (command.gloss?.id.trim()) attributes.gloss = command.gloss.id;
			if (command.gloss?.en.trim()) attributes.glossEn = command.gloss.en;
			if (command.x !== undefined) Object.assign(attributes, { x: command.x, y: command.y });
			graph.addNode(key, attributes);
			return { command: { ...command, key }, inverse: { type: 'deleteConcept', key } };
		}
		case 'renameConcept': {
			const old = conceptAt(graph, command.key);
			const inverse: EditCommand = { type: 'renameConcept', key: command.key, label: { id: old.label, en: old.labelEn } };
			checkLabel(command.label, limits);
			graph.mergeNodeAttributes(command.key, { label: command.label.id, labelEn: command.label.en });
			return { command, inverse };
		}
		case 'setGloss': {
			const old = conceptAt(graph, command.key);
			if (command.gloss !== null) length(command.gloss, EDIT_LIMITS.gloss, 'gloss');
			if (command.glossEn !== null) length(command.glossEn, EDIT_LIMITS.gloss, 'glossEn');
			const inverse: EditCommand = { type: 'setGloss', key: command.key, gloss: old.gloss ?? null, glossEn: old.glossEn ?? null };
			setOrRemove(graph, 'concept', command.key, 'gloss', command.gloss);
			setOrRemove(graph, 'concept', command.key, 'glossEn', command.glossEn);
			return { command, inverse };
		}
		case 'changeKind': {
			const { kind } = conceptAt(graph, command.key);
			checkKind(graph, command.kind);
			graph.setNodeAttribute(command.key, 'kind', command.kind);
			return { command, inverse: { type: 'changeKind', key: command.key, kind } };
		}
		case 'deleteConcept': {
			const attributes = structuredClone(conceptAt(graph, command.key));
			const relations = relationsOf(graph, command.key);
			graph.dropNode(command.key);
			return { command, inverse: { type: 'restoreConcept', key: command.key, attributes, relations } };
		}
		case 'restoreConcept': {
			checkNewKey(graph, command.key, 'concept');
			checkKind(graph, command.attributes.kind, 'attributes.kind');
			command.attributes.mentions.forEach((span, i) => checkSpan(graph, span, `attributes.mentions.${i}`));
			const keys = new Set<string>();
			command.relations.forEach((relation, i) => {
				const path = `relations.${i}`;
				if (relation.source !== command.key && relation.target !== command.key)
					throw new EditError('malformed', { path, problem: `neither end is "${command.key}"` }, `relation ${relation.key} does not touch "${command.key}"`, path);
				if (keys.has(relation.key)) throw new EditError('duplicate-key', { key: relation.key }, `relation "${relation.key}" is listed twice`, `${path}.key`);
				keys.add(relation.key);
				checkRestorableRelation(graph, relation, path, command.key);
			});
			graph.addNode(command.key, structuredClone(command.attributes));
			for (const relation of command.relations) addStoredRelation(graph, relation);
			return { command, inverse: { type: 'deleteConcept', key: command.key } };
		}
		case 'addRelation': {
			checkEndpoints(graph, command.source, command.target);
			checkRelationType(graph, command.relation);
			if (command.evidence) checkSpan(graph, command.evidence, 'evidence');
			const key = command.key ?? newRelationKey(graph, command.source, command.relation, command.target);
			if (command.key !== undefined) checkNewKey(graph, key, 'relation');
			graph.addDirectedEdgeWithKey(key, command.source, command.target, {
				relation: command.relation,
				evidence: command.evidence ? [{ ...command.evidence }] : [],
				origin: TEACHER_ORIGIN
			});
			return { command: { ...command, key }, inverse: { type: 'deleteRelation', key } };
		}
		case 'changeRelationType': {
			const { relation } = relationAt(graph, command.key);
			checkRelationType(graph, command.relation);
			graph.setEdgeAttribute(command.key, 'relation', command.relation);
			return { command, inverse: { type: 'changeRelationType', key: command.key, relation } };
		}
		case 'reverseRelation': {
			relationAt(graph, command.key);
			if (graph.isUndirected(command.key))
				throw new EditError('undirected', { key: command.key }, `relation "${command.key}" is undirected: it has no direction to reverse`, 'key');
			// graphology cannot swap an edge's ends: the edge is put back reversed, key and attributes unchanged.
			const stored = storedRelation(graph, command.key);
			graph.dropEdge(command.key);
			addStoredRelation(graph, { ...stored, source: stored.target, target: stored.source });
			return { command, inverse: command };
		}
		case 'deleteRelation': {
			relationAt(graph, command.key);
			const relation = storedRelation(graph, command.key);
			graph.dropEdge(command.key);
			return { command, inverse: { type: 'restoreRelation', relation } };
		}
		case 'restoreRelation': {
			checkRestorableRelation(graph, command.relation, 'relation');
			addStoredRelation(graph, command.relation);
			return { command, inverse: { type: 'deleteRelation', key: command.relation.key } };
		}
		case 'setNote': {
			const old = command.target === 'concept' ? conceptAt(graph, command.key) : relationAt(graph, command.key);
			if (command.note !== null) length(command.note, EDIT_LIMITS.note, 'note');
			const inverse: EditCommand = { ...command, note: old.note ?? null };
			setOrRemove(graph, command.target, command.key, 'note', command.note);
			return { command, inverse };
		}
		case 'setHidden': {
			const hidden = conceptAt(graph, command.key).hidden === true;
			setOrRemove(graph, 'concept', command.key, 'hidden', command.hidden || null);
			return { command, inverse: { type: 'setHidden', key: command.key, hidden } };
		}
		case 'moveNodes': {
			if (command.positions.length === 0) throw new EditError('empty-batch', {}, 'no positions to move to', 'positions');
			const seen = new Set<string>();
			const inverse: NodePosition[] = command.positions.map((position, i) => {
				const path = `positions.${i}`;
				const old = conceptAt(graph, position.key, `${path}.key`);
				if (seen.has(position.key)) throw new EditError('duplicate-position', { key: position.key }, `"${position.key}" is moved twice`, `${path}.key`);
				seen.add(position.key);
				coordinates(position.x ?? 0, position.y ?? 0, path);
				return { key: position.key, x: old.x ?? null, y: old.y ?? null, pinned: old.pinned === true };
			});
			for (const { key, x, y, pinned } of command.positions) {
				setOrRemove(graph, 'concept', key, 'x', x);
				setOrRemove(graph, 'concept', key, 'y', y);
				if (pinned !== undefined) setOrRemove(graph, 'concept', key, 'pinned', pinned || null);
			}
			return { command, inverse: { type: 'moveNodes', positions: inverse } };
		}
		case 'addAlias': {
			const { aliases, label } = conceptAt(graph, command.key);
			const { alias } = command;
			length(alias, EDIT_LIMITS.alias, 'alias');
			// A new alias must name the concept anew; one put back by an undo (an index) goes back as it was.
			if (command.index === undefined) {
				if (alias.trim() === '') throw new EditError('empty-label', { field: 'alias' }, 'the alias is empty', 'alias');
				const folded = alias.trim().toLocaleLowerCase('id');
				if ([label, ...aliases].some((name) => name.trim().toLocaleLowerCase('id') === folded))
					throw new EditError('duplicate-alias', { key: command.key, alias }, `"${command.key}" is already called "${alias}"`, 'alias');
			}
			const index = checkIndex(command.index, aliases.length);
			graph.setNodeAttribute(command.key, 'aliases', inserted(aliases, index, alias));
			return { command, inverse: { type: 'removeAlias', key: command.key, alias } };
		}
		case 'removeAlias': {
			const { aliases } = conceptAt(graph, command.key);
			const index = aliases.indexOf(command.alias);
			if (index < 0) throw new EditError('unknown-alias', { key: command.key, alias: command.alias }, `"${command.key}" has no alias "${command.alias}"`, 'alias');
			graph.setNodeAttribute(command.key, 'aliases', removed(aliases, index));
			return { command, inverse: { type: 'addAlias', key: command.key, alias: command.alias, index } };
		}
		case 'addMention':
		case 'addEvidence': {
			const spans = spansOf(graph, command);
			spans.set(withSpan(graph, spans.now, command.span, command.index));
			return { command, inverse: { type: spans.remove, key: command.key, span: command.span } };
		}
		case 'removeMention':
		case 'removeEvidence': {
			const spans = spansOf(graph, command);
			const index = spanIndex(spans.now, command.span);
			spans.set(removed(spans.now, index));
			return { command, inverse: { type: spans.add, key: command.key, span: command.span, index } };
		}
		case 'batch':
			return applyBatch(graph, command.commands, limits);
	}
}

function applyBatch(graph: KnowledgeGraph, commands: EditCommand[], limits: boolean): AppliedEdit {
	if (commands.length === 0) throw new EditError('empty-batch', {}, 'a batch with no commands', 'commands');
	if (commands.length > EDIT_LIMITS.batch)
		throw new EditError('too-long', { field: 'commands', length: commands.length, limit: EDIT_LIMITS.batch }, `${commands.length} commands in one batch; at most ${EDIT_LIMITS.batch}`, 'commands');
	const done: AppliedEdit[] = [];
	try {
		commands.forEach((command) => done.push(apply(graph, command, limits)));
	} catch (error) {
		// All or nothing: what the batch did so far is undone, newest first.
		for (const edit of done.reverse()) apply(graph, edit.inverse, false);
		throw error instanceof EditError ? error.within(`commands.${done.length}`) : error;
	}
	return {
		command: { type: 'batch', commands: done.map((edit) => edit.command) },
		inverse: { type: 'batch', commands: done.map((edit) => edit.inverse).reverse() }
	};
}

// ---------------------------------------------------------------- keys

/** A slug of the label, numbered when a concept, a passage or a reserved name has it. */
function newConceptKey(graph: KnowledgeGraph, label: string): string {
	const passages = new Set((graph.getAttribute('passages') ?? []).map((p) => p.id));
	const base = slugify(label);
	let key = base;
	for (let n = 2; graph.hasNode(key) || passages.has(key) || isReservedKey(key); n++) key = `${base}-${n}`;
	return key;
}

function newRelationKey(graph: KnowledgeGraph, source: string, relation: string, target: string): string {
	const base = `${source}--${relation}--${target}`;
	let key = base;
	for (let n = 2; graph.hasEdge(key); n++) key = `${base}-${n}`;
	return key;
}

// ---------------------------------------------------------------- relations as stored

function storedRelation(graph: KnowledgeGraph, key: string): StoredRelation {
	const relation: StoredRelation = { key, source: graph.source(key), target: graph.target(key), attributes: structuredClone(graph.getEdgeAttributes(key)) };
	if (graph.isUndirected(key)) relation.undirected = true;
	return relation;
}

function relationsOf(graph: KnowledgeGraph, node: string): StoredRelation[] {
	return graph.edges(node).map((key) => storedRelation(graph, key));
}

function checkRestorableRelation(graph: KnowledgeGraph, relation: StoredRelation, path: string, restoring?: string): void {
	checkNewKey(graph, relation.key, 'relation', `${path}.key`);
	for (const end of ['source', 'target'] as const)
		if (relation[end] !== restoring) conceptAt(graph, relation[end], `${path}.${end}`);
	if (relation.source === relation.target && !graph.allowSelfLoops)
		throw new EditError('self-loop', { key: relation.source }, `a relation from "${relation.source}" to itself; this map has no self-loops`, `${path}.target`);
	if (relation.undirected && graph.type === 'directed')
		throw new EditError('undirected', { key: relation.key }, `relation "${relation.key}" is undirected and this map is directed`, `${path}.undirected`);
	checkRelationType(graph, relation.attributes.relation, `${path}.attributes.relation`);
	relation.attributes.evidence.forEach((span, i) => checkSpan(graph, span, `${path}.attributes.evidence.${i}`));
}

function addStoredRelation(graph: KnowledgeGraph, { key, source, target, undirected, attributes }: StoredRelation): void {
	const copy: EdgeAttributes = structuredClone(attributes);
	if (undirected) graph.addUndirectedEdgeWithKey(key, source, target, copy);
	else graph.addDirectedEdgeWithKey(key, source, target, copy);
}

// ---------------------------------------------------------------- attribute helpers

type Optional = 'gloss' | 'glossEn' | 'note' | 'hidden' | 'pinned' | 'x' | 'y';

function setOrRemove(graph: KnowledgeGraph, target: 'concept' | 'relation', key: string, name: Optional, value: string | number | boolean | null): void {
	if (target === 'relation') {
		if (value === null) graph.removeEdgeAttribute(key, name as 'note');
		else graph.setEdgeAttribute(key, name as 'note', value as string);
	} else if (value === null) graph.removeNodeAttribute(key, name);
	else graph.setNodeAttribute(key, name, value as never);
}

function checkCoordinates(x: number, y: number, path: string): void {
	for (const [name, value] of [['x', x], ['y', y]] as const)
		if (Math.abs(value) > EDIT_LIMITS.coordinate)
			throw new EditError('malformed', { path: `${path}${path ? '.' : ''}${name}`, problem: `beyond ±${EDIT_LIMITS.coordinate}` }, `${name} = ${value} is beyond ±${EDIT_LIMITS.coordinate}`, `${path}${path ? '.' : ''}${name}`);
}

function checkIndex(index: number | undefined, length: number): number {
	if (index === undefined) return length;
	if (index > length) throw new EditError('malformed', { path: 'index', problem: `beyond the end (${length})` }, `index ${index} is beyond the end of the list (${length})`, 'index');
	return index;
}

/**
 * A span added to a list: a new one (no index) must not be there yet; one put back by an undo
 * (an index) goes where it was, as it was.
 */
function withSpan(graph: KnowledgeGraph, spans: Span[], span: Span, index: number | undefined): Span[] {
	checkSpan(graph, span, 'span');
	if (index === undefined && spans.some((s) => sameSpan(s, span)))
		throw new EditError('duplicate-span', { passage: span.passage, start: span.start, end: span.end }, `span ${span.start}..${span.end} of ${span.passage} is already there`, 'span');
	return inserted(spans, checkIndex(index, spans.length), { ...span });
}

/**
 * A concept's mentions and a relation's evidence are both lists of spans, added and taken out
 * alike: the list a span command changes, how to write it back, and the commands that undo.
 */
function spansOf(graph: KnowledgeGraph, command: AddMention | RemoveMention | AddEvidence | RemoveEvidence) {
	if (command.type === 'addMention' || command.type === 'removeMention') {
		const now = conceptAt(graph, command.key).mentions;
		return { now, set: (spans: Span[]) => graph.setNodeAttribute(command.key, 'mentions', spans), add: 'addMention', remove: 'removeMention' } as const;
	}
	const now = relationAt(graph, command.key).evidence;
	return { now, set: (spans: Span[]) => graph.setEdgeAttribute(command.key, 'evidence', spans), add: 'addEvidence', remove: 'removeEvidence' } as const;
}

function spanIndex(spans: Span[], span: Span): number {
	const index = spans.findIndex((s) => sameSpan(s, span));
	if (index < 0) throw new EditError('unknown-span', { passage: span.passage, start: span.start, end: span.end }, `span ${span.start}..${span.end} of ${span.passage} is not there`, 'span');
	return index;
}

const sameSpan = (a: Span, b: Span) => a.passage === b.passage && a.start === b.start && a.end === b.end;
const inserted = <T>(list: T[], index: number, item: T): T[] => [...list.slice(0, index), item, ...list.slice(index)];
const removed = <T>(list: T[], index: number): T[] => [...list.slice(0, index), ...list.slice(index + 1)];
