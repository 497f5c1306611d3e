/** Every table in an item as `tables.csv` cells: row label × column label → value. */

import type { ItemContext } from './item-context';
import type { TableCell } from './schema';
import {
	cellValue,
	cellsOf,
	findStackedStatusTables,
	findStackedTables,
	findTables,
	type Table
} from './tables';

/** A row's cells as the source writes them (its own dashes), falling back to the working text's. */
export function writtenCells(
	ctx: ItemContext,
	start: number,
	end: number,
	working: string[]
): string[] {
	const written = cellsOf(ctx.evidence(start, end).evidence);
	// A row written one cell per line spans several lines: its cells are the working text's.
	return written && written.length === working.length && !written.some((c) => c.includes('\n'))
		? written
		: working;
}

/** Tables need a tab, a pipe or a run of spaces between columns. */
const TABLE_MARKS = ['\t', '|', '  '];
/**
 * Years on two lines in a row, close to the line break: column headings written one per line
 * may follow (a quick test before the line-by-line search; it starts at the year, which the
 * pattern engine finds fast, not at every line).
 */
const STACKED_HINT = /(?:19|20)\d\d[^\n]{0,30}\n[^\n]{0,30}(?:19|20)\d\d/;
/** "Nr." over "Initiativ" over "Status", each alone on its line: a status table written one cell per line. */
const STACKED_STATUS_HINT =
	/\n[ \t]*(?:Nr|Nummer|Linje)\.?[ \t]*\n[^\n]{1,40}\n[ \t]*(?:Status|Farve)[ \t]*\n/i;

/**
 * Every table of an item, found once and shared: the status table of a budget item, a network
 * table, the sick-leave figures and `tables.csv` all read them. Read-only.
 */
const tablesByItem = new WeakMap<ItemContext, readonly Table[]>();
export function itemTables(ctx: ItemContext): readonly Table[] {
	let tables = tablesByItem.get(ctx);
	if (tables) return tables;
	const { text, item } = ctx;
	const marked = ctx.contains(...TABLE_MARKS) ? findTables(text, item.bodyStart, item.end) : [];
	const body = text.slice(item.bodyStart, item.end);
	const stacked = [
		...(STACKED_HINT.test(body) ? findStackedTables(text, item.bodyStart, item.end) : []),
		...((body.includes('Status\n') || body.includes('Farve\n')) && STACKED_STATUS_HINT.test(body)
			? findStackedStatusTables(text, item.bodyStart, item.end)
			: [])
	];
	tables = (
		stacked.length === 0
			? marked
			: [...marked, ...stacked].sort((a, b) => a.headerStart - b.headerStart)
	).map(oneColumn);
	tablesByItem.set(ctx, tables);
	return tables;
}

/**
 * A table set in two columns side by side to save room ("Afdeling  2024  2025   Afdeling  2024
 * 2025"): its header twice over. Read as one table, the left column's rows, then the right's.
 */
function oneColumn(table: Table): Table {
	const half = table.header.length / 2;
	if (
		!Number.isInteger(half) ||
		half < 2 ||
		table.header.slice(0, half).some((h, c) => h !== table.header[half + c])
	)
		return table;
	const left = table.rows.map((r) => ({ ...r, cells: r.cells.slice(0, half) }));
	const right = table.rows
		.map((r) => ({ ...r, cells: r.cells.slice(half) }))
		.filter((r) => r.cells.some((c) => c.trim() !== ''));
	return { ...table, header: table.header.slice(0, half), rows: [...left, ...right] };
}

export function extractTables(ctx: ItemContext): TableCell[] {
	const out: TableCell[] = [];
	const { item } = ctx;
	itemTables(ctx).forEach((table, tableIndex) => {
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
