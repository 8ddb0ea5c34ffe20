/**
 * What an importer reports when a file cannot become a knowledge graph: a code
 * and parameters (the UI words them, see i18n/messages/import-errors.ts) and where it happened.
 */
import type { KnowledgeGraph } from '../model';

export const IMPORT_ERROR_CODES = [
	'empty-file',
	'too-large',
	'malformed-json',
	'malformed-xml',
	'malformed-csv',
	'wrong-format',
	'duplicate-node',
	'duplicate-edge',
	'dangling-edge',
	'self-loop',
	'unknown-kind',
	'unknown-relation',
	'missing-column',
	'schema',
	'reserved-key',
	'too-deep',
	'line-too-long',
	'too-many-attributes',
	'too-many-elements',
	'wrong-type',
	'duplicate-id',
	'empty-id',
	'malformed-zip',
	'zip-too-large',
	'zip-too-many-entries',
	'unreadable'
] as const;

export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export interface ImportErrorLocation {
	line?: number;
	column?: number;
	/** A dot path into the data (e.g. `nodes.3.attributes.kind`) or a CSV column name. */
	field?: string;
}

export interface ImportError {
	code: ImportErrorCode;
	params: Record<string, string | number>;
	where?: ImportErrorLocation;
}

/**
 * Something the import changed or noticed without refusing the file, for the
 * summary shown after it opens (what, how many, and what was done about it).
 */
export const IMPORT_NOTE_CODES = [
	'positions-dropped',
	'parallel-edges',
	'kinds-added',
	'relations-added',
	'colors-replaced',
	'shapes-replaced',
	'ids-renamed',
	'hyperedges-dropped',
	'nested-graphs-flattened',
	'decoded-legacy',
	'laid-out',
	'filtered'
] as const;

export type ImportNoteCode = (typeof IMPORT_NOTE_CODES)[number];

export interface ImportNote {
	code: ImportNoteCode;
	params: Record<string, string | number>;
}

export type ImportResult =
	| { ok: true; graph: KnowledgeGraph; notes?: ImportNote[] }
	| { ok: false; error: ImportError };

export function note(code: ImportNoteCode, params: Record<string, string | number> = {}): ImportNote {
	return { code, params };
}

/** A list of names for a message: the first few, then how many more. */
export function sampleList(names: string[], max = 5): string {
	const shown = names.slice(0, max).map((name) => `"${name.length > 40 ? name.slice(0, 40) + '…' : name}"`);
	return names.length > max ? `${shown.join(', ')} (+${names.length - max})` : shown.join(', ');
}

/** 50 MB: larger files would freeze the tab long before they could be drawn. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export function importError(
	code: ImportErrorCode,
	params: Record<string, string | number> = {},
	where?: ImportErrorLocation
): ImportError {
	return where ? { code, params, where } : { code, params };
}

export function failure(
	code: ImportErrorCode,
	params: Record<string, string | number> = {},
	where?: ImportErrorLocation
): { ok: false; error: ImportError } {
	return { ok: false, error: importError(code, params, where) };
}

/** UTF-8 size of a string, counted without encoding it and stopping once past `limit`. */
export function utf8ByteLength(text: string, limit = Infinity): number {
	let bytes = 0;
	for (let i = 0; i < text.length && bytes <= limit; i++) {
		const unit = text.charCodeAt(i);
		if (unit < 0x80) bytes += 1;
		else if (unit < 0x800) bytes += 2;
		else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
			bytes += 4; // a surrogate pair is one 4-byte code point
			i++;
		} else bytes += 3;
	}
	return bytes;
}

/**
 * The checks every importer makes before reading: size first (so a huge file is
 * never scanned twice), then emptiness.
 */
export function checkText(text: string): ImportError | null {
	// Each UTF-16 unit is at least one UTF-8 byte, so a long string is over without counting.
	const bytes = text.length > MAX_IMPORT_BYTES ? text.length : utf8ByteLength(text, MAX_IMPORT_BYTES);
	if (bytes > MAX_IMPORT_BYTES)
		return importError('too-large', {
			limitMb: MAX_IMPORT_BYTES / 1024 / 1024,
			sizeMb: Math.round((bytes / 1024 / 1024) * 10) / 10
		});
	if (text.trim() === '') return importError('empty-file');
	return null;
}

/** 1-based line and column of a UTF-16 offset. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
	let line = 1;
	let lineStart = 0;
	const end = Math.min(offset, text.length);
	for (let i = 0; i < end; i++) {
		if (text.charCodeAt(i) === 10) {
			line++;
			lineStart = i + 1;
		}
	}
	return { line, column: end - lineStart + 1 };
}
