/**
 * From files the user chose or dropped to a graph ready to open: size checked
 * by File.size before anything is read, format detected, parsed by the io
 * module (loaded with import() on first use), laid out when the file has no
 * positions. CSV stops halfway for the column-mapping step. Nothing here
 * touches the maps: a failure leaves every map as it was.
 */
import type { KnowledgeGraph } from '../kg/model';
import type { CsvColumnMapping } from '../kg/io/csv';
import { importError, MAX_IMPORT_BYTES, type ImportError } from '../kg/io/errors';

export interface CsvTable {
	name: string;
	text: string;
	columns: string[];
}

export interface PendingCsv {
	nodes: CsvTable;
	edges: CsvTable | null;
	/** The guessed mapping the form starts from. */
	mapping: CsvColumnMapping;
}

export type ImportOutcome =
	| { kind: 'graph'; graph: KnowledgeGraph; title: string; fileName: string }
	| { kind: 'csv'; pending: PendingCsv }
	| { kind: 'error'; error: ImportError; fileName: string };

export const IMPORT_ACCEPT = '.json,.gexf,.graphml,.xml,.csv,.tsv,.txt,.md,.markdown,.zip';

const baseName = (name: string) => name.replace(/\.[^.]+$/, '');

function sizeError(file: File): ImportError | null {
	if (file.size > MAX_IMPORT_BYTES)
		return importError('too-large', {
			limitMb: MAX_IMPORT_BYTES / 1024 / 1024,
			sizeMb: Math.round((file.size / 1024 / 1024) * 10) / 10
		});
	if (file.size === 0) return importError('empty-file');
	return null;
}

/** Positions for a graph that came without (all) of them, as the build computes them. */
async function ensureLayout(graph: KnowledgeGraph): Promise<void> {
	let missing = false;
	graph.forEachNode((_key, a) => {
		if (!Number.isFinite(a.x) || !Number.isFinite(a.y)) missing = true;
	});
	if (!missing || graph.order === 0) return;
	const { applyDefaultLayout } = await import('../view/default-layout');
	applyDefaultLayout(graph);
}

async function finish(graph: KnowledgeGraph, fileName: string): Promise<ImportOutcome> {
	await ensureLayout(graph);
	const title = graph.getAttribute('title') || baseName(fileName);
	if (!graph.getAttribute('title')) graph.setAttribute('title', title);
	return { kind: 'graph', graph, title, fileName };
}

/** First of the names present (case-insensitive), else the fallback. */
function pick(columns: string[], names: string[], fallback = ''): string {
	for (const name of names) {
		const found = columns.find((column) => column.toLowerCase() === name);
		if (found) return found;
	}
	return fallback;
}

export function guessMapping(nodeColumns: string[], edgeColumns: string[]): CsvColumnMapping {
	return {
		id: pick(nodeColumns, ['id', 'key', 'node', 'name'], nodeColumns[0] ?? 'id'),
		label: pick(nodeColumns, ['label', 'name', 'title', 'id'], nodeColumns[1] ?? nodeColumns[0] ?? 'label'),
		kind: pick(nodeColumns, ['kind', 'type', 'category', 'group']),
		source: pick(edgeColumns, ['source', 'from', 'src'], edgeColumns[0] ?? 'source'),
		target: pick(edgeColumns, ['target', 'to', 'dst'], edgeColumns[1] ?? 'target'),
		relation: pick(edgeColumns, ['relation', 'type', 'label'])
	};
}

const isEdgeTable = (table: CsvTable) => {
	const lower = table.columns.map((c) => c.toLowerCase());
	return /edge/i.test(table.name) || (lower.includes('source') && lower.includes('target'));
};

async function csvStep(tables: CsvTable[]): Promise<ImportOutcome> {
	const edges = tables.length > 1 ? (tables.find(isEdgeTable) ?? tables[1]) : null;
	const nodes = tables.find((table) => table !== edges) ?? tables[0];
	return {
		kind: 'csv',
		pending: { nodes, edges, mapping: guessMapping(nodes.columns, edges?.columns ?? []) }
	};
}

