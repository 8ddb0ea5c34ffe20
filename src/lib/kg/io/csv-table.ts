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

export function scanCsv(source: string, delimiter = detectDelimiter(source)): CsvScan {
	const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
	const rows: string[][] = [];
	const lines: number[] = [];
	let row: string[] = [];
	let field = '';
	let line = 1;
	let rowLine = 1;
	let i = 0;
	const endRow = () => {
		row.push(field);
		rows.push(row);
		lines.push(rowLine);
		row = [];
		field = '';
	};
	while (i < text.length) {
		const c = text[i];
		if (c === '"' && field === '') {
			// A quoted field: read up to the closing quote, a doubled quote is a literal one.
			const quoteLine = line;
			i++;
			for (;;) {
				if (i >= text.length) {
					endRow();
					return { rows, lines, unterminatedQuoteLine: quoteLine };
				}
				if (text[i] === '"') {
					if (text[i + 1] === '"') {
						field += '"';
						i += 2;
						continue;
					}
					i++;
					break;
				}
				if (text[i] === '\n') line++;
				field += text[i++];
			}
			// Anything between the closing quote and the separator is kept, as spreadsheets do.
			continue;
		}
		if (c === delimiter) {
			row.push(field);
			field = '';
			i++;
		} else if (c === '\r' || c === '\n') {
			endRow();
			i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
			line++;
			rowLine = line;
		} else {
			field += c;
			i++;
		}
	}
	if (field !== '' || row.length > 0) endRow();
	return { rows, lines };
}

/** The rows of a CSV text; a never-closed quote takes the rest of the file as its field. */
export function parseCsvTable(text: string, delimiter?: string): string[][] {
	return scanCsv(text, delimiter).rows;
}

const NEEDS_QUOTES = /[",\r\n]/;

export function quoteCsvField(value: string): string {
	return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A CSV file: UTF-8 byte order mark (so spreadsheets read UTF-8), CRLF line ends. */
export function formatCsvTable(rows: string[][]): string {
	return '\ufeff' + rows.map((row) => row.map(quoteCsvField).join(',') + '\r\n').join('');
}
