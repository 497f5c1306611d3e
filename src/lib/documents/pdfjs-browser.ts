/**
 * pdf.js in the browser's import worker: the modern build with its worker module loaded into the
 * same thread (pdf.js then needs no second worker and no workerSrc), both bundled by Vite from
 * the package, so nothing is fetched from a CDN. Loaded on the first PDF of a batch.
 */

import type { PdfJsModule } from './pdf-text';

let loading: Promise<PdfJsModule> | null = null;

export function browserPdfJs(): Promise<PdfJsModule> {
	loading ??= Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.mjs')]).then(
		([pdfjs, worker]) => {
			(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
			return pdfjs;
		}
	);
	return loading;
}
