/**
 * The document module on real files made by src/cli/make-fixture-documents.ts (pdf-lib PDFs
 * with running headers and page numbers, docx-package Word files with real tables): the text is
 * the same run to run, and the minutes give the same records as their .txt originals.
 */

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	documentText,
	extensionOf,
	isDocumentName,
	plainDocumentText
} from '../../../src/lib/documents/document-text';
import { nodePdfJs } from '../../../src/lib/documents/pdfjs-node';
import { DOCUMENT_REASONS } from '../../../src/lib/documents/reasons';
import { extractMinutes, type Extraction } from '../../../src/lib/minutes/index';
import { FIXTURE_DIR } from '../../helpers/fixtures';

const DOCS = join(import.meta.dirname, '..', '..', 'fixtures', 'documents');
const readers = { pdfjs: nodePdfJs };
const read = (name: string): Promise<ReturnType<typeof plainDocumentText>> =>
	documentText(name, readFileSync(join(DOCS, name)), readers);

/** The records without their quotes and where they sit (layouts differ) and without spacing. */
function comparable(x: Extraction): unknown {
	if (!x.ok) return x.reason;
	const strip = (rows: readonly object[]): unknown[] =>
		rows.map((r) => {
			const copy: Record<string, unknown> = { ...r };
			// The quote is compared on its own below: across a page break it holds the furniture.
			for (const k of ['evidence', 'evidence_start', 'evidence_end', 'source_file', 'based_on'])
				delete copy[k];
			for (const [k, v] of Object.entries(copy))
				if (typeof v === 'string') copy[k] = v.replace(/\s+/g, ' ');
			return copy;
		});
	return {
		meeting: { ...x.meeting, source_file: undefined },
		items: x.items,
		records: Object.fromEntries(
			Object.entries(x.records).map(([family, rows]) => [family, strip(rows)])
		)
	};
}

interface Quoted {
	evidence: string;
	evidence_start: number;
	evidence_end: number;
}

/** Every word of `quote` appears in `within`, in order (page furniture may sit between). */
function wordsInOrder(within: string, quote: string): boolean {
	const words = within.split(/\s+/);
	let at = 0;
	for (const w of quote.split(/\s+/).filter(Boolean)) {
		at = words.indexOf(w, at);
		if (at < 0) return false;
		at++;
	}
	return true;
}

const minutes = readdirSync(DOCS).filter((f) => /^\d\d-.*\.(?:pdf|docx)$/.test(f));

describe('PDF and Word minutes read like their text originals', () => {
	it('has both kinds of document to test', () => {
		expect(minutes.some((f) => f.endsWith('.pdf'))).toBe(true);
		expect(minutes.some((f) => f.endsWith('.docx'))).toBe(true);
	});

	for (const name of minutes) {
		it(`${name}: same records as the .txt, evidence inside its own text`, async () => {
			const doc = await read(name);
			if (!doc.ok) throw new Error(doc.reason);
			const original = readFileSync(join(FIXTURE_DIR, name.replace(/\.\w+$/, '.txt')), 'utf8');
			const fromDocument = extractMinutes(doc.text, name);
			const fromText = extractMinutes(original, name);
			expect(fromDocument.ok).toBe(true);
			expect(comparable(fromDocument)).toEqual(comparable(fromText));
			if (!fromDocument.ok || !fromText.ok) return;
			for (const [family, rows] of Object.entries(fromDocument.records))
				(rows as Quoted[]).forEach((r, i) => {
					// The contract: the quote is the document text at its span, verbatim.
					expect(doc.text.slice(r.evidence_start, r.evidence_end)).toBe(r.evidence);
					const twin = (fromText.records[family as keyof typeof fromText.records] as Quoted[])[i];
					expect(wordsInOrder(r.evidence, twin?.evidence ?? '')).toBe(true);
				});
		});

		it(`${name}: the same text, to the character, every time it is read`, async () => {
			const [a, b] = [await read(name), await read(name)];
			expect(a).toEqual(b);
		});
	}

	it('keeps page furniture in a PDF for the normaliser: page numbers and the running header', async () => {
		const doc = await read('05-budgetstatus-tabel-2019.pdf');
		if (!doc.ok) throw new Error(doc.reason);
		expect(doc.text).toContain('Side 1 af 2');
		expect(doc.text).toContain('\f');
		expect(doc.text.match(/^\f?REFERAT Chefforum d\. 22-05-2019$/gm)).toHaveLength(2);
		// The status table's columns survive as tabs, also on the page the table continues on.
		expect(doc.text).toMatch(/^3\.2\tEnergirenovering af Herstedlund Skole\tGul\t/m);
		expect(doc.text.split('\f')[1]).toMatch(/^4\.4\tVelfærdsteknologi i hjemmeplejen\tRød\t/m);
	});

	it('reads Word as its reader sees it: list numbers, soft line breaks, table rows', async () => {
		const doc = await read('word-nummerering-og-linjeskift.docx');
		if (!doc.ok) throw new Error(doc.reason);
		expect(doc.text).toContain('1. at Chefforum drøfter sygefraværet\n2. at afdelingerne');
		expect(doc.text).toContain('6,2 dage pr.\nmedarbejder.');
		expect(doc.text).toContain('Børn & Skole\t6,8\t7,1\n');
		const x = extractMinutes(doc.text, 'word.docx');
		expect(x.ok && x.records.sick_leave.map((r) => [r.scope, r.value, r.period_label])).toEqual(
			expect.arrayContaining([
				['Albertslund Kommune', 6.2, '1. halvår 2020'],
				['Børn & Skole', 6.8, '1. halvår 2020'],
				['Miljø & Teknik', 5.4, '1. halvår 2019']
			])
		);
	});
});

