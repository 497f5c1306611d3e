/**
 * The contract's CSV files: header row, columns in contract order, empty cell for unknown,
 * `true`/`false`, decimals with a dot, `\n` line endings, rows in a fixed order. Used by the CLI
 * and by the app, so both write the same bytes.
 */

import Papa from 'papaparse';
import { columnsOf, type RecordOf, type TableName } from '../minutes/schema';

type Cell = string | number | boolean | null | undefined;

export function toCsv<T extends TableName>(table: T, rows: readonly RecordOf<T>[]): string {
	return csvHeader(table) + toCsvRows(table, rows);
}

/** Only the rows of a CSV (no header), for appending one document's records at a time. */
export function toCsvRows<T extends TableName>(table: T, rows: readonly RecordOf<T>[]): string {
	if (rows.length === 0) return '';
	const fields = columnsOf(table);
	const data = rows.map((r) => fields.map((f) => csvCell((r as Record<string, Cell>)[f])));
	return Papa.unparse(data, { newline: '\n' }) + '\n';
}

export function csvHeader(table: TableName): string {
	return Papa.unparse([columnsOf(table)], { newline: '\n' }) + '\n';
}

export function csvCell(v: Cell): string {
	if (v === null || v === undefined) return '';
	if (typeof v === 'boolean') return v ? 'true' : 'false';
	return String(v);
}

/** Rows in contract order: by meeting (date first), item number, then place in the source. */
export function compareRows(a: Record<string, unknown>, b: Record<string, unknown>): number {
	const key = (r: Record<string, unknown>): [string, number, number] => [
		String(r.meeting_id ?? ''),
		Number(r.item_number ?? r.number ?? 0),
		Number(r.evidence_start ?? 0)
	];
	const [am, ai, ae] = key(a);
	const [bm, bi, be] = key(b);
	return am < bm ? -1 : am > bm ? 1 : ai - bi || ae - be;
}
