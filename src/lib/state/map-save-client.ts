/**
 * The page's side of the save worker: one worker, started on the first save. Where there is no
 * worker (tests in Node) or it fails, the page writes itself through a queue of its own, with the
 * map copied first (a worker gets a copy in the message) so later edits cannot reach into it.
 */
import * as Comlink from 'comlink';
import type { SaveResult, StoredMapRecord } from './map-database';
import { SaveQueue } from './map-save-queue';
import type { MapSaveWorkerApi } from './map-save-worker';

let worker: { api: Comlink.Remote<MapSaveWorkerApi>; failed: Promise<never> } | null = null;
let broken = typeof Worker === 'undefined';
let onPage: SaveQueue | null = null;

function connect() {
	const started = new Worker(new URL('./map-save-worker.ts', import.meta.url), { type: 'module' });
	const failed = new Promise<never>((_resolve, reject) => {
		started.addEventListener('error', (event) => {
			event.preventDefault();
			broken = true;
			worker = null;
			started.terminate();
			reject(new Error(`save worker failed: ${event.message}`));
		});
	});
	failed.catch(() => undefined);
	const api = Comlink.wrap<MapSaveWorkerApi>(started);
	// A failure to open shows on the first save, which tries again.
	api.prepare().catch(() => undefined);
	return { api, failed };
}

/** Starts the save worker before the first change, so that change need not wait for it to boot. */
export function prepareSaving(): void {
	if (!broken) worker ??= connect();
}

/** Saves `map` and its history (see `SaveQueue`), in the save worker when there is one. */
export async function saveMap(map: StoredMapRecord, history: unknown, base: number): Promise<SaveResult> {
	if (!broken) {
		worker ??= connect();
		try {
			return await Promise.race([worker.api.save(map, history, base), worker.failed]);
		} catch (error) {
			if (!broken) throw error;
		}
	}
	onPage ??= new SaveQueue();
	return onPage.save(structuredClone(map), structuredClone(history), base);
}
