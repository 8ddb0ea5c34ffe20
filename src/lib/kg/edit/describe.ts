/**
 * What an edit did, in words for the history list ("Riwayat"): an i18n message key and its
 * parameters, labels kept in both languages so the list follows the UI language. Worked out when
 * the edit is applied, while the labels of what it touched (a deleted concept too) are at hand.
 */
import type { Lang } from '../lang';
import type { Bilingual, KnowledgeGraph, Span } from '../model';
import type { AppliedEdit } from './apply';
import { oneLine, spanText } from './checks';
import type { EditCommand, StoredRelation } from './commands';
import { EDIT_ERROR_CODES, type EditError } from './errors';

export const EDIT_HISTORY_MESSAGES = [
	'addConcept', 'renameConcept', 'setGloss', 'changeKind', 'deleteConcept', 'restoreConcept',
	'addRelation', 'changeRelationType', 'reverseRelation', 'deleteRelation', 'restoreRelation',
	'noteConcept', 'noteRelation', 'hide', 'unhide', 'moveNode', 'moveNodes', 'unpinNode', 'unpinNodes',
	'addAlias', 'removeAlias', 'addMention', 'removeMention', 'addEvidence', 'removeEvidence',
	'deleteSelection', 'changeKinds', 'hideMany', 'unhideMany', 'batch'
] as const;

export type EditHistoryMessageKey = `edit.history.${(typeof EDIT_HISTORY_MESSAGES)[number]}`;
export type EditErrorMessageKey = `edit.error.${(typeof EDIT_ERROR_CODES)[number]}`;
export type EditMessageKey = EditHistoryMessageKey | EditErrorMessageKey;

export interface EditDescription {
	key: EditHistoryMessageKey;
	params: Record<string, Bilingual | string | number>;
}

/** The parameters of a description in one language, ready for `translate(lang, key, params)`. */
export function descriptionParams(description: EditDescription, lang: Lang): Record<string, string | number> {
	return Object.fromEntries(
		Object.entries(description.params).map(([name, value]) => [name, typeof value === 'object' ? value[lang] || value.id : value])
	);
}

/** An edit error as an i18n key and parameters. */
export function errorMessage(error: EditError): { key: EditErrorMessageKey; params: Record<string, string | number> } {
	return { key: `edit.error.${error.code}`, params: error.params };
}

/** Describes an edit just applied to `graph` (the graph as it is after it). */
export function describeEdit(graph: KnowledgeGraph, { command, inverse }: AppliedEdit): EditDescription {
	const concept = (key: string): Bilingual => {
		if (!graph.hasNode(key)) return { id: key, en: key };
		const { label, labelEn } = graph.getNodeAttributes(key);
		return { id: label, en: labelEn || label };
	};
	const kind = (id: string): Bilingual => graph.getAttribute('kinds')?.find((k) => k.id === id)?.label ?? { id, en: id };
	const relationType = (id: string): Bilingual => graph.getAttribute('relations')?.find((r) => r.id === id)?.label ?? { id, en: id };
	const relation = (key: string) => ({
		source: concept(graph.source(key)),
		relation: relationType(graph.getEdgeAttribute(key, 'relation')),
		target: concept(graph.target(key))
	});
	const stored = ({ source, target, attributes }: StoredRelation) => ({ source: concept(source), relation: relationType(attributes.relation), target: concept(target) });
	const quote = (span: Span) => shortened(oneLine(spanText(graph, span)));
	const d = (name: (typeof EDIT_HISTORY_MESSAGES)[number], params: EditDescription['params'] = {}): EditDescription => ({ key: `edit.history.${name}`, params });

	switch (command.type) {
		case 'addConcept':
		case 'setGloss':
		case 'restoreConcept':
			return d(command.type, { concept: concept(command.key!) });
		case 'renameConcept':
			return d('renameConcept', { from: inverse.type === 'renameConcept' ? inverse.label : concept(command.key), concept: concept(command.key) });
		case 'changeKind':
			return d('changeKind', { concept: concept(command.key), kind: kind(command.kind) });
		case 'deleteConcept': {
			const restore = inverse.type === 'restoreConcept' ? inverse : undefined;
			const label = restore ? { id: restore.attributes.label, en: restore.attributes.labelEn || restore.attributes.label } : concept(command.key);
			return d('deleteConcept', { concept: label, count: restore?.relations.length ?? 0 });
		}
		case 'addRelation':
		case 'changeRelationType':
		case 'reverseRelation':
			return d(command.type, relation(command.key!));
		case 'restoreRelation':
			return d('restoreRelation', stored(command.relation));
		case 'deleteRelation':
			return d('deleteRelation', inverse.type === 'restoreRelation' ? stored(inverse.relation) : {});
		case 'setNote':
			return command.target === 'concept' ? d('noteConcept', { concept: concept(command.key) }) : d('noteRelation', relation(command.key));
		case 'setHidden':
			return d(command.hidden ? 'hide' : 'unhide', { concept: concept(command.key) });
		case 'moveNodes': {
			const unpin = command.positions.every((p) => p.pinned === false);
			const [first, ...more] = command.positions;
			if (more.length === 0) return d(unpin ? 'unpinNode' : 'moveNode', { concept: concept(first.key) });
			return d(unpin ? 'unpinNodes' : 'moveNodes', { count: command.positions.length });
		}
		case 'addAlias':
		case 'removeAlias':
			return d(command.type, { concept: concept(command.key), alias: command.alias });
		case 'addMention':
		case 'removeMention':
			return d(command.type, { concept: concept(command.key), text: quote(command.span) });
		case 'addEvidence':
		case 'removeEvidence':
			return d(command.type, { ...relation(command.key), text: quote(command.span) });
		case 'batch':
			return describeBatch(graph, command.commands, inverse.type === 'batch' ? [...inverse.commands].reverse() : [], d, kind);
	}
}

/** A multi-selection's delete, kind change or hide reads as one; another batch by its main part. */
function describeBatch(
	graph: KnowledgeGraph,
	commands: EditCommand[],
	inverses: EditCommand[],
	d: (name: (typeof EDIT_HISTORY_MESSAGES)[number], params?: EditDescription['params']) => EditDescription,
	kind: (id: string) => Bilingual
): EditDescription {
	const count = (type: EditCommand['type']) => commands.filter((c) => c.type === type).length;
	if (commands.length === 1) return describeEdit(graph, { command: commands[0], inverse: inverses[0] });
	if (commands.every((c) => c.type === 'deleteConcept' || c.type === 'deleteRelation'))
		return d('deleteSelection', { concepts: count('deleteConcept'), relations: count('deleteRelation') });
	const first = commands[0];
	if (first.type === 'changeKind' && commands.every((c) => c.type === 'changeKind' && c.kind === first.kind))
		return d('changeKinds', { count: commands.length, kind: kind(first.kind) });
	if (first.type === 'setHidden' && commands.every((c) => c.type === 'setHidden' && c.hidden === first.hidden))
		return d(first.hidden ? 'hideMany' : 'unhideMany', { count: commands.length });
	// "Tambah sebagai alias": the alias with the mention it came from.
	if (commands.length === 2 && first.type === 'addAlias' && commands[1].type === 'addMention')
		return describeEdit(graph, { command: first, inverse: inverses[0] });
	return d('batch', { count: commands.length });
}

const shortened = (line: string) => (line.length > 60 ? `${line.slice(0, 59)}…` : line);
