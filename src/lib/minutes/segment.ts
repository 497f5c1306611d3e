/**
 * Segmentation of a referat's working text: the meeting header, the agenda items
 * (`Punkt N: CF - titel`), their case numbers and their sections. Both layouts of the archive:
 * plain text from PDF and Markdown (`## **Punkt 2: …**`, `### **INDSTILLING**`).
 */

import { MONTHS, MONTH_PATTERN, WEEKDAY_NAMES, isoDate, pad2 } from './danish';
import { HEADER_VALUE_GAP } from './column-gaps';

export type SectionKind =
	| 'anledning'
	| 'baggrund'
	| 'indstilling'
	| 'sagsfremstilling'
	| 'beslutning'
	| 'bilag'
	| 'historik'
	| 'status'
	| 'økonomi';

export interface Section {
	kind: SectionKind;
	/** The heading as written (without Markdown marks). */
	heading: string;
	/** Working-text span of the heading line. */
	headingStart: number;
	/** Working-text span of the content, up to the next heading or the item's end. */
	start: number;
	end: number;
}

export interface SegmentedItem {
	number: number;
	prefix: string | null;
	title: string;
	closed: boolean;
	caseNumber: string | null;
	kleCode: string | null;
	/** Working-text span of the whole item, heading included. */
	start: number;
	end: number;
	/** End of the heading line(s): [start, headingEnd) is the heading as written. */
	headingEnd: number;
	/** Where the item's body starts (after the heading and case number). */
	bodyStart: number;
	sections: Section[];
}

export interface MeetingHeader {
	forum: string;
	date: string;
	startTime: string | null;
	location: string | null;
	/** Working-text span of the line the location was read from. */
	locationLine: [number, number] | null;
}

export type Segmentation =
	{ ok: true; header: MeetingHeader; items: SegmentedItem[] } | { ok: false; reason: string };

interface Line {
	start: number;
	end: number;
	/** The line without Markdown heading and bold marks, trimmed. */
	plain: string;
}

