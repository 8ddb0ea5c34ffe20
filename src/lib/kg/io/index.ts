/**
 * The formats the app reads and writes: the only list of them. The import
 * dialog's accept list, the export menu and the export files are derived from
 * it; each format's code is loaded with `load()` when it is used, and every
 * format module exports `parse` and/or `serialize` under those names. Adding
 * a format is a module in this folder and an entry here.
 */
import type { Lang } from '../lang';
import type { KnowledgeGraph } from '../model';
import type { ImportResult } from './errors';

export type FormatId = 'json' | 'gexf' | 'graphml' | 'csv' | 'mermaid' | 'markdown' | 'cypher';

export interface SerializeOptions {
	lang?: Lang;
	/** Root concept for mind maps and outlines; without one Mermaid writes a flowchart. */
	rootKey?: string;
	depth?: number;
	/** The nodes of the current view, for the flowchart. */
	nodes?: string[];
	/** Centrality per node key, a column Gephi and Cytoscape desktop can size nodes by. */
	centrality?: Record<string, number>;
	/**
	 * The words that mark what the teacher added without a passage, in the reader's language
	 * (the outline's footnote, the diagram's legend); without them the mark is the symbol alone.
	 */
	teacherWords?: TeacherWords;
}

export interface TeacherWords {
	/** "Added by the teacher — no passage yet". */
	teacherOnly: string;
	/** "✎ = added by the teacher, …": a diagram's legend. */
	legend: string;
}

/** What a format module exports. A format writes text, or bytes when it is an archive (CSV's two tables). */
export interface FormatModule {
	parse?: (text: string) => ImportResult;
	serialize?: (graph: KnowledgeGraph, options?: SerializeOptions) => string | Uint8Array;
}

export interface GraphFormat {
	id: FormatId;
	/** The name in menus. */
	label: string;
	/** What it is for, for messages. */
	description: string;
	/** Without the dot; the first one names an exported file. */
	extensions: string[];
	/** Of the exported file. */
	mime: string;
	imports: boolean;
	exports: boolean;
	/** Whether the export writes a centrality column (computed only for these). */
	writesCentrality?: boolean;
	load: () => Promise<FormatModule>;
}

export const FORMATS: readonly GraphFormat[] = [
	{
		id: 'json',
		label: 'JSON',
		description: 'JSON (graphology)',
		extensions: ['json'],
		mime: 'application/json',
		imports: true,
		exports: true,
		load: () => import('./json')
	},
	{
		id: 'gexf',
		label: 'GEXF',
		description: 'GEXF (Gephi)',
		extensions: ['gexf'],
		mime: 'application/gexf+xml',
		imports: true,
		exports: true,
		writesCentrality: true,
		load: () => import('./gexf')
	},
	{
		id: 'graphml',
		label: 'GraphML',
		description: 'GraphML',
		extensions: ['graphml', 'xml'],
		mime: 'application/graphml+xml',
		imports: true,
		exports: true,
		writesCentrality: true,
		load: () => import('./graphml')
	},
	{
		// Two tables in a zip when written; read as one or two tables, or the zip.
		id: 'csv',
		label: 'CSV',
		description: 'CSV (nodes.csv + edges.csv)',
		extensions: ['zip', 'csv', 'tsv'],
		mime: 'application/zip',
		imports: true,
		exports: true,
		load: () => import('./csv')
	},
	{
		id: 'mermaid',
		label: 'Mermaid',
		description: 'Mermaid',
		extensions: ['mmd', 'mermaid'],
		mime: 'text/vnd.mermaid',
		imports: false,
		exports: true,
		load: () => import('./mermaid')
	},
	{
		id: 'markdown',
		label: 'Markdown',
		description: 'Markdown',
		extensions: ['md', 'markdown'],
		mime: 'text/markdown',
		imports: true,
		exports: true,
		load: () => import('./markdown')
	},
	{
		id: 'cypher',
		label: 'Cypher',
		description: 'Cypher (Neo4j)',
		extensions: ['cypher', 'cql'],
		mime: 'application/x-cypher-query',
		imports: false,
		exports: true,
		load: () => import('./cypher')
	}
];

/** What the file picker offers: every importing format's extensions, and .txt (CSV or an outline, by content). */
export const IMPORT_ACCEPT = [...new Set([...FORMATS.filter((f) => f.imports).flatMap((f) => f.extensions), 'txt'])]
	.map((extension) => `.${extension}`)
	.join(',');

/** The formats a file can be imported from, named for an error message. */
export const IMPORT_FORMAT_NAMES = FORMATS.filter((f) => f.imports)
	.map((f) => f.label)
	.join(', ');

export function formatById(id: FormatId): GraphFormat {
	return FORMATS.find((format) => format.id === id)!;
}

/** The format a file's content says it is, when its name does not tell. */
function sniff(text: string): FormatId | null {
	const head = text.replace(/^\ufeff/, '').trimStart().slice(0, 2000);
	if (head.startsWith('{') || head.startsWith('[')) return 'json';
	if (head.startsWith('<')) {
		if (/<gexf[\s>]/i.test(head)) return 'gexf';
		if (/<graphml[\s>]/i.test(head)) return 'graphml';
		return null;
	}
	if (/^(mindmap|flowchart|graph)\b/.test(head)) return 'mermaid';
	if (/^(MERGE|CREATE|MATCH)\b/i.test(head)) return 'cypher';
	if (/^(#{1,6}\s|[-*+]\s)/.test(head)) return 'markdown';
	const firstLine = head.split(/\r?\n/, 1)[0];
	if (/[,;\t]/.test(firstLine)) return 'csv';
	return null;
}

/**
 * The extension decides, except where one extension serves several formats
 * (`.xml`, `.txt`) or none is given; then the content does.
 */
export function detectFormat(fileName: string, text: string): FormatId | null {
	const extension = /\.([^./\\]+)$/.exec(fileName.toLowerCase())?.[1];
	if (extension && extension !== 'xml' && extension !== 'txt') {
		const byName = FORMATS.find((format) => format.extensions.includes(extension));
		if (byName) return byName.id;
	}
	return sniff(text);
}

export type { ImportError, ImportResult } from './errors';
