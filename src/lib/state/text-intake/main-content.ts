/**
 * A web page's main content with Mozilla's Readability (Apache-2.0), the reader view of Firefox:
 * the article without its menus, sidebars, comments and share bars. It needs a DOM, so it runs on
 * the page: DOMParser builds an inert document (no script runs, nothing loads), and the article's
 * cleaned HTML goes on to the worker, which turns it into lines. Classes are kept so the worker
 * still drops the share bars and related-article boxes Readability leaves inside an article.
 */
export interface MainContent {
	html: string;
	title: string | null;
}

/** Null when Readability finds no article in the page (the worker then looks for one itself). */
export async function mainContentOf(html: string): Promise<MainContent | null> {
	const { Readability } = await import('@mozilla/readability');
	const document = new DOMParser().parseFromString(html, 'text/html');
	const article = new Readability(document, { keepClasses: true }).parse();
	if (!article?.content || !article.textContent?.trim()) return null;
	const title = article.title?.trim() || null;
	// The article's own heading goes first, so the worker's title and the passages' headings agree.
	const heading = title && !article.content.includes(`>${escapeHtml(title)}<`) ? `<h1>${escapeHtml(title)}</h1>` : '';
	return { html: heading + article.content, title };
}

function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
