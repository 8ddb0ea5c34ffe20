/**
 * The page's side of the import worker: one worker, started on the first
 * import; Cancel terminates it (the only way to stop a parse that is busy)
 * and the next import starts a fresh one. A worker that dies (out of memory)
 * rejects the call instead of leaving the page waiting.
 */
import * as Comlink from 'comlink';
import type { ImportWorkerApi } from './import-worker';

export type WorkerCall<T> = { cancelled: true } | { cancelled: false; value: T };

export class ImportWorkerClient {
	#worker: Worker | null = null;
	#api: Comlink.Remote<ImportWorkerApi> | null = null;
	#settle: ((result: WorkerCall<never>) => void) | null = null;
	#fail: ((error: Error) => void) | null = null;
	/** Search indexes asked for and not yet arrived: a worker that goes answers them with null. */
	#waitingIndexes = new Set<(json: string | null) => void>();

	#connect(): Comlink.Remote<ImportWorkerApi> {
		if (!this.#api) {
			const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
			worker.addEventListener('error', (event) => {
				event.preventDefault();
				this.#drop();
				this.#fail?.(new Error(`import worker failed: ${event.message}`));
			});
			this.#worker = worker;
			this.#api = Comlink.wrap<ImportWorkerApi>(worker);
		}
		return this.#api;
	}

	#drop() {
		this.#worker?.terminate();
		this.#worker = null;
		this.#api = null;
		for (const answer of this.#waitingIndexes) answer(null);
		this.#waitingIndexes.clear();
	}

	/** The search index of the map the worker just opened, off the page's thread; null if the worker is gone. */
	searchIndex(mapId: string): Promise<string | null> {
		return new Promise((resolve) => {
			const answer = (json: string | null) => {
				this.#waitingIndexes.delete(answer);
				resolve(json);
			};
			this.#waitingIndexes.add(answer);
			this.#connect().searchIndex(mapId).then(answer, () => answer(null));
		});
	}

	/** Runs one call; resolves `{ cancelled: true }` if cancel() comes first. */
	run<T>(call: (api: Comlink.Remote<ImportWorkerApi>) => Promise<T>): Promise<WorkerCall<T>> {
		return new Promise<WorkerCall<T>>((resolve, reject) => {
			this.#settle = resolve;
			this.#fail = reject;
			call(this.#connect()).then(
				(value) => resolve({ cancelled: false, value }),
				(error) => reject(error instanceof Error ? error : new Error(String(error)))
			);
		}).finally(() => {
			this.#settle = null;
			this.#fail = null;
		});
	}

	/** Stops whatever the worker is doing; what it held (a pending CSV, a large graph) is gone with it. */
	cancel(): void {
		this.#drop();
		this.#settle?.({ cancelled: true });
	}
}

export { Comlink };
