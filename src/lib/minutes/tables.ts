/**
 * Tables in an item's text: tab-separated rows (what Word exports give), Markdown pipe tables,
 * and columns separated only by runs of spaces (PDF text, where x positions made the columns).
 * The first row is the header; every other cell becomes a labelled value.
 */

import { CELL_GAP } from './column-gaps';
import { COLOUR_PATTERN } from './danish';

export interface TableRow {
	cells: string[];
	/** Working-text span of the row's line. */
	start: number;
	end: number;
}

export interface Table {
	header: string[];
	/** Working-text span of the header line. */
	headerStart: number;
	headerEnd: number;
	rows: TableRow[];
}

/**
 * A grid table's border (`+------+-----+`, `+======+=====+` under the header), as pandoc writes
 * a Word table whose cells wrap: the pipe lines between two borders are one row.
 */
const GRID_BORDER = /^\+(?:[-=:]+\+)+$/;

/**
 * A Markdown table's `|---|:--:|` line: pipes, dashes, colons and spaces only; or the dashes
 * under each column of a pandoc simple table (`  ------- -------- --------`).
 */
function isSeparator(line: string): boolean {
	return (
		line.includes('--') &&
		(line.includes('|')
			? /^[\s|:-]+$/.test(line)
			: /^[ \t]*-{3,}(?:[ \t]+-{3,})+[ \t]*$/.test(line))
	);
}

type RowKind = 'pipe' | 'tab' | 'space';

/** "**I alt**" → "I alt": Markdown bold around a whole cell is layout, not its text. */
function withoutEmphasis(cell: string): string {
	for (const mark of ['**', '__'])
		if (cell.length > 2 * mark.length && cell.startsWith(mark) && cell.endsWith(mark))
			return cell.slice(mark.length, -mark.length).trim();
	return cell;
}

const LIST_MARK = /^(?:[-*•·▪◦o§]|\d{1,2}[.)]|[a-z]\))$/;

/** A cell's text: runs of spaces inside it (justified or padded text) are one space. */
function cellText(cell: string): string {
	return cell.trim().replace(/\s{2,}/g, ' ');
}

function splitRow(line: string): { cells: string[]; kind: RowKind } | null {
	const t = line.trim();
	if (t.startsWith('|') && t.endsWith('|') && t.length > 2)
		return {
			kind: 'pipe',
			cells: t
				.slice(1, -1)
				.split('|')
				.map((c) => withoutEmphasis(cellText(c)))
		};
	if (line.includes('\t')) {
		const cells = line.split('\t').map(cellText);
		// "•<TAB>…", "o<TAB>…", "2.<TAB>…": a list as Word writes it as text, not a table; indented
		// by tabs too ("<TAB>•<TAB>…", "<TAB><TAB>o<TAB>…").
		if (LIST_MARK.test(cells.find((c) => c !== '') ?? '')) return null;
		return cells.length >= 2 ? { kind: 'tab', cells } : null;
	}
	const cells = t.split(CELL_GAP);
	return cells.length >= 2 ? { kind: 'space', cells } : null;
}

/** Starts and centres of a space-separated line's cells, in line offsets. */
function cellSpans(line: string): { starts: number[]; centres: number[] } {
	const starts: number[] = [];
	const centres: number[] = [];
	for (const m of line.matchAll(/\S+(?: \S+)*/g)) {
		starts.push(m.index);
		centres.push(m.index + m[0].length / 2);
	}
	return { starts, centres };
}

/**
 * A line's cells placed under the header cells they start at (columns are left-aligned), else
 * the ones nearest their centres (from the same margin): empty cells leave no trace in PDF text
 * but their neighbours' positions. With `keepFirst`, the first cell is the row's label whatever
 * its position.
 */
function placeByColumns(
	header: string,
	line: string,
	cells: string[],
	columns: number,
	keepFirst = true
): string[] | null {
	const { starts: headerStarts, centres: headerCentres } = cellSpans(header);
	const { starts: rowStarts, centres: rowCentres } = cellSpans(line);
	if (headerCentres.length !== columns || rowCentres.length !== cells.length) return null;
	const placed = Array.from({ length: columns }, () => '');
	const first = keepFirst ? 1 : 0;
	if (keepFirst) placed[0] = cells[0] as string;
	for (let i = first; i < cells.length; i++) {
		const centre = rowCentres[i] as number;
		const start = rowStarts[i] as number;
		const aligned = headerStarts.findIndex((h, c) => c >= first && Math.abs(h - start) <= 1);
		let best = aligned >= 0 ? aligned : first;
		if (aligned < 0)
			for (let c = first + 1; c < columns; c++)
				if (
					Math.abs((headerCentres[c] as number) - centre) <
					Math.abs((headerCentres[best] as number) - centre)
				)
					best = c;
		if (placed[best] !== '') return null;
		placed[best] = cells[i] as string;
	}
	return placed;
}

