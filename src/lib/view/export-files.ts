/**
 * Every export of the menu as files to download: images of the current view
 * (PNG, SVG, PDF) and the data formats. Format code is loaded with import()
 * when chosen, so the explorer's first load carries none of it.
 */
import type { Core } from 'cytoscape';
import type { Lang } from '../kg/lang';
import { mainHub, nodeLabel } from '../kg/labels';
import type { KnowledgeGraph } from '../kg/model';
import { safeColor } from '../kg/style-values';
import { exportFileName } from '../kg/io/file-name';
import type { PngScale } from './export-png';
import type { Orientation, PageSize, PdfPassage } from './export-pdf';

export const EXPORT_FORMATS = ['png', 'svg', 'pdf', 'json', 'gexf', 'graphml', 'csv', 'mermaid', 'markdown', 'cypher'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const IMAGE_FORMATS: readonly ExportFormat[] = ['png', 'svg', 'pdf'];

export const EXPORT_LABELS: Record<ExportFormat, string> = {
	png: 'PNG',
	svg: 'SVG',
	pdf: 'PDF',
	json: 'JSON',
	gexf: 'GEXF',
	graphml: 'GraphML',
	csv: 'CSV',
	mermaid: 'Mermaid',
	markdown: 'Markdown',
	cypher: 'Cypher'
};

export interface ExportOptions {
	scale: PngScale;
	transparent: boolean;
	/** The whole graph instead of the current view (images). */
	full: boolean;
	pageSize: PageSize;
	orientation: Orientation;
	mermaid: 'mindmap' | 'flowchart';
}

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = {
	scale: 2,
	transparent: false,
	full: false,
	pageSize: 'a4',
	orientation: 'landscape',
	mermaid: 'mindmap'
};

export interface ExportContext {
	graph: KnowledgeGraph;
	cy: Core | null;
	title: string;
	/** The selected concept; the best-connected one when absent. */
	root?: string;
	lang: Lang;
	/** Words the PDF prints, in the reader's language. */
	words: { legend: string; sources: string; noSources: string; concepts: string; generated: string };
}

export interface ExportFile {
	name: string;
	blob: Blob;
}

/**
 * The concepts in the picture: in the viewport (or anywhere, for the whole
 * map) and not dimmed, so a selection's PDF cites the selection's sources.
 */
export function pictureNodes(graph: KnowledgeGraph, cy: Core, full: boolean): string[] {
	const extent = cy.extent();
	const keys = cy
		.nodes()
		.map((n) => n)
		.filter((n) => n.visible() && !n.hasClass('dimmed'))
		.filter((n) => {
			if (full) return true;
			const p = n.position();
			return p.x >= extent.x1 && p.x <= extent.x2 && p.y >= extent.y1 && p.y <= extent.y2;
		})
		.map((n) => n.id())
		.filter((key) => graph.hasNode(key));
	return keys.length > 0 ? keys : shownNodes(graph, cy);
}

/** The nodes the view shows (not hidden by filter or focus); all when there is no view. */
export function shownNodes(graph: KnowledgeGraph, cy: Core | null): string[] {
	if (!cy) return graph.nodes();
	return cy
		.nodes()
		.filter((n) => n.visible())
		.map((n) => n.id())
		.filter((key) => graph.hasNode(key));
}

const text = (content: string, type: string) => new Blob([content], { type: `${type};charset=utf-8` });

/** The passages cited by the shown concepts, numbered in order of the concepts' prominence. */
export function citedPassages(graph: KnowledgeGraph, keys: string[], lang: Lang): PdfPassage[] {
	const passages = new Map((graph.getAttribute('passages') ?? []).map((p) => [p.id, p]));
	const documents = new Map((graph.getAttribute('documents') ?? []).map((d) => [d.id, d.title]));
	const ordered = [...keys].sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : 1));
	const byPassage = new Map<string, PdfPassage>();
	for (const key of ordered) {
		for (const mention of graph.getNodeAttribute(key, 'mentions') ?? []) {
			const passage = passages.get(mention.passage);
			if (!passage) continue;
			let entry = byPassage.get(passage.id);
			if (!entry) {
				entry = { number: byPassage.size + 1, text: passage.text, source: documents.get(passage.doc) ?? passage.doc, concepts: [] };
				byPassage.set(passage.id, entry);
			}
			const name = nodeLabel(graph, key, lang);
			if (!entry.concepts.includes(name)) entry.concepts.push(name);
		}
	}
	return [...byPassage.values()];
}

