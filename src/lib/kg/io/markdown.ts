/**
 * Markdown outlines for notes: a concept, its relations as sections, related
 * concepts as nested bullets, each cited by footnote to the passage that
 * states it. Reading back turns any heading/bullet outline into a graph.
 */
import { createKnowledgeGraph, isReservedKey, SCHEMA_VERSION, type KnowledgeGraph } from '../model';
import { checkText, failure, type ImportResult } from './errors';
import type { Lang } from '../lang';
import { mainHub, nodeLabel, relationLabel } from '../labels';
import type { SerializeOptions } from './index';
import { neighbourhoodTree, oneLine, type TreeEntry } from './text-outline';
import { MAX_OUTLINE_LINE_LENGTH, MAX_NESTING_DEPTH } from './limits';
import { DEFAULT_KIND, NEUTRAL_COLOR } from './normalize';
import { conceptGrounding, isTeacherOnly, relationGrounding, TEACHER_MARK } from '../grounding';
import { readingText } from '../text/list-markers';

export const OUTLINE_RELATION = 'includes';

export interface OutlineOptions {
	lang: Lang;
	/** Steps from the root; 2 by default. */
	depth?: number;
	/** The footnote that marks what the teacher added without a passage. */
	teacherOnly?: string;
}

/**
 * Escapes what Markdown would read as markup inside a line of text, and what
 * would start a block at the line's start (a label "- a", "+ a" or "1. a"
 * after a bullet's "- " would open a nested list).
 */
export function escapeMarkdown(text: string): string {
	return oneLine(text)
		.replace(/([\\`*_[\]{}<>#|!~])/g, '\\$1')
		.replace(/^([-+=])/, '\\$1')
		.replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

export function serializeMarkdownOutline(graph: KnowledgeGraph, rootKey: string, options: OutlineOptions): string {
	if (!graph.hasNode(rootKey)) throw new Error(`Unknown node "${rootKey}"`);
	const { lang } = options;
	const tree = neighbourhoodTree(graph, rootKey, options.depth ?? 2);
	const childrenOf = new Map<string, TreeEntry[]>();
	for (const entry of tree)
		if (entry.parent !== null) childrenOf.set(entry.parent, [...(childrenOf.get(entry.parent) ?? []), entry]);

	const footnotes: string[] = [];
	const footnote = (text: string): string => {
		footnotes.push(`[^${footnotes.length + 1}]: ${text}`);
		return `[^${footnotes.length}]`;
	};
	// Nothing the teacher added without a passage reads as grounded: it is marked by a footnote
	// (which reading the outline back leaves out of the label).
	const teacherOnly = `${TEACHER_MARK} ${escapeMarkdown(options.teacherOnly ?? '')}`.trim();
	const markConcept = (key: string) => (isTeacherOnly(conceptGrounding(graph, key)) ? footnote(teacherOnly) : '');
	const cite = (entry: TreeEntry): string => {
		const quote = footnoteText(graph, entry.edge);
		const own = isTeacherOnly(conceptGrounding(graph, entry.key)) || (entry.edge !== null && isTeacherOnly(relationGrounding(graph, entry.edge)));
		return (quote ? footnote(quote) : '') + (own ? footnote(teacherOnly) : '');
	};
	const lines = [`# ${escapeMarkdown(nodeLabel(graph, rootKey, lang))}${markConcept(rootKey)}`, ''];
	const bullets = (entry: TreeEntry, level: number) => {
		lines.push(`${'  '.repeat(level)}- ${escapeMarkdown(nodeLabel(graph, entry.key, lang))}${cite(entry)}`);
		for (const child of childrenOf.get(entry.key) ?? []) bullets(child, level + 1);
	};

	// First-level neighbours grouped by relation, an arrow marking edges that point at the root.
	const groups = new Map<string, TreeEntry[]>();
	for (const entry of childrenOf.get(rootKey) ?? []) {
		const relation = graph.getEdgeAttribute(entry.edge!, 'relation');
		const heading = `${entry.inbound ? '← ' : ''}${relationLabel(graph, relation, lang)}`;
		groups.set(heading, [...(groups.get(heading) ?? []), entry]);
	}
	for (const [heading, entries] of groups) {
		lines.push(`## ${escapeMarkdown(heading)}`, '');
		for (const entry of entries) bullets(entry, 0);
		lines.push('');
	}
	if (footnotes.length > 0) lines.push(...footnotes, '');
	return lines.join('\n');
}

/**
 * "passage text" — document title, for the first evidence span of an edge. The passage is
 * quoted as a reader sees it, without the list markers scraping left ("1. Profesi 2. …").
 */
function footnoteText(graph: KnowledgeGraph, edge: string | null): string | null {
	if (edge === null) return null;
	const span = graph.getEdgeAttribute(edge, 'evidence')?.[0];
	if (!span) return null;
	const { passages = [], documents = [] } = graph.getAttributes();
	const passage = passages.find((p) => p.id === span.passage);
	if (!passage) return null;
	const document = documents.find((d) => d.id === passage.doc);
	const quote = `“${escapeMarkdown(readingText(passage.text))}”`;
	return document ? `${quote} — *${escapeMarkdown(document.title)}*` : quote;
}

// ---------------------------------------------------------------- reading

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^(\s*)(?:[-*+]|\d+[.)])\s+(.*)$/;
const FOOTNOTE_DEFINITION = /^\[\^[^\]]+\]:/;

/** Outline text without its markup: footnote references, emphasis, links, escapes. */
function plainText(text: string): string {
	return text
		.replace(/\[\^[^\]]+\]/g, '')
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1/g, '$2')
		.replace(/\\(.)/g, '$1')
		.trim();
}

