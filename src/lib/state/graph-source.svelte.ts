/**
 * Loads and validates the knowledge graph once per page session, shared by every route.
 * A failure becomes a message to show, never a blank page or an uncaught error.
 */
import { validateSerializedGraph, type KnowledgeGraph, type ValidationProblem } from '../kg/model';
import type { MessageKey } from '../i18n/i18n.svelte';

export type GraphLoad =
	| { status: 'loading' }
	| { status: 'ready'; graph: KnowledgeGraph }
	| {
			status: 'error';
			message: MessageKey;
			params: Record<string, string | number>;
			problems: ValidationProblem[];
	  };

/** Parses a fetched graph.json body into a load result. */
export function readGraphJson(body: string): GraphLoad {
	let data: unknown;
	try {
		data = JSON.parse(body);
	} catch (error) {
		return { status: 'error', message: 'error.json', params: { message: (error as Error).message }, problems: [] };
	}
	const result = validateSerializedGraph(data);
	if (!result.ok)
		return {
			status: 'error',
			message: 'error.invalid',
			params: { count: result.problems.length },
			problems: result.problems
		};
	return { status: 'ready', graph: result.graph };
}

class GraphSource {
	current = $state.raw<GraphLoad>({ status: 'loading' });
	#pending: Promise<GraphLoad> | null = null;

	/** Fetches `url` once; later calls share the first result. */
	load(fetchFn: typeof fetch, url: string): Promise<GraphLoad> {
		this.#pending ??= fetchFn(url)
			.then(async (response) => {
				if (!response.ok)
					return {
						status: 'error',
						message: 'error.fetch',
						params: { status: `HTTP ${response.status}` },
						problems: []
					} satisfies GraphLoad;
				return readGraphJson(await response.text());
			})
			.catch(
				(error: unknown): GraphLoad => ({
					status: 'error',
					message: 'error.fetch',
					params: { status: String(error) },
					problems: []
				})
			)
			.then((result) => (this.current = result));
		return this.#pending;
	}
}

export const graphSource = new GraphSource();
