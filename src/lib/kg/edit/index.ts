/** Editing a map: commands, their checks and inverses, the history, and notes. Pure TypeScript. */
export { isTeachers, TEACHER_ORIGIN } from './attributes';
export { applyEdit, newConceptKey, newRelationKey, type AppliedEdit } from './apply';
export { spanText } from './checks';
export * from './commands';
export { aliasFromSpan, conceptFromSpan, deleteSelection, forEachConcept } from './compose';
export * from './describe';
export { EDIT_ERROR_CODES, EditError, type EditErrorCode, type EditErrorParams } from './errors';
export * from './history';
export { parseNote, safeHref, type NoteBlock, type NoteInline } from './note';
