/**
 * Sentences of a span of the working text. A line wrapped inside a paragraph continues its
 * sentence; a bullet or numbered line starts a new one; a blank line ends a paragraph.
 */

import { LINE_WORD_PATTERN, MONTH_PATTERN } from './danish';

export interface Sentence {
	/** Working-text offsets. */
	start: number;
	end: number;
	/** The sentence with line breaks made spaces (same length, so offsets still hold). */
	text: string;
	/** True when the sentence is a bullet or numbered list line. */
	bullet: boolean;
}

const BULLET = /^[ \t]*(?:[-*•·▪◦]|\d{1,2}\.\d{1,2}\.?|\d{1,2}[.)]|[a-z]\))[ \t]/;
/**
 * "1. halvår", "3. kvartal", "1. januar" at the start of a line inside a paragraph is a
 * sentence the PDF reader wrapped, not a numbered list item.
 */
const ORDINAL_CONTINUES = new RegExp(
	String.raw`^[ \t]*\d{1,2}\.[ \t]+(?:halvår|kvartal|kv\.|kvt|kvrt|${MONTH_PATTERN})(?!\p{L})`,
	'iu'
);
/** A line that names a budget line first ("Initiativ 3.3 Digital post - grøn") is a list item. */
const NAMED_LINE = new RegExp(
	String.raw`^[ \t]*${LINE_WORD_PATTERN}[ \t]+\d{1,2}\.\d{1,2}(?![\d,])`
);
const RULE = /^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$/;
const HEADING = /^[ \t]*#/;

// Words that end with a full stop without ending a sentence.
const ABBREVIATIONS = new Set(
	'pr ca bl fx f eks jf d kl nr mio mill mia kr inkl ekskl evt ift dvs mht vedr ang hhv kv kvt kvrt jan feb mar apr jun jul aug sep sept okt nov dec tlf st gl ff s m.fl mfl osv etc ph cand stk bl.a f.eks m.v m.m o.l p.t d.d pga iflg jvf'.split(
		' '
	)
);

/** Split [start, end) of the text into sentences. */
export function sentencesIn(text: string, start: number, end: number): Sentence[] {
	const out: Sentence[] = [];
	let unitStart = -1;
	let unitEnd = -1;
	let unitBullet = false;
	const flush = (): void => {
		if (unitStart >= 0) splitUnit(text, unitStart, unitEnd, unitBullet, out);
		unitStart = -1;
	};
	let pos = start;
	while (pos < end) {
		let nl = text.indexOf('\n', pos);
		if (nl === -1 || nl > end) nl = end;
		// Only a line that starts with a mark can be a rule, a heading or a bullet: test the
		// first visible character before any pattern.
		let first = pos;
		while (first < nl && (text[first] === ' ' || text[first] === '\t')) first++;
		const ch = text[first];
		const named =
			!/[\d\s(]/.test(ch ?? ' ') && NAMED_LINE.test(text.slice(pos, Math.min(nl, pos + 40)));
		const marked = first < nl && (named || !/[\p{L}(]/u.test(ch as string));
		const line = marked ? text.slice(pos, nl) : '';
		// A wrapped ordinal continues the paragraph when the line before ended mid-sentence and
		// was not itself a list item.
		const continues: boolean =
			marked &&
			unitStart >= 0 &&
			!unitBullet &&
			!/[.:;!?]\s*$/.test(text.slice(Math.max(unitStart, pos - 4), pos)) &&
			(named || ORDINAL_CONTINUES.test(line));
		const bullet: boolean = marked && !continues && (named || BULLET.test(line));
		if (first === nl || (marked && RULE.test(line))) {
			flush();
		} else if (marked && HEADING.test(line)) {
			flush();
			splitUnit(text, pos, nl, false, out);
		} else if (bullet || unitStart < 0) {
			flush();
			unitStart = pos;
			unitEnd = nl;
			unitBullet = bullet;
		} else {
			unitEnd = nl;
		}
		pos = nl + 1;
	}
	flush();
	return out;
}

function splitUnit(
	text: string,
	start: number,
	end: number,
	bullet: boolean,
	out: Sentence[]
): void {
	const unit = text.slice(start, end).replace(/\n/g, ' ');
	let from = 0;
	for (let i = 0; i < unit.length; i++) {
		const ch = unit[i];
		if (ch !== '.' && ch !== '!' && ch !== '?') continue;
		if (unit[i + 1] !== ' ') continue;
		const next = unit[i + 2];
		if (next === undefined || !/[\p{Lu}"'\d]/u.test(next)) continue;
		if (ch === '.' && !endsSentence(unit, i)) continue;
		push(text, start + from, start + i + 1, bullet && from === 0, out);
		from = i + 1;
	}
	push(text, start + from, end, bullet && from === 0, out);
}

/** A full stop ends a sentence unless it closes an abbreviation or an ordinal ("1. halvår"). */
function endsSentence(unit: string, dot: number): boolean {
	let s = dot;
	while (s > 0 && dot - s < 24 && /[\p{L}\d.]/u.test(unit[s - 1] as string)) s--;
	const word = unit.slice(s, dot).toLowerCase();
	// "1. halvår", "5.2. Energirenovering": an ordinal or a line number, not a sentence end.
	if (/^\d{1,2}(?:\.\d{1,2})*$/.test(word)) return false;
	const last = word.split('.').pop() ?? '';
	return !ABBREVIATIONS.has(last) && !ABBREVIATIONS.has(word);
}

const BULLET_MARK = /^[ \t]*[-*•·▪◦][ \t]+/;

function push(text: string, start: number, end: number, bullet: boolean, out: Sentence[]): void {
	while (start < end && /\s/.test(text[start] as string)) start++;
	// The bullet mark is layout, not part of the sentence (or its evidence).
	if (bullet)
		start += BULLET_MARK.exec(text.slice(start, Math.min(end, start + 8)))?.[0].length ?? 0;
	while (end > start && /\s/.test(text[end - 1] as string)) end--;
	if (end > start)
		out.push({ start, end, text: text.slice(start, end).replace(/\n/g, ' '), bullet });
}
