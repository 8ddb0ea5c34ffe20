/**
 * What the concept form's values mean as edit commands: a new concept (placed where the person
 * asked), or the changes to an existing one as one step — only what differs, so saving an
 * unchanged form changes nothing and the history names the one change made.
 */
import type { AddConcept, EditCommand } from '../kg/edit/commands';
import { slugify } from '../kg/text/slug';
import { isReservedKey, type Bilingual, type KnowledgeGraph } from '../kg/model';

export interface ConceptValues {
	label: Bilingual;
	kind: string;
	gloss: Bilingual;
}

export interface RelationValues {
	source: string;
	relation: string;
	target: string;
}

/** The form's values for a concept of the map. */
export function conceptValues(graph: KnowledgeGraph, key: string): ConceptValues {
	const a = graph.getNodeAttributes(key);
	return { label: { id: a.label, en: a.labelEn }, kind: a.kind, gloss: { id: a.gloss ?? '', en: a.glossEn ?? '' } };
}

export function newConcept(values: ConceptValues, at: { x: number; y: number }): AddConcept {
	const command: AddConcept = { type: 'addConcept', label: values.label, kind: values.kind, x: round(at.x), y: round(at.y) };
	if (values.gloss.id || values.gloss.en) command.gloss = values.gloss;
	return command;
}

/** The edits that turn the concept into what the form says; null when the form says what it is. */
export function conceptChanges(graph: KnowledgeGraph, key: string, values: ConceptValues): EditCommand | null {
	const now = conceptValues(graph, key);
	const commands: EditCommand[] = [];
	if (values.label.id !== now.label.id || values.label.en !== now.label.en) commands.push({ type: 'renameConcept', key, label: values.label });
	if (values.kind !== now.kind) commands.push({ type: 'changeKind', key, kind: values.kind });
	if (values.gloss.id !== now.gloss.id || values.gloss.en !== now.gloss.en)
		commands.push({ type: 'setGloss', key, gloss: values.gloss.id || null, glossEn: values.gloss.en || null });
	if (commands.length === 0) return null;
	return commands.length === 1 ? commands[0] : { type: 'batch', commands };
}

/**
 * A new concept hung on another one (the mind map grows a branch): the concept and its relation
 * as one step, so one undo takes both back. The key is chosen here because the relation names it.
 */
export function conceptNextTo(
	graph: KnowledgeGraph,
	values: ConceptValues,
	at: { x: number; y: number },
	around: string,
	relation: string,
	direction: 'out' | 'in'
): EditCommand {
	const key = freeConceptKey(graph, values.label.id);
	const [source, target] = direction === 'out' ? [around, key] : [key, around];
	return { type: 'batch', commands: [{ ...newConcept(values, at), key }, { type: 'addRelation', source, relation, target }] };
}

/** A slug of the label no concept, passage or reserved name has, numbered when taken. */
export function freeConceptKey(graph: KnowledgeGraph, label: string): string {
	const passages = new Set((graph.getAttribute('passages') ?? []).map((p) => p.id));
	const base = slugify(label);
	let key = base;
	for (let n = 2; graph.hasNode(key) || passages.has(key) || isReservedKey(key); n++) key = `${base}-${n}`;
	return key;
}

/** Positions as stored: a tenth of a unit is finer than any screen shows. */
const round = (n: number) => Math.round(n * 10) / 10;
