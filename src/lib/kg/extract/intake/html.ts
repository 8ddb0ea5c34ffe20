/**
 * HTML → the article's text, one block a line, as a reader would copy it: the main content found
 * the way readability tools find it (an <article> or <main>, or the element whose paragraphs hold
 * the most text), and inside it navigation, headers and footers, asides, scripts and styles,
 * comments, forms, figure captions and share/related/comment widgets dropped. Headings,
 * paragraphs and list items ("- item", "1. item") keep their structure as lines. Parsed with
 * htmlparser2, which tolerates the broken markup of scraped pages and needs no DOM, so this runs
 * in a Web Worker.
 */
import { parseDocument } from 'htmlparser2';
import type { AnyNode, Element } from 'domhandler';

export interface HtmlOptions {
	/** Look for the main content (a web page); false keeps the whole body (a converted .docx). */
	mainContent?: boolean;
}

const DROPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'form', 'button', 'input', 'select', 'textarea', 'nav', 'aside', 'footer', 'figcaption', 'img', 'picture', 'video', 'audio', 'map', 'dialog']);
const DROPPED_ROLES = /^(?:navigation|banner|contentinfo|complementary|search|dialog|alert)$/i;
/** Widgets dropped wherever they are, even inside the article. */
const WIDGET = /(?:^|[\s_-])(?:share|sharing|social|sosmed|related|terkait|baca|recommend\w*|rekomendasi|comments?|komentar|newsletter|subscribe|langganan|advert\w*|ads?|iklan|sponsor\w*|breadcrumbs?|tags?|tagcloud|popup|modal|cookie)(?:$|[\s_-])/i;
/** Page furniture dropped unless it is also marked as the content ("entry-content header"). */
const FURNITURE = /(?:^|[\s_-])(?:sidebar|widget|promo|author|byline|penulis|post-meta|entry-meta|meta|banner|toc|table-of-contents|pagination|nav|menu|footer|header)(?:$|[\s_-])/i;
const CONTENT = /(?:^|[\s_-])(?:article|post|entry|story|content|main|body|isi|artikel)(?:[\s_-]|$)/i;
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'tr', 'dt', 'dd', 'div', 'section', 'article', 'main', 'td', 'th', 'caption', 'address', 'figure', 'header', 'ul', 'ol', 'dl', 'table', 'tbody', 'thead', 'body', 'html']);

export function htmlToText(html: string, options: HtmlOptions = {}): string {
	const document = parseDocument(html, { decodeEntities: true });
	const body = find(document.children, (e) => e.name === 'body') ?? document;
	const root = options.mainContent === false ? body : mainContent(body);
	const lines: string[] = [];
	const title = options.mainContent === false ? undefined : pageTitle(document, root);
	if (title) lines.push(title);
	collect(root, lines, { inMain: true });
	const text = lines.map((l) => l.replace(/[ \t\u00A0]+/g, ' ').trim()).filter(Boolean);
	// A title repeated near the top (the page's <title> and its <h1>, a document's title block): once.
	const deduped = text.filter((line, i) => i === 0 || i > 4 || !text.slice(0, i).includes(line));
	return deduped.join('\n\n') + '\n';
}

type Parent = { children: AnyNode[] };

