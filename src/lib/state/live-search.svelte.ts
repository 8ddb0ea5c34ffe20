/**
 * A map's search index that follows its edits. Built once after the first paint (or loaded from
 * the one the import worker built); then every change of the graph marks the concepts it touched,
 * and they are indexed again after a pause in the editing, or at the latest before the next
 * search, so a search never answers from the map as it was before an edit.
 */
import type { KnowledgeGraph } from '../kg/model';
import type { SearchHit, SearchIndex, SearchOptions } from '../kg/query/search-index';
import { takeSearchIndex } from './prebuilt-search';

/** Quiet time after an edit before its concepts are indexed again: a burst of edits is indexed once. */
const REINDEX_DELAY_MS = 300;

const NODE_EVENTS = ['nodeAdded', 'nodeDropped', 'nodeAttributesUpdated'] as const;
/** Connections rank the hits: a relation added or deleted re-ranks, no concept needs indexing. */
const EDGE_EVENTS = ['edgeAdded', 'edgeDropped'] as const;
/** Changes that may touch any concept: the whole index is built again. */
const WHOLE_EVENTS = ['cleared', 'eachNodeAttributesUpdated', 'attributesUpdated'] as const;

type SearchModule = typeof import('../kg/query/search-index');

export class LiveSearch {
	readonly graph: KnowledgeGraph;
	/** Ticks when the index is ready or indexed again: hits derived from `search` are computed anew. */
	version = $state(0);
	#module: SearchModule | null = null;
	#index: SearchIndex | null = null;
	#building = false;
	/** Concepts changed since they were last indexed. */
	#dirty = new Set<string>();
	/** Relations changed: the ranking by connections is recomputed. */
	#reRank = false;
	#whole = false;
	#timer: ReturnType<typeof setTimeout> | null = null;
	#unhook: () => void;

	constructor(graph: KnowledgeGraph) {
		this.graph = graph;
		const onNode = ({ key }: { key: string }) => this.#changed(() => this.#dirty.add(key));
		const onEdge = () => this.#changed(() => (this.#reRank = true));
		const onWhole = () => this.#changed(() => (this.#whole = true));
		for (const event of NODE_EVENTS) graph.on(event, onNode);
		for (const event of EDGE_EVENTS) graph.on(event, onEdge);
		for (const event of WHOLE_EVENTS) graph.on(event, onWhole);
		this.#unhook = () => {
			for (const event of NODE_EVENTS) graph.removeListener(event, onNode);
			for (const event of EDGE_EVENTS) graph.removeListener(event, onEdge);
			for (const event of WHOLE_EVENTS) graph.removeListener(event, onWhole);
		};
	}

	get ready(): boolean {
		return this.version > 0;
	}

	/** Builds the index (once): the import worker's when it left one, else here. */
	async build(): Promise<void> {
		if (this.#index || this.#building) return;
		this.#building = true;
		const [module, prebuilt] = await Promise.all([import('../kg/query/search-index'), takeSearchIndex(this.graph)]);
		this.#module = module;
		// The worker's index is of the map as imported; what was edited since is indexed by the flush.
		this.#index = prebuilt ? await module.loadSearchIndex(this.graph, prebuilt) : module.createSearchIndex(this.graph);
		this.#flush();
		this.version++;
	}

	search(query: string, options?: SearchOptions): SearchHit[] {
		if (!this.#index) return [];
		this.#flush();
		return this.#index.search(query, options);
	}

	dispose(): void {
		this.#unhook();
		if (this.#timer) clearTimeout(this.#timer);
	}

	#changed(mark: () => void) {
		mark();
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = setTimeout(() => {
			this.#timer = null;
			if (this.#flush()) this.version++;
		}, REINDEX_DELAY_MS);
	}

	/** Indexes what changed since the last time; true when there was something. */
	#flush(): boolean {
		if (!this.#index || !this.#module || (this.#dirty.size === 0 && !this.#reRank && !this.#whole)) return false;
		if (this.#whole) this.#index = this.#module.createSearchIndex(this.graph);
		else this.#index.refresh(this.#dirty);
		this.#dirty.clear();
		this.#reRank = this.#whole = false;
		return true;
	}
}
