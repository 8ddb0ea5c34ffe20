/**
 * The maps the explorer can show: the default knowledge base (graphSource) and
 * the maps the user imported, and which one is active. Importing adds a map
 * beside the others; nothing here ever replaces or changes an existing one.
 */
import type { KnowledgeGraph } from '../kg/model';
import { deleteStoredMap, loadStoredMaps, readStoredMap } from './map-storage';

export const DEFAULT_MAP_ID = 'default';

export interface ImportedMap {
	id: string;
	title: string;
	fileName: string;
	createdAt: number;
}

class Maps {
	imported = $state.raw<ImportedMap[]>([]);
	activeId = $state(DEFAULT_MAP_ID);
	/** False when IndexedDB could not be used: imported maps last until the tab closes. */
	persistent = $state(true);
	#graphs = new Map<string, KnowledgeGraph>();
	#restored: Promise<void> | null = null;

	/** Reads the stored maps once; a stored map that no longer validates is reported and kept, not fatal. */
	restore(): Promise<void> {
		this.#restored ??= loadStoredMaps()
			.then((stored) => {
				const kept: ImportedMap[] = [];
				for (const map of stored) {
					const graph = readStoredMap(map);
					if (!graph) continue;
					this.#graphs.set(map.id, graph);
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

	/** Adds a map the import worker read (and tried to store): `saved` false means it lasts until the tab closes. */
	adopt(map: ImportedMap, graph: KnowledgeGraph, saved: boolean): void {
		this.#graphs.set(map.id, graph);
		this.imported = [...this.imported, map];
		if (!saved) this.persistent = false;
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
