/**
 * Tables in an item's text: tab-separated rows (what Word and PDF exports give) and Markdown
 * pipe tables. The first row is the header; every other cell becomes a labelled value.
 */

export interface TableRow {
	cells: string[];
	/** Working-text span of the row's line. */
	start: number;
	end: number;
}

export interface Table {
	header: string[];
	rows: TableRow[];
}

/** A Markdown table's `|---|:--:|` line: pipes, dashes, colons and spaces only. */
function isSeparator(line: string): boolean {
	return line.includes('|') && line.includes('--') && /^[\s|:-]+$/.test(line);
}

export function cellsOf(line: string): string[] | null {
	const t = line.trim();
	if (t.startsWith('|') && t.endsWith('|') && t.length > 2)
		return t
			.slice(1, -1)
			.split('|')
			.map((c) => c.trim());
	if (line.includes('\t')) {
		const cells = line.split('\t').map((c) => c.trim());
		return cells.length >= 2 ? cells : null;
	}
	return null;
}

/** Tables of at least a header and one row, in [start, end) of the text. */
export function findTables(text: string, start: number, end: number): Table[] {
	const tables: Table[] = [];
	let current: { header: string[]; rows: TableRow[] } | null = null;
	const close = (): void => {
		if (current && current.rows.length > 0) tables.push(current);
		current = null;
	};
	let pos = start;
	while (pos < end) {
		let nl = text.indexOf('\n', pos);
		if (nl === -1 || nl > end) nl = end;
		const line = text.slice(pos, nl);
		if (isSeparator(line) && current) {
			pos = nl + 1;
			continue;
		}
		const cells = cellsOf(line);
		if (!cells || cells.every((c) => c === '')) {
			close();
		} else if (!current) {
			current = { header: cells, rows: [] };
		} else {
			const lead = line.length - line.trimStart().length;
			current.rows.push({ cells, start: pos + lead, end: pos + line.trimEnd().length });
		}
		pos = nl + 1;
	}
	close();
	return tables;
}

/** A cell as the contract wants it: as written, but a Danish decimal comma becomes a dot. */
export function cellValue(cell: string): string {
	return /^-?\d+,\d+$/.test(cell) ? cell.replace(',', '.') : cell;
}
