/**
 * Minutes as a real PDF (pdf-lib): A4, Helvetica, lines wrapped to the page, tab-separated rows as
 * aligned columns, the running REFERAT header on every page after the first and "Side N af M"
 * on every page. Used for the committed fixture documents and for the import benchmark.
 */

import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

// Fixed dates keep the files the same from run to run.
export const FIXED_DATE = new Date(Date.UTC(2026, 0, 1));

export const PAGE = { width: 595.28, height: 841.89, margin: 56 };
const FONT_SIZE = 10;
const LINE = 13;
const FURNITURE_SIZE = 8;

export type Block = { kind: 'line'; text: string } | { kind: 'table'; rows: string[][] };

/** Lines, with each run of tab-separated lines (not table-of-contents lines) as one table. */
export function blocks(text: string): Block[] {
	const out: Block[] = [];
	for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
		const isRow = line.includes('\t') && !line.includes('.....');
		const last = out[out.length - 1];
		if (isRow && last?.kind === 'table') last.rows.push(line.split('\t'));
		else if (isRow) out.push({ kind: 'table', rows: [line.split('\t')] });
		else out.push({ kind: 'line', text: line });
	}
	return out;
}

function wrap(text: string, font: PDFFont, width: number): string[] {
	const lines: string[] = [];
	let current = '';
	for (const word of text.split(' ')) {
		const candidate = current ? `${current} ${word}` : word;
		if (current && font.widthOfTextAtSize(candidate, FONT_SIZE) > width) {
			lines.push(current);
			current = word;
		} else current = candidate;
	}
	lines.push(current);
	return lines;
}

/** One drawn line: its cells and the x of each. */
type DrawnLine = { x: number; text: string }[];

function layout(text: string, font: PDFFont): DrawnLine[] {
	const width = PAGE.width - 2 * PAGE.margin;
	const drawn: DrawnLine[] = [];
	for (const b of blocks(text)) {
		if (b.kind === 'line') {
			const [head, tail] = b.text.split('\t');
			// A table-of-contents line: the title, and its page number at the right margin.
			if (tail !== undefined) {
				const x = PAGE.margin + width - font.widthOfTextAtSize(tail, FONT_SIZE);
				drawn.push([
					{ x: PAGE.margin, text: head ?? '' },
					{ x, text: tail }
				]);
			} else for (const l of wrap(b.text, font, width)) drawn.push([{ x: PAGE.margin, text: l }]);
			continue;
		}
		const columns = Math.max(...b.rows.map((r) => r.length));
		const xs = [PAGE.margin];
		for (let c = 0; c < columns - 1; c++) {
			const widest = Math.max(...b.rows.map((r) => font.widthOfTextAtSize(r[c] ?? '', FONT_SIZE)));
			xs.push((xs[c] as number) + widest + 18);
		}
		for (const r of b.rows)
			drawn.push(r.map((cell, c) => ({ x: xs[c] as number, text: cell })).filter((c) => c.text));
	}
	return drawn;
}

/** Stand-ins for characters the standard font (WinAnsi) cannot draw. */
const STAND_INS: Record<string, string> = { '\u2192': '->', '\f': '\n', '\ufeff': '' };

/** The text with every character the font cannot draw given a stand-in (or "?"). */
function printable(text: string, font: PDFFont): string {
	const drawable = new Set(font.getCharacterSet());
	let out = '';
	for (const ch of text) {
		const code = ch.codePointAt(0) as number;
		out += ch === '\n' || ch === '\t' || drawable.has(code) ? ch : (STAND_INS[ch] ?? '?');
	}
	return out;
}

/** The referat's first line ("REFERAT Chefforum d. …"): its running page header. */
export const firstLine = (text: string): string =>
	text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';

export async function minutesPdf(text: string): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.setTitle('Referat');
	doc.setCreator('Mødespor fixture generator');
	doc.setProducer('pdf-lib');
	doc.setCreationDate(FIXED_DATE);
	doc.setModificationDate(FIXED_DATE);
	const font = await doc.embedFont(StandardFonts.Helvetica);
	text = printable(text, font);
	const runningHeader = firstLine(text);
	const perPage = Math.floor((PAGE.height - 2 * PAGE.margin - 2 * LINE) / LINE);
	const lines = layout(text, font);
	const pages: PDFPage[] = [];
	for (let i = 0; i < lines.length; i += perPage) {
		const page = doc.addPage([PAGE.width, PAGE.height]);
		pages.push(page);
		let y = PAGE.height - PAGE.margin;
		if (i > 0) {
			page.drawText(runningHeader, { x: PAGE.margin, y, size: FURNITURE_SIZE, font });
			y -= 2 * LINE;
		}
		for (const line of lines.slice(i, i + perPage)) {
			for (const cell of line) page.drawText(cell.text, { x: cell.x, y, size: FONT_SIZE, font });
			y -= LINE;
		}
	}
	pages.forEach((page, n) => {
		const label = `Side ${n + 1} af ${pages.length}`;
		const x = PAGE.width - PAGE.margin - font.widthOfTextAtSize(label, FURNITURE_SIZE);
		page.drawText(label, { x, y: PAGE.margin / 2, size: FURNITURE_SIZE, font });
	});
	return doc.save({ useObjectStreams: false });
}
