/**
 * From files the user chose or dropped to a graph ready to open: size checked
 * by File.size before anything is read, bytes decoded (UTF-8, else the
 * legacy encoding, said in the summary), format detected, parsed, checked
 * against what the explorer can draw, laid out when the file has no
 * positions. CSV stops halfway for the column-mapping step; a graph too large
 * to draw stops to ask whether to open its most connected part. Runs in the
 * import worker (and in unit tests); nothing here touches the maps, so a
 * failure leaves every map as it was, and any exception becomes a typed error.
 */
import type { KnowledgeGraph } from '../kg/model';
import type { CsvColumnMapping, CsvContext } from '../kg/io/csv';
import { importError, MAX_IMPORT_BYTES, note, type ImportError, type ImportNote, type ImportResult } from '../kg/io/errors';
import { MAX_ATTRIBUTES, MAX_DRAWN_EDGES, MAX_DRAWN_NODES } from '../kg/io/limits';

export interface CsvTable {
	name: string;
	text: string;
	columns: string[];
	/** Set when the file was not UTF-8 and was read in this encoding. */
	legacyEncoding: string | null;
}

export interface PendingCsv {
	nodes: CsvTable;
	edges: CsvTable | null;
	/** The guessed mapping the form starts from. */
	mapping: CsvColumnMapping;
}

export type ImportPhase = 'reading' | 'parsing' | 'layout' | 'filtering' | 'saving';
export interface ImportProgress {
	phase: ImportPhase;
	/** 0..1 where the phase can tell. */
	share?: number;
}
export type ProgressListener = (progress: ImportProgress) => void;

export type ImportOutcome =
	| { kind: 'graph'; graph: KnowledgeGraph; title: string; fileName: string; notes: ImportNote[] }
	| { kind: 'csv'; pending: PendingCsv }
	| { kind: 'too-big'; graph: KnowledgeGraph; fileName: string; notes: ImportNote[]; nodes: number; edges: number }
	| { kind: 'error'; error: ImportError; fileName: string };

export { IMPORT_ACCEPT } from '../kg/io/index';

const baseName = (name: string) => name.replace(/\.[^.]+$/, '');
const quiet: ProgressListener = () => {};

function sizeError(file: File): ImportError | null {
	if (file.size > MAX_IMPORT_BYTES)
		return importError('too-large', {
			limitMb: MAX_IMPORT_BYTES / 1024 / 1024,
			sizeMb: Math.round((file.size / 1024 / 1024) * 10) / 10
		});
	if (file.size === 0) return importError('empty-file');
	return null;
}

/** An exception from a library is a bug of ours, not the user's: logged for us, worded for them. */
function unexpected(error: unknown, fileName: string): ImportOutcome {
	console.error('import failed unexpectedly', error);
	return { kind: 'error', error: importError('unreadable'), fileName };
}

async function guarded(fileName: string, work: () => Promise<ImportOutcome>): Promise<ImportOutcome> {
	try {
		return await work();
	} catch (error) {
		return unexpected(error, fileName);
	}
}

/** Checks the size the explorer can draw, then lays out what has no positions. */
async function finish(graph: KnowledgeGraph, fileName: string, notes: ImportNote[], progress: ProgressListener): Promise<ImportOutcome> {
	if (graph.order > MAX_DRAWN_NODES || graph.size > MAX_DRAWN_EDGES)
		return { kind: 'too-big', graph, fileName, notes, nodes: graph.order, edges: graph.size };
	const { needsLayout, layOut } = await import('./import-layout');
	if (needsLayout(graph)) {
		progress({ phase: 'layout', share: 0 });
		await layOut(graph, (share) => progress({ phase: 'layout', share }));
		notes = [...notes, note('laid-out', { count: graph.order })];
	}
	// Once, here, so the view draws the positions as they are (import-spread.ts says why).
	const { spreadForLabels } = await import('./import-spread');
	spreadForLabels(graph);
	const title = graph.getAttribute('title') || baseName(fileName);
	if (!graph.getAttribute('title')) graph.setAttribute('title', title);
	return { kind: 'graph', graph, title, fileName, notes };
}

