/**
 * A working view of the source text for matching, with every position mapped back to the
 * source: spaces and dashes unified, soft hyphens dropped, words hyphenated across a line
 * break joined, and PDF page furniture (running headers, "Side 3 af 6") removed.
 */

import { COLUMN_GAP, COLUMN_GAP_INSIDE } from './column-gaps';
import { MID_SENTENCE_WORD_PATTERN } from './danish';

export interface WorkingText {
	/** The normalised text the extractors match against. */
	readonly text: string;
	/** The source text that evidence offsets index. */
	readonly source: string;
	/** Source offset of a working-text offset. */
	toSource(index: number): number;
	/** Source [start, end) of a working-text [start, end). */
	spanToSource(start: number, end: number): [number, number];
	/**
	 * A working-text span as the source writes it (its own dashes, quotes and letters), with
	 * invisible characters dropped and line breaks and runs of spaces made one space: for
	 * names and titles shown to people. With `keepSpaces`, runs of spaces stay (for a caller
	 * that reads the layout, such as a header's columns).
	 */
	asWritten(start: number, end: number, keepSpaces?: boolean): string;
}

/** Runs of copied text: run k starts at out[k] in the output and at src[k] in the input. */
class OffsetMap {
	readonly out: number[] = [];
	readonly src: number[] = [];
	map(i: number): number {
		const { out, src } = this;
		let lo = 0;
		let hi = out.length - 1;
		if (hi < 0) return i;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if ((out[mid] as number) <= i) lo = mid;
			else hi = mid - 1;
		}
		return (src[lo] as number) + (i - (out[lo] as number));
	}
}

class Builder {
	parts: string[] = [];
	length = 0;
	readonly offsets = new OffsetMap();
	constructor(private readonly input: string) {}
	private lastEnd = -1;
	copy(start: number, end: number): void {
		if (end <= start) return;
		// A copy that continues the previous one extends its run.
		if (start !== this.lastEnd) {
			this.offsets.out.push(this.length);
			this.offsets.src.push(start);
		}
		this.lastEnd = end;
		this.parts.push(this.input.slice(start, end));
		this.length += end - start;
	}
	result(): string {
		return this.parts.join('');
	}
}

