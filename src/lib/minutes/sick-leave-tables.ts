/**
 * Sick-leave levels from a table in a sick-leave item: a row per department (or per measure, or
 * the total) and a column per year or period ("Afdeling  2019  2020") or per measure
 * ("Afdeling  Korttid  Langtid  I alt"), cells in days.
 */

import { parseDanishNumber } from './danish';
import type { ItemContext } from './item-context';
import { findPeriods, onlyDatedPeriod, withYear } from './periods';
import type { Measure, SickLeaveTarget } from './schema';
import type { FullPeriod, Fact } from './sick-leave-facts';
import { MUNICIPALITY, TARGET_WORD, measureMentions, scopeMentions } from './sick-leave-terms';
import { itemTables, writtenCells } from './table-cells';
import type { Table, TableRow } from './tables';

const TOTAL_ROW =
	/^(?:i[ \t]+alt|total|samlet|hele[ \t]+kommunen|kommunen|alle[ \t]+(?:ansatte|medarbejdere)|albertslund(?:[ \t]+kommune)?)(?!\p{L})/iu;
/** A cell in days: "9,1", or "9,1 dage" with the unit written out. */
// "13.6" beside "14,1": a decimal point where the export mixes them.
const DAYS = /^(\d{1,2}(?:[,.]\d{1,2})?)(?:[ \t]+(?:dage?|dg\.))?$/;
const NOT_DAYS = /%|pct\.?|procent|antal|kr\.?|årsværk|timer/i;
/** A first column of staff groups, job families, ages or sexes: no scope of the data contract. */
const NOT_A_SCOPE_HEADER =
	/personalegruppe|faggruppe|stillingsgruppe|stillingskategori|medarbejdergruppe|jobfunktion|alder|køn(?!\p{L})|overenskomst/iu;

function columnPeriod(cell: string, base: FullPeriod): FullPeriod | null {
	// "2019", or a measure and its year ("Korttid 2016", "I alt 2015").
	const year = /(?:^|[ \t])((?:19|20)\d\d)$/.exec(cell.trim());
	if (year && !findPeriods(cell, false).some((p) => p.period.year !== null))
		return withYear(base, Number(year[1])) as FullPeriod;
	const p = findPeriods(cell, false)[0];
	if (!p) return null;
	return (p.period.year === null ? withYear(p.period, base.year) : p.period) as FullPeriod;
}

const TOTAL_COLUMN = /^(?:i[ \t]+alt|samlet|total)(?:[ \t]+(?:19|20)\d\d)?$/i;

/** The measure a column header names ("Korttid", "Langtidsfravær", "I alt"), or null. */
function columnMeasure(cell: string): Measure | null {
	const t = cell.trim();
	if (TOTAL_COLUMN.test(t)) return 'total';
	return measureMentions(t)[0]?.value ?? null;
}

/** "Dage pr. fuldtidsansat", "Sygedage": a column of days for the table's period. */
const DAYS_HEADER = /(?<!\p{L})(?:syge|fraværs)?dage(?!\p{L})/iu;
const CHANGE_HEADER = /^(?:ændring|udvikling|forskel|difference)(?!\p{L})/iu;
/**
 * The marks that sign a change: plus and arrows or triangles up, arrows right (flat; "►" is a
 * bullet glyph that the working text writes "•"), minus …
 */
const UP_OR_FLAT = '+\u2191\u25b2\u25b4\u2192\u25ba\u25b6\u2022';
/** … and minus, "÷" (the accountants' minus), arrows and triangles down. */
const DOWN = '\\-\u2212\u00f7\u2193\u25bc\u25be';
const UP_OR_FLAT_MARK = new RegExp(`^[${UP_OR_FLAT}][ \t]?`, 'u');
const DOWN_MARK = new RegExp(`^[${DOWN}][ \t]?`, 'u');

/**
 * The value of a signed change as written: "+0,7", "-0,3", "÷0,2", "↑ 0,4", "↓ 0,2", "→ 0,0",
 * "▲ 0,3", "▼ 0,2", "► 0,0".
 */
function signedDays(cell: string): number {
	return parseDanishNumber(cell.replace(UP_OR_FLAT_MARK, '').replace(DOWN_MARK, '-'));
}

/** "-0,3", "+0,7", "0,0", "↑ 0,4", "▲ 0,3": a signed number of days in a change column. */
const SIGNED_DAYS = new RegExp(`^(?:[${UP_OR_FLAT}${DOWN}][ \t]?)?\\d{1,2}(?:,\\d{1,2})?$`, 'u');

/**
 * A table of other absence, said so just before or after it ("Covid-19-relateret fravær" over
 * it, "Indgår ikke i sygefraværet." as its caption): its days are not sick leave.
 */
