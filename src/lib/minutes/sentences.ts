/**
 * Sentences of a span of the working text. A line wrapped inside a paragraph continues its
 * sentence; a bullet or numbered line starts a new one; a blank line ends a paragraph.
 */

import {
	COLOUR_PATTERN,
	LINE_WORD_PATTERN,
	MID_SENTENCE_WORD_PATTERN,
	NUMBERED_LINE_WORD_PATTERN,
	MONTH_PATTERN,
	WEEKDAY_PATTERN
} from './danish';
import { COLUMN_GAP_SPACES } from './column-gaps';

export interface Sentence {
	/** Working-text offsets. */
	start: number;
	end: number;
	/** The sentence with line breaks made spaces (same length, so offsets still hold). */
	text: string;
	/** True when the sentence is a bullet or numbered list line. */
	bullet: boolean;
}

const BULLET = /^[ \t]*(?:[-*•·▪◦]|\d{1,2}\.\d{1,2}[.)]?|\d{1,2}[.)]|[a-z]\))[ \t]/;
/**
 * "1. halvår", "3. kvartal", "1. januar" at the start of a line inside a paragraph is a
 * sentence the PDF reader wrapped, not a numbered list item.
 */
const ORDINAL_CONTINUES = new RegExp(
	String.raw`^[ \t]*\d{1,2}\.[ \t]+(?:(?:og|-)[ \t]*\d{1,2}\.[ \t]+)?(?:(?:halvår|kvartal)\p{L}*|kv\.|kvt|kvrt|sygedag\p{L}*|uge|måned|gang|${MONTH_PATTERN})(?!\p{L})`,
	'iu'
);
/**
 * A line ending in a word that cannot end a sentence ("Barns 1. og", "… Linje" before "3.2
 * forbliver gul") is continued below.
 */
const ENDS_MID_SENTENCE = new RegExp(
	String.raw`(?:^|[ \t\n])(?:${MID_SENTENCE_WORD_PATTERN}|linje|linjerne|initiativ|initiativerne|&)[ \t]*\n$`,
	'i'
);
/** A row of a tidsplan written without a mark: "Onsdag 2. november: …", "Januar 2017: …", "I februar - …". */
const DATE_ROW = new RegExp(
	String.raw`^[ \t]*(?:(?:${WEEKDAY_PATTERN})[ \t]+(?:d\.[ \t]*|den[ \t]+)?\d{1,2}\.[ \t]*(?:${MONTH_PATTERN})|(?:(?:i|primo|medio|ultimo)[ \t]+)?(?:${MONTH_PATTERN})(?:[ \t]+(?:19|20)\d\d)?)(?:[ \t]*:|[ \t]+-[ \t])`,
	'iu'
);
/** The longest line before a date alone on its line, for the date to be a tidsplan row. */
const DATE_ROW_CELL = 64;
const DATE_ALONE = new RegExp(
	String.raw`^(?:\d{1,2}\.[ \t]*)?(?:${MONTH_PATTERN})(?:[ \t]+(?:19|20)\d\d)?[ \t]*$`,
	'iu'
);
/** A tidsplan row dated in figures: "2024-11-20: …", "15.10.24: …", "d. 3/12: …". */
const NUMERIC_DATE_ROW =
	/^(?:\d{4}-\d{2}-\d{2}|(?:d\.[ \t]*)?\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\.?)[ \t]*:/;
/** A line that names a budget line first ("Initiativ 3.3 Digital post - grøn", "Linje 13a – …") is a list item. */
const NAMED_LINE = new RegExp(
	String.raw`^[ \t]*(?:${LINE_WORD_PATTERN}[ \t]+\d{1,2}\.\d{1,2}(?![\d,])|${NUMBERED_LINE_WORD_PATTERN}[ \t]+\d{1,2}[a-z]?[ \t]+[-\u2013:])`
);
/**
 * "Grønne initiativer: …", "Udgået: 2.3", "Pleje & Omsorg: 9,6 dage": a line that starts with a
 * short label and a colon.
 */
