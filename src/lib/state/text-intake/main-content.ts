/**
 * A web page's main content, on the page: Readability needs a DOM, and DOMParser builds an inert
 * document (no script runs, nothing loads). The article's cleaned HTML goes on to the worker,
 * which turns it into lines. Loaded on demand, so the page carries Readability only when a page
 * is read.
 */
export type { MainContent } from '$lib/kg/extract/intake/article';

/** Null when Readability finds no article in the page (the worker then looks for one itself). */
export async function mainContentOf(html: string) {
	const { articleOf } = await import('$lib/kg/extract/intake/article');
	return articleOf(new DOMParser().parseFromString(html, 'text/html'));
}
