/** A map of the library written in one of the registry's data formats and handed over as a download. */
import type { Lang } from '../kg/lang';
import type { KnowledgeGraph } from '../kg/model';
import type { FormatId } from '../kg/io/index';
import { downloadBlob } from './download';

/** Resolves to the name of the file downloaded. */
export async function downloadMap(format: FormatId, graph: KnowledgeGraph, title: string, lang: Lang): Promise<string> {
	const { exportData } = await import('../kg/io/export');
	const file = await exportData(format, graph, { title, lang });
	downloadBlob(file.name, new Blob([file.data as BlobPart], { type: file.type }));
	return file.name;
}
