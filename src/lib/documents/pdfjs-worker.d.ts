// pdf.js ships no types for its worker module; only its presence matters (see pdfjs-browser.ts).
declare module 'pdfjs-dist/build/pdf.worker.mjs' {
	export const WorkerMessageHandler: unknown;
}
