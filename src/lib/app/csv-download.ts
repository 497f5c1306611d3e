/** Download rows as a CSV file from the browser; formula-like cells are neutralised for Excel. */

import Papa from 'papaparse';

export function downloadCsv(
	filename: string,
	rows: Record<string, string | number | boolean | null>[]
): void {
	const csv = Papa.unparse(rows, { newline: '\n', escapeFormulae: true });
	const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	a.click();
	URL.revokeObjectURL(url);
}