function isElement(node: AnyNode): node is Element {
	return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

function find(nodes: AnyNode[], test: (e: Element) => boolean): Element | undefined {
	for (const node of nodes) {
		if (!isElement(node)) continue;
		if (test(node)) return node;
		const inner = find(node.children, test);
		if (inner) return inner;
	}
	return undefined;
}

function isDropped(e: Element, top: boolean): boolean {
	if (DROPPED_TAGS.has(e.name)) return true;
	if (e.attribs.hidden !== undefined || /display\s*:\s*none/i.test(e.attribs.style ?? '') || e.attribs['aria-hidden'] === 'true') return true;
	if (DROPPED_ROLES.test(e.attribs.role ?? '')) return true;
	if (e.name === 'header' && !top && !find(e.children, (c) => /^h[1-6]$/.test(c.name))) return true;
	const marks = `${e.attribs.class ?? ''} ${e.attribs.id ?? ''}`;
	return !top && (WIDGET.test(marks) || (FURNITURE.test(marks) && !CONTENT.test(marks)));
}

/** Text of the paragraphs directly or nearly directly under an element: how much article it holds. */
function paragraphText(e: Element): number {
	let n = 0;
	for (const child of e.children) {
		if (!isElement(child) || isDropped(child, false)) continue;
		if (child.name === 'p' || /^h[1-6]$/.test(child.name) || child.name === 'ul' || child.name === 'ol') n += textOf(child).length;
	}
	return n;
}

function mainContent(body: Element | Parent): Element | Parent {
	const explicit: Element[] = [];
	walk(body, (e) => {
		if (isDropped(e, false)) return false;
		const marks = `${e.attribs.class ?? ''} ${e.attribs.id ?? ''} ${e.attribs.itemprop ?? ''}`;
		if (e.name === 'article' || e.name === 'main' || e.attribs.role === 'main' || /articleBody/i.test(marks) || (e.name === 'div' && CONTENT.test(marks))) explicit.push(e);
		return true;
	});
	const scored = (explicit.length > 0 ? explicit : allElements(body)).map((e) => ({ e, score: paragraphText(e) }));
	const best = scored.sort((a, b) => b.score - a.score)[0];
	return best && best.score > 0 ? best.e : body;
}

function allElements(root: Element | Parent): Element[] {
	const out: Element[] = [];
	walk(root, (e) => {
		if (isDropped(e, false)) return false;
		out.push(e);
		return true;
	});
	return out;
}

function walk(root: Element | Parent, visit: (e: Element) => boolean): void {
	for (const child of root.children) if (isElement(child) && visit(child)) walk(child, visit);
}

/** The article's heading: its <h1>, else the page <title> less the site's name. */
function pageTitle(document: Parent, root: Element | Parent): string | undefined {
	const h1 = find(root.children, (e) => e.name === 'h1');
	if (h1) return undefined;
	const anywhere = find(document.children, (e) => e.name === 'h1');
	if (anywhere) return textOf(anywhere).trim();
	const title = find(document.children, (e) => e.name === 'title');
	if (!title) return undefined;
	const parts = textOf(title).split(/\s+[|\u2013\u2014-]\s+/);
	return parts.sort((a, b) => b.length - a.length)[0]?.trim() || undefined;
}

function textOf(node: AnyNode): string {
	if (node.type === 'text') return node.data;
	if (!isElement(node) || DROPPED_TAGS.has(node.name)) return '';
	return node.children.map(textOf).join(node.name === 'br' ? '\n' : '');
}

interface Context {
	inMain: boolean;
	list?: { ordered: boolean; n: number };
}

/** Appends the element's blocks as lines. */
function collect(node: Element | Parent, lines: string[], context: Context): void {
	let inlineText = '';
	const flush = () => {
		if (inlineText.trim()) lines.push(inlineText);
		inlineText = '';
	};
	for (const child of node.children) {
		if (child.type === 'text') {
			inlineText += child.data.replace(/\s+/g, ' ');
			continue;
		}
		if (!isElement(child) || isDropped(child, false)) continue;
		if (child.name === 'br') {
			flush();
			continue;
		}
		if (!BLOCKS.has(child.name)) {
			inlineText += inlineOf(child);
			continue;
		}
		flush();
		if (child.name === 'ul' || child.name === 'ol') {
			const start = Number(child.attribs.start ?? 1);
			collect(child, lines, { ...context, list: { ordered: child.name === 'ol', n: Number.isFinite(start) ? start : 1 } });
			continue;
		}
		if (child.name === 'li') {
			const marker = context.list?.ordered ? `${context.list.n++}. ` : '- ';
			const inner: string[] = [];
			collect(child, inner, { ...context, list: undefined });
			const [first, ...rest] = inner.map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
			if (first) lines.push(marker + first, ...rest);
			continue;
		}
		if (child.name === 'tr') {
			const cells = child.children.filter(isElement).map((c) => inlineOf(c).replace(/\s+/g, ' ').trim()).filter(Boolean);
			// A row reads as a sentence, so the segmenter does not take it for a heading.
			if (cells.length) lines.push(cells.join('; ') + (/[.!?]$/.test(cells.at(-1)!) ? '' : '.'));
			continue;
		}
		if (/^h[1-6]$/.test(child.name) || child.name === 'p' || child.name === 'dt' || child.name === 'dd' || child.name === 'pre') {
			const inner: string[] = [];
			collect(child, inner, context);
			lines.push(...inner);
			continue;
		}
		collect(child, lines, context);
	}
	flush();
}

function inlineOf(node: AnyNode): string {
	if (node.type === 'text') return node.data.replace(/\s+/g, ' ');
	if (!isElement(node) || isDropped(node, false)) return '';
	if (node.name === 'br') return ' ';
	return node.children.map(inlineOf).join('');
}
