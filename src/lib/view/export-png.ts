/** PNG of a Cytoscape view: the current viewport or the whole graph, 1×–4×, white or transparent. */
import type { Core } from 'cytoscape';

export type PngScale = 1 | 2 | 3 | 4;

export interface PngExportOptions {
	scale?: PngScale;
	/** A CSS colour, or null for a transparent background. */
	background?: string | null;
	/** The whole graph instead of what is on screen. */
	full?: boolean;
}

export function exportPng(cy: Core, options: PngExportOptions = {}): Blob {
	return cy.png({
		output: 'blob',
		scale: options.scale ?? 2,
		full: options.full ?? false,
		...(options.background ? { bg: options.background } : {})
	}) as unknown as Blob;
}

/** The same picture as a data URL, for embedding in a PDF. */
export function exportPngDataUrl(cy: Core, options: PngExportOptions = {}): string {
	return cy.png({
		output: 'base64uri',
		scale: options.scale ?? 2,
		full: options.full ?? false,
		...(options.background ? { bg: options.background } : {})
	});
}
