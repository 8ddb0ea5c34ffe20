/**
 * The Web Worker that reads files and extracts off the main thread: `new Worker(new
 * URL('./extract.worker.ts', import.meta.url), { type: 'module' })`, then post ExtractRequest
 * messages and listen for ExtractResponse ones (worker-protocol.ts). pdf.js, mammoth and the
 * extractor load here only, never with the page.
 */
import { createExtractHandler, type ExtractRequest } from './worker-protocol';

const scope = self as unknown as { postMessage(message: unknown): void; onmessage: ((event: { data: ExtractRequest }) => void) | null };

const handle = createExtractHandler((response) => scope.postMessage(response), {
	async pdfjs() {
		// pdf.js's worker code runs in this worker (importing it registers `globalThis.pdfjsWorker`):
		// no nested worker and no separate file to fetch, so PDFs read offline like everything else.
		const [pdfjs] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs')]);
		return pdfjs;
	}
});

scope.onmessage = (event) => void handle(event.data);