function otherAbsenceTable(ctx: ItemContext, table: Table): boolean {
	const end = table.rows.at(-1)?.end ?? table.headerEnd;
	const around =
		ctx.text.slice(Math.max(ctx.item.bodyStart, table.headerStart - 200), table.headerStart) +
		'\n' +
		ctx.text.slice(end, Math.min(ctx.item.end, end + 160));
	return OTHER_ABSENCE_AROUND.test(around);
}
const OTHER_ABSENCE_AROUND =
	/(?<!\p{L})(?:covid|corona)(?:-?19)?-?relatere|(?<!\p{L})(?:isolation|karantæne)(?!\p{L})|(?:indgår|tæller|medregnes)[ \t]+ikke[ \t]+(?:med[ \t]+)?i[ \t]+sygefraværet|ikke[ \t]+medregnet[ \t]+i[ \t]+sygefraværet/iu;

/**
 * "Sygefraværet for hele 2018 fordeler sig sådan på afdelingerne:" over the table: the one dated
 * period its lead-in line names, when that line ends in a colon, is the table's.
 */
function leadInPeriod(ctx: ItemContext, table: Table): FullPeriod | null {
	const lead = ctx.sentences.findLast((s) => s.end <= table.headerStart);
	if (
		!lead ||
		!lead.text.endsWith(':') ||
		/\n[ \t]*\S[^\n]*\n[ \t]*\n/.test(ctx.text.slice(lead.end, table.headerStart))
	)
		return null;
	return onlyDatedPeriod(lead.text);
}

export function sickLeaveFromTables(ctx: ItemContext, itemBase: FullPeriod): Fact[] {
	const out: Fact[] = [];
	for (const table of itemTables(ctx)) {
		const base = leadInPeriod(ctx, table) ?? itemBase;
		// A column of percentages, counts or money beside the days is left out, not the table; so
		// is a column of goals ("Delmål 2015"), which are targets (see targetsFromTables).
		const notDays = table.header.map((h) => NOT_DAYS.test(h) || TARGET_WORD.test(h));
		if (notDays[0] || otherAbsenceTable(ctx, table)) continue;
		// Rows per staff group or age are not the municipality or a department; their total is.
		const onlyTotal = NOT_A_SCOPE_HEADER.test(table.header[0] ?? '');
		// "Afdeling | Korttid | Langtid | I alt": a column per measure, for the item's period.
		const measures = table.header.map((h, c) => (c === 0 || notDays[c] ? null : columnMeasure(h)));
		const changeColumn = table.header.findIndex((h, c) => c > 0 && CHANGE_HEADER.test(h.trim()));
		// "Ændring i dage ift. 3. kvt. 2013": the period a change column names is the one compared
		// with, not a column of that period's levels ("0,0" in it is no level).
		const periods = table.header.map((h, c) =>
			c === 0 || notDays[c] || c === changeColumn
				? null
				: (columnPeriod(h, base) ?? (measures[c] || DAYS_HEADER.test(h) ? base : null))
		);
		if (!periods.some(Boolean)) continue;
		const headerMeasure = measureMentions(table.header[0] ?? '')[0]?.value;
		// "Ændring" beside two periods: the change of the later one against the earlier.
		const dated = periods.filter((p): p is FullPeriod => p !== null);
		const sorted = [...dated].sort((a, b) => b.year - a.year);
		const latest = sorted[0];
		const oldest = sorted.at(-1);
		// "Korttid | Langtid | I alt | Ændring" or "Afdeling | 2023 | Ændring" for one period: its
		// change against the year before.
		const later = latest;
		const earlier =
			latest && oldest && latest.year === oldest.year
				? (withYear(latest, latest.year - 1) as FullPeriod)
				: oldest;
		for (const row of table.rows) {
			const label = (row.cells[0] ?? '').trim();
			if (!label || NOT_DAYS.test(label) || (onlyTotal && !TOTAL_ROW.test(label))) continue;
			const rowMeasure = measureMentions(label)[0]?.value;
			const scope = rowScope(ctx, row, label, rowMeasure);
			const evidence = ctx.evidence(row.start, row.end);
			const change = changeColumn > 0 ? row.cells[changeColumn]?.trim() : undefined;
			if (change && later && earlier && later.year !== earlier.year && SIGNED_DAYS.test(change)) {
				const value = signedDays(change);
				out.push({
					scope,
					period: later,
					measure: rowMeasure ?? headerMeasure ?? 'total',
					kind: 'change',
					value,
					direction: value > 0 ? 'up' : value < 0 ? 'down' : 'flat',
					derived: false,
					compared: earlier,
					evidence
				});
			}
			row.cells.forEach((cell, c) => {
				const period = periods[c];
				const days = period ? DAYS.exec(cell.trim()) : null;
				if (!period || !days) return;
				const value = parseDanishNumber(days[1] as string);
				if (value > 60) return;
				out.push({
					scope,
					period,
					measure: measures[c] ?? rowMeasure ?? headerMeasure ?? 'total',
					kind: 'level',
					value,
					direction: null,
					derived: false,
					compared: null,
					evidence
				});
			});
		}
	}
	return out;
}