describe('documents that give no text, each with its own Danish reason', () => {
	const cases: [string, string][] = [
		['bad-tom.pdf', DOCUMENT_REASONS.empty],
		['bad-afkortet.pdf', DOCUMENT_REASONS.truncated],
		['bad-billeder-uden-tekst.pdf', DOCUMENT_REASONS.noText],
		['bad-ingen-sider.pdf', DOCUMENT_REASONS.noText],
		['bad-krypteret.pdf', DOCUMENT_REASONS.encrypted],
		['bad-tekst-med-pdf-navn.pdf', DOCUMENT_REASONS.pdfIsText],
		['bad-zip-uden-word.docx', DOCUMENT_REASONS.notDocx]
	];
	for (const [name, reason] of cases)
		it(`${name}: "${reason}"`, async () => {
			expect(await read(name)).toEqual({ ok: false, reason });
		});

	it('a damaged PDF body (valid header and end, garbage between) is "beskadiget"', async () => {
		const bytes = new TextEncoder().encode(`%PDF-1.7\n${'x'.repeat(2000)}\n%%EOF\n`);
		expect(await documentText('rod.pdf', bytes, readers)).toEqual({
			ok: false,
			reason: DOCUMENT_REASONS.damaged
		});
	});

	it('binary bytes behind a .pdf name are "ikke en PDF", and an old .doc asks for .docx', async () => {
		const binary = Uint8Array.from({ length: 64 }, (_, i) => (i * 37) % 256);
		expect(await documentText('x.pdf', binary, readers)).toEqual({
			ok: false,
			reason: DOCUMENT_REASONS.notPdf
		});
		const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
		expect(await documentText('gammel.docx', ole, readers)).toEqual({
			ok: false,
			reason: DOCUMENT_REASONS.oldWord
		});
		expect((await documentText('gammel.doc', ole, readers)).ok).toBe(false);
	});

	it('a 50 MB text file is refused as too large, before it is decoded', async () => {
		const big = new Uint8Array(50e6).fill(0x61);
		expect(await documentText('stor.txt', big, readers)).toEqual({
			ok: false,
			reason: 'filen er for stor til at være et referat (50 MB; højst 10 MB for tekstfiler)'
		});
	});

	it('an unknown type names its extension', async () => {
		const r = await documentText('scan.JPG', Uint8Array.of(1, 2, 3), readers);
		expect(r).toEqual({ ok: false, reason: expect.stringContaining('ukendt filtype (.jpg)') });
	});
});

describe('file names', () => {
	it('knows its extensions, case-insensitively, and not a dot in a folder name', () => {
		expect(extensionOf('Referat 2019.PDF')).toBe('.pdf');
		expect(extensionOf('mappe.d/referat')).toBe('');
		expect(extensionOf('C:\\mappe.d\\referat')).toBe('');
		expect(isDocumentName('a.docx')).toBe(true);
		expect(isDocumentName('a.xlsx')).toBe(false);
	});
});