/**
 * A second header row: no label of its own, no figures, and under a header with a merged cell
 * ("Nr. | Initiativ | Status | | Bemærkning" over " | | pr. maj | pr. september | ").
 */
function isSubHeader(header: string[], cells: string[]): boolean {
	return (
		cells[0] === '' &&
		header.includes('') &&
		cells.some((c) => c !== '') &&
		cells.every((c) => !/\d/.test(c))
	);
}

/** Each header cell with the sub-header under it; an empty header cell takes the one on its left. */
function mergeHeader(header: string[], sub: string[]): string[] {
	let left = '';
	return header.map((h, c) => {
		const top = h || left;
		left = top;
		const below = sub[c] ?? '';
		return below ? `${top} ${below}`.trim() : h;
	});
}

/** A row's cells with a continuation line's words added to the cells they continue. */
function joinCells(row: string[], more: string[]): string[] {
	return row.map((c, k) => (more[k] ? (c ? `${c} ${more[k]}` : (more[k] as string)) : c));
}

/** The cells of a table row, or null when the line is not one. */
export function cellsOf(line: string): string[] | null {
	return splitRow(line)?.cells ?? null;
}

const NUMBER = /^-?[\d.]+(?:,\d+)?%?$/;

const LINE_NUMBER_CELL = /^\d{1,2}\.\d{1,2}\.?$/;
const STARTS_LOWER = /^\p{Ll}/u;

/**
 * "1.1 | Styrket sagsbehandling på | Grøn" then " | handicapområdet": a row with an empty first
 * cell continues the row above when that row is a numbered line, or when all its text goes on
 * in lower case; an empty first cell before a new item ("| Temaer til … | 11.05") is a row.
 */
function continuesRow(previous: string[], cells: string[]): boolean {
	if (cells[0] !== '' || !previous[0]) return false;
	const filled = cells.filter((c) => c !== '');
	if (filled.length === 0 || cells.length > previous.length) return false;
	if (cells.some((c, k) => c !== '' && !previous[k])) return false;
	return LINE_NUMBER_CELL.test(previous[0]) || filled.every((c) => STARTS_LOWER.test(c));
}

/**
 * "Korttidsfravær | Langtidsfravær" over "Afdeling | 2015 | 2016 | 2015 | 2016": each label over
 * an equal share of the columns after the first, joined to theirs ("Korttidsfravær 2015").
 */
function grouped(labels: string[], header: string[]): string[] {
	const columns = header.length - 1;
	if (columns % labels.length !== 0 || columns === labels.length) return header;
	const share = columns / labels.length;
	return header.map((h, c) =>
		c === 0 ? h : `${labels[Math.floor((c - 1) / share)] as string} ${h}`
	);
}

/**
 * Whether the next line with text after `nl` is a row of the table laid out with spaces (as many
 * cells): blank lines and a page number between them are where a page broke.
 */
function rowFollows(text: string, nl: number, end: number, table: Table): boolean {
	for (let at = nl, k = 0; at < end && k < 8; k++) {
		let next = text.indexOf('\n', at + 1);
		if (next === -1 || next > end) next = end;
		const line = text.slice(at + 1, next);
		at = next;
		if (line.trim() === '' || PAGE_NUMBER_LINE.test(line)) continue;
		const row = splitRow(line);
		if (row?.kind !== 'space') return false;
		const cells = row.cells.length;
		// A numbered row may leave its last cells empty ("2.1   Ny visitation   SSF   Grøn").
		return (
			cells === table.header.length ||
			(cells >= 2 && cells < table.header.length && LINE_NUMBER_CELL.test(row.cells[0] ?? ''))
		);
	}
	return false;
}
const PAGE_NUMBER_LINE = /^[ \t]*\d{1,3}[ \t]*$/;

