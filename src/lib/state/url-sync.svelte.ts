/**
 * Keeps the URL and the explorer in step: state changes write the URL (a history
 * entry when the selection changes, a replacement otherwise); back/forward read it.
 */
import { afterNavigate, goto } from '$app/navigation';
import { page } from '$app/state';
import { untrack } from 'svelte';
import { browserLang, isLang, locale, type Lang } from '../i18n/i18n.svelte';
import type { Explorer } from './explorer.svelte';
import { formatParams, parseParams, selectionChanged } from './url-state';

export interface UrlProblems {
	unknownNode: string | null;
	unknownEdge: string | null;
}

/** Reads the URL into the explorer and keeps them in step. Call during component init. */
export function syncExplorerWithUrl(getExplorer: () => Explorer | null, report: (problems: UrlProblems) => void) {
	/** The language goes into the URL once it came from there or the user chose it. */
	let langInUrl: Lang | null = null;
	/** The query last handed to goto: page.url lags until that navigation lands, so it must not be pushed twice. */
	let pending: string | null = null;

	function readUrl(explorer: Explorer) {
		const params = parseParams(page.url.searchParams);
		if (params.lang) {
			langInUrl = params.lang;
			locale.lang = params.lang;
		}
		report(explorer.apply(params));
	}

	afterNavigate(({ type }) => {
		const explorer = getExplorer();
		if (explorer && type === 'popstate') readUrl(explorer);
	});

	$effect(() => {
		const explorer = getExplorer();
		if (!explorer) return;
		if (langInUrl !== null || locale.lang !== browserLang(navigator.languages)) langInUrl = locale.lang;
		const next = explorer.params(langInUrl);
		const search = formatParams(next);
		// Only state changes write the URL; a URL change (back/forward) is read in afterNavigate instead.
		const current = untrack(() => page.url);
		if (search === current.search || search === pending) return;
		pending = search;
		const previous = parseParams(current.searchParams);
		goto(search || current.pathname, {
			replaceState: !selectionChanged(previous, next),
			keepFocus: true,
			noScroll: true
		}).finally(() => {
			if (pending === search) pending = null;
		});
	});

	return { readUrl, initialLang: () => (isLang(page.url.searchParams.get('lang')) ? null : browserLang(navigator.languages)) };
}