export function plainLine(raw: string): string {
	// Most lines carry no Markdown: skip the replacements for them.
	if (!raw.includes('#') && !raw.includes('**') && !raw.includes('__')) return raw.trim();
	return raw
		.replace(/^[ \t]*#{1,6}[ \t]*/, '')
		.replace(/\*\*|__/g, '')
		.trim();
}

function lines(text: string): Line[] {
	const out: Line[] = [];
	let start = 0;
	while (start <= text.length) {
		let nl = text.indexOf('\n', start);
		if (nl === -1) nl = text.length;
		out.push({ start, end: nl, plain: plainLine(text.slice(start, nl)) });
		start = nl + 1;
	}
	return out;
}

// "Punkt" capitalised: a sentence wrapped by a PDF reader can start a line with "punkt 3." too.
// "Punkt 3.2 Velfærdsteknologi" inside an item names a budget line, not item 3.
// The dash family too: a heading is also read as the source writes it ("Punkt 3 – …").
// "Pkt. 2: CF - …": an ESDH system's export abbreviates it.
const ITEM_HEADING =
	/^(?:Punkt|PUNKT|Pkt\.|PKT\.)[ \t]+(\d{1,4})[ \t]*[:.\-\u2010-\u2015](?!\d)(.*)$/;
/** A table-of-contents line: dotted leaders or a tab before the page number. */
const CONTENTS_LINE = /(?<!\.)\.{4,}[\t ]?\d{0,3}$|\t\d{1,3}$/;
const PREFIXED_TITLE = /^([A-ZÆØÅ]{2,6})[ \t]*[-\u2010-\u2015][ \t]*(\S.*)$/;
const KLE_CASE =
	/^(?:sags?(?:nr|nummer)\.?:?[ \t]*)?(\d{2}\.\d{2}\.\d{2})-[A-ZÆØÅ]\d{2}-\d{1,5}-\d{2}$/i;
const OLD_CASE = /^(?:sags?(?:nr|nummer)\.?:?[ \t]*)?(\d{2}\/\d{1,6})$/i;
const SECTION_HEADING =
	/^(anledning|baggrund|indstilling|sagsfremstilling|beslutning|bilag|historik|status|økonomi)(?:[ \t]+(?:i|fra)[ \t]+\S[^:]*)?:?$/i;
const SENTENCE_END_INSIDE = /[.!?][ \t]+\p{Lu}/u;
/** A line of five words or more that ends on a word and a full stop is a sentence. */
function isSentence(line: string): boolean {
	return WORD_THEN_STOP.test(line) && line.split(/[ \t]+/).length >= 5;
}
const WORD_THEN_STOP = /\p{L}{2}[.!?]$/u;
const INLINE_SECTION =
	/^(anledning|baggrund|indstilling|sagsfremstilling|beslutning|historik)[ \t]*:[ \t]*\S/i;
const DATE_IN_HEADER = /(\d{1,2})[-./](\d{1,2})[-./](\d{4})/;
const LONG_DATE = new RegExp(String.raw`(\d{1,2})\.?[ \t]*(${MONTH_PATTERN})\.?[ \t]+(\d{4})`, 'i');
/** "kl. 09:00", "kl. 9.00", "kl. 9". */
const TIME = /kl\.?[ \t]*(\d{1,2})(?:[.:](\d{2}))?(?!\d)/i;
const WEEKDAY_AT_END = new RegExp(String.raw`(?:^|[ \t])(?:${WEEKDAY_NAMES.join('|')})$`, 'i');
/** "Tidspunkt: 9.00-11.00": a time without "kl.". */
const CLOCK = /^(\d{1,2})[.:](\d{2})(?!\d)/;

/** "Chefforum – referat", "Chefforum: Beslutningsreferat" on a line of their own. */
const FORUM_THEN_REFERAT =
	/^([^\s:\u2013-][^:\u2013-]{1,40}?)[ \t]*[-:\u2013][ \t]*(?:beslutnings)?referat$/iu;

/** The word a header starts with: "REFERAT", "Beslutningsreferat", "DAGSORDEN", "TILLÆGSDAGSORDEN". */
const HEADER_WORD = /^(?:beslutnings|tillægs)?(referat|dagsorden)\b(.*)$/i;

/** "… og referat", "… og dagsorden" after the first word of a combined header. */
const BOTH_AFTER = /^[ \t]*(?:og|[&/-])[ \t]*(?:referat|dagsorden)(?!\p{L})[ \t]*/iu;

/** The top of a meeting invitation: "Mødeindkaldelse", "Indkaldelse til møde i Chefforum". */
const INVITATION = /^(?:møde)?indkaldelse(?!\p{L})|^invitation[ \t]+til[ \t]+møde/iu;

/** A short line of words only ("Chefforum", "Tværgående chefgruppe", "Hoved-MED"): a forum's name. */
const FORUM_LINE = /^\p{Lu}\p{L}*(?:-\p{L}+)?(?:[ \t]\p{L}+(?:-\p{L}+)?){0,3}$/u;
/** "Møde i Hoved-MED" under a bare "Referat": the forum whose meeting it is. */
const MEETING_OF = /^møde[ \t]+i[ \t]+(?=\p{Lu})/iu;

/** A forum's name on a line of its own; the municipality's name is not a forum. */
function isForumLine(t: string): boolean {
	return FORUM_LINE.test(t) && !/kommune/i.test(t);
}

/** How far into the document the header may start (in non-empty lines). */
const HEADER_WINDOW = 15;
/**
 * A referat forwarded by e-mail and saved as text: the mail's header ("Fra:", "Sendt:", "Til:",
 * "Emne:"), a greeting and a signature come first, so its header may start further down.
 */
const MAIL_WINDOW = 60;
const MAIL_FIELD = /^(?:fra|from|sendt|sent|til|to|cc|emne|subject|dato|date)[ \t]*:/i;
const MAIL_SUBJECT = /^(?:emne|subject)[ \t]*:/i;

/** Whether the document opens with an e-mail's header (its first lines are "Fra:", … "Emne:"). */
function opensWithMail(all: Line[]): boolean {
	const first = all.filter((l) => l.plain).slice(0, 8);
	return (
		first.length > 0 &&
		MAIL_FIELD.test((first[0] as Line).plain) &&
		first.some((l) => MAIL_SUBJECT.test(l.plain))
	);
}

export function segment(text: string): Segmentation {
	if (text.trim() === '') return { ok: false, reason: 'tom fil' };
	const all = lines(text);
	const header = parseHeader(all);
	if (header.kind === 'agenda')
		return { ok: false, reason: 'ikke et referat: dokumentet er en dagsorden' };
	if (header.kind === 'invitation')
		return { ok: false, reason: 'ikke et referat: dokumentet er en mødeindkaldelse' };
	const punkt = itemHeadings(all);
	const headings = punkt.length > 0 ? punkt : numberedHeadings(all);
	if (header.kind === 'none')
		return {
			ok: false,
			reason: 'ikke et referat: intet mødehoved (»REFERAT … d. DD-MM-ÅÅÅÅ« eller »Mødedato«)'
		};
	if (!header.date)
		return { ok: false, reason: 'ikke et referat: mødehovedet har ingen gyldig mødedato' };
	if (headings.length === 0)
		return { ok: false, reason: 'ikke et referat: ingen dagsordenspunkter (»Punkt N: …«)' };
	const items = headings.map((h, k) => {
		const next = headings[k + 1];
		const endLine = next ? next.lineIndex : all.length;
		return buildItem(text, all, h, endLine);
	});
	return {
		ok: true,
		header: {
			forum: header.forum ?? 'Chefforum',
			date: header.date,
			startTime: header.startTime,
			location: header.location,
			locationLine: header.locationLine
		},
		items
	};
}

interface HeaderParse {
	kind: 'referat' | 'agenda' | 'invitation' | 'none';
	forum: string | null;
	date: string | null;
	startTime: string | null;
	location: string | null;
	locationLine: [number, number] | null;
}

function parseHeader(all: Line[]): HeaderParse {
	const h: HeaderParse = {
		kind: 'none',
		forum: null,
		date: null,
		startTime: null,
		location: null,
		locationLine: null
	};
	let seen = 0;
	let mødedato = false;
	// A forum named on its own line above "Referat af mødet d. …".
	let forumAbove: string | null = null;
	// Lines left in which a bare "REFERAT" line may be continued by its forum and date (a PDF
	// reader sets a large title on a line of its own).
	let continuing = 0;
	// What a document without a REFERAT line calls itself at the top: "Dagsorden", "Mødeindkaldelse".
	let notMinutes: 'agenda' | 'invitation' | null = null;
	const headerWindow = opensWithMail(all) ? MAIL_WINDOW : HEADER_WINDOW;
	for (const line of all) {
		const t = line.plain;
		if (!t) continue;
		if (++seen > headerWindow + 4 || ITEM_HEADING.test(t)) break;
		const word = HEADER_WORD.exec(t);
		if (!word && continuing > 0 && !headerField(t)) {
			continuing--;
			if (continueHeader(h, t)) continue;
		}
		// "Chefforum – referat": the forum, then what the document is.
		const forumFirst = !word && h.kind === 'none' ? FORUM_THEN_REFERAT.exec(t) : null;
		if (forumFirst && isForumLine(forumFirst[1] as string) && seen <= headerWindow) {
			h.kind = 'referat';
			h.forum = forumName(forumFirst[1] as string);
			continuing = 2;
			continue;
		}
		if (!word && h.kind === 'none' && INVITATION.test(t)) notMinutes ??= 'invitation';
		if (!word && h.kind === 'none' && isForumLine(t)) forumAbove = t;
		if (word && h.kind === 'none' && seen <= headerWindow) {
			// "Dagsorden og referat Chefforum d. …" is the minutes of the meeting.
			if (/^dagsorden$/i.test(word[1] as string) && !BOTH_AFTER.test(word[2] as string)) {
				// A meeting's agenda names its date; a slide titled "Dagsorden" does not.
				if (headerDate(word[2] as string)) {
					h.kind = 'agenda';
					return h;
				}
				notMinutes ??= 'agenda';
				continue;
			}
			h.kind = 'referat';
			const rest = (word[2] as string).trim();
			const d = headerDate(rest);
			h.date = d?.date ?? null;
			h.forum = forumName(d ? rest.slice(0, d.index) : rest);
			h.forum ??= forumAbove;
			// "Referat af møde torsdag den 1. september 2016 kl. 9.00-11.00".
			const time = TIME.exec(rest);
			if (time) h.startTime ??= clockTime(time);
			if (!h.date || !h.forum) continuing = 2;
			continue;
		}
		const field = headerField(t) ?? rightColumnField(t);
		if (field) {
			const { name, value } = field;
			if (/^(?:møde)?dato$/i.test(name)) {
				// "Mødedato" is the referat's own field; a bare "Dato:" dates the header of a
				// document that says what it is elsewhere (a memo has one too).
				if (/^mødedato$/i.test(name)) mødedato = true;
				h.date ??= headerDate(value)?.date ?? null;
				const time = TIME.exec(value);
				if (time) h.startTime = clockTime(time);
			} else if (/^tid/i.test(name)) {
				const time = TIME.exec(value) ?? CLOCK.exec(value);
				if (time) h.startTime ??= clockTime(time);
			} else if (value) {
				h.location = value;
				h.locationLine = [line.start, line.end];
			}
		}
	}
	// "Mødedato" alone makes a referat, unless the document calls itself an agenda or an
	// invitation: those have the same header and no decisions yet.
	if (h.kind === 'none' && mødedato) h.kind = notMinutes ?? 'referat';
	return h;
}

/** "09:00" from a matched hour and (optional) minutes. */
function clockTime(m: RegExpExecArray): string {
	return `${pad2(Number(m[1]))}:${m[2] ?? '00'}`;
}

/**
 * The first date a header line gives, in figures ("12-03-2018", "12.03.2018") or words
 * ("3. juni 2015"), and where it starts; date null when it is not a real date ("31-02-2018").
 */
function headerDate(text: string): { date: string | null; index: number } | null {
	const d = DATE_IN_HEADER.exec(text);
	if (d) return { date: isoDate(Number(d[3]), Number(d[2]), Number(d[1])), index: d.index };
	const long = LONG_DATE.exec(text);
	if (!long) return null;
	const month = MONTHS.get((long[2] as string).toLowerCase());
	return {
		date: month ? isoDate(Number(long[3]), month, Number(long[1])) : null,
		index: long.index
	};
}

/** A dated header line: "Chefforum d. 12-03-2018", "d. 3. juni 2015"; the text after it is short. */
const HEADER_DATE_LINE_MAX = 60;

/**
 * A line under a bare "REFERAT" that gives the forum ("Chefforum") or the date
 * ("d. 12-03-2018", "Chefforum den 3. juni 2015"). Fills what the header still lacks.
 */
function continueHeader(h: HeaderParse, t: string): boolean {
	if (t.length > HEADER_DATE_LINE_MAX) return false;
	const d = h.date ? null : headerDate(t);
	if (d) {
		if (!d.date) return false;
		h.date = d.date;
		// "Møde den 12. marts 2019 kl. 9.00": the meeting, not a forum.
		h.forum ??= forumName(t.slice(0, d.index));
		const time = TIME.exec(t);
		if (time) h.startTime ??= clockTime(time);
		return true;
	}
	if (!h.forum && (isForumLine(t) || isForumLine(t.replace(MEETING_OF, '')))) {
		h.forum = forumName(t);
		return true;
	}
	return false;
}

/**
 * "Chefforum      Mødedato   Onsdag d. 20. november 2019 kl. 09:00": `pdftotext -layout` sets the
 * header's fields in a column to the right of other text.
 */
function rightColumnField(line: string): { name: string; value: string } | null {
	for (const at of line.matchAll(RIGHT_COLUMN_FIELD))
		if (/^[ \t]{3}$/.test(line.slice(at.index - 3, at.index)))
			return headerField(line.slice(at.index));
	return null;
}
const RIGHT_COLUMN_FIELD = /(?<=[ \t])(?:Mødedato|Mødested|Mødelokale)(?!\p{L})/gu;

/** A header line's field: `Mødested Mødelokale 2` → Mødested, "Mødelokale 2". */
export function headerField(plain: string): { name: string; value: string } | null {
	const field =
		/^(Mødedato|Mødested|Mødelokale|(?:Dato|Tidspunkt|Tid|Sted)(?=[ \t]*:))(?!\p{L})(.*)$/iu.exec(
			plain
		);
	if (!field) return null;
	const value = (field[2] as string).replace(/^[\s:]+/, '');
	// "Mødested      Microsoft Teams          afdelingscheferne for alle": a wide gap ends the
	// field, and what follows is the next column of a two-column header. Justified PDF text
	// spreads a value's words ("Virtuelt  møde") less: one space between them.
	const gap = HEADER_VALUE_GAP.exec(value);
	return {
		name: field[1] as string,
		value: (gap ? value.slice(0, gap.index + 1) : value).trim().replace(/[ \t]{2,}/g, ' ')
	};
}

/**
 * "Lukket", "Lukket punkt", "CF - Lukket", "LUKKET SAG", "Lukket punkt - Personalesag": a closed
 * item, of which nothing is read (not even the rest of its title).
 */
const CLOSED = /^lukket(?:[ \t]+(?:punkt|sag))?\.?(?:[ \t]*[-:][ \t]*\S.*)?$/i;

function isClosed(rest: string): boolean {
	// "Lukket (81.02.00-A00-3-26)": the case number may be in the heading.
	const t = withoutCase(rest.trim());
	return CLOSED.test(t) || CLOSED.test(withoutCase(PREFIXED_TITLE.exec(t)?.[2] ?? ''));
}

function withoutCase(title: string): string {
	const c = CASE_IN_TITLE.exec(title);
	return c ? title.slice(0, c.index).trim() : title;
}

/** A heading's text after "Punkt N:": its prefix (CF, TCG) and title, or a closed item. */
export function headingTitle(rest: string): {
	prefix: string | null;
	title: string;
	closed: boolean;
	/** A case number written in the heading: "Sygefravær 2016 (sagsnr. 16/223)". */
	caseNumber: string | null;
} {
	if (isClosed(rest))
		return {
			prefix: null,
			title: 'Lukket',
			closed: true,
			caseNumber: CASE_IN_TITLE.exec(rest)?.[1] ?? null
		};
	const pm = PREFIXED_TITLE.exec(rest);
	const title = (pm?.[2] ?? rest).trim() || rest;
	const c = CASE_IN_TITLE.exec(title);
	return {
		prefix: pm?.[1] ?? null,
		title: c ? title.slice(0, c.index).trim() : title,
		closed: false,
		caseNumber: c ? (c[1] as string) : null
	};
}
const CASE_IN_TITLE =
	/\((?:sags?(?:nr|nummer)\.?:?[ \t]*)?(\d{2}\/\d{1,6}|\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d{1,5}-\d{2})\)$/i;

/** The title of a heading as the source writes it (its own dashes), or null if it does not parse. */
export function writtenTitle(heading: string): { prefix: string | null; title: string } | null {
	const line = plainLine(heading);
	const m = ITEM_HEADING.exec(line) ?? NUMBERED_ITEM.exec(line);
	return m ? headingTitle((m[2] as string).trim()) : null;
}

/** "Chefforum d." → "Chefforum"; empty when the header names no forum. */
function forumName(raw: string): string | null {
	const name = raw
		.trim()
		.replace(/\s(?:d\.?|den)$/i, '')
		// "Referat af møde torsdag den …": the weekday belongs to the date.
		.replace(WEEKDAY_AT_END, '')
		.replace(BOTH_AFTER, '')
		// "Referat – Chefforum …": the dash between the title and the forum.
		.replace(/^[-:,.][ \t]*/, '')
		.replace(/^(?:fra|for|af)[ \t]+/i, '')
		// "Referat af mødet d. …", "Referat fra møde i Chefforum": the meeting, not a forum.
		.replace(/^(?:(?:det|et)[ \t]+)?mødet?(?:[ \t]+i)?(?!\p{L})/iu, '')
		.trim()
		.replace(/[ \t]{2,}/g, ' ');
	// "REFERAT AF CHEFFORUMMØDE": the forum, not its meeting, and not in capitals.
	const forum = name.length > 8 ? name.replace(/mødet?$/i, '') : name;
	if (!forum) return null;
	if (forum.length > 4 && forum === forum.toUpperCase())
		return forum.charAt(0) + forum.slice(1).toLowerCase();
	return forum.charAt(0).toUpperCase() + forum.slice(1);
}

interface Heading {
	lineIndex: number;
	number: number;
	rest: string;
}

/**
 * Item headings in order; a number that does not increase is text, not a heading — unless it is
 * the whole heading of the item just before, not yet seen ("Punkt 4: CF - …", then "Punkt 3: CF - …").
 */
function itemHeadings(all: Line[]): Heading[] {
	const out: Heading[] = [];
	const seen = new Set<number>();
	let last = 0;
	all.forEach((line, lineIndex) => {
		const m = ITEM_HEADING.exec(line.plain);
		if (!m || CONTENTS_LINE.test(line.plain)) return;
		const number = Number(m[1]);
		const rest = (m[2] as string).trim();
		// Only a swap of two neighbours ("Punkt 4" then "Punkt 3") with a whole heading.
		if (number <= last && (number !== last - 1 || seen.has(number) || !PREFIXED_TITLE.test(rest)))
			return;
		last = Math.max(last, number);
		seen.add(number);
		out.push({ lineIndex, number, rest });
	});
	return out;
}

/**
 * Items headed by their number alone ("2. Sygefravær 2019", "## 3. Status på budgetaftalen"),
 * when no "Punkt N:" heading is found: a line of its own between blank lines, numbered 1, 2, 3 …
 * in order, each item holding a decision. A list inside an item ("1. at …", or the agenda's
 * lines one under the other) is not.
 */
function numberedHeadings(all: Line[]): Heading[] {
	const out: Heading[] = [];
	const blank = (i: number): boolean => i < 0 || i >= all.length || (all[i] as Line).plain === '';
	all.forEach((line, lineIndex) => {
		const m = NUMBERED_ITEM.exec(line.plain);
		// (A page break may have taken the blank line after it: then its case number follows.)
		const next = all[lineIndex + 1]?.plain ?? '';
		const alone = blank(lineIndex + 1) || KLE_CASE.test(next) || OLD_CASE.test(next);
		if (!m || !blank(lineIndex - 1) || !alone) return;
		if (Number(m[1]) !== out.length + 1 || CONTENTS_LINE.test(line.plain)) return;
		out.push({ lineIndex, number: Number(m[1]), rest: (m[2] as string).trim() });
	});
	if (out.length < 2) return [];
	// Every item but a closed one is decided: the decision is what makes the lines items.
	const decided = out.every((h, k) => {
		if (CLOSED.test(h.rest)) return true;
		const end = out[k + 1]?.lineIndex ?? all.length;
		for (let i = h.lineIndex + 1; i < end; i++)
			if (DECISION_LINE.test((all[i] as Line).plain)) return true;
		return false;
	});
	return decided ? out : [];
}
const NUMBERED_ITEM = /^(\d{1,2})\.[ \t]+(\p{Lu}[^\n]{1,100})$/u;
const DECISION_LINE = /^beslutning(?!\p{L})/iu;

function buildItem(text: string, all: Line[], h: Heading, endLine: number): SegmentedItem {
	const headingLine = all[h.lineIndex] as Line;
	const end = endLine < all.length ? (all[endLine] as Line).start : text.length;
	const closed = isClosed(h.rest);
	// A long title wrapped by the PDF reader continues on the very next line.
	let rest = h.rest;
	let headingEnd = h.lineIndex;
	for (let i = h.lineIndex + 1; i < Math.min(endLine, h.lineIndex + 3); i++) {
		const next = (all[i] as Line).plain;
		if (closed || !next || KLE_CASE.test(next) || OLD_CASE.test(next) || SECTION_HEADING.test(next))
			break;
		// "… afdelingschef for Kultur &" over "Fritid": a name cut at its ampersand goes on.
		const unfinished = /(?:^|\s)(?:og|eller|for|med|[i\-&]|af|på|til|om|fra|samt|ved)$|:$/i.test(
			rest
		);
		// "… sygefraværsstatistik 1. halvår" wrapped before its year ("2016" alone on the next line).
		const year = /^(?:19|20)\d\d(?:[-–/](?:19|20)?\d\d)?\)?$/.test(next);
		// "… pædagogisk personale" over "(81.03.00-A00-4-25)": the heading's case number, wrapped.
		const bracketedCase = next.startsWith('(') && CASE_IN_TITLE.test(next);
		if (!/^\p{Ll}/u.test(next) && !unfinished && !year && !bracketedCase) break;
		rest = `${rest} ${next}`;
		headingEnd = i;
	}
	const { prefix, title, caseNumber: titleCase } = headingTitle(rest);
	let caseNumber: string | null = titleCase;
	let kleCode: string | null = titleCase?.includes('-') ? titleCase.slice(0, 8) : null;
	let bodyStart = (all[headingEnd] as Line).end + 1;
	const sections: Section[] = [];
	let nonEmpty = 0;
	for (let i = headingEnd + 1; i < endLine; i++) {
		const line = all[i] as Line;
		const t = line.plain;
		if (!t) continue;
		nonEmpty++;
		if (caseNumber === null && sections.length === 0 && nonEmpty <= 4) {
			const kle = KLE_CASE.exec(t);
			const old = kle ? null : OLD_CASE.exec(t);
			if (kle || old) {
				caseNumber = kle ? t.slice(t.search(/\d/)) : (old?.[1] as string);
				kleCode = kle ? (kle[1] as string) : null;
				bodyStart = line.end + 1;
				continue;
			}
		}
		// A heading starts with a capital: "status" alone on a wrapped line is prose ("… er\nstatus\nquo").
		// "Status fra netværkene gives hver 8. uge som foreslået. Netværkslederne …" (a wrapped
		// line) is text: a heading holds no sentence end, nor ends on a word and a full stop
		// ("Status fra netværkene gives fremover hver 8. uge.").
		const s =
			t.length <= 80 && /^\p{Lu}/u.test(t) && !SENTENCE_END_INSIDE.test(t) && !isSentence(t)
				? SECTION_HEADING.exec(t)
				: null;
		// "Beslutning: Godkendt.": the heading and the first of its text on one line.
		const inline = s ? null : INLINE_SECTION.exec(t);
		if (s || inline) {
			const prev = sections[sections.length - 1];
			if (prev) prev.end = line.start;
			let start = Math.min(line.end + 1, end);
			if (inline) {
				start = text.indexOf(':', line.start) + 1;
				while (start < line.end && /[ \t*_]/.test(text[start] as string)) start++;
			}
			sections.push({
				kind: ((s ?? inline)?.[1] as string).toLowerCase() as SectionKind,
				heading: inline ? (inline[1] as string) : t,
				headingStart: line.start,
				start,
				end
			});
		}
	}
	return {
		number: h.number,
		prefix,
		title,
		closed,
		caseNumber,
		kleCode,
		start: headingLine.start,
		headingEnd: (all[headingEnd] as Line).end,
		end,
		bodyStart: Math.min(bodyStart, end),
		sections: closed ? [] : sections
	};
}
