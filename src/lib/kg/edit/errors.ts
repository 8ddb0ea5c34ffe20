/**
 * Why an edit was refused: a code the UI words (i18n `edit.error.<code>`), the parameters that
 * name the culprit, and where in the command it sits (`commands.2.key` inside a batch).
 */
export const EDIT_ERROR_CODES = [
	'malformed',
	'reserved-key',
	'duplicate-key',
	'unknown-concept',
	'unknown-relation',
	'unknown-kind',
	'unknown-relation-type',
	'unknown-passage',
	'self-loop',
	'undirected',
	'empty-label',
	'too-long',
	'span-outside-passage',
	'duplicate-span',
	'unknown-span',
	'duplicate-alias',
	'unknown-alias',
	'duplicate-position',
	'empty-batch'
] as const;

export type EditErrorCode = (typeof EDIT_ERROR_CODES)[number];
export type EditErrorParams = Record<string, string | number>;

export class EditError extends Error {
	readonly code: EditErrorCode;
	readonly params: EditErrorParams;
	/** A dot path into the command, '' for the command itself. */
	readonly path: string;

	constructor(code: EditErrorCode, params: EditErrorParams, detail: string, path = '') {
		super(`${path ? `${path}: ` : ''}${detail}`);
		this.name = 'EditError';
		this.code = code;
		this.params = params;
		this.path = path;
	}

	/** The same error seen from an enclosing command (a batch's `commands.3`). */
	within(prefix: string): EditError {
		const path = this.path ? `${prefix}.${this.path}` : prefix;
		const detail = this.path ? this.message.slice(this.path.length + 2) : this.message;
		return new EditError(this.code, this.params, detail, path);
	}
}
