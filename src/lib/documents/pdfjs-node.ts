/** pdf.js for Node (the CLI and tests): its legacy build, which runs its worker in-process. */

import type { PdfJsModule } from './pdf-text';

let loading: Promise<PdfJsModule> | null = null;

export function nodePdfJs(): Promise<PdfJsModule> {
	loading ??= import('pdfjs-dist/legacy/build/pdf.mjs') as Promise<PdfJsModule>;
	return loading;
}
