/**
 * Keeps the URL and the explorer in step: state changes write the URL (a history
 * entry when the selection changes, a replacement otherwise); back/forward read it.
 */
import { afterNavigate, goto } from '$app/navigation';
import { page } from '$app/state';
import { untrack } from 'svelte';
import { locale } from '../i18n/i18n.svelte';
import type { Explorer } from './explorer.svelte';
import { formatParams, parseParams, selectionChanged } from './url-state';

export interface UrlProblems {
	unknownNode: string | null;
	unknownEdge: string | null;
}

/** Reads the URL into the explorer and keeps them in step. Call during component init. */
export function syncExplorerWithUrl(getExplorer: () => Explorer | null, report: (problems: UrlProblems) => void) {
	/** The query last handed to goto: page.url lags until that navigation lands, so it must not be pushed twice. */
	let pending: string | null = null;

	function readUrl(explorer: Explorer) {
		// The language is a preference, not history: the root layout read it from the link.
		report(explorer.readParams(parseParams(page.url.searchParams)));
	}

	afterNavigate(({ type }) => {
		const explorer = getExplorer();
		if (explorer && type === 'popstate') readUrl(explorer);
	});

	$effect(() => {
		const explorer = getExplorer();
		if (!explorer) return;
		// The language goes into the URL once it was chosen (here, earlier, or by the link).
		const next = explorer.params(locale.chosen ? locale.lang : null);
		const search = formatParams(next);
		// Only state changes write the URL; a URL change (back/forward) is read in afterNavigate instead.
		const current = untrack(() => page.url);
		if (search === current.search) {
			pending = null; // back where the URL already is: a write still waiting is void
			return;
		}
		if (search === pending) return;
		pending = search;
		const previous = parseParams(current.searchParams);
		const replaceState = !selectionChanged(previous, next);
		const write = () => {
			if (pending !== search) return;
			goto(search || current.pathname, { replaceState, keepFocus: true, noScroll: true }).finally(() => {
				if (pending === search) pending = null;
			});
		};
		// The address bar is the last thing a person looks at: within a map it is written when the
		// page is idle, after the panel and the canvas have painted, so the router's work (5–20 ms)
		// never delays their frames. Another map is a new page of its own and gets its address at once.
		if ((previous.map ?? null) === (next.map ?? null)) whenIdle(write);
		else write();
	});

	/**
	 * Runs `fn` once the page is idle, and within a second at the latest. Where the browser has no
	 * idle callback, in a task after the next three frames (the panel's, the canvas restyle's and the next).
	 */
	function whenIdle(fn: () => void) {
		if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 1000 });
		else requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(fn, 0))));
	}

	return { readUrl };
}