/** "Fravær pr. afdeling i dage pr. fuldtidsansat. Tallet i parentes er 1. kvartal 2023:" */
const NAMES_DAYS = /(?<!\p{L})dage(?!\p{L})/iu;
const IN_PARENTHESES = /i[ \t]+parentes[ \t]+(?:er|angiver|viser)[ \t]+([^:\n]+)/iu;
const FIGURES_FOR = /(?<!\p{L})tall(?:et|ene)[ \t]+for[ \t]/iu;
const IN_PARENTHESES_AFTER = /[ \t]i[ \t]+parentes/iu;

/**
 * What a list's lead-in says the figures in parentheses are ("Tallet i parentes er 1. kvartal
 * 2023", "med tallet for samme halvår sidste år i parentes"), or null when it does not say.
 */
function parenthesesLegend(intro: string): string | null {
	const said = IN_PARENTHESES.exec(intro);
	if (said) return (said[1] as string).trim();
	const figures = FIGURES_FOR.exec(intro);
	const end = intro.search(IN_PARENTHESES_AFTER);
	return figures && end > figures.index
		? intro.slice(figures.index + figures[0].length, end).trim()
		: null;
}
/** "Dagtilbud 4,1 (4,4)", "Dagtilbud: 6,8 dage (sidste år: 7,1)": a department, its figure, and the legend's period in parentheses. */
const LIST_ROW =
	/^(?:[-•*][ \t]*)?(\p{L}(?:[^\d\n]{0,60}[^\d\s:])?):?[ \t]+(\d{1,2},\d{1,2})(?:[ \t]*dage?)?(?:[ \t]*\((?:\p{L}[\p{L} ]{0,28}:[ \t]*)?(\d{1,2},\d{1,2})(?:[ \t]*dage?)?\))?$/u;

/**
 * Levels from a list of departments under a line that names the unit (and the period of the
 * figures in parentheses), one department per line: "Dagtilbud 4,1 (4,4)".
 */
export function sickLeaveFromLists(ctx: ItemContext, base: FullPeriod): Fact[] {
	const out: Fact[] = [];
	const { text, item } = ctx;
	let legend: FullPeriod | null | undefined;
	let previous = '';
	for (let at = item.bodyStart; at < item.end;) {
		let end = text.indexOf('\n', at);
		if (end < 0 || end > item.end) end = item.end;
		const line = text.slice(at, end);
		// The intro may be wrapped: its unit on the line before the one that ends in a colon.
		const intro = `${previous} ${line}`;
		previous = line;
		const said = line.trimEnd().endsWith(':') ? parenthesesLegend(intro) : null;
		if (line.trimEnd().endsWith(':') && (NAMES_DAYS.test(intro) || said !== null)) {
			const p = said ? columnPeriod(said, base) : null;
			legend = p ?? (withYear(base, base.year - 1) as FullPeriod);
		} else if (legend !== undefined && line.trim() !== '') {
			const m = LIST_ROW.exec(line.trim());
			const name = m ? (m[1] as string).trim() : '';
			const scope = TOTAL_ROW.test(name) ? MUNICIPALITY : scopeMentions(name)[0]?.value;
			if (!m || !scope) legend = undefined;
			else {
				const evidence = ctx.evidence(at + line.length - line.trimStart().length, end);
				const level = (period: FullPeriod, value: string): Fact => ({
					scope,
					period,
					measure: 'total',
					kind: 'level',
					value: parseDanishNumber(value),
					direction: null,
					derived: false,
					compared: null,
					evidence
				});
				out.push(level(base, m[2] as string));
				if (m[3] && legend) out.push(level(legend, m[3]));
			}
		}
		at = end + 1;
	}
	return out;
}

/** "Dagtilbud 11,2 (-0,4)", "Drift & Service 10,3 dage (uændret)": a department, its days, and in brackets its change. */
const NAMED_FIGURE =
	/(?<![\d,])(\d{1,2},\d{1,2})(?:[ \t]*dage?)?[ \t]*\((?:([-+\u2212\u00f7]?[ \t]?\d{1,2},\d{1,2})|uændret)\)/gu;
const MIN_LISTED = 3;

/**
 * The departments' figures of a sentence that lists them with their changes in brackets (its
 * lead-in says so, or every bracket is signed or "uændret"), or null.
 */
