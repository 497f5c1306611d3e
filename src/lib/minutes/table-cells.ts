/** Every table in an item as `tables.csv` cells: row label × column label → value. */

import type { ItemContext } from './item-context';
import type { TableCell } from './schema';
import { cellValue, cellsOf, findTables } from './tables';

export function extractTables(ctx: ItemContext): TableCell[] {
	const out: TableCell[] = [];
	const { item } = ctx;
	findTables(ctx.text, item.bodyStart, item.end).forEach((table, tableIndex) => {
		for (const row of table.rows) {
			const evidence = ctx.evidence(row.start, row.end);
			// Values as written in the source, not the working text's unified dashes.
			const written = cellsOf(evidence.evidence);
			const cells = written && written.length === row.cells.length ? written : row.cells;
			const label = cells[0] ?? '';
			cells.forEach((cell, c) => {
				if (c === 0 || cell === '') return;
				out.push({
					meeting_id: ctx.meetingId,
					item_number: item.number,
					table_index: tableIndex + 1,
					row_label: label,
					column_label: table.header[c] ?? `kolonne ${c + 1}`,
					value: cellValue(cell),
					...evidence
				});
			});
		}
	});
	return out;
}
