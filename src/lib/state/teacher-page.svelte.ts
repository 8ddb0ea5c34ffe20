/**
 * What every teaching page does first: load the map it teaches from — the default knowledge
 * base, or an imported map named by `?map=ID`. (The root layout has picked the language.)
 */
import { asset } from '$app/paths';
import { graphSource, type GraphLoad } from './graph-source.svelte';
import { DEFAULT_MAP_ID, maps } from './maps.svelte';

class TeacherSource {
	current = $state.raw<GraphLoad>({ status: 'loading' });
	/** The imported map taught from, for links between the views; null for the default map. */
	mapId = $state<string | null>(null);
}

export const teacherSource = new TeacherSource();

export async function startTeacherPage(): Promise<GraphLoad> {
	const params = new URLSearchParams(location.search);
	const wanted = params.get('map');
	if (wanted && wanted !== DEFAULT_MAP_ID) {
		await maps.restore();
		const graph = maps.graphOf(wanted);
		teacherSource.mapId = graph ? wanted : null;
		teacherSource.current = graph
			? { status: 'ready', graph }
			: { status: 'error', message: 'io.unknownMap', params: { id: wanted }, problems: [] };
		return teacherSource.current;
	}
	teacherSource.current = await graphSource.load(fetch, asset('/graph.json'));
	return teacherSource.current;
}

/** The same view on the same map: `?map=` carried along when teaching from an imported map. */
export function withMap(href: string, mapId: string | null): string {
	if (!mapId) return href;
	return `${href}${href.includes('?') ? '&' : '?'}map=${encodeURIComponent(mapId)}`;
}

export function prefersReducedMotion(): boolean {
	return matchMedia('(prefers-reduced-motion: reduce)').matches;
}
