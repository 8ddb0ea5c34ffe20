/**
 * A web page's main content with Mozilla's Readability (Apache-2.0), the reader view of Firefox:
 * the article without its menus, sidebars, comments and share bars, from a parsed document. The
 * page gives it the browser's inert DOMParser document; the CLI a linkedom one. Both then read
 * the article's cleaned HTML into lines the same way. Classes are kept so the share bars and
 * related-article boxes Readability leaves inside an article are still dropped after it.
 */
import { Readability } from '@mozilla/readability';

export interface MainContent {
	html: string;
	title: string | null;
}

/** Null when Readability finds no article in the page (the HTML reader then looks for one itself). */
export function articleOf(document: Document): MainContent | null {
	const article = new Readability(document, { keepClasses: true }).parse();
	if (!article?.content || !article.textContent?.trim()) return null;
	const title = article.title?.trim() || null;
	// The article's own heading goes first, so the title and the passages' headings agree.
	const heading = title && !article.content.includes(`>${escapeHtml(title)}<`) ? `<h1>${escapeHtml(title)}</h1>` : '';
	return { html: heading + article.content, title };
}

function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
