/**
 * Spreadsheet exchange: nodes.csv + edges.csv. Columns are found by header
 * name (case-insensitive, renamable through a mapping), so a table made by
 * hand imports as long as it has ids and labels, sources and targets.
 */
import { isReservedKey, type GraphAttributes, type KnowledgeGraph, type Span } from '../model';
import { checkText, failure, type ImportError, type ImportResult } from './errors';
import { formatCsvTable, restoreFormulaCell, scanCsv } from './csv-table';
import { MAX_ATTRIBUTES, MAX_CSV_LINE_LENGTH } from './limits';
import { importLooseGraph, type LooseEdge, type LooseNode } from './normalize';
import { createZip } from './zip';

export { parseCsvTable } from './csv-table';

/** A nodes table alone, with the default columns (the import dialog maps other headers first). */
export function parse(text: string): ImportResult {
	return parseCsv(text);
}

/** Both tables in one zip, the file the export menu saves. */
export function serialize(graph: KnowledgeGraph): Uint8Array {
	const tables = serializeCsv(graph);
	const encoder = new TextEncoder();
	return createZip([
		{ name: 'nodes.csv', data: encoder.encode(tables.nodes) },
		{ name: 'edges.csv', data: encoder.encode(tables.edges) }
	]);
}

/** `origin` is `teacher` for what the teacher added (no mentions or evidence: no passage yet). */
export const NODE_COLUMNS = ['id', 'label', 'labelEn', 'kind', 'aliases', 'gloss', 'glossEn', 'mentions', 'origin', 'note', 'hidden'] as const;
export const EDGE_COLUMNS = ['id', 'source', 'target', 'relation', 'evidence', 'origin', 'note'] as const;
export const ALIAS_SEPARATOR = ' | ';

/** Which header holds what. Node `id` and edge `id` share one name, as in our own files. */
export interface CsvColumnMapping {
	id: string;
	label: string;
	kind?: string;
	source: string;
	target: string;
	relation?: string;
}

export const DEFAULT_CSV_MAPPING: CsvColumnMapping = {
	id: 'id',
	label: 'label',
	kind: 'kind',
	source: 'source',
	target: 'target',
	relation: 'relation'
};

/**
 * What the tables cannot carry: documents and passages (which mentions and
 * evidence point into), kinds and relations with their labels and colours.
 * Without it, spans are dropped (they would point nowhere) and kinds and
 * relations are declared with neutral defaults.
 */
export type CsvContext = Partial<Pick<GraphAttributes, 'title' | 'language' | 'documents' | 'passages' | 'kinds' | 'relations'>>;

export function serializeCsv(graph: KnowledgeGraph): { nodes: string; edges: string } {
	const nodes: string[][] = [[...NODE_COLUMNS]];
	graph.forEachNode((key, node) =>
		nodes.push([
			key,
			node.label,
			node.labelEn ?? '',
			node.kind,
			(node.aliases ?? []).join(ALIAS_SEPARATOR),
			node.gloss ?? '',
			node.glossEn ?? '',
			JSON.stringify(node.mentions ?? []),
			node.origin ?? '',
			node.note ?? '',
			node.hidden ? 'true' : ''
		])
	);
	const edges: string[][] = [[...EDGE_COLUMNS]];
	graph.forEachEdge((key, edge, source, target) =>
		edges.push([key, source, target, edge.relation, JSON.stringify(edge.evidence ?? []), edge.origin ?? '', edge.note ?? ''])
	);
	return { nodes: formatCsvTable(nodes), edges: formatCsvTable(edges) };
}

/** The header names of a table, for the column-mapping form. */
export function detectColumns(text: string): string[] {
	// Only the first line is scanned: the form needs the names before the whole file is read.
	const [header = []] = scanCsv(text.slice(0, Math.min(text.search(/\r?\n|$/), MAX_CSV_LINE_LENGTH + 1))).rows;
	return header.map((name) => name.trim()).filter((name) => name !== '');
}

interface Table {
	header: string[];
	rows: { cells: string[]; line: number }[];
	file: string;
}