const LABEL_LINE = /^[ \t]*\p{Lu}\p{L}*(?:[ \t]+(?:\p{L}+|&)){0,3}:[ \t]*\S/u;
const LABELLED_FIGURE_END = /:[ \t]*\d{1,3}(?:,\d{1,2})?(?:[ \t]+dage?)?[ \t]*\n$/;
/** A line shorter than this was not wrapped by the page width (a PDF reader's lines run 60–100). */
const SHORT_LINE = 45;
const BULLET_GLYPH = /[-*•·]/;
const LETTERED_ITEM = /^[a-z]\)[ \t]/;
const LIST_TAB = /^(?:[-*•·▪◦§]|\d{1,2}[.)]|[a-z]\))\t/;
const RULE = /^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$/;
const HEADING = /^[ \t]*#/;

// Words that end with a full stop without ending a sentence.
const ABBREVIATIONS = new Set(
	'pr ca bl fx f eks jf d kl nr maks max gns gnsn mio mill mia kr inkl ekskl evt ift dvs mht vedr ang hhv kv kvt kvrt jan feb mar apr jun jul aug sep sept okt nov dec tlf st gl ff s m.fl mfl osv etc ph cand stk bl.a f.eks m.v m.m o.l p.t d.d pga iflg jvf'.split(
		' '
	)
);

/**
 * Split [start, end) of the text into sentences, each tagged with `section` (the caller's label
 * for where the span sits), appended to `out`.
 */
