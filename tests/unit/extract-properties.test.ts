/**
 * Properties of the whole pipeline: it never throws, and every record it gives points at its
 * evidence in the source text, whatever was cut, spliced, repeated or inserted.
 */

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/lib/minutes/decode';
import { extractMinutes, type Extraction } from '../../src/lib/minutes/extract';
import { TABLE_NAMES } from '../../src/lib/minutes/schema';

const SEED_DIR = join(import.meta.dirname, '..', '..', 'data', 'minutes');
const SEEDS = readdirSync(SEED_DIR)
	.filter((f) => f.endsWith('.txt'))
	.sort()
	.map((f) => readFileSync(join(SEED_DIR, f), 'utf8'));

const INTERNAL_ERROR = 'kunne ikke læses';

/** Every invariant the data contract promises for an extraction of `source`. */
function checkInvariants(source: string, result: Extraction): void {
	if (!result.ok) {
		expect(result.reason.length).toBeGreaterThan(0);
		expect(result.reason).not.toContain(INTERNAL_ERROR);
		return;
	}
	const { meeting, items, records, outline } = result;
	expect(meeting.meeting_id.startsWith(`${meeting.date}-`)).toBe(true);
	expect(meeting.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	expect(meeting.item_count).toBe(items.length);
	// Item numbers are unique (two neighbours may come swapped, "Punkt 4" before "Punkt 3").
	expect(new Set(items.map((i) => i.number)).size).toBe(items.length);
	for (const item of items) expect(item.meeting_id).toBe(meeting.meeting_id);
	for (const o of outline) {
		expect(0 <= o.start && o.start <= o.end && o.end <= source.length).toBe(true);
		for (const s of o.sections)
			expect(o.start <= s.start && s.start <= s.end && s.end <= o.end).toBe(true);
	}
	for (const table of TABLE_NAMES) {
		if (table === 'meetings' || table === 'agenda_items') continue;
		for (const r of records[table]) {
			expect(r.meeting_id).toBe(meeting.meeting_id);
			expect(r.evidence.length, `${table} evidence`).toBeGreaterThan(0);
			expect(source.slice(r.evidence_start, r.evidence_end), `${table} evidence offsets`).toBe(
				r.evidence
			);
		}
	}
}

/** A seed cut at random points: [seed, from, to] as fractions of its length. */
const cut = fc
	.tuple(
		fc.integer({ min: 0, max: SEEDS.length - 1 }),
		fc.double({ min: 0, max: 1, noNaN: true }),
		fc.double({ min: 0, max: 1, noNaN: true })
	)
	.map(([k, a, b]) => {
		const seed = SEEDS[k] ?? '';
		const [from, to] = a <= b ? [a, b] : [b, a];
		return seed.slice(Math.floor(from * seed.length), Math.ceil(to * seed.length));
	});

/** What PDF and Word exports put into a referat, inserted at random places. */
const NOISE = [
	'\n\nSide 2 af 5\n\n',
	'\nREFERAT Chefforum d. 01-09-2016\n',
	'\u00ad',
	'-\n',
	'\u00a0',
	'\u2013',
	'\f',
	'\n',
	'\t',
	'"',
	'\u200b',
	'\n3\n',
	'Punkt 9: CF - Sygefravær\n',
	'6,5 dage'
];

function withNoise(text: string, inserts: [number, number][]): string {
	let out = text;
	for (const [at, k] of inserts) {
		const i = Math.floor(at * (out.length + 1));
		out = out.slice(0, i) + (NOISE[k] ?? '') + out.slice(i);
	}
	return out;
}

const noisySeed = fc
	.tuple(
		fc.integer({ min: 0, max: SEEDS.length - 1 }),
		fc.array(fc.tuple(fc.double({ min: 0, max: 0.999, noNaN: true }), fc.nat(NOISE.length - 1)), {
			maxLength: 30
		})
	)
	.map(([k, inserts]) => withNoise(SEEDS[k] ?? '', inserts));

/** Fragments of minutes in the archive's style, for documents assembled at random. */
const FRAGMENTS = [
	'\n\nPunkt 1: CF - Sygefraværsstatistik 1.-3. kv. 2019\n',
	'\n\nPunkt 2: CF - Status på budgetaftalen 2020, juni 2020\n',
	'\n\nPunkt 3: CF - Nye netværk\n',
	'\n\nPunkt 4: Lukket\n',
	'\n\nPunkt 5: CF - Evt\n',
	'81.28.00-P05-2-19\n',
	'19/4471\n',
	'Sagsfremstilling\n',
	'Beslutning\n',
	'### **BESLUTNING I CHEFFORUM DEN 02-10-2019**\n',
	'Indstilling\n',
	'Det samlede sygefravær i Albertslund Kommune var 8,3 dage i 1.-3. kvartal 2019 mod 7,9 dage i samme periode 2018. ',
	'Korttids- og langtidsfraværet steg med henholdsvis 0,1 og 0,3 dag. ',
	'Langtidsfraværet er stigende i "Kultur og Fritid". ',
	'Barns 1. og 2. sygedag udgjorde 0,4 dag. ',
	'Målet er, at fraværet højst er på landsgennemsnittet. ',
	'- 2.3 \u2013 Ny daginstitution \u2013 skal være gul i stedet for rød\n',
	'- 4.1 - Klimaplan - forbliver grøn\n',
	'Chefforum besluttede, at 3.2 skifter fra gul til grøn. ',
	'Status sendes til Økonomiudvalget den 9. juni 2020. ',
	'Nr.\tInitiativ\tStatus\n5.1\tDigital post\tGul\n',
	'| Område | 2021 | 2022 |\n|---|---|---|\n| Stress | 14 | 19,5 |\n',
	'Chefforum besluttede at igangsætte netværket "Unge på kanten" og "Ældre i bevægelse". ',
	'Velfærdsnetværket "Sund mad" forlænges til 30. juni. ',
	'Netværkene mødes hver 6. uge og evalueres to gange årligt. ',
	'- 12. januar: Beslutning om temaer\n',
	'Netværksstrukturen version 4 (NS4) træder i kraft. ',
	'\n',
	'\n\n',
	'sygefra-\n',
	'\u00ad',
	'\u00a0',
	'\n\nSide 2 af 4\n\nREFERAT Chefforum d. 02-10-2019\n\n',
	'\f'
];

const HEADER_LINES =
	'REFERAT Chefforum d. 02-10-2019\n\nMødedato Onsdag d. 02. oktober 2019 kl. 09:00\n\n';

const assembled = fc
	.tuple(
		fc.constantFrom(...FRAGMENTS.slice(0, 3)),
		fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 40 })
	)
	.map(([first, parts]) => HEADER_LINES + first + parts.join(''));

