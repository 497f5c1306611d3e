/**
 * Statistic periods in Danish ("1. halvår 2016", "1.-3. kv. 2017", "de tre første kvartaler",
 * "hele året 2018") as month ranges within a year, and their canonical Danish labels.
 */

import { MONTHS, MONTH_PATTERN, monthEnd, numberFromWord, pad2 } from './danish';
import { memoByText } from './text-memo';

export interface Period {
	/** Null when the text gives no year ("første halvår"); resolved from context. */
	year: number | null;
	fromMonth: number;
	toMonth: number;
}

export interface PeriodMention {
	index: number;
	end: number;
	period: Period;
	/** A bare year ("i 2015"): the months come from the context period. */
	yearOnly: boolean;
}

const Q = String.raw`(?:kvartal(?:er(?:ne)?|et)?|kvrt|kvt|kv)\.?`;
const ORD = String.raw`[1-4]|første|anden|andet|tredje|fjerde`;
const YEAR = String.raw`(?:[ \t]+(?:i[ \t]+|af[ \t]+|for[ \t]+)?((?:19|20)\d\d)(?!\d))?`;

/** "1.-3. kvartal", "1. og 2. kvt.", "første til andet kvartal", "1.+2.+3. kvartal". */
const QUARTER_RANGE = new RegExp(
	String.raw`(?<![\d,.\p{L}])([1-3]|første|anden|andet|tredje)\.?[ \t]*(?:-|til|og|\+)[ \t]*(?:([1-4])\.?[ \t]*\+[ \t]*)?([2-4]|anden|andet|tredje|fjerde)\.?[ \t]*${Q}${YEAR}`,
	'giu'
);
const QUARTER = new RegExp(String.raw`(?<![\d,.\p{L}])(${ORD})\.?[ \t]*${Q}${YEAR}`, 'giu');
/** "Q2 2013", "Q3": a quarter in the short form reports use. */
const Q_QUARTER =
	/(?<![\p{L}\d])Q([1-4])(?:[ \t]*-[ \t]*Q?([1-4]))?(?:[ \t]+((?:19|20)\d\d))?(?![\p{L}\d])/gu;
/** "1.1.-30.9.2019", "1/1-30/9 2019": from New Year to a month's last day, in figures. */
const NUMERIC_RANGE =
	/(?<![\d./])1[./]1\.?[ \t]*(?:-|til)[ \t]*(\d{1,2})[./](\d{1,2})\.?[ \t]?((?:19|20)\d\d)(?!\d)/gu;
const FIRST_QUARTERS = new RegExp(
	String.raw`(?<!\p{L})(?:de[ \t]+)?(?:første[ \t]+(to|tre|2|3)\.?|(to|tre|2|3)\.?[ \t]+første)[ \t]+kvartaler${YEAR}`,
	'giu'
);
const HALF = new RegExp(
	String.raw`(?<![\d,.\p{L}])([12]|første|anden|andet)\.?[ \t]*halvår(?:et)?${YEAR}`,
	'giu'
);
const WHOLE_YEAR =
	/(?<!\p{L})(?:hele[ \t]+(?:året|år)|helåret|helår|året[ \t]+som[ \t]+helhed)(?:[ \t]+((?:19|20)\d\d)(?!\d))?|(?<!\p{L})(?:hele|året)[ \t]+((?:19|20)\d\d)(?!\d)/giu;
const MONTH = String.raw`(${MONTH_PATTERN})\.?(?!\p{L})`;
/** "fra 1. januar til 30. september 2024", "1. april - 30. juni 2017". */
const DATE_RANGE = new RegExp(
	String.raw`(?<![\d.])1\.?[ \t]*${MONTH}(?:[ \t]+((?:19|20)\d\d))?[ \t]*(?:-|til)[ \t]*(\d{1,2})\.?[ \t]*${MONTH}[ \t]+((?:19|20)\d\d)(?!\d)`,
	'giu'
);
/** "juli-september 2024", "januar til juni 2019". */
const MONTH_RANGE = new RegExp(
	String.raw`(?<![\p{L}\d.])${MONTH}[ \t]*(?:-|til)[ \t]*${MONTH}[ \t]+((?:19|20)\d\d)(?!\d)`,
	'giu'
);
/** "årets første seks måneder": the months from January, counted in quarters. */
const FIRST_MONTHS = new RegExp(
	String.raw`(?<!\p{L})(?:årets[ \t]+)?(?:de[ \t]+)?første[ \t]+(tre|seks|ni|[369])[ \t]+måneder${YEAR}`,
	'giu'
);
const MONTH_COUNT: Record<string, number> = { tre: 3, seks: 6, ni: 9, '3': 3, '6': 6, '9': 9 };
/** "pr. 30. juni 2018", "til og med september 2019": the year so far, to a quarter's end. */
const AS_OF = new RegExp(
	String.raw`(?<!\p{L})(?:(?:opgjort[ \t]+)?(?:pr\.?|per)[ \t]+(\d{1,2})\.?[ \t]*|til[ \t]+og[ \t]+med[ \t]+(?:(\d{1,2})\.?[ \t]*)?)${MONTH}[ \t]+((?:19|20)\d\d)(?!\d)`,
	'giu'
);
const MAY_NAME_MONTH = new RegExp(MONTH_PATTERN, 'i');
const BARE_YEAR =
	/(?<!\p{L})(?:i|for|af|fra|til|og|mod|med|end|under|over|siden)[ \t]+((?:19|20)\d\d)(?![\d,.-]\d)/giu;

