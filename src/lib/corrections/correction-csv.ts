/** Corrections applied to a contract CSV (the bundled data set is loaded as CSV text). */

import Papa from 'papaparse';
import { csvCell } from '../csv/contract-csv';
import { columnsOf, type TableName } from '../minutes/schema';
import { applyCorrections, type Cell, type Correction, type Family } from './correction';

const FAMILIES: readonly string[] = [
	'sick_leave',
	'sick_leave_targets',
	'budget_lines',
	'budget_reviews',
	'network_events',
	'tables'
];

export function isFamily(table: TableName): table is TableName & Family {
	return FAMILIES.includes(table);
}

export function correctCsv(
	table: TableName,
	csv: string,
	corrections: ReadonlyMap<string, Correction>
): string {
	if (!isFamily(table) || corrections.size === 0) return csv;
	const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
	const rows = applyCorrections(
		table,
		parsed.data as (Record<string, string> & {
			meeting_id: string;
			evidence_start: string;
			evidence_end: string;
		})[],
		corrections
	);
	const fields = columnsOf(table);
	return `${Papa.unparse(
		{ fields, data: rows.map((r) => fields.map((f) => csvCell((r as Record<string, Cell>)[f]))) },
		{ newline: '\n' }
	)}\n`;
}
