/**
 * An imported meeting as it is kept on the machine: its source text (every evidence offset
 * indexes it), its extraction, and where and when it came from. The contract's rows are always
 * derived from the extraction, so a stored meeting and its CSV rows cannot disagree.
 */

import Papa from 'papaparse';
import type { Referat } from '../app/meeting-view';
import { applyCorrections, type Correction } from '../corrections/correction';
import { isFamily } from '../corrections/correction-csv';
import { compareRows, toCsv } from '../csv/contract-csv';
import type { RecordOf, TableName } from '../minutes/schema';

export interface StoredMeeting {
	meeting_id: string;
	/** The file name as the user chose it (with its folder path for a folder import). */
	source_file: string;
	source_hash: string;
	/** ISO timestamp of the import. */
	imported_at: string;
	source: string;
	extraction: Referat;
}

/** The contract's rows of one extraction, per table. */
export function contractRows(extraction: Referat): { [T in TableName]: RecordOf<T>[] } {
	return {
		meetings: [extraction.meeting],
		agenda_items: extraction.items,
		...extraction.records
	} as { [T in TableName]: RecordOf<T>[] };
}

/** Each table's CSV for a set of stored meetings, corrections applied, in contract row order. */
export function storedCsv(
	meetings: readonly StoredMeeting[],
	table: TableName,
	corrections: ReadonlyMap<string, Correction> = new Map()
): string {
	const rows = meetings.flatMap((m) => {
		const own = contractRows(m.extraction)[table] as RecordOf<TableName>[];
		return isFamily(table) ? applyCorrections(table, own as never[], corrections) : own;
	});
	return toCsv(table, [...rows].sort(compareRows as never) as never);
}

/** Which meetings are imported, for the database to mark them (and drop bundled twins). */
export function importedMeetingsCsv(meetings: readonly StoredMeeting[]): string {
	return `${Papa.unparse(
		{
			fields: ['meeting_id', 'source_file', 'imported_at'],
			data: meetings.map((m) => [m.meeting_id, m.source_file, m.imported_at])
		},
		{ newline: '\n' }
	)}\n`;
}