async function tablesFromZip(file: File): Promise<CsvTable[] | ImportError> {
	const [{ readZip }, { detectColumns }] = await Promise.all([import('../kg/io/zip'), import('../kg/io/csv')]);
	const entries = readZip(new Uint8Array(await file.arrayBuffer()));
	const csv = entries?.filter((entry) => /\.(csv|tsv)$/i.test(entry.name)) ?? [];
	if (csv.length === 0)
		return importError('wrong-format', { expected: 'ZIP (nodes.csv + edges.csv)', found: entries ? 'ZIP without CSV files' : 'ZIP' });
	const decoder = new TextDecoder();
	return csv.slice(0, 2).map((entry) => {
		const text = decoder.decode(entry.data);
		return { name: entry.name, text, columns: detectColumns(text) };
	});
}

/** Reads what the user gave: one graph file, one or two CSV tables, or a ZIP of them. */
export async function readImport(files: File[]): Promise<ImportOutcome | null> {
	if (files.length === 0) return null;
	for (const file of files) {
		const problem = sizeError(file);
		if (problem) return { kind: 'error', error: problem, fileName: file.name };
	}
	const first = files[0];
	if (/\.zip$/i.test(first.name)) {
		const tables = await tablesFromZip(first);
		return Array.isArray(tables) ? csvStep(tables) : { kind: 'error', error: tables, fileName: first.name };
	}
	const io = await import('../kg/io/index');
	const text = await first.text();
	const format = io.detectFormat(first.name, text);
	if (format === 'csv') {
		const csvFiles = files.filter((file) => /\.(csv|tsv|txt)$/i.test(file.name)).slice(0, 2);
		const tables = await Promise.all(
			(csvFiles.length ? csvFiles : [first]).map(async (file) => {
				const content = file === first ? text : await file.text();
				return { name: file.name, text: content, columns: io.detectColumns(content) };
			})
		);
		return csvStep(tables);
	}
	const parse = format ? io.formatById(format).parse : undefined;
	if (!format || !parse || format === 'mermaid') {
		const found = format ? io.formatById(format).label : (/\.([^.]+)$/.exec(first.name)?.[1]?.toUpperCase() ?? '?');
		return {
			kind: 'error',
			error: importError('wrong-format', { expected: 'JSON, GEXF, GraphML, CSV, Markdown', found }),
			fileName: first.name
		};
	}
	const result = parse(text);
	if (!result.ok) return { kind: 'error', error: result.error, fileName: first.name };
	return finish(result.graph, first.name);
}

/**
 * The CSV tables with the chosen columns. Mentions and evidence only mean
 * something with the passages they point into: the tables do not carry them,
 * so the map they were exported from (when it is here) lends its documents.
 */
export async function finishCsv(
	pending: PendingCsv,
	mapping: CsvColumnMapping,
	context: KnowledgeGraph | null
): Promise<ImportOutcome> {
	const { parseCsv } = await import('../kg/io/csv');
	const edgesText = pending.edges?.text ?? '';
	let result = parseCsv(pending.nodes.text, edgesText, mapping);
	const carriesSpans = /passage/.test(pending.nodes.text) || /passage/.test(edgesText);
	if (result.ok && context && carriesSpans) {
		const attributes = context.getAttributes();
		const withSources = parseCsv(pending.nodes.text, edgesText, mapping, {
			title: attributes.title,
			language: attributes.language,
			documents: attributes.documents,
			passages: attributes.passages,
			kinds: attributes.kinds,
			relations: attributes.relations
		});
		// Kept only when every span points into the lent passages; otherwise the plain tables stand.
		if (withSources.ok) result = withSources;
	}
	if (!result.ok) return { kind: 'error', error: result.error, fileName: pending.nodes.name };
	return finish(result.graph, pending.nodes.name.replace(/^nodes\b/i, 'csv'));
}
