/** Download rows as a CSV file from the browser; formula-like cells are neutralised for Excel. */

import Papa from 'papaparse';
import { downloadBlob } from './download';

export function downloadCsv(
	filename: string,
	rows: Record<string, string | number | boolean | null>[]
): void {
	const csv = Papa.unparse(rows, { newline: '\n', escapeFormulae: true });
	downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), filename);
}
