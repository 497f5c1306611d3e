/**
 * The same minutes as a PDF reader gives them (wrapped lines, words hyphenated at line ends,
 * a running header and "Side N af M" at every page break) give the same items and records;
 * only the evidence offsets move, and every evidence span still slices the PDF text exactly.
 */

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractMinutes, type Extraction } from '../../src/lib/minutes/index';
import { extractFixture, fixtures, sourceText } from '../helpers/fixtures';
import { asPdfText } from '../helpers/pdf-like';

const MINUTES = join(import.meta.dirname, '..', '..', 'data', 'minutes');

function withoutEvidence(r: Extraction): unknown {
	if (!r.ok) return r.reason;
	const records = Object.fromEntries(
		Object.entries(r.records).map(([family, rows]) => [
			family,
			(rows as Record<string, unknown>[]).map((row) => {
				const copy = { ...row };
				delete copy.evidence;
				delete copy.evidence_start;
				delete copy.evidence_end;
				return copy;
			})
		])
	);
	return { meeting: r.meeting, items: r.items, records };
}

const plainText = [
	...readdirSync(MINUTES)
		.sort()
		.map((f) => ({ name: f, text: readFileSync(join(MINUTES, f), 'utf8') })),
	...fixtures()
		.filter((f) => f.name.endsWith('.txt') && extractFixture(f).ok)
		.map((f) => ({ name: f.name, text: sourceText(f) }))
];

describe('minutes as PDF text', () => {
	for (const { name, text } of plainText) {
		it(`${name}: page furniture and wrapping change no item and no figure`, () => {
			const pdf = asPdfText(text);
			expect(pdf).toMatch(/Side 2 af \d+/);
			const fromPdf = extractMinutes(pdf, name);
			expect(withoutEvidence(fromPdf)).toEqual(withoutEvidence(extractMinutes(text, name)));
			if (!fromPdf.ok) return;
			for (const rows of Object.values(fromPdf.records))
				for (const row of rows as {
					evidence: string;
					evidence_start: number;
					evidence_end: number;
				}[])
					expect(pdf.slice(row.evidence_start, row.evidence_end)).toBe(row.evidence);
		});
	}
});

describe('tables in PDF text, where only runs of spaces separate the columns', () => {
	it('reads the same cells as from the tab-separated table, empty cells placed by their column', () => {
		const text = readFileSync(join(MINUTES, '004_b1305655ed174218.txt'), 'utf8');
		// What a PDF reader gives: each column at a fixed position, empty cells as blank space.
		const aligned = text
			.split('\n')
			.map((line) =>
				line.includes('\t')
					? line
							.split('\t')
							.map((c) => c.padEnd(22))
							.join('')
							.trimEnd()
					: line
			)
			.join('\n');
		const cells = (r: Extraction): string[] =>
			r.ok
				? r.records.tables
						.filter((c) => c.item_number === 4)
						.map((c) => `${c.row_label} × ${c.column_label} = ${c.value}`)
				: [];
		const fromSpaces = cells(extractMinutes(aligned, 'spaces.txt'));
		expect(fromSpaces).toContain('Antal forløb i alt × 2023 = 150');
		expect(fromSpaces).toContain('Sag for regning × 2023 = 3');
		expect(fromSpaces).toEqual(cells(extractMinutes(text, 'tabs.txt')));
	});

	it('does not take prose with wide gaps for a table', () => {
		const text = readFileSync(join(MINUTES, '003_56b92cfda338a69b.txt'), 'utf8').replace(
			/\. /g,
			'.   '
		);
		const r = extractMinutes(text, 'gaps.txt');
		expect(r.ok && r.records.tables).toEqual([]);
	});
});