async function imageFiles(format: 'png' | 'svg' | 'pdf', context: ExportContext, options: ExportOptions): Promise<ExportFile[]> {
	const { cy, title } = context;
	if (!cy) throw new Error('no view to export');
	const background = options.transparent ? null : '#ffffff';
	if (format === 'png') {
		const { exportPng } = await import('./export-png');
		return [{ name: exportFileName(title, 'png'), blob: exportPng(cy, { scale: options.scale, background, full: options.full }) }];
	}
	if (format === 'svg') {
		const { exportSvg } = await import('./export-svg');
		const svg = exportSvg(cy, { full: options.full, background, title });
		return [{ name: exportFileName(title, 'svg'), blob: text(svg, 'image/svg+xml') }];
	}
	const [{ buildPdf }, { exportPngDataUrl }] = await Promise.all([import('./export-pdf'), import('./export-png')]);
	const keys = pictureNodes(context.graph, cy, options.full);
	const kinds = new Set(keys.map((key) => context.graph.getNodeAttribute(key, 'kind')));
	const scale = 2;
	// Only the aspect ratio matters: the PDF fits the picture to the page.
	const extent = options.full ? cy.elements(':visible').boundingBox({}) : { w: cy.width(), h: cy.height() };
	const blob = await buildPdf({
		title,
		subtitle: context.words.generated,
		image: {
			dataUrl: exportPngDataUrl(cy, { scale, background: '#ffffff', full: options.full }),
			width: Math.max(1, extent.w),
			height: Math.max(1, extent.h)
		},
		legend: (context.graph.getAttribute('kinds') ?? [])
			.filter((kind) => kinds.has(kind.id))
			.map((kind) => ({ label: kind.label[context.lang] || kind.id, color: safeColor(kind.color) })),
		passages: citedPassages(context.graph, keys, context.lang),
		words: context.words,
		pageSize: options.pageSize,
		orientation: options.orientation
	});
	return [{ name: exportFileName(title, 'pdf'), blob }];
}

export async function exportFiles(format: ExportFormat, context: ExportContext, options: ExportOptions): Promise<ExportFile[]> {
	if (format === 'png' || format === 'svg' || format === 'pdf') return imageFiles(format, context, options);
	const { graph, title, lang } = context;
	const root = context.root && graph.hasNode(context.root) ? context.root : mainHub(graph);
	switch (format) {
		case 'json': {
			const json = await import('../kg/io/json');
			return [{ name: exportFileName(title, 'json'), blob: text(json.serialize(graph), 'application/json') }];
		}
		case 'gexf': {
			const [gexf, { centrality }] = await Promise.all([import('../kg/io/gexf'), import('../kg/query/centrality')]);
			const content = gexf.serialize(graph, { lang, centrality: centrality(graph) });
			return [{ name: exportFileName(title, 'gexf'), blob: text(content, 'application/gexf+xml') }];
		}
		case 'graphml': {
			const [graphml, { centrality }] = await Promise.all([import('../kg/io/graphml'), import('../kg/query/centrality')]);
			const content = graphml.serialize(graph, { centrality: centrality(graph) });
			return [{ name: exportFileName(title, 'graphml'), blob: text(content, 'application/graphml+xml') }];
		}
		case 'csv': {
			const [{ serializeCsv }, { createZip }] = await Promise.all([import('../kg/io/csv'), import('../kg/io/zip')]);
			const tables = serializeCsv(graph);
			const encoder = new TextEncoder();
			const zip = createZip([
				{ name: 'nodes.csv', data: encoder.encode(tables.nodes) },
				{ name: 'edges.csv', data: encoder.encode(tables.edges) }
			]);
			return [{ name: exportFileName(title, 'zip', undefined, 'csv'), blob: new Blob([zip as BlobPart], { type: 'application/zip' }) }];
		}
		case 'mermaid': {
			const mermaid = await import('../kg/io/mermaid');
			const content =
				options.mermaid === 'mindmap' && root
					? mermaid.serializeMermaidMindmap(graph, root, { lang })
					: mermaid.serializeMermaidFlowchart(graph, { lang, nodes: shownNodes(graph, context.cy) });
			return [{ name: exportFileName(title, 'mmd', undefined, options.mermaid), blob: text(content, 'text/vnd.mermaid') }];
		}
		case 'markdown': {
			const markdown = await import('../kg/io/markdown');
			const content = root ? markdown.serializeMarkdownOutline(graph, root, { lang }) : '';
			return [{ name: exportFileName(title, 'md'), blob: text(content, 'text/markdown') }];
		}
		case 'cypher': {
			const { serializeCypher } = await import('../kg/io/cypher');
			return [{ name: exportFileName(title, 'cypher'), blob: text(serializeCypher(graph), 'application/x-cypher-query') }];
		}
	}
}

/** Hands a file to the browser's download. */
export function download(file: ExportFile): void {
	const url = URL.createObjectURL(file.blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = file.name;
	link.rel = 'noopener';
	document.body.append(link);
	link.click();
	link.remove();
	// Revoked later: some browsers read the URL after click() returns.
	setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