export function sentencesIn<S>(
	text: string,
	start: number,
	end: number,
	section: S,
	out: (Sentence & { section: S })[] = []
): (Sentence & { section: S })[] {
	// The paragraph, bullet or table row being read: [start, end) of the text.
	const unit: Unit = { start: -1, end: -1, bullet: false, row: false };
	let unitWordItem = false;
	let unitDateAlone = false;
	const marks = new SpanMarks(text, start, end);
	let previousTab = false;
	let previousGap = false;
	let inSpacedRow = false;
	let rowLead = 0;
	let pos = start;
	let previousLineStart = start;
	while (pos < end) {
		let nl = text.indexOf('\n', pos);
		if (nl === -1 || nl > end) nl = end;
		// Only a line that starts with a mark can be a rule, a heading or a bullet: test the
		// first visible character before any pattern.
		let first = pos;
		while (first < nl && (text[first] === ' ' || text[first] === '\t')) first++;
		const ch = text[first];
		// A table row ("15. januar<TAB>Temaer drøftes", "| 2.1 | Ny skole |") is a sentence of its
		// own: a line with a tab next to another such line, or a line between pipes.
		// "•<TAB>…", "1.<TAB>at …": a list as Word saves it as text, not a table row.
		const tab = marks.tabIn(first, nl) && !LIST_TAB.test(text.slice(first, first + 4));
		let nextEnd = nl < end ? text.indexOf('\n', nl + 1) : -1;
		if (nextEnd === -1 || nextEnd > end) nextEnd = end;
		const nextTab =
			nl < end &&
			marks.tabIn(nl + 1, nextEnd) &&
			!LIST_TAB.test(
				text
					.slice(nl + 1, nl + 9)
					.trimStart()
					.slice(0, 4)
			);
		const row = ch === '|' || (tab && (previousTab || nextTab));
		previousTab = tab;
		// "1   15. januar 2025   Opstart af temaprocessen": columns laid out with spaces, on this
		// line and the one next to it.
		const gap = !row && marks.gapIn(first, nl);
		// A cell wrapped onto a line indented past the row's first cell goes on with the row.
		// (A centred page number under the table is not.)
		const continuesRow: boolean =
			inSpacedRow &&
			first < nl &&
			first - pos > rowLead + 2 &&
			!/^\d+\s*$/.test(text.slice(first, nl));
		const spacedRow: boolean =
			!continuesRow && gap && (previousGap || (nl < end && marks.gapIn(nl + 1, nextEnd)));
		previousGap = gap;
		if (!spacedRow && !continuesRow && inSpacedRow) flushUnit(text, unit, section, out);
		if (spacedRow) rowLead = first - pos;
		inSpacedRow = spacedRow || continuesRow;
		const named =
			ch !== undefined &&
			LINE_WORD_INITIALS.includes(ch) &&
			NAMED_LINE.test(text.slice(pos, Math.min(nl, pos + 40)));
		// "a) 1.2 Ny ungdomsklub …": a lettered list item starts with a letter.
		const marked =
			first < nl &&
			(named || !isLetterOrParen(ch as string) || LETTERED_ITEM.test(text.slice(first, first + 3)));
		const line = marked ? text.slice(pos, nl) : '';
		// A wrapped ordinal continues the paragraph when the line before ended mid-sentence and
		// was not itself a list item.
		const continues: boolean =
			marked &&
			unit.start >= 0 &&
			!unit.bullet &&
			!/[.:;!?]\s*$/.test(text.slice(Math.max(unit.start, pos - 4), pos)) &&
			(named ||
				ORDINAL_CONTINUES.test(line) ||
				ENDS_MID_SENTENCE.test(text.slice(Math.max(unit.start, pos - 10), pos)));
		// A tidsplan row that starts with a weekday or month name: only tested on lines with a
		// colon or a dash near their start.
		const dateRow =
			!marked &&
			first < nl &&
			hasColonOrDash(text, first, Math.min(nl, first + 36)) &&
			DATE_ROW.test(text.slice(first, Math.min(nl, first + 36)));
		// "12. februar 2014" or "Juni 2014" alone on a line: a row of a tidsplan whose layout
		// pdftotext lost, its activity on the line below. Not a date wrapped from the line before
		// ("… forlænges til 31." / "marts 2016"): that line is as short as a cell and ends no day.
		const dateAlone =
			first < nl &&
			nl - first <= 24 &&
			pos - previousLineStart <= DATE_ROW_CELL &&
			!/\d\.?[ \t]*\n$/.test(text.slice(Math.max(0, pos - 4), pos)) &&
			DATE_ALONE.test(text.slice(first, nl));
		const bullet: boolean =
			dateRow ||
			dateAlone ||
			(first < nl && NUMERIC_DATE_ROW.test(text.slice(first, Math.min(nl, first + 16)))) ||
			(marked && !continues && (named || BULLET.test(line)));
		if (first === nl || (marked && RULE.test(line))) {
			flushUnit(text, unit, section, out);
		} else if (continuesRow) {
			unit.end = nl;
		} else if (spacedRow) {
			flushUnit(text, unit, section, out);
			unit.start = pos;
			unit.end = nl;
			unit.bullet = false;
			unit.row = true;
		} else if ((marked && HEADING.test(line)) || row) {
			flushUnit(text, unit, section, out);
			splitUnit(text, pos, nl, false, section, out);
		} else if (unitDateAlone && !bullet && !marked) {
			// The activity under a date alone on its line.
			unit.end = nl;
			unitDateAlone = false;
		} else if (
			bullet ||
			unit.start < 0 ||
			// A Word list item saved as text ("•<TAB>…") is a paragraph: it ends with its line.
			unitWordItem ||
			// "Grønne initiativer: 1.1, 1.2" then "Gule initiativer: 1.3": one labelled line each.
			// "Fravær pr. afdeling:" then "Dagtilbud: 8,1 dage": the list under an intro, too.
			(hasColon(text, first, Math.min(nl, first + 40)) &&
				LABEL_LINE.test(text.slice(first, Math.min(nl, first + 40))) &&
				(LABEL_LINE.test(text.slice(unit.start, Math.min(unit.end, unit.start + 40))) ||
					text[pos - 2] === ':')) ||
			endsStatusLine(text, unit.start, pos, ch) ||
			// "Samlet sygefravær, dage pr. medarbejder: 3,1" over "Heraf korttidsfravær, …: 1,8", or
			// "Langtidsfravær: 3,0 dage" over "Barns 1. og 2. sygedag: 0,5 dage": a
			// line that ends in a labelled figure is a row of its own, not wrapped prose.
			(isUpperCase(ch ?? '') &&
				LABELLED_FIGURE_END.test(text.slice(Math.max(unit.start, pos - 20), pos))) ||
			// "Chefforum den 22. januar 2014:" over what was decided then: a short line that ends
			// in a colon is a heading of the lines under it when they start a sentence of their own.
			(text[pos - 2] === ':' &&
				pos - 1 - previousLineStart < SHORT_LINE &&
				ch !== undefined &&
				isUpperCase(ch)) ||
			// "Gule initiativer:" or "Alle øvrige er grønne." under a short bullet ("- 1.2 Flere
			// lærere") is not more of the bullet: a bullet that short was not wrapped.
			(unit.bullet &&
				/\p{Lu}/u.test(ch ?? '') &&
				(text[nl - 1] === ':' ||
					(pos - 1 - previousLineStart < SHORT_LINE &&
						// "… i ét køkken på" / "Albertslund" / "Plejecenter: gul": a short line that goes on
						// from a line broken mid-sentence was wrapped, and may go on again.
						!(
							previousLineStart > unit.start &&
							ENDS_MID_SENTENCE.test(
								text.slice(Math.max(unit.start, previousLineStart - 12), previousLineStart)
							)
						) &&
						// "1.3 Ny skole" then "Status: Grøn": the line's own fields go on.
						!FIELD_LINE.test(text.slice(pos, pos + 24)))) &&
				!ENDS_MID_SENTENCE.test(text.slice(Math.max(unit.start, pos - 10), pos)) &&
				text[pos - 2] !== ',')
		) {
			flushUnit(text, unit, section, out);
			unit.start = pos;
			unit.end = nl;
			unit.bullet = bullet;
			unitWordItem = bullet && LIST_TAB.test(text.slice(first, first + 4));
			unitDateAlone = dateAlone;
		} else {
			unit.end = nl;
		}
		previousLineStart = pos;
		pos = nl + 1;
	}
	flushUnit(text, unit, section, out);
	return out;
}

