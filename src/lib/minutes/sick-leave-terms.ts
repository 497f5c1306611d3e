/**
 * The Danish of sick-leave reporting: day figures, measures (korttid, langtid, barns sygedag),
 * scopes (the municipality or a department) and statements that are goals, not facts.
 */

import { parseDanishNumber } from './danish';
import type { Measure } from './schema';
import { memoByText } from './text-memo';

export const MUNICIPALITY = 'Albertslund Kommune';

export interface Figure {
	value: number;
	/** Sentence offsets of the number. */
	index: number;
	/** Sentence offset just after the unit ("dage"). */
	end: number;
}

// "5,2 dg.": the abbreviation some secretaries write.
const UNIT = String.raw`(?:syge?fraværs?dage?|fraværsdage?|sygedage?|dagsværk|dages|dage|dag|dg\.)`;
/**
 * A figure and its unit, with a decimal comma or (as some exports write it) a dot.
 * "12,1 kalenderdage", "5,2 arbejdsdage" are averages only with decimals: a whole number of
 * calendar days is a definition ("mere end 30 kalenderdage").
 */
const DAY_FIGURE = new RegExp(
	String.raw`(?<![\d,.])(?:(\d{1,2}(?:[,.]\d{1,2})?)[ \t]+${UNIT}|(\d{1,2},\d{1,2})[ \t]+(?:kalender|arbejds)dage?)(?!\p{L})`,
	'giu'
);
/**
 * "0,2 og 0,4 dag", "korttid 3,2 og langtid 2,7 dage", "1. kvartal 3,1, 2. kvartal 2,6 og 3. kvartal
 * 2,4 dage": numbers listed before the unit.
 */
const LISTED_NUMBER =
	/(?<![\d,.])(\d{1,2}(?:[,.]\d{1,2})?)[ \t]*(?:,|og|eller|til|mod)[ \t]*(?:(?:\p{L}+|[1-4]\.)[ \t]+){0,2}$/u;
const CONVERTED = /svar|hvilket|dvs|altså/i;
const OWN_UNIT_THEN_PLACE = /^[ \t]+(?:i|hos)[ \t]+\p{Lu}/u;
// A duration in a definition ("mere end 30 dage", "over 14 dage i træk", "30 dage og derover")
// is not a figure; nor a whole number of days "op til" ("sygeforløb på op til 30 dage", where
// "steget op til 9,5 dage" is a level).
// "kurset … á 2 dage": the length of each, not an absence.
const DURATION_BEFORE =
	/(?:mere[ \t]+end|mindre[ \t]+end|over|under|ud[ \t]+over|efter|inden[ \t]*for|de[ \t]+første|de[ \t]+sidste|(?<!\p{L})[áà]|[<>])[ \t]*$/iu;
const UP_TO_BEFORE = /(?<!\p{L})op[ \t]+til[ \t]*$/iu;
/** A course's length ("et forløb på 2 dage", "et lederkursus af 3 dage") is not absence either. */
const COURSE_BEFORE =
	/(?<!\p{L})(?:et|en|sit|sin|hvert|hver)[ \t]+(?:\p{L}+[ \t]+)?\p{L}*(?:kursus|forløb|uddannelse|seminar|internat|konference|workshop|temadag)[ \t]+(?:på|af)[ \t]*$/iu;
// "… en HR-konsulent 2 dage om ugen": days a week are time given, no absence.
const DURATION_AFTER =
	/^[ \t]*(?:i[ \t]+sammenhæng|i[ \t]+træk|sammenhængende|(?:og|eller)[ \t]+(?:derover|mere|længere|opefter)(?!\p{L})|(?:om|pr\.?|per|hver)[ \t]+(?:ugen|uge|måneden|måned)(?!\p{L}))/iu;
/** Days per employee above this are not a sick-leave average (a duration or a count). */
const MAX_DAYS = 60;

/** "Det gennemsnitlige antal sygedage pr. medarbejder var 12,3 …": the unit said before the figures. */
// "Samlet sygefravær, dage pr. medarbejder: 3,1": plain "dage" as the label's unit before a colon.
const UNIT_BEFORE =
	/(?<!\p{L})(?:antal|gennemsnitlige)[ \t]+(?:syge|fraværs)?dage(?!\p{L})|(?<!\p{L})(?:syge|fraværs)dage[ \t]+pr\.?[ \t]+(?:medarbejder|fuldtids\p{L}*|årsværk|ansat)|(?<!\p{L})dage[ \t]+pr\.?[ \t]+(?:medarbejder|fuldtids\p{L}*|årsværk|ansat)[ \t]*:/iu;
const BRACKETED = /\([^()\n]*\)/g;
const BARE_DECIMAL =
	/(?<![\d,.])(\d{1,2},\d{1,2})(?![\d,]|\.\d|[ \t]*(?:%|procent|pct|kr|mio|mia|timer|årsværk|medarbejder|personer|dage|dag)(?!\p{L}))/gu;

/** "2,1 dage (+0,1 ift. 1. kvt. 2018)", "8,0 dage (+0,3)": a signed change in brackets. */
const SIGNED_IN_BRACKETS_AFTER =
	/^[ \t]*\([ \t]*[-+\u2212\u00b1÷][ \t]?(\d{1,2}(?:,\d{1,2})?)(?=[ \t]*(?:dage?[ \t]*)?\)|[ \t]+(?:ift\.?|i[ \t]+forhold[ \t]+til|sammenlignet[ \t]+med|mod|vs\.?)(?!\p{L}))/u;