function readTable(text: string, file: string): { ok: true; table: Table } | { ok: false; error: ImportError } {
	const scan = scanCsv(text, undefined, { maxLineLength: MAX_CSV_LINE_LENGTH, maxColumns: MAX_ATTRIBUTES });
	if (scan.overLimit) {
		const { code, line, count, limit } = scan.overLimit;
		return failure(code, code === 'line-too-long' ? { file, length: count, limit } : { file, count, limit }, { line });
	}
	if (scan.unterminatedQuoteLine !== undefined)
		return failure('malformed-csv', { file, problem: 'unclosed-quote' }, { line: scan.unterminatedQuoteLine });
	const [header = [], ...rest] = scan.rows;
	const reservedColumn = header.findIndex((name) => isReservedKey(name.trim()));
	if (reservedColumn >= 0)
		return failure('reserved-key', { file, key: header[reservedColumn].trim() }, { line: 1, column: reservedColumn + 1 });
	const rows = rest
		.map((cells, i) => ({ cells: cells.map(restoreFormulaCell), line: scan.lines[i + 1] }))
		// Blank lines (a trailing newline, spacing in hand-made files) are not rows.
		.filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
	return { ok: true, table: { header: header.map((name) => name.trim()), rows, file } };
}

/** Index of a column by case-insensitive name; -1 when absent. */
function columnIndex(table: Table, name: string | undefined): number {
	if (!name) return -1;
	const wanted = name.trim().toLowerCase();
	return table.header.findIndex((column) => column.toLowerCase() === wanted);
}

function requireColumn(table: Table, name: string): number | ImportError {
	const index = columnIndex(table, name);
	if (index >= 0) return index;
	return {
		code: 'missing-column',
		params: { file: table.file, column: name, found: table.header.join(', ') },
		where: { line: 1, field: name }
	};
}

function cellAt(cells: string[], index: number): string | undefined {
	return index >= 0 ? (cells[index] ?? '') : undefined;
}

function parseSpans(
	cell: string | undefined,
	where: { line: number; column: number; field: string },
	file: string
): Span[] | ImportError {
	if (cell === undefined || cell.trim() === '') return [];
	try {
		const value: unknown = JSON.parse(cell);
		if (Array.isArray(value)) return value as Span[];
	} catch {
		// reported below
	}
	return { code: 'schema', params: { file, problem: 'expected a JSON list of spans' }, where };
}

const isError = (value: unknown): value is ImportError =>
	typeof value === 'object' && value !== null && 'code' in value && 'params' in value;

