/** One file through the pipeline, as CSV rows per table (so workers can hand back plain strings). */

import { basename } from 'node:path';
import { toCsvRows, compareRows } from '../lib/csv/contract-csv';
import { documentText } from '../lib/documents/document-text';
import { nodePdfJs } from '../lib/documents/pdfjs-node';
import { extractMinutes, TABLE_NAMES, type TableName } from '../lib/minutes/index';

export type FileResult =
	| {
			ok: true;
			path: string;
			meetingId: string;
			/** CSV rows (no header) per table. */
			chunks: Record<TableName, string>;
			counts: Record<TableName, number>;
	  }
	| { ok: false; path: string; reason: string };

export async function extractFile(path: string, bytes: Uint8Array): Promise<FileResult> {
	const doc = await documentText(path, bytes, { pdfjs: nodePdfJs });
	if (!doc.ok) return { ok: false, path, reason: doc.reason };
	const r = extractMinutes(doc.text, basename(path));
	if (!r.ok) return { ok: false, path, reason: r.reason };
	const tables = {
		meetings: [r.meeting],
		agenda_items: r.items,
		...r.records
	} as { [T in TableName]: Record<string, unknown>[] };
	const chunks = {} as Record<TableName, string>;
	const counts = {} as Record<TableName, number>;
	for (const t of TABLE_NAMES) {
		const rows = [...tables[t]].sort(compareRows);
		chunks[t] = toCsvRows(t, rows as never);
		counts[t] = rows.length;
	}
	return { ok: true, path, meetingId: r.meeting.meeting_id, chunks, counts };
}
