/**
 * The explorer's view state as URL search parameters, so every view is a link.
 * Pure: parse and format, with defaults left out of the URL.
 */
import { isLang, type Lang } from '../i18n/i18n.svelte';
import { isLayoutName, type LayoutName } from '../view/layouts';

export type Depth = 1 | 2 | 3;

export interface ExplorerParams {
	node: string | null;
	edge: string | null;
	focus: string | null;
	depth: Depth;
	layout: LayoutName;
	hide: string[];
	lang: Lang | null;
	from: string | null;
	to: string | null;
	communities: boolean;
	/** The active map when it is not the default one (maps.svelte.ts). */
	map?: string | null;
}

export const DEFAULT_PARAMS: ExplorerParams = {
	node: null,
	edge: null,
	focus: null,
	depth: 1,
	layout: 'force',
	hide: [],
	lang: null,
	from: null,
	to: null,
	communities: false
};

function toDepth(value: string | null): Depth {
	const n = Number(value);
	return n === 2 || n === 3 ? n : 1;
}

export function parseParams(search: URLSearchParams): ExplorerParams {
	const layout = search.get('layout');
	const lang = search.get('lang');
	return {
		node: search.get('node') || null,
		edge: search.get('edge') || null,
		focus: search.get('focus') || null,
		depth: toDepth(search.get('depth')),
		layout: isLayoutName(layout) ? layout : 'force',
		hide: (search.get('hide') ?? '').split(',').filter(Boolean).sort(),
		lang: isLang(lang) ? lang : null,
		from: search.get('from') || null,
		to: search.get('to') || null,
		communities: search.get('communities') === '1',
		// Only present when set, so URLs of the default map parse exactly as before.
		...(search.get('map') ? { map: search.get('map') } : {})
	};
}

/** A query string ("?…" or "") in a fixed parameter order, so equal states give equal URLs. */
export function formatParams(params: ExplorerParams): string {
	const search = new URLSearchParams();
	if (params.map) search.set('map', params.map);
	if (params.node) search.set('node', params.node);
	if (params.edge) search.set('edge', params.edge);
	if (params.focus) {
		search.set('focus', params.focus);
		search.set('depth', String(params.depth));
	}
	if (params.layout !== 'force') search.set('layout', params.layout);
	if (params.hide.length) search.set('hide', [...params.hide].sort().join(','));
	if (params.from) search.set('from', params.from);
	if (params.to) search.set('to', params.to);
	if (params.communities) search.set('communities', '1');
	if (params.lang) search.set('lang', params.lang);
	const query = search.toString();
	return query ? `?${query}` : '';
}

/** Whether going from a to b changes what is selected (a history step) rather than how it is shown. */
export function selectionChanged(a: ExplorerParams, b: ExplorerParams): boolean {
	return a.node !== b.node || a.edge !== b.edge || (a.map ?? null) !== (b.map ?? null);
}
