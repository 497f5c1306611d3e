/**
 * Sick-leave figures of one agenda item: levels and changes per measure and scope, for a
 * cumulative period, with the period compared against; direction-only statements; and values
 * derived from stated ones (marked derived=true, with the evidence they rest on).
 */

import { LAST_YEAR_WORDS, MONTHS, MONTH_PATTERN, parseDanishNumber } from './danish';
import type { Evidence, ItemContext, ItemSentence } from './item-context';
import {
	findPeriods,
	onlyDatedPeriod,
	periodEnd,
	samePeriod,
	withYear,
	type Period,
	type PeriodMention
} from './periods';
import { itemTables } from './table-cells';
import type { Measure, SickLeave } from './schema';
import {
	deduplicate,
	withCorrections,
	derive,
	yearOverYear,
	flatAsZero,
	toRows,
	type Fact,
	type FullPeriod
} from './sick-leave-facts';
import { startsLine, withSentenceScopes } from './sick-leave-scopes';
import {
	sickLeaveFromInlineList,
	isInlineList,
	sickLeaveFromLists,
	sickLeaveFromTables
} from './sick-leave-tables';
import {
	ABOVE,
	BELOW,
	CLAUSE_CUT,
	COMPARATIVE_AFTER,
	EXCLUDING_CHILD,
	FLAT_AFTER,
	GOAL_WORDS,
	INCLUDING_CHILD,
	MUNICIPALITY,
	OTHER_ABSENCE,
	OTHER_POPULATION,
	THE_DEPARTMENT,
	BARE_AREA,
	BOTH_START,
	bareHeading,
	isHeadingLine,
	scopeHeading,
	changeWords,
	introducesGoals,
	clauseAround,
	dayFigures,
	departmentIn,
	figuresInDays,
	UNIT_HEADING,
	measureMentions,
	scopeMentions,
	subjectDepartments,
	withItemScope,
	type Direction,
	type Mention
} from './sick-leave-terms';

/**
 * "januar til og med juni 2014", "fra 1. januar til 30. juni 2014": the months from the year's
 * start to the end of the given period, said in the item's first sections.
 */
function fromYearStart(ctx: ItemContext, titled: FullPeriod): FullPeriod | null {
	for (const s of ctx.sentences) {
		if (s.section !== null && s.section !== 'anledning' && s.section !== 'baggrund') break;
		const m = FROM_YEAR_START.exec(s.text);
		if (!m) continue;
		const toMonth = MONTHS.get((m[1] as string).toLowerCase());
		if (Number(m[2]) === titled.year && toMonth === titled.toMonth)
			return { year: titled.year, fromMonth: 1, toMonth };
	}
	return null;
}
const FROM_YEAR_START = new RegExp(
	String.raw`(?<!\p{L})(?:1\.[ \t]*)?januar[ \t]+(?:til[ \t]+(?:og[ \t]+med[ \t]+)?|-[ \t]*)(?:\d{1,2}\.[ \t]*)?(${MONTH_PATTERN})[ \t]+((?:19|20)\d\d)`,
	'iu'
);

/**
 * "… og afdelingen ligger nu næsten på niveau med Sundhed, Pleje & Omsorg": a level compared with
 * another department's (or the municipality's), not with the same period last year.
 */
function levelOfAnotherScope(clause: string): boolean {
	const m = LEVEL_WITH.exec(clause);
	return (
		m !== null &&
		scopeMentions(clause.slice(m.index + m[0].length, m.index + m[0].length + 60)).length > 0
	);
}
const LEVEL_WITH = /(?<!\p{L})(?:på[ \t]+)?(?:samme[ \t]+)?niveau[ \t]+(?:med|som)[ \t]+/iu;

/**
 * "Året indtil nu (1. januar til 30. september 2016):", "Kvartalet alene (juli, august og
 * september 2016):": a paragraph's lead label with its period in brackets, or null.
 */
function leadLabel(text: string, base: FullPeriod): { name: string; period: FullPeriod } | null {
	const m = LEAD_LABEL.exec(text);
	if (!m) return null;
	const inside = m[2] as string;
	const range = FROM_YEAR_START.exec(inside);
	if (range) {
		const toMonth = MONTHS.get((range[1] as string).toLowerCase()) as number;
		return {
			name: (m[1] as string).trim().toLowerCase(),
			period: { year: Number(range[2]), fromMonth: 1, toMonth }
		};
	}
	const months = [...inside.matchAll(MONTH_NAMES_ALL)].map(
		(x) => MONTHS.get((x[0] as string).toLowerCase()) as number
	);
	const year = /(?:19|20)\d\d/.exec(inside);
	if (months.length < 2 || !year) return null;
	const period = {
		year: Number(year[0]),
		fromMonth: months[0] as number,
		toMonth: months.at(-1) as number
	};
	return period.fromMonth <= period.toMonth && period.year === base.year
		? { name: (m[1] as string).trim().toLowerCase(), period }
		: null;
}
const LEAD_LABEL = /^(\p{Lu}[\p{L} ]{2,40}?)[ \t]*\(([^()\n]{6,60})\)[ \t]*:/u;
const MONTH_NAMES_ALL = new RegExp(String.raw`(?<!\p{L})(?:${MONTH_PATTERN})(?!\p{L})`, 'giu');

/** "Korttidsfraværet udgør 58 pct. af det samlede fravær": the whole a share is of. */
const SHARE_OF_BEFORE =
	/(?:pct\.?|procent|%)[ \t]+af[ \t]+(?:(?:det|den)[ \t]+)?(?:samlede[ \t]+)?$/iu;

/** Whether a position is inside round brackets opened just before it (a bounded look back). */
function insideBrackets(text: string, at: number): boolean {
	const before = text.slice(Math.max(0, at - 60), at);
	return before.lastIndexOf('(') > before.lastIndexOf(')');
}

/**
 * The measures a sentence speaks of, leaving out one it is only compared with ("Her ser billedet
 * anderledes ud end for korttidsfraværet: …" speaks of the measure before).
 */
function ownMeasures(text: string): readonly Mention<Measure>[] {
	const named = measureMentions(text);
	// "Korttidsfraværet, opgjort i fraværsdage pr. årsværk, var 3,2": the unit is no measure.
	// "langtidsfraværet (fravær på 30 kalenderdage og derover) 2,9 dage": the whole absence named
	// in a definition in brackets is no measure of the sentence, nor the whole a share is of.
	const all =
		named.length > 1
			? named.filter(
					(m) =>
						m.value !== 'total' ||
						(!UNIT_WORD.test(text.slice(m.index, m.end)) &&
							!insideBrackets(text, m.index) &&
							!SHARE_OF_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)))
				)
			: named;
	// "Her er fraværet 0,5 dage" after "Barns 1. og 2. sygedag indgår ikke …": the measure before.
	const here = all[0]?.value === 'total' ? HERE_MEASURE.exec(text) : null;
	if (
		here &&
		all.length === 1 &&
		/^[ \t]+$/.test(text.slice(here[0].length, (all[0] as Mention<Measure>).index))
	)
		return [];
	if (all.length === 0 || !text.includes('end ')) return all;
	return all.filter(
		(m) => !COMPARED_MEASURE_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))
	);
}
const UNIT_WORD = /^(?:syge|fraværs)dage$/i;
const COMPARED_MEASURE_BEFORE = /(?<!\p{L})end[ \t]+(?:for|ved|i)[ \t]+(?:det[ \t]+)?$/iu;

function isDigit(c: number): boolean {
	return c >= 48 && c <= 57;
}
const LIST_THEN_COMPARATIVE =
	/^(?:[ \t]?(?:,|og)[ \t]\d{1,2}(?:,\d{1,2})?){1,4}[ \t]dage?[ \t](højere|mere|flere|lavere|mindre|færre)(?!\p{L})/iu;
const WITH_BEFORE = /(?<!\p{L})med[ \t]*$/iu;
const ELLIPTIC_COMPARATIVE = /(?<!\p{L})(lavere|højere|mindre|mere)[ \t]+end[^:\n-]{0,60}[:-]/iu;
const HERE_PERIOD = /^her[ \t]+(?:var|er|lå|ligger|udgjorde)(?!\p{L})/iu;
/** The one dated period a sentence without figures names, or null. */
function onlyPeriodOf(text: string): FullPeriod | null {
	// ("… der er gået ned i forhold til 2022. Her er nedgangen på 0,5 dage": a sentence that states
	// a change names the period compared with, not the one "her" is about.)
	if (dayFigures(text).length > 0 || changeWords(text).length > 0) return null;
	const found = findPeriods(text).filter((p) => p.period.year !== null);
	return found.length === 1 ? ((found[0] as PeriodMention).period as FullPeriod) : null;
}

/** A subheading that is one measure ("Langtidsfravær", "### Barns 1. og 2. sygedag"), or null. */
function measureHeading(text: string): Measure | null {
	if (!isHeadingLine(text, 40)) return null;
	const bare = bareHeading(text);
	const found = measureMentions(bare);
	const only = found.length === 1 ? found[0] : undefined;
	return only && only.index === 0 && only.end === bare.length ? only.value : null;
}

/** A subheading that is a period with its year ("Hele 2021", "### 1. kvartal 2022"), or null. */
function periodHeading(text: string): FullPeriod | null {
	if (!isHeadingLine(text, 40)) return null;
	const bare = bareHeading(text);
	const found = findPeriods(bare);
	const only = found.length === 1 ? found[0] : undefined;
	return only && !only.yearOnly && only.index === 0 && only.end === bare.length && only.period.year
		? (only.period as FullPeriod)
		: null;
}

/** The period an item reports on: from its title, else its first dated period, else null. */
export function itemPeriod(ctx: ItemContext): FullPeriod | null {
	// "Sygefravær de seneste 12 måneder (pr. 30. september 2024)": a rolling year runs across two
	// calendar years, which no period of the contract's (a span within one year) can state. Its
	// figures stay in the item's table cells and evidence, not in sick_leave.csv.
	// "… de seneste 12 måneder og 1.-3. kvartal 2024": the period the title names besides it.
	const rolling = ROLLING.exec(ctx.item.title);
	// ("… (pr. 30. september 2024)": the day the rolling year ends, no period of its own.)
	const title = rolling
		? (
				ctx.item.title.slice(0, rolling.index) +
				ctx.item.title.slice(rolling.index + rolling[0].length)
			).replace(AS_OF_DAY, '')
		: ctx.item.title;
	if (rolling && findPeriods(title, false).length === 0) return null;
	const fallbackYear = Number(ctx.meetingDate.slice(0, 4));
	const fromTitle = findPeriods(title, false)[0];
	const titled = fromTitle ? resolveYear(fromTitle.period, fallbackYear, ctx.meetingDate) : null;
	// "Sygefravær 2. kvartal 2014" over "Tallene for 2. kvartal dækker … januar til og med juni
	// 2014": the figures run from the start of the year to the end of the title's quarter.
	const span = titled && titled.fromMonth > 1 ? fromYearStart(ctx, titled) : null;
	if (span) return span;
	if (titled) return postponed(ctx) ? (repeatedPeriod(ctx, titled) ?? titled) : titled;
	const titleYear = /(?<!\d)((?:19|20)\d\d)(?!\d)/.exec(ctx.item.title);
	for (const s of ctx.sentences) {
		const p = findPeriods(s.text, false).find((m) => m.period.year !== null);
		if (p) return p.period as FullPeriod;
	}
	if (titleYear) return { year: Number(titleYear[1]), fromMonth: 1, toMonth: 12 };
	// "steget fra 10,1 dage i 2020 til 10,9 dage i 2021": only bare years, so whole years; the
	// item reports on the latest one.
	let latestYear = 0;
	for (const s of ctx.sentences)
		for (const p of findPeriods(s.text))
			if (p.yearOnly && p.period.year !== null && p.period.year <= fallbackYear)
				latestYear = Math.max(latestYear, p.period.year);
	if (latestYear) return { year: latestYear, fromMonth: 1, toMonth: 12 };
	// "Sygefraværet i 2. kvartal var 2,9 dage" with no year anywhere: the latest such period that
	// has ended by the meeting.
	for (const s of ctx.sentences) {
		const p = findPeriods(s.text, false)[0];
		if (p) return resolveYear(p.period, fallbackYear, ctx.meetingDate);
	}
	return null;
}

/** "Sygefraværsstatistik 1.-3. kvartal 2023 – udskudt": the item's own figures are not there. */
const POSTPONED_TITLE = /(?<!\p{L})(?:udskudt|udsat|forsinket)(?!\p{L})/iu;
/** "Statistikken er endnu ikke klar", "Tallene for 3. kvartal foreligger endnu ikke". */
const NOT_READY =
	/(?:statistik\p{L}*|tal(?:lene)?|opgørelse\p{L}*)[ \t]+(?:[^.\n]{0,40}[ \t])?(?:er[ \t]+endnu[ \t]+ikke[ \t]+(?:klar|færdig)|foreligger[ \t]+endnu[ \t]+ikke|er[ \t]+(?:blevet[ \t]+)?forsinket)/iu;

function postponed(ctx: ItemContext): boolean {
	if (POSTPONED_TITLE.test(ctx.item.title)) return true;
	const first = ctx.sentences[0]?.section;
	return ctx.sentences.some((s) => s.section === first && NOT_READY.test(s.text));
}

/**
 * An item whose own statistic is postponed may repeat the figures of an earlier period ("gengives
 * her tallene for 1. halvår 2023"): the period of its first sentence that states days for a
 * dated period other than the title's is the one its figures are about.
 */
function repeatedPeriod(ctx: ItemContext, titled: FullPeriod): FullPeriod | null {
	for (const s of ctx.sentences) {
		if (dayFigures(s.text).length === 0) continue;
		const p = findPeriods(s.text, false).find((m) => m.period.year !== null);
		if (p) return samePeriod(p.period as FullPeriod, titled) ? null : (p.period as FullPeriod);
	}
	return null;
}

const AS_OF_DAY =
	/\(?(?:pr\.|per|opgjort[ \t]+pr\.)[ \t]*\d{1,2}\.[ \t]*\p{L}+[ \t]*(?:(?:19|20)\d\d)?\)?/u;

/** A period with no year is the latest one that has ended by the meeting. */
function resolveYear(p: Period, year: number, meetingDate: string): FullPeriod {
	if (p.year !== null) return p as FullPeriod;
	const candidate = withYear(p, year) as FullPeriod;
	return periodEnd(candidate) > meetingDate ? (withYear(p, year - 1) as FullPeriod) : candidate;
}

const COMPARED_BEFORE =
	/(?:sammenlignet[ \t]+med|sammenlignes(?:[ \t]+(?:i[ \t]+stedet|også|derimod))?[ \t]+med|sammenholdt[ \t]+med|i[ \t]+sammenligning[ \t]+med|i[ \t]+forhold[ \t]+til|ift\.?|end|mod|fra|siden|samme[ \t]+periode|overstiger|(?:dage?(?:[ \t]+pr\.?[ \t]+[a-zæøå]+)?|anelse|smule|lidt)[ \t]+(?:over|under)(?:[ \t]+(?:niveauet|fraværet|sygefraværet))?|(?:niveau|samme)[ \t]+som|niveau[ \t]+med|ligesom)[ \t]+(?:i[ \t]+|for[ \t]+|af[ \t]+|på[ \t]+)?(?:de[ \t]+|det[ \t]+)?$/i;
/** "samme periode", "samme kvartal", "samme halvår": the subject period in another year. */
const SPAN_WORD = String.raw`(?:periode|kvartal|halvår|tidspunkt|måneder)`;
const SAME_SPAN = String.raw`samme[ \t]+${SPAN_WORD}`;
const SAME_SPAN_IN_YEAR = new RegExp(
	String.raw`(?<!\p{L})${SAME_SPAN}(?:[ \t]+(?:i|af|for))?[ \t]+((?:19|20)\d\d)(?!\d)`,
	'giu'
);
const SAME_PERIOD = new RegExp(
	String.raw`${SAME_SPAN}(?:[ \t]+(?:i|af|for))?(?:[ \t]+((?:19|20)\d\d)(?!\d)|[ \t]+${LAST_YEAR_WORDS})?`,
	'i'
);
const EQUALS =
	/svarer[ \t]+til[ \t]+(?:niveauet|samme[ \t]+periode)|samme[ \t]+niveau[ \t]+som|på[ \t]+niveau[ \t]+med|identisk[ \t]+med/i;
