/**
 * Commands the UI builds from what the teacher selected: a text span in the reader ("Jadikan
 * konsep", "Tambah sebagai alias") or several concepts and relations on the map.
 */
import type { KnowledgeGraph, Span } from '../model';
import { oneLine, spanText } from './checks';
import type { AddConcept, EditCommand } from './commands';

/** "Jadikan konsep": a new concept named by the selected words, with them as its mention. */
export function conceptFromSpan(graph: KnowledgeGraph, span: Span, { kind, labelEn = '' }: { kind: string; labelEn?: string }): AddConcept {
	return { type: 'addConcept', label: { id: oneLine(spanText(graph, span)), en: labelEn }, kind, mention: span };
}

/**
 * "Tambah sebagai alias": the selected words become another name of the concept, and the span one
 * of its mentions. Words that already name it only add the mention.
 */
export function aliasFromSpan(graph: KnowledgeGraph, key: string, span: Span): EditCommand {
	const alias = oneLine(spanText(graph, span));
	const mention: EditCommand = { type: 'addMention', key, span };
	if (!graph.hasNode(key)) return { type: 'batch', commands: [{ type: 'addAlias', key, alias }, mention] };
	const { label, aliases } = graph.getNodeAttributes(key);
	const folded = alias.toLocaleLowerCase('id');
	const named = [label, ...aliases].some((name) => name.toLocaleLowerCase('id') === folded);
	return named ? mention : { type: 'batch', commands: [{ type: 'addAlias', key, alias }, mention] };
}

/**
 * Deleting a selection as one step: the relations first (those a selected concept takes with it
 * are left to it), then the concepts, so undo puts every one back.
 */
export function deleteSelection(graph: KnowledgeGraph, { concepts = [], relations = [] }: { concepts?: string[]; relations?: string[] }): EditCommand {
	const deleted = new Set(concepts);
	const own = relations.filter(
		(key) => !graph.hasEdge(key) || !(deleted.has(graph.source(key)) || deleted.has(graph.target(key)))
	);
	return {
		type: 'batch',
		commands: [
			...[...new Set(own)].map((key): EditCommand => ({ type: 'deleteRelation', key })),
			...[...deleted].map((key): EditCommand => ({ type: 'deleteConcept', key }))
		]
	};
}

/** The same change for every selected concept, as one step (change kind, hide, show). */
export function forEachConcept(keys: string[], command: (key: string) => EditCommand): EditCommand {
	return { type: 'batch', commands: [...new Set(keys)].map(command) };
}