/** A row label that ends unfinished ("Kultur, Fritid &") goes on in a line at its margin. */
function continuesLabel(row: TableRow, line: string, text: string): boolean {
	if (!/(?:[&,-]|(?<!\p{L})og)$/u.test(row.cells[0] ?? '')) return false;
	const t = line.trim();
	if (t === '' || /\d/.test(t)) return false;
	const rowLead = row.start - (text.lastIndexOf('\n', row.start - 1) + 1);
	return line.length - line.trimStart().length === rowLead;
}

/**
 * Space-separated columns are only a table when they line up and hold numbers, or when each row
 * is a numbered line under a header of three columns or more ("1.2   Sammenlægning …   BUF   Grøn").
 */
function plausible(kind: RowKind, header: string[], rows: TableRow[]): boolean {
	if (kind !== 'space') return rows.length > 0;
	if (rows.length < 2) return false;
	const values = rows.flatMap((r) => r.cells.slice(1));
	if (values.filter((v) => NUMBER.test(v)).length * 2 >= values.length) return true;
	return header.length >= 3 && rows.every((r) => LINE_NUMBER_CELL.test(r.cells[0] ?? ''));
}

/** Tables of at least a header and one row, in [start, end) of the text. */
export function findTables(text: string, start: number, end: number): Table[] {
	const tables: Table[] = [];
	let current: (Table & { kind: RowKind; grid?: boolean }) | null = null;
	// Whether the line above was a grid table's border: the pipe line under it starts a row.
	let borderAbove = false;
	const close = (): void => {
		if (current && plausible(current.kind, current.header, current.rows)) {
			const { header, headerStart, headerEnd, rows } = current;
			tables.push({ header, headerStart, headerEnd, rows });
		}
		current = null;
	};
	// A line of two labels over a table laid out with spaces ("Korttidsfravær   Langtidsfravær"
	// over "Afdeling   2015   2016   2015   2016"), while the next line may start the table.
	let group: { cells: string[]; start: number } | null = null;
	// "            1.-3. kvt. 2016     1.-3. kvt. 2017" over "Korttidsfravær   5,4   5,6": column
	// headings with no heading over the first column, indented past the rows' labels.
	let headless: { cells: string[]; start: number; end: number; lead: number } | null = null;
	let pos = start;
	while (pos < end) {
		let nl = text.indexOf('\n', pos);
		if (nl === -1 || nl > end) nl = end;
		const line = text.slice(pos, nl);
		const groupAbove = group;
		group = null;
		const headlessAbove = headless;
		headless = null;
		const gridRowStarts = borderAbove;
		borderAbove = false;
		if (line.charCodeAt(line.length - 1) === 43 /* + */ && GRID_BORDER.test(line.trim())) {
			if (current && !current.grid) close();
			borderAbove = true;
			pos = nl + 1;
			continue;
		}
		// A centred page number the furniture pass left is no row.
		if (current?.kind === 'space' && PAGE_NUMBER_LINE.test(line)) {
			pos = nl + 1;
			continue;
		}
		if (isSeparator(line) && current) {
			pos = nl + 1;
			continue;
		}
		// One cell on an indented line under a table laid out with spaces: its own split finds no
		// columns, but it may continue a cell of the row above.
		const open = current as (Table & { kind: RowKind }) | null;
		const split = splitRow(line);
		// A line of prose at the table's margin after it ends the table (a page break may have
		// taken the blank line between them).
		const row: { cells: string[]; kind: RowKind } | null =
			split ??
			(open?.kind === 'space' &&
			/^[ \t]{3,}\S/.test(line) &&
			line.length - line.trimStart().length >
				open.headerStart - (text.lastIndexOf('\n', open.headerStart - 1) + 1) + 1
				? { kind: 'space', cells: [line.trim()] }
				: null);
		const lastRow = open?.kind === 'space' ? open.rows[open.rows.length - 1] : undefined;
		if (!split && lastRow && continuesLabel(lastRow, line, text)) {
			// "Kultur, Fritid &" then "Forebyggende Sundhed": a row label wrapped onto a line of its own.
			lastRow.cells[0] = `${lastRow.cells[0] as string} ${line.trim()}`;
			lastRow.end = pos + line.trimEnd().length;
		} else if (
			!row &&
			open?.kind === 'space' &&
			line.trim() === '' &&
			rowFollows(text, nl, end, open)
		) {
			// A blank line under the header or before a total row, as PDF text leaves them.
		} else if (!row || row.cells.every((c) => c === '')) {
			close();
		} else if (!current && row.kind === 'space' && row.cells.length < 3) {
			// Two chunks of text with a wide gap are not yet a table, but may head one.
			const lead = line.length - line.trimStart().length;
			if (row.cells.every((c) => !/\d/.test(c))) group = { cells: row.cells, start: pos + lead };
			else {
				headless = { cells: row.cells, start: pos + lead, end: pos + line.trimEnd().length, lead };
				// "1. halvår 2023   1. halvår 2024" may also stand over a header of their own columns
				// ("Afdeling   Korttid   Langtid   I alt   Korttid   Langtid   I alt").
				if (row.cells.every((c) => /(?:19|20)\d\d/.test(c) && !/\d,\d/.test(c)))
					group = { cells: row.cells, start: pos + lead };
			}
		} else if (
			!current &&
			row.kind === 'space' &&
			headlessAbove &&
			row.cells.length === headlessAbove.cells.length + 1 &&
			headlessAbove.lead > line.length - line.trimStart().length + 4
		) {
			const lead = line.length - line.trimStart().length;
			current = {
				header: ['', ...headlessAbove.cells],
				headerStart: headlessAbove.start,
				headerEnd: headlessAbove.end,
				rows: [{ cells: row.cells, start: pos + lead, end: pos + line.trimEnd().length }],
				kind: 'space'
			};
		} else if (!current || current.kind !== row.kind) {
			close();
			const lead = line.length - line.trimStart().length;
			const head =
				row.kind === 'space' && groupAbove ? grouped(groupAbove.cells, row.cells) : row.cells;
			current = {
				header: head,
				// The header's span takes in the labels over it.
				headerStart: head === row.cells ? pos + lead : (groupAbove as { start: number }).start,
				headerEnd: pos + line.trimEnd().length,
				rows: [],
				kind: row.kind,
				grid: row.kind === 'pipe' && gridRowStarts
			};
		} else if (current.grid && !gridRowStarts) {
			// A grid table's cells wrapped onto the next line: their words join the row (or header).
			const previous = current.rows[current.rows.length - 1];
			if (previous) {
				previous.cells = joinCells(previous.cells, row.cells);
				previous.end = pos + line.trimEnd().length;
			} else {
				current.header = joinCells(current.header, row.cells);
				current.headerEnd = pos + line.trimEnd().length;
			}
		} else if (row.kind === 'space' && row.cells.length !== current.header.length) {
			// Empty cells leave no trace in PDF text but their neighbours' positions.
			const headerLine = text.slice(current.headerStart, current.headerEnd);
			const lead = line.length - line.trimStart().length;
			const headerLead =
				current.headerStart - (text.lastIndexOf('\n', current.headerStart - 1) + 1);
			// A line indented past the first column continues the row above ("      Hyldespjældet
			// … HOFOR til afledning"): its cells are placed from the header's margin.
			const indented = lead > headerLead + 1;
			const placed =
				row.cells.length < current.header.length
					? indented
						? placeByColumns(
								headerLine,
								line.slice(headerLead),
								row.cells,
								current.header.length,
								false
							)
						: placeByColumns(headerLine, line.trimStart(), row.cells, current.header.length)
					: null;
			const previous = current.rows[current.rows.length - 1];
			if (placed && !previous && placed[0] === '' && !placed.some((c) => /\d,\d/.test(c))) {
				// "I alt" over "1. kvt. 2011": a column heading wrapped onto the line under the header.
				current.header = joinCells(current.header, placed);
				current.headerEnd = pos + line.trimEnd().length;
			} else if (placed && indented && previous && continuesRow(previous.cells, placed)) {
				previous.cells = joinCells(previous.cells, placed);
				previous.end = pos + line.trimEnd().length;
			} else if (placed)
				current.rows.push({ cells: placed, start: pos + lead, end: pos + line.trimEnd().length });
		} else {
			const lead = line.length - line.trimStart().length;
			const previous = current.rows[current.rows.length - 1];
			if (!previous && isSubHeader(current.header, row.cells)) {
				// "Status" over "pr. maj | pr. september": a header of two rows.
				current.header = mergeHeader(current.header, row.cells);
				current.headerEnd = pos + line.trimEnd().length;
			} else if (row.cells.join('\t') === current.header.join('\t')) {
				// The header repeated at the top of the next page.
			} else if (row.kind === 'tab' && previous && continuesRow(previous.cells, row.cells)) {
				// A cell wrapped onto a line of its own: its words join the row above.
				previous.cells = joinCells(previous.cells, row.cells);
				previous.end = pos + line.trimEnd().length;
			} else
				current.rows.push({
					cells: row.cells,
					start: pos + lead,
					end: pos + line.trimEnd().length
				});
		}
		pos = nl + 1;
	}
	close();
	return tables;
}

