/**
 * The maps the explorer can show: the default knowledge base (graphSource) and
 * the maps the user imported, and which one is active. Importing adds a map
 * beside the others; nothing here ever replaces or changes an existing one.
 */
import { validateSerializedGraph, type KnowledgeGraph } from '../kg/model';
import { deleteStoredMap, loadStoredMaps, saveStoredMap, type StoredMap } from './map-storage';

export const DEFAULT_MAP_ID = 'default';
const SAVE_TIMEOUT_MS = 8000;

export interface ImportedMap {
	id: string;
	title: string;
	fileName: string;
	createdAt: number;
}

function newId(): string {
	return `m${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

class Maps {
	imported = $state.raw<ImportedMap[]>([]);
	activeId = $state(DEFAULT_MAP_ID);
	/** False when IndexedDB could not be used: imported maps last until the tab closes. */
	persistent = $state(true);
	#graphs = new Map<string, KnowledgeGraph>();
	#restored: Promise<void> | null = null;

	/** Reads the stored maps once; a stored map that no longer validates is skipped, not fatal. */
	restore(): Promise<void> {
		this.#restored ??= loadStoredMaps()
			.then((stored) => {
				const kept: ImportedMap[] = [];
				for (const map of stored) {
					const result = validateSerializedGraph(map.data);
					if (!result.ok) continue;
					this.#graphs.set(map.id, result.graph);
					kept.push({ id: map.id, title: map.title, fileName: map.fileName, createdAt: map.createdAt });
				}
				this.imported = [...kept, ...this.imported.filter((m) => !kept.some((k) => k.id === m.id))];
			})
			.catch(() => {
				this.persistent = false;
			});
		return this.#restored;
	}

	has(id: string): boolean {
		return id === DEFAULT_MAP_ID || this.#graphs.has(id);
	}

	/** An imported map's graph; the default one comes from graphSource. */
	graphOf(id: string): KnowledgeGraph | null {
		return this.#graphs.get(id) ?? null;
	}

	titleOf(id: string): string | null {
		return this.imported.find((m) => m.id === id)?.title ?? null;
	}

	/**
	 * Adds a map at once (it can be opened before it is stored); `saved` tells
	 * later whether the browser kept it, false when storage is blocked, full
	 * or does not answer within SAVE_TIMEOUT_MS.
	 */
	add(graph: KnowledgeGraph, title: string, fileName: string): { id: string; saved: Promise<boolean> } {
		const map: StoredMap = { id: newId(), title, fileName, createdAt: Date.now(), data: graph.export() };
		this.#graphs.set(map.id, graph);
		this.imported = [...this.imported, { id: map.id, title, fileName, createdAt: map.createdAt }];
		const timeout = new Promise<never>((_resolve, reject) =>
			setTimeout(() => reject(new Error('storage did not answer')), SAVE_TIMEOUT_MS)
		);
		const saved = Promise.race([saveStoredMap(map), timeout]).then(
			() => true,
			() => (this.persistent = false)
		);
		return { id: map.id, saved };
	}

	async remove(id: string): Promise<void> {
		if (id === DEFAULT_MAP_ID) return;
		this.#graphs.delete(id);
		this.imported = this.imported.filter((m) => m.id !== id);
		if (this.activeId === id) this.activeId = DEFAULT_MAP_ID;
		try {
			await deleteStoredMap(id);
		} catch {
			this.persistent = false;
		}
	}
}

export const maps = new Maps();