export function parseCsv(
	nodesText: string,
	edgesText = '',
	mapping: Partial<CsvColumnMapping> = {},
	context: CsvContext = {}
): ImportResult {
	const columns = { ...DEFAULT_CSV_MAPPING, ...mapping };
	const textProblem = checkText(nodesText) ?? (edgesText.trim() === '' ? null : checkText(edgesText));
	if (textProblem) return { ok: false, error: { ...textProblem, params: { ...textProblem.params, file: 'nodes' } } };

	const nodeRead = readTable(nodesText, 'nodes');
	if (!nodeRead.ok) return nodeRead;
	const nodeTable = nodeRead.table;
	const idColumn = requireColumn(nodeTable, columns.id);
	if (isError(idColumn)) return { ok: false, error: idColumn };
	const labelColumn = requireColumn(nodeTable, columns.label);
	if (isError(labelColumn)) return { ok: false, error: labelColumn };
	const optional = (name: string | undefined) => columnIndex(nodeTable, name);
	const kindColumn = optional(columns.kind);
	const mentionsColumn = optional('mentions');
	const knownPassages = context.passages ? new Set(context.passages.map((p) => p.id)) : null;
	const keepSpans = (spans: Span[]) => (knownPassages ? spans : []);

	const nodes: LooseNode[] = [];
	const rowOfNode = new Map<string, number>();
	for (const { cells, line } of nodeTable.rows) {
		const key = (cells[idColumn] ?? '').trim();
		const at = (column: number) => ({ line, column: column + 1, field: nodeTable.header[column] });
		if (key === '') return failure('schema', { file: 'nodes', problem: 'empty id' }, at(idColumn));
		if (isReservedKey(key)) return failure('reserved-key', { file: 'nodes', key }, at(idColumn));
		if (rowOfNode.has(key))
			return failure('duplicate-node', { file: 'nodes', key, firstLine: rowOfNode.get(key)! }, at(idColumn));
		rowOfNode.set(key, line);
		const mentions = parseSpans(cellAt(cells, mentionsColumn), at(mentionsColumn), 'nodes');
		if (isError(mentions)) return { ok: false, error: mentions };
		const attributes: Record<string, unknown> = {
			label: cells[labelColumn] ?? '',
			labelEn: cellAt(cells, optional('labelEn')) ?? '',
			kind: (cellAt(cells, kindColumn) ?? '').trim(),
			aliases: splitAliases(cellAt(cells, optional('aliases'))),
			mentions: keepSpans(mentions)
		};
		for (const name of ['gloss', 'glossEn', 'origin', 'note', 'hidden']) {
			const value = cellAt(cells, optional(name));
			if (value) attributes[name] = value;
		}
		nodes.push({ key, attributes });
	}

	const edges: LooseEdge[] = [];
	if (edgesText.trim() !== '') {
		const edgeRead = readTable(edgesText, 'edges');
		if (!edgeRead.ok) return edgeRead;
		const edgeTable = edgeRead.table;
		const sourceColumn = requireColumn(edgeTable, columns.source);
		if (isError(sourceColumn)) return { ok: false, error: sourceColumn };
		const targetColumn = requireColumn(edgeTable, columns.target);
		if (isError(targetColumn)) return { ok: false, error: targetColumn };
		const edgeIdColumn = columnIndex(edgeTable, columns.id);
		const relationColumn = columnIndex(edgeTable, columns.relation);
		const evidenceColumn = columnIndex(edgeTable, 'evidence');
		const rowOfEdge = new Map<string, number>();
		for (const { cells, line } of edgeTable.rows) {
			const at = (column: number) => ({ line, column: column + 1, field: edgeTable.header[column] });
			const key = (cellAt(cells, edgeIdColumn) ?? '').trim();
			if (key !== '') {
				if (isReservedKey(key)) return failure('reserved-key', { file: 'edges', key }, at(edgeIdColumn));
				if (rowOfEdge.has(key))
					return failure('duplicate-edge', { file: 'edges', key, firstLine: rowOfEdge.get(key)! }, at(edgeIdColumn));
				rowOfEdge.set(key, line);
			}
			const source = (cells[sourceColumn] ?? '').trim();
			const target = (cells[targetColumn] ?? '').trim();
			for (const [end, node, column] of [
				['source', source, sourceColumn],
				['target', target, targetColumn]
			] as const)
				if (!rowOfNode.has(node))
					return failure('dangling-edge', { file: 'edges', key: key || `#${line}`, end, node }, at(column));
			const evidence = parseSpans(cellAt(cells, evidenceColumn), at(evidenceColumn), 'edges');
			if (isError(evidence)) return { ok: false, error: evidence };
			const relation = (cellAt(cells, relationColumn) ?? '').trim();
			edges.push({
				...(key !== '' ? { key } : {}),
				source,
				target,
				attributes: {
					relation,
					evidence: keepSpans(evidence),
					...Object.fromEntries(['origin', 'note'].map((name) => [name, cellAt(cells, columnIndex(edgeTable, name))]).filter(([, value]) => value))
				}
			});
		}
	}
	return importLooseGraph({
		attributes: {
			...context,
			kinds: [...(context.kinds ?? [])],
			relations: [...(context.relations ?? [])]
		},
		nodes,
		edges
	});
}

function splitAliases(cell: string | undefined): string[] {
	if (!cell || cell.trim() === '') return [];
	return cell.split(ALIAS_SEPARATOR).map((alias) => alias.trim()).filter((alias) => alias !== '');
}