/** "9,8 sygedage pr. medarbejder (2022: 11,0)", "(sidste år 11,0)": another period's level in brackets. */
const LABELLED_IN_BRACKETS_AFTER =
	/^(?:[ \t]+pr\.?[ \t]+\p{L}+)?[ \t]*\([ \t]*(?:(?:19|20)\d\d|sidste[ \t]+år|året[ \t]+før|i[ \t]+fjor)(?:[ \t]*:)?[ \t]*(\d{1,2},\d{1,2})(?=[ \t]*(?:dage?[ \t]*)?\))/iu;

/** "Korttidsfravær: 4,9 dage, ned 0,2": the change after the level takes its unit. */
const UP_DOWN_AFTER = /^[ \t]*,[ \t]*(?:ned|op)[ \t]+(\d{1,2}(?:,\d{1,2})?)(?![\d,])/iu;
const UP_DOWN_WORD = /(?<!\p{L})(?:ned|op)[ \t]+\d/iu;

/**
 * Figures of a line under a heading that gives their unit ("Hovedtal, dage pr. fuldtidsansat:"
 * over "Sygefravær i alt: 11,6 (12,1)"): its day figures, else its bare decimals, leaving a
 * bracketed one (last year's, read with its key) to the level before it.
 */
export function figuresInDays(line: string): readonly Figure[] {
	const said = dayFigures(line);
	if (said.length > 0) return said;
	const out: Figure[] = [];
	for (const m of line.matchAll(BARE_DECIMAL)) {
		const index = m.index ?? 0;
		if (line[index - 1] === '(') continue;
		const value = parseDanishNumber(m[1] as string);
		if (value <= MAX_DAYS) out.push({ value, index, end: index + (m[1] as string).length });
	}
	return out;
}
/** "…, dage pr. fuldtidsansat (2018 i parentes):": a heading that gives the unit of the lines under it. */
export const UNIT_HEADING =
	/(?<!\p{L})(?:syge|fraværs)?dage[ \t]+pr\.?[ \t]+(?:medarbejder|fuldtids\p{L}*|årsværk|ansat)(?!\p{L})/iu;

/** Day figures of a sentence, including the numbers listed before one ("0,2 og 0,4 dag"). */
export const dayFigures = memoByText(readDayFigures);
function readDayFigures(sentence: string): Figure[] {
	const out: Figure[] = [];
	const unitFirst = UNIT_BEFORE.exec(sentence);
	// search(), unlike test(), leaves the global pattern's lastIndex where it was.
	// ("Heraf korttidsfravær (under 30 dage), dage pr. medarbejder: 1,8": a definition in brackets.)
	if (unitFirst && sentence.replace(BRACKETED, '').search(DAY_FIGURE) < 0) {
		for (const m of sentence.slice(unitFirst.index).matchAll(BARE_DECIMAL)) {
			const index = unitFirst.index + (m.index ?? 0);
			const value = parseDanishNumber(m[1] as string);
			if (value <= MAX_DAYS) out.push({ value, index, end: index + (m[1] as string).length });
		}
		return out;
	}
	for (const m of sentence.matchAll(DAY_FIGURE)) {
		const index = m.index ?? 0;
		const end = index + m[0].length;
		const before = sentence.slice(Math.max(0, index - 20), index);
		if (
			DURATION_BEFORE.test(before) ||
			(UP_TO_BEFORE.test(before) && !/[,.]/.test(m[1] ?? ',')) ||
			DURATION_AFTER.test(sentence.slice(end, end + 20)) ||
			(/på|af/i.test(before) && COURSE_BEFORE.test(sentence.slice(Math.max(0, index - 48), index)))
		)
			continue;
		// "godt 3 dage", "knap 4 dage": a whole number said roughly is no figure to record.
		if (!m[0].includes(',') && ROUGHLY_BEFORE.test(before)) continue;
		// "Af de 5,4 dage udgør korttidsfraværet 3,1 dage", "som ikke indgår i de 12,4 dage": the
		// total said again, as a reference.
		if (OF_THE.test(before)) {
			// "tegner sig for 4,0 af de 6,9 dage": the part before it is a figure in the same unit (not
			// "3,4 af halvårets 6,1 dage", a part of the period).
			const part = PART_OF_THE.exec(sentence.slice(Math.max(0, index - 24), index));
			if (part) {
				const at = index - part[0].length;
				out.push({
					value: parseDanishNumber(part[1] as string),
					index: at,
					end: at + (part[1] as string).length
				});
			}
			continue;
		}
		const listed: Figure[] = [];
		let head = index;
		for (let k = 0; k < 6; k++) {
			const prefix = sentence.slice(Math.max(0, head - 32), head);
			const l = LISTED_NUMBER.exec(prefix);
			// "en fraværsprocent på 4,6, svarende til 5,7 dage": a percentage converted, not listed.
			if (!l || CONVERTED.test(l[0])) break;
			head = head - prefix.length + l.index;
			listed.unshift({
				value: parseDanishNumber(l[1] as string),
				index: head,
				end: head + (l[1] as string).length
			});
		}
		// "mellem 4 og 6 dage" is a range; "mellem 4,2 dage i Økonomi & Stab og 7,9 dage i Drift &
		// Service" gives each department its figure.
		if (
			RANGE_BEFORE.test(sentence.slice(Math.max(0, head - 12), head)) &&
			(listed.length > 0 || !OWN_UNIT_THEN_PLACE.test(sentence.slice(end, end + 8)))
		)
			continue;
		const value = parseDanishNumber((m[1] ?? m[2]) as string);
		for (const f of [...listed, { value, index, end }]) if (f.value <= MAX_DAYS) out.push(f);
	}
	// "Korttidsfraværet udgør 5,6 af dagene": a part of the days just said.
	if (sentence.includes(' af ')) {
		for (const m of sentence.matchAll(PART_OF_THE_DAYS)) {
			const value = parseDanishNumber(m[1] as string);
			if (value <= MAX_DAYS && !out.some((f) => f.index === m.index))
				out.push({ value, index: m.index, end: m.index + (m[1] as string).length });
		}
		out.sort((a, b) => a.index - b.index);
	}
	// "et halvt dags fald", "faldet med en hel dag": a half or a whole day said in words.
	if (MAY_HAVE_WORD_DAYS.test(sentence)) {
		for (const m of sentence.matchAll(WORD_DAYS)) {
			// "godt en halv dag", "næsten en hel dag": said roughly.
			if (ROUGHLY_BEFORE.test(sentence.slice(Math.max(0, m.index - 12), m.index))) continue;
			out.push({
				value: /^hel/i.test(m[1] as string) ? 1 : 0.5,
				index: m.index,
				end: m.index + m[0].length
			});
		}
		out.sort((a, b) => a.index - b.index);
	}
	// "Korttid: 2,1 dage (+0,1 ift. 1. kvt. 2018)": the change in brackets takes the unit before it,
	// as does another period's level ("(2022: 11,0)").
	if (out.length > 0 && (sentence.includes('(') || UP_DOWN_WORD.test(sentence))) {
		for (const f of [...out]) {
			const m =
				SIGNED_IN_BRACKETS_AFTER.exec(sentence.slice(f.end, f.end + 40)) ??
				LABELLED_IN_BRACKETS_AFTER.exec(sentence.slice(f.end, f.end + 48)) ??
				UP_DOWN_AFTER.exec(sentence.slice(f.end, f.end + 20));
			if (!m) continue;
			const index = f.end + m[0].length - (m[1] as string).length;
			if (!out.some((g) => g.index === index))
				out.push({
					value: parseDanishNumber(m[1] as string),
					index,
					end: index + (m[1] as string).length
				});
		}
		out.sort((a, b) => a.index - b.index);
	}
	// "… 11,6 sygedage pr. medarbejder. Året før var tallet 11,9.": a short sentence that gives
	// "the figure" again, in the unit of the one before.
	if (out.length === 0 && sentence.length < 60) {
		const again = FIGURE_AGAIN.exec(sentence);
		if (again) {
			const index = again.index + again[0].length - (again[1] as string).length;
			out.push({
				value: parseDanishNumber(again[1] as string),
				index,
				end: index + (again[1] as string).length
			});
		}
	}
	// "2,9 dage pr. ansat, mod 3,2 i samme kvartal 2021": the unit said once for both.
	const first = out[0];
	if (first && COMPARED_WITHOUT_UNIT_HINT.test(sentence)) {
		for (const m of sentence.matchAll(COMPARED_WITHOUT_UNIT)) {
			const index = (m.index ?? 0) + m[0].length - (m[1] as string).length;
			const value = parseDanishNumber(m[1] as string);
			if (index > first.index && value <= MAX_DAYS && !out.some((f) => f.index === index))
				out.push({ value, index, end: index + (m[1] as string).length });
		}
		out.sort((a, b) => a.index - b.index);
	}
	return out;
}
// "… stod for 3,4 af halvårets 6,1 dage": the whole said again.
const OF_THE =
	/(?<!\p{L})(?:(?:ud[ \t]+)?af|i)[ \t]+(?:de|halvårets|årets|kvartalets|periodens)[ \t]*$/iu;
