/**
 * A map written in one of the registry's formats, as a named file: the
 * format's code loaded when chosen, its centrality column computed only for
 * the formats that write one.
 */
import type { KnowledgeGraph } from '../model';
import { exportFileName } from './file-name';
import { formatById, type FormatId, type SerializeOptions } from './index';

export interface ExportedData {
	name: string;
	/** MIME type; text files say their charset. */
	type: string;
	data: string | Uint8Array;
}

export interface DataExportOptions extends SerializeOptions {
	/** The map's title, for the file name. */
	title: string;
	/** Added to the file name (e.g. `mindmap`), to tell apart files of one format. */
	variant?: string;
}

export async function exportData(id: FormatId, graph: KnowledgeGraph, options: DataExportOptions): Promise<ExportedData> {
	const format = formatById(id);
	const [module, centrality] = await Promise.all([
		format.load(),
		format.writesCentrality ? import('../query/centrality').then(({ centrality }) => centrality(graph)) : undefined
	]);
	if (!module.serialize) throw new Error(`${format.label} cannot be written`);
	const { title, variant, ...serializeOptions } = options;
	const data = module.serialize(graph, { ...serializeOptions, centrality });
	const variantName = variant ?? (id === 'csv' ? 'csv' : undefined);
	return {
		name: exportFileName(title, format.extensions[0], undefined, variantName),
		type: typeof data === 'string' ? `${format.mime};charset=utf-8` : format.mime,
		data
	};
}