// Characters removed from the working text: soft hyphen, zero-width space/joiners, BOM, the
// backslash pandoc writes before punctuation in Markdown from Word ("5\. februar 2026:"), and
// the first hyphen of its en dash between words ("1.1 -- Titel -- grøn" reads "1.1 - Titel - grøn").
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]|\\(?=[-.()*_#+!<>|`[\]])/g;
// Pandoc's en dash: only in documents that have one (a fixed-string test first), since a pattern
// with a lookbehind is slow to scan every document with.
const INVISIBLE_OR_PANDOC_DASH = new RegExp(
	String.raw`${INVISIBLE.source}|(?<=[ \t])-(?=-[ \t])`,
	'g'
);
// One-for-one replacements: they keep every offset.
const SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/;
const DASHES = /[\u2010-\u2015\u2212]/;
const DOUBLE_QUOTES = /[\u201c-\u201f\u00ab\u00bb]/;
const SINGLE_QUOTES = /[\u2018-\u201b\u00b4`]/;
/** Bullet glyphs of Word and PDF text (the Symbol font's private-use bullets among them). */
const BULLETS = /[\u25aa\u25e6\u25cf\u25a0\u25ba\u27a2\uf0b7\uf0a7\uf0d8\uf076]/;
const UNIFIED =
	/^[\u00a0\u2000-\u200a\u202f\u205f\u3000\u2010-\u2015\u2212\u201c-\u201f\u00ab\u00bb\u2018-\u201b\u00b4`\f\u25aa\u25e6\u25cf\u25a0\u25ba\u27a2\uf0b7\uf0a7\uf0d8\uf076]$/;

const PAGE_NUMBER = /^\s*(?:side|page)\s+\d+(?:\s*(?:af|of|\/)\s*\d+)?\s*$/i;
const PAGE_FRACTION = /^\s*(\d{1,3})\s*(?:\/|af)\s*(\d{1,3})\s*$/;
/** "2/6" is a page number, but "15/261" is an old-style case number: no page beyond the last. */
function isPageFraction(t: string): boolean {
	const m = PAGE_FRACTION.exec(t);
	return m !== null && Number(m[1]) <= Number(m[2]) && (m[2] as string).length <= 2;
}
/** "2/6", "Side 2 af 6" at a line's end: the last page's number. */
const PAGE_OF_AT_END = /(?<![\d/.,-])\d{1,3}[ \t]*(?:\/|af|of)[ \t]*(\d{1,2})[ \t]*$/;
/** "Punkt 4: CF - Sygefravær 1. halvår 2023 (fortsat)": an item's heading repeated atop a page. */
const CONTINUED_HEADING =
	/^(?:punkt|pkt\.)[ \t]+\d{1,3}[ \t]*:.*\((?:fortsat|forts\.|fortsættelse)\)$/i;
/** "- 2 -", "– 2 –": a page number between dashes. */
const DASHED_PAGE = /^\s*[-\u2013]\s?\d{1,3}\s?[-\u2013]\s*$/;
/** Tested on a trimmed line. */
const HAS_WORD = /\p{L}{3}/u;
const BARE_NUMBER = /^-? ?\d{1,3} ?-?$/;
const RUNNING_HEADER = /^\s*(?:#\s*)?(?:\*\*)?(?:BESLUTNINGS)?(?:REFERAT|DAGSORDEN)\b/;

interface Line {
	start: number;
	/** End of the line's text, before its newline. */
	end: number;
	text: string;
}

function splitLines(text: string): Line[] {
	const lines: Line[] = [];
	let start = 0;
	for (;;) {
		const nl = text.indexOf('\n', start);
		const end = nl === -1 ? text.length : nl;
		lines.push({ start, end, text: text.slice(start, end) });
		if (nl === -1) return lines;
		start = nl + 1;
	}
}

/** A page number at the end of a line, after a tab or a wide gap: "\t2/3", "   Side 2 af 5". */
const PAGE_SUFFIX =
	/^(?:side|page)?[ \t]*\d{1,3}[ \t]*(?:\/|af|of)[ \t]*\d{1,3}$|^(?:side|page)[ \t]+\d{1,3}$/i;
const PAGE_SUFFIX_MAX_LINE = 100;

/** The text of a line before a page number at its end ("Chefforum - referat\t2/3"), or null. */
function beforePageSuffix(t: string): string | null {
	if (t.length > PAGE_SUFFIX_MAX_LINE) return null;
	// After a tab or a wide gap, or a single space before "Side"/"Page" ("… 14-09-2021 Side 2 af 3").
	const word = PAGE_WORD_NEAR_END.exec(t.slice(-16));
	const gap = Math.max(
		t.lastIndexOf('\t'),
		t.lastIndexOf('  ') + 1,
		word ? t.length - Math.min(t.length, 16) + word.index : -1
	);
	if (gap <= 0) return null;
	// "Referat Chefforum 14.09.2021 - side 2": the separator before the number is not the header's.
	let head = t.slice(0, gap).trim();
	if (HEAD_SEPARATORS.includes(head.slice(-1))) head = head.slice(0, -1).trimEnd();
	return head && PAGE_SUFFIX.test(t.slice(gap).trim()) ? head : null;
}
const PAGE_WORD_NEAR_END = /[ \t](?=(?:side|page)[ \t]+\d)/i;
const HEAD_SEPARATORS = '-\u2013|·,';

/** Which lines are page furniture: page numbers, the header repeated on every page, form feeds. */
export function furnitureLines(lines: readonly { text: string }[]): boolean[] {
	const flags = lines.map(() => false);
	let header: string | null = null;
	// A header or footer that carries the page number ("Chefforum - referat 12.09.2018\t2/3"):
	// the same text before the number on two pages or more.
	const paged = new Map<string, number[]>();
	lines.forEach((l, i) => {
		const head = beforePageSuffix(l.text.trim());
		if (head === null) return;
		const at = paged.get(head);
		if (at) at.push(i);
		else paged.set(head, [i]);
	});
	for (const at of paged.values()) {
		if (at.length < 2) continue;
		// The document's own header ("REFERAT Chefforum d. … Side 1 af 3") stays the first time.
		const first = RUNNING_HEADER.test((lines[at[0] as number] as { text: string }).text) ? 1 : 0;
		for (const i of at.slice(first)) flags[i] = true;
	}
	// "2/6" on every page is a page number; "15/95" alone under an item heading is an old-style
	// case number: a fraction counts when another page has one with the same last page.
	const lastPages = new Map<string, number>();
	for (const l of lines) {
		const m = l.text.includes('/') || l.text.includes('af') ? PAGE_OF_AT_END.exec(l.text) : null;
		if (m) lastPages.set(m[1] as string, (lastPages.get(m[1] as string) ?? 0) + 1);
	}
	const pageFraction = (t: string): boolean => {
		if (!isPageFraction(t)) return false;
		const last = (PAGE_FRACTION.exec(t) as RegExpExecArray)[2] as string;
		return last === '1' || (lastPages.get(last) ?? 0) >= 2;
	};
	lines.forEach((l, i) => {
		const t = l.text.replace(/\f/g, '').trim();
		if (l.text.includes('\f') && t === '') flags[i] = true;
		else if (
			PAGE_NUMBER.test(t) ||
			pageFraction(t) ||
			DASHED_PAGE.test(t) ||
			(t.endsWith(')') && CONTINUED_HEADING.test(t))
		)
			flags[i] = true;
		else if (RUNNING_HEADER.test(t)) {
			// "REFERAT Chefforum d. 03-03-2021          Albertslund Kommune": a column beside the
			// header on some pages and not on others; the header is what comes before its gap.
			const bare = t
				.replace(/(?<=\s)(?:side|page)\s+\d+(?:\s*(?:af|of|\/)\s*\d+)?$/i, '')
				.trimEnd()
				.split(COLUMN_GAP, 1)[0] as string;
			if (header === null) header = bare;
			else if (bare === header) flags[i] = true;
		}
	});
	// Near the anchors: bare page numbers, and a short line that recurs at nearly every page break
	// (a footer). A line near only one break ("Sagsfremstilling" at a page top) is content.
	// A line a form feed starts is the top of a page, whatever it holds.
	const anchors = flags
		.map((f, i) => (f || (lines[i] as Line).text.includes('\f') ? i : -1))
		.filter((i) => i >= 0);
	if (anchors.length === 0) return flags;
	const counts = new Map<string, number>();
	for (const l of lines) {
		const t = l.text.trim();
		if (t) counts.set(t, (counts.get(t) ?? 0) + 1);
	}
	// (A header of two lines over a blank line: the first page's copy may be its fourth line.)
	const atTop = new Set(
		lines
			.slice(0, 5)
			.map((l) => l.text.trim())
			.filter((t) => t !== '')
	);
	const nearAnchors = new Map<string, { anchors: number; lastAnchor: number; lines: number[] }>();
	anchors.forEach((a, k) => {
		for (let i = Math.max(0, a - 3); i <= Math.min(lines.length - 1, a + 3); i++) {
			if (flags[i]) continue;
			const t = (lines[i] as Line).text.trim();
			if (!t) continue;
			if (BARE_NUMBER.test(t)) flags[i] = true;
			// A footer has words; a case number ("00.01.00-A00-3-19") beside two page breaks does not.
			// (Its length without the column gap of a header laid out in two columns.)
			else if (
				(t.length <= 80 || t.replace(/[ \t]{2,}/g, ' ').length <= 80) &&
				(counts.get(t) ?? 0) >= 2 &&
				HAS_WORD.test(t)
			) {
				const near = nearAnchors.get(t) ?? { anchors: 0, lastAnchor: -1, lines: [] };
				if (near.lastAnchor !== k) near.anchors++;
				near.lastAnchor = k;
				if (near.lines[near.lines.length - 1] !== i) near.lines.push(i);
				nearAnchors.set(t, near);
			}
		}
	});
	// A footer is only ever next to page furniture, at half of it or more; a heading that recurs
	// elsewhere too ("Beslutning") is content even when two pages happen to break beside it.
	for (const [t, near] of nearAnchors)
		if (
			near.anchors >= 2 &&
			// Three times beside furniture and nowhere else is a footer even when other furniture
			// (a second header, page numbers of their own) outnumbers it.
			(near.anchors >= 3 || near.anchors * 2 >= anchors.length) &&
			// The first page's own copy at the top of the document has no page break before it.
			near.lines.length >= (counts.get(t) ?? 0) - (atTop.has(t) ? 1 : 0)
		)
			for (const i of near.lines) flags[i] = true;
	// A table's header repeated at the top of the next page ("Nr.   Initiativ   Status"): a line
	// laid out in columns, just after a page break, that the document had before it. Without it
	// a row wrapped across the break goes on where it stopped.
	const firstAt = new Map<string, number>();
	lines.forEach((l, i) => {
		const t = l.text.trim();
		if (t && !firstAt.has(t)) firstAt.set(t, i);
	});
	for (const a of anchors) {
		let read = 0;
		for (let i = a + 1; i < lines.length && read < 3; i++) {
			const t = (lines[i] as Line).text.trim();
			if (flags[i] || !t) continue;
			read++;
			if (COLUMN_GAP_INSIDE.test(t) && (firstAt.get(t) ?? i) < a) flags[i] = true;
		}
	}
	return flags;
}

/** Pass 1: drop furniture lines (with the blank lines around them) and invisible characters. */
// Tests for page furniture, so that text without any (most of it) skips the line-by-line pass.
// Only lines that start with "Side"/"Page", a digit or a dash, or end in a digit, are tested.
const PAGE_AT_START =
	/^(?:(?:side|page)[ \t]+\d|\d{1,3}[ \t]*(?:\/|af)[ \t]*\d{1,3}[ \t]*$|[-\u2013][ \t]?\d{1,3}[ \t]?[-\u2013][ \t]*$)/i;
const PAGE_AT_END =
	/[\t ](?:(?:side|page)[ \t]+)?\d{1,3}[ \t]*(?:\/|af|of)[ \t]*\d{1,3}[ \t]*$|[\t ](?:side|page)[ \t]+\d{1,3}[ \t]*$/i;
const HEADER_WORD = /REFERAT|DAGSORDEN/g;
const MAY_BE_INVISIBLE = new RegExp(INVISIBLE.source);

function isDigit(c: number): boolean {
	return c >= 48 && c <= 57;
}

function mayHaveFurniture(source: string): boolean {
	if (source.includes('\f') || source.includes('(fortsat)') || source.includes('(forts.)'))
		return true;
	for (let start = 0; start < source.length;) {
		let end = source.indexOf('\n', start);
		if (end === -1) end = source.length;
		let first = start;
		while (first < end && (source[first] === ' ' || source[first] === '\t')) first++;
		let last = end;
		while (last > first && (source[last - 1] === ' ' || source[last - 1] === '\t')) last--;
		if (last > first) {
			const c = source.charCodeAt(first);
			const atStart =
				isDigit(c) || c === 45 || c === 0x2013 || 'SsPp'.includes(source[first] as string);
			if (atStart && PAGE_AT_START.test(source.slice(first, Math.min(last, first + 40))))
				return true;
			if (
				isDigit(source.charCodeAt(last - 1)) &&
				PAGE_AT_END.test(source.slice(Math.max(start, last - 24), last))
			)
				return true;
		}
		start = end + 1;
	}
	// A running header: the header word a second time.
	return (source.match(HEADER_WORD)?.length ?? 0) >= 2;
}

/**
 * A page that ends a paragraph ("… i Chefforum." then the next page's "Der er …") or a list
 * keeps one blank line from around its furniture, so the two paragraphs stay apart.
 */
const ENDS_MID_SENTENCE = new RegExp(
	String.raw`(?:,|&|(?<!\p{L})(?:${MID_SENTENCE_WORD_PATTERN}))$`,
	'iu'
);

function keepParagraphBreaks(lines: readonly Line[], keep: boolean[]): void {
	let last = -1;
	let blank = -1;
	// Whether the lines since the last blank line began with a bullet: its wrapped last line
	// ends the bullet as well ("- 7.2 – … at puljen på" / "350.000 kr. er fuldt disponeret").
	let inBullet = false;
	for (let i = 0; i < lines.length; i++) {
		const t = (lines[i] as Line).text.trim();
		if (!keep[i]) {
			if (t === '' && blank < 0) blank = i;
			continue;
		}
		if (t === '') {
			inBullet = false;
			continue;
		}
		if (blank >= 0 && last >= 0) {
			const before = (lines[last] as Line).text.trim();
			// A bullet ends without a full stop ("- marts: De nye netværk mødes første gang").
			// (not one that breaks off mid-sentence: "• 2.4 Renovering af … Skole og")
			// A short line that starts with a capital is a heading ("Netværk 3: Unge i
			// foreningslivet"): a page cannot break a paragraph's full lines after it.
			const ended =
				/[.!?:]$/.test(before) ||
				((/^[-•*–]\s/.test(before) ||
					inBullet ||
					(before.length <= 50 &&
						/^\p{Lu}/u.test(before) &&
						// (not a table's row, laid out in columns)
						!(lines[last] as Line).text.includes('\t') &&
						!COLUMN_GAP_INSIDE.test(before))) &&
					!ENDS_MID_SENTENCE.test(before));
			// ("… 0,4 dage mere end i 1.-3. kvartal" / page break / "2016.": the year goes on.)
			const yearGoesOn = /^(?:19|20)\d\d(?!\d)/.test(t) && !/[.!?:]$/.test(before);
			if (ended && !yearGoesOn && /^[\p{Lu}\d•*-]/u.test(t)) keep[blank] = true;
			if (keep[blank]) inBullet = false;
		}
		if (/^[-•*–]\s/.test(t)) inBullet = true;
		last = i;
		blank = -1;
	}
}

/**
 * Furniture by line, where a form feed inside a line ("Side 2 af 4\fAlbertslund Kommune · …":
 * a footer without its line end, then the next page's header) splits it into the two lines it
 * stands for; the line is furniture when both are.
 */
function furnitureOfLines(lines: readonly Line[]): boolean[] {
	if (!lines.some((l) => l.text.indexOf('\f') > 0)) return furnitureLines(lines);
	const parts: { text: string; line: number }[] = [];
	lines.forEach((l, i) => {
		const at = l.text.indexOf('\f');
		if (at > 0 && l.text.slice(0, at).trim() !== '') {
			parts.push({ text: l.text.slice(0, at), line: i }, { text: l.text.slice(at), line: i });
		} else parts.push({ text: l.text, line: i });
	});
	const flags = furnitureLines(parts);
	const out = lines.map(() => true);
	parts.forEach((p, k) => {
		if (!flags[k]) out[p.line] = false;
	});
	return out;
}

function dropFurniture(source: string): { text: string; offsets: OffsetMap } {
	// Fixed strings, not a pattern: this reads every document whole.
	const trailing = source.includes(' \n') || source.includes('\u00a0\n');
	const pandocDash = source.includes(' -- ');
	if (!trailing && !pandocDash && !MAY_BE_INVISIBLE.test(source) && !mayHaveFurniture(source))
		return { text: source, offsets: new OffsetMap() };
	const lines = splitLines(source);
	const furniture = furnitureOfLines(lines);
	const keep = lines.map((_, i) => !furniture[i]);
	// Blank lines next to furniture go too, so a paragraph broken by a page joins up again.
	for (let i = 0; i < lines.length; i++) {
		if (!furniture[i]) continue;
		for (let j = i - 1; j >= 0 && !furniture[j] && (lines[j] as Line).text.trim() === ''; j--)
			keep[j] = false;
		for (
			let j = i + 1;
			j < lines.length && !furniture[j] && (lines[j] as Line).text.trim() === '';
			j++
		)
			keep[j] = false;
	}
	keepParagraphBreaks(lines, keep);
	const b = new Builder(source);
	const hasInvisible = pandocDash || MAY_BE_INVISIBLE.test(source);
	const invisible = pandocDash ? INVISIBLE_OR_PANDOC_DASH : INVISIBLE;
	lines.forEach((line, i) => {
		if (!keep[i]) return;
		const end = i < lines.length - 1 ? line.end + 1 : line.end;
		// Spaces a PDF reader leaves at a line end would stand between a full stop and the next
		// sentence, or after a hyphen that breaks a word.
		let contentEnd = line.end;
		if (trailing)
			while (
				contentEnd > line.start &&
				(source[contentEnd - 1] === ' ' || source[contentEnd - 1] === '\u00a0')
			)
				contentEnd--;
		if (hasInvisible) {
			let from = line.start;
			const chunk = source.slice(line.start, contentEnd);
			for (const m of chunk.matchAll(invisible)) {
				const at = line.start + (m.index ?? 0);
				// A soft hyphen that ends the line marks a broken word: pass 2 joins it.
				if (m[0] === '\u00ad' && at === contentEnd - 1) continue;
				b.copy(from, at);
				from = at + m[0].length;
			}
			b.copy(from, contentEnd);
		} else b.copy(line.start, contentEnd);
		b.copy(line.end, end);
	});
	return { text: b.result(), offsets: b.offsets };
}

// A word broken with a hyphen at the end of a line, continued in lower case on the next
// ("sygefra-\nværet"); not a suspended compound ("korttids- og langtidsfravær"). A soft hyphen
// at a line end always marks a broken word. Found by indexOf: this runs on every document.
const CONTINUES_WORD = /^[ \t]*(?=\p{Ll})(?!(?:og|eller|samt|til)[\s,])/u;

function joinHyphenated(text: string): { text: string; offsets: OffsetMap } {
	const b = new Builder(text);
	let from = 0;
	for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) {
		const before = text[nl - 1];
		if (before !== '-' && before !== '\u00ad') continue;
		// A table laid out with spaces ("5.2   Fælles digital …   Gul   Afventer den fælles-"): the
		// next line starts in the first column, not where the broken word goes on.
		if (COLUMN_GAP_INSIDE.test(text.slice(text.lastIndexOf('\n', nl - 1) + 1, nl))) continue;
		const next = CONTINUES_WORD.exec(text.slice(nl + 1, nl + 24));
		const soft = before === '\u00ad';
		if (!soft && (!next || !/\p{L}/u.test(text[nl - 2] ?? ''))) continue;
		const indent = next
			? next[0].length
			: (/^[ \t]*/.exec(text.slice(nl + 1, nl + 24))?.[0].length ?? 0);
		b.copy(from, nl - 1);
		from = nl + 1 + indent;
	}
	b.copy(from, text.length);
	return { text: b.result(), offsets: b.offsets };
}

/** The one-for-one replacement of each character UNIFIED matches. */
function unifiedChar(ch: string): string {
	return SPACES.test(ch)
		? ' '
		: DASHES.test(ch)
			? '-'
			: DOUBLE_QUOTES.test(ch)
				? '"'
				: SINGLE_QUOTES.test(ch)
					? "'"
					: BULLETS.test(ch)
						? '•'
						: // A form feed starts the next page's first line: not a paragraph break of its own.
							' ';
}
/**
 * What each UTF-16 code unit becomes: 0 not yet asked, 1 itself, else 2 (see UNIFIED_TO). Worked
 * out once per character: a loop over char codes reads text several times faster than a global
 * pattern with a replacement function, and most characters are ASCII and skipped at once.
 */
const UNIFIED_KIND = new Uint8Array(0x10000);
const UNIFIED_TO = new Map<number, string>();

/** The one-for-one replacements of the working text. */
function unify(s: string): string {
	let parts: string[] | null = null;
	let from = 0;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		// Form feed and backquote are the only ASCII characters replaced.
		if (c < 0x80 && c !== 0x0c && c !== 0x60) continue;
		let kind = UNIFIED_KIND[c] as number;
		if (kind === 0) {
			const ch = String.fromCharCode(c);
			kind = UNIFIED.test(ch) ? 2 : 1;
			if (kind === 2) UNIFIED_TO.set(c, unifiedChar(ch));
			UNIFIED_KIND[c] = kind;
		}
		if (kind === 1) continue;
		(parts ??= []).push(s.slice(from, i), UNIFIED_TO.get(c) as string);
		from = i + 1;
	}
	const unified = parts ? parts.join('') + s.slice(from) : s;
	return withBulletOs(unified);
}

/**
 * Each line that starts with "o" and a tab or two spaces (Word's second-level bullet), or an
 * indented "o" and one space ("  o korttid: …" in PDF text): "•".
 */
function withBulletOs(text: string): string {
	if (!text.includes('o\t') && !text.includes('o  ') && !text.includes(' o ')) return text;
	let out: string[] | null = null;
	let from = 0;
	for (let at = 0; at < text.length;) {
		let first = at;
		while (text[first] === ' ' || text[first] === '\t') first++;
		if (
			text[first] === 'o' &&
			(text[first + 1] === '\t' ||
				text.startsWith('  ', first + 1) ||
				(first > at && text[first + 1] === ' ' && /[\p{L}\d]/u.test(text[first + 2] ?? '')))
		) {
			out ??= [];
			out.push(text.slice(from, first), '•');
			from = first + 1;
		}
		const nl = text.indexOf('\n', at);
		if (nl === -1) break;
		at = nl + 1;
	}
	return out ? out.join('') + text.slice(from) : text;
}

/** The source span of a working-text span, by a view's offset map: an empty span stays empty. */
export function sourceSpan(
	toSource: (index: number) => number,
	start: number,
	end: number
): [number, number] {
	if (end <= start) {
		const s = toSource(start);
		return [s, s];
	}
	return [toSource(start), toSource(end - 1) + 1];
}

export function normalise(source: string): WorkingText {
	const pass1 = dropFurniture(source);
	const pass2 = joinHyphenated(pass1.text);
	const text = unify(pass2.text);
	const toSource = (i: number): number => pass1.offsets.map(pass2.offsets.map(i));
	return {
		text,
		source,
		toSource,
		spanToSource: (start: number, end: number): [number, number] =>
			sourceSpan(toSource, start, end),
		asWritten(start: number, end: number, keepSpaces = false): string {
			const finish = keepSpaces ? (t: string): string => t : collapseSpaces;
			// The working text, with each character that was only unified (a dash, a quote, a
			// space) given back as the source writes it; joins and removals stay.
			const [s, e] = this.spanToSource(start, end);
			// No characters removed inside the span: working and source offsets run in step.
			const inStep = e - s === end - start;
			const written = source.slice(s, e);
			// Nothing unified, joined or removed (most spans): the source as it is.
			if (inStep && written === text.slice(start, end)) return finish(written);
			let out = '';
			for (let i = start; i < end; i++) {
				const ch = text[i] as string;
				const original = source[inStep ? s + (i - start) : toSource(i)] as string;
				out += original !== ch && unify(original) === ch ? original : ch;
			}
			return finish(out);
		}
	};
}

function collapseSpaces(s: string): string {
	return s.replace(/\s+/g, ' ').trim();
}
