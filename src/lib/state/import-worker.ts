/**
 * The import worker: reading, decoding, parsing, checking and laying out an
 * imported file happen here, off the page's thread, so a large or hostile
 * file never freezes the tab and Cancel can stop it at once (the page
 * terminates this worker); so are the search index of the new map and
 * storing it in the browser. What waits for the user (CSV tables before their
 * column mapping, a graph too large to draw) stays here; the page gets only
 * what it shows, and a finished graph as its serialised form.
 */
import * as Comlink from 'comlink';
import type { CsvColumnMapping, CsvContext } from '../kg/io/csv';
import type { ImportError, ImportNote } from '../kg/io/errors';
import { MAX_DRAWN_EDGES, MAX_DRAWN_NODES } from '../kg/io/limits';
import { newMapId, storeMap, type StoredMap } from './map-database';
import { finishCsv, openPart, readImport, type ImportOutcome, type PendingCsv, type ProgressListener } from './import-file';

/** What crosses to the page: plain data only. */
export type WorkerOutcome =
	| { kind: 'graph'; map: StoredMap; saved: boolean; notes: ImportNote[]; searchIndex: string }
	| { kind: 'csv'; nodes: { name: string; columns: string[] }; edges: { name: string; columns: string[] } | null; mapping: CsvColumnMapping }
	| { kind: 'too-big'; fileName: string; nodes: number; edges: number; maxNodes: number; maxEdges: number }
	| { kind: 'error'; error: ImportError; fileName: string };

let pendingCsv: PendingCsv | null = null;
let tooBig: Extract<ImportOutcome, { kind: 'too-big' }> | null = null;

async function toWire(outcome: ImportOutcome | null, progress: ProgressListener): Promise<WorkerOutcome | null> {
	pendingCsv = null;
	tooBig = null;
	if (!outcome) return null;
	switch (outcome.kind) {
		case 'graph': {
			progress({ phase: 'indexing' });
			const { serializeSearchIndex } = await import('../kg/query/search-index');
			const searchIndex = serializeSearchIndex(outcome.graph);
			// Stored from here, so the page never copies the map for storage.
			progress({ phase: 'saving' });
			const map: StoredMap = { id: newMapId(), title: outcome.title, fileName: outcome.fileName, createdAt: Date.now(), data: outcome.graph.export() };
			const saved = await storeMap(map);
			return { kind: 'graph', map, saved, notes: outcome.notes, searchIndex };
		}
		case 'csv': {
			pendingCsv = outcome.pending;
			const { nodes, edges, mapping } = outcome.pending;
			return {
				kind: 'csv',
				nodes: { name: nodes.name, columns: nodes.columns },
				edges: edges && { name: edges.name, columns: edges.columns },
				mapping
			};
		}
		case 'too-big':
			tooBig = outcome;
			return { kind: 'too-big', fileName: outcome.fileName, nodes: outcome.nodes, edges: outcome.edges, maxNodes: MAX_DRAWN_NODES, maxEdges: MAX_DRAWN_EDGES };
		case 'error':
			return outcome;
	}
}

const api = {
	async read(files: File[], onProgress: ProgressListener): Promise<WorkerOutcome | null> {
		return toWire(await readImport(files, onProgress), onProgress);
	},
	async confirmCsv(mapping: CsvColumnMapping, context: CsvContext | null, onProgress: ProgressListener): Promise<WorkerOutcome | null> {
		const pending = pendingCsv;
		return toWire(pending ? await finishCsv(pending, mapping, context, onProgress) : null, onProgress);
	},
	async openPart(onProgress: ProgressListener): Promise<WorkerOutcome | null> {
		const held = tooBig;
		return toWire(held ? await openPart(held, onProgress) : null, onProgress);
	}
};

export type ImportWorkerApi = typeof api;

Comlink.expose(api);