/** The most connected part of a graph too large to draw, laid out and ready to open. */
export function openPart(outcome: Extract<ImportOutcome, { kind: 'too-big' }>, progress: ProgressListener = quiet): Promise<ImportOutcome> {
	return guarded(outcome.fileName, async () => {
		progress({ phase: 'filtering' });
		const { mostConnectedPart } = await import('../kg/query/most-connected');
		const part = mostConnectedPart(outcome.graph, { maxNodes: MAX_DRAWN_NODES, maxEdges: MAX_DRAWN_EDGES });
		const filtered = note('filtered', { nodes: part.order, totalNodes: outcome.nodes, edges: part.size, totalEdges: outcome.edges });
		return finish(part, outcome.fileName, [filtered, ...outcome.notes], progress);
	});
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

function csvStep(tables: CsvTable[]): ImportOutcome {
	const wide = tables.find((table) => table.columns.length > MAX_ATTRIBUTES);
	if (wide)
		return {
			kind: 'error',
			error: importError('too-many-attributes', { count: wide.columns.length, limit: MAX_ATTRIBUTES }, { line: 1 }),
			fileName: wide.name
		};
	const edges = tables.length > 1 ? (tables.find(isEdgeTable) ?? tables[1]) : null;
	const nodes = tables.find((table) => table !== edges) ?? tables[0];
	return { kind: 'csv', pending: { nodes, edges, mapping: guessMapping(nodes.columns, edges?.columns ?? []) } };
}

async function tablesFromZip(file: File, progress: ProgressListener): Promise<CsvTable[] | ImportError> {
	const [{ readZip }, { detectColumns }, { decodeText }] = await Promise.all([
		import('../kg/io/zip'),
		import('../kg/io/csv'),
		import('../kg/io/decode')
	]);
	const read = readZip(new Uint8Array(await file.arrayBuffer()), {
		// Tables only, never the metadata folders archivers add.
		accept: (name) => /\.(csv|tsv)$/i.test(name) && !/(^|\/)(__MACOSX|\.)/.test(name),
		maxFiles: 2,
		onProgress: (share) => progress({ phase: 'reading', share })
	});
	if (!read.ok) return read.error;
	if (read.entries.length === 0) return importError('wrong-format', { expected: 'ZIP (nodes.csv + edges.csv)', found: 'ZIP without CSV files' });
	for (const entry of read.entries)
		if (entry.data.length > MAX_IMPORT_BYTES)
			return importError('too-large', { limitMb: MAX_IMPORT_BYTES / 1024 / 1024, sizeMb: Math.round((entry.data.length / 1024 / 1024) * 10) / 10 });
	return read.entries.map((entry) => {
		const { text, legacyEncoding } = decodeText(entry.data);
		return { name: entry.name.replace(/^.*\//, ''), text, columns: detectColumns(text), legacyEncoding };
	});
}

async function readText(file: File): Promise<{ text: string; legacyEncoding: string | null }> {
	const { decodeText } = await import('../kg/io/decode');
	return decodeText(new Uint8Array(await file.arrayBuffer()));
}

const legacyNote = (file: string, encoding: string | null): ImportNote[] =>
	encoding ? [note('decoded-legacy', { file, encoding })] : [];

/** Reads what the user gave: one graph file, one or two CSV tables, or a ZIP of them. */
export async function readImport(files: File[], progress: ProgressListener = quiet): Promise<ImportOutcome | null> {
	if (files.length === 0) return null;
	for (const file of files) {
		const problem = sizeError(file);
		if (problem) return { kind: 'error', error: problem, fileName: file.name };
	}
	const first = files[0];
	return guarded(first.name, async () => {
		progress({ phase: 'reading' });
		if (/\.zip$/i.test(first.name)) {
			const tables = await tablesFromZip(first, progress);
			return Array.isArray(tables) ? csvStep(tables) : { kind: 'error', error: tables, fileName: first.name };
		}
		const io = await import('../kg/io/index');
		const { text, legacyEncoding } = await readText(first);
		const format = io.detectFormat(first.name, text);
		if (format === 'csv') {
			const { detectColumns } = await import('../kg/io/csv');
			const csvFiles = files.filter((file) => /\.(csv|tsv|txt)$/i.test(file.name)).slice(0, 2);
			const tables = await Promise.all(
				(csvFiles.length ? csvFiles : [first]).map(async (file) => {
					const content = file === first ? { text, legacyEncoding } : await readText(file);
					return { name: file.name, ...content, columns: detectColumns(content.text) };
				})
			);
			return csvStep(tables);
		}
		const entry = format ? io.formatById(format) : undefined;
		const parse = entry?.imports ? (await entry.load()).parse : undefined;
		if (!parse) {
			const found = entry ? entry.description : (/\.([^.]+)$/.exec(first.name)?.[1]?.toUpperCase() ?? '?');
			return {
				kind: 'error',
				error: importError('wrong-format', { expected: io.IMPORT_FORMAT_NAMES, found }),
				fileName: first.name
			};
		}
		progress({ phase: 'parsing' });
		const result = parse(text);
		if (!result.ok) return { kind: 'error', error: result.error, fileName: first.name };
		return finish(result.graph, first.name, [...legacyNote(first.name, legacyEncoding), ...(result.notes ?? [])], progress);
	});
}

/**
 * The CSV tables with the chosen columns. Mentions and evidence only mean
 * something with the passages they point into: the tables do not carry them,
 * so the map they were exported from (when it is open) lends its documents.
 */
export async function finishCsv(
	pending: PendingCsv,
	mapping: CsvColumnMapping,
	context: CsvContext | null,
	progress: ProgressListener = quiet
): Promise<ImportOutcome> {
	return guarded(pending.nodes.name, async () => {
		progress({ phase: 'parsing' });
		const { parseCsv } = await import('../kg/io/csv');
		const edgesText = pending.edges?.text ?? '';
		let result: ImportResult = parseCsv(pending.nodes.text, edgesText, mapping);
		const carriesSpans = /passage/.test(pending.nodes.text) || /passage/.test(edgesText);
		if (result.ok && context && carriesSpans) {
			const withSources = parseCsv(pending.nodes.text, edgesText, mapping, context);
			// Kept only when every span points into the lent passages; otherwise the plain tables stand.
			if (withSources.ok) result = withSources;
		}
		if (!result.ok) return { kind: 'error', error: result.error, fileName: pending.nodes.name };
		const notes = [
			...legacyNote(pending.nodes.name, pending.nodes.legacyEncoding),
			...(pending.edges ? legacyNote(pending.edges.name, pending.edges.legacyEncoding) : []),
			...(result.notes ?? [])
		];
		return finish(result.graph, pending.nodes.name.replace(/^nodes\b/i, 'csv'), notes, progress);
	});
}

/** What a CSV import may borrow from the open map: its sources and vocabularies. */
export function csvContextOf(graph: KnowledgeGraph): CsvContext {
	const { title, language, documents, passages, kinds, relations } = graph.getAttributes();
	return { title, language, documents, passages, kinds, relations };
}