/** The one period with its year that a text names (bare years left out), or null. */
export function onlyDatedPeriod(text: string): (Period & { year: number }) | null {
	const dated = findPeriods(text, false).filter((p) => p.period.year !== null);
	return dated.length === 1 ? (dated[0]?.period as Period & { year: number }) : null;
}

/** Every period mentioned in a text, in order; bare years only when asked for. */
export function findPeriods(text: string, withBareYears = true): readonly PeriodMention[] {
	return withBareYears ? periodsWithYears(text) : periodsWithoutYears(text);
}
const periodsWithYears = memoByText((text) => readPeriods(text, true));
const periodsWithoutYears = memoByText((text) => readPeriods(text, false));

function readPeriods(text: string, withBareYears: boolean): PeriodMention[] {
	const found: PeriodMention[] = [];
	const add = (m: RegExpMatchArray, period: Period, yearOnly = false): void => {
		const index = m.index ?? 0;
		found.push({ index, end: index + m[0].length, period, yearOnly });
	};
	// Each pattern needs a word or a digit that a quick test can rule out first (without a
	// copy of every sentence in lower case).
	const digit = /\d/.test(text);
	const quarter = /kv/i.test(text);
	const month = digit && MAY_NAME_MONTH.test(text);
	if (quarter) {
		for (const m of text.matchAll(QUARTER_RANGE)) {
			const from = numberFromWord(m[1] as string) ?? 0;
			const to = numberFromWord(m[3] as string) ?? 0;
			if (to > from) add(m, { year: year(m[4]), fromMonth: from * 3 - 2, toMonth: to * 3 });
		}
		for (const m of text.matchAll(QUARTER)) {
			const q = numberFromWord(m[1] as string);
			if (q && q <= 4) add(m, { year: year(m[2]), fromMonth: q * 3 - 2, toMonth: q * 3 });
		}
		for (const m of text.matchAll(FIRST_QUARTERS)) {
			const n = numberFromWord((m[1] ?? m[2]) as string);
			if (n) add(m, { year: year(m[3]), fromMonth: 1, toMonth: n * 3 });
		}
	}
	if (text.includes('Q'))
		for (const m of text.matchAll(Q_QUARTER)) {
			const q = Number(m[1]);
			const to = m[2] ? Number(m[2]) : q;
			if (to >= q) add(m, { year: year(m[3]), fromMonth: q * 3 - 2, toMonth: to * 3 });
		}
	if (/halvår/i.test(text))
		for (const m of text.matchAll(HALF)) {
			const h = numberFromWord(m[1] as string);
			if (h === 1 || h === 2)
				add(m, { year: year(m[2]), fromMonth: h === 1 ? 1 : 7, toMonth: h === 1 ? 6 : 12 });
		}
	if (month)
		for (const m of text.matchAll(DATE_RANGE)) {
			const from = MONTHS.get((m[1] as string).toLowerCase()) as number;
			const to = MONTHS.get((m[4] as string).toLowerCase()) as number;
			const year = Number(m[5]);
			// Whole months only: the range must end on the month's last day.
			if (
				to >= from &&
				(!m[2] || Number(m[2]) === year) &&
				monthEnd(year, to).endsWith(`-${pad2(Number(m[3]))}`)
			)
				add(m, { year, fromMonth: from, toMonth: to });
		}
	if (digit && (text.includes('1.1') || text.includes('1/1')))
		for (const m of text.matchAll(NUMERIC_RANGE)) {
			const to = Number(m[2]);
			const y = Number(m[3]);
			// Whole months only: the range must end on the month's last day.
			if (to >= 1 && to <= 12 && monthEnd(y, to).endsWith(`-${pad2(Number(m[1]))}`))
				add(m, { year: y, fromMonth: 1, toMonth: to });
		}
	if (month)
		for (const m of text.matchAll(MONTH_RANGE)) {
			const from = MONTHS.get((m[1] as string).toLowerCase()) as number;
			const to = MONTHS.get((m[2] as string).toLowerCase()) as number;
			if (to >= from) add(m, { year: Number(m[3]), fromMonth: from, toMonth: to });
		}
	if (/måneder/i.test(text))
		for (const m of text.matchAll(FIRST_MONTHS)) {
			const n = MONTH_COUNT[(m[1] as string).toLowerCase()];
			if (n) add(m, { year: year(m[2]), fromMonth: 1, toMonth: n });
		}
	if (month)
		for (const m of text.matchAll(AS_OF)) {
			const to = MONTHS.get((m[3] as string).toLowerCase()) as number;
			const y = Number(m[4]);
			const day = m[1] ?? m[2];
			// Only a quarter's last day (or a quarter's month) makes a period the minutes count by.
			if (to % 3 === 0 && (!day || monthEnd(y, to).endsWith(`-${pad2(Number(day))}`)))
				add(m, { year: y, fromMonth: 1, toMonth: to });
		}
	// "hele året", "helår", and "hele 2019" (no "år" in it).
	if (/år|hele/i.test(text))
		for (const m of text.matchAll(WHOLE_YEAR)) {
			add(m, { year: year(m[1] ?? m[2]), fromMonth: 1, toMonth: 12 });
		}
	if (withBareYears && digit) {
		for (const m of text.matchAll(BARE_YEAR)) {
			const index = (m.index ?? 0) + m[0].length - 4;
			found.push({
				index,
				end: index + 4,
				period: { year: Number(m[1]), fromMonth: 1, toMonth: 12 },
				yearOnly: true
			});
		}
	}
	// Keep the longest mention where two overlap ("1.-3. kvartal" over "3. kvartal").
	found.sort((a, b) => a.index - b.index || b.end - a.end);
	const kept: PeriodMention[] = [];
	for (const p of found) {
		const last = kept[kept.length - 1];
		if (last && p.index < last.end) continue;
		// "faldet for tredje kvartal i træk": a count of quarters, not a quarter.
		if (IN_A_ROW.test(text.slice(p.end, p.end + 12))) continue;
		kept.push(p);
	}
	return kept;
}