interface Unit {
	start: number;
	end: number;
	bullet: boolean;
	/** A row of a table laid out with spaces is one sentence, full stops in its cells or not. */
	row: boolean;
}

/** Split the unit read so far into sentences, and start afresh. */
function flushUnit<S>(
	text: string,
	unit: Unit,
	section: S,
	out: (Sentence & { section: S })[]
): void {
	if (unit.start >= 0 && unit.row) {
		const raw = text.slice(unit.start, unit.end);
		pushBounded(
			{ unit: raw.replace(/\n/g, ' '), base: unit.start, section, out },
			0,
			raw.length,
			false
		);
	} else if (unit.start >= 0) splitUnit(text, unit.start, unit.end, unit.bullet, section, out);
	unit.start = -1;
	unit.row = false;
}

/**
 * Tabs and column gaps (three spaces or more after text, as PDF text lays out a table) of a span,
 * found in order: "does [a, b) hold one" is asked with a only growing, so all the asking is linear.
 * (A class, not closures: the methods are made once, not once per section.)
 */
class SpanMarks {
	private readonly text: string;
	private readonly start: number;
	/**
	 * Searched in the span's own text: a search of the whole document from each section's start
	 * would read the rest of the document once per section.
	 */
	private readonly span: string;
	private tabAt: number;
	private gapAt: number;

	constructor(text: string, start: number, end: number) {
		this.text = text;
		this.start = start;
		this.span = text.slice(start, end);
		this.tabAt = this.find('\t', start);
		this.gapAt = this.find(COLUMN_GAP_SPACES, start);
	}

