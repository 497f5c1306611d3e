/**
 * A document's bytes to its source text, by file type: PDF (pdf.js), Word (.docx, mammoth),
 * plain text and Markdown (the extraction library's decoder: UTF-8, UTF-16 with BOM,
 * Windows-1252). The same module serves the CLI and the browser's import worker; only the
 * pdf.js build differs, so the caller passes a loader for it.
 */

import { decodeBytes } from '../minutes/decode';
import { docxText } from './docx-text';
import { pdfText, type PdfJsModule } from './pdf-text';
import { DOCUMENT_REASONS, MAX_BYTES, tooLarge, unknownType, type DocumentText } from './reasons';

export type { DocumentText } from './reasons';

export interface DocumentReaders {
	/** Loads pdf.js once it is needed (it is large, and most batches are all one kind). */
	pdfjs: () => Promise<PdfJsModule>;
}

/** File types read as text. */
export const TEXT_EXTENSIONS = ['.txt', '.md', '.markdown', '.text'] as const;
/** Every file type Mødespor reads, for file pickers and folder imports. */
export const DOCUMENT_EXTENSIONS = [...TEXT_EXTENSIONS, '.pdf', '.docx'] as const;

export function extensionOf(name: string): string {
	const dot = name.lastIndexOf('.');
	const slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
	return dot > slash && dot >= 0 ? name.slice(dot).toLowerCase() : '';
}

export function isDocumentName(name: string): boolean {
	return (DOCUMENT_EXTENSIONS as readonly string[]).includes(extensionOf(name));
}

/** A plain-text or Markdown file's text, synchronously (tests and tools that read only text). */
export function plainDocumentText(name: string, bytes: Uint8Array): DocumentText {
	if (bytes.length === 0) return { ok: false, reason: DOCUMENT_REASONS.empty };
	const ext = extensionOf(name);
	if (!(TEXT_EXTENSIONS as readonly string[]).includes(ext))
		return { ok: false, reason: unknownType(ext) };
	if (bytes.length > MAX_BYTES.text) return { ok: false, reason: tooLarge(bytes.length, 'text') };
	if (bytes.includes(0) && !(bytes[0] === 0xff || bytes[0] === 0xfe))
		return { ok: false, reason: DOCUMENT_REASONS.binaryText };
	return { ok: true, text: decodeBytes(bytes).text };
}

export async function documentText(
	name: string,
	bytes: Uint8Array,
	readers: DocumentReaders
): Promise<DocumentText> {
	if (bytes.length === 0) return { ok: false, reason: DOCUMENT_REASONS.empty };
	const ext = extensionOf(name);
	if ((TEXT_EXTENSIONS as readonly string[]).includes(ext)) return plainDocumentText(name, bytes);
	if (ext === '.pdf')
		return bytes.length > MAX_BYTES.pdf
			? { ok: false, reason: tooLarge(bytes.length, 'pdf') }
			: pdfText(await readers.pdfjs(), bytes);
	if (ext === '.docx')
		return bytes.length > MAX_BYTES.docx
			? { ok: false, reason: tooLarge(bytes.length, 'docx') }
			: docxText(bytes);
	if (ext === '.doc') return { ok: false, reason: DOCUMENT_REASONS.oldWord };
	return { ok: false, reason: unknownType(ext) };
}
