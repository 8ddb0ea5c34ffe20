/**
 * Edit commands: plain JSON-safe data, one `type` each, so a map's history can be stored
 * (IndexedDB), replayed and described. `applyEdit` (apply.ts) checks and applies them; every
 * command has an inverse of this same vocabulary, so undo is applying the inverse.
 *
 * Text values are stored as given; `null` removes an optional attribute (a gloss, a note, a
 * coordinate), so an inverse can say "absent" as exactly as "empty".
 */
import * as v from 'valibot';
import type { Bilingual, EdgeAttributes, NodeAttributes, Span } from '../model';

/** A relation as it stands in the graph: what deleting it keeps, so undo puts it back exactly. */
export interface StoredRelation {
	key: string;
	source: string;
	target: string;
	/** Only in mixed graphs (imported maps); the teacher's relations are directed. */
	undirected?: boolean;
	attributes: EdgeAttributes;
}

export interface AddConcept {
	type: 'addConcept';
	/** Absent: made from the Indonesian label (a safe, unique slug); `applyEdit` returns it filled in. */
	key?: string;
	label: Bilingual;
	kind: string;
	gloss?: Bilingual;
	/** The passage span it was made from ("Jadikan konsep"); without one it is ungrounded. */
	mention?: Span;
	x?: number;
	y?: number;
}
export interface RenameConcept { type: 'renameConcept'; key: string; label: Bilingual }
export interface SetGloss { type: 'setGloss'; key: string; gloss: string | null; glossEn: string | null }
export interface ChangeKind { type: 'changeKind'; key: string; kind: string }
/** Deletes the concept and every relation it takes part in. */
export interface DeleteConcept { type: 'deleteConcept'; key: string }
/** The inverse of a deletion: the concept with its attributes and relations, keys and all. */
export interface RestoreConcept { type: 'restoreConcept'; key: string; attributes: NodeAttributes; relations: StoredRelation[] }

export interface AddRelation {
	type: 'addRelation';
	/** Absent: `source--relation--target`, numbered when taken. */
	key?: string;
	source: string;
	relation: string;
	target: string;
	evidence?: Span;
}
export interface ChangeRelationType { type: 'changeRelationType'; key: string; relation: string }
export interface ReverseRelation { type: 'reverseRelation'; key: string }
export interface DeleteRelation { type: 'deleteRelation'; key: string }
export interface RestoreRelation { type: 'restoreRelation'; relation: StoredRelation }

export interface SetNote { type: 'setNote'; target: 'concept' | 'relation'; key: string; note: string | null }
export interface SetHidden { type: 'setHidden'; key: string; hidden: boolean }
export interface NodePosition {
	key: string;
	x: number | null;
	y: number | null;
	/** Absent: the pin stays as it is. */
	pinned?: boolean;
}
/** Moves (and pins or unpins) several concepts at once: one drag of a selection. */
export interface MoveNodes { type: 'moveNodes'; positions: NodePosition[] }

/** `index`: where in the list (inverses put things back where they were); absent: at the end. */
export interface AddAlias { type: 'addAlias'; key: string; alias: string; index?: number }
export interface RemoveAlias { type: 'removeAlias'; key: string; alias: string }
export interface AddMention { type: 'addMention'; key: string; span: Span; index?: number }
export interface RemoveMention { type: 'removeMention'; key: string; span: Span }
export interface AddEvidence { type: 'addEvidence'; key: string; span: Span; index?: number }
export interface RemoveEvidence { type: 'removeEvidence'; key: string; span: Span }

/** Several commands as one step: applied in order, all or none, undone together. */
export interface Batch { type: 'batch'; commands: EditCommand[] }

export type EditCommand =
	| AddConcept | RenameConcept | SetGloss | ChangeKind | DeleteConcept | RestoreConcept
	| AddRelation | ChangeRelationType | ReverseRelation | DeleteRelation | RestoreRelation
	| SetNote | SetHidden | MoveNodes
	| AddAlias | RemoveAlias | AddMention | RemoveMention | AddEvidence | RemoveEvidence
	| Batch;

// ---------------------------------------------------------------- limits

/** Far above any real label or note, low enough that a pasted book is refused with a reason. */
export const EDIT_LIMITS = {
	key: 200,
	label: 300,
	alias: 300,
	gloss: 2_000,
	note: 20_000,
	batch: 10_000,
	/** A coordinate's magnitude: a layout never gets near, a typo (1e308) does. */
	coordinate: 1e9
} as const;

// ---------------------------------------------------------------- shape

const text = v.string();
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const span = v.strictObject({ passage: text, start: offset, end: offset });
const bilingual = v.strictObject({ id: text, en: text });
const index = v.optional(offset);
const coordinate = v.pipe(v.number(), v.finite());
const nullableText = v.nullable(text);
// The attributes of a deleted concept or relation come back as they were, foreign ones too.
const nodeAttributes = v.custom<NodeAttributes>((value) =>
	v.is(v.looseObject({ label: text, labelEn: text, kind: text, aliases: v.array(text), mentions: v.array(span) }), value)
);
const edgeAttributes = v.custom<EdgeAttributes>((value) =>
	v.is(v.looseObject({ relation: text, evidence: v.array(span) }), value)
);
const storedRelation = v.strictObject({ key: text, source: text, target: text, undirected: v.optional(v.boolean()), attributes: edgeAttributes });
const command = <T extends string, E extends v.ObjectEntries>(type: T, entries: E) => v.strictObject({ type: v.literal(type), ...entries });

export const editCommandSchema: v.GenericSchema<EditCommand> = v.variant('type', [
	command('addConcept', {
		key: v.optional(text),
		label: bilingual,
		kind: text,
		gloss: v.optional(bilingual),
		mention: v.optional(span),
		x: v.optional(coordinate),
		y: v.optional(coordinate)
	}),
	command('renameConcept', { key: text, label: bilingual }),
	command('setGloss', { key: text, gloss: nullableText, glossEn: nullableText }),
	command('changeKind', { key: text, kind: text }),
	command('deleteConcept', { key: text }),
	command('restoreConcept', { key: text, attributes: nodeAttributes, relations: v.array(storedRelation) }),
	command('addRelation', { key: v.optional(text), source: text, relation: text, target: text, evidence: v.optional(span) }),
	command('changeRelationType', { key: text, relation: text }),
	command('reverseRelation', { key: text }),
	command('deleteRelation', { key: text }),
	command('restoreRelation', { relation: storedRelation }),
	command('setNote', { target: v.picklist(['concept', 'relation']), key: text, note: nullableText }),
	command('setHidden', { key: text, hidden: v.boolean() }),
	command('moveNodes', {
		positions: v.array(v.strictObject({ key: text, x: v.nullable(coordinate), y: v.nullable(coordinate), pinned: v.optional(v.boolean()) }))
	}),
	command('addAlias', { key: text, alias: text, index }),
	command('removeAlias', { key: text, alias: text }),
	command('addMention', { key: text, span, index }),
	command('removeMention', { key: text, span }),
	command('addEvidence', { key: text, span, index }),
	command('removeEvidence', { key: text, span }),
	command('batch', { commands: v.array(v.lazy(() => editCommandSchema)) })
]);