	private find(needle: string, from: number): number {
		const at = this.span.indexOf(needle, from - this.start);
		return at === -1 ? -1 : at + this.start;
	}

	tabIn(a: number, b: number): boolean {
		while (this.tabAt !== -1 && this.tabAt < a) this.tabAt = this.find('\t', this.tabAt + 1);
		return this.tabAt !== -1 && this.tabAt < b;
	}

	gapIn(a: number, b: number): boolean {
		const text = this.text;
		// Indentation is no gap, nor the spaces after a bullet, nor spaces that end the line.
		while (a < b && (text[a] === ' ' || text[a] === '\t')) a++;
		if (BULLET_GLYPH.test(text[a] ?? '')) a++;
		while (a < b && (text[a] === ' ' || text[a] === '\t')) a++;
		while (this.gapAt !== -1 && this.gapAt < b) {
			let after = this.gapAt;
			while (after < b && text[after] === ' ') after++;
			if (this.gapAt > a && after < b) return true;
			this.gapAt = this.find(COLUMN_GAP_SPACES, after);
		}
		return false;
	}
}

/** The first letters of the words that may name a budget line ("Initiativ 3.3 …", "Ad 2.1 …"). */
const LINE_WORD_INITIALS = 'IiLlPpNnVvAa';

/** `[\p{L}(]`, without a pattern for ASCII. */
function isLetterOrParen(ch: string): boolean {
	const c = ch.charCodeAt(0);
	if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x28;
	return /\p{L}/u.test(ch);
}

function isUpperCase(ch: string): boolean {
	const c = ch.charCodeAt(0);
	if (c < 0x80) return c >= 0x41 && c <= 0x5a;
	return /\p{Lu}/u.test(ch);
}

/** Whether [from, to) holds a ":" (a label's colon). */
function hasColon(text: string, from: number, to: number): boolean {
	for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x3a) return true;
	return false;
}

/** Whether [from, to) holds a ":" or a " - " (a tidsplan row's separator). */
function hasColonOrDash(text: string, from: number, to: number): boolean {
	for (let i = from; i < to; i++) {
		const c = text.charCodeAt(i);
		if (c === 0x3a) return true;
		if (c === 0x2d && i > from && i + 1 < to && text[i - 1] === ' ' && text[i + 1] === ' ')
			return true;
	}
	return false;
}

/**
 * "1.1 Ny skole: Grøn" ends at its colour: a capitalised line after it starts a new sentence
 * even without a blank line or a full stop between them.
 */
function endsStatusLine(
	text: string,
	unitStart: number,
	lineStart: number,
	first: string | undefined
): boolean {
	if (first === undefined || !/\p{Lu}/u.test(first)) return false;
	// "Status: Grøn" then "Bemærkning: …": the line's own fields go on.
	if (FIELD_LINE.test(text.slice(lineStart, lineStart + 24))) return false;
	const before = text.slice(Math.max(unitStart, lineStart - 12), lineStart);
	return (
		COLOUR_AT_END.test(before) && LINE_NUMBER_AT_START.test(text.slice(unitStart, unitStart + 24))
	);
}
const FIELD_LINE = /^[ \t]*(?:status|farve|bemærkning(?:er)?|note|kommentar)[ \t]*:/i;
const COLOUR_AT_END = new RegExp(String.raw`(?<!\p{L})(?:${COLOUR_PATTERN})[ \t]*\n?$`, 'iu');
const LINE_NUMBER_AT_START =
	/^[ \t]*(?:[-*•·▪◦][ \t]*)?(?:\p{L}+\.?[ \t]+)?\d{1,2}\.\d{1,2}(?!\d)/u;

