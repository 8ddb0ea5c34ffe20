/**
 * The import worker: reading, decoding, parsing, checking and laying out an
 * imported file happen here, off the page's thread, so a large or hostile
 * file never freezes the tab and Cancel can stop it at once (the page
 * terminates this worker); so are storing the new map in the browser and,
 * once the map has gone to the page to be drawn, its search index. What waits for the user (CSV tables before their
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
	| { kind: 'graph'; map: StoredMap; saved: boolean; notes: ImportNote[] }
	| { kind: 'csv'; nodes: { name: string; columns: string[] }; edges: { name: string; columns: string[] } | null; mapping: CsvColumnMapping }
	| { kind: 'too-big'; fileName: string; nodes: number; edges: number; maxNodes: number; maxEdges: number }
	| { kind: 'error'; error: ImportError; fileName: string };

let pendingCsv: PendingCsv | null = null;
/** The map last handed over, until the page asks for its search index. */
let opened: { id: string; graph: ImportOutcome & { kind: 'graph' } } | null = null;
let tooBig: Extract<ImportOutcome, { kind: 'too-big' }> | null = null;

async function toWire(outcome: ImportOutcome | null, progress: ProgressListener): Promise<WorkerOutcome | null> {
	pendingCsv = null;
	tooBig = null;
	if (!outcome) return null;
	switch (outcome.kind) {
		case 'graph': {
			// Stored from here, so the page never copies the map for storage.
			progress({ phase: 'saving' });
			const map: StoredMap = { id: newMapId(), title: outcome.title, fileName: outcome.fileName, createdAt: Date.now(), data: outcome.graph.export() };
			const saved = await storeMap(map);
			opened = { id: map.id, graph: outcome };
			return { kind: 'graph', map, saved, notes: outcome.notes };
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
	},
	/** The serialised search index of the map just opened, built while the page draws it; null for another map. */
	async searchIndex(mapId: string): Promise<string | null> {
		if (opened?.id !== mapId) return null;
		const { graph } = opened.graph;
		opened = null;
		const { serializeSearchIndex } = await import('../kg/query/search-index');
		return serializeSearchIndex(graph);
	}
};

export type ImportWorkerApi = typeof api;

Comlink.expose(api);