/** A column heading of a table written one cell per line: a period with its year, or a change. */
const STACKED_YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/;
const STACKED_CHANGE = /^(?:ændring|forskel|udvikling|difference)(?!\p{L})/iu;
const STACKED_VALUE = /^(?:[-+÷][ \t]?)?\d{1,3}(?:[.,]\d{1,3})?(?:[ \t]*%)?$|^[-–]$/;
/** The longest row label of such a table, and the longest column heading. */
const STACKED_LABEL_MAX = 60;
const STACKED_COLUMN_MAX = 30;

interface StackedLine {
	text: string;
	start: number;
	end: number;
}

/** The non-blank lines between start and end, each trimmed as a cell, with its span. */
function stackedLines(text: string, start: number, end: number): StackedLine[] {
	const lines: StackedLine[] = [];
	for (let pos = start; pos < end;) {
		let nl = text.indexOf('\n', pos);
		if (nl === -1 || nl > end) nl = end;
		const raw = text.slice(pos, nl);
		const t = raw.trim();
		if (t) {
			const lead = raw.length - raw.trimStart().length;
			lines.push({ text: cellText(t), start: pos + lead, end: pos + lead + t.length });
		}
		pos = nl + 1;
	}
	return lines;
}

/** A table found among stacked lines: its header from line i over k more lines, and its rows. */
function stackedTable(
	lines: readonly StackedLine[],
	i: number,
	k: number,
	header: string[],
	rows: TableRow[]
): Table {
	return {
		header,
		headerStart: (lines[i] as StackedLine).start,
		headerEnd: (lines[i + k] as StackedLine).end,
		rows
	};
}