/** A full stop, "!" or "?", spaces, then a capital letter, a quote or a digit. */
const SENTENCE_END = /[.!?][ \t]+(?=[\p{Lu}"'\d])/gu;

function splitUnit<S>(
	text: string,
	start: number,
	end: number,
	bullet: boolean,
	section: S,
	out: (Sentence & { section: S })[]
): void {
	const raw = text.slice(start, end);
	const unit = raw.includes('\n') ? raw.replace(/\n/g, ' ') : raw;
	const to: Paragraph<S> = { unit, base: start, section, out };
	let from = 0;
	// Jump from one candidate end (". ", "! ", "? ") to the next instead of reading every character.
	for (const m of unit.matchAll(SENTENCE_END)) {
		const i = m.index;
		if (unit[i] === '.' && !endsSentence(unit, i)) continue;
		pushBounded(to, from, i + 1, bullet && from === 0);
		from = i + 1;
	}
	pushBounded(to, from, unit.length, bullet && from === 0);
}

/** A paragraph being split: its text (line breaks made spaces), where it starts, where to put it. */
interface Paragraph<S> {
	unit: string;
	base: number;
	section: S;
	out: (Sentence & { section: S })[];
}

/**
 * Longer than any sentence in minutes (the longest in the seeds and fixtures is under 1,000
 * characters): text without sentence ends past this is cut at a space, so the extractors'
 * work per sentence stays bounded and their time linear in the document.
 */
export const MAX_SENTENCE_CHARS = 2000;

function pushBounded<S>(p: Paragraph<S>, from: number, to: number, bullet: boolean): void {
	let first = bullet;
	while (to - from > MAX_SENTENCE_CHARS) {
		const space = p.unit.lastIndexOf(' ', from + MAX_SENTENCE_CHARS);
		const cut = space > from + MAX_SENTENCE_CHARS / 2 ? space : from + MAX_SENTENCE_CHARS;
		push(p, from, cut, first);
		first = false;
		from = cut;
	}
	push(p, from, to, first);
}

/** A full stop ends a sentence unless it closes an abbreviation or an ordinal ("1. halvår"). */
function endsSentence(unit: string, dot: number): boolean {
	let s = dot;
	while (s > 0 && dot - s < 24 && isWordOrDot(unit.charCodeAt(s - 1))) s--;
	const word = unit.slice(s, dot).toLowerCase();
	// "… var 4,9. Procenten …": a decimal number ends the sentence; it is no ordinal.
	if (unit[s - 1] === ',' && /\d/.test(unit[s - 2] ?? '') && /^\d+$/.test(word)) return true;
	// "1. halvår", "5.2. Energirenovering": an ordinal or a line number, not a sentence end.
	if (/^\d{1,2}(?:\.\d{1,2})*$/.test(word)) return false;
	const last = word.split('.').pop() ?? '';
	return !ABBREVIATIONS.has(last) && !ABBREVIATIONS.has(word);
}

/** `[\p{L}\d.]` for one UTF-16 code unit, without a pattern for ASCII. */
function isWordOrDot(c: number): boolean {
	if (c < 0x80)
		return (
			(c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2e
		);
	return /\p{L}/u.test(String.fromCharCode(c));
}

const BULLET_MARK = /^[ \t]*[-*•·▪◦][ \t]+/;

/** [from, to) of a paragraph as one sentence. */
function push<S>(p: Paragraph<S>, from: number, to: number, bullet: boolean): void {
	const { unit, base, section, out } = p;
	while (from < to && isSpace(unit.charCodeAt(from))) from++;
	// The bullet mark is layout, not part of the sentence (or its evidence).
	if (bullet) from += BULLET_MARK.exec(unit.slice(from, Math.min(to, from + 8)))?.[0].length ?? 0;
	while (to > from && isSpace(unit.charCodeAt(to - 1))) to--;
	if (to > from)
		out.push({
			start: base + from,
			end: base + to,
			text: unit.slice(from, to),
			bullet,
			section
		});
}

/** `\s`, without a pattern for the common characters. */
function isSpace(c: number): boolean {
	if (c < 128) return c === 32 || (c >= 9 && c <= 13);
	return /\s/.test(String.fromCharCode(c));
}
