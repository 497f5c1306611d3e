/** Danish vocabulary shared by every extractor: month names, ordinals, number words, colours. */

import type { Colour } from './schema';

/** Month names and their common abbreviations, lower-case, to month number 1–12. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
	['januar', 1],
	['jan', 1],
	['februar', 2],
	['feb', 2],
	['marts', 3],
	['mar', 3],
	['april', 4],
	['apr', 4],
	['maj', 5],
	['juni', 6],
	['jun', 6],
	['juli', 7],
	['jul', 7],
	['august', 8],
	['aug', 8],
	['september', 9],
	['sept', 9],
	['sep', 9],
	['oktober', 10],
	['okt', 10],
	['november', 11],
	['nov', 11],
	['december', 12],
	['dec', 12]
]);

/** Full month names in calendar order (index 0 = januar), for labels. */
export const MONTH_NAMES = [
	'januar',
	'februar',
	'marts',
	'april',
	'maj',
	'juni',
	'juli',
	'august',
	'september',
	'oktober',
	'november',
	'december'
] as const;

/** Weekday names in Date.getDay() order (index 0 = søndag). */
export const WEEKDAY_NAMES = [
	'søndag',
	'mandag',
	'tirsdag',
	'onsdag',
	'torsdag',
	'fredag',
	'lørdag'
] as const;

/** A regex alternation of every month name and abbreviation, longest first. */
export const MONTH_PATTERN = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');

/** A regex alternation of the weekday names. */
export const WEEKDAY_PATTERN = WEEKDAY_NAMES.join('|');

/** Ordinal words (første … fjerde) and their numbers. */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
	['første', 1],
	['anden', 2],
	['andet', 2],
	['tredje', 3],
	['fjerde', 4],
	['femte', 5],
	['sjette', 6]
]);

/** Cardinal number words used in counts ("to gange årligt", "de tre første kvartaler"). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
	['en', 1],
	['et', 1],
	['én', 1],
	['ét', 1],
	['to', 2],
	['tre', 3],
	['fire', 4],
	['fem', 5],
	['seks', 6],
	['syv', 7],
	['otte', 8],
	['ni', 9],
	['ti', 10],
	['tolv', 12]
]);

/** A number written as digits, an ordinal ("3.") or a word ("tre", "tredje"). */
export function numberFromWord(word: string): number | null {
	const w = word.toLowerCase().replace(/\.$/, '');
	if (/^\d+$/.test(w)) return Number(w);
	return NUMBER_WORDS.get(w) ?? ORDINALS.get(w) ?? null;
}

/**
 * Traffic-light colour words with their inflections (grøn, grønt, grønne …). The one place
 * that maps Danish colour words to the contract's vocabulary.
 */
export const COLOUR_WORDS: ReadonlyMap<string, Colour> = new Map([
	['grøn', 'green'],
	['grønt', 'green'],
	['grønne', 'green'],
	['gul', 'yellow'],
	['gult', 'yellow'],
	['gule', 'yellow'],
	['rød', 'red'],
	['rødt', 'red'],
	['røde', 'red']
]);

export const COLOUR_PATTERN = [...COLOUR_WORDS.keys()]
	.sort((a, b) => b.length - a.length)
	.join('|');

export function colourFromWord(word: string): Colour | null {
	return COLOUR_WORDS.get(word.toLowerCase()) ?? null;
}

/** Danish decimal ("6,5") or plain ("7") number to a JS number. */
export function parseDanishNumber(text: string): number {
	return Number(text.replace(',', '.'));
}

/** Round to two decimals, so arithmetic on stated figures gives 7.2 and not 7.199999. */
export function round2(n: number): number {
	return Math.round(n * 100) / 100;
}

/** ISO date from parts; null when the parts are not a real calendar date. */
export function isoDate(year: number, month: number, day: number): string | null {
	if (month < 1 || month > 12 || day < 1) return null;
	const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
	if (day > last || year < 1900 || year > 2200) return null;
	return `${year}-${pad2(month)}-${pad2(day)}`;
}

export function isoMonth(year: number, month: number): string {
	return `${year}-${pad2(month)}`;
}

export function pad2(n: number): string {
	return String(n).padStart(2, '0');
}

/** Last day of a month, as an ISO date. */
export function monthEnd(year: number, month: number): string {
	const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return `${year}-${pad2(month)}-${pad2(last)}`;
}

/**
 * Words that may name a budget-agreement line before its number: "Initiativ 3.3 …",
 * "Linje 2.1 …", "Pkt. 4.2 …", "Initiativ nr. 1.4 …" (a regex source; each word capitalised or not).
 */
export const LINE_WORD_PATTERN = String.raw`(?:(?:[Ii]nitiativ(?:et)?|[Ii]ndsats(?:en)?|[Ll]inje|[Aa]ftalepunkt)(?:[ \t]+nr\.)?|[Pp]unkt|[Pp]kt\.?|[Nn]r\.|[Vv]edr\.|[Vv]edrørende|[Aa]d(?:[ \t]+pkt\.)?)`;
/**
 * The words that may name a line numbered straight through ("Linje 12", "Initiativ 13a"): no
 * "Punkt", which numbers agenda items too.
 */
export const NUMBERED_LINE_WORD_PATTERN = String.raw`(?:[Ll]inje|[Ii]nitiativ|[Ii]ndsats)`;

/**
 * What may lead a bare decision without changing it: "I øvrigt godkendt", "Herefter godkendt".
 * A pattern fragment for the start of a decision sentence.
 */
export const DECISION_LEAD = String.raw`(?:(?:i[ \t]+øvrigt|herefter|hermed|derudover|ellers|endvidere|og|dernæst)[ \t]*,?[ \t]+)?`;

/** Last year, as the minutes say it: "sidste år", "forrige år", "året før", "i fjor". */
export const LAST_YEAR_WORDS = String.raw`(?:(?:sidste|forrige)[ \t]+år|året[ \t]+før|i[ \t]+fjor)`;

/** Approving a proposal, as a participle ("Godkendt.", "Tiltrådt.") and in the past tense. */
export const APPROVED = String.raw`(?:godkendt|tiltrådt)`;
export const APPROVES = String.raw`(?:godkendte|tiltrådte)`;
/**
 * Following the Indstilling as it stands, at the start of a decision: "Indstillingen blev
 * godkendt", "Chefforum tiltrådte indstillingen", "Chefforum fulgte sekretariatets anbefalinger",
 * "Besluttet som indstillet". A pattern fragment.
 */
export const FOLLOWS_PROPOSAL = String.raw`(?:indstillingen[ \t]+(?:blev[ \t]+|er[ \t]+)?(?:${APPROVED}|fulgt)|chefforum[ \t]+(?:(?:${APPROVES}|fulgte)[ \t]+(?:indstillingen|(?:\p{L}+[ \t]+)?anbefaling(?:en|er|erne)?)|besluttede[ \t]+som[ \t]+indstillet)|(?:besluttet|vedtaget)[ \t]+som[ \t]+indstillet)`;

/**
 * Words a sentence cannot end on ("… fordelt på", "Barns 1. og"): a line or page that ends on
 * one goes on below (a regex source; match case-insensitively).
 */
export const MID_SENTENCE_WORD_PATTERN =
	'og|eller|samt|i|til|fra|med|end|af|på|mod|for|om|ved|hver|den|det|de|barns';