const PART_OF_THE = /(?<![\d,])(\d{1,2},\d{1,2})[ \t]+af[ \t]+de[ \t]*$/u;
const PART_OF_THE_DAYS =
	/(?<![\d,])(\d{1,2},\d{1,2})[ \t]+af[ \t]+(?:syge|fraværs)?dagene(?!\p{L})/gu;
const MAY_HAVE_WORD_DAYS = /halv|hel[ \t]/i;
const WORD_DAYS = /(?<!\p{L})(?:en|et)[ \t]+(halvt?|hel)[ \t]+dags?(?!\p{L})/giu;
const ROUGHLY_BEFORE =
	/(?<!\p{L})(?:godt|knap|knapt|næsten|lidt[ \t]+over|lidt[ \t]+under|omkring|cirka|ca\.)[ \t]*$/iu;
/** "mellem 0,2 og 0,3 dage", "0,2-0,3 dage": a range, no figure. */
const RANGE_BEFORE = /(?:(?<!\p{L})mellem[ \t]*|\d[ \t]*[-\u2013][ \t]*)$/iu;
const FIGURE_AGAIN =
	/(?<!\p{L})(?:var|er|lå)[ \t]+(?:tallet|niveauet)(?:[ \t]+på)?[ \t]+(\d{1,2},\d{1,2})(?=[ \t]*\.?$)/iu;
const COMPARED_WITHOUT_UNIT_HINT = /(?<!\p{L})(?:mod|imod|end|tallet|niveauet)[ \t]/iu;
const COMPARED_WITHOUT_UNIT =
	/(?<!\p{L})(?:mod|imod|end|(?:tallet|niveauet)[ \t]+(?:var|er|lå[ \t]+på|ligger[ \t]+på)|(?:var|er|lå|ligger)[ \t]+(?:tallet|niveauet)(?:[ \t]+på)?)[ \t]+(?:de[ \t]+|kun[ \t]+)?(\d{1,2},\d{1,2})(?![\d,]|\.\d|[ \t]*(?:%|procent|pct|kr|mio|mia|timer|årsværk|medarbejder|personer|dage|dag|sygedag|fraværsdag)(?!\p{L}))/giu;