describe('extractMinutes on the seeds', () => {
	it('reads all five seeds as referater whose records point at their evidence', () => {
		expect(SEEDS).toHaveLength(5);
		for (const seed of SEEDS) {
			const result = extractMinutes(seed, 'seed.txt');
			expect(result.ok).toBe(true);
			checkInvariants(seed, result);
		}
	});
});

describe('extractMinutes properties', () => {
	it('never throws and never fails internally on arbitrary Unicode text', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
				checkInvariants(text, extractMinutes(text, 'x.txt'));
			}),
			{ numRuns: 200 }
		);
	});

	it('never throws and never fails internally on arbitrary UTF-16 code units (lone surrogates too)', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
				checkInvariants(text, extractMinutes(text, 'x.txt'));
			}),
			{ numRuns: 200 }
		);
	});

	it('keeps every invariant on seeds cut at random points, spliced and repeated', () => {
		fc.assert(
			fc.property(
				fc.array(cut, { minLength: 1, maxLength: 4 }),
				fc.integer({ min: 1, max: 2 }),
				(parts, times) => {
					const source = parts.join('\n').repeat(times);
					checkInvariants(source, extractMinutes(source, 'spliced.txt'));
				}
			),
			{ numRuns: 120 }
		);
	});

	it('keeps evidence offsets right when page furniture, soft hyphens and dashes are inserted', () => {
		fc.assert(
			fc.property(noisySeed, (source) => {
				const result = extractMinutes(source, 'noisy.txt');
				checkInvariants(source, result);
			}),
			{ numRuns: 120 }
		);
	});

	it('keeps every invariant on documents assembled from minute fragments at random', () => {
		fc.assert(
			fc.property(assembled, (source) => {
				checkInvariants(source, extractMinutes(source, 'assembled.txt'));
			}),
			{ numRuns: 200 }
		);
	});

	it('gives the same result when the same text is extracted twice', () => {
		fc.assert(
			fc.property(cut, (source) => {
				expect(extractMinutes(source, 'a.txt')).toEqual(extractMinutes(source, 'a.txt'));
			}),
			{ numRuns: 40 }
		);
	});
});

describe('decodeBytes properties', () => {
	it('never throws on arbitrary bytes and never leaves a carriage return', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
				const { text, encoding } = decodeBytes(bytes);
				expect(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252']).toContain(encoding);
				expect(text.includes('\r')).toBe(false);
			}),
			{ numRuns: 200 }
		);
	});

	it('gives back any UTF-8 text without CR exactly as it was encoded', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
				const text = s.replace(/\r/g, '');
				const decoded = decodeBytes(new TextEncoder().encode(text));
				// A leading U+FEFF is a BOM and is dropped; everything else comes back.
				expect(decoded.text).toBe(text.startsWith('\ufeff') ? text.slice(1) : text);
			}),
			{ numRuns: 200 }
		);
	});

	it('decodes Windows-1252 bytes to one character per byte', () => {
		fc.assert(
			fc.property(fc.uint8Array({ minLength: 1, maxLength: 300 }), (raw) => {
				// 0xF8 (ø) followed by a space is never valid UTF-8, so the bytes are Windows-1252.
				const bytes = new Uint8Array([0xf8, 0x20, ...raw.map((b) => (b === 0x0d ? 0x0a : b))]);
				const { text, encoding } = decodeBytes(bytes);
				expect(encoding).toBe('windows-1252');
				expect(text.length).toBe(bytes.length);
				expect(text.startsWith('ø ')).toBe(true);
			}),
			{ numRuns: 200 }
		);
	});
});
