/**
 * The tours page's library: one map's tours (generated, edited, the teacher's own) and what
 * can be done with them — save, rename, duplicate, import from a file, delete. Saved tours
 * belong to the map (tour-store.ts); the page only says what happened.
 */
import { readTourFile, type TourReadResult } from '../kg/io/tour-file';
import { lessonTours } from '../kg/query/lesson-tour';
import type { Tour } from '../kg/tour-model';
import { mergeTours, type TourMap } from './tour-catalogue';
import * as store from './tour-store';

/** Where saved tours are kept: IndexedDB in the browser (tour-store.ts). */
export interface TourShelf {
	savedTours(mapId: string): Promise<Tour[]>;
	saveTour(mapId: string, tour: Tour): Promise<Tour>;
	deleteTour(mapId: string, id: string): Promise<void>;
}

/** What a tour in the list is: generated, a generated one edited (saved under its id), or the teacher's own. */
export type TourOrigin = 'generated' | 'edited' | 'own';

export function tourOrigin(tour: Tour): TourOrigin {
	return tour.generated ? 'generated' : tour.id.startsWith('auto-') ? 'edited' : 'own';
}

export class TourLibrary {
	readonly map: TourMap;
	readonly #shelf: TourShelf;
	#tours = $state.raw<Tour[]>([]);
	#savedIds = $state.raw<Set<string>>(new Set());

	constructor(map: TourMap, shelf: TourShelf = store) {
		this.map = map;
		this.#shelf = shelf;
	}

	get tours(): readonly Tour[] {
		return this.#tours;
	}

	/** Whether the tour is stored here (so it can be deleted, or reset to its generated version). */
	isSaved(id: string): boolean {
		return this.#savedIds.has(id);
	}

	/** Reads the list again. The generated tours show even when the saved ones cannot be read; the failure is thrown after. */
	async refresh(): Promise<void> {
		let saved: Tour[] = [];
		let failure: unknown = null;
		try {
			saved = await this.#shelf.savedTours(this.map.id);
		} catch (error) {
			failure = error;
		}
		if (!failure) this.#savedIds = new Set(saved.map((s) => s.id));
		this.#tours = mergeTours(lessonTours(this.map.graph), saved);
		if (failure) throw failure;
	}

	async save(tour: Tour): Promise<void> {
		await this.#shelf.saveTour(this.map.id, tour);
		await this.refresh();
	}

	rename(tour: Tour, title: string): Promise<void> {
		return this.save({ ...tour, title });
	}

	/** A copy under a fresh id, with the title given. */
	duplicate(tour: Tour, title: string): Promise<void> {
		return this.save({ ...tour, id: store.newTourId(), title });
	}

	/** Deletes a saved tour; an edited generated tour goes back to its generated version. */
	async remove(tour: Tour): Promise<void> {
		await this.#shelf.deleteTour(this.map.id, tour.id);
		await this.refresh();
	}

	/**
	 * Reads a tour file against this map and saves it; nothing changes when it does not read.
	 * An imported tour never overwrites one of the teacher's own under the same id.
	 */
	async importFile(text: string): Promise<TourReadResult> {
		const result = readTourFile(text, this.map.graph);
		if (!result.ok) return result;
		const tour = this.isSaved(result.tour.id) ? { ...result.tour, id: store.newTourId() } : result.tour;
		await this.save(tour);
		return { ok: true, tour };
	}
}
