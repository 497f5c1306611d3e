/**
 * A Word document's text with mammoth, read from its document model rather than its raw-text
 * export: that export drops line breaks (words either side run together) and writes each table
 * cell as a paragraph. Here a paragraph is a line, a line break a newline, a tab a tab, a table
 * row one line of tab-separated cells (the same shape as minutes pasted from PDF), and an
 * automatically numbered list keeps its numbers ("1. at …") as the reader saw them.
 */

import mammoth from 'mammoth';
import { DOCUMENT_REASONS, type DocumentText } from './reasons';

/** The parts of mammoth's document model that carry text (see mammoth/lib/documents.js). */
interface DocElement {
	type: string;
	value?: string;
	children?: DocElement[];
	numbering?: { isOrdered: boolean; level: string } | null;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
	magic.every((b, i) => bytes[i] === b);

/** Inline text of an element: runs, hyperlinks, tabs and line breaks. */
function inline(e: DocElement): string {
	switch (e.type) {
		case 'text':
			return e.value ?? '';
		case 'tab':
			return '\t';
		case 'break':
			return '\n';
		case 'note':
		case 'comment':
		case 'image':
			return '';
		default:
			return (e.children ?? []).map(inline).join('');
	}
}

/** Counts automatically numbered paragraphs per list level, restarting after other text. */
class ListCounter {
	private counts: number[] = [];
	label(numbering: DocElement['numbering']): string {
		if (!numbering) {
			this.counts = [];
			return '';
		}
		const level = Number(numbering.level) || 0;
		this.counts.length = level + 1;
		this.counts[level] = (this.counts[level] ?? 0) + 1;
		return numbering.isOrdered ? `${this.counts[level]}. ` : '- ';
	}
}

function cellText(cell: DocElement): string {
	return (cell.children ?? [])
		.map((c) => (c.type === 'table' ? blockText(c, new ListCounter()) : inline(c)))
		.join(' ')
		.replace(/\s+/g, ' ')
		.trim();
}

function blockText(e: DocElement, list: ListCounter): string {
	if (e.type === 'paragraph') return `${list.label(e.numbering)}${inline(e)}\n`;
	if (e.type === 'table')
		return (e.children ?? [])
			.map((row) => `${(row.children ?? []).map(cellText).join('\t')}\n`)
			.join('');
	return (e.children ?? []).map((c) => blockText(c, list)).join('');
}

/** The text of a .docx body (headers, footers, notes and comments are not part of it). */
export async function docxText(bytes: Uint8Array): Promise<DocumentText> {
	if (startsWith(bytes, OLE_MAGIC)) return { ok: false, reason: DOCUMENT_REASONS.oldWord };
	if (!startsWith(bytes, ZIP_MAGIC)) return { ok: false, reason: DOCUMENT_REASONS.notDocx };
	let text = '';
	try {
		// mammoth reads a Buffer in Node and an ArrayBuffer in the browser; both accept the bytes.
		const input = { buffer: bytes, arrayBuffer: bytes } as unknown as { arrayBuffer: ArrayBuffer };
		await mammoth.convertToHtml(input, {
			transformDocument: (doc: DocElement) => {
				text = blockText(doc, new ListCounter());
				// Nothing is left to convert: the HTML is never made, let alone shown.
				return { ...doc, children: [] };
			}
		});
	} catch {
		return { ok: false, reason: DOCUMENT_REASONS.notDocx };
	}
	if (text.trim() === '') return { ok: false, reason: DOCUMENT_REASONS.docxNoText };
	return { ok: true, text };
}
