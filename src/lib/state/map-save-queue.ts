/**
 * The writes of edited maps, one map at a time: a write of a map waits for the one before it, and
 * while it waits a newer snapshot of the same map takes its place (it holds every change the older
 * one had), so a burst of edits costs a write or two, however fast it comes, and every change is
 * in a write that starts as soon as the one before it ends.
 *
 * Each write expects the stored revision to be the one this tab saw last: the page's (`base`,
 * what it read or was last told) or, when higher, the one this queue itself wrote last (its
 * answers may not have reached the page yet). Anything else means another tab saved in between.
 */
import { saveMapState, type SaveResult, type StoredMapRecord } from './map-database';

type Write = (map: StoredMapRecord, history: unknown, revision: number) => Promise<SaveResult>;

interface Waiting {
	map: StoredMapRecord;
	history: unknown;
	base: number;
	/** Every caller this write answers: its own, and those of the snapshots it replaced. */
	answers: { resolve: (result: SaveResult) => void; reject: (error: unknown) => void }[];
}

export class SaveQueue {
	readonly #write: Write;
	#waiting = new Map<string, Waiting>();
	#running = new Set<string>();
	#written = new Map<string, number>();

	constructor(write: Write = saveMapState) {
		this.#write = write;
	}

	/** Writes `map` (the caller must not change it afterwards) once the map's earlier write is done. */
	save(map: StoredMapRecord, history: unknown, base: number): Promise<SaveResult> {
		return new Promise((resolve, reject) => {
			const answers = [...(this.#waiting.get(map.id)?.answers ?? []), { resolve, reject }];
			this.#waiting.set(map.id, { map, history, base, answers });
			if (!this.#running.has(map.id)) void this.#run(map.id);
		});
	}

	async #run(id: string) {
		this.#running.add(id);
		try {
			for (let next = this.#waiting.get(id); next; next = this.#waiting.get(id)) {
				this.#waiting.delete(id);
				const revision = Math.max(next.base, this.#written.get(id) ?? next.base);
				try {
					const result = await this.#write(next.map, next.history, revision);
					if (result.status === 'saved') this.#written.set(id, result.revision);
					for (const answer of next.answers) answer.resolve(result);
				} catch (error) {
					for (const answer of next.answers) answer.reject(error);
				}
			}
		} finally {
			this.#running.delete(id);
		}
	}
}