function isStackedColumn(t: string): boolean {
	return t.length <= STACKED_COLUMN_MAX && (STACKED_YEAR.test(t) || STACKED_CHANGE.test(t));
}

function isStackedLabel(t: string): boolean {
	return (
		t.length > 0 &&
		t.length <= STACKED_LABEL_MAX &&
		/\p{L}/u.test(t) &&
		!/[.:]$/.test(t) &&
		!STACKED_VALUE.test(t) &&
		!isStackedColumn(t)
	);
}

/**
 * Tables whose layout pdftotext lost, one cell per line: a heading ("Afdeling") over its column
 * headings ("1. halvår 2021", "1. halvår 2022"), then for each row its label (wrapped onto two
 * lines at most) and one value per column. The headings may repeat after a page break.
 */
export function findStackedTables(text: string, start: number, end: number): Table[] {
	const lines = stackedLines(text, start, end);
	const tables: Table[] = [];
	const at = (i: number): string => lines[i]?.text ?? '';
	for (let i = 0; i < lines.length; i++) {
		if (!isStackedLabel(at(i))) continue;
		let k = 0;
		while (isStackedColumn(at(i + 1 + k))) k++;
		const columns = lines.slice(i + 1, i + 1 + k).map((l) => l.text);
		if (k < 2 || columns.filter((c) => STACKED_YEAR.test(c)).length < 2) continue;
		const header = [at(i), ...columns];
		const rows: TableRow[] = [];
		let j = i + 1 + k;
		while (j < lines.length) {
			// The headings repeated at the top of the next page.
			if (header.every((h, c) => at(j + c) === h)) {
				j += header.length;
				continue;
			}
			if (!isStackedLabel(at(j))) break;
			// "Kultur, Fritid &" then "Forebyggende Sundhed": a label wrapped onto a second line.
			const wrapped = isStackedLabel(at(j + 1)) && STACKED_VALUE.test(at(j + 2));
			const first = j + (wrapped ? 2 : 1);
			const values = lines.slice(first, first + k).map((l) => l.text);
			if (values.length < k || !values.every((v) => STACKED_VALUE.test(v))) break;
			const label = wrapped ? `${at(j)} ${at(j + 1)}` : at(j);
			rows.push({
				cells: [label, ...values.map((v) => (/^[-–]$/.test(v) ? '' : v))],
				start: (lines[j] as StackedLine).start,
				end: (lines[first + k - 1] as StackedLine).end
			});
			j = first + k;
		}
		if (rows.length < 2) continue;
		tables.push(stackedTable(lines, i, k, header, rows));
		i = j - 1;
	}
	return tables;
}

