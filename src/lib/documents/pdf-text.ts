/**
 * A PDF's text with pdf.js, laid out the same way every time so evidence offsets are stable:
 * per page, text items grouped into lines by their baseline (top to bottom), each line's items
 * ordered left to right, a wide gap written as a tab (table columns, a table of contents' page
 * numbers) and a narrow one as a space; pages end with a form feed, as pdftotext writes them.
 * Page furniture (running headers, "Side 3 af 6") is kept for the normaliser to recognise.
 *
 * The pdf.js module is passed in: the CLI uses its Node (legacy) build, the import worker the
 * browser build, so this file runs unchanged on both sides.
 */

import type * as PdfJs from 'pdfjs-dist';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { DOCUMENT_REASONS, type DocumentText } from './reasons';

export type PdfJsModule = Pick<typeof PdfJs, 'getDocument'>;

interface Placed {
	x: number;
	end: number;
	y: number;
	size: number;
	str: string;
}

/** Gaps wider than this share of the font size separate columns; narrower ones are spaces. */
const COLUMN_GAP = 1.2;
const WORD_GAP = 0.12;
/** Items whose baselines differ by less than this share of the font size are one line. */
const SAME_LINE = 0.4;
/** A baseline step this many times the page's usual one is a paragraph break. */
const PARAGRAPH_STEP = 1.4;

const PDF_MAGIC = '%PDF-';
const EOF_MARK = '%%EOF';

function latin1(bytes: Uint8Array, from: number, to: number): string {
	let s = '';
	for (let i = Math.max(0, from); i < Math.min(bytes.length, to); i++)
		s += String.fromCharCode(bytes[i] as number);
	return s;
}

/** Why these bytes are not a whole PDF, before pdf.js is asked (it quietly repairs damage). */
export function pdfShapeProblem(bytes: Uint8Array): string | null {
	if (!latin1(bytes, 0, 1024).includes(PDF_MAGIC))
		return looksLikeText(bytes) ? DOCUMENT_REASONS.pdfIsText : DOCUMENT_REASONS.notPdf;
	if (!latin1(bytes, bytes.length - 4096, bytes.length).includes(EOF_MARK))
		return DOCUMENT_REASONS.truncated;
	return null;
}

function looksLikeText(bytes: Uint8Array): boolean {
	const n = Math.min(bytes.length, 4096);
	let control = 0;
	for (let i = 0; i < n; i++) {
		const b = bytes[i] as number;
		if (b < 9 || (b > 13 && b < 32)) control++;
	}
	return control === 0;
}

function placed(item: TextItem): Placed {
	const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform as number[];
	// The font size is the length of the text matrix's vertical vector (rotation-free for minutes).
	const size = Math.hypot(c, d) || Math.hypot(a, b) || item.height || 1;
	return { x: e, end: e + item.width, y: f, size, str: item.str };
}

/** A line of a page: its text and where its baseline sits. */
export interface PageLine {
	y: number;
	size: number;
	text: string;
}

/** One page's items as text lines, top to bottom, each left to right. */
export function pageLines(items: readonly TextItem[]): PageLine[] {
	// pdf.js adds whitespace-only items where it infers a space; the gaps are measured here
	// instead, so a wide one (a table column) is not hidden behind an inferred space.
	const parts = items.filter((i) => i.str.trim() !== '').map(placed);
	// Stable sort: items on one baseline keep their drawing order before the x sort below.
	parts.sort((p, q) => q.y - p.y);
	const lines: Placed[][] = [];
	for (const p of parts) {
		const line = lines[lines.length - 1];
		const head = line?.[0];
		if (line && head && Math.abs(head.y - p.y) <= SAME_LINE * Math.max(head.size, p.size))
			line.push(p);
		else lines.push([p]);
	}
	return lines.map((line) => ({
		y: line[0]?.y ?? 0,
		size: Math.max(...line.map((p) => p.size)),
		text: lineText(line)
	}));
}

/**
 * The document's text: pages joined by a form feed, and an empty line wherever the baseline
 * steps clearly further than the document's line spacing (a paragraph break, as in text
 * minutes and as pdftotext writes it). The line spacing is the smallest step that recurs, so
 * a page of short paragraphs does not make its paragraph gap look like the line spacing.
 */
export function layoutPages(pages: readonly (readonly PageLine[])[]): string {
	const steps = new Map<number, number>();
	for (const lines of pages)
		for (let i = 1; i < lines.length; i++) {
			const [a, b] = [lines[i - 1] as PageLine, lines[i] as PageLine];
			const step = Math.round(a.y - b.y);
			if (step >= 0.8 * Math.min(a.size, b.size)) steps.set(step, (steps.get(step) ?? 0) + 1);
		}
	const recurring = [...steps].filter(([, n]) => n >= 3).map(([step]) => step);
	const usual = recurring.length ? Math.min(...recurring) : 0;
	return `${pages
		.map((lines) =>
			lines
				.map((l, i) => {
					const prev = lines[i - 1];
					const gap = prev && usual > 0 && prev.y - l.y > PARAGRAPH_STEP * usual;
					return gap ? `\n${l.text}` : l.text;
				})
				.join('\n')
		)
		.join('\n\f')}\n`;
}

function lineText(line: Placed[]): string {
	line.sort((p, q) => p.x - q.x);
	let text = '';
	let prev: Placed | null = null;
	for (const p of line) {
		if (prev) {
			const gap = p.x - prev.end;
			const size = Math.max(prev.size, p.size);
			if (gap > COLUMN_GAP * size) text += '\t';
			else if (gap > WORD_GAP * size && !/\s$/.test(text) && !/^\s/.test(p.str)) text += ' ';
		}
		text += p.str;
		prev = p;
	}
	return text.trimEnd();
}

function isTextItem(item: object): item is TextItem {
	return 'str' in item;
}

/** The text of a PDF, or the Danish reason it has none. */
export async function pdfText(pdfjs: PdfJsModule, bytes: Uint8Array): Promise<DocumentText> {
	const shape = pdfShapeProblem(bytes);
	if (shape) return { ok: false, reason: shape };
	const task = pdfjs.getDocument({
		// pdf.js takes ownership of (detaches) the buffer it is given, and refuses a Node Buffer:
		// hand it a plain copy.
		data: new Uint8Array(bytes),
		isEvalSupported: false,
		disableFontFace: true,
		useSystemFonts: false,
		stopAtErrors: true,
		verbosity: 0
	});
	try {
		const doc = await task.promise;
		if (doc.numPages === 0) return { ok: false, reason: DOCUMENT_REASONS.noPages };
		const pages: PageLine[][] = [];
		for (let n = 1; n <= doc.numPages; n++) {
			const page = await doc.getPage(n);
			const content = await page.getTextContent();
			pages.push(pageLines(content.items.filter(isTextItem)));
			page.cleanup();
		}
		if (pages.every((p) => p.length === 0)) return { ok: false, reason: DOCUMENT_REASONS.noText };
		return { ok: true, text: layoutPages(pages) };
	} catch (e) {
		const name = e instanceof Error ? e.name : '';
		if (name === 'PasswordException') return { ok: false, reason: DOCUMENT_REASONS.encrypted };
		return { ok: false, reason: DOCUMENT_REASONS.damaged };
	} finally {
		await task.destroy();
	}
}
