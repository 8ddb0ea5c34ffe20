/**
 * The Web Worker that extracts off the main thread: `new Worker(new URL('./extract.worker.ts',
 * import.meta.url), { type: 'module' })`, then post ExtractRequest messages and listen for
 * ExtractResponse ones (worker-protocol.ts).
 */
import { createExtractHandler, type ExtractRequest } from './worker-protocol';

const scope = self as unknown as { postMessage(message: unknown): void; onmessage: ((event: { data: ExtractRequest }) => void) | null };

const handle = createExtractHandler((response) => scope.postMessage(response), {
	async pdfjs() {
		const pdfjs = await import('pdfjs-dist');
		pdfjs.GlobalWorkerOptions.workerSrc = new URL('pdfjs-dist/build/pdf.worker.min.mjs', import.meta.url).href;
		return pdfjs;
	}
});

scope.onmessage = (event) => void handle(event.data);
