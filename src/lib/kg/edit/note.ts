/**
 * A teacher's note, Markdown → a small tree the UI renders as Svelte elements (never `{@html}`):
 * paragraphs, emphasis, strong, strikethrough, code, lists and `https:` links. Everything else —
 * raw HTML, images, links to any other scheme — stays visible as the text that was written.
 * Parsed with `marked`'s lexer (CommonMark + GFM, MIT), already used for Markdown intake.
 */
import { Lexer, type Token, type Tokens } from 'marked';

export type NoteInline =
	| { type: 'text'; text: string }
	| { type: 'emphasis' | 'strong' | 'delete'; children: NoteInline[] }
	| { type: 'code'; text: string }
	| { type: 'link'; href: string; children: NoteInline[] }
	| { type: 'break' };

export type NoteBlock =
	| { type: 'paragraph'; children: NoteInline[] }
	| { type: 'codeBlock'; text: string }
	| { type: 'list'; ordered: boolean; start: number; items: NoteBlock[][] };

/**
 * Markers nested this deep (`>>>>…`, `- - - …`, `1. 1. …`, `****…`) exhaust the parser's stack after
 * a second of work; no note needs them, so such a note is shown as written, as text.
 */
const TOO_DEEP = /(?:(?:[>*_+\-[]|\d{1,9}[.)])\s*){100}/;

export function parseNote(markdown: string): NoteBlock[] {
	if (markdown.trim() === '') return [];
	if (!TOO_DEEP.test(markdown)) {
		try {
			return blocks(Lexer.lex(markdown, { gfm: true }));
		} catch {
			/* a parser failure shows the note as text, below */
		}
	}
	return markdown
		.split(/\n\s*\n/)
		.filter((part) => part.trim() !== '')
		.map((part) => ({ type: 'paragraph', children: [{ type: 'text', text: part.trim() }] }));
}

/** Only `https:` URLs become links: no `javascript:`, `data:`, `http:` or relative address. */
export function safeHref(href: string): string | null {
	try {
		const url = new URL(decodeEntities(href));
		return url.protocol === 'https:' && url.hostname !== '' ? url.href : null;
	} catch {
		return null;
	}
}

function blocks(tokens: Token[]): NoteBlock[] {
	const out: NoteBlock[] = [];
	for (const token of tokens) {
		switch (token.type) {
			case 'paragraph':
				out.push({ type: 'paragraph', children: inline((token as Tokens.Paragraph).tokens) });
				break;
			case 'heading':
				// A heading inside a note reads as a strong line; the panel has its own headings.
				out.push({ type: 'paragraph', children: [{ type: 'strong', children: inline((token as Tokens.Heading).tokens) }] });
				break;
			case 'text': {
				const text = token as Tokens.Text;
				out.push({ type: 'paragraph', children: text.tokens ? inline(text.tokens) : plain(text.text) });
				break;
			}
			case 'code':
				out.push({ type: 'codeBlock', text: (token as Tokens.Code).text });
				break;
			case 'blockquote':
				out.push(...blocks((token as Tokens.Blockquote).tokens));
				break;
			case 'list': {
				const list = token as Tokens.List;
				out.push({
					type: 'list',
					ordered: list.ordered,
					start: typeof list.start === 'number' ? list.start : 1,
					items: list.items.map(listItem)
				});
				break;
			}
			case 'table': {
				const table = token as Tokens.Table;
				for (const row of [table.header, ...table.rows])
					out.push({ type: 'paragraph', children: merged(row.flatMap((cell, i) => [...(i > 0 ? plain(' · ') : []), ...inline(cell.tokens)])) });
				break;
			}
			case 'space':
			case 'hr':
			case 'def':
				break;
			default:
				// Raw HTML and anything unknown: the source, as text.
				if (token.raw.trim() !== '') out.push({ type: 'paragraph', children: plain(token.raw.trim()) });
		}
	}
	return out;
}

/** A task item ("- [x] …") keeps its box as a character at the start of its first line. */
function listItem(item: Tokens.ListItem): NoteBlock[] {
	const content = blocks(item.tokens.filter((token) => token.type !== 'checkbox'));
	if (!item.task) return content;
	const box = plain(item.checked ? '☑ ' : '☐ ');
	const [first, ...rest] = content;
	return first?.type === 'paragraph' ? [{ type: 'paragraph', children: merged([...box, ...first.children]) }, ...rest] : [{ type: 'paragraph', children: box }, ...content];
}

function inline(tokens: Token[]): NoteInline[] {
	const out: NoteInline[] = [];
	for (const token of tokens) {
		switch (token.type) {
			case 'text':
				out.push(...('tokens' in token && token.tokens ? inline(token.tokens) : plain(decodeEntities(token.text))));
				break;
			case 'escape':
				out.push(...plain(decodeEntities(token.text)));
				break;
			case 'em':
			case 'strong':
			case 'del': {
				const type = token.type === 'em' ? 'emphasis' : token.type === 'del' ? 'delete' : 'strong';
				out.push({ type, children: inline((token as Tokens.Em).tokens) });
				break;
			}
			case 'codespan':
				out.push({ type: 'code', text: decodeEntities((token as Tokens.Codespan).text) });
				break;
			case 'br':
				out.push({ type: 'break' });
				break;
			case 'link': {
				const link = token as Tokens.Link;
				const href = safeHref(link.href);
				out.push(...(href ? [{ type: 'link' as const, href, children: inline(link.tokens) }] : plain(link.raw)));
				break;
			}
			default:
				// html, image, checkbox and the rest: what was written, as text.
				out.push(...plain(token.raw));
		}
	}
	return merged(out);
}

const plain = (text: string): NoteInline[] => (text === '' ? [] : [{ type: 'text', text }]);

/** Neighbouring text pieces as one (the lexer splits text at every escape and entity). */
function merged(nodes: NoteInline[]): NoteInline[] {
	const out: NoteInline[] = [];
	for (const node of nodes) {
		const last = out.at(-1);
		if (node.type === 'text' && last?.type === 'text') out[out.length - 1] = { type: 'text', text: last.text + node.text };
		else out.push(node);
	}
	return out;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

/** marked decodes numeric character references but leaves these named ones as written. */
function decodeEntities(text: string): string {
	return text.replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_m, name: string) => ENTITIES[name]);
}
