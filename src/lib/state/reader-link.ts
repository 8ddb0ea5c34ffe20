/** Links into the reader: an article at a passage, with the concepts it should highlight. */
import { resolve } from '$app/paths';
import { withLang } from '../i18n/i18n.svelte';
import { maps } from './maps.svelte';

/**
 * `/read/DOC?concept=a,b#passage-ID`: the reader highlights those concepts only (others on request).
 * The link stays on the open map (`&map=ID`): an imported map's passages are read in its own articles.
 */
export function readerHref(doc: string, passage: string | null, concepts: string[] = []): string {
	const query = concepts.length ? `?concept=${concepts.map(encodeURIComponent).join(',')}` : '';
	return withLang(maps.href(`${resolve('/read/[doc]', { doc })}${query}`)) + (passage ? `#passage-${passage}` : '');
}

/** The concepts a reader link asks to highlight. */
export function linkedConcepts(search: URLSearchParams): string[] {
	return (search.get('concept') ?? '').split(',').filter(Boolean);
}
