/**
 * Saving edited maps off the page's thread: the page hands each change over in one message, at
 * once, and the write goes on here however long the page is busy drawing the change (every turn
 * of a write, open, read, put, commit, would otherwise wait behind the page's long tasks).
 */
import * as Comlink from 'comlink';
import { openMapDatabase } from './map-database';
import { SaveQueue } from './map-save-queue';

const queue = new SaveQueue();
const api = {
	save: queue.save.bind(queue),
	/** Loads the database code and opens the database before the first save needs them. */
	prepare: async () => void (await openMapDatabase())
};

export type MapSaveWorkerApi = typeof api;

Comlink.expose(api);
