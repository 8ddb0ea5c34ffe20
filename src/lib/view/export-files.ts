/**
 * Every export of the menu as files to download: images of the current view
 * (PNG, SVG, PDF), made here, and the data formats of the format registry,
 * written by kg/io. Format code is loaded with import() when chosen, so the
 * explorer's first load carries none of it.
 */
import type { Core } from 'cytoscape';
import type { DrawnView } from './drawn-view';
import type { Lang } from '../kg/lang';
import type { TeacherWords } from '../kg/io/index';
import { mainHub, nodeLabel } from '../kg/labels';
import type { KnowledgeGraph } from '../kg/model';
import { safeColor } from '../kg/style-values';
import { exportFileName } from '../kg/io/file-name';
import { FORMATS, type FormatId } from '../kg/io/index';
import type { PngScale } from './export-png';
import type { Orientation, PageSize, PdfPassage } from './export-pdf';

export const IMAGE_FORMATS = ['png', 'svg', 'pdf'] as const;
type ImageFormat = (typeof IMAGE_FORMATS)[number];
export type ExportFormat = ImageFormat | FormatId;
export const DATA_FORMATS: readonly FormatId[] = FORMATS.filter((format) => format.exports).map((format) => format.id);
export const EXPORT_FORMATS: readonly ExportFormat[] = [...IMAGE_FORMATS, ...DATA_FORMATS];

export const EXPORT_LABELS: Record<ExportFormat, string> = {
	png: 'PNG',
	svg: 'SVG',
	pdf: 'PDF',
	...(Object.fromEntries(FORMATS.map((format) => [format.id, format.label])) as Record<FormatId, string>)
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
	/** The view whose drawing the image formats take. */
	view: DrawnView;
	title: string;
	/** The selected concept; the best-connected one when absent. */
	root?: string;
	lang: Lang;
	/** Words the PDF prints, in the reader's language. */
	words: { legend: string; sources: string; noSources: string; concepts: string; generated: string };
	/** How data exports mark what the teacher added without a passage. */
	teacherWords?: TeacherWords;
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
	const { title } = context;
	const cy = context.view.core;
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

const isImage = (format: ExportFormat): format is ImageFormat => (IMAGE_FORMATS as readonly string[]).includes(format);

export async function exportFiles(format: ExportFormat, context: ExportContext, options: ExportOptions): Promise<ExportFile[]> {
	if (isImage(format)) return imageFiles(format, context, options);
	const { graph, title, lang } = context;
	const { exportData } = await import('../kg/io/export');
	const mindmap = format === 'mermaid' && options.mermaid === 'mindmap';
	const root = context.root && graph.hasNode(context.root) ? context.root : mainHub(graph);
	const file = await exportData(format, graph, {
		title,
		lang,
		// A flowchart draws the current view; a mind map and an outline grow from the root.
		rootKey: format === 'mermaid' && !mindmap ? undefined : root,
		nodes: format === 'mermaid' ? shownNodes(graph, context.view.core) : undefined,
		variant: format === 'mermaid' ? options.mermaid : undefined,
		teacherWords: context.teacherWords
	});
	return [{ name: file.name, blob: new Blob([file.data as BlobPart], { type: file.type }) }];
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