export interface Mention<T> {
	index: number;
	end: number;
	value: T;
}

// ("kort- og langtidsfraværet": a compound cut short names the measure too.)
const MEASURE_WORD =
	/(?<!\p{L})(?:(korttid|kortvarig\p{L}*[ \t]+(?:syge)?fravær|kortvarig|korte?[ \t]+(?:syge)?forløb|kort-(?=[ \t]+(?:og|eller)[ \t]+lang))\p{L}*|(langtid|langvarig\p{L}*[ \t]+(?:syge)?fravær|langvarig|lange?[ \t]+(?:syge)?forløb|lang-(?=[ \t]+(?:og|eller)[ \t]+kort))\p{L}*|(barn(?:s|ets|et)?[ \t]+(?:(?:1\.|første)(?:[ \t]*(?:og|-)[ \t]*(?:2\.|anden))?[ \t]+)?syg\p{L}*|børns?[ \t]+syg\p{L}*)|((?:syge)?fravær\p{L}*)|((?:under|mindre[ \t]+end|kortere[ \t]+end|op[ \t]+til)[ \t]+30[ \t]+(?:kalender)?dage)|((?:over|mere[ \t]+end|længere[ \t]+end)[ \t]+30[ \t]+(?:kalender)?dages?))/giu;
const PEOPLE_ON_SICK_LEAVE = /sygemeld/i;
const NOT_A_MEASURE = /statistik|opgørelse|politik|samtale|indsats|procent|registrering|kode/i;

/**
 * "inkl. barns sygedag", "eksklusive barns sygedage": what a total counts, not a measure of its
 * own (tested on the text just before the mention).
 */
export const COUNTING_CHILD =
	/(?<!\p{L})(?:inkl|inklusive|incl|ekskl|eksklusive|excl|uden|medregnet|fraregnet)\.?[ \t]+$/iu;
/** "ekskl. barns sygedag": a total without the child's sick days, the one the minutes compare. */
export const EXCLUDING_CHILD =
	/(?<!\p{L})(?:ekskl|eksklusive|excl|uden|fraregnet)\.?[ \t]+(?:barn|børn)/iu;
export const INCLUDING_CHILD =
	/(?<!\p{L})(?:inkl|inklusive|incl|medregnet)\.?[ \t]+(?:barn|børn)/iu;

/** Measures named in a text, in order ("korttids- og langtidsfraværet" names two). */
export const measureMentions = memoByText(readMeasureMentions);
function readMeasureMentions(text: string): Mention<Measure>[] {
	const out: Mention<Measure>[] = [];
	for (const m of text.matchAll(MEASURE_WORD)) {
		if (m[4] && NOT_A_MEASURE.test(m[0])) continue;
		// "langtidssygemeldte", "korttidssygemeldinger": people and cases, not days of absence.
		if ((m[1] || m[2]) && PEOPLE_ON_SICK_LEAVE.test(m[0])) continue;
		if (m[3] && COUNTING_CHILD.test(text.slice(Math.max(0, (m.index ?? 0) - 14), m.index)))
			continue;
		const value: Measure =
			m[1] || m[5] ? 'short_term' : m[2] || m[6] ? 'long_term' : m[3] ? 'child_sick' : 'total';
		const index = m.index ?? 0;
		out.push({ index, end: index + m[0].length, value });
	}
	return out;
}

/**
 * Albertslund's departments (afdelinger) across the reorganisations, as a pattern that allows
 * "&" or "og" and any case. Names in quotes are taken as departments too.
 */
const DEPARTMENTS = [
	'Dagtilbud',
	'Skoler (?:&|og) Uddannelse',
	'Social (?:&|og) Familie',
	'Økonomi (?:&|og) Stab',
	'Sundhed, Pleje (?:&|og) Omsorg',
	'Sundhed (?:&|og) Omsorg',
	'Pleje (?:&|og) Omsorg',
	'Drift (?:&|og) Service',
	'Miljø (?:&|og) Teknik',
	'By, Byg (?:&|og) Miljø',
	'Borgere (?:&|og) Arbejdsmarked',
	'Arbejdsmarked, Erhverv (?:&|og) Ydelser',
	'HR (?:&|og) Organisationsudvikling',
	'Organisation (?:&|og) Politik',
	'Analyse (?:&|og) Beskæftigelse',
	'Kultur, Fritid (?:&|og) Forebyggende Sundhed',
	'Kultur (?:&|og) Fritid',
	'Børn (?:&|og) Unge',
	'By (?:&|og) Miljø',
	'Social (?:&|og) Sundhed',
	'Ældre (?:&|og) Sundhed',
	'Borgerservice'
];
const DEPARTMENT = new RegExp(
	// "Dagtilbuds fravær": the genitive names the department too.
	String.raw`(?<!\p{L})(${DEPARTMENTS.map((d) => d.replace(/ /g, String.raw`[ \t]+`)).join('|')})s?(?!\p{L})`,
	'giu'
);
/** The old organisation's forvaltninger and centres: "Social- og Sundhedsforvaltningen", "Teknisk Forvaltning", "Økonomicentret", "Center for Ledelse og Personale". */
const ADMINISTRATION =
	/(?<!\p{L})(?:\p{Lu}\p{Ll}+-[ \t]+og[ \t]+\p{Lu}\p{Ll}*forvaltning(?:en)?|\p{Lu}\p{Ll}*forvaltning(?:en)?|\p{Lu}\p{Ll}+[ \t]+Forvaltning|\p{Lu}\p{Ll}+cent(?:ret|eret)|Center[ \t]+for[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+(?:og|&)[ \t]+\p{Lu}\p{Ll}+)?)(?!\p{L})/gu;
