/**
 * Markdown → document text, one block a line: headings as their text, paragraphs with their
 * inline formatting, links and images taken off, list items as "- item" or "1. item", tables as
 * rows of cells; code blocks and raw HTML left out. Parsed with `marked`'s lexer (CommonMark and
 * GFM), so setext headings, nested lists and escapes read as they render.
 */
import { Lexer, type Token, type Tokens } from 'marked';

const FRONT_MATTER = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/;

export function markdownToText(markdown: string): string {
	const tokens = Lexer.lex(markdown.replace(FRONT_MATTER, ''), { gfm: true });
	return blocks(tokens).filter(Boolean).join('\n\n') + '\n';
}

function blocks(tokens: Token[]): string[] {
	const out: string[] = [];
	for (const token of tokens) {
		switch (token.type) {
			case 'heading':
			case 'paragraph':
				out.push(clean(inline((token as Tokens.Heading | Tokens.Paragraph).tokens)));
				break;
			case 'text':
				out.push(clean('tokens' in token && token.tokens ? inline(token.tokens) : token.text));
				break;
			case 'list': {
				const list = token as Tokens.List;
				const start = typeof list.start === 'number' ? list.start : 1;
				list.items.forEach((item, i) => {
					const [first, ...rest] = blocks(item.tokens);
					out.push(`${list.ordered ? `${start + i}.` : '-'} ${first ?? ''}`.trimEnd(), ...rest);
				});
				break;
			}
			case 'blockquote':
				out.push(...blocks((token as Tokens.Blockquote).tokens));
				break;
			case 'table': {
				const table = token as Tokens.Table;
				// A row reads as a sentence, so the segmenter does not take it for a heading.
				for (const row of [table.header, ...table.rows]) out.push(row.map((cell) => clean(inline(cell.tokens))).join('; ') + '.');
				break;
			}
			default:
				// code, html, hr, space: not prose.
				break;
		}
	}
	return out;
}

function inline(tokens: Token[]): string {
	return tokens
		.map((t) => {
			if (t.type === 'image' || t.type === 'html') return '';
			if (t.type === 'br') return ' ';
			if ('tokens' in t && t.tokens) return inline(t.tokens);
			return 'text' in t ? decode(t.text) : '';
		})
		.join('');
}

/** marked keeps the entities of the source ("&amp;"); the document holds the characters. */
function decode(text: string): string {
	return text.replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: '\u00A0' })[e] ?? _m);
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
