/** Every table in an item as `tables.csv` cells: row label × column label → value. */

import type { ItemContext } from './item-context';
import type { TableCell } from './schema';
import { cellValue, cellsOf, findTables } from './tables';

/** A row's cells as the source writes them (its own dashes), falling back to the working text's. */
export function writtenCells(
	ctx: ItemContext,
	start: number,
	end: number,
	working: string[]
): string[] {
	const written = cellsOf(ctx.evidence(start, end).evidence);
	return written && written.length === working.length ? written : working;
}

/** Tables need a tab, a pipe or a run of spaces between columns. */
export const TABLE_MARKS = ['\t', '|', '  '];

export function extractTables(ctx: ItemContext): TableCell[] {
	const out: TableCell[] = [];
	const { item } = ctx;
	if (!ctx.contains(...TABLE_MARKS)) return out;
	findTables(ctx.text, item.bodyStart, item.end).forEach((table, tableIndex) => {
		const header = writtenCells(ctx, table.headerStart, table.headerEnd, table.header);
		for (const row of table.rows) {
			const evidence = ctx.evidence(row.start, row.end);
			const cells = writtenCells(ctx, row.start, row.end, row.cells);
			const label = cells[0] ?? '';
			cells.forEach((cell, c) => {
				if (c === 0 || cell === '') return;
				out.push({
					meeting_id: ctx.meetingId,
					item_number: item.number,
					table_index: tableIndex + 1,
					row_label: label,
					column_label: header[c] ?? `kolonne ${c + 1}`,
					value: cellValue(cell),
					...evidence
				});
			});
		}
	});
	return out;
}
