/**
 * RFC 4180 tables: quoted fields, doubled quotes, separators and line breaks
 * inside quotes, CRLF or LF, a leading byte order mark ignored.
 */

export interface CsvScan {
	rows: string[][];
	/** 1-based line on which each row starts (quoted line breaks make rows span lines). */
	lines: number[];
	/** Line of a quote that is never closed, if any. */
	unterminatedQuoteLine?: number;
	/** A limit the table broke: the scan stopped there. */
	overLimit?: { code: 'line-too-long' | 'too-many-attributes'; line: number; count: number; limit: number };
}

export interface CsvLimits {
	maxLineLength?: number;
	maxColumns?: number;
}

/**
 * The separator of a file: a comma unless the header has none and a semicolon
 * or tab instead (spreadsheets in Indonesian locales save with semicolons).
 */
export function detectDelimiter(text: string): string {
	const header = text.slice(0, text.search(/\r?\n|$/));
	if (header.includes(',')) return ',';
	if (header.includes(';')) return ';';
	if (header.includes('\t')) return '\t';
	return ',';
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** Reads fields by slicing between separators (not character by character): tens of MB stay in seconds. */
export function scanCsv(source: string, delimiter = detectDelimiter(source), limits: CsvLimits = {}): CsvScan {
	const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
	const maxLine = limits.maxLineLength ?? Infinity;
	const maxColumns = limits.maxColumns ?? Infinity;
	const separator = delimiter.charCodeAt(0);
	const rows: string[][] = [];
	const lines: number[] = [];
	let row: string[] = [];
	let line = 1;
	let rowLine = 1;
	let lineStart = 0;
	let i = 0;
	const tooLong = (at: number) => at - lineStart > maxLine;
	const over = (code: 'line-too-long' | 'too-many-attributes', count: number, limit: number): CsvScan => ({
		rows,
		lines,
		overLimit: { code, line, count, limit }
	});
	const endRow = () => {
		rows.push(row);
		lines.push(rowLine);
		row = [];
	};
	while (i <= text.length) {
		let field: string;
		if (text.charCodeAt(i) === QUOTE) {
			// A quoted field: up to the closing quote; a doubled quote is a literal one.
			const quoteLine = line;
			const parts: string[] = [];
			let from = ++i;
			for (;;) {
				const close = text.indexOf('"', i);
				const segment = close < 0 ? text.length : close;
				for (let j = text.indexOf('\n', i); j >= 0 && j < segment; j = text.indexOf('\n', j + 1)) {
					if (tooLong(j)) return over('line-too-long', j - lineStart, maxLine);
					line++;
					lineStart = j + 1;
				}
				if (close < 0) {
					parts.push(text.slice(from));
					row.push(parts.join(''));
					endRow();
					return { rows, lines, unterminatedQuoteLine: quoteLine };
				}
				if (text.charCodeAt(close + 1) === QUOTE) {
					parts.push(text.slice(from, close + 1));
					i = from = close + 2;
					continue;
				}
				parts.push(text.slice(from, close));
				i = close + 1;
				break;
			}
			// Anything between the closing quote and the separator is kept, as spreadsheets do.
			let end = i;
			while (end < text.length && !isBoundary(text.charCodeAt(end), separator)) end++;
			field = parts.join('') + text.slice(i, end);
			i = end;
		} else {
			let end = i;
			while (end < text.length && !isBoundary(text.charCodeAt(end), separator)) end++;
			field = text.slice(i, end);
			i = end;
		}
		if (tooLong(i)) return over('line-too-long', i - lineStart, maxLine);
		row.push(field);
		if (row.length > maxColumns) return over('too-many-attributes', row.length, maxColumns);
		const c = text.charCodeAt(i);
		if (c === separator) {
			i++;
			continue;
		}
		if (i >= text.length) {
			// The last row, unless the file ended with a line break (then it is the empty tail).
			if (row.length > 1 || row[0] !== '') endRow();
			break;
		}
		// A line break: CRLF, LF or a lone CR.
		endRow();
		i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
		line++;
		lineStart = i;
		rowLine = line;
	}
	return { rows, lines };
}

function isBoundary(c: number, separator: number): boolean {
	return c === separator || c === LF || c === CR;
}

/** The rows of a CSV text; a never-closed quote takes the rest of the file as its field. */
export function parseCsvTable(text: string, delimiter?: string): string[][] {
	return scanCsv(text, delimiter).rows;
}

const NEEDS_QUOTES = /[",\r\n]/;

export function quoteCsvField(value: string): string {
	return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A cell a spreadsheet would run as a formula (OWASP "CSV injection": a first
 * character = + - @, tab or carriage return) gets a leading apostrophe, which
 * spreadsheets show as text; one already led by apostrophes gets one more, so
 * reading back (`restoreFormulaCell`) takes exactly one away.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

export function neutraliseFormulaCell(value: string): string {
	return FORMULA_START.test(value) ? `'${value}` : value;
}

export function restoreFormulaCell(value: string): string {
	return value.startsWith("'") && FORMULA_START.test(value) ? value.slice(1) : value;
}

/** A CSV file: UTF-8 byte order mark (so spreadsheets read UTF-8), CRLF line ends, formulas neutralised. */
export function formatCsvTable(rows: string[][]): string {
	return '\ufeff' + rows.map((row) => row.map((cell) => quoteCsvField(neutraliseFormulaCell(cell))).join(',') + '\r\n').join('');
}