const DIRECTION_PREDICATE =
	/(?:er|var|har[ \t]+været|blevet)[ \t]+(?:[\p{L}\d]+[ \t]+){0,6}(?:stigende|steget|faldende|faldet|uændret|stabil[te]?)|(?<!\p{L})gået[ \t]+(?:(?:lidt|en[ \t]+smule|en[ \t]+anelse)[ \t]+)?(?:ned|op)(?!\p{L})|har[ \t]+(?:\p{L}+[ \t]+)?nedbragt|(?:sket|været|har|havde|haft|der|ses|sås)[ \t]+(?:(?:til[ \t]+gengæld|dog|også|derimod|samtidig)[ \t]+)?(?:en|et)[ \t]+(?:\p{L}+[ \t]+)?(?:stigning|fald|nedgang)(?!\p{L})|(?:er|var|ligger|lå|dermed)[ \t]+(?:[\p{L}\d]+\.?[ \t]+){0,5}(?:højere|lavere)(?:[ \t]+i[ \t]+(?:19|20)\d\d)?[ \t]+end(?!\p{L})|(?<!\p{L})(?:stiger|steg|falder|faldt|voksede|vokser|(?:er|var)[ \t]+gået[ \t]+(?:ned|op)|gik[ \t]+(?:ned|op))(?!\p{L})|er[ \t]+på[ \t]+niveau[ \t]+med|(?<!\p{L})(?:en|et)[ \t]+(?:\p{L}+[ \t]+){0,2}(?:stigning|fald|nedgang)[ \t]+(?:i|på)(?!\p{L})|(?:har|havde)[ \t]+(?:et|en)[ \t]+(?:\p{L}+[ \t]+)?(?:højere|lavere)[ \t]+(?:syge)?fravær[ \t]+end(?!\p{L})|(?:har|havde|skyldes(?:[ \t]+(?:primært|især|hovedsageligt|navnlig))?)[ \t]+(?:et|en)[ \t]+(?:\p{L}+[ \t]+)?(?:stigende|faldende|uændret|uforandret|stabilt)[ \t]+(?:syge|korttids|langtids)?fravær|på[ \t]+(?:(?:nøjagtig|præcis)[ \t]+)?samme[ \t]+niveau|(?:har|havde)[ \t]+samme[ \t]+niveau[ \t]+som|ligger,?[ \t]+(?:der,?[ \t]+)?hvor[ \t]+(?:det|den|de)[ \t]+lå(?!\p{L})|(?:er|var|ligger|lå)[ \t]+(?:syge)?fraværet[ \t]+på[ \t]+niveau[ \t]+med|(?:har|havde)[ \t]+(?:\p{L}+[ \t]+)?(?:det[ \t]+)?samme[ \t]+(?:syge)?fravær[ \t]+som|^(?:faldet|stigningen|nedgangen)[ \t]+(?:ses|findes|gælder|er[ \t]+sket)|fravær\p{L}*[ \t]+(?:\p{L}+[ \t]+)?(?:steget|faldet|stigende|faldende|gået[ \t]+(?:ned|op))(?!\p{L})/iu;
/** "Social & Familie: fald, men …": a bullet's label and a direction noun. */
const LABEL_DIRECTION =
	/^[^:\n]{2,60}:[ \t]*(?:(?:et|en)[ \t]+)?(?:fald|stigning|nedgang|stigende|faldende|uændret)(?!\p{L})/iu;
function saysDirection(text: string): boolean {
	return (
		DIRECTION_PREDICATE.test(text) ||
		(text.includes(':') && LABEL_DIRECTION.test(text)) ||
		(text.includes(';') && LISTED_UNCHANGED.test(text))
	);
}
/** "…: Dagtilbud +0,6; Social & Familie uændret; …": a list's department said to be unchanged. */
const LISTED_UNCHANGED = /[;:][ \t]*\p{Lu}[^;:\n]{1,60}[ \t]uændret[ \t]*(?:;|\.?$)/u;
const FALL_LIES_IN = /^(?:faldet|stigningen|nedgangen)[ \t]+ligger[ \t]/iu;
/** "hvilket er 4 pct. mere end sidste år": a change in per cent gives its direction only. */
const PERCENT_COMPARED =
	/(?:pct\.?|procent|%)[ \t]+(?:mere|flere|højere|mindre|færre|lavere)[ \t]+end(?!\p{L})/iu;
// Words without which ABOVE/BELOW and DIRECTION_PREDICATE cannot match: plain strings are
// found much faster than those patterns, which try a match at every "er" and "var".
const MAY_COMPARE = /over|under|højere|lavere/i;
const MAY_HAVE_DIRECTION =
	/stig|steg|fald|voks|uændret|uforandret|stabil|niveau|samme|nedgang|tilbagegang|gået|gik|identisk|nedbragt|flyttet|ændret|højere|lavere|hvor[ \t]+(?:det|den|de)[ \t]+lå/i;
const OTHER_POPULATION_ALL = new RegExp(OTHER_POPULATION.source, 'giu');
/** A sentence that refers back to the department just named. */
const HERE = /^(?:her|heri|i[ \t]+afdelingen|afdelingen)(?!\p{L})/iu;
// "Dagtilbud er gået 0,4 dage tilbage": back is down.
const CHANGE_NOUN_AFTER =
	/^[ \t]*(?:dages[ \t]+)?(fald|stigning|nedgang|forbedring|forværring|(?:ned|op|tilbage)(?=[ \t]+(?:i|fra|siden|sammenlignet)(?!\p{L})|[ \t]*[.,;]|[ \t]*$))(?!\p{L})/iu;
const TREND = /(?<!\p{L})(?:i[ \t]+træk|de[ \t]+seneste|gennem[ \t]+de[ \t]+sidste)(?!\p{L})/iu;
/**
 * "Drift & Service er uændret, mens Økonomi & Stab har en mindre stigning i sygefraværet": a
 * sentence without figures whose first clause says a department is unchanged, naming its measure
 * only in a later clause.
 */
function measureOnlyAfterFlat(
	text: string,
	measures: readonly Mention<Measure>[],
	figureCount: number
): boolean {
	if (figureCount > 0) return false;
	const first = clausesOf(text)[0] ?? '';
	return (
		(measures[0] as Mention<Measure>).index >= first.length &&
		departmentsIn(first).length > 0 &&
		changeWords(first).some((c) => c.value === 'flat')
	);
}

/**
 * The measure a sentence speaks of: its last, unless it sets a part apart from the whole ("Barns
 * 1. og 2. sygedag tælles ikke med i sygefraværet ovenfor"), when the part is.
 */
function measureSpokenOf(mentions: readonly Mention<Measure>[]): Measure | undefined {
	return (mentions.findLast((m) => m.value !== 'total') ?? mentions.at(-1))?.value;
}
/**
 * "Det har været …", "Den er …": a sentence that starts by pointing back, with "har" too (wider
 * than REFERS_BACK, which also decides a figure's referent and so keeps to verbs of being).
 */
const REFERS_BACK_TO =
	/^(?:det|dette|den|de)[ \t]+(?:har|havde|er|var|ligger|lå|udgør|udgjorde)(?!\p{L})/iu;
const REFERS_BACK =
	/^(?:det|dette|den|de)[ \t]+(?:er|svarer|var|udgør|udgjorde|ligger|lå)(?!\p{L})/iu;
/** "I samme periode af 2018 var sygefraværet …": a level verb right after a compared period. */
const LEVEL_AFTER_COMPARED =
	/^[ \t]*(?:,[ \t]*)?(?:var|lå|udgjorde|blev|endte)(?:[ \t]+\p{L}+){0,3}?[ \t]+(?:på[ \t]+)?$/iu;
