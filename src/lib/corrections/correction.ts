/**
 * A user's correction of an extracted record: the corrected values beside the originals, or the
 * record marked as wrong, with the reason and the time. Corrections are overrides applied when
 * the data is loaded; the extraction itself is never changed, so a correction can be undone.
 *
 * A record is named by its meeting, its evidence span and its place among the records of its
 * family that share that span (one sentence can state two figures, "henholdsvis 2,1 og 1,3").
 */

import { SCHEMA, type ColumnType, type KpiRecords } from '../minutes/schema';

export type Family = keyof KpiRecords;
export type Cell = string | number | boolean | null;

/** What a user may correct per family (everything else follows from the sentence). */
export const CORRECTABLE = {
	sick_leave: ['value', 'period_label', 'period_start', 'period_end'],
	sick_leave_targets: ['value'],
	budget_lines: ['colour'],
	budget_reviews: ['outcome'],
	network_events: ['event', 'network', 'date'],
	tables: ['value']
} as const satisfies { [F in Family]: readonly (keyof KpiRecords[F][number])[] };

export interface Correction {
	key: string;
	meeting_id: string;
	family: Family;
	evidence_start: number;
	evidence_end: number;
	ordinal: number;
	wrong: boolean;
	/** Corrected values, by column. */
	values: Record<string, Cell>;
	/** The extracted values of the same columns. */
	original: Record<string, Cell>;
	reason: string;
	/** ISO timestamp. */
	at: string;
}

interface Spanned {
	meeting_id: string;
	evidence_start: number | string;
	evidence_end: number | string;
}

export function recordKey(
	family: Family,
	meetingId: string,
	start: number,
	end: number,
	ordinal: number
): string {
	return `${family}:${meetingId}:${start}-${end}:${ordinal}`;
}

/** Each row's key, in order (rows as extracted, or as read back from the contract's CSV). */
export function recordKeys(family: Family, rows: readonly Spanned[]): string[] {
	const seen = new Map<string, number>();
	return rows.map((r) => {
		const span = `${r.meeting_id}:${r.evidence_start}-${r.evidence_end}`;
		const ordinal = seen.get(span) ?? 0;
		seen.set(span, ordinal + 1);
		return recordKey(
			family,
			r.meeting_id,
			Number(r.evidence_start),
			Number(r.evidence_end),
			ordinal
		);
	});
}

export function columnType(family: Family, column: string): ColumnType {
	return (SCHEMA[family] as Record<string, ColumnType>)[column] ?? 'text';
}

const ISO_DATE = /^\d{4}-\d{2}(?:-\d{2})?$/;

/** A typed value from a form field, or the Danish reason it is not one. */
export function parseValue(
	family: Family,
	column: string,
	input: string
): { ok: true; value: Cell } | { ok: false; reason: string } {
	const t = columnType(family, column);
	const text = input.trim();
	if (text === '') return { ok: true, value: null };
	if (Array.isArray(t))
		return t.includes(text)
			? { ok: true, value: text }
			: { ok: false, reason: `ukendt værdi: ${text}` };
	if (t === 'real' || t === 'int') {
		const n = Number(text.replace(/\s/g, '').replace(',', '.'));
		if (!Number.isFinite(n) || (t === 'int' && !Number.isInteger(n)))
			return { ok: false, reason: `ikke et tal: ${text}` };
		return { ok: true, value: n };
	}
	if (t === 'date' && !ISO_DATE.test(text))
		return { ok: false, reason: `ikke en dato (ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM): ${text}` };
	return { ok: true, value: text };
}

/** A record with its correction applied; null when it was marked as wrong. */
export function corrected<R extends object>(record: R, c: Correction | undefined): R | null {
	if (!c) return record;
	if (c.wrong) return null;
	return { ...record, ...c.values };
}

/** Rows with the corrections applied (wrong ones left out), in the same order. */
export function applyCorrections<R extends Spanned>(
	family: Family,
	rows: readonly R[],
	corrections: ReadonlyMap<string, Correction>
): R[] {
	if (corrections.size === 0) return [...rows];
	const keys = recordKeys(family, rows);
	const out: R[] = [];
	rows.forEach((r, i) => {
		const c = corrected(r, corrections.get(keys[i] as string));
		if (c) out.push(c);
	});
	return out;
}