/** A key from a label: lower case, accents and punctuation folded to hyphens. */
export function slugify(text: string): string {
	const slug = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '');
	return slug || 'node';
}

/**
 * Headings and bullets become concepts, each linked from the heading or
 * bullet it sits under by an `includes` edge. The same label twice is one
 * concept (a concept map names each idea once); different labels that fold to
 * the same slug get numbered keys.
 */
export function parseMarkdownOutline(text: string): ImportResult {
	const textProblem = checkText(text);
	if (textProblem) return { ok: false, error: textProblem };
	const graph = createKnowledgeGraph();
	graph.replaceAttributes({
		schema: SCHEMA_VERSION,
		title: '',
		language: 'id',
		documents: [],
		passages: [],
		kinds: [{ id: DEFAULT_KIND, label: { id: 'Konsep', en: 'Concept' }, color: NEUTRAL_COLOR }],
		relations: [{ id: OUTLINE_RELATION, label: { id: 'mencakup', en: 'includes' } }]
	});
	const keyByLabel = new Map<string, string>();
	const conceptFor = (label: string): string => {
		const known = keyByLabel.get(label.toLowerCase());
		if (known) return known;
		const base = slugify(label);
		let key = base;
		// A heading "Prototype" is a fine concept, but its key must not be a reserved name.
		for (let n = 2; graph.hasNode(key) || isReservedKey(key); n++) key = `${base}-${n}`;
		graph.addNode(key, { label, labelEn: '', kind: DEFAULT_KIND, aliases: [], mentions: [] });
		keyByLabel.set(label.toLowerCase(), key);
		return key;
	};
	const link = (parent: string | undefined, child: string) => {
		if (parent === undefined || parent === child) return;
		if (graph.someOutEdge(parent, (_e, _a, _s, target) => target === child)) return;
		graph.addEdge(parent, child, { relation: OUTLINE_RELATION, evidence: [] });
	};

	const headings: { level: number; key: string }[] = [];
	let bullets: { indent: number; key: string }[] = [];
	let inFence = false;
	const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
	for (const [index, raw] of lines.entries()) {
		if (raw.length > MAX_OUTLINE_LINE_LENGTH)
			return failure('line-too-long', { length: raw.length, limit: MAX_OUTLINE_LINE_LENGTH }, { line: index + 1 });
		if (/^\s*(```|~~~)/.test(raw)) inFence = !inFence;
		if (inFence || FOOTNOTE_DEFINITION.test(raw.trim())) continue;
		const heading = HEADING.exec(raw);
		if (heading) {
			const label = plainText(heading[2]);
			if (!label) continue;
			const level = heading[1].length;
			while (headings.length > 0 && headings[headings.length - 1].level >= level) headings.pop();
			const key = conceptFor(label);
			link(headings[headings.length - 1]?.key, key);
			headings.push({ level, key });
			bullets = [];
			if (!graph.getAttribute('title')) graph.setAttribute('title', label);
			continue;
		}
		const bullet = BULLET.exec(raw);
		if (!bullet) continue;
		const label = plainText(bullet[2]);
		if (!label) continue;
		const indent = bullet[1].replace(/\t/g, '    ').length;
		while (bullets.length > 0 && bullets[bullets.length - 1].indent >= indent) bullets.pop();
		if (headings.length + bullets.length >= MAX_NESTING_DEPTH)
			return failure('too-deep', { depth: headings.length + bullets.length + 1, limit: MAX_NESTING_DEPTH }, { line: index + 1 });
		const key = conceptFor(label);
		link(bullets[bullets.length - 1]?.key ?? headings[headings.length - 1]?.key, key);
		bullets.push({ indent, key });
	}
	if (graph.order === 0)
		return failure('wrong-format', { expected: 'Markdown outline', found: 'text without headings or bullets' });
	return { ok: true, graph };
}

export const parse = parseMarkdownOutline;

/** The outline around the root, the best-connected concept when none is given; empty for an empty map. */
export function serialize(graph: KnowledgeGraph, options: SerializeOptions = {}): string {
	const root = options.rootKey && graph.hasNode(options.rootKey) ? options.rootKey : mainHub(graph);
	return root === undefined
		? ''
		: serializeMarkdownOutline(graph, root, { lang: options.lang ?? 'id', depth: options.depth, teacherOnly: options.teacherWords?.teacherOnly });
}