/** A plus or minus sign right before a figure, not a range's dash ("1,5-2,0"). */
// "÷0,3 dage": the Danish minus.
const SIGN_BEFORE = /(?:^|[\s(])([+\u2212\u00b1\u00f7-])$/u;
/**
 * "Her er gennemsnittet …", "I årets første ni måneder udgjorde de 0,4 dage", "udgjorde de i
 * gennemsnit 0,5 dag": the measure, not a
 * department, of the sentence before.
 */
const HERE_START = /^her[ \t]+(?:er|var|blev|ligger|lå|udgør|udgjorde)(?!\p{L})/iu;
const HERE_MEASURE = new RegExp(
	String.raw`${HERE_START.source}|(?<!\p{L})(?:udgør|udgjorde|var|lå)[ \t]+(?:de|det|den)[ \t]+(?:i[ \t]+gennemsnit[ \t]+)?(?=\d)`,
	'iu'
);
/** "0,2 dage, som i 1. kvartal 2013": the same as then. */
const SAME_AS_AFTER =
	/^[ \t]*(?:dage?[ \t]*)?,[ \t]*som[ \t]+(?:i|for)[ \t]+(?:\d|samme|sidste|året)/iu;
/** "med 4,2 dage ligger 0,4 dage under …": after a level said with "med", the change follows. */
const LIES_THEN_FIGURE =
	/^(?:[ \t]+(?:syge|fraværs)?dage?)?(?:[ \t]+pr\.?[ \t]+\p{L}+)?[ \t]+(?:ligger|er|var|lå)[ \t]+\d/u;
const PER_UNIT_GAP =
	/^[ \t]+(?:pr\.?[ \t]+\p{L}+[ \t]+)?(?:(?:ved|efter)[ \t]+(?:opgørelsen|udgangen)[ \t]+(?:af|for)[ \t]+|(?:i|for)[ \t]+)?$/u;
const PART_OF = /^af[ \t]+(?:de|disse)[ \t]+(\d{1,2},\d)[ \t]+dage/iu;
/** "… og 6,3 dage i de samme perioder i 2011": the periods of a list, a year before. */
const SAME_PERIODS_AFTER = new RegExp(
	String.raw`^[ \t]*(?:dage?[ \t]+)?(?:i|for)[ \t]+(?:de[ \t]+)?(?:samme|tilsvarende)[ \t]+perioder[ \t]+(?:i[ \t]+((?:19|20)\d\d)|${LAST_YEAR_WORDS})`,
	'iu'
);
const THEN_COMPARED_AFTER =
	/(?:(?<!\p{L})og[ \t]+(?:dermed|altså|således)|^[ \t]*(?:dage?[ \t]*)?,)[ \t]+(?:\p{L}+[ \t]+){0,2}?(højere|lavere|mindre|mere|færre|flere)[ \t]+end[ \t]+(?:i[ \t]+(?:\d|samme|sidste|første|anden)|sidste|året|samme|\d)/iu;
/** "Begge er lavere end …": the measures the sentence before named. */
const BOTH = /^(?:begge|de[ \t]+to)(?!\p{L})/iu;
/** "I 1.-3. kvt. 2024 var de tilsvarende tal 4,8 og 3,9 dage": the measures before, in order. */
const CORRESPONDING = /(?<!\p{L})de[ \t]+tilsvarende[ \t]+tal(?!\p{L})/iu;
/**
 * "… ligger lidt højere end i 2. halvår 2021", "… har et lavere fravær end i 1. halvår 2024": a
 * direction said as a comparison, without a figure.
 */
/** "… skyldes primært, at …": the "at" clause after it gives a cause. */
const CAUSE_BEFORE = /(?<!\p{L})(?:skyldes|skyldtes|hænger[ \t]+sammen[ \t]+med)(?!\p{L})/iu;
const COMPARED_HIGHER =
	/(?:(?:er|var|ligger|lå|dermed)[ \t]+(?:[\p{L}\d]+\.?[ \t]+){0,5}|(?:har|havde)[ \t]+(?:et|en)[ \t]+(?:\p{L}+[ \t]+)?)(højere|lavere)(?:[ \t]+(?:syge)?fravær)?(?:[ \t]+i[ \t]+(?:19|20)\d\d)?[ \t]+end(?!\p{L})/iu;
/** "havde et sygefravær på", "med et gennemsnitligt fravær på": a level's noun before its figure. */
const LEVEL_NOUN_BEFORE =
	/(?<!\p{L})(?:havde|har|med|et)[ \t]+(?:\p{L}+[ \t]+)?(?:syge)?fravær[ \t]+på[ \t]*$/iu;
const CONVERTED_BEFORE =
	/(?:procentpoint|point|procent|pct\.?|%)(?:[ \t]*,)?[ \t]*(?:hvilket[ \t]+|som[ \t]+)?(?:svarer|svarende)[ \t]+til[ \t]*$/iu;
/**
 * The direction of a change said in another unit right before a figure that converts it to days
 * ("et fald på 0,2 procentpoint, svarende til 0,4 dage"), or null.
 */
function convertedChange(
	text: string,
	at: number,
	changes: readonly Mention<Direction>[]
): Direction | null {
	const before = text.slice(Math.max(0, at - 80), at);
	if (!CONVERTED_BEFORE.test(before)) return null;
	const change = changes.findLast((c) => c.end <= at);
	return change && at - change.end <= 80 ? change.value : null;
}
const HERAF = /(?<!\p{L})(?:heraf|deraf)(?!\p{L})/iu;
const HERAF_START = /^(?:heraf|deraf)(?!\p{L})/iu;
/** "Stigningen udgør 1,3 dage", "Faldet er på 0,4 dag": the size of a change said before. */
const CHANGE_SIZE =
	/^(?:stigningen|faldet|nedgangen|forbedringen|forværringen)[ \t]+(?:udgør|udgjorde|er[ \t]+på|var[ \t]+på|svarer[ \t]+til)[ \t]/iu;
const NOT_LAST_YEAR_AFTER =
	/^[ \t]+(?:i[ \t]+|for[ \t]+)?(?:årets|resten|de[ \t]+(?:øvrige|andre|to|tre|første)|øvrige|andre|\p{L}*gennemsnittet)/iu;
/** "to afdelinger", "de fleste afdelinger", "én afdeling": departments counted, not named. */
const UNNAMED_DEPARTMENTS =
	/(?<!\p{L})(?:(?:to|tre|fire|fem|flere|nogle|enkelte|andre|øvrige|de[ \t]+fleste)[ \t]+(?:af[ \t]+de[ \t]+)?(?:\p{L}+[ \t]+)?afdelinger|(?:én|ingen|en[ \t]+enkelt)[ \t]+afdeling)(?!\p{L})/iu;
/** "4,1 dage (3,7)", "1,2 dage (1,1 dage)": last year's level in parentheses right after. */
const PAREN_LAST_YEAR = /^[ \t]*\((\d{1,2}(?:,\d{1,2})?)(?:[ \t]+dage?)?\)/;
/** The text after a figure up to the next clause ("…, mens langtidsfraværet er uændret"). */
function clauseAfter(text: string): string {
	// ", og Drift & Service ligger på niveau med …": a capital after ", og" starts another subject.
	const cut = text.search(/,\smens?\s|;|,\s(?:og|men)\s(?=\p{Lu})/u);
	return cut >= 0 ? text.slice(0, cut) : text;
}

/** "… 10,6 dage i samme periode (sidste år)": last year's figure; not "i samme periode i år". */
const SAME_PERIOD_AFTER = new RegExp(
	String.raw`^[ \t]*(?:(?:i|for|på)[ \t]+)?${SAME_SPAN}(?![ \t]+i[ \t]+(?:år|indeværende[ \t]+år|dette[ \t]+år)(?!\p{L}))`,
	'iu'
);
/** "… er faldet med 0,3 dage og udgør 6,9 dage": a verb of being right before a figure makes it a level. */
const LEVEL_VERB_BEFORE =
	/(?<!\p{L})(?:udgør|udgjorde|(?:er|var|ligger|lå|lander|landede|endte)[ \t]+på)[ \t]+$/iu;
/** After "over"/"under": the municipality's or an average, not an earlier period of the same scope. */
const ANOTHER_SCOPE_AFTER =
	/^[ \t]+(?:end[ \t]+)?(?:i[ \t]+)?(?:kommunen|hele[ \t]+kommunen|gennemsnittet|snittet|kommunens[ \t]+gennemsnit|det[ \t]+samlede[ \t]+gennemsnit|de[ \t]+øvrige[ \t]+afdelinger|resten[ \t]+af[ \t]+kommunen)(?!\p{L})/iu;
/** "året før var tallet 15,3", "sidste år lå det på 5,1 dage": last year named before the level. */
const LAST_YEAR_BEFORE = new RegExp(
	String.raw`(?<!\p{L})${LAST_YEAR_WORDS}[ \t]+(?:var|lå|udgjorde)(?!\p{L})`,
	'iu'
);
/** "… 9,1 dage mod 10,2 dage året før": a level said to be last year's. */
const LAST_YEAR_AFTER = new RegExp(
	String.raw`^[ \t]*(?:i[ \t]+)?${LAST_YEAR_WORDS}(?!\p{L})`,
	'iu'
);

/**
 * "6,8 dage (2023: 6,9 dage)", "(1. halvår 2018: 5,9 dage)": a figure right after "(<period>:"
 * is the level of that period (a bare year keeps the subject period's months).
 */
function periodInParentheses(text: string, at: number, subject: FullPeriod): FullPeriod | null {
	// Look back a bounded window only: a search to the sentence's start for every figure is
	// quadratic in a long sentence of figures.
	const from = Math.max(0, at - 40);
	const near = text.slice(from, at).lastIndexOf('(');
	const open = near < 0 ? -1 : from + near;
	if (open < 0 || text.slice(open, at).includes(')')) return null;
	const inner = text.slice(open + 1, at).trimEnd();
	// "9,8 dage (sidste år 10,3 dage)": the same period a year before.
	if (LAST_YEAR_IN_PARENTHESES.test(inner))
		return withYear(subject, subject.year - 1) as FullPeriod;
	if (!inner.endsWith(':') && !inner.endsWith('=')) return null;
	const bare = /^(?:i\s)?((?:19|20)\d\d)\s?[:=]$/.exec(inner);
	if (bare) return withYear(subject, Number(bare[1])) as FullPeriod;
	const p = findPeriods(inner, false).find((m) => m.period.year !== null);
	return p ? (p.period as FullPeriod) : null;
}
const LAST_YEAR_IN_PARENTHESES = new RegExp(
	String.raw`^(?:i[ \t]+)?(?:${LAST_YEAR_WORDS}|samme[ \t]+periode[ \t]+${LAST_YEAR_WORDS})[ \t]*[:=]?$`,
	'i'
);
const DIFFERENCE = /(?<!\p{L})forskellen(?!\p{L})/iu;
/** What a comparative compares with when it says so itself: "lavere end sidste år". */
const OWN_COMPARISON = /^[ \t]*(?:end|i[ \t]+forhold[ \t]+til|sammenlignet[ \t]+med)(?!\p{L})/iu;
/**
 * A verb of being that opens a new clause right before a figure: "…, og er nu 5,9 dage",
 * "…steget, og afdelingen ligger nu på 11,6 dage", "…, som i afdelingen udgør 4,1 dage".
 */
const LEVEL_AFTER_CLAUSE =
	/(?:,|[ \t]og)[ \t]+(?:\p{L}+[ \t]+){0,6}(?:(?:er|var|udgør|udgjorde|ligger|lå|nåede|når|endte|lander|landede)(?:[ \t]+(?:nu|dermed|således))?|har[ \t]+(?:nu|dermed|således))(?:[ \t]+på)?[ \t]+$/iu;
const GOAL_WORDS_ALL = new RegExp(GOAL_WORDS.source, 'giu');

/** [start, end) of each clause of a sentence that states a goal. */
function goalClauses(text: string): [number, number][] {
	const cuts = [0, ...[...text.matchAll(CLAUSE_CUT)].map((m) => m.index ?? 0), text.length];
	const out: [number, number][] = [];
	for (const m of text.matchAll(GOAL_WORDS_ALL)) {
		const at = m.index ?? 0;
		const k = cuts.findLastIndex((c) => c <= at);
		out.push([cuts[k] as number, cuts[k + 1] ?? text.length]);
	}
	return out;
}
const OTHER_ABSENCE_TEST = new RegExp(OTHER_ABSENCE.source, 'iu');
/** Where a text names absence that is not sickness ("Sygefraværet (ekskl. barsel)" does not). */
function otherAbsenceAt(text: string): number[] {
	if (!OTHER_ABSENCE_TEST.test(text)) return [];
	return [...text.matchAll(OTHER_ABSENCE)]
		.map((m) => m.index ?? 0)
		.filter((at) => !LEFT_OUT_BEFORE.test(text.slice(Math.max(0, at - 14), at)));
}
const LEFT_OUT_BEFORE = /(?<!\p{L})(?:ekskl|eksklusive|excl|uden|fraregnet|ikke)\.?[ \t]+$/iu;
/** Whether a text's last word on absence is of other absence ("Covid-19-fraværet er faldet"). */
function speaksLastOfOtherAbsence(text: string): boolean {
	const other = otherAbsenceAt(text).at(-1);
	if (other === undefined) return false;
	// The measure word inside "Covid-19-fraværet" is the other absence's own.
	const otherEnd = other + (OTHER_ABSENCE_AT.exec(text.slice(other))?.[0].length ?? 0);
	return (measureMentions(text).at(-1)?.index ?? -1) < otherEnd;
}
const OTHER_ABSENCE_AT = new RegExp(String.raw`^(?:${OTHER_ABSENCE.source})`, 'iu');
/** Right after a figure's unit: "0,3 dage graviditetsrelateret fravær". */
const OTHER_ABSENCE_AFTER = new RegExp(String.raw`^[ \t]+(?:${OTHER_ABSENCE.source})`, 'iu');

/**
 * Whether a figure is about absence that is not sickness: that kind of absence named after the
 * last sick-leave word before the figure ("Fraværet pga. arbejdsskader er 0,2 dage", "fravær
 * inkl. barsel"), or right after its unit.
 */
function isOtherAbsence(
	text: string,
	f: { index: number; end: number },
	measures: readonly Mention<Measure>[],
	others: number[],
	previous: { end: number } | undefined
): boolean {
	if (OTHER_ABSENCE_AFTER.test(text.slice(f.end, f.end + 40))) return true;
	const measure = measures.findLast((m) => m.end <= f.index);
	const from = Math.max(previous?.end ?? 0, measure?.index ?? 0);
	if (others.some((at) => at >= from && at < f.index)) return true;
	// "det covid-relaterede fravær … udgjort 1,4 dage": the other kind qualifies the measure word.
	return (
		measure !== undefined &&
		measure.index >= (previous?.end ?? 0) &&
		others.some((at) => at < measure.index && ONE_WORD_BEFORE.test(text.slice(at, measure.index)))
	);
}
// "det covid-relaterede fravær", "Covid-19-fraværet": one word before, or joined by a hyphen.
const ONE_WORD_BEFORE = /^[\p{L}\d-]+(?:[ \t]+|-)$/u;

/**
 * A rolling period: "de seneste 12 måneder", "rullende år", "det rullende årsgennemsnit", "den
 * tilsvarende rullende opgørelse for de 12 måneder før".
 */
const ROLLING =
	/(?:seneste|sidste|foregående|forrige)[ \t]+(?:(?:12|tolv)[ \t]+måneder|(?:4|fire)[ \t]+kvartaler)|(?:rullende|løbende)[ \t]+(?:år|12|tolv|gennemsnit|opgørelse)|(?<!\p{L})(?:12|tolv)[ \t]+måneder[ \t]+(?:før|forud)/iu;

/** "sygefraværet for 2023", "fraværet i hele 2023": a year named as the absence's own. */
const PAST_YEAR_NAMED = /fravær\p{L}*[ \t]+(?:for|i)[ \t]+$/iu;

/** Between a period and a figure: ", hvor fraværet var" (the figure is that period's). */
/**
 * Between a compared period and its level: "…, hvor fraværet var 5,9 dage", or the level in
 * brackets right after it ("Sammenlignet med 1. halvår 2018 (5,7 dage)").
 */
const LEVEL_OF = /(?<!\p{L})niveauet[ \t]+(?:fra|i|for)[ \t]+$/iu;
// "… med 2019 – altså før corona – hvor sygefraværet lå på 12,0 dage": an aside may come first.
const WHERE_BETWEEN =
	/^(?:(?:[ \t]*-[^,;()\d-]{1,30}-)?(?:[ \t]*,)?[ \t]*hvor(?!\p{L})[^,;()\d]{0,50}|[ \t]*\([ \t]*)$/iu;

/** A period inside brackets that close before the figure ("4,2 dage (1. halvår 2021: 3,1 dage), mens …"). */
function closedBracket(text: string, p: { index: number; end: number }, before: number): boolean {
	if (text.lastIndexOf('(', p.index) > text.lastIndexOf(')', p.index)) {
		const close = text.indexOf(')', p.end);
		return close !== -1 && close < before;
	}
	// "Dagtilbud, som i 1. kvartal 2020 havde det højeste fravær, ligger nu på 3,8 dage": a period
	// inside a relative clause that closes before the figure.
	const relative = RELATIVE_BEFORE.exec(text.slice(Math.max(0, p.index - 40), p.index));
	if (!relative) return false;
	const close = text.indexOf(',', p.end);
	return close !== -1 && close < before;
}
/** ", som i …", ", der i …": a relative clause opened before a period. */
const RELATIVE_BEFORE = /,[ \t]+(?:som|der|hvor)(?:[ \t]+[\p{L}\d.]+){0,3}[ \t]+$/u;
const LAST_YEAR_IN = new RegExp(String.raw`(?<!\p{L})${LAST_YEAR_WORDS}(?!\p{L})`, 'iu');
const LEVEL_FROM_TO = /(?<!\p{L})(?:fra|til)[ \t]*$/iu;
/** "… gik fraværet fra 15,8 til 14,6 dage": a move from one level to another without a change word. */
/** "Dagtilbud: fra 9,1 til 8,4 dage": a label's two levels, the year before first. */
const LABEL_FROM_TO =
	/^[^:\n]{2,60}:[ \t]*fra[ \t]+\d{1,2},\d{1,2}(?:[ \t]+dage?)?[ \t]+til[ \t]+\d/u;
const GOES_FROM = /(?<!\p{L})(?:gik|gået|går)[ \t]+(?:[\p{L}-]+,?[ \t]+){0,3}fra(?!\p{L})/iu;

interface RolePeriod extends PeriodMention {
	compared: boolean;
	/** A period without a year followed by "sidste år": the year before the one it resolves to. */
	yearBefore: boolean;
	/** "Året til dato": from January to the end of the period the text is about. */
	toDate: boolean;
	/** "Samme kvartal sidste år": the period the text is about, a year before. */
	lastYear: boolean;
	/** "… højere end i år": the period the text is about itself. */
	thisYear?: boolean;
}

export function extractSickLeave(ctx: ItemContext): SickLeave[] {
	const base = itemPeriod(ctx);
	if (!base) return [];
	const facts: Fact[] = [];
	const anaphora = titleSpans(ctx.item.title);
	let comparisonSign: 1 | -1 | null = null;
	// Assigned inside the figure loop below; typed explicitly so TS does not narrow it to null.
	let lastLevel = null as Fact | null;
	/** The last level of the item's own time (not a year before it). */
	let lastOwnLevel = null as Fact | null;
	let previousMeasures: Measure[] = [];
	// The period the text is about now: the item's, until a level is stated for a period that
	// encloses it ("2. halvår 2019 …", then "for hele 2019 blev 11,2 dage"); figures and bare
	// years without a period of their own take it. A shorter period named in passing (last
	// half-year's figure inside a three-quarter report) does not move it.
	let subject: FullPeriod = base;
	const titlePeriods = findPeriods(ctx.item.title, false).map(
		(p) => (p.period.year === null ? withYear(p.period, base.year) : p.period) as FullPeriod
	);
	// Under a heading that gives the unit, bullets of bare numbers are days.
	let unitHeading = false;

	const tableSpans = itemTables(ctx).map((t) => [t.headerStart, t.rows.at(-1)?.end ?? t.headerEnd]);
	const inTable = (at: number): boolean =>
		tableSpans.some(([a, b]) => at >= (a as number) && at < (b as number));
	// Periods named by a paragraph's lead label, and the subject to return to after it.
	const labels = new Map<string, FullPeriod>();
	// Typed explicitly so TS does not narrow it to null inside the loop.
	let labelled = null as {
		before: FullPeriod;
		section: ItemSentence['section'];
		end: number;
	} | null;
	let previousText = '';
	let previousEnd = -1;
	let previousSection: ItemSentence['section'] | undefined;
	let rollingHeading = null as { section: ItemSentence['section'] } | null;
	let bulletScope = null as { scope: string; section: ItemSentence['section'] } | null;
	let departmentHeading = null as { scope: string; section: ItemSentence['section'] } | null;
	const underScope = new Map<ItemSentence, string>();
	let labelScope = null as { scope: string; end: number; paragraph: boolean } | null;
	let headingMeasure = null as { measure: Measure; section: ItemSentence['section'] } | null;
	// Where each sentence's facts begin, for "A og B har begge …" (see bothDepartments).
	const sentenceFacts: { s: ItemSentence; from: number }[] = [];
	// The section whose bullets are a goal list ("følgende måltal …:" over "- Dagtilbud: højst 17,5
	// dage"): goals, read by the targets reader, not levels.
	let goalList: ItemSentence['section'] | undefined;
	for (const s of ctx.sentences) {
		// The measures the sentence before spoke of are those of the figures it gave, when it gave
		// any: "… gået fra 7,1 til 7,9 dage, hvilket skyldes enkelte lange sygeforløb" spoke of
		// the whole absence, whatever measure its cause names.
		const saidBefore = facts
			.slice(sentenceFacts.at(-1)?.from ?? facts.length)
			.filter((f) => !f.derived);
		if (saidBefore.length > 0 && previousMeasures.length > 0)
			previousMeasures = [...new Set(saidBefore.map((f) => f.measure))];
		sentenceFacts.push({ s, from: facts.length });
		if (!s.bullet) goalList = introducesGoals(s.text) ? s.section : undefined;
		else if (goalList === s.section) continue;
		// "Dagtilbud 7,1 dage (+0,3); Skoler & Uddannelse 5,0 dage (-0,4); …": read as a list of
		// departments (sickLeaveFromInlineList), not clause by clause.
		if (isInlineList(s.text)) continue;
		// A new section starts afresh: the Beslutning's "faldet i Dagtilbud" does not speak of the
		// measure the Sagsfremstilling's last bullet named.
		if (s.section !== previousSection) previousMeasures = [];
		// So do a new bullet and a new paragraph: "• Kultur & Fritid ligger på samme niveau" speaks of
		// its whole absence, not of the measure the bullet or paragraph before named.
		else if (
			(s.bullet && startsLine(ctx.text, s.start)) ||
			(previousEnd >= 0 && /\n[ \t]*\n/.test(ctx.text.slice(previousEnd, s.start)))
		)
			previousMeasures = [];
		previousEnd = s.end;
		previousSection = s.section;
		// "### Hele 2021", then "### 1. kvartal 2022": a subheading that names a period makes it
		// the one the text under it is about.
		const headed = periodHeading(s.text);
		if (headed) {
			subject = headed;
			rollingHeading = null;
			continue;
		}
		// "Sygefravær for 2. halvår og hele 2018" over "HR forelægger sygefraværet for hele 2018": a
		// sentence without figures that names one of the title's periods says which one follows.
		if (titlePeriods.length > 1) {
			const named =
				titlePeriodNamed(s.text, titlePeriods) ?? wholeYearCompared(s.text, titlePeriods);
			if (named) subject = named;
		}
		// "De seneste fire kvartaler" as a subheading: the figures under it are of a rolling year,
		// which the contract cannot state, until the next heading.
		if (s.section !== rollingHeading?.section) rollingHeading = null;
		if (isHeadingLine(s.text) && ROLLING.test(s.text)) {
			rollingHeading = { section: s.section };
			continue;
		}
		if (rollingHeading) {
			if (isHeadingLine(s.text)) rollingHeading = null;
			// "Til sammenligning endte sygefraværet for hele 2023 på 13,5 dage": a period of its own.
			else if (ROLLING.test(s.text) || !findPeriods(s.text, false).some((p) => p.period.year))
				continue;
		}
		// "•<TAB>Dagtilbud" over "o<TAB>15,2 dage" and "o<TAB>0,7 dage færre end året før": a bullet
		// that is only a department gives its scope to the bullets under it.
		// "DAGTILBUD" as a subheading over paragraphs that say "Afdelingen …" and "Her …": the
		// department they speak of, to the next subheading.
		const headingLine = !s.bullet && isHeadingLine(s.text);
		if (headingLine || s.section !== departmentHeading?.section) departmentHeading = null;
		const headedDepartment = headingLine ? scopeHeading(s.text) : null;
		if (headedDepartment) {
			departmentHeading = { scope: headedDepartment, section: s.section };
			// "Afdelingen har …" in the first sentence under it points back to the heading.
			previousText = s.text;
			continue;
		}
		if (departmentHeading) underScope.set(s, departmentHeading.scope);
		if (!s.bullet || s.section !== bulletScope?.section) bulletScope = null;
		const headScope = s.bullet ? scopeHeading(s.text) : null;
		if (headScope) {
			bulletScope = { scope: headScope, section: s.section };
			continue;
		}
		if (bulletScope) underScope.set(s, bulletScope.scope);
		// "- Pleje & Omsorg: 17,3 dage. Fraværet i 2. halvår er steget …": the label's department
		// is what the rest of its line speaks of.
		// "SOCIAL & FAMILIE: Afdelingen blev sammenlagt … . Ledelsen vurderer, at fraværet er
		// faldende": a paragraph led by a department's label speaks of it to the paragraph's end.
		else if (
			labelScope &&
			s.start > labelScope.end &&
			(labelScope.paragraph
				? !/\n[ \t]*\n/.test(ctx.text.slice(labelScope.end, s.start))
				: !ctx.text.slice(labelScope.end, s.start).includes('\n'))
		)
			underScope.set(s, labelScope.scope);
		const label = s.text.includes(':') ? DEPARTMENT_LABEL.exec(s.text) : null;
		const labelNames = label ? scopeMentions(label[1] as string) : [];
		labelScope =
			labelNames.length === 1 && labelNames[0]?.value !== MUNICIPALITY
				? { scope: labelNames[0]?.value as string, end: s.end, paragraph: !s.bullet }
				: labelScope && underScope.has(s)
					? { ...labelScope, end: s.end }
					: null;
		// "Langtidsfravær" as a subheading: the measure of figures under it that name none.
		if (s.section !== headingMeasure?.section) headingMeasure = null;
		const measureHead = measureHeading(s.text);
		if (measureHead) {
			headingMeasure = { measure: measureHead, section: s.section };
			continue;
		}
		if (headingMeasure && isHeadingLine(s.text)) headingMeasure = null;
		// "Året indtil nu (1. januar til 30. september 2016): Sygefraværet var 9,0 dage …": a label
		// with its period leads the paragraph, and names that period later ("Ser man på året
		// indtil nu, …").
		if (
			labelled &&
			(s.section !== labelled.section || /\n[ \t]*\n/.test(ctx.text.slice(labelled.end, s.start)))
		) {
			subject = labelled.before;
			labelled = null;
		}
		const lead = leadLabel(s.text, base);
		if (lead) {
			labels.set(lead.name, lead.period);
			labelled = { before: labelled?.before ?? subject, section: s.section, end: s.end };
			subject = lead.period;
		} else if (labelled) labelled.end = s.end;
		else if (labels.size > 0) {
			const lower = s.text.toLowerCase();
			for (const [name, period] of labels)
				if (lower.includes(name)) {
					labelled = { before: subject, section: s.section, end: s.end };
					subject = period;
					break;
				}
		}
		const before = previousText;
		previousText = s.text;
		// "Det seneste landstal gælder hele 2020. Her var …": the one period the sentence before
		// named, and no figure of its own, is what "her" speaks of, to the paragraph's end.
		const herePeriod = HERE_PERIOD.test(s.text) && before ? onlyPeriodOf(before) : null;
		if (herePeriod && !labelled) {
			labelled = { before: subject, section: s.section, end: s.end };
			subject = herePeriod;
		}
		if (MAY_COMPARE.test(s.text)) {
			if (ABOVE.test(s.text)) comparisonSign = 1;
			else if (BELOW.test(s.text)) comparisonSign = -1;
		}
		// Figures have digits, or say a half or a whole day in words ("et halvt dags fald").
		// A figure inside a table is the table's, read with its row and column below.
		// "Hovedtal for hele 2019, dage pr. fuldtidsansat:" over bullets of bare numbers.
		if (!s.bullet) unitHeading = s.text.endsWith(':') && UNIT_HEADING.test(s.text);
		const figures = (
			/\d|halv|hel[ \t]/i.test(s.text)
				? unitHeading && s.bullet
					? figuresInDays(s.text)
					: dayFigures(s.text)
				: []
		).filter((f) => !inTable(s.start + f.index));
		// "hvilket er 4 pct. mere end sidste år" (fixed strings first: most sentences have none).
		const percentCompared =
			(s.text.includes('pct') || s.text.includes('procent') || s.text.includes('%')) &&
			PERCENT_COMPARED.test(s.text);
		// "Faldet ligger i korttidsfraværet": where the fall lies, said without figures of its own.
		const fallLiesIn = FALL_LIES_IN.test(s.text) && dayFigures(s.text).length === 0;
		const direction =
			(percentCompared || MAY_HAVE_DIRECTION.test(s.text)) &&
			(percentCompared || fallLiesIn || saysDirection(s.text));
		const equals = figures.length === 0 && lastLevel !== null && EQUALS.test(s.text);
		// Most sentences state no figure, direction or equality: nothing more to read in them.
		if (figures.length === 0 && !direction && !equals) continue;
		// Goals are not facts: "Målet var 5,5 dage, og det faktiske fravær blev 5,9 dage" keeps
		// only the figure outside the goal's clause.
		const goals = GOAL_WORDS.test(s.text) ? goalClauses(s.text) : null;
		const inGoal = (at: number): boolean =>
			goals !== null && goals.some(([a, b]) => at >= a && at < b);
		if (goals && figures.every((f) => inGoal(f.index))) continue;
		// Figures about the country or other municipalities are not ours; a sentence may mix them
		// ("12,2 dage …, hvilket er 0,6 dage over landsgennemsnittet").
		const others = OTHER_POPULATION.test(s.text)
			? [...s.text.matchAll(OTHER_POPULATION_ALL)].map((m) => m.index ?? 0)
			: [];
		if (others.length && figures.length === 0) continue;
		const periods = rolePeriods(s.text, anaphora);
		const resolve = (p: RolePeriod): FullPeriod => {
			if (p.toDate) return { year: subject.year, fromMonth: 1, toMonth: subject.toMonth };
			if (p.thisYear) return subject;
			if (p.lastYear) return withYear(subject, subject.year - 1) as FullPeriod;
			if (p.yearOnly) {
				const y = p.period.year as number;
				// "sygefraværet for 2023, som var 12,1 dage" in a quarter's item: a past year named
				// as such, not compared with, is the whole year.
				if (
					!p.compared &&
					y < subject.year &&
					PAST_YEAR_NAMED.test(s.text.slice(Math.max(0, p.index - 24), p.index))
				)
					return { year: y, fromMonth: 1, toMonth: 12 };
				return withYear(subject, y) as FullPeriod;
			}
			// "I første halvår …" in an item about 1. halvår 2016: the item's year when the period
			// fits inside it, else the latest such period that has ended by the meeting.
			// "årets første ni måneder": this year's, the meeting's, whatever the item spoke of before.
			if (p.period.year === null && /^årets(?!\p{L})/iu.test(s.text.slice(p.index, p.index + 6)))
				return withYear(p.period, Number(ctx.meetingDate.slice(0, 4))) as FullPeriod;
			const inBase = withYear(p.period, base.year) as FullPeriod;
			const r =
				p.period.year === null && periodEnd(inBase) <= periodEnd(base)
					? inBase
					: resolveYear(p.period, base.year, ctx.meetingDate);
			return p.yearBefore ? (withYear(r, r.year - 1) as FullPeriod) : r;
		};
		const sameAs = SAME_PERIOD.exec(s.text);
		const explicitCompared = periods.find((p) => p.compared);

		const comparedFor = (subject: FullPeriod, mention = explicitCompared): FullPeriod => {
			// "… i 3. kvartal 2018 højere end i samme kvartal året før": the figure's own period.
			if (mention?.lastYear) return withYear(subject, subject.year - 1) as FullPeriod;
			if (mention) {
				const c = resolve(mention);
				return mention.yearOnly ? (withYear(subject, c.year) as FullPeriod) : c;
			}
			if (sameAs?.[1]) return withYear(subject, Number(sameAs[1])) as FullPeriod;
			return withYear(subject, subject.year - 1) as FullPeriod;
		};

		// Measures named in the sentence, read once for the equality, direction and figure rules.
		const measures = ownMeasures(s.text);
		const namedMeasures = equals ? measures.map((m) => m.value) : [];
		// "Svarer til samme periode sidste år" speaks of the last level, not when it names another
		// department ("Pleje & Omsorg ligger på samme niveau som …").
		// "Afdelingen oplyser, at fraværet ligger på samme niveau …": the department the sentence
		// before named, when it is not the last level's.
		const inSentence = equals ? departmentsIn(s.text) : [];
		const pointedDepartment =
			equals && inSentence.length === 0 && THE_DEPARTMENT.test(s.text)
				? departmentIn(before)
				: null;
		const namedScopes = pointedDepartment ? [pointedDepartment] : inSentence;
		// "Korttidsfraværet er på samme niveau som året før, mens langtidsfraværet er steget": one
		// clause of several measures says its measure is flat (read with the directions below).
		if (
			equals &&
			lastLevel &&
			// "…, og én afdeling ligger på samme niveau som sidste år": a department left unnamed.
			!UNNAMED_DEPARTMENTS.test(s.text) &&
			(namedMeasures.length === 0 ||
				(namedMeasures.length === 1 && namedMeasures.includes(lastLevel.measure))) &&
			(namedScopes.length === 0 || namedScopes.includes(lastLevel.scope))
		) {
			if (!lastLevel.derived) {
				facts.push({
					...lastLevel,
					period: comparedFor(lastLevel.period),
					derived: true,
					evidence: ev(ctx, s)
				});
				continue;
			}
		}
		if (direction && !goals) {
			// "korttidsfraværet er faldende, mens langtidsfraværet stiger": one direction per clause;
			// clauses with a figure are read below.
			// "… steget i forhold til 2017" right after figures for the whole of 2018: that year, not
			// the item's half-year.
			const comparedYear =
				explicitCompared?.yearOnly && lastLevel ? resolve(explicitCompared).year : null;
			const wholeYear = lastLevel?.period.fromMonth === 1 && lastLevel.period.toMonth === 12;
			// Without a period of its own, a direction speaks of the period the levels before it did
			// ("Hele 2012" after "4. kvartal 2012" in one item).
			// "Sammenlignet med 2. halvår 2017 er langtidsfraværet steget": the year after the one
			// compared with, when the sentence names no period of its own.
			const compared =
				explicitCompared && periods.length === 1 && !explicitCompared.yearOnly
					? resolve(explicitCompared)
					: null;
			const directionBase = compared
				? (withYear(compared, compared.year + 1) as FullPeriod)
				: lastLevel &&
					  wholeYear &&
					  comparedYear !== null &&
					  lastLevel.period.year === comparedYear + 1
					? lastLevel.period
					: // A quarter inside the item's period ("3. kvartal for sig") does not take it over.
						periods.length === 0 && lastOwnLevel && !encloses(subject, lastOwnLevel.period)
						? lastOwnLevel.period
						: subject;
			// A department named on its own ("Social & Familie ligger stabilt") speaks of the measures
			// the sentence before spoke of, else of the whole absence; "Begge …" of the two before.
			// "I Dagtilbud lå fraværet på 4,4 dage. Det er lavere end i samme kvartal sidste år": the
			// level the sentence points back to gives its measure and department.
			const pointedTo =
				measures.length === 0 &&
				figures.length === 0 &&
				scopeMentions(s.text).length === 0 &&
				REFERS_BACK.test(s.text)
					? lastLevel
					: null;
			let measuresBefore: Measure[] =
				BOTH.test(s.text) || CORRESPONDING.test(s.text)
					? previousMeasures
					: // "Drift & Service er uændret, mens Økonomi & Stab har en stigning i sygefraværet": a
						// measure named only in a later clause is that clause's.
						scopeMentions(s.text).length > 0 &&
						  (measures.length === 0 || measureOnlyAfterFlat(s.text, measures, figures.length))
						? previousMeasures.length > 0
							? previousMeasures
							: ['total']
						: pointedTo
							? [pointedTo.measure]
							: [];
			// The department an earlier clause named: "Pleje & Omsorg er den afdeling, hvor fraværet er faldet".
			let departmentBefore: string | null =
				HERE.test(s.text) || (THE_DEPARTMENT.test(s.text) && scopeMentions(s.text).length === 0)
					? departmentIn(before)
					: pointedTo && pointedTo.scope !== MUNICIPALITY
						? pointedTo.scope
						: null;
			// "I Pleje & Omsorg, Dagtilbud og Skoler & Uddannelse er fraværet faldende": a list cut at
			// its commas.
			// "I begge forvaltninger er fraværet faldet": the two the sentence before named.
			let listed: string[] = bothUnitsBefore(s.text, before) ?? [];
			let listedAfter: Fact[] = [];
			// "Her er fraværet 0,5 dage, hvilket er uændret": the measure named in the sentence before.
			const hereMeasure =
				measures.length === 0 && HERE_MEASURE.test(s.text)
					? (measureMentions(before).at(-1)?.value ?? 'total')
					: 'total';
			let previousClause = '';
			let from = 0;
			// "Både korttidsfraværet, der nu er 3,3 dage, og langtidsfraværet, der nu er 2,1 dage,
			// ligger lavere end året før": the direction at the end is said of every measure named.
			const both = BOTH_START.test(s.text);
			let bothMeasures: Measure[] = [];
			for (const clause of clausesOf(s.text)) {
				const clauseBefore = previousClause;
				previousClause = clause;
				const at = s.text.indexOf(clause, from);
				from = at + clause.length;
				const named = departmentIn(clause);
				const inClause = figures.filter((f) => f.index >= at && f.index < from);
				if (inClause.length) {
					departmentBefore = named ?? departmentBefore;
					listed = [];
					listedAfter = [];
					// The measures of the clause's figures ("Fraværet på grund af barns sygdom er 0,4
					// dage" is barns sygedag), for a direction said after them.
					const own = inClause.map((f) => measureFor(measures, f, at, s.text, hereMeasure));
					bothMeasures = both ? [...bothMeasures, ...own] : own;
					measuresBefore = [...new Set(bothMeasures)];
					continue;
				}
				// After the first clause the verb may be left out: "…, men stigende i Miljø & Teknik".
				// "…, hvilket er på niveau med landsgennemsnittet" compares with others, not last year.
				// "…, mens det er steget i to afdelinger": departments the clause does not name. "… i de
				// daginstitutioner, hvor det er steget": the places just named, not a department before.
				if (
					(UNNAMED_DEPARTMENTS.test(clause) && !THE_ONLY_ONE_OF.test(clause)) ||
					(WHERE_CLAUSE.test(clause) && !endsWithDepartment(clauseBefore)) ||
					levelOfAnotherScope(clause)
				) {
					listed = [];
					listedAfter = [];
					continue;
				}
				if (
					OTHER_POPULATION.test(clause) ||
					otherAbsenceAt(clause).length > 0 ||
					(!saysDirection(clause) &&
						!(percentCompared && PERCENT_COMPARED.test(clause)) &&
						!(fallLiesIn && FALL_LIES_IN.test(clause)) &&
						(at === 0 || changeWords(clause).length === 0))
				) {
					// "… er steget i Skoler & Uddannelse, Miljø & Teknik og HR": the list after the verb
					// goes on, each with the direction said before it.
					if (listedAfter.length > 0 && onlyDepartments(clause)) {
						for (const scope of departmentsIn(clause))
							facts.push(...listedAfter.map((f) => ({ ...f, scope })));
						continue;
					}
					listedAfter = [];
					departmentBefore = named ?? departmentBefore;
					listed = onlyDepartments(clause) ? [...listed, ...departmentsIn(clause)] : [];
					// "…korttidsfraværet, som er gået ned": the relative clause's measure.
					const own = measureMentions(clause).map((m) => m.value);
					if (own.length) measuresBefore = [...new Set(own)];
					continue;
				}
				const found = directionOnly(
					ctx,
					s,
					clause,
					measuresBefore,
					directionBase,
					periods,
					resolve,
					comparedFor,
					departmentBefore,
					listed
				);
				facts.push(...found.facts);
				// The first of a list said after the verb: the rest may follow in the next clauses.
				const last = found.facts.at(-1);
				listedAfter =
					last && endsWithDepartment(clause)
						? found.facts.filter((f) => f.scope === last.scope)
						: [];
				// "Stigningen skyldes, at langtidsfraværet er steget, mens B ligger stabilt": the measure
				// of a cause is not what the clauses after it speak of, the explained one's is.
				const cause = CAUSE_BEFORE.test(clauseBefore) && /^at[ \t]/i.test(clause);
				const explained = [...new Set(measureMentions(clauseBefore).map((m) => m.value))];
				measuresBefore = cause ? (explained.length ? explained : ['total']) : found.measures;
				departmentBefore = named ?? departmentBefore;
				listed = [];
			}
		}
		// A department's figures with no measure named ("Pleje & Omsorg: 17,9 dage") are the whole
		// absence, unless the sentence points back ("Her er …", "Det er …").
		previousMeasures = measures.length
			? [...new Set(measures.map((m) => m.value))]
			: figures.length > 0 && !HERE_MEASURE.test(s.text) && !REFERS_BACK.test(s.text)
				? ['total']
				: scopeMentions(s.text).length > 0
					? previousMeasures
					: [];
		if (figures.length === 0) continue;

		// (Each of the two takes its figure of a "henholdsvis" list, as if named before it.)
		const bothUnits = /henholdsvis|hhv\./i.test(s.text) ? bothUnitsBefore(s.text, before) : null;
		const scopes =
			bothUnits?.map((value) => ({ index: 0, end: 0, value })) ?? scopeMentions(s.text);
		// "… hvor det samlede fravær er steget. Stigningen udgør 1,3 dage …": the size of the one
		// direction the sentence before said without a figure.
		const sizeOf =
			CHANGE_SIZE.test(s.text) &&
			scopes.length === 0 &&
			!measures.some((m) => m.index < (figures[0]?.index ?? 0));
		const previousFacts = sizeOf ? facts.slice(sentenceFacts.at(-2)?.from ?? facts.length) : [];
		const said = previousFacts.filter((f) => f.kind === 'change' && f.value === null);
		if (said.length === 1 && figures[0]) {
			const d = said[0] as Fact;
			facts.push({
				...d,
				value: d.direction === 'down' ? -figures[0].value : figures[0].value,
				evidence: ev(ctx, s)
			});
			continue;
		}
		const theDepartmentAt = scopes.length === 0 ? s.text.search(THE_DEPARTMENT) : -1;
		// "Barns 1. og 2. sygedag udgør 0,5 dage. Det er 0,1 dag mindre end …": the same measure.
		// The level it refers back to: the item's own, not a year-before level said beside it.
		// "3,4 dage, heraf 2,0 dage korttidsfravær og 1,4 dage langtidsfravær. Det var 0,2 dage
		// lavere …": "det" is the whole the sentence before broke down, not its last part.
		const brokenDown = HERAF.test(before)
			? facts
					.slice(sentenceFacts.at(-2)?.from ?? facts.length, sentenceFacts.at(-1)?.from)
					.find((f) => f.kind === 'level' && !f.derived)
			: undefined;
		const referent = brokenDown ?? lastOwnLevel ?? lastLevel;
		// "Af de 7,4 dage er de 4,6 dage korttidsfravær": a part of the level just said.
		const partOf = PART_OF.exec(s.text);
		const partOfLevel =
			partOf !== null &&
			referent !== null &&
			referent.value === parseDanishNumber(partOf[1] as string);
		// "I første halvår 2023 … 6,1 sygedage. Heraf var 3,4 dage korttidsfravær": the parts of the
		// level just said, in its period.
		const partsOf = lastLevel !== null && HERAF_START.test(s.text);
		const refersBack = referent !== null && (REFERS_BACK.test(s.text) || partOfLevel || partsOf);
		// "Barns 1. og 2. sygedag indgår ikke i tallene ovenfor. Her er gennemsnittet 0,7 dage": the
		// measure the sentence before named.
		// "Barns 1. og 2. sygedag er ikke medregnet …. Det udgjorde 0,7 dage": the measure named
		// just before, or else the last level's.
		// "Her ser billedet anderledes ud end for korttidsfraværet: …": set against another measure,
		// the one named before.
		// "Her er faldet på 0,5 dage, mens korttidsfraværet …": a measure named only after the
		// first figure leaves it to the one before.
		const hereFirst =
			measures.length > 0 &&
			HERE_START.test(s.text) &&
			measures.every((m) => m.index > (figures[0]?.end ?? s.text.length));
		const namedBefore =
			(measures.length === 0 || hereFirst) &&
			(REFERS_BACK.test(s.text) || HERE_MEASURE.test(s.text) || measureMentions(s.text).length > 0)
				? measureSpokenOf(measureMentions(before))
				: undefined;
		const ownMeasure: Measure =
			measures.length > 0 && !hereFirst
				? 'total'
				: refersBack && brokenDown
					? brokenDown.measure
					: namedBefore && namedBefore !== 'total'
						? namedBefore
						: refersBack
							? (referent as Fact).measure
							: (namedBefore ?? headingMeasure?.measure ?? 'total');
		const changes = changeWords(s.text);
		const respectively = /henholdsvis|hhv\./i.exec(s.text);
		// The figures of the list after "henholdsvis", and the periods named for them before it
		// ("1,6 dage i kvartalet og 3,7 dage i halvåret, mens langtidsfraværet var på henholdsvis 1,1
		// og 2,4 dage"); "… i de samme perioder i 2011" after the list moves them to that year.
		const firstListed = respectively ? figures.findIndex((f) => f.index > respectively.index) : -1;
		const listedCount = firstListed < 0 ? 0 : figures.length - firstListed;
		const listedOwn = respectively
			? listedPeriods(
					s.text.slice(0, respectively.index),
					listedCount,
					subject.year,
					resolve,
					anaphora
				)
			: null;
		const samePeriodsIn =
			listedOwn && firstListed >= 0
				? SAME_PERIODS_AFTER.exec(s.text.slice(figures.at(-1)?.end ?? s.text.length))
				: null;
		// "… 3,1 sygedage, og for hele 1. halvår 2016 var tallet 6,4 sygedage. Begge tal er lavere …,
		// idet fraværet er faldet med henholdsvis 0,3 og 0,4 dage": the periods of the levels before,
		// when they are of different periods (of one period, "begge" are its measures).
		const bothBefore =
			respectively && listedCount > 1 && !listedOwn?.length && BOTH.test(s.text)
				? facts
						.slice(sentenceFacts.at(-2)?.from ?? facts.length, sentenceFacts.at(-1)?.from)
						.filter((f) => f.kind === 'level' && !f.derived)
						.map((f) => f.period)
				: [];
		const respectivePeriods =
			listedOwn && samePeriodsIn
				? (listedOwn.map((p) =>
						withYear(p, samePeriodsIn[1] ? Number(samePeriodsIn[1]) : p.year - 1)
					) as FullPeriod[])
				: bothBefore.length === listedCount &&
					  new Set(bothBefore.map((p) => `${p.year}-${p.fromMonth}-${p.toMonth}`)).size ===
							listedCount
					? bothBefore
					: listedOwn;
		// "Forskellen er 0,3 dage": the sign of the comparison said before; not "… 0,6 dage mere end
		// i 2021, og en stor del af forskellen skyldes …", where the figure has its own.
		const differenceAt = s.text.search(DIFFERENCE);
		let prevKind: 'level' | 'change' | null = null;
		let prevDirection: Direction | null = null;
		let prevEnd = 0;
		let prevPeriod: FullPeriod | null = null;
		let prevMeasure: Measure | null = null;

		// A period right after a figure belongs to it ("12,1 dage i 2018 mod 11,4 dage i 2017"),
		// unless it leads the next figure ("i 1. halvår 2019 5,9 og i 1. halvår 2018 6,2"): a period
		// right before a figure is that figure's.
		const leads = new Set(
			periods.filter(
				(p) =>
					!p.compared &&
					figures.some(
						(f) =>
							p.end <= f.index &&
							// "i halvåret på 5,8 dage", "for 1. halvår 2012 samlet 6,1": right before the figure.
							/^[ \t:]*(?:(?:på|med|samlet)[ \t]+)?$/.test(s.text.slice(p.end, f.index))
					)
			)
		);
		const ownedBy = (f: { end: number }): RolePeriod | undefined =>
			periods.find(
				(p) =>
					!p.compared &&
					!leads.has(p) &&
					p.index >= f.end &&
					// "5,9 dage pr. årsværk i 1. halvår 2016": past the unit's "pr. …" too, and "… ved
					// opgørelsen af 1. halvår 2014".
					(p.index - f.end <= 14 || PER_UNIT_GAP.test(s.text.slice(f.end, p.index))) &&
					// Not across a bracket or into the next clause ("8,1 dage, og for 3. kvartal …").
					!/[(,;]/.test(s.text.slice(f.end, p.index))
			);
		const owned = new Set(figures.map(ownedBy).filter((p) => p !== undefined));
		// "0,8 dage mere end året før, men 1,2 dage mindre end i 2020": each change is against
		// the period named after it, before the next figure; else the sentence's.
		const comparedForFigure = (period: FullPeriod, f: { end: number }, k: number): FullPeriod => {
			if (!explicitCompared) return comparedFor(period);
			const zoneEnd = figures[k + 1]?.index ?? s.text.length;
			const own = periods.find((p) => p.compared && p.index >= f.end && p.index < zoneEnd);
			if (own) return comparedFor(period, own);
			return LAST_YEAR_IN.test(s.text.slice(f.end, zoneEnd))
				? (withYear(period, period.year - 1) as FullPeriod)
				: comparedFor(period);
		};
		// Figures read as last year's level in parentheses after the one before them.
		const inParentheses = new Set<number>();

		// "inkl. barns sygedag 3,1 dage, ekskl. barns sygedag 2,9 dage": the total without them is
		// the one the minutes compare; the one with them is left out.
		const bothTotals = EXCLUDING_CHILD.test(s.text) && INCLUDING_CHILD.test(s.text);
		const rolling = ROLLING.test(s.text);
		// "Barselsfraværet er 3,4 dage", "heraf 0,3 dage graviditetsrelateret fravær": other absence.
		const otherAbsence = otherAbsenceAt(s.text);
		// "Covid-19-fraværet er dermed faldet med 0,7 dage. Det har været størst i Dagtilbud med
		// 3,1 dage": a sentence that refers back to other absence, naming no measure, is about it.
		const aboutOther =
			measures.length === 0 && otherAbsence.length === 0 && REFERS_BACK_TO.test(s.text)
				? speaksLastOfOtherAbsence(before)
				: false;
		// "korttidsfraværet 3,5 dage og langtidsfraværet 2,9 dage i 1. halvår 2016": the one period,
		// said after the last of figures listed with "og", is all of theirs.
		const lastFigure = figures.at(-1);
		const sharedAfter =
			periods.length === 1 &&
			figures.length > 1 &&
			lastFigure !== undefined &&
			(periods[0] as RolePeriod).index >= lastFigure.end &&
			!(periods[0] as RolePeriod).compared &&
			LISTED_WITH.test(s.text.slice(figures[0]?.end ?? 0, lastFigure.index)) &&
			!SET_AGAINST.test(s.text.slice(figures[0]?.end ?? 0, lastFigure.index))
				? resolve(periods[0] as RolePeriod)
				: null;
		(aboutOther ? [] : figures).forEach((f, k) => {
			if (partOfLevel && f.index < (partOf as RegExpExecArray)[0].length) return;
			if (inParentheses.has(f.index) || inGoal(f.index)) return;
			// "de seneste 12 måneder", "det rullende årsgennemsnit": a period the contract cannot
			// state, said in the figure's own clause.
			if (rolling && ROLLING.test(s.text.slice(clauseAround(s.text, f.index)[0], f.index))) return;
			if (otherAbsence.length && isOtherAbsence(s.text, f, measures, otherAbsence, figures[k - 1]))
				return;
			if (
				bothTotals &&
				INCLUDING_CHILD.test(
					s.text.slice(Math.max(figures[k - 1]?.end ?? 0, f.index - 60), f.index)
				)
			)
				return;
			// Another population named between this figure's neighbours, and in its own clause
			// ("…, men stadig over landsgennemsnittet på 6,2 dage"), makes the figure theirs.
			// A population named after the figure with a figure of its own after it ("Med 12,4 dage
			// ligger kommunen over landsgennemsnittet på 11,3 dage") takes that one, not this.
			if (others.length) {
				const [clauseStart, clauseEnd] = clauseAround(s.text, f.index);
				const next = figures[k + 1];
				const zoneEnd = Math.min(next?.index ?? s.text.length, clauseEnd);
				const zoneStart = Math.max(figures[k - 1]?.end ?? 0, clauseStart);
				const ownAfter = next !== undefined && next.index < clauseEnd;
				if (others.some((at) => at >= zoneStart && at < (ownAfter ? f.index : zoneEnd))) return;
			}
			// Period: its own, else the nearest free one before it, else the item's.
			const after = ownedBy(f);
			// ("… på niveau med samme halvår sidste år, mens langtidsfraværet faldt med 0,3 dage til 2,4
			// dage": last year's span, said in a clause before, is not the figure's.)
			const beforeP = periods.findLast(
				(p) =>
					!p.compared &&
					p.end <= f.index &&
					!owned.has(p) &&
					!closedBracket(s.text, p, f.index) &&
					!(p.lastYear && p.end <= clauseAround(s.text, f.index)[0])
			);
			// "… i forhold til 1. halvår 2021, hvor fraværet var 5,9 dage": the compared period's level.
			// "…, hvor fraværet var 5,9 dage", or "I samme periode af 2018 var sygefraværet 5,6 dage":
			// the compared period's own level.
			// "…, hvor de var henholdsvis 3,7 og 2,3 dage": every figure of the list is the period's.
			const listStart =
				respectively && f.index > respectively.index
					? respectively.index + respectively[0].length
					: f.index;
			// "… i 1. kvt. 2022 er lavere end i 4. kvt. 2021 (2,4 mod 2,6 dage)": the pair in brackets
			// is in the order the periods were named, this one's first.
			const pairInBrackets =
				s.text[f.index - 1] === '(' && VERSUS_AFTER.test(s.text.slice(f.end, f.end + 30));
			const where = periods.findLast(
				(p) =>
					p.compared &&
					p.end <= f.index &&
					!(pairInBrackets && p.end >= f.index - 3) &&
					(WHERE_BETWEEN.test(s.text.slice(p.end, p.end <= listStart ? listStart : f.index)) ||
						// "Samme kvartal 2018: 3,6 dage": the period as the figure's label.
						LABEL_COLON.test(s.text.slice(p.end, f.index)) ||
						// "… under niveauet fra 2019 på 7,4 dage": that year's level.
						(LEVEL_OF.test(s.text.slice(Math.max(0, p.index - 16), p.index)) &&
							/^[ \t]+på[ \t]+$/.test(s.text.slice(p.end, f.index))) ||
						(p.end >= prevEnd &&
							LEVEL_AFTER_COMPARED.test(s.text.slice(p.end, f.index)) &&
							changeWords(s.text.slice(p.end, f.index)).length === 0))
			);
			let period = after
				? resolve(after)
				: where
					? comparedFor(subject, where)
					: beforeP
						? resolve(beforeP)
						: refersBack
							? (referent as Fact).period
							: (sharedAfter ?? subject);

			// What is said between the figure before and this one, within this figure's clause
			// ("…3,6 dage og uændret; langtidsfraværet var 2,6 dage": the "uændret" is korttid's).
			const windowStart = Math.max(prevEnd, clauseAround(s.text, f.index)[0]);
			const windowText = s.text.slice(windowStart, f.index);
			const ownChange = changes.findLast((c) => c.index >= windowStart && c.end <= f.index);
			// "henholdsvis 0,6 og 0,1 dag mere": a listed number takes the comparison after the list.
			const comparative =
				COMPARATIVE_AFTER.exec(s.text.slice(f.end, f.end + 40)) ??
				(isDigit(s.text.charCodeAt(f.end - 1))
					? LIST_THEN_COMPARATIVE.exec(s.text.slice(f.end, f.end + 60))
					: null);
			// "et halvt dags fald", "0,5 dages stigning", "gået 0,7 dage ned i forhold til": the change
			// named right after the figure.
			const changeAfter = CHANGE_NOUN_AFTER.exec(s.text.slice(f.end, f.end + 24));
			// "Sammenlignet med landsgennemsnittet … ligger Albertslund 0,3 dage lavere": compared
			// with the others named before it, unless it names its own ("lavere end sidste år").
			if (
				comparative &&
				others.some((at) => at < f.index) &&
				!OWN_COMPARISON.test(s.text.slice(f.end + comparative[0].length, f.end + 80))
			)
				return;
			// "Pleje & Omsorg ligger 3,1 dage over kommunen som helhed": a gap to another scope.
			if (
				comparative &&
				ANOTHER_SCOPE_AFTER.test(s.text.slice(f.end + comparative[0].length, f.end + 60))
			)
				return;
			let kind: 'level' | 'change';
			let direction: Direction | null = null;
			let saidDirection: Direction | null = null;
			let comparedLevel = false;
			let flatChange = false;
			// "9,9 dage (+0,6 dage i forhold til 2022)": a figure with its sign is a change.
			const sign = SIGN_BEFORE.exec(s.text.slice(Math.max(0, f.index - 2), f.index));
			if (where && !after) {
				kind = 'level';
			} else if (LEVEL_NOUN_BEFORE.test(windowText) && !sign && ownChange?.value !== 'flat') {
				// "Stigningen … er sket i 2. kvartal, hvor forvaltningen havde et sygefravær på 5,1
				// dage": the level, whatever change the sentence speaks of.
				kind = 'level';
			} else if (convertedChange(s.text, f.index, changes)) {
				// "steget med 0,1 procentpoint, hvilket svarer til 0,3 dage": the change in days.
				kind = 'change';
				direction = convertedChange(s.text, f.index, changes);
			} else if (differenceAt >= 0 && differenceAt < f.index && !comparative) {
				if (comparisonSign === null) return;
				kind = 'change';
				direction = comparisonSign > 0 ? 'up' : 'down';
			} else if (sign !== null) {
				kind = 'change';
				direction = sign[1] === '+' ? 'up' : sign[1] === '\u00b1' ? 'flat' : 'down';
			} else if (UP_DOWN_BEFORE.test(s.text.slice(Math.max(0, f.index - 6), f.index))) {
				// "Dagtilbud: ned 0,4 til 9,1 dage", "4,9 dage, ned 0,2": the change, said tersely.
				kind = 'change';
				direction = /op[ \t]*$/i.test(s.text.slice(0, f.index)) ? 'up' : 'down';
			} else if (
				LEVEL_FROM_TO.test(windowText) &&
				(changes.some((c) => c.end <= f.index) ||
					GOES_FROM.test(s.text.slice(Math.max(0, f.index - 120), f.index)) ||
					LABEL_FROM_TO.test(s.text))
			) {
				kind = 'level';
				comparedLevel = /fra[ \t]*$/i.test(windowText) && !after;
				// "… korttidsfraværet, som er steget til 6,1 dage": the level, and the rise.
				if (ownChange && TO_LEVEL.test(windowText) && !/(?<!\p{L})fra[ \t]/iu.test(windowText))
					saidDirection = ownChange.value;
			} else if (
				ownChange?.value !== 'flat' &&
				!changeAfter &&
				VERSUS_AFTER.test(s.text.slice(f.end, f.end + 30))
			) {
				// "Fraværet faldt i Teknisk Forvaltning (10,8 dage mod 11,5 dage)": the two levels the
				// fall is between; the change is theirs to give.
				kind = 'level';
			} else if (ownChange?.value === 'flat') {
				// "uændret … og udgør 5,2 dage": the figure is the level, the change is nil.
				kind = 'level';
				flatChange = true;
			} else if (!comparative && LEVEL_AFTER_CLAUSE.test(windowText)) {
				// "… har været stigende og er nu 5,9 dage": the change word is the clause before.
				kind = 'level';
				// "Korttidsfraværet steg en anelse og udgjorde 6,8 dage": the rise is said too.
				// Not a trend over the last quarters ("for tredje kvartal i træk", "de seneste tre
				// kvartaler"): that is no change against last year.
				if (ownChange && !TREND.test(windowText)) saidDirection = ownChange.value;
			} else if (changeAfter) {
				kind = 'change';
				direction = /^(?:stig|forvær|op)/i.test(changeAfter[1] as string) ? 'up' : 'down';
			} else if (
				!ownChange &&
				WITH_BEFORE.test(windowText) &&
				(FLAT_AFTER.test(clauseAfter(s.text.slice(f.end, f.end + 60))) ||
					LIES_THEN_FIGURE.test(s.text.slice(f.end, f.end + 40)))
			) {
				// "…, mens langtidsfraværet med 6,3 dage er uændret": the level, and no change.
				// "…, mens langtidsfraværet med 4,2 dage ligger 0,4 dage under niveauet i …": the level,
				// then its change.
				kind = 'level';
			} else if (
				!ownChange &&
				WITH_BEFORE.test(windowText) &&
				ELLIPTIC_COMPARATIVE.test(s.text.slice(0, f.index))
			) {
				// "Begge dele er lavere end sidste år - korttidsfraværet med 0,2 dage og …": each by how
				// much, after the comparison said once.
				kind = 'change';
				direction = /højere|mere/i.test(
					ELLIPTIC_COMPARATIVE.exec(s.text.slice(0, f.index))?.[1] as string
				)
					? 'up'
					: 'down';
			} else if (ownChange) {
				kind = 'change';
				direction = ownChange.value;
			} else if (comparative) {
				kind = 'change';
				direction = /højere|mere|flere|over/i.test(comparative[1] as string) ? 'up' : 'down';
			} else if (LEVEL_VERB_BEFORE.test(windowText) || nameThenBracket(windowText)) {
				// "… i Direktionssekretariatet (4,4 dage, samme niveau som i 2008)": the figure in
				// brackets after a name is its level.
				kind = 'level';
			} else if (
				prevKind === 'change' &&
				AFTER_CLAUSE_BREAK.test(s.text.slice(Math.max(0, f.index - 8), f.index)) &&
				measures.some((m) => m.index >= f.end && m.index - f.end <= 8)
			) {
				// "…, hvilket er 0,3 dag lavere end i 2022, og 3,2 dage langtidsfravær": a new clause
				// that names its measure right after the days states a level.
				kind = 'level';
			} else if (prevKind) {
				kind = prevKind;
				direction = prevDirection;
			} else {
				kind = 'level';
			}
			if (comparedLevel) period = comparedFor(period);
			// "6,8 dage (2023: 6,9 dage)": last year's level in parentheses.
			const parenPeriod = periodInParentheses(s.text, f.index, period);
			const untilNext = clauseAfter(
				s.text.slice(f.end, Math.min(figures[k + 1]?.index ?? s.text.length, f.end + 70))
			);
			if (parenPeriod) {
				kind = 'level';
				direction = null;
				period = parenPeriod;
			} else if (
				SAME_PERIOD_AFTER.test(untilNext) ||
				(kind === 'level' && !comparedLevel && LAST_YEAR_AFTER.test(untilNext)) ||
				// "…; året før var tallet 15,3": last year named in the figure's own clause before it.
				(kind === 'level' &&
					!comparedLevel &&
					!after &&
					!periods.some((p) => p.index >= clauseAround(s.text, f.index)[0] && p.end <= f.index) &&
					LAST_YEAR_BEFORE.test(
						s.text.slice(Math.max(prevEnd, clauseAround(s.text, f.index)[0]), f.index)
					))
			) {
				// "… mod 10,6 dage i samme periode sidste år": the figure is last year's (already so
				// when that period was read as the figure's own).
				kind = 'level';
				direction = null;
				if (!after?.lastYear) period = comparedFor(period);
			} else if (
				kind === 'level' &&
				!comparedLevel &&
				(FLAT_AFTER.test(untilNext) ||
					SAME_AS_AFTER.test(untilNext) ||
					// "Skoler & Uddannelse har ligesom i 2017 0,8 dage": said before the figure.
					LIKE_BEFORE.test(
						s.text.slice(Math.max(prevEnd, clauseAround(s.text, f.index)[0]), f.index)
					)) &&
				!OTHER_POPULATION.test(untilNext) &&
				changeWords(untilNext).every((c) => c.value === 'flat')
			) {
				flatChange = true;
			} else if (kind === 'level' && !comparedLevel && !saidDirection) {
				// "er på 2,3 dage og dermed en smule lavere end i 1. halvår 2022": the level, and a
				// direction against last year said after it.
				const than = THEN_COMPARED_AFTER.exec(untilNext);
				if (than) saidDirection = /højere|mere|flere/i.test(than[1] as string) ? 'up' : 'down';
			}

			// "i 2020 og 2021 var henholdsvis 11,8 og 12,2 dage": the k-th period named before it.
			const listed =
				respectively && f.index > respectively.index ? respectivePeriods?.[k - firstListed] : null;
			if (listed) period = listed;
			// "I forhold til 1. halvår 2018 (5,7 dage) er fraværet i Dagtilbud steget": a level in
			// brackets after a compared period is the sentence's subject's, named after it.
			const bracketed =
				where !== undefined && !after && s.text.slice(where.end, f.index).includes('(');
			const subjectAfter = <T>(mentions: readonly Mention<T>[]): Mention<T> | undefined =>
				bracketed && !mentions.some((m) => m.end <= f.index)
					? mentions.find((m) => m.index >= f.end)
					: undefined;
			// "3,4 sygedage (3,3 dage i 1. halvår 2021) på korttidsfravær": the figure in brackets
			// after another is of that one's measure.
			const measure =
				(prevMeasure && OPEN_BRACKET_ONLY.test(s.text.slice(prevEnd, f.index))
					? prevMeasure
					: null) ??
				subjectAfter(measures)?.value ??
				(measures.length === 0 && CORRESPONDING.test(s.text)
					? respectiveOf(measureMentions(before), before.length, figures, k)
					: null) ??
				(respectively && f.index > respectively.index
					? (respectiveInLists(measures, s.text, figures, f) ??
						respectiveOf(measures, respectively.index, figures, k) ??
						// "… var henholdsvis 3,3 og 2,5 dage korttids- og langtidsfravær": named after.
						respectiveAfter(measures, figures, firstListed, k) ??
						// "Begge er lavere …, hvor de var henholdsvis 3,7 og 2,3 dage": the measures the
						// sentence before named.
						(measures.length === 0 && BOTH.test(s.text)
							? respectiveOf(measureMentions(before), before.length, figures, k)
							: null) ??
						measureFor(measures, f, prevEnd, s.text, ownMeasure))
					: measureFor(measures, f, prevEnd, s.text, ownMeasure));
			// "…, som i afdelingen udgør 4,1 dage", "Her er fraværet steget med 1,1 dag til 10,3
			// dage": the department the sentence before named.
			// (A scope named only in a later clause, "…, mens Område Syd ligger …", is that clause's.)
			const referred =
				!scopes.some((m) => m.index < clauseAround(s.text, f.index)[1]) &&
				((theDepartmentAt >= 0 && theDepartmentAt < f.index) || HERE.test(s.text))
					? departmentIn(before)
					: null;
			const scope =
				respectively && f.index > respectively.index
					? (respectiveOf(scopes, respectively.index, figures, k) ?? scopeFor(scopes, f, s.text))
					: (referred ??
						(refersBack && scopes.length === 0
							? // "… 2,1 dage. / Barns 1. og 2. sygedag er ikke medregnet ovenfor. De udgjorde
								// 0,5 dage": a new measure named just before is the subject, in its own scope.
								namedBefore && namedBefore !== (referent as Fact).measure
								? (departmentIn(before) ?? MUNICIPALITY)
								: (referent as Fact).scope
							: (subjectAfter(scopes)?.value ?? scopeFor(scopes, f, s.text))));

			// "Til og med september 2019 var det 7,5 dage, så fraværet er steget med 0,7 dage": last
			// year's level first, then the change of the item's own period against it.
			if (
				kind === 'change' &&
				!after &&
				prevKind === 'level' &&
				prevPeriod !== null &&
				samePeriod(prevPeriod, period) &&
				samePeriod(period, withYear(base, base.year - 1))
			)
				period = base;
			// "… var 2,6 dage mod 2,9 dage": a second level of the same measure, scope and period,
			// after "mod", is the level of the period compared with.
			// Only this sentence's own facts: a search of all the item's facts for every figure
			// would be quadratic in a long item.
			const sameBefore =
				kind === 'level' && !after && VERSUS_BEFORE.test(s.text.slice(prevEnd, f.index))
					? facts
							.slice((sentenceFacts.at(-1) as { from: number }).from)
							.findLast((g) => g.kind === 'level')
					: undefined;
			if (
				sameBefore &&
				sameBefore.measure === measure &&
				sameBefore.scope === scope &&
				samePeriod(sameBefore.period, period)
			)
				period = comparedForFigure(period, f, k);
			// Each figure of a list after "henholdsvis" takes its own change word, said in that order.
			if (kind === 'change' && sign === null)
				direction =
					respectiveChange(changes, respectively, listedCount, k - firstListed) ?? direction;
			const value = kind === 'change' ? signed(f.value, direction) : f.value;
			const fact: Fact = {
				scope,
				period,
				measure,
				kind,
				value,
				direction: kind === 'change' ? (value === 0 ? 'flat' : direction) : null,
				derived: false,
				compared: kind === 'change' ? comparedForFigure(period, f, k) : null,
				evidence: ev(ctx, s)
			};
			if (kind === 'change' && direction === null) return;
			// "Andet halvår ligger 0,3 dage under første halvår": a change is the same span against
			// an earlier year; one half-year against the other is no change the contract records.
			// "I 4. kvartal var fraværet 3,2 dage og for hele året 12,4 dage. Kvartalstallet er 0,3
			// dage lavere end i 4. kvartal 2017": without a period or referent of its own, the change
			// is of the span it is compared with, a year on.
			if (
				fact.compared &&
				(fact.compared.fromMonth !== fact.period.fromMonth ||
					fact.compared.toMonth !== fact.period.toMonth) &&
				!after &&
				!beforeP &&
				!where &&
				!refersBack &&
				kind === 'change' &&
				fact.compared.year === period.year - 1 &&
				// (The other span the title names: "… 4. kvartal og hele året 2018".)
				titlePeriods.some(
					(t) => t.fromMonth === fact.compared?.fromMonth && t.toMonth === fact.compared.toMonth
				)
			)
				fact.period = withYear(fact.compared, period.year) as FullPeriod;
			if (
				fact.compared &&
				(fact.compared.fromMonth !== fact.period.fromMonth ||
					fact.compared.toMonth !== fact.period.toMonth)
			)
				return;
			facts.push(fact);
			// "4,1 dage (3,7)": last year's level for the same period in parentheses.
			const lastYear =
				kind === 'level' ? PAREN_LAST_YEAR.exec(s.text.slice(f.end, f.end + 16)) : null;
			if (lastYear) {
				facts.push({
					...fact,
					period: withYear(period, period.year - 1) as FullPeriod,
					value: parseDanishNumber(lastYear[1] as string)
				});
				const next = figures[k + 1];
				if (next && next.index < f.end + lastYear[0].length) inParentheses.add(next.index);
			}
			// Said of this period's level only: "…, der i fjor lå på 1,7 dage" dates a level, not a fall.
			if (saidDirection && period.year === subject.year)
				facts.push({
					...fact,
					kind: 'change',
					value: null,
					direction: saidDirection,
					compared: comparedFor(period)
				});
			if (flatChange)
				facts.push({
					...fact,
					kind: 'change',
					value: 0,
					direction: 'flat',
					compared: comparedFor(period)
				});
			if (kind === 'level') lastLevel = fact;
			if (kind === 'level' && !endsBefore(period, base)) lastOwnLevel = fact;
			// "Fordelt på områder ser 4. kvt. 2012 således ud: 4,6 dage i Dagtilbud …" after figures for
			// all of 2012: a level said for the item's own period brings the text back to it.
			if (
				kind === 'level' &&
				(encloses(period, subject) ||
					(titlePeriods.length < 2 && (after ?? beforeP) && samePeriod(period, base)))
			)
				subject = period;
			prevKind = kind;
			prevDirection = direction;
			prevEnd = f.end;
			prevPeriod = period;
			prevMeasure = measure;
		});
	}
	const scoped = withSentenceScopes(ctx, facts, sentenceFacts, underScope);
	scoped.push(
		...sickLeaveFromTables(ctx, subject),
		...sickLeaveFromLists(ctx, subject),
		...sickLeaveFromInlineList(ctx, subject)
	);
	const stated = withCorrections(
		yearOverYear(
			flatAsZero(
				withItemScope(
					ofItemMeasure(scoped, ctx.item.title),
					ctx.item.title,
					(f) => f.evidence.evidence
				)
			)
		)
	);
	const withBracketed = [...stated, ...bracketedLastYear(ctx, stated, base)];
	return toRows(ctx, deduplicate([...withBracketed, ...derive(withBracketed)]));
}

/** "Tallene for samme periode i 2015 står i parentes": the year the bracketed figures are of. */
const BRACKETS_ARE =
	/(?:samme[ \t]+periode|sidste[ \t]+år|året[ \t]+før)(?:[ \t]+i[ \t]+((?:19|20)\d\d))?[^.]{0,30}(?:står|anført|angivet|vist)[ \t]+i[ \t]+parentes|\(((?:19|20)\d\d)[ \t]+i[ \t]+parentes\)/iu;
/** "8,7 dage pr. fuldtidsstilling (9,2)": a bare figure in brackets that ends the line. */
const BRACKET_AT_END = /\((\d{1,2},\d{1,2})\)[ \t]*\.?$/u;

/**
 * The levels of the period compared with, where the item says its bracketed figures are that
 * period's ("Tallene for samme periode i 2015 står i parentes" over "Dagtilbud: 11,9 dage (12,8)").
 */
function bracketedLastYear(ctx: ItemContext, stated: Fact[], base: FullPeriod): Fact[] {
	if (!ctx.contains('parentes')) return [];
	const said = ctx.sentences.map((s) => BRACKETS_ARE.exec(s.text)).find((m) => m !== null);
	if (!said) return [];
	const year = said[1] || said[2] ? Number(said[1] ?? said[2]) : base.year - 1;
	const out: Fact[] = [];
	for (const f of stated) {
		if (f.kind !== 'level' || f.derived || f.period.year === year) continue;
		const m = BRACKET_AT_END.exec(f.evidence.evidence);
		if (m)
			out.push({
				...f,
				period: withYear(f.period, year) as FullPeriod,
				value: parseDanishNumber(m[1] as string)
			});
	}
	return out;
}

/**
 * "Barns 1. og 2. sygedag 2018": in an item whose title names one measure other than the whole
 * absence, a figure whose sentence does not speak of sick leave as such ("Dagtilbud ligger højest
 * med 1,2 dage", "fraværet er gået fra 0,4 til 0,5 dage") is of that measure.
 */
function ofItemMeasure(facts: Fact[], title: string): Fact[] {
	const named = [...new Set(measureMentions(title).map((m) => m.value))];
	const itemMeasure = named.length === 1 && named[0] !== 'total' ? named[0] : null;
	if (!itemMeasure) return facts;
	return facts.map((f) =>
		f.measure === 'total' && !SICK_LEAVE_AS_SUCH.test(f.evidence.evidence)
			? { ...f, measure: itemMeasure }
			: f
	);
}
const SICK_LEAVE_AS_SUCH = /sygefravær/i;

function ev(ctx: ItemContext, s: ItemSentence): Evidence {
	return ctx.evidence(s.start, s.end);
}

/** "3. kvartal sidste år": a period without its year, said to be last year's. */
const YEAR_BEFORE_AFTER = new RegExp(String.raw`^[ \t]+${LAST_YEAR_WORDS}(?!\p{L})`, 'iu');

/** "Året til dato", "hidtil i år": the year so far. */
const YEAR_TO_DATE =
	/(?<!\p{L})(?:(?:året|år)[ \t]+til[ \t]+dato|hidtil[ \t]+i[ \t]+år|indtil[ \t]+nu[ \t]+i[ \t]+år)(?!\p{L})/giu;

/** "1. og 2. halvår 2021", "3. og 4. kvartal": two periods listed for "henholdsvis". */
const LISTED_ORDINALS =
	/(?<![\d,.])([1-4])\.?[ \t]*(?:og|,)[ \t]*([1-4])\.?[ \t]*(halvår|kvartal)\p{L}*(?:[ \t]+((?:19|20)\d\d)(?!\d))?/iu;

/** The periods named before "henholdsvis", when there is one for each figure. */
function listedPeriods(
	text: string,
	count: number,
	year: number,
	resolve: (p: RolePeriod) => FullPeriod,
	anaphora: Anaphora
): FullPeriod[] | null {
	const m = LISTED_ORDINALS.exec(text);
	if (m && count === 2) {
		const y = m[4] ? Number(m[4]) : year;
		const half = /^halv/i.test(m[3] as string);
		const numbers = [Number(m[1]), Number(m[2])];
		if (half && numbers.some((n) => n > 2)) return null;
		return numbers.map((n) =>
			half
				? { year: y, fromMonth: n === 1 ? 1 : 7, toMonth: n === 1 ? 6 : 12 }
				: { year: y, fromMonth: n * 3 - 2, toMonth: n * 3 }
		);
	}
	let named = rolePeriods(text, anaphora).filter((p) => !p.compared);
	// "var i 2018 for 2. halvår og hele året henholdsvis 6,1 og 11,9 dage": the year is the
	// periods', not one of the list.
	if (named.length === count + 1 && named.filter((p) => p.yearOnly).length === 1) {
		const year = (named.find((p) => p.yearOnly) as RolePeriod).period.year;
		named = named
			.filter((p) => !p.yearOnly)
			.map((p) => (p.period.year === null ? { ...p, period: { ...p.period, year } } : p));
	}
	if (named.length !== count || count < 2) return null;
	// "for hele 2013 og 2012 … henholdsvis": a bare year listed after a period spans what it does.
	return named.map((p, k) => {
		const own = resolve(p);
		const sibling = named[k - 1];
		if (!p.yearOnly || !sibling || sibling.yearOnly) return own;
		const { fromMonth, toMonth } = resolve(sibling);
		return { year: own.year, fromMonth, toMonth };
	});
}

/** "samme kvartal sidste år", "tilsvarende periode året før": the subject period a year before. */
const SAME_PERIOD_LAST_YEAR = new RegExp(
	String.raw`(?<!\p{L})(?:(?:samme|tilsvarende)[ \t]+${SPAN_WORD}[ \t]+${LAST_YEAR_WORDS}|(?<=(?:end|som|mod)[ \t])for[ \t]+et[ \t]+år[ \t]+siden)(?!\p{L})`,
	'giu'
);

/**
 * "i kvartalet", "for halvåret": the quarter or half-year the item's title names, when it names
 * one of each ("Sygefravær 2. kvartal og 1. halvår 2012").
 */
interface Anaphora {
	quarter: Period | null;
	half: Period | null;
}
function titleSpans(title: string): Anaphora {
	const named = findPeriods(title, false).map((m) => m.period);
	const year = named.find((p) => p.year !== null)?.year ?? null;
	const span = (months: number): Period | null => {
		const p = named.find((x) => x.toMonth - x.fromMonth === months - 1);
		return p ? { ...p, year: p.year ?? year } : null;
	};
	return { quarter: span(3), half: span(6) };
}
const THE_SPAN = /(?<!\p{L})(?:(?:i|for)[ \t]+)?(kvartalet|halvåret)(?!\p{L})/giu;

function rolePeriods(text: string, anaphora?: Anaphora): RolePeriod[] {
	const role = (
		p: PeriodMention,
		yearBefore: number,
		toDate: boolean,
		lastYear = false
	): RolePeriod => ({
		...p,
		end: p.end + yearBefore,
		yearBefore: yearBefore > 0,
		toDate,
		lastYear,
		compared:
			COMPARED_BEFORE.test(text.slice(Math.max(0, p.index - 40), p.index)) ||
			SAME_PERIOD_AT(text, p)
	});
	const out = findPeriods(text)
		.filter(
			(p) => !(p.yearOnly && RECORD_SINCE.test(text.slice(Math.max(0, p.index - 60), p.index)))
		)
		.map((p) => {
			const yearBefore =
				p.period.year === null ? YEAR_BEFORE_AFTER.exec(text.slice(p.end, p.end + 20)) : null;
			return role(p, yearBefore?.[0].length ?? 0, false);
		});
	// The months (and year) are filled in from the subject period when these are resolved.
	const relative = (pattern: RegExp, toDate: boolean): void => {
		for (const m of text.matchAll(pattern)) {
			const index = m.index ?? 0;
			const end = index + m[0].length;
			if (out.some((p) => index < p.end && end > p.index)) continue;
			const period = { year: null, fromMonth: 1, toMonth: 12 };
			out.push(role({ index, end, period, yearOnly: false }, 0, toDate, !toDate));
		}
	};
	if (anaphora && (anaphora.quarter || anaphora.half) && /kvartalet|halvåret/i.test(text))
		for (const m of text.matchAll(THE_SPAN)) {
			const period = /kvartal/i.test(m[1] as string) ? anaphora.quarter : anaphora.half;
			const index = m.index ?? 0;
			const end = index + m[0].length;
			if (period && !out.some((p) => index < p.end && end > p.index))
				out.push(role({ index, end, period, yearOnly: false }, 0, false));
		}
	// "Samme kvartal 2018: 3,6 dage": the item's own span, in the year named; compared with.
	if (/samme/i.test(text))
		for (const m of text.matchAll(SAME_SPAN_IN_YEAR)) {
			const index = m.index ?? 0;
			const end = index + m[0].length;
			if (out.some((p) => index < p.end && end > p.index)) continue;
			const period = { year: Number(m[1]), fromMonth: 1, toMonth: 12 };
			out.push({ ...role({ index, end, period, yearOnly: true }, 0, false), compared: true });
		}
	if (/dato|hidtil|indtil/i.test(text)) relative(YEAR_TO_DATE, true);
	// "fraværet i 1. halvår 2012 lå 1,2 dage højere end i år": compared with this year's.
	if (/i[ \t]+år(?!\p{L})/iu.test(text))
		for (const m of text.matchAll(THIS_YEAR_COMPARED)) {
			const index = m.index ?? 0;
			const end = index + m[0].length;
			if (out.some((p) => index < p.end && end > p.index)) continue;
			const period = { year: null, fromMonth: 1, toMonth: 12 };
			out.push({ ...role({ index, end, period, yearOnly: false }, 0, false), thisYear: true });
		}
	if (/samme|tilsvarende|år siden/i.test(text)) relative(SAME_PERIOD_LAST_YEAR, false);
	return out.sort((a, b) => a.index - b.index);
}

const THIS_YEAR_COMPARED = /(?<=(?:end|mod|med)[ \t])i[ \t]år(?!\p{L})/giu;

/**
 * "det højeste, vi har målt siden 2008", "første gang siden 2009, at …": the year of a record, no
 * period of the figures.
 */
const RECORD_SINCE =
	/(?:højeste|laveste|største|mindste|første[ \t]+gang)[^.;\n]{0,40}siden[ \t]+$/iu;

/** "samme periode i 2014", "samme kvartal 2014": the year is the compared period. */
function SAME_PERIOD_AT(text: string, p: PeriodMention): boolean {
	return SAME_PERIOD_BEFORE.test(text.slice(Math.max(0, p.index - 30), p.index));
}
const SAME_PERIOD_BEFORE = new RegExp(
	String.raw`${SAME_SPAN}[ \t]+(?:i[ \t]+|af[ \t]+|for[ \t]+)?$`,
	'i'
);

/**
 * "Sygefravær 4. kvartal og hele 2017" over "… steget med 0,7 dage i forhold til 2016": a change
 * against a bare year is of the whole year the title names after it, as is the text from there.
 */
function wholeYearCompared(text: string, titlePeriods: readonly FullPeriod[]): FullPeriod | null {
	const wholeYears = titlePeriods.filter((p) => p.fromMonth === 1 && p.toMonth === 12);
	if (wholeYears.length !== 1) return null;
	// "Dagtilbud har for andet år i træk nedbragt fraværet": years compared, too.
	if (YEARS_IN_A_ROW.test(text)) return wholeYears[0] as FullPeriod;
	const compared = BARE_YEAR_COMPARED.exec(text);
	return compared && wholeYears[0]?.year === Number(compared[1]) + 1 ? wholeYears[0] : null;
}
const YEARS_IN_A_ROW =
	/(?<!\p{L})(?:andet|tredje|fjerde|femte|[2-9]\.)[ \t]+år[ \t]+i[ \t]+træk(?!\p{L})/iu;
const BARE_YEAR_COMPARED =
	/(?<!\p{L})(?:i[ \t]+forhold[ \t]+til|sammenlignet[ \t]+med|sammenholdt[ \t]+med|end[ \t]+i)[ \t]+((?:19|20)\d\d)(?![\d-]|[.,]\d|[ \t]+-)/iu;

/** The one dated period a sentence without figures or changes names, when the title names it too. */
function titlePeriodNamed(text: string, titlePeriods: readonly FullPeriod[]): FullPeriod | null {
	// ("Fraværet i 2. halvår 2018 er steget …" says something of that period, not what follows.)
	if (dayFigures(text).length > 0 || changeWords(text).length > 0) return null;
	const only = onlyDatedPeriod(text);
	return only && titlePeriods.some((t) => samePeriod(t, only)) ? only : null;
}

/** Whether `outer` is a longer period of the same year that contains `inner`. */
function encloses(outer: FullPeriod, inner: FullPeriod): boolean {
	return (
		outer.year === inner.year &&
		outer.fromMonth <= inner.fromMonth &&
		outer.toMonth >= inner.toMonth &&
		outer.toMonth - outer.fromMonth > inner.toMonth - inner.fromMonth
	);
}

function signed(value: number, direction: Direction | null): number {
	return direction === 'down' ? -value : value;
}

/** "Samme kvartal 2018: 3,6 dage": a period as the figure's label. */
const LABEL_COLON = /^[ \t]*:[ \t]*$/;
/** "ned 0,4 til 9,1 dage", "4,9 dage, op 0,2": a change said tersely. */
const UP_DOWN_BEFORE = /(?<!\p{L})(?:ned|op)[ \t]+$/iu;
/** "… 2,6 dage mod 2,9 dage": the compared period's level. */
const VERSUS_BEFORE = /(?<!\p{L})mod[ \t]*$/iu;
/** "… i Direktionssekretariatet (": a capitalised name, then an open bracket, ends the text. */
function nameThenBracket(text: string): boolean {
	const t = text.trimEnd();
	if (!t.endsWith('(')) return false;
	const before = t.slice(0, -1).trimEnd();
	const word = before.slice(Math.max(before.lastIndexOf(' '), before.lastIndexOf('\n')) + 1);
	return /^\p{Lu}[\p{L}-]*$/u.test(word);
}
const VERSUS_AFTER = /^[ \t]+(?:dag\p{L}*[ \t]+)?(?:i[ \t]+(?:19|20)\d\d[ \t]+)?mod[ \t]+\d/iu;
/** "ligesom i 2017": no change against then. */
// "ligesom i 2017 0,8 dage", "ligger som i fjor på 8,7 dage".
const LIKE_BEFORE = new RegExp(
	String.raw`(?<!\p{L})(?:ligesom[ \t]+(?:i|for|sidste|året)|som[ \t]+${LAST_YEAR_WORDS}[ \t]+på[ \t]*$)(?!\p{L})`,
	'iu'
);

/**
 * Between a figure and the measure it is: nothing, a verb of being ("0,5 dage er barns sygedag"),
 * "på" ("6,9 dage på korttidsfravær") or what it went to ("0,2 dage gik til barns sygedag").
 */
/** "Pleje & Omsorg: 17,3 dage": a bullet led by a department and a colon. */
const DEPARTMENT_LABEL = /^([^:\n]{2,60}):/u;
const AFTER_CLAUSE_BREAK = /,[ \t]*(?:(?:og|mens|samt)[ \t]*)?$/;
const IS_BETWEEN =
	/^[ \t]*(?:(?:er|var|udgør|udgjorde|på|med|(?:(?:gik|går)[ \t]+)?til|skyld(?:e|te)s)[ \t]+)?$/;
const LEADING_BRACKETS = /^[ \t]*\([^()\n]{0,60}\)/;
/** Figures listed with "og" only: no "mod", "end", "fra" or "til" between them. */
const LISTED_WITH = /(?<!\p{L})og(?!\p{L})/u;
const SET_AGAINST = /(?<!\p{L})(?:mod|end|fra|til|henholdsvis)(?!\p{L})/u;
const OPEN_BRACKET_ONLY = /^[ \t]*\([^()\n]{0,40}$/;
/** "0,5 dage pr. fuldtidsansat med (på) barns 1. og 2. sygedag": the measure after the unit's "pr. …". */
const PER_THEN_WITH = /^[ \t]+pr\.?[ \t]+\p{L}+[ \t]+(?:med|for|af|på)[ \t]+$/iu;

/** The measure named right after a figure ("3,8 dage korttidssygefravær"), else the nearest before. */
function measureFor(
	measures: readonly Mention<Measure>[],
	f: { index: number; end: number },
	from: number,
	text: string,
	/** The measure when the sentence names none ("Det er 0,1 dag mindre …": the one before). */
	fallback: Measure = 'total'
): Measure {
	// Only a measure word right after the unit belongs to the figure ("3,8 dage korttid…"), not
	// the next clause's ("7,0 dage og langtidsfraværet 5,2 dage").
	// "3,4 sygedage (3,3 dage i 1. halvår 2021) på korttidsfravær": last year's in brackets between.
	const right = measures.find((m) => {
		if (m.index < f.end) return false;
		const gap = text.slice(f.end, m.index).replace(LEADING_BRACKETS, '');
		return (
			(gap.length <= 12 && IS_BETWEEN.test(gap)) || (gap.length <= 40 && PER_THEN_WITH.test(gap))
		);
	});
	if (right) return right.value;
	const before = measures.findLast((m) => m.end <= f.index && m.index >= from);
	// "…, mens 1,4 dage skyldes forløb af mere end 30 dages varighed": a measure named after the
	// figure in its own clause, when the clause names none before it.
	const [clauseStart, clauseEnd] = clauseAround(text, f.index);
	if (!before || before.index < clauseStart) {
		const after = measures.find((m) => m.index >= f.end && m.end <= clauseEnd);
		if (after && clauseStart > 0) return after.value;
	}
	if (before) return before.value;
	const any = measures.findLast((m) => m.end <= f.index);
	return any?.value ?? fallback;
}

/**
 * The scope named last before a figure; with none before it, one named right after its unit ("6,3
 * dage pr. årsværk i Center for Ledelse og Personale").
 */
function scopeFor(
	scopes: readonly Mention<string>[],
	f: { index: number; end: number },
	text: string
): string {
	// "mellem 4,2 dage i Økonomi & Stab og 7,9 dage i Drift & Service": the department right after
	// the days is theirs, before one named earlier.
	const after = scopes.find((m) => m.index >= f.end);
	if (after && SCOPE_RIGHT_AFTER.test(text.slice(f.end, after.index))) return after.value;
	const before = scopes.findLast((m) => m.end <= f.index);
	if (before) return before.value;
	// "Med 3,1 dage har Økonomi & Stab kommunens laveste fravær": the subject after the verb.
	if (
		after &&
		WITH_FIRST.test(text.slice(0, f.index)) &&
		SUBJECT_AFTER_VERB.test(text.slice(f.end, after.index))
	)
		return after.value;
	return MUNICIPALITY;
}
const SCOPE_RIGHT_AFTER = /^[ \t]+(?:pr\.?[ \t]+\p{L}+[ \t]+)?(?:i|hos)[ \t]+$/u;
const WITH_FIRST = /^[ \t]*med[ \t]+$/iu;
const SUBJECT_AFTER_VERB = /^[ \t]+(?:har|ligger|er)[ \t]+$/u;

/**
 * "A og B udgør henholdsvis 5,0 og 3,9 dage, hvilket er henholdsvis 0,6 og 0,1 dag mere": with
 * two lists in one sentence, each figure's place in its own list, against the measures named
 * before the first.
 */
function respectiveInLists<T>(
	mentions: readonly Mention<T>[],
	text: string,
	figures: readonly { index: number }[],
	f: { index: number }
): T | null {
	const starts = [...text.matchAll(RESPECTIVELY_ALL)].map((m) => m.index);
	if (starts.length < 2) return null;
	const from = starts.findLast((at) => at < f.index);
	if (from === undefined) return null;
	const to = starts.find((at) => at > from) ?? text.length;
	const list = figures.filter((g) => g.index > from && g.index < to);
	const named: T[] = [];
	for (const m of mentions)
		if (m.end <= (starts[0] as number) && !named.includes(m.value)) named.push(m.value);
	return list.length > 1 && named.length === list.length ? (named[list.indexOf(f)] ?? null) : null;
}
const RESPECTIVELY_ALL = /henholdsvis|hhv\./gi;

/** The k-th of a list of figures, matched to the measures named after the list, in order. */
function respectiveAfter<T>(
	mentions: readonly Mention<T>[],
	figures: readonly { end: number }[],
	firstListed: number,
	k: number
): T | null {
	const last = figures.at(-1);
	if (!last || firstListed < 0) return null;
	const named: T[] = [];
	for (const m of mentions)
		if (m.index >= last.end && !named.includes(m.value)) named.push(m.value);
	const listed = figures.length - firstListed;
	return listed > 1 && named.length === listed ? (named[k - firstListed] ?? null) : null;
}

const BOTH_UNITS =
	/(?<!\p{L})(?:begge|de[ \t]+to)[ \t]+(?:afdelinger|forvaltninger|områder|enheder|centre)(?!\p{L})/iu;

/**
 * "A og B havde … henholdsvis 7,9 og 8,4 dage. I begge forvaltninger er fraværet faldet …, med
 * henholdsvis 0,6 og 0,2 dage": the two departments the sentence before named, in its order.
 */
function bothUnitsBefore(text: string, before: string): string[] | null {
	if (!BOTH_UNITS.test(text) || scopeMentions(text).some((m) => m.value !== MUNICIPALITY))
		return null;
	const named = [
		...new Set(scopeMentions(before).flatMap((m) => (m.value === MUNICIPALITY ? [] : [m.value])))
	];
	return named.length === 2 ? named : null;
}

/** "korttids- og langtidsfraværet med henholdsvis 0,2 og 0,4": the k-th named before "henholdsvis". */
/**
 * "et fald i korttidsfraværet og en stigning i langtidsfraværet på henholdsvis 0,5 og 0,1 dag": the
 * k-th of as many change words before "henholdsvis" as the list has figures, or null.
 */
function respectiveChange(
	changes: readonly Mention<Direction>[],
	respectively: RegExpExecArray | null,
	listed: number,
	k: number
): Direction | null {
	if (!respectively || k < 0 || listed < 2) return null;
	const said = changes.filter((c) => c.end <= respectively.index);
	return said.length === listed ? (said[k]?.value ?? null) : null;
}

function respectiveOf<T>(
	mentions: readonly Mention<T>[],
	at: number,
	figures: readonly unknown[],
	k: number
): T | null {
	const named: T[] = [];
	for (const m of mentions) if (m.end <= at && !named.includes(m.value)) named.push(m.value);
	const after = figures.length;
	// "Fraværet fordeler sig på korttids- og langtidsfravær med henholdsvis …": the last ones
	// named before it, when more are named than there are figures.
	return named.length >= after && after > 1 ? (named[named.length - after + k] ?? null) : null;
}

// "steget i Social & Familie og faldet i Drift & Service", "ligger på 8,7 dage og er fortsat
// stigende", "ligger på 7,9 dage og har ligeledes haft en svag stigning": a second direction
// starts a clause.
// "… ligger, hvor det lå sidste år" is one clause: the comma there cuts nothing.
// "… gået ned – med 0,3 dag … – hvorimod korttidsfraværet ligger på samme niveau": a dash before
// "hvorimod" ends the aside and the clause.
const CLAUSE_BREAK =
	/(?:,|\s-)?\s(?:mens|hvorimod)\s|;\s?|,\s(?!hvor\s(?:det|den|de)\slå(?!\p{L}))|\sog\s(?=(?:(?:er|var)\s(?:(?:fortsat|nu|også)\s)?)?(?:steget|faldet|stigende|faldende|gået\s(?:op|ned))(?!\p{L})|har\s(?:(?:ligeledes|også|dog|derimod)\s)?haft\s(?:en|et)\s(?:\p{L}+\s)?(?:stigning|fald|nedgang)(?!\p{L}))/gu;

/** A sentence cut at its clause breaks, but not inside a department's name ("Kultur, Fritid & …"). */
function clausesOf(text: string): string[] {
	// Only a comma before a capital ("Kultur, Fritid") can sit inside a name.
	const names = /,\s\p{Lu}/u.test(text) ? scopeMentions(text) : [];
	const out: string[] = [];
	let from = 0;
	for (const m of text.matchAll(CLAUSE_BREAK)) {
		const at = m.index ?? 0;
		if (names.some((n) => at > n.index && at < n.end)) continue;
		out.push(text.slice(from, at));
		from = at + m[0].length;
	}
	out.push(text.slice(from));
	return out;
}
const SICKNESS_PERCENT = /(?:syge)?fraværsprocent/i;

/** Whether period `a` ends before period `b` starts. */
function endsBefore(a: FullPeriod, b: FullPeriod): boolean {
	return a.year < b.year || (a.year === b.year && a.toMonth < b.fromMonth);
}

const WHERE_CLAUSE = /^[ \t]*hvor(?!\p{L})/iu;
const THE_ONLY_ONE_OF =
	/(?<!\p{L})den[ \t]+(?:eneste[ \t]+)?af[ \t]+(?:de[ \t]+)?(?:\p{L}+[ \t]+)?(?:afdelinger|forvaltninger)[ \t]*$/iu;

/** Whether a clause ends with a department ("… i Dagtilbud", "… er den afdeling"). */
function endsWithDepartment(clause: string): boolean {
	if (/(?<!\p{L})(?:afdeling|forvaltning)(?:en)?[ \t]*$/iu.test(clause)) return true;
	// "Pleje & Omsorg er den eneste af de fire afdelinger, hvor …": the one named before.
	if (THE_ONLY_ONE_OF.test(clause)) return true;
	const last = scopeMentions(clause).at(-1);
	return last !== undefined && last.value !== MUNICIPALITY && clause.slice(last.end).trim() === '';
}

const TO_LEVEL = /(?:steget|faldet|steg|faldt|gået[ \t]+(?:op|ned))[ \t]+til[ \t]*$/iu;
const BOTH_PERIODS_AFTER = /^,[ \t]+både[ \t][^,;]*/iu;

/** The departments a clause names (not the municipality). */
function departmentsIn(clause: string): string[] {
	return scopeMentions(clause)
		.filter((m) => m.value !== MUNICIPALITY)
		.map((m) => m.value);
}

/** A clause that is nothing but departments: "I Pleje & Omsorg", "Dagtilbud". */
function onlyDepartments(clause: string): boolean {
	const mentions = scopeMentions(clause).filter((m) => m.value !== MUNICIPALITY);
	if (mentions.length === 0) return false;
	let rest = clause;
	for (const m of mentions.toReversed()) rest = rest.slice(0, m.index) + rest.slice(m.end);
	return /^\s*(?:(?:i|hos|for|og|samt)(?!\p{L})\s*)*$/iu.test(rest);
}

const UNITS_WITH_DIRECTION =
	/(?<!\p{L})(?:afdelinger|enheder|arbejdspladser|institutioner|medarbejdere|områder)[ \t]+med[ \t]+(?:et[ \t]+)?(?:stigende|faldende)(?!\p{L})/giu;

function directionOnly(
	ctx: ItemContext,
	s: ItemSentence,
	clause: string,
	measuresBefore: Measure[],
	base: FullPeriod,
	periods: RolePeriod[],
	resolve: (p: RolePeriod) => FullPeriod,
	comparedFor: (p: FullPeriod) => FullPeriod,
	/** The department "her" / "afdelingen" points back to, if any. */
	referred: string | null,
	/** Departments listed in the clauses before, cut from this one at their commas. */
	listed: string[]
): { facts: Fact[]; measures: Measure[] } {
	// Definitions in parentheses ("mere end 30 kalenderdage") name no measure of their own.
	// "… at afdelinger med stigende fravær skulle redegøre …": a kind of department, not a change.
	const text = clause
		.replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length))
		.replace(UNITS_WITH_DIRECTION, (m) => ' '.repeat(m.length));
	const named = [...new Set(measureMentions(text).map((m) => m.value))];
	// "Sygefraværsprocenten er steget": a direction of the whole absence, though not in days.
	const measures = named.length
		? named
		: SICKNESS_PERCENT.test(text)
			? (['total'] as Measure[])
			: measuresBefore;
	const compared = COMPARED_HIGHER.exec(text);
	// "højere end i årets to første kvartaler", "lavere end de øvrige afdelinger": not last year.
	const higher =
		compared && !NOT_LAST_YEAR_AFTER.test(text.slice(compared.index + compared[0].length))
			? compared
			: null;
	const direction: Direction | undefined =
		changeWords(text)[0]?.value ??
		(higher ? (/^h/i.test(higher[1] as string) ? 'up' : 'down') : undefined);
	if (measures.length === 0 || !direction) return { facts: [], measures };
	// A period wholly before the item's own ("… mod 5,8 i 2. kvartal 2016") is what it is compared with.
	const own = periods.filter((p) => !p.compared && !endsBefore(resolve(p), base));
	const subject = own[0];
	// "… er steget både i 2. kvartal og i 1. halvår": each of the periods in the clause.
	const at = s.text.indexOf(text);
	// "…er lavere end året før, både i 4. kvartal og for hele året": the periods may follow.
	const bothAfter = BOTH_PERIODS_AFTER.exec(s.text.slice(at + text.length));
	const clauseEnd = at + text.length + (bothAfter?.[0].length ?? 0);
	const inClause = own.filter((p) => p.index >= at && p.end <= clauseEnd);
	// "… er på niveau med 1. kvartal 2023" in the item of 2. kvartal: against the quarter before,
	// not the same period the year before.
	const against = periods.find((p) => p.compared && p.index >= at && p.end <= clauseEnd);
	if (against && !against.yearOnly && !against.lastYear) {
		const a = resolve(against);
		const own0 = subject ? resolve(subject) : base;
		if (a.fromMonth !== own0.fromMonth || a.toMonth !== own0.toMonth)
			return { facts: [], measures };
	}
	const clausePeriods =
		inClause.length > 1 && (bothAfter || /(?<!\p{L})både(?!\p{L})/iu.test(text))
			? inClause.map(resolve)
			: [subject ? resolve(subject) : base];
	const departments = subjectDepartments(text);
	// "I Pleje & Omsorg …: i Område Vest er langtidsfraværet steget": the area, not its department
	// (which the area's scope names in full).
	const areas = departments.filter((m) => BARE_AREA.test(m.value));
	const scopes = areas.length > 0 ? areas : departments;
	const scopeNames = scopes.length
		? [...new Set([...listed, ...scopes.map((m) => m.value)])]
		: listed.length
			? listed
			: [referred ?? MUNICIPALITY];
	const facts: Fact[] = [];
	for (const period of clausePeriods)
		for (const scope of scopeNames)
			for (const measure of measures)
				facts.push({
					scope,
					period,
					measure,
					kind: 'change',
					value: null,
					direction,
					derived: false,
					compared: comparedFor(period),
					evidence: ev(ctx, s)
				});
	return { facts, measures };
}