const IN_A_ROW = /^[ \t]+i[ \t]+træk(?!\p{L})/u;

function year(s: string | undefined): number | null {
	return s ? Number(s) : null;
}

export function withYear(p: Period, year: number): Period {
	return { year, fromMonth: p.fromMonth, toMonth: p.toMonth };
}

export function periodStart(p: Period & { year: number }): string {
	return `${p.year}-${pad2(p.fromMonth)}-01`;
}

export function periodEnd(p: Period & { year: number }): string {
	return monthEnd(p.year, p.toMonth);
}

/** The Danish label of a period: "1. halvår 2016", "1.–3. kvartal 2017", "hele året 2018". */
export function periodLabel(p: Period & { year: number }): string {
	const { fromMonth: f, toMonth: t, year: y } = p;
	if (f === 1 && t === 12) return `hele året ${y}`;
	if (f === 1 && t === 6) return `1. halvår ${y}`;
	if (f === 7 && t === 12) return `2. halvår ${y}`;
	if ((f - 1) % 3 === 0 && t % 3 === 0) {
		const a = (f + 2) / 3;
		const b = t / 3;
		return a === b ? `${a}. kvartal ${y}` : `${a}.–${b}. kvartal ${y}`;
	}
	return `${pad2(f)}/${y}–${pad2(t)}/${y}`;
}

/** Parse start/end ISO dates back to a period (for the app and for comparing periods). */
export function periodFromDates(start: string, end: string): (Period & { year: number }) | null {
	const s = /^(\d{4})-(\d{2})-01$/.exec(start);
	const e = /^(\d{4})-(\d{2})-\d{2}$/.exec(end);
	if (!s || !e || s[1] !== e[1]) return null;
	return { year: Number(s[1]), fromMonth: Number(s[2]), toMonth: Number(e[2]) };
}

export function samePeriod(a: Period, b: Period): boolean {
	return a.year === b.year && a.fromMonth === b.fromMonth && a.toMonth === b.toMonth;
}