/**
 * A Danish number in a cell: a sign (÷ is the accountants' minus), thousands separated by dots,
 * a decimal comma, and a percent sign after it.
 */
const DANISH_NUMBER =
	/^([-+÷]?)[ \t]?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?([ \t]*(?:%|pct\.?|procent))?$/;

/**
 * A cell as the contract wants it: as written, but a number with a decimal dot and no thousands
 * separators ("1.234,5" → "1234.5", "÷ 0,3" → "-0.3", "12,5 %" → "12.5 %"); other cells as written.
 */
export function cellValue(cell: string): string {
	const m = DANISH_NUMBER.exec(cell);
	if (!m) return cell;
	const [, sign, whole, fraction, suffix] = m;
	return `${sign === '÷' ? '-' : sign}${(whole as string).replaceAll('.', '')}${fraction ? `.${fraction}` : ''}${suffix ?? ''}`;
}

/** Heading cells of a budget status table written one per line (raw pdftotext). */
const STACKED_NR = /^(?:nr|nummer|linje)\.?$/i;
const STACKED_HEADING = /^(?:initiativ|titel|indsats|status|farve|bemærkning(?:er)?|kommentar)$/i;
const STACKED_STATUS = /^(?:status|farve)$/i;
const STACKED_LINE_NUMBER = /^\d{1,2}\.\d{1,2}$/;
/**
 * A status cell: a colour word alone or with a remark ("Rød (var gul)"), or a status that is none
 * ("Ikke vurderet", "Udgår", "-"); not a title that starts with one ("Grøn omstilling af").
 */
const STACKED_STATUS_CELL = new RegExp(
	String.raw`^(?:${COLOUR_PATTERN}|ikke[ \t]+vurderet|udgår|udgået|afsluttet|-|–)(?=$|[ \t]*[(✓✔,;-])`,
	'iu'
);
/** A wrapped cell's line is short; a line much longer than any cell so far is prose below. */
const STACKED_CELL_SLACK = 8;
const STACKED_CELL_MIN = 32;

/**
 * A status table whose layout pdftotext lost: "Nr." / "Initiativ" / "Status" / "Bemærkning",
 * one heading per line, then per row its number alone on a line, the title (wrapped over a few
 * lines), the status and the remark (also wrapped). The table ends at a line that is no cell:
 * prose wider than the cells, or a heading of the item.
 */
export function findStackedStatusTables(text: string, start: number, end: number): Table[] {
	const lines = stackedLines(text, start, end);
	const tables: Table[] = [];
	const at = (i: number): string => lines[i]?.text ?? '';
	for (let i = 0; i < lines.length; i++) {
		if (!STACKED_NR.test(at(i))) continue;
		let k = 0;
		while (STACKED_HEADING.test(at(i + 1 + k))) k++;
		const header = [at(i), ...lines.slice(i + 1, i + 1 + k).map((l) => l.text)];
		const status = header.findIndex((h) => STACKED_STATUS.test(h));
		// Number, title and status at least; the remark may follow the status.
		if (status !== 2 || header.length > 4) continue;
		const rows: TableRow[] = [];
		let widest = STACKED_CELL_MIN;
		let j = i + 1 + k;
		while (STACKED_LINE_NUMBER.test(at(j))) {
			const first = lines[j] as StackedLine;
			let s = j + 1;
			while (s < lines.length && s - j <= 4 && !STACKED_STATUS_CELL.test(at(s))) s++;
			if (s === j + 1 || !STACKED_STATUS_CELL.test(at(s))) break;
			const title = lines.slice(j + 1, s);
			let e = s + 1;
			const note: StackedLine[] = [];
			if (header.length === 4)
				while (
					e < lines.length &&
					!STACKED_LINE_NUMBER.test(at(e)) &&
					at(e).length <= widest + STACKED_CELL_SLACK
				)
					note.push(lines[e++] as StackedLine);
			for (const l of [...title, ...note]) widest = Math.max(widest, l.text.length);
			const joined = (ls: StackedLine[]): string => ls.map((l) => l.text).join(' ');
			const cells = [first.text, joined(title), at(s)];
			if (header.length === 4) cells.push(joined(note));
			rows.push({ cells, start: first.start, end: (lines[e - 1] as StackedLine).end });
			j = e;
		}
		if (rows.length < 2) continue;
		tables.push(stackedTable(lines, i, k, header, rows));
		i = j - 1;
	}
	return tables;
}
