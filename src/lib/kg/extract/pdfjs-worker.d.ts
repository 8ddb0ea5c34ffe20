/** pdf.js's worker code, imported for its side effect (it registers `globalThis.pdfjsWorker`); it ships no types. */
declare module 'pdfjs-dist/build/pdf.worker.min.mjs';
