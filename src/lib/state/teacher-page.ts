/** What every teaching page does first: pick the language (URL, else browser) and load the graph. */
import { asset } from '$app/paths';
import { browserLang, isLang, locale } from '../i18n/i18n.svelte';
import { graphSource, type GraphLoad } from './graph-source.svelte';

export function startTeacherPage(): Promise<GraphLoad> {
	const lang = new URLSearchParams(location.search).get('lang');
	locale.lang = isLang(lang) ? lang : browserLang(navigator.languages);
	return graphSource.load(fetch, asset('/graph.json'));
}

export function prefersReducedMotion(): boolean {
	return matchMedia('(prefers-reduced-motion: reduce)').matches;
}