function listedChanges(text: string): { found: RegExpExecArray[]; changes: boolean } | null {
	if (!text.includes('(')) return null;
	const found = [...text.matchAll(NAMED_FIGURE)];
	if (found.length < MIN_LISTED) return null;
	const changes = CHANGE_IN_BRACKETS.test(text.slice(0, found[0]?.index ?? 0));
	return { found, changes };
}

/** Whether a sentence is a list of departments with their changes (see sickLeaveFromInlineList). */
export function isInlineList(text: string): boolean {
	const listed = listedChanges(text);
	return (
		listed !== null &&
		(listed.changes ||
			listed.found.every((m) => m[2] === undefined || /^[-+\u2212\u00f7]/.test(m[2])))
	);
}
const CHANGE_IN_BRACKETS = /ændring|udvikling|forskel/i;

/**
 * "Fordelt på afdelinger var sygefraværet i 2025 (dage pr. fuldtidsansat, ændringen i forhold til
 * 2024 i parentes): Dagtilbud 11,2 (-0,4), Skoler & Uddannelse 8,1 (+0,2), …": a list of
 * departments in one sentence, each with its level and its change against the year before.
 */
export function sickLeaveFromInlineList(ctx: ItemContext, base: FullPeriod): Fact[] {
	const out: Fact[] = [];
	for (const s of ctx.sentences) {
		const listed = listedChanges(s.text);
		if (!listed) continue;
		const { found, changes } = listed;
		const scopes = scopeMentions(s.text);
		let from = 0;
		for (const m of found) {
			const scope = scopes.findLast((x) => x.index >= from && x.end <= m.index)?.value;
			from = m.index + m[0].length;
			if (!scope) continue;
			const evidence = ctx.evidence(s.start, s.end);
			const level = parseDanishNumber(m[1] as string);
			out.push({
				scope,
				period: base,
				measure: 'total',
				kind: 'level',
				value: level,
				direction: null,
				derived: false,
				compared: null,
				evidence
			});
			// "(uændret)": no change.
			const said = m[2] ?? '0,0';
			if (!changes && m[2] !== undefined && !/^[-+\u2212\u00f7]/.test(m[2])) continue;
			const value = signedDays(said);
			out.push({
				scope,
				period: base,
				measure: 'total',
				kind: 'change',
				value,
				direction: value > 0 ? 'up' : value < 0 ? 'down' : 'flat',
				derived: false,
				compared: withYear(base, base.year - 1) as FullPeriod,
				evidence
			});
		}
	}
	return out;
}

const FOOTNOTE_MARK = /(?<=\S)(?:\*{1,3}|[¹²³])$/u;

/**
 * A table row's scope: the municipality for its total row or a row per measure ("Korttidsfravær"),
 * else the department the row names, as the source writes it.
 */
function rowScope(
	ctx: ItemContext,
	row: TableRow,
	label: string,
	rowMeasure: Measure | undefined
): string {
	if (rowMeasure || TOTAL_ROW.test(label)) return MUNICIPALITY;
	// "Organisation & Politik*": the mark of a footnote is no part of the name.
	const written = (writtenCells(ctx, row.start, row.end, row.cells)[0] ?? label)
		.trim()
		.replace(FOOTNOTE_MARK, '');
	// "BUF" in the source, spelled out by the table's key: the department's name.
	return written !== label && scopeMentions(written).length === 0 && scopeMentions(label).length > 0
		? label
		: written;
}

/** "Delmål 2015", "Mål", "Målsætning": a column of each row's goal. */

/**
 * Targets from a table's goal column ("Afdeling | Fravær 2014 | Delmål 2015"): each row's goal,
 * a ceiling for its department (the total row's for the municipality).
 */
export function targetsFromTables(ctx: ItemContext): SickLeaveTarget[] {
	const out: SickLeaveTarget[] = [];
	for (const table of itemTables(ctx)) {
		const goal = table.header.findIndex(
			(h, c) => c > 0 && TARGET_WORD.test(h) && !NOT_DAYS.test(h)
		);
		if (goal < 0 || NOT_A_SCOPE_HEADER.test(table.header[0] ?? '')) continue;
		for (const row of table.rows) {
			const label = (row.cells[0] ?? '').trim();
			const days = DAYS.exec((row.cells[goal] ?? '').trim());
			if (!label || !days) continue;
			const value = parseDanishNumber(days[1] as string);
			if (value > 60) continue;
			const rowMeasure = measureMentions(label)[0]?.value;
			out.push({
				meeting_id: ctx.meetingId,
				item_number: ctx.item.number,
				scope: rowScope(ctx, row, label, rowMeasure),
				measure: rowMeasure ?? 'total',
				target: 'fixed',
				rule: 'at_most',
				value,
				...ctx.evidence(row.start, row.end)
			});
		}
	}
	return out;
}
