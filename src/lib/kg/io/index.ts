/**
 * The formats the app reads and writes, in one list the import and export
 * dialogs are built from, plus a guess of a dropped file's format.
 */
import type { Lang } from '../lang';
import { mainHub } from '../labels';
import type { KnowledgeGraph } from '../model';
import { parseCsv } from './csv';
import { serializeCypher } from './cypher';
import type { ImportResult } from './errors';
import * as gexf from './gexf';
import * as graphml from './graphml';
import * as json from './json';
import { parseMarkdownOutline, serializeMarkdownOutline } from './markdown';
import { serializeMermaidFlowchart, serializeMermaidMindmap } from './mermaid';

export type FormatId = 'json' | 'gexf' | 'graphml' | 'csv' | 'mermaid' | 'markdown' | 'cypher';

export interface SerializeOptions {
	lang?: Lang;
	/** Root concept for mind maps and outlines; without one Mermaid writes a flowchart. */
	rootKey?: string;
	depth?: number;
	/** The nodes of the current view, for the flowchart. */
	nodes?: string[];
}

export interface GraphFormat {
	id: FormatId;
	label: string;
	/** Without the dot, the first one is used for saving. */
	extensions: string[];
	mime: string;
	parse?: (text: string) => ImportResult;
	serialize?: (graph: KnowledgeGraph, options?: SerializeOptions) => string;
}

export const FORMATS: readonly GraphFormat[] = [
	{
		id: 'json',
		label: 'JSON (graphology)',
		extensions: ['json'],
		mime: 'application/json',
		parse: json.parse,
		serialize: (graph) => json.serialize(graph)
	},
	{
		id: 'gexf',
		label: 'GEXF (Gephi)',
		extensions: ['gexf'],
		mime: 'application/gexf+xml',
		parse: gexf.parse,
		serialize: (graph, options) => gexf.serialize(graph, { lang: options?.lang })
	},
	{
		id: 'graphml',
		label: 'GraphML',
		extensions: ['graphml', 'xml'],
		mime: 'application/graphml+xml',
		parse: graphml.parse,
		serialize: (graph) => graphml.serialize(graph)
	},
	{
		// Two tables: this entry reads a nodes table alone; `serializeCsv` writes both files.
		id: 'csv',
		label: 'CSV (nodes.csv + edges.csv)',
		extensions: ['csv', 'tsv'],
		mime: 'text/csv',
		parse: (text) => parseCsv(text)
	},
	{
		id: 'mermaid',
		label: 'Mermaid',
		extensions: ['mmd', 'mermaid'],
		mime: 'text/vnd.mermaid',
		serialize: (graph, options = {}) =>
			options.rootKey
				? serializeMermaidMindmap(graph, options.rootKey, { lang: options.lang ?? 'id', depth: options.depth })
				: serializeMermaidFlowchart(graph, { lang: options.lang ?? 'id', nodes: options.nodes })
	},
	{
		id: 'markdown',
		label: 'Markdown',
		extensions: ['md', 'markdown'],
		mime: 'text/markdown',
		parse: parseMarkdownOutline,
		serialize: (graph, options = {}) =>
			serializeMarkdownOutline(graph, options.rootKey ?? mainHub(graph) ?? '', {
				lang: options.lang ?? 'id',
				depth: options.depth
			})
	},
	{
		id: 'cypher',
		label: 'Cypher (Neo4j)',
		extensions: ['cypher', 'cql'],
		mime: 'application/x-cypher-query',
		serialize: (graph) => serializeCypher(graph)
	}
];

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

export { parseCsv, serializeCsv, detectColumns, parseCsvTable } from './csv';
export type { ImportError, ImportResult } from './errors';