const QUOTED = /(["'])(\p{Lu}[^"'\n]{1,58})\1/gu;
// "det samlede sygefravær" is the municipality's, not "… i afdelingen" or "Afdelingens samlede …".
const MUNICIPALITY_WORDS =
	/(?<!\p{L})(?:albertslund[ \t]+kommune|hele[ \t]+kommunen|kommunen[ \t]+samlet|kommunen[ \t]+som[ \t]+helhed|(?<!(?:afdelingens|forvaltningens)[ \t])samlede[ \t]+sygefravær(?![ \t]+(?:i|for|hos)[ \t]+(?:afdelingen|forvaltningen|\p{Lu})))/giu;

/**
 * A department the list above does not know (other years' organisations): a capitalised name
 * after "i" or "hos" ("i Teknik & Miljø", "hos Børn, Unge & Familie", "i Borgerservice").
 */
const UNIT_NAME = String.raw`\p{Lu}[\p{L}-]*(?:(?:,[ \t]|[ \t](?:&|og|for)[ \t]|[ \t])\p{Lu}[\p{L}-]*){0,5}`;
const NAMED_UNIT = new RegExp(
	String.raw`(?<![\p{L}\d])(?:[Ii]|[Hh]os)[ \t](${UNIT_NAME})(?![\p{L}\d])`,
	'gu'
);
/**
 * "Teknik & Miljø", "Børn, Unge & Familie": capitalised words joined by an ampersand name a
 * department in these minutes wherever they stand.
 */
const AMPERSAND_UNIT =
	/(?<![\p{L}\d])(\p{Lu}[\p{L}-]*(?:,[ \t]\p{Lu}[\p{L}-]*){0,3}[ \t]&[ \t]\p{Lu}[\p{L}-]*)(?![\p{L}\d])/gu;
const JOINED_UNIT = new RegExp(
	String.raw`^[ \t]+(?:og|samt)[ \t]+(${UNIT_NAME})(?![\p{L}\d])`,
	'u'
);
/** "Borgerservice (7,7 dage)": a capitalised name with its days in brackets after it. */
const NAME_BEFORE_DAYS =
	/(?<![\p{L}\d-])(\p{Lu}[\p{L}-]{2,40})[ \t]*\((?=\d{1,2}(?:,\d)?[ \t]+dag)/gu;
const NOT_A_UNIT_NOUN =
	/(?:dag|dage|dagene|fravær\p{L}*|tal|tallet|gennemsnit\p{L}*|niveau\p{L}*|år|året)$/iu;
/** Capitalised names after "i" that are not a department: the municipality, forums, papers. */
const NOT_A_UNIT =
	/^(?:Albertslund|Kommune|Kommunen|Chefforum|Direktion|Direktørforum|Danmark|KL|KRL|Bilag|Økonomiudvalg|Kommunalbestyrelse|MED|HovedMED|Region|Sagsfremstilling|Indstilling|Tværgående|Teams)(?:s|en|et)?(?!\p{Ll})/u;

/** The last department a text names. */
export function departmentIn(text: string): string | null {
	return subjectDepartments(text).pop()?.value ?? null;
}

/**
 * The departments a text speaks of: not the municipality, and not the agent of a passive ("… er
 * stigende og følges tæt af HR & Organisationsudvikling").
 */
export function subjectDepartments(text: string): Mention<string>[] {
	return scopeMentions(text).filter(
		(m) =>
			m.value !== MUNICIPALITY &&
			!PASSIVE_AGENT_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))
	);
}
const PASSIVE_AGENT_BEFORE = /(?<!\p{L})\p{L}{2,}e[st](?:[ \t]+\p{L}+)?[ \t]+af[ \t]+$/u;

/**
 * Words that point back to the department just named: "…, som i afdelingen udgør", "Barns første
 * sygedag fylder mest her med 0,5 dage" (not "her i kommunen").
 */
export const THE_DEPARTMENT =
	/(?<!\p{L})(?:afdelingens?|forvaltningens?|her(?![ \t]+(?:i|på)[ \t]+(?:kommunen|huset|rådhuset|organisationen)))(?!\p{L})/iu;

/** An area inside a department: "Område Nord", "Distrikt 2". */
const SUB_AREA = /(?<!\p{L})(?:Område|Distrikt)[ \t]+(?:\p{Lu}[\p{L}-]*|\d{1,2})(?![\p{L}\d])/gu;
/** Between a department and its area: "Pleje & Omsorg, Område Nord", "Dagtilbud Område Syd". */
const AREA_AFTER_DEPARTMENT = /^,?[ \t]+$/;
/** "Område Syd i Dagtilbud": the department after its area. */
const AREA_IN_DEPARTMENT = /^[ \t]+(?:i|under)[ \t]+/u;
/** "Område Nord" said alone: an area whose department the text named before. */
export const BARE_AREA = /^(?:Område|Distrikt) /u;

/** The department part of a scope ("Pleje & Omsorg, Område Nord" → "Pleje & Omsorg"). */
export function departmentOfScope(scope: string): string | null {
	if (BARE_AREA.test(scope)) return null;
	const at = scope.search(/, (?:Område|Distrikt) /u);
	return at < 0 ? scope : scope.slice(0, at);
}

/** A department's name in its own case: "SOCIAL & FAMILIE" (a label in capitals) is "Social & Familie". */
function asNamed(name: string): string {
	if (name !== name.toUpperCase()) return name;
	return name
		.split(' ')
		.map((w) => (w === 'OG' ? 'og' : w.charAt(0) + w.slice(1).toLowerCase()))
		.join(' ');
}

/** Scopes named in a text: a department (as written) or the municipality. */
export const scopeMentions = memoByText(readScopeMentions);
function readScopeMentions(text: string): Mention<string>[] {
	const out: Mention<string>[] = [];
	const taken: [number, number][] = [];
	const free = (index: number, end: number): boolean =>
		!taken.some(([s, e]) => index < e && end > s);
	for (const m of text.matchAll(QUOTED)) {
		const index = m.index ?? 0;
		out.push({ index, end: index + m[0].length, value: (m[2] as string).trim() });
		taken.push([index, index + m[0].length]);
	}
	for (const m of text.matchAll(DEPARTMENT)) {
		const index = m.index ?? 0;
		if (taken.some(([s, e]) => index >= s && index < e)) continue;
		// "i de kommunale dagtilbud": the institutions, not the department, which is capitalised.
		const c = text.charCodeAt(index);
		if (c >= 0x61 && c <= 0x7a) continue;
		out.push({
			index,
			end: index + m[0].length,
			value: asNamed((m[1] as string).replace(/[ \t]+/g, ' '))
		});
		taken.push([index, index + m[0].length]);
	}
	// "Pleje & Omsorg, Område Nord", "Område Syd i Dagtilbud": an area inside a department is a
	// scope of its own, named with its department; a bare "Område Syd" takes the department named
	// before it (see withAreaDepartments).
	if (text.includes('Område') || text.includes('Distrikt'))
		for (const m of text.matchAll(SUB_AREA)) {
			const area = m[0].replace(/[ \t]+/g, ' ');
			const index = m.index;
			const end = index + m[0].length;
			const dept = out.findIndex(
				(o) => o.value !== MUNICIPALITY && AREA_AFTER_DEPARTMENT.test(text.slice(o.end, index))
			);
			const after = dept < 0 ? AREA_IN_DEPARTMENT.exec(text.slice(end, end + 60)) : null;
			const inDept = after
				? out.findIndex((o) => o.index === end + after[0].length && o.value !== MUNICIPALITY)
				: -1;
			if (dept >= 0) {
				const d = out[dept] as Mention<string>;
				out[dept] = { index: d.index, end, value: `${d.value}, ${area}` };
				taken.push([d.index, end]);
			} else if (inDept >= 0) {
				const d = out[inDept] as Mention<string>;
				out[inDept] = { index, end: d.end, value: `${d.value}, ${area}` };
				taken.push([index, d.end]);
			} else if (free(index, end)) {
				out.push({ index, end, value: area });
				taken.push([index, end]);
			}
		}
	// The old organisation's forvaltninger and centres ("Økonomicentret").
	if (
		text.includes('forvaltning') ||
		text.includes('centret') ||
		text.includes('centeret') ||
		text.includes('Center for')
	)
		for (const m of text.matchAll(ADMINISTRATION)) {
			const index = m.index ?? 0;
			if (!free(index, index + m[0].length)) continue;
			out.push({ index, end: index + m[0].length, value: m[0].replace(/[ \t]+/g, ' ') });
			taken.push([index, index + m[0].length]);
		}
	for (const m of text.matchAll(MUNICIPALITY_WORDS)) {
		const index = m.index ?? 0;
		out.push({ index, end: index + m[0].length, value: MUNICIPALITY });
		taken.push([index, index + m[0].length]);
	}
	if (text.includes('&'))
		for (const m of text.matchAll(AMPERSAND_UNIT)) {
			const index = m.index ?? 0;
			const end = index + m[0].length;
			const words = (m[1] as string).split(/[ \t,&]+/);
			if (words.some((w) => NOT_A_UNIT.test(w))) continue;
			// "Kultur, Fritid & Borgerservice": a known department as the last part of a longer name.
			const inside = out.findIndex((o) => o.index > index && o.end === end);
			if (inside >= 0 && out.filter((o) => o.index >= index && o.end <= end).length === 1) {
				out.splice(inside, 1);
				taken.splice(
					taken.findIndex(([a, b]) => a > index && b === end),
					1
				);
			}
			if (!free(index, end)) continue;
			out.push({ index, end: index + m[0].length, value: m[1] as string });
			taken.push([index, index + m[0].length]);
		}
	if (/(?:^|[ \t])(?:[Ii]|[Hh]os)[ \t]\p{Lu}/u.test(text))
		for (const m of text.matchAll(NAMED_UNIT)) {
			const name = m[1] as string;
			const index = (m.index ?? 0) + m[0].length - name.length;
			if (NOT_A_UNIT.test(name) || !free(index, index + name.length)) continue;
			out.push({ index, end: index + name.length, value: name });
			taken.push([index, index + name.length]);
		}
	if (text.includes(' dag') && text.includes('('))
		for (const m of text.matchAll(NAME_BEFORE_DAYS)) {
			const name = m[1] as string;
			// "Kursusdage (1,5 dage)", "Fraværet (…)": a kind of days, not a unit.
			if (NOT_A_UNIT.test(name) || NOT_A_UNIT_NOUN.test(name)) continue;
			if (!free(m.index, m.index + name.length)) continue;
			out.push({ index: m.index, end: m.index + name.length, value: name });
			taken.push([m.index, m.index + name.length]);
		}
	// "By & Miljø og Borgerservice har …": a unit the list does not know, joined to one it does.
	if (out.length > 0 && (text.includes(' og ') || text.includes(' samt ')))
		for (const m of [...out]) {
			if (m.value === MUNICIPALITY) continue;
			const joined = JOINED_UNIT.exec(text.slice(m.end, m.end + 60));
			if (!joined) continue;
			const name = joined[1] as string;
			const index = m.end + joined[0].length - name.length;
			if (NOT_A_UNIT.test(name) || !free(index, index + name.length)) continue;
			out.push({ index, end: index + name.length, value: name });
			taken.push([index, index + name.length]);
		}
	// "Mette Vestergaard fra HR & Organisationsudvikling supplerede …": where a speaker works.
	// "Dagtilbud har sammen med HR & Organisationsudvikling besluttet …": a partner, not the subject.
	const own =
		(text.includes(' fra ') || text.includes('sammen med')) && out.length > 0
			? out.filter((m) => !SPEAKER_FROM.test(text.slice(Math.max(0, m.index - 40), m.index)))
			: out;
	return own.sort((a, b) => a.index - b.index);
}
/** A person (a name, or a title like "konsulent") and "fra" just before a department. */
const SPEAKER_FROM =
	/(?:(?:\p{Lu}\p{Ll}+[ \t]+\p{Lu}\p{Ll}+|chef(?:en)?|konsulent(?:en)?|direktør(?:en)?|partner(?:en)?|medarbejder(?:en)?)[ \t]+fra|sammen[ \t]+med)[ \t]+$/u;

/**
 * Absence that is not sickness: barsel, omsorgsdage, ferie, afspadsering, orlov, arbejdsskader,
 * and the covid-related absence of 2020–22, registered under its own code ("det
 * covid-relaterede fravær", "coronafraværet"; a bare "før corona" dates, it names no absence).
 */
export const OTHER_ABSENCE =
	/(?<!\p{L})(?:barsel\p{L}*|omsorgs\p{L}*|ferie\p{L}*|afspadsering\p{L}*|orlov\p{L}*|tjenestefri\p{L}*|arbejdsskade\p{L}*|graviditets\p{L}*|(?:covid|corona)(?:-?19)?-?(?:relatere|fravær)\p{L}*)/giu;

/** Sentences about other municipalities or the country: their figures are not ours. */
export const OTHER_POPULATION =
	/landsgennemsnit|landsplan|hele[ \t]+landet|landets[ \t]+kommuner|øvrige[ \t]+kommuner|andre[ \t]+kommuner|sammenlignelige[ \t]+kommuner|nabokommune|(?<!\p{L})kommunerne(?!\p{L})|region[ \t]+hovedstaden|regionsgennemsnit|(?<!\p{L})regionen|(?<!\p{L})KL(?!\p{L})|(?<!\p{L})KRL(?!\p{L})|danmarks[ \t]+statistik/iu;

/** The words for a goal: "mål", "målet", "delmål", "målsætningen", "måltallet", "målsat". */
export const TARGET = String.raw`(?:del)?mål(?:et|ene|s|sætning\p{L}*|tal\p{L}*|sat)?`;
export const TARGET_WORD = new RegExp(String.raw`(?<!\p{L})${TARGET}(?!\p{L})`, 'iu');
/** "Chefforum vedtog i januar følgende måltal for hele 2024 …:" over a bullet per department. */
export function introducesGoals(text: string): boolean {
	return text.endsWith(':') && TARGET_WORD.test(text);
}

/**
 * Goals, plans and conditions: not statements of what the absence was. "reducere(s)" is a plan,
 * "reduceret" a fact ("Fraværet er dermed reduceret med 0,5 dage").
 */
export const GOAL_WORDS = new RegExp(
	String.raw`(?<!\p{L})(?:${TARGET}|hvis|forvent\p{L}*|skal(?![ \t]+(?:ses|forstås|bemærkes|nævnes|læses))|må|bør|ønske\p{L}*|nedbring\p{L}*|reducere(?:s|nde)?)(?!\p{L})`,
	'iu'
);

export type Direction = 'up' | 'down' | 'flat';

// "op 0,2 til 7,7 dage", "ned 0,4": terse notes.
const UP_WORDS = String.raw`(?<=(?:pct\.?|procent|%)[ \t])(?:mere|flere|højere)(?=[ \t]+end)|op(?=[ \t]+\d)|stigning\p{L}*|overstiger|steget|steg|stiger|stigende|øget|øgning|forøge\p{L}*|vokset|voksede|vokser|forværring|(?:gået|gik)[ \t]+(?:(?:lidt|en[ \t]+smule|en[ \t]+anelse)[ \t]+)?op`;
const DOWN_WORDS = String.raw`(?<=(?:pct\.?|procent|%)[ \t])(?:mindre|færre|lavere)(?=[ \t]+end)|ned(?=[ \t]+\d)|fald|faldet|faldt|falder|faldende|nedgang(?:en)?|tilbagegang(?:en)?|reduktion(?:en)?|reduceret|mindsket|forbedring|nedbragt|(?:gået|gik)[ \t]+(?:(?:(?:lidt|en[ \t]+smule|en[ \t]+anelse)[ \t]+)?ned|(?:en[ \t]+anelse[ \t]+|lidt[ \t]+)?tilbage)`;
const FLAT_WORDS = String.raw`uændret|uforandret|samme[ \t]+niveau|på[ \t]+niveau[ \t]+med|svarer[ \t]+til[ \t]+niveauet|identisk[ \t]+med|ikke[ \t]+(?:flyttet|ændret)[ \t]+sig|ligger,?[ \t]+(?:der,?[ \t]+)?hvor[ \t]+(?:det|den|de)[ \t]+lå|status[ \t]+quo|stabil[te]?|holdt[ \t]+sig|holder[ \t]+sig|det[ \t]+samme[ \t]+(?:(?:syge)?fravær[ \t]+)?som|samme[ \t]+som[ \t]+(?:i|sidste|året)|(?:præcis|nøjagtig)[ \t]+(?:som|det[ \t]+samme[ \t]+som|samme[ \t]+som)|(?:(?:præcis|nøjagtig)[ \t]+)?samme[ \t]+(?:syge)?fravær[ \t]+som`;
/** One pass for all three directions: the group that matched gives the direction. */
const CHANGE_WORD = new RegExp(
	String.raw`(?<!\p{L})(?:(${UP_WORDS})|(${DOWN_WORDS})|${FLAT_WORDS})(?!\p{L})`,
	'giu'
);
/** "… på 6,3 dage er på niveau med sidste år", "0,5 dage, ligesom i 1. halvår 2013": no change,
 * said after the figure (tested on the text between the figure and the next one). */
export const FLAT_AFTER = new RegExp(
	String.raw`(?<!\p{L})(?:${FLAT_WORDS}|ligesom[ \t]+(?:i|for|sidste|året))(?!\p{L})`,
	'iu'
);

/** Change words of a text with their direction, in order. */
export function changeWords(text: string): Mention<Direction>[] {
	const out: Mention<Direction>[] = [];
	for (const m of text.matchAll(CHANGE_WORD)) {
		const index = m.index ?? 0;
		out.push({ index, end: index + m[0].length, value: m[1] ? 'up' : m[2] ? 'down' : 'flat' });
	}
	return out;
}

/** A comparative right after a figure: "0,3 dage lavere end …". */
export const COMPARATIVE_AFTER =
	/^[ \t]*(?:i[ \t]+gennemsnit[ \t]*)?(?:pr\.?[ \t]+medarbejder[ \t]*)?(højere|mere|flere|over|lavere|mindre|færre|under)(?!\p{L})/iu;

/** "ligger over/under …": the sign of a later "forskellen er …". */
export const ABOVE = /ligger[ \t]+(?:\p{L}+[ \t]+)?over|højere[ \t]+end|over[ \t]+niveauet/iu;
export const BELOW = /ligger[ \t]+(?:\p{L}+[ \t]+)?under|lavere[ \t]+end|under[ \t]+niveauet/iu;

/** Clauses are cut at ", og", ", men", ", mens", ", hvilket" and ";". */
// "… 5,3 dage og dermed lavere end landsgennemsnittet": what follows "og dermed" is a clause of its own.
export const CLAUSE_CUT =
	/,[ \t]+(?:og|men|mens|hvilket|ligesom|som)[ \t]|;|[ \t]og[ \t]+(?:(?:har|er)[ \t]+)?(?:dermed|altså|således)[ \t]/g;

/** [start, end) of the clause of a sentence that holds position `at`. */
export function clauseAround(text: string, at: number): [number, number] {
	let start = 0;
	for (const m of text.matchAll(CLAUSE_CUT)) {
		const cut = m.index ?? 0;
		if (cut > at) return [start, cut];
		start = cut;
	}
	return [start, text.length];
}

/**
 * The department an item is about ("Handleplan for nedbringelse af sygefraværet i Pleje &
 * Omsorg"), not the one it comes from ("Orientering fra HR & Organisationsudvikling"), or null.
 */
function itemScope(title: string): string | null {
	const named = [
		...new Set(
			scopeMentions(title)
				.filter((m) => ABOUT_BEFORE.test(title.slice(Math.max(0, m.index - 6), m.index)))
				.map((m) => m.value)
		)
	];
	return named.length === 1 && named[0] !== MUNICIPALITY ? (named[0] as string) : null;
}
const ABOUT_BEFORE = /(?<!\p{L})(?:i|for|hos)[ \t]+$/iu;

/**
 * In an item about one department (see itemScope), the rows whose sentence names no scope at all
 * ("I årets første ni måneder er fraværet 13,6 dage") are that department's.
 */
export function withItemScope<T extends { scope: string | null }>(
	rows: T[],
	title: string,
	sentenceOf: (row: T) => string
): T[] {
	const scope = itemScope(title);
	if (!scope) return rows;
	return rows.map((r) =>
		r.scope === MUNICIPALITY && scopeMentions(sentenceOf(r)).length === 0 ? { ...r, scope } : r
	);
}

/** "Både korttidsfraværet … og langtidsfraværet …": a sentence that opens with "både". */
export const BOTH_START = /^både(?!\p{L})/iu;

/** A short line without a sentence's last mark: a subheading. */
export function isHeadingLine(text: string, longest = 60): boolean {
	return text.length <= longest && !/[.:!?,;]$/.test(text);
}

/** A heading's words without the Markdown marks around them ("### **Hele 2021**"). */
export function bareHeading(text: string): string {
	let bare = text.replace(/^[#*\s]+/, '');
	while (bare.endsWith('*') || bare.endsWith(' ')) bare = bare.slice(0, -1);
	return bare;
}

/** A line that is only a department ("Dagtilbud", "**Pleje & Omsorg:**"), or null. */
export function scopeHeading(text: string): string | null {
	if (text.length > 60) return null;
	const bare = bareHeading(text)
		.replace(/^[-•*·▪◦o][ \t]+/, '')
		.replace(/:$/, '');
	const found = scopeMentions(bare);
	const only = found.length === 1 ? found[0] : undefined;
	return only && only.value !== MUNICIPALITY && only.index === 0 && only.end === bare.length
		? only.value
		: null;
}
