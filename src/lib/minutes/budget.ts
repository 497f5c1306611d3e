/**
 * Status on the budget agreement (budgetaftalen): the round, its recipient and outcome, and
 * each numbered line with its traffic-light colour and previous colour, from bullets
 * ("4.3 – Ældre og digitalisering – skal være gul i stedet for rød"), status tables
 * (Nr. / Initiativ / Status) and decisions, where the decision wins.
 */

import {
	APPROVED,
	APPROVES,
	FOLLOWS_PROPOSAL,
	NUMBERED_LINE_WORD_PATTERN,
	DECISION_LEAD,
	COLOUR_PATTERN,
	MONTHS,
	MONTH_NAMES,
	ORDINALS,
	colourFromWord,
	LINE_WORD_PATTERN
} from './danish';
import { resolveDayMonth } from './dates';
import type { Evidence, ItemContext, ItemSentence } from './item-context';
import type { BudgetLine, BudgetReview, Colour } from './schema';
import { MUNICIPALITY, scopeMentions } from './sick-leave-terms';
import { itemTables, writtenCells } from './table-cells';

interface LineStatement {
	line: string;
	title: string | null;
	colour: Colour | null;
	previous: Colour | null;
	note: string | null;
	evidence: Evidence;
	fromDecision: boolean;
	/** Said in the item's Historik: the colours of an earlier round. */
	history?: boolean;
	/** Read from a status table's cells: its title and note are the table's. */
	fromTable?: boolean;
	/** The table row it was read from (working text), so the row is not read again as a sentence. */
	row?: readonly [number, number];
	/** The decision takes the line's colour away ("3.3 farvelægges ikke, før …"). */
	uncoloured?: boolean;
}

const C = `(${COLOUR_PATTERN})`;
const FIELD_FROM_TO = new RegExp(
	String.raw`(?<!\p{L})fra[ \t]+det[ \t]+${C}(?:[ \t]+felt)?[ \t]+(?:over[ \t]+)?(?:i|til)[ \t]+det[ \t]+${C}(?!\p{L})`,
	'iu'
);
/** "i det grønne felt", "står i rødt": a colour as the scheme's field ("i det grønne" alone is outdoors). */
const IN_FIELD = new RegExp(
	String.raw`(?<!\p{L})(?:i[ \t]+det[ \t]+${C}[ \t]+felt|står[ \t]+(?:nu[ \t]+|fortsat[ \t]+)?i[ \t]+${C})(?!\p{L})`,
	'iu'
);
// "gul i stedet for rød", "gult lys i stedet for rødt" (the traffic light's own words), "rød mod gul
// i maj".
const INSTEAD_OF = new RegExp(
	String.raw`(?<!\p{L})${C}(?:[ \t]+lys)?[ \t]+(?:i[ \t]+stedet[ \t]+for|og[ \t]+ikke|frem[ \t]+for|mod)[ \t]+${C}(?!\p{L})`,
	'iu'
);
const FROM_TO = new RegExp(
	String.raw`(?<!\p{L})(?:fra[ \t]+${C}[ \t]+til[ \t]+|${C}[ \t]*(?:→|->|=>)[ \t]*)${C}(?!\p{L})`,
	'iu'
);
/** "Gul (grøn)": the colour now, then the one before in parentheses. */
const NOW_THEN = new RegExp(String.raw`^[ \t]*${C}[ \t]*\([ \t]*${C}[ \t]*\)`, 'iu');
const REMAINS = new RegExp(
	String.raw`(?<!\p{L})(?:forbliver|har[ \t]+stået|fastholdes|bibeholdes|beholder[ \t]+(?:sin|den)|holdes(?:[ \t]+fast)?|bliver[ \t]+stående|(?:står|er)[ \t]+(?:fortsat|stadig)|(?:kan[ \t]+)?fortsat[ \t]+betragtes|fortsat[ \t]+(?:at[ \t]+)?(?:er|være|bliver|vises|står|markeres|angives)|(?:fortsat|stadig)[ \t]+(?:markeret|angivet|vist)[ \t]+med|fortsat|stadig|uændret)(?:[ \t]+(?:som|på|i[ \t]+det))?[ \t]+${C}(?!\p{L})`,
	'iu'
);
// "grøn (tidligere gul)", "(sidste status: rød)", "rød (var gul)", "gul (ændret fra grøn)": the
// colour of the round before.
const PREVIOUSLY = new RegExp(
	String.raw`(?<!\p{L})(?:tidligere|før|(?:ved[ \t]+)?(?:sidste|forrige|første|anden|tredje)[ \t]+status|sidst|var(?:[ \t]+(?:den|det|linjen|initiativet|indsatsen|også))?|har[ \t]+været|haft|(?:ændret|skiftet)[ \t]+fra)[ \t]*:?[ \t]+${C}(?!\p{L})`,
	'iu'
);
/** "GRØN (uændret)", "gul, uændret", "Grøn – uændret": the colour, the same as the round before. */
const UNCHANGED_AFTER = new RegExp(
	String.raw`(?<!\p{L})${C}[ \t]*[(,\-\u2013][ \t]*uændret(?!\p{L})`,
	'iu'
);
/** "grøn som ved første status": the colour, the same as the round before. */
const AS_LAST_ROUND = new RegExp(
	String.raw`(?<!\p{L})${C},?[ \t]+(?:som|ligesom)[ \t]+(?:ved|i)[ \t]+(?:første|anden|forrige|sidste|seneste)[ \t]+(?:status|opfølgning)(?!\p{L})`,
	'iu'
);
const NO_LONGER = new RegExp(String.raw`(?<!\p{L})ikke[ \t]+længere[ \t]+${C}(?!\p{L})`, 'iu');
const BECOMES = new RegExp(
	String.raw`(?<!\p{L})(?:gøres|skal[ \t]+være|bliver|blevet|bør[ \t]+være|er|(?:ændres|skiftes|skifter|sættes|(?:er|blev)[ \t]+sat|rettes|løftes|hæves|sænkes|(?:ned|op)(?:justeres|graderes))[ \t]+(?:(?:alle|begge|nu|derfor|dermed)[ \t]+){0,2}til|(?:markere[st]|betragte[st]|betegne[st]|vurdere[st]|meld(?:es|t)|farvesat|farvesættes|farvelægges|vurderer[ \t]+(?:initiativet|linjen|indsatsen|det))(?:[ \t]+(?:derfor|nu|dermed|samlet|foreløbig|foreløbigt))?(?:[ \t]+til[ \t]+økonomiudvalget|[ \t]+(?:punktet|initiativet|linjen|indsatsen))?(?:[ \t]+(?:som|med|til|at[ \t]+være))?|(?<!(?:sidste|forrige|første|anden|tredje)[ \t]+)status:?|farve:?|farven[ \t]+er|(?:tildeles|får|gives)[ \t]+(?:farven|status(?:en)?)|(?:lukkes|afsluttes)[ \t]+som|(?:flyttes|rykkes)(?:[ \t]+(?:over|op|ned))?[ \t]+(?:til|blandt)[ \t]+de|og[ \t]+(?:dermed|derfor)|hører[ \t]+(?:nu[ \t]+)?hjemme[ \t]+(?:blandt|hos)[ \t]+de|nu|ny:|(?:skal[ \t]+)?stå[ \t]+som|(?:skal[ \t]+)?fremgå(?:r)?[ \t]+som|står[ \t]+(?:nu[ \t]+)?som|(?:har[ \t]+(?:nu[ \t]+)?)?fået|får|fik|skal[ \t]+have)[ \t]+(?:(?:nu|også|ligeledes|begge|alle|derfor|dermed|vurderingen)[ \t]+){0,2}${C}(?!\p{L}|[ \t]*\/[ \t]*(?:${COLOUR_PATTERN}))`,
	'iu'
);
// Not "gul/rød": two colours offered for one line settle none.
const LEADING_COLOUR = new RegExp(
	String.raw`^(?:status:?[ \t]*)?(${COLOUR_PATTERN})(?!\p{L}|[ \t]*\/[ \t]*(?:${COLOUR_PATTERN}))`,
	'iu'
);
const TO_COLOUR = new RegExp(
	String.raw`^[ \t]*(?:til|som|=|:)[ \t]*(${COLOUR_PATTERN})(?!\p{L})`,
	'iu'
);
const ANY_COLOUR = new RegExp(String.raw`(?<!\p{L})(?:${COLOUR_PATTERN})(?!\p{L})`, 'iu');
/** "4.3 kan formentlig meldes grøn ved den afsluttende status": a colour hoped for, not given. */
function expected(text: string, m: RegExpExecArray): boolean {
	return (
		EXPECTED_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)) ||
		LATER_ROUND_AFTER.test(text.slice(m.index + m[0].length))
	);
}
const EXPECTED_BEFORE =
	/(?<!\p{L})(?:formentlig|forventeligt?|forventes|måske|muligvis|håber)(?!\p{L})/iu;
const LATER_ROUND_AFTER =
	/^[ \t]+(?:ved|til)[ \t]+(?:den[ \t]+)?(?:næste|kommende|afsluttende|sidste)[ \t]+(?:status|opfølgning)/iu;
// "… det samme som ved første status", "…, ligesom det var ved første status".
const SAME_AS_BEFORE =
	/(?:(?:de[nt][ \t]+samme|uændret)[ \t]+som|ligesom[ \t]+(?:det|den)[ \t]+var)[ \t]+ved[ \t]+(?:første|forrige|sidste|seneste)[ \t]+(?:status|opfølgning)/i;
const BARE = new RegExp(String.raw`^[ \t]*(?:status[ \t]*:?[ \t]*)?${C}[ \t]*\.?$`, 'iu');
/** "afsluttet, grøn", "gennemført, grøn.": a word or two on the line's state, then its colour. */
const STATE_THEN_COLOUR = new RegExp(
	String.raw`^[ \t]*\p{L}+(?:[ \t]\p{L}+){0,2},[ \t]*${C}[ \t]*\.?$`,
	'iu'
);

/** "Der er tale om en rød markering": the colour as an adjective of the mark. */
const A_COLOUR_MARK = new RegExp(
	String.raw`(?<!\p{L})(?:en|et)[ \t]+${C}[ \t]+(?:markering|vurdering|status)(?!\p{L})`,
	'iu'
);

/** "GUL – 3.2 Title: note", "GRØN (tidligere GUL) – 4.1 …": the colour before the line's number. */
const COLOUR_FIRST = new RegExp(
	String.raw`^${C}(?:[ \t]*\([ \t]*(?:tidligere|var)[ \t]+${C}[ \t]*\))?[ \t]*[-\u2013\u2014:][ \t]*(?=\d{1,2}\.\d{1,2}(?![\d.,]\d))`,
	'iu'
);

/** The colour (and previous colour) a piece of text gives a line, or nulls. */
export function colourStatement(raw: string): { colour: Colour | null; previous: Colour | null } {
	// "**Status:** Gul": bold is layout; so are the brackets of "ændres fra [GUL] til [RØD]".
	const unbold = raw.includes('**') ? raw.replaceAll('**', '') : raw;
	const text = unbold.includes('[') ? unbold.replace(BRACKETED_WORD, '$1') : unbold;
	let m = INSTEAD_OF.exec(text);
	if (m)
		return { colour: colourFromWord(m[1] as string), previous: colourFromWord(m[2] as string) };
	m = FROM_TO.exec(text);
	if (m)
		return {
			colour: colourFromWord(m[3] as string),
			previous: colourFromWord((m[1] ?? m[2]) as string)
		};
	// "er gledet fra det grønne over i det gule felt": the scheme's fields.
	m = FIELD_FROM_TO.exec(text);
	if (m)
		return { colour: colourFromWord(m[2] as string), previous: colourFromWord(m[1] as string) };
	m = NOW_THEN.exec(text);
	if (m)
		return { colour: colourFromWord(m[1] as string), previous: colourFromWord(m[2] as string) };
	m = REMAINS.exec(text);
	if (m) {
		const c = colourFromWord(m[1] as string);
		return { colour: c, previous: c };
	}
	m = UNCHANGED_AFTER.exec(text) ?? AS_LAST_ROUND.exec(text);
	if (m) {
		const c = colourFromWord(m[1] as string);
		return { colour: c, previous: c };
	}
	m = NO_LONGER.exec(text);
	if (m) return { colour: null, previous: colourFromWord(m[1] as string) };
	m = BECOMES.exec(text);
	if (m && !/ikke[ \t]+$/i.test(text.slice(0, m.index)) && !expected(text, m)) {
		const colour = colourFromWord(m[1] as string);
		// "billedet er det samme som ved første opfølgning: initiativet er rødt".
		return {
			colour,
			previous: previousColour(text) ?? (SAME_AS_BEFORE.test(text) ? colour : null)
		};
	}
	m = BARE.exec(text) ?? STATE_THEN_COLOUR.exec(text) ?? A_COLOUR_MARK.exec(text);
	if (m) return { colour: colourFromWord(m[1] as string), previous: null };
	// "er rykket op i det grønne felt", "står i gult".
	m = IN_FIELD.exec(text);
	if (m) return { colour: colourFromWord((m[1] ?? m[2]) as string), previous: null };
	return { colour: null, previous: null };
}

/** The previous round's colour a text states beside the current one ("tidligere gul"), or null. */
export function previousColour(text: string): Colour | null {
	const m = PREVIOUSLY.exec(text) ?? AT_EARLIER_ROUND.exec(text);
	return m ? colourFromWord(m[1] as string) : null;
}
/** "Gul ved første status – …", "Også rød ved første opfølgning" opening a remark: the colour then. */
const AT_EARLIER_ROUND = new RegExp(
	String.raw`^[ \t]*(?:(?:også|ligeledes)[ \t]+)?${C}[ \t]+ved[ \t]+(?:første|anden|tredje|forrige|sidste|seneste|\d\.)[ \t]+(?:status|opfølgning)(?!\p{L})`,
	'iu'
);

const LINE_NUMBER = String.raw`\d{1,2}\.\d{1,2}`;
/**
 * "Linje 12", "Linje 13a": an agreement numbered straight through, only with the word before it
 * (a bare "12" is any figure, and "Punkt 12" an agenda item).
 */
const WORDED_NUMBER = String.raw`(?<=${NUMBERED_LINE_WORD_PATTERN}[ \t]{1,3})\d{1,2}[a-z]?(?![\d\p{L}]|[.,]\d)`;
// A line may be named by a word first: "Initiativ 3.3 …", also in an ordered list ("4. Linje 3.4 – …");
// several lines may share one statement ("7.5, 7.6 og 7.7 – …", "2.1-2.3 er gule");
// its number may be bold alone ("- **1.2** Flere pædagoger: gul → grøn").
const LINE_START = new RegExp(
	String.raw`^[ \t]*(?:[-*•·][ \t]*|#{1,6}[ \t]+|[a-z]\)[ \t]+|\d{1,2}[.)][ \t]+(?=${LINE_WORD_PATTERN}[ \t]+\d|(?:\*\*)?\d{1,2}\.\d{1,2}[ \t*]))?(?:\*\*)?(?:${LINE_WORD_PATTERN}[ \t]+)?(${LINE_NUMBER}[.)]?(?:[ \t]*(?:,|og|&|-)[ \t]*${LINE_NUMBER}\.?)*|${WORDED_NUMBER})(?:\*\*)?(?:[ \t]*[-:\u2013](?![ \t]*${LINE_NUMBER})[ \t]*|[ \t]+(?=\p{Lu}|[("]\p{Lu}|\((?:[Gg](?:røn|ul)|[Rr]ød)))`,
	'u'
);
/**
 * "Linje 4.3 er udgået …", "Initiativ 2.1 vurderes …": the word, the number, then a verb; after
 * "…, mens" the word may be left out ("1.3 nu er grøn").
 */
const LINE_THEN_VERB = new RegExp(
	String.raw`^[ \t]*(?:[-*•·][ \t]*)?(?:${LINE_WORD_PATTERN}\s+(${LINE_NUMBER}|${WORDED_NUMBER})|(${LINE_NUMBER})(?=\s+(?:nu|fortsat|stadig|også)\s))\.?\s+(?:(?:nu|fortsat|stadig|også)\s+)?(?=(?:er|var|har|blev|bliver|kan|skal|udgår|vurderes|markeres|forbliver|fastholdes|står|stod|meldes|ændres|skifter)(?!\p{L}))`,
	'u'
);
const LINE_REF = new RegExp(
	String.raw`(?<![\d.])(${LINE_NUMBER}(?!\d|\.\d)|${WORDED_NUMBER})`,
	'gu'
);
/** "linje 5.2", "initiativ 3.1": a line named by its word. */
const WORDED_LINE_REF = new RegExp(
	String.raw`(?<!\p{L})${LINE_WORD_PATTERN}[ \t]+(${LINE_NUMBER}(?!\d|\.\d)|${WORDED_NUMBER})`,
	'gu'
);
/** A line that leaves the agreement or moves to next year's. */
const LEAVES =
	/(?<!\p{L})(?:udgår|udgået|bortfalder|(?:flyttes|overføres|overflyttes)[ \t]+til[ \t]+(?:budgetaftalen|næste|den[ \t]+kommende))(?!\p{L})/iu;
/** "uden at farven er ændret", "farven er uændret": the colour kept, without saying which. */
const COLOUR_KEPT_UNNAMED =
	/uden[ \t]+at[ \t]+farven[ \t]+(?:er[ \t]+|bliver[ \t]+)?ændre[st]|farven[ \t]+er[ \t]+uændret|(?:med|i)[ \t]+uændret[ \t]+farve/iu;

export interface BudgetRound {
	agreementYear: number | null;
	round: number | null;
	roundLabel: string | null;
}

const FINAL_ROUND = /(?<!\p{L})(afsluttende|endelige?)[ \t]+(status|opfølgning)/iu;
const ROUND_ORDINAL = new RegExp(
	// "Den første af de tre statusser" too.
	String.raw`(?<![\p{L}\d])(${[...ORDINALS.keys()].join('|')}|\d)\.?[ \t]+(?:og[ \t]+(?:sidste|afsluttende|endelige)[ \t]+|af[ \t]+(?:de[ \t]+)?(?:\p{L}+[ \t]+)?)?(status|opfølgning)`,
	'iu'
);
const ROUND_ORDINALS = new RegExp(ROUND_ORDINAL.source, 'giu');
/** "fik i maj 2013 den første opfølgning", "ved første status", "siden første status". */
const ROUND_HAD_BEFORE =
	/(?:(?<!\p{L})(?:fik|modtog|behandlede|godkendte)(?:[ \t]+[\p{L}\d]+){0,4}|(?<!\p{L})(?:ved|siden|efter))[ \t]+(?:den[ \t]+)?$/iu;
const ROUND_NUMBERED =
	/(?<!\p{L})(?:status|opfølgning|runde)[ \t]+(?:nr\.?[ \t]*)?([1-9])(?![\d.,])/iu;
const AGREEMENT_YEAR =
	/budget(?:aftale(?:n|en)?)?[ \t]+(?:for[ \t]+)?(?:budget[ \t]+)?\(?((?:19|20)\d\d)(?!\d)/i;
const ROUND_MONTH = new RegExp(
	String.raw`(?<!\p{L})(${MONTH_NAMES.join('|')})[ \t]+((?:19|20)\d\d)(?!\d)`,
	'iu'
);

const TRAILING_MONTH = new RegExp(
	String.raw`(?:[-–:,]|(?<!\p{L})pr\.?)[ \t]*(?:\d{1,2}\.[ \t]*)?(${MONTH_NAMES.join('|')})[ \t]*$`,
	'iu'
);

/**
 * "Status på budgetaftalen 2020 - oktober", "… pr. 30. april": a round named by its month alone,
 * in the agreement's year.
 */
function trailingMonth(title: string, year: number | null): [string, string, string] | null {
	const m = TRAILING_MONTH.exec(title);
	return m && year ? [m[0], m[1] as string, String(year)] : null;
}

export function budgetRound(title: string, sentences: string[]): BudgetRound {
	const texts = [title, ...sentences];
	let agreementYear: number | null = null;
	for (const t of texts) {
		const y = AGREEMENT_YEAR.exec(t);
		if (y) {
			agreementYear = Number(y[1]);
			break;
		}
	}
	let ord = ROUND_ORDINAL.exec(title);
	// "Afsluttende status på budgetaftalen": a round of its own, not the "tredje status" it mentions.
	const final = ord ? null : FINAL_ROUND.exec(title);
	// "Økonomiudvalget fik i maj den første opfølgning. Anden opfølgning skal forelægges …": a
	// round said to have been had is an earlier one.
	for (let k = 1; !ord && !final && k < texts.length; k++) {
		const text = texts[k] as string;
		ord =
			[...text.matchAll(ROUND_ORDINALS)].find(
				(m) => !ROUND_HAD_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))
			) ?? null;
	}
	// "Budgetaftalen 2018 - status nr. 2".
	let numbered: RegExpExecArray | null = null;
	for (let k = 0; !ord && !final && !numbered && k < texts.length; k++)
		numbered = ROUND_NUMBERED.exec(texts[k] as string);
	const round = ord
		? (ORDINALS.get((ord[1] as string).toLowerCase()) ?? Number(ord[1]))
		: numbered
			? Number(numbered[1])
			: null;
	const month =
		ROUND_MONTH.exec(
			title.slice(AGREEMENT_YEAR.exec(title)?.index ?? 0).replace(AGREEMENT_YEAR, '')
		) ?? trailingMonth(title, agreementYear);
	const parts: string[] = [];
	if (ord) {
		const word = (ord[2] as string).toLowerCase();
		parts.push(
			capitalise(/^\d$/.test(ord[1] as string) ? `${ord[1]}. ${word}` : `${ord[1]} ${word}`)
		);
	}
	if (numbered) parts.push(capitalise(numbered[0].replace(/[ \t]+/g, ' ')));
	if (final) parts.push(capitalise(`${final[1]} ${final[2]}`.toLowerCase()));
	if (month) parts.push(`${(month[1] as string).toLowerCase()} ${month[2]}`);
	return {
		agreementYear,
		round: round && round > 0 ? round : null,
		roundLabel: parts.join(', ') || null
	};
}

function capitalise(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
}

const TITLE_SEPARATORS = / [-\u2010-\u2015] |: /;
const TITLE_SEPARATOR = new RegExp(TITLE_SEPARATORS.source);

const FIELD =
	/\n[ \t]*(status|farve|vurdering|bemærkning|bemærkninger|note|kommentar)[ \t]*:[ \t]*/giu;

/** A statement laid out as a title line and labelled field lines, or null. */
function fieldBlock(
	ctx: ItemContext,
	start: number,
	end: number
): Pick<LineStatement, 'title' | 'colour' | 'previous' | 'note'> | null {
	const raw = ctx.text.slice(start, end);
	const fields = [...raw.matchAll(FIELD)];
	const status = fields.find((f) => /^(?:status|farve|vurdering)$/i.test(f[1] as string));
	if (!status || status.index === undefined) return null;
	const first = fields[0]?.index ?? status.index;
	const value = (f: RegExpMatchArray): string => {
		const from = (f.index ?? 0) + f[0].length;
		const next = fields.find((g) => (g.index ?? 0) > (f.index ?? 0));
		return ctx.asWritten(start + from, start + (next?.index ?? raw.length));
	};
	const said = value(status);
	const stated = colourStatement(said);
	// "Status: Rød (tidligere gul)": the colour first, then what it was.
	const leading = stated.colour ?? LEADING_COLOUR.exec(said)?.[1];
	// "Status: Afsluttet (grøn)": the colour in brackets after a word.
	const bracketed = withoutParenthesisedColour(said)[1];
	const colour = stated.colour ?? (leading ? colourFromWord(leading) : null) ?? bracketed;
	const remark = fields.find((f) => !/^(?:status|farve|vurdering)$/i.test(f[1] as string));
	const title = ctx.asWritten(start, start + first).replace(/[.,;:]$/, '');
	return {
		title: title || null,
		colour,
		// "Status: Ikke vurderet (tidligere gul)": no colour now, but the one before is said.
		previous:
			stated.previous ??
			(colour || NOT_RATED.test(said) ? previousColour(said) : null) ??
			(colour && remark ? previousInRemark(value(remark), colour) : null),
		note: remark ? value(remark) || null : null
	};
}

/**
 * A title that ends in a colour in parentheses ("Styrket tilsyn (rød)", "Velfærdsteknologi (grøn
 * → gul)"): the title and the colour.
 */
const BRACKETED_COLOUR_FIRST = new RegExp(
	String.raw`^\(((?:${COLOUR_PATTERN})(?:[ \t]*\/[ \t]*(?:${COLOUR_PATTERN}))?)\)[ \t]*:[ \t]*`,
	'iu'
);
/** "gul/rød": two colours offered for one line, neither settled. */
const TWO_COLOURS = new RegExp(
	String.raw`^(?:${COLOUR_PATTERN})[ \t]*\/[ \t]*(?:${COLOUR_PATTERN})$`,
	'iu'
);
function withoutParenthesisedColour(
	text: string,
	/** "Pkt. 1.1 Fælles indskrivning [GRØN]": after a title, square brackets do as round ones. */
	squareToo = false
): [string, Colour | null, Colour | null] {
	const t = text.replace(/[.,;:]$/, '');
	const opener = t.endsWith(')') ? '(' : squareToo && t.endsWith(']') ? '[' : null;
	const open = opener ? t.lastIndexOf(opener) : -1;
	if (open < 0) return [text, null, null];
	const inner = t.slice(open + 1, -1).trim();
	const title = t.slice(0, open).trim();
	// "(grøn/gul)": the department could not choose, so no colour.
	if (TWO_COLOURS.test(inner)) return [title, null, null];
	// "(gul)", or a change "(grøn → gul)".
	const stated = colourStatement(inner);
	// "(gul – var grøn ved første status)": the colour first, then a remark.
	const leading = LEADING_COLOUR.exec(inner)?.[1];
	const colour =
		colourFromWord(inner) ?? stated.colour ?? (leading ? colourFromWord(leading) : null);
	if (colour) return [title, colour, stated.previous ?? previousColour(inner)];
	// "(var rød ved første status)" under a heading that gives the colour: only the one before.
	const before = previousColour(inner);
	if (before && stated.colour === null) return [title, null, before];
	// "(ikke vurderet – afventer ny taksation)", "(endnu ikke farvesat)": no colour, and not part
	// of the title either.
	return NOT_RATED.test(inner) ? [title, null, null] : [text, null, null];
}
const UNRATED_CELL = /^(?:ikke[ \t]+vurderet|ikke[ \t]+relevant|udgået|udgår)$/i;
const NOT_RATED =
	/^(?:(?:endnu[ \t]+)?ikke[ \t]+(?:vurderet|farvesat)|udgået|udgår|afventer)(?!\p{L})/iu;
/** "Status: Ikke vurderet (tidligere gul)": no colour this round, the one before said. */
const NOT_RATED_STATUS =
	/(?:status|farve)[ \t]*:[ \t]*(?:endnu[ \t]+)?ikke[ \t]+(?:vurderet|farvesat)/iu;
const TITLE_SEPARATORS_ALL = new RegExp(TITLE_SEPARATORS.source, 'g');

/** A text cut at a separator, but not inside brackets ("Ny skole (gul – var grøn)"). */
function outsideBrackets(text: string, separator: RegExp): string[] {
	const out: string[] = [];
	let from = 0;
	// Brackets open at each separator, counted once over the text as the separators go by.
	let depth = 0;
	let counted = 0;
	for (const m of text.matchAll(separator)) {
		for (; counted < m.index; counted++) {
			if (text[counted] === '(') depth++;
			else if (text[counted] === ')' && depth > 0) depth--;
		}
		if (depth > 0) continue;
		out.push(text.slice(from, m.index));
		from = m.index + m[0].length;
	}
	out.push(text.slice(from));
	return out;
}

/** Cells of a line laid out in columns: text runs between gaps of two spaces or more. */
const SPACED_CELL = /\S+(?: \S+)*/g;

/**
 * A budget line written as a row of a space-aligned table: the title before the column that is
 * a colour, the note after it. Null when the line has no such columns.
 */
function spacedRow(
	ctx: ItemContext,
	s: ItemSentence,
	from: number
): Pick<LineStatement, 'title' | 'colour' | 'previous' | 'note'> | null {
	// The row's first line, in the working text (where the line breaks and columns still are).
	const base = s.start + from;
	const lineEnd = ctx.text.indexOf('\n', base);
	const firstEnd = lineEnd < 0 || lineEnd > s.end ? s.end : lineEnd;
	const first = ctx.text.slice(base, firstEnd);
	const cells = [...first.matchAll(SPACED_CELL)].map((c) => ({
		at: base + c.index,
		text: c[0],
		pieces: [[base + c.index, base + c.index + c[0].length]] as [number, number][]
	}));
	if (cells.length < 2) return null;
	// Columns apart by three spaces, or by two before the status ("Borgerservice  Grøn").
	const gapBefore = (k: number): number =>
		(cells[k] as { at: number }).at -
		((cells[k - 1] as { at: number; text: string }).at +
			(cells[k - 1] as { text: string }).text.length);
	// Two spaces only in a row whose number already stands in a column of its own ("5.1    …").
	const columned = /^[ \t]{3}$/.test(ctx.text.slice(base - 3, base));
	const isColumn = (k: number): boolean =>
		gapBefore(k) >= 3 ||
		(columned && gapBefore(k) === 2 && LEADING_COLOUR.test((cells[k] as { text: string }).text));
	if (!cells.some((_, k) => k > 0 && isColumn(k))) return null;
	// Lines under it indented into its columns continue its cells ("      Hyldespjældet").
	const lineStart = ctx.text.lastIndexOf('\n', base - 1) + 1;
	for (let at = firstEnd + 1; at < s.end;) {
		let end = ctx.text.indexOf('\n', at);
		if (end < 0 || end > s.end) end = s.end;
		const line = ctx.text.slice(at, end);
		if (!/^[ \t]{2,}\S/.test(line)) break;
		for (const c of line.matchAll(SPACED_CELL)) {
			// Columns are set flush left: the last cell that starts at or before the words.
			let best = 0;
			cells.forEach((cell, k) => {
				if (cell.at - lineStart <= c.index + 1) best = k;
			});
			const cell = cells[best] as { text: string; pieces: [number, number][] };
			cell.text = `${cell.text} ${c[0]}`;
			cell.pieces.push([at + c.index, at + c.index + c[0].length]);
		}
		at = end + 1;
	}
	const written = (c: { pieces: [number, number][] }): string =>
		c.pieces.map(([a, b]) => ctx.asWritten(a, b)).join(' ');
	const notes = (k: number): string | null =>
		cells
			.slice(k)
			.map(written)
			.filter((t) => !/^[-\u2013]$/.test(t))
			.join(' ') || null;
	// The status column: a cell that starts with a colour ("Grøn", "Rød (tidligere gul)").
	const k = cells.findIndex((c, i) => i > 0 && LEADING_COLOUR.test(c.text));
	// "5.2   Digital post   Udgår   Overhalet af …": a status that is no colour.
	const unrated = k < 0 ? cells.findIndex((c, i) => i > 0 && UNRATED_CELL.test(c.text)) : -1;
	if (unrated > 0)
		return {
			title: cells.slice(0, unrated).map(written).join(' '),
			colour: null,
			previous: null,
			note: notes(unrated + 1)
		};
	if (k < 0) {
		// Only a dash in the status column ("2.2   Cykelsti   -"): a line without a colour. Other
		// wide gaps may be justified text, which the sentence rules read.
		const last = (cells[cells.length - 1] as { text: string }).text;
		if (!/^[-\u2013]$/.test(last)) return null;
		return { title: notes(0), colour: null, previous: null, note: null };
	}
	const said = (cells[k] as { text: string }).text;
	return {
		title: cells.slice(0, k).map(written).join(' '),
		colour: colourFromWord(LEADING_COLOUR.exec(said)?.[1] as string),
		previous: previousColour(said),
		note: notes(k + 1)
	};
}

/** Verbs that follow a line's name and say how it stands: "… er gået fra rød til gul". */
const STATUS_VERBS = new Set(
	'er var bliver blev forbliver skal bør skifter skiftes ændres gøres markeres vurderes betragtes fastholdes har kører forløber følger ligger står sættes rettes løftes meldes flyttes rykkes går gik beholder tildeles udgår opjusteres nedjusteres tilføjes optages indarbejdes mangler'.split(
		' '
	)
);

/** Words that start a sentence about a line, not its name: "2.3 Det er aftalt, at …". */
const NOT_A_NAME = new Set(
	'det der den de dette denne disse vi her status linjen initiativet projektet arbejdet sagen indsatsen'.split(
		' '
	)
);

/**
 * A line's name in quotes or brackets right after its number, then words about it (a separator
 * after the name is read as any title's is).
 */
const QUOTED_NAME = /^[ \t]*(?:"([^"\n]{2,100})"|\(([^()\n]{2,100})\))(?=[ \t]+\p{L})/u;

const PART_WORD = /^(?:etape|fase|del|trin)$/iu;

/** The capitalised name before a line's status verb, at most eight words, or null. */
function nameBeforeVerb(text: string): string | null {
	const words = text.trim().split(/[ \t]+/, 10);
	// "Delebiler til hjemmeplejen udgår.": the verb may end the sentence.
	const verb = words.findIndex((w) => STATUS_VERBS.has(w.toLowerCase().replace(/[.,;:!?]$/, '')));
	const first = words[0] as string;
	if (verb < 1 || verb > 8 || !/^\p{Lu}/u.test(first) || NOT_A_NAME.has(first.toLowerCase()))
		return null;
	const name = words.slice(0, verb);
	// A name has no sentence punctuation inside it, nor a bracket that a verb would be inside; a
	// comma only before the part it names ("Klimatilpasning af Hyldagerparken, etape 1").
	return name.some((w, i) =>
		w.endsWith(',') ? !PART_WORD.test(words[i + 1] ?? '') : /[.;:!?]$|^\(/.test(w)
	)
		? null
		: name.join(' ');
}

/**
 * A list's heading that gives its colour: "Grønne initiativer:", "Status gul:", "Røde:", or a
 * heading line of its own ("**Gule**", "Røde initiativer").
 */
const LINES_UNDER_LABEL = new RegExp(
	String.raw`^(?:(${COLOUR_PATTERN})(?:[ \t]+(?:initiativer|linjer|indsatser|projekter|punkter))?|(udgået|udgåede|udgår|ikke[ \t]+vurderet))[ \t]*:[ \t]*(\d.*)$`,
	'iu'
);
const COLOUR_GROUP = new RegExp(
	String.raw`^(?:\*\*|#{1,4}[ \t]*)?(?:status[ \t]*:?[ \t]*)?(${COLOUR_PATTERN})(?:[ \t]+(?:initiativer|linjer|indsatser|projekter|punkter))?(?:[ \t]*\(\d{1,3}\))?[ \t]*:?(?:\*\*)?[ \t]*:?$`,
	'iu'
);

/** Lines stated as bullets or paragraphs that start with their number. */
/** ", og 5.3 – Udearealer – forbliver grøn": a second line, with its own title, in one bullet. */
const JOINED_LINE = new RegExp(
	String.raw`(?:,[ \t]*og|;|,)[ \t]+(?=${LINE_NUMBER}[ \t]+[-\u2013][ \t])|,[ \t]+mens[ \t]+(?=(?:${LINE_WORD_PATTERN}[ \t]+)?${LINE_NUMBER}[ \t]+(?:nu[ \t]+)?(?:er|bliver|forbliver|står|skifter|går)[ \t])`,
	'giu'
);

/** A sentence that states lines one after another, as one sentence per line. */
const FIELD_START = /^(?:status|farve|vurdering|bemærkning(?:er)?|note|kommentar)[ \t]*:/iu;

/**
 * "1.1<TAB>Ny skole", then "Status:<TAB>Grøn" and "Bemærkning:<TAB>…" on the lines under it: a Word
 * export's tabs make each line a sentence of its own; the fields belong to the line above.
 */
function withFieldLines(ctx: ItemContext): ItemSentence[] {
	const out: ItemSentence[] = [];
	for (const s of ctx.sentences) {
		const last = out[out.length - 1];
		if (
			last &&
			FIELD_START.test(s.text) &&
			(LINE_START.test(last.text) || FIELD_START.test(last.text)) &&
			/^[ \t]*\n[ \t]*$/.test(ctx.text.slice(last.end, s.start))
		)
			out[out.length - 1] = {
				...last,
				end: s.end,
				text: ctx.text.slice(last.start, s.end).replace(/\n/g, ' ')
			};
		else out.push(s);
	}
	return out;
}

function joinedLines(s: ItemSentence): ItemSentence[] {
	if ((!LINE_START.test(s.text) && !LINE_THEN_VERB.test(s.text)) || !/[,;]/.test(s.text))
		return [s];
	const out: ItemSentence[] = [];
	let from = 0;
	for (const m of s.text.matchAll(JOINED_LINE)) {
		// "7.5, 7.6, 7.7 – …" is one statement for three lines: only split after a whole one.
		// "Linje 1.2 er fortsat gul, mens 1.3 nu er grøn": a clause of its own.
		if (!m[0].includes('mens') && !/\s[-\u2013]\s/.test(s.text.slice(from, m.index))) continue;
		out.push(part(s, from, m.index));
		from = m.index + m[0].length;
	}
	if (from === 0) return [s];
	out.push(part(s, from, s.text.length));
	return out;
}

function part(s: ItemSentence, from: number, to: number): ItemSentence {
	return { ...s, start: s.start + from, end: s.start + to, text: s.text.slice(from, to) };
}

/** "– gul" at the end of a line's text, after its note. */
const COLOUR_LAST = new RegExp(String.raw`[ \t]*[-\u2010-\u2015][ \t]*${C}[ \t]*\.?$`, 'iu');
/** A part of a line's text that says something (a verb, or clauses joined by a comma), not a name. */
const CLAUSE =
	/,|(?<!\p{L})(?:er|var|har|havde|blev|bliver|kan|skal|vil|må|mangler|afventer|afhænger|forventes|ventes|følger|går|gik|ligger|kræver|forsinket|afsluttet|udskudt|igangsat|gennemført|planlagt|startet|opstartet|i[ \t]+gang)(?!\p{L})/iu;
// "grøn (tidligere gul) – alle pladser er besat": the colour, and the one before in brackets.
const COLOUR_BEFORE_NOTE = new RegExp(
	String.raw`^${C}(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?:[-\u2013:.,;][ \t]*|$)`,
	'iu'
);

/** "Ved første status var initiativet grønt": the line just stated, in the round before. */
const EARLIER_ROUND = new RegExp(
	String.raw`^ved[ \t]+(?:første|anden|tredje|forrige|sidste)[ \t]+status[ \t]+var[ \t]+(?:initiativet|linjen|det|den)[ \t]+(${COLOUR_PATTERN})(?!\p{L})`,
	'iu'
);

/** The colour and the one before that the words after a line's name state, else the group's. */
function coloursSaid(
	after: string,
	groupColour: Colour | null
): Pick<LineStatement, 'colour' | 'previous'> {
	const said = colourStatement(after);
	return {
		colour: said.colour ?? groupColour,
		previous: said.previous ?? (said.colour ? previousColour(after) : null)
	};
}

/** Where a statement stands: its evidence from `from` to the sentence's end, and its section. */
function placeOf(
	ctx: ItemContext,
	s: ItemSentence,
	from: number
): Pick<LineStatement, 'evidence' | 'fromDecision' | 'history'> {
	return {
		evidence: ctx.evidence(from, s.end),
		fromDecision: s.section === 'beslutning',
		history: s.section === 'historik'
	};
}

function statementLines(
	ctx: ItemContext,
	/** Rows already read as a status table's ("1.1<TAB>Grøn omstilling<TAB>Gul"). */
	tableRows: readonly (readonly [number, number])[] = []
): LineStatement[] {
	const out: LineStatement[] = [];
	// "Grønne initiativer:" over a list: the colour of the lines under it that state none.
	let groupColour: Colour | null = null;
	// The section the group's heading is in: the Beslutning's bullets are in no group of the
	// Sagsfremstilling's.
	let groupSection: ItemSentence['section'] | undefined;
	// Where the last line's statement starts and ends, for a colour said after it.
	let lastStart = -1;
	// The earlier round's colour said for the last line before its own colour.
	let earlierFor = null as { line: LineStatement; colour: Colour | null } | null;
	let lastEnd = -1;
	// Whether the last line was only its number and title, on a line of its own.
	let headingOnly = false;
	let lastSection: ItemSentence['section'] | undefined;
	// The line whose remark the paragraph is ("**Bemærkning:** …" under its status line).
	let remarkOf = null as LineStatement | null;
	let previousSentenceEnd = 0;
	// "• GRØN (tidligere GUL) – 4.1 Udbud af rengøring: …": the colour said before the line.
	const leads = new Map<ItemSentence, Stated & { start: number }>();
	const colourFirst = (s: ItemSentence): ItemSentence => {
		const m = COLOUR_FIRST.exec(s.text);
		if (!m) return s;
		const rest = part(s, m[0].length, s.text.length);
		leads.set(rest, {
			colour: colourFromWord(m[1] as string),
			previous: m[2] ? colourFromWord(m[2]) : null,
			start: s.start
		});
		return rest;
	};
	for (const s of withFieldLines(ctx).map(colourFirst).flatMap(joinedLines)) {
		const sentenceBefore = previousSentenceEnd;
		previousSentenceEnd = s.end;
		if (tableRows.some(([a, b]) => s.start >= a && s.start < b)) continue;
		if (s.section !== groupSection) groupColour = null;
		const m = LINE_START.exec(s.text);
		// "Linje 4.3 er udgået af aftalen": a line named by its word, then what happens to it.
		const worded = m ? null : LINE_THEN_VERB.exec(s.text);
		if (worded) {
			const rest = ctx.asWritten(s.start + worded[0].length, s.end).trim();
			out.push({
				line: (worded[1] ?? worded[2]) as string,
				title: null,
				...coloursSaid(rest, groupColour),
				note: rest || null,
				...placeOf(ctx, s, s.start)
			});
			continue;
		}
		// "Grønne initiativer: 1.1, 1.2 og 1.4", "Udgået: 2.3": a colour (or none) for a list of lines.
		const listed = m ? null : LINES_UNDER_LABEL.exec(s.text);
		if (listed && /^[\s,.&og]*$/u.test((listed[3] as string).replace(LINE_REF, ''))) {
			const colour = listed[1] ? colourFromWord(listed[1]) : null;
			for (const ref of (listed[3] as string).matchAll(LINE_REF))
				out.push({
					line: ref[1] as string,
					title: null,
					colour,
					previous: null,
					note: colour ? null : (listed[2] as string),
					...placeOf(ctx, s, s.start)
				});
			continue;
		}
		// "Desuden er bemærkningen til linje 5.2 opdateret …, uden at farven er ændret": a line
		// reported on, its colour kept and not named.
		const keptUnnamed = m ? null : COLOUR_KEPT_UNNAMED.exec(s.text);
		const keptLines = keptUnnamed ? [...s.text.matchAll(WORDED_LINE_REF)] : [];
		// "2.2 om lektiecafé … udgår", "Etableringen af ladestandere, 4.3, flyttes til budgetaftalen
		// for 2017": one line dropped or moved, with no colour this round.
		const gone = !m && !keptUnnamed && LEAVES.test(s.text) ? [...s.text.matchAll(LINE_REF)] : [];
		const colourless =
			keptLines.length === 1
				? keptLines[0]
				: gone.length === 1 && colourStatement(s.text).colour === null && !ANY_COLOUR.test(s.text)
					? gone[0]
					: undefined;
		if (colourless) {
			out.push({
				line: colourless[1] as string,
				title: null,
				colour: null,
				previous: null,
				note: ctx.asWritten(s.start, s.end),
				...placeOf(ctx, s, s.start)
			});
			continue;
		}
		if (!m) {
			// "3.4. Styrket demensindsats: Status gul, …. Ved første status var initiativet grønt."
			const earlier = EARLIER_ROUND.exec(s.text);
			const last = out[out.length - 1];
			if (earlier && last && last.colour !== null && last.previous === null)
				last.previous = colourFromWord(earlier[1] as string);
			// "### 4.1 …", "Ved første status var linjen grøn. … sættes derfor nu til gul.": said
			// before the line's colour, for it.
			else if (earlier && last && last.colour === null)
				earlierFor = { line: last, colour: colourFromWord(earlier[1] as string) };
			// "Vedr. 1.1 Madordning: Ordningen er indført … . Status er grøn.": the colour a later
			// sentence of the line's paragraph gives it.
			// "1.1 Flere pædagogtimer" as a heading of its own: the paragraphs under it are the line's,
			// its status line among them ("### 2.1 …", a paragraph, "**Status:** Grøn (var rød)").
			const gap = lastEnd >= 0 ? ctx.text.slice(lastEnd, s.start) : '';
			const breaks = gap.match(BLANK_LINES)?.length ?? 0;
			const later =
				last &&
				last.colour === null &&
				lastEnd >= 0 &&
				(breaks === 0 || (breaks <= 2 && headingOnly && s.section === lastSection))
					? colourStatement(s.text)
					: null;
			if (later?.colour && last && !s.text.match(LINE_REF)) {
				last.colour = later.colour;
				last.previous = later.previous ?? (earlierFor?.line === last ? earlierFor.colour : null);
				last.evidence = ctx.evidence(lastStart, s.end);
				// "Status: grøn" ending the line's paragraph is its own, no group's heading.
				groupColour = null;
				continue;
			} else if (later && last && NOT_RATED_STATUS.test(s.text) && !s.text.match(LINE_REF)) {
				// "Status: Ikke vurderet (tidligere gul)": no colour, the one before said.
				last.previous = previousColour(s.text);
				last.evidence = ctx.evidence(lastStart, s.end);
			}
			// "**Bemærkning:** Linjen var grøn ved første status. …" under the line's status line:
			// what the remark's paragraph says of the round before.
			if (REMARK_LABEL.test(s.text) && last && breaks <= 2 && s.section === lastSection)
				remarkOf = last;
			else if (/\n[ \t]*\n/.test(ctx.text.slice(sentenceBefore, s.start))) remarkOf = null;
			if (remarkOf?.colour && !remarkOf.previous)
				remarkOf.previous = previousInRemark(s.text, remarkOf.colour);
			// "… Initiativet var gult ved første status.": the round before, said of the line just
			// stated, in its paragraph.
			// "GRØN: 1.1 Sprogløft i dagtilbud. … Status er uændret siden første status.": what a later
			// sentence of the line's paragraph says of the round before.
			if (last?.colour && !last.previous && breaks === 0 && !s.text.match(LINE_REF))
				last.previous = THE_LINE_BEFORE.test(s.text)
					? previousColour(s.text)
					: previousInRemark(s.text, last.colour);
			const group = COLOUR_GROUP.exec(s.text);
			// "Følgende initiativer følger tidsplanen:" under "**Grønne initiativer**" introduces
			// the group's list.
			if (group) {
				groupColour = colourFromWord(group[1] as string);
				groupSection = s.section;
			}
			// A note in a bullet under the group's line ("  - Der mangler fortsat personale") keeps it.
			else if (!s.text.endsWith(':') && !s.bullet) groupColour = null;
			continue;
		}
		// "7.5, 7.6 og 7.7", "2.1-2.3" (a range, spelled out).
		const numbers = /\./.test(m[1] as string)
			? lineRefs(m[1] as string).map((r) => r.line)
			: [m[1] as string];
		const numberAt = s.start + m[0].indexOf(m[1] as string);
		lastStart = numberAt;
		lastEnd = s.end;
		lastSection = s.section;
		headingOnly = false;
		// A line written as a block of fields (its title, then "Status: Gul" and "Bemærkning: …"
		// on lines of their own), or as a row of a table laid out with spaces in PDF text
		// ("1.1   Ny skole   Grøn   Følger planen").
		const laidOut =
			numbers.length === 1
				? (fieldBlock(ctx, s.start + m[0].length, s.end) ?? spacedRow(ctx, s, m[0].length))
				: null;
		if (laidOut) {
			out.push({
				line: numbers[0] as string,
				...laidOut,
				...placeOf(ctx, s, numberAt),
				// A row laid out in columns or fields: its note is the line's own, as a table's is.
				fromTable: true
			});
			continue;
		}
		// Title and note as written; the dash family still separates them. Bold ("**1.1 Ny skole**
		// – følger planen") is layout.
		// "Initiativ 2.4 Flere aktivitetsmedarbejdere (grøn)" on a line of its own over the line's
		// note: the colour in brackets ends the title, as a dash would.
		const bodyStart = s.start + m[0].length;
		const headBreak = ctx.text.indexOf('\n', bodyStart);
		const headLine =
			headBreak > bodyStart && headBreak < s.end ? ctx.asWritten(bodyStart, headBreak) : '';
		const [headTitle, headColour] = headLine
			? withoutParenthesisedColour(headLine, true)
			: ['', null];
		const written = (
			headLine && (headColour !== null || headTitle !== headLine)
				? `${headLine} – ${ctx.asWritten(headBreak + 1, s.end)}`
				: ctx.asWritten(bodyStart, s.end)
		).replaceAll('**', '');
		// "Initiativ 3.2 (gul): Title – note": the colour in brackets before the title goes after it.
		const bracketFirst = BRACKETED_COLOUR_FIRST.exec(written);
		const body = bracketFirst ? written.slice(bracketFirst[0].length) : '';
		const dash = bracketFirst ? body.search(/[ \t][–—-][ \t]/u) : -1;
		const rest = bracketFirst
			? dash < 0
				? `${body} (${bracketFirst[1]})`
				: `${body.slice(0, dash)} (${bracketFirst[1]})${body.slice(dash)}`
			: written;
		const segments = outsideBrackets(rest, TITLE_SEPARATORS_ALL)
			.map((x) => x.trim())
			.filter(Boolean);
		// "Flere pædagoger (gul)": the colour in parentheses after the title.
		// "Initiativ 2.3 (Tryghed i boligområderne): gul": the title in parentheses.
		const [firstSegment, parenColour, parenPrevious] = withoutParenthesisedColour(
			(segments[0] ?? '').replace(/^\(([^()]+)\)$/, '$1'),
			true
		);
		// 'initiativ 3.4 "Renovering af svømmehallen" ændres fra gul til grøn', "Initiativ 7.1
		// (Digitalisering af byggesager) vurderes som gul": a quoted or bracketed name, then the text.
		const quoted = numbers.length === 1 ? QUOTED_NAME.exec(rest) : null;
		const quotedName = quoted ? (quoted[1] ?? quoted[2] ?? '').trim() : '';
		if (quoted && quotedName && colourStatement(quotedName).colour === null) {
			const after = rest.slice(quoted[0].length).trim();
			out.push({
				line: numbers[0] as string,
				title: quotedName,
				...coloursSaid(after, groupColour),
				note: after.replace(COLOUR_BEFORE_NOTE, '').trim() || null,
				...placeOf(ctx, s, numberAt)
			});
			continue;
		}
		// "… kontanthjælpsmodtagere (Arbejdsmarked, Erhverv & Ydelser)": the department responsible,
		// in brackets after the title, is not part of it.
		const first = withoutDepartment(firstSegment);
		// A title is a name ("Ny daginstitution i Hyldespjældet"), not a sentence about the line.
		// A department in brackets after it, or nothing but the colour after it ("… på Albertslund
		// Plejecenter: gul"), marks where a longer title ends.
		const colourOnlyAfter = segments.length === 2 && BARE.test(segments[1] as string);
		const nameLike =
			first.split(/\s+/).length <= (first === firstSegment && !colourOnlyAfter ? 10 : 16);
		const titled =
			numbers.length === 1 &&
			first !== '' &&
			nameLike &&
			colourStatement(first).colour === null &&
			!BARE.test(first) &&
			// "Initiativ 3.3 Delebiler til hjemmeplejen udgår.": a sentence, named up to its verb.
			// "Linje 4.1 Digital selvbetjening i Borgerservice mangler endnu en status …": so is one
			// that says how the line stands without a colour.
			!(segments.length === 1 && nameBeforeVerb(rest) !== null);
		// "4.2 Styrket rekruttering er gået fra rød til gul": without a separator, the name runs
		// up to the verb that says how the line stands.
		const named = !titled && numbers.length === 1 ? nameBeforeVerb(rest) : null;
		// "2.3 Cykelstier – etape 2 ved Hyldagerskolen – gul": with the colour last on its own, a
		// part between that is a name, not a clause, goes on with the title.
		const colourLast = titled && segments.length >= 3 && BARE.test(segments.at(-1) as string);
		const separator = titled ? TITLE_SEPARATOR.exec(rest) : null;
		const secondSeparator =
			colourLast &&
			separator &&
			segments.length === 3 &&
			!CLAUSE.test(segments[1] as string) &&
			// "Linje 5.3 (Ny hjemmeside): ny linje fra juni – gul": a title in brackets is whole.
			!/^\(.*\)$/.test(segments[0] as string)
				? TITLE_SEPARATOR.exec(rest.slice(separator.index + separator[0].length))
				: null;
		const titleEnd =
			separator && secondSeparator
				? separator.index + separator[0].length + secondSeparator.index
				: -1;
		// "4.1 – Digital selvbetjening – Status: rød": the field's label is not part of the title.
		const title = titled
			? (titleEnd >= 0 ? rest.slice(0, titleEnd).trim() : first)
					.replace(/[.,;:]$/, '')
					.replace(FIELD_LABEL_LAST, '')
			: named;
		const noteParts = titled ? segments.slice(titleEnd >= 0 ? 2 : 1) : segments;
		// The note as written: everything after the title's separator, inner colons kept; a colour
		// said last on its own is the line's status, not part of its note.
		const noteFrom =
			titleEnd >= 0 && secondSeparator
				? titleEnd + secondSeparator[0].length
				: separator
					? separator.index + separator[0].length
					: -1;
		const writtenNote = named
			? rest.trim().slice(named.length).trim()
			: !titled
				? rest.trim()
				: noteFrom >= 0
					? rest.slice(noteFrom).trim()
					: '';
		const note = colourLast ? writtenNote.replace(COLOUR_LAST, '') : writtenNote;
		// The note as written keeps its colons ("tidligere: RØD, ny: GUL"); the parts joined
		// read a colour the note puts after another separator.
		const asWritten = titled && note ? colourStatement(note) : null;
		const stated =
			asWritten?.colour != null
				? asWritten
				: colourStatement(titled ? noteParts.join(' - ') : rest);
		// "… : gul – der mangler fortsat to psykologer": a note that starts with the colour.
		const leading =
			stated.colour ?? noteParts.map((p) => LEADING_COLOUR.exec(p)?.[1]).find(Boolean);
		// "1.2 Ny skole – mangler brugertest (gul)": the colour in brackets after the note.
		const [noteText, noteColour, notePrevious] = withoutParenthesisedColour(note);
		const lead = leads.get(s);
		const colour =
			lead?.colour ??
			stated.colour ??
			parenColour ??
			noteColour ??
			(leading ? colourFromWord(leading) : null) ??
			groupColour;
		const previous =
			(lead ? lead.previous : stated.previous) ??
			(stated.colour ? null : (parenPrevious ?? notePrevious)) ??
			(colour ? previousColour(rest) : null) ??
			// "Pkt. 1.2 … [GUL]" over "Uændret i forhold til første opfølgning.": the note's word.
			(colour && note ? previousInRemark(note, colour) : null);
		// "3.1 Cykelsti … og 3.4 Trafiksikre skoleveje – begge gule": two titled lines, one statement.
		const second = numbers.length === 1 && title ? SECOND_TITLED_LINE.exec(title) : null;
		if (second && title) {
			const both = BOTH_COLOUR.exec(note);
			const shared = colour ?? (both ? colourFromWord(both[1] as string) : null);
			for (const [line, own] of [
				[numbers[0] as string, title.slice(0, second.index)],
				[second[1] as string, title.slice(second.index + second[0].length)]
			] as const)
				out.push({
					line,
					title: own,
					colour: shared,
					previous,
					note: both ? null : note || null,
					...placeOf(ctx, s, numberAt)
				});
			headingOnly = false;
			continue;
		}
		for (const line of numbers)
			out.push({
				line,
				title,
				colour,
				previous,
				// "– gul – borgerinddragelsen er forlænget …": the colour has its own field.
				note: (noteColour ? noteText : note).replace(COLOUR_BEFORE_NOTE, '') || null,
				...placeOf(ctx, s, lead ? lead.start : numberAt)
			});
		headingOnly = numbers.length === 1 && title !== null && colour === null && !note;
	}
	return out;
}
const FIELD_LABEL_LAST = /(?<![ \t])[ \t]+[-\u2013][ \t]+(?:status|farve)$/iu;
const SECOND_TITLED_LINE = new RegExp(
	String.raw`[ \t]og[ \t]+(${LINE_NUMBER})[ \t]+(?=\p{Lu})`,
	'u'
);
/** "begge gule", "alle tre grønne": one colour for the lines a statement names. */
const BOTH_COLOUR = new RegExp(
	String.raw`^(?:(?:de[ \t]+)?er[ \t]+)?(?:begge|alle[ \t]+(?:to|tre|fire))[ \t]+(${COLOUR_PATTERN})(?!\p{L})`,
	'iu'
);
const BLANK_LINES = /\n[ \t]*\n/g;

/** A title without a department named in brackets at its end. */
function withoutDepartment(title: string): string {
	const open = title.lastIndexOf('(');
	if (open <= 0 || !title.endsWith(')')) return title;
	const inner = title.slice(open + 1, -1).trim();
	const named = scopeMentions(inner);
	return named.length > 0 && named.every((m) => m.value !== MUNICIPALITY) && named[0]?.index === 0
		? title.slice(0, open).trim()
		: title;
}

/**
 * A sentence without the table rows it runs through (a table written one cell per line has no
 * full stops): the prose after the last row, or null when nothing is left.
 */
function outsideRows(
	s: ItemSentence,
	rows: readonly (readonly [number, number])[]
): ItemSentence | null {
	let cut = s.start;
	for (const [a, b] of rows) if (a < s.end && b > s.start) cut = Math.max(cut, b);
	if (cut === s.start) return s;
	// Offsets into the text hold only while the sentence is its slice, joined lines and all.
	if (cut >= s.end || s.text.length !== s.end - s.start) return null;
	const rest = s.text.slice(cut - s.start);
	const lead = rest.length - rest.trimStart().length;
	return { ...s, text: rest.trim(), start: cut + lead };
}

/**
 * Lines named inside a sentence that gives their colour: "Chefforum besluttede at 3.2 skifter
 * fra gul til grøn", "Alle linjer er grønne bortset fra 4.2, som er gul".
 */
function decisionLines(
	ctx: ItemContext,
	/** Rows already read as a status table's: a "sentence" running through them is no sentence. */
	tableRows: readonly (readonly [number, number])[]
): LineStatement[] {
	const out: LineStatement[] = [];
	ctx.sentences.forEach((whole, k) => {
		const s = outsideRows(whole, tableRows);
		if (!s || LINE_START.test(s.text) || LINE_THEN_VERB.test(s.text)) return;
		if (!ANY_COLOUR.test(s.text)) {
			// "For 3.2 Ny belysning på stisystemet er der ikke taget stilling til farven endnu": a
			// line reported without a colour.
			// "Chefforum besluttede, at linje 3.3 ikke farvelægges, før udbuddet er afsluttet": the
			// decision takes the colour away.
			const uncoloured = s.section === 'beslutning' && UNCOLOURED.test(s.text);
			const refs = uncoloured || NO_COLOUR_YET.test(s.text) ? lineRefs(s.text) : [];
			const only = refs.length === 1 ? (refs[0] as LineRef) : null;
			if (only)
				out.push({
					line: only.line,
					title: uncoloured ? null : nameBeforeVerb(s.text.slice(only.end).trim()),
					colour: null,
					previous: null,
					note: null,
					evidence: ctx.evidence(s.start, s.end),
					fromDecision: s.section === 'beslutning',
					history: s.section === 'historik',
					uncoloured
				});
			return;
		}
		// "Siden da er 3.5 blevet rød": the Historik telling what changed after the round it
		// names speaks of now, not of that round.
		if (s.section === 'historik' && SINCE_THEN.test(s.text)) return;
		const fromDecision = s.section === 'beslutning';
		const refs = lineRefs(s.text);
		if (refs.length === 0) {
			// "For 2.2 var der enighed om, at … . Linjen meldes derfor … som grøn.": the one line the
			// decision's sentence before named.
			const before = ctx.sentences[k - 1];
			if (!fromDecision || !THE_LINE_START.test(s.text) || before?.section !== s.section) return;
			const named = lineRefs(before.text);
			const said = colourStatement(s.text);
			if (named.length === 1 && said.colour)
				out.push({
					line: (named[0] as LineRef).line,
					title: null,
					colour: said.colour,
					previous: said.previous,
					note: null,
					evidence: ctx.evidence(before.start, s.end),
					fromDecision,
					history: false
				});
			return;
		}
		const colours =
			refs.length === 1 ? singleLineColour(s.text, refs[0] as LineRef) : listColours(s.text, refs);
		// The lines the history does not name: "… og de øvrige initiativer grønne".
		const others = s.section === 'historik' ? OTHERS_COLOUR.exec(s.text) : null;
		if (others)
			out.push({
				line: OTHER_LINES,
				title: null,
				colour: colourFromWord(others[1] as string),
				previous: null,
				note: null,
				evidence: ctx.evidence(s.start, s.end),
				fromDecision,
				history: true
			});
		// "linje 2.6 (…) markeres gul/grøn": two colours offered settle none, but the line is reported.
		const undecided = refs.length === 1 && TWO_COLOURS_OFFERED.test(s.text);
		refs.forEach((m, k) => {
			const c = colours[k];
			if (!undecided && (!c || (!c.colour && !c.previous))) return;
			// "Det andet røde initiativ, 3.4 Nyt plejecenter ved Kanalen, har …": the title between
			// commas; "linje 5.1, Fælles indkøb, hvor …", "For 2.4 - Digital selvbetjening - har …":
			// the title set off right after the number.
			// 'For 4.2 "Robotter til fakturahåndtering" er vurderingen rød': a title in quotes right
			// after its number, however many lines the sentence names.
			const apposition =
				QUOTED_TITLE_AFTER.exec(s.text.slice(m.end)) ??
				(refs.length === 1
					? /,[ \t]*$/.test(s.text.slice(0, m.index))
						? APPOSITION_TITLE.exec(s.text.slice(m.end))
						: appositionAfter(s.text.slice(m.end))
					: null);
			// "Følgende initiativer er grønne: 1.1 Sprogpakke i dagplejen, 1.3 Fælles skolestart og
			// 6.1 Fælles indkøb.", "… er rødt, nemlig 2.4 Kunstgræsbane ved skolen.": each title up to
			// the next line's number.
			const listed = apposition ? null : listedTitle(s.text, refs[0] as LineRef, m, refs[k + 1]);
			out.push({
				line: m.line,
				title: apposition
					? (apposition[1] as string).replace(/\s+/g, ' ')
					: (listed?.replace(/\s+/g, ' ') ?? null),
				colour: undecided ? null : (c?.colour ?? null),
				previous: undecided ? null : (c?.previous ?? null),
				note: null,
				evidence: ctx.evidence(s.start, s.end),
				fromDecision,
				history: s.section === 'historik'
			});
		});
	});
	return out;
}

type Stated = { colour: Colour | null; previous: Colour | null };

/** A line number named in a sentence, and where. */
interface LineRef {
	line: string;
	index: number;
	end: number;
}

/** A range of lines: "1.1-1.4", "1.1 til 1.4" (the same section, a short run). */
const RANGE_GAP = /^[ \t]*(?:-|til)[ \t]*$/;
const MAX_RANGE = 20;

/** The line numbers a sentence names, with ranges spelled out ("1.1-1.3" → 1.1, 1.2, 1.3). */
function lineRefs(text: string): LineRef[] {
	const out: LineRef[] = [];
	for (const m of text.matchAll(LINE_REF)) {
		const ref = { line: m[1] as string, index: m.index, end: m.index + m[0].length };
		const prev = out[out.length - 1];
		if (prev && RANGE_GAP.test(text.slice(prev.end, ref.index))) {
			const [a, from] = prev.line.split('.').map(Number) as [number, number];
			const [b, to] = ref.line.split('.').map(Number) as [number, number];
			// Lines in between have no text of their own: they sit at the range's end.
			if (a === b && to > from && to - from <= MAX_RANGE)
				for (let n = from + 1; n < to; n++)
					out.push({ line: `${a}.${n}`, index: ref.index, end: ref.index });
		}
		out.push(ref);
	}
	return out;
}

/** The colour said right after a line's number, up to the next number ("4.1 til grøn"). */
function ownColour(after: string): Stated {
	const c = colourStatement(after);
	// "hvor 2.2 og 5.1 var gule": the colour the line had, not the one it has.
	const past = c.colour || c.previous ? null : PAST_COLOUR.exec(after);
	if (past) return { colour: null, previous: colourFromWord(past[1] as string) };
	return {
		// "til grøn", or the colour right after the number ("var 2.1 rød og 2.2 gul").
		colour:
			c.colour ??
			colourFromWord(
				TO_COLOUR.exec(after)?.[1] ?? LEADING_COLOUR.exec(after.trimStart())?.[1] ?? ''
			),
		previous: c.previous
	};
}

/** "Alle linjer er grønne bortset fra 4.2, som er gul": its own colour, else the sentence's. */
function singleLineColour(text: string, m: LineRef): Stated[] {
	// "Chefforum fandt ikke, at 1.5 kan meldes grøn, …, og initiativet ændres derfor til gul": the
	// colour denied is not the line's; what follows may give it.
	if (DENIED_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) {
		const said = [...text.slice(m.end).matchAll(BECOMES_ALL)];
		return said.length > 1
			? [{ colour: colourFromWord(said[said.length - 1]?.[1] as string), previous: null }]
			: [{ colour: null, previous: null }];
	}
	// "Ved første status i marts var 2.2 gul; den er nu rød": the colour right after the number
	// was the earlier round's; a colour said after it is this round's.
	const was = EARLIER_ROUND_WAS.test(text.slice(Math.max(0, m.index - 60), m.index))
		? LEADING_COLOUR.exec(text.slice(m.end).trimStart())
		: null;
	if (was) {
		const rest = text.slice(m.end).trimStart().slice(was[0].length);
		return [
			{
				colour: colourFromWord(ANY_COLOUR.exec(rest)?.[0] ?? ''),
				previous: colourFromWord(was[1] as string)
			}
		];
	}
	const own = ownColour(text.slice(m.end));
	if (stated(own)) return [own];
	const sentence = colourStatement(text);
	return [
		sentence.colour || sentence.previous
			? sentence
			: (colourBefore(text.slice(0, m.index)) ?? sentence)
	];
}

const EARLIER_ROUND_WAS =
	/(?<!\p{L})(?:første|anden|tredje|forrige|sidste|seneste)[ \t]+status(?:[ \t]+(?:i|pr\.|den)[ \t]+[\p{L}\d.]+)?,?[ \t]+var[ \t]+$/iu;
const DENIED_BEFORE = /(?<!\p{L})(?:ikke|ikke[ \t]+enig[ \t]+i),?[ \t]+at[ \t]+$/iu;
const BECOMES_ALL = new RegExp(BECOMES.source, 'giu');
/** A verb of its own after a line ("5.2 er faldet tilbage"): it takes no colour from the one before. */
const OWN_VERB = /(?<!\p{L})(?:er|var|blev|går|gik|gået|faldet|steget|rykket|forbliver)(?!\p{L})/iu;

/** Only a list separator between two line numbers: "2.1, 2.3 og 4.1". */
const LIST_GAP = /^(?:[ \t]*,)?[ \t]*(?:(?:og|&|samt)[ \t]+)?$/;
const PAST_COLOUR = new RegExp(
	String.raw`^[ \t]*(?:var|blev)[ \t]+(?:(?:også|ligeledes)[ \t]+)?(?:(?:alle|begge)[ \t]+)?(${COLOUR_PATTERN})(?!\p{L})`,
	'iu'
);
/**
 * "… og de øvrige initiativer grønne", "…, øvrige grønne": the colour of every line the sentence
 * does not name.
 */
const OTHERS_COLOUR = new RegExp(
	String.raw`(?<!\p{L})(?:(?:de|alle)[ \t]+)?øvrige(?:[ \t]+(?:initiativer|linjer|indsatser))?[ \t]+(?:var[ \t]+|er[ \t]+)?(${COLOUR_PATTERN})(?!\p{L})`,
	'iu'
);
const SINCE_THEN =
	/(?<!\p{L})siden[ \t]+(?:da|sidst|(?:første|sidste|forrige)[ \t]+status)(?!\p{L})/iu;
const BRACKETED_WORD = /\[(\p{L}+)\]/gu;
const stated = (x: Stated | undefined): boolean => Boolean(x?.colour || x?.previous);

/** A colour as a label: "Grøn: 2.1, 2.3", "er grønne: 2.1". */
const COLOUR_LABEL = new RegExp(String.raw`(?<!\p{L})(${COLOUR_PATTERN})[ \t]*:`, 'giu');

/**
 * Each of several lines named in one sentence: its own colour ("ændre 4.1 til grøn og 4.2 til
 * rød"), else its list's ("2.1, 2.3 og 4.1 er grønne", "er grønne: 2.1, 2.3 og 4.1",
 * "Grøn: 2.1, 2.3. Gul: 3.2.").
 */
function listColours(text: string, refs: LineRef[]): Stated[] {
	// The text after each line up to the next (a range's "-" joins its lines like a comma).
	const after = refs.map((m, k) => {
		const gap = text.slice(m.end, refs[k + 1]?.index ?? text.length);
		return RANGE_GAP.test(gap) ? '' : gap;
	});
	const own = after.map(ownColour);
	// "De to grønne er 1.1 "…", hvor …, og 1.2 "…", som …": every line the group names.
	const opener = groupColour(text.slice(0, (refs[0] as LineRef).index));
	const out: Stated[] = [];
	let groupStart = 0;
	while (groupStart < refs.length) {
		// A list: numbers with only separators between them.
		let groupEnd = groupStart;
		while (
			groupEnd + 1 < refs.length &&
			!stated(own[groupEnd]) &&
			LIST_GAP.test(after[groupEnd] as string)
		)
			groupEnd++;
		const last = own[groupEnd] as Stated;
		// What the sentence says between the line before (if that had no colour of its own) and
		// this list.
		const before =
			groupStart === 0
				? text.slice(0, (refs[0] as LineRef).index)
				: stated(own[groupStart - 1])
					? ''
					: (after[groupStart - 1] as string);
		const listColour = stated(last)
			? last
			: (colourBefore(before) ??
				opener ??
				// "…, 3.2 overføres til budgetaftalen 2019": a verb of its own, and no colour.
				(OWN_VERB.test(after[groupEnd] as string) || LEAVES.test(after[groupEnd] as string)
					? { colour: null, previous: null }
					: (out[out.length - 1] ?? colourStatement(text))));
		for (let k = groupStart; k <= groupEnd; k++)
			out.push(stated(own[k]) ? (own[k] as Stated) : listColour);
		groupStart = groupEnd + 1;
	}
	return out;
}

/** The colour a list is given before it: "fra gul til grøn for …", "er grønne: …", "Grøn: …". */
function colourBefore(text: string): Stated | null {
	const c = colourStatement(text);
	if (c.colour || c.previous) return c;
	const labels = [...text.matchAll(COLOUR_LABEL)];
	const label = labels[labels.length - 1];
	if (label) return { colour: colourFromWord(label[1] as string), previous: null };
	// "Det andet røde initiativ, 3.4 Nyt plejecenter, …", "Rødt er alene 4.1 Nyt plejecenter",
	// "De to grønne er 1.1 …".
	const only = COLOUR_ONLY_BEFORE.exec(text);
	return (
		groupColour(text) ??
		(only ? { colour: colourFromWord(only[1] as string), previous: null } : null)
	);
}
const COLOUR_ONLY_BEFORE = new RegExp(
	String.raw`^[ \t]*(${COLOUR_PATTERN})[ \t]+(?:er|var)[ \t]+(?:alene|kun|blot|udelukkende)[ \t]*$`,
	'iu'
);
const TWO_COLOURS_OFFERED = new RegExp(
	String.raw`(?<!\p{L})(?:${COLOUR_PATTERN})[ \t]*\/[ \t]*(?:${COLOUR_PATTERN})(?!\p{L})`,
	'iu'
);
const APPOSITION_TITLE = /^[ \t]+(\p{Lu}[^,.;:\n]{2,80}),/u;
const QUOTED_TITLE_AFTER = /^[ \t]+"([^"\n]{2,100})"/u;
const APPOSITION_AFTER =
	/^(?:,[ \t]+(\p{Lu}[^,.;:\n]{2,80}),|[ \t]+\((\p{Lu}[^()\n]{2,80})\)|[ \t]+[-\u2013\u2014][ \t]+(\p{Lu}(?:[^\n\t \u2013\u2014-]|[ \t](?![-\u2013\u2014][ \t])|-(?=\p{L})){2,80})[ \t][-\u2013\u2014][ \t])/u;
/** A name set off by commas or dashes right after a line's number, as [whole, title]. */
function appositionAfter(text: string): [string, string] | null {
	const m = APPOSITION_AFTER.exec(text);
	const title = m ? (m[1] ?? m[2] ?? m[3] ?? '') : '';
	// A name, not a clause: "1.2, som er grøn, …" names no title.
	return m && title.split(/\s+/).length <= 10 && colourStatement(title).colour === null
		? [m[0], title]
		: null;
}
/** After a colon or "nemlig": a list of lines, each with its title. */
const TITLED_LIST_BEFORE = /(?::|(?<!\p{L})(?:nemlig|alene))[ \t]*$/iu;
// A title may hold an ordinal ("To-lærerordning i 1. klasse") and a suspended compound ("Cykel- og
// gangsti"); a comma or another "og" ends it.
const LISTED_TITLE =
	/^[ \t]+(\p{Lu}(?:[^,.;:\n]|\d\.(?= \p{L})){2,80}?)(?:[ \t]*,[ \t]*(?:og[ \t]+)?|(?<!-)[ \t]+og[ \t]+|\.?$)/u;

/** The title of a line in a list of titled lines ("…: 1.1 Sprogpakke i dagplejen, 1.3 …"). */
function listedTitle(
	text: string,
	first: LineRef,
	m: LineRef,
	next: LineRef | undefined
): string | null {
	// The list follows a colon; after its first line, each follows a comma or "og".
	if (!TITLED_LIST_BEFORE.test(text.slice(Math.max(0, first.index - 12), first.index))) return null;
	if (m !== first && !/(?:,|[ \t]og)[ \t]*$/.test(text.slice(Math.max(0, m.index - 4), m.index)))
		return null;
	const gap = text.slice(m.end, next ? next.index : text.length);
	const t = LISTED_TITLE.exec(gap);
	return t && t[0].length === gap.length ? (t[1] as string) : null;
}
const COLOUR_ADJECTIVE_BEFORE = new RegExp(
	String.raw`(?<!\p{L})(${COLOUR_PATTERN})[ \t]+(?:initiativ|linje|indsats)\p{L}*(?:,?[ \t]+(?:nemlig|er|var))?,?[ \t]*$`,
	'iu'
);
/** "De to grønne er …", "Det røde initiativ er …": a colour group, then the lines in it. */
const COLOUR_GROUP_BEFORE = new RegExp(
	String.raw`(?<!\p{L})(?:de|det|den)[ \t]+(?:(?:to|tre|fire|fem|seks|syv|otte|\d{1,2})[ \t]+)?(${COLOUR_PATTERN})(?:[ \t]+(?:initiativ|linje|indsats)\p{L}*)?[ \t]+(?:er|var)[ \t]*$`,
	'iu'
);
/** The colour a sentence gives the group of lines it then names, or null. */
function groupColour(before: string): Stated | null {
	const m = COLOUR_GROUP_BEFORE.exec(before) ?? COLOUR_ADJECTIVE_BEFORE.exec(before);
	return m ? { colour: colourFromWord(m[1] as string), previous: null } : null;
}

/** Rows of a status table (Nr. / Initiativ / Status / Bemærkning). */
const STATUS_COLUMN = /status|farve|vurdering/i;
/** "Nr.", "Linje", "Initiativ nr.": the column of the lines' numbers. */
const NUMBER_COLUMN =
	/^(?:(?:initiativ|linje|indsats)[ \t]+)?(?:nr|nummer)\.?$|^(?:linje|pkt|punkt)\.?$/i;
/** "Initiativ", "Titel": the column of the lines' titles (not "Initiativ nr."). */
const TITLE_COLUMN = /initiativ|titel|indsats|tekst|emne|overskrift|aftale|beskrivelse/i;
const EARLIER_COLUMN = /forrige|tidligere|sidste|før/i;
const FORECAST_COLUMN = /forvent|prognose|skøn|mål/i;

const NUMBERED_TITLE = new RegExp(String.raw`^(${LINE_NUMBER})\.?[ \t]+\p{Lu}`, 'u');
const LINE_CELL = new RegExp(String.raw`^(?:${LINE_WORD_PATTERN}[ \t]+)?(${LINE_NUMBER})`);
const STRAIGHT_THROUGH = new RegExp(
	String.raw`(?<!\p{L})${NUMBERED_LINE_WORD_PATTERN}[ \t]{1,3}\d{1,2}(?![\d.,]|[ \t]*[-–][ \t]*\d)`,
	'u'
);
const BARE_NUMBER_CELL = /^(\d{1,2}[a-z]?)\.?$/u;

/**
 * "Status er angivet med et bogstav: G = grøn, Y = gul, R = rød": the letters a table's cells use
 * for the colours (at least two of them, or it is no key).
 */
function letterKey(ctx: ItemContext): ReadonlyMap<string, string> {
	const key = new Map<string, string>();
	if (!ctx.contains('=')) return key;
	for (const s of ctx.sentences)
		if (s.text.includes('='))
			for (const m of s.text.matchAll(LETTER_KEY_ENTRY))
				key.set(m[1] as string, (m[2] as string).toLowerCase());
	return key.size >= 2 ? key : new Map();
}
const LETTER_KEY_ENTRY = new RegExp(
	String.raw`(?<![\p{L}\d])(\p{Lu})[ \t]*=[ \t]*(${COLOUR_PATTERN})(?!\p{L})`,
	'gu'
);
/** A cell with the key's letters spelled out ("Y", "Var R ved første status"). */
function withLettersSpelled(cell: string, key: ReadonlyMap<string, string>): string {
	return key.size === 0
		? cell
		: cell.replace(/(?<![\p{L}\d])\p{Lu}(?![\p{L}\d])/gu, (letter) => key.get(letter) ?? letter);
}
/** "Uændret siden første status" as a line's remark: the colour it had. */
const SINCE_STATUS = String.raw`(?:siden|fra|i[ \t]+forhold[ \t]+til)[ \t]+(?:første|sidste|forrige)[ \t]+(?:status|opfølgning)`;
const UNCHANGED_REMARK = new RegExp(String.raw`^uændret(?:[ \t]+${SINCE_STATUS})?(?!\p{L})`, 'iu');
/** "**Bemærkning:** …", "Kommentar:": a line's remark, as a field of its own. */
const REMARK_LABEL = /^(?:\*\*)?(?:bemærkning(?:er)?|kommentar|note)(?:\*\*)?[ \t]*:/iu;
/** "Status er uændret siden første status" inside a remark. */
const UNCHANGED_SINCE = new RegExp(String.raw`(?<!\p{L})uændret[ \t]+${SINCE_STATUS}`, 'iu');

/**
 * What a line's remark says of the round before: "Linjen var grøn ved første status", "Status er
 * uændret siden første status", "Linjen forbliver rød".
 */
function previousInRemark(remark: string, colour: Colour): Colour | null {
	const said = colourStatement(remark);
	if (said.previous && (said.colour === null || said.colour === colour)) return said.previous;
	const stood = STOOD_AT_ROUND.exec(remark);
	if (stood) return colourFromWord(stood[1] as string);
	return (
		previousColour(remark) ??
		(UNCHANGED_SINCE.test(remark) || SAME_AS_BEFORE.test(remark) ? colour : null)
	);
}
/** "Ved første opfølgning i maj stod punktet som [RØD]". */
const STOOD_AT_ROUND = new RegExp(
	String.raw`(?<!\p{L})ved[ \t]+(?:første|anden|forrige|sidste|seneste)[ \t]+(?:status|opfølgning)(?:[ \t]+i[ \t]+\p{L}+)?[ \t]+(?:stod|var)[ \t]+(?:punktet|linjen|initiativet|indsatsen|det|den)[ \t]+(?:som[ \t]+)?\[?${C}`,
	'iu'
);

function tableLines(ctx: ItemContext): LineStatement[] {
	const out: LineStatement[] = [];
	const key = letterKey(ctx);
	// "Initiativ 12" in the item: lines numbered straight through, a bare "12" in the Nr. column.
	const straight = ctx.contains('nitiativ', 'inje', 'ndsats') && STRAIGHT_THROUGH.test(ctx.text);
	// A cell as read for its colour: the key's letters spelled out.
	const read = (cell: string | undefined): string => withLettersSpelled(cell ?? '', key);
	for (const table of itemTables(ctx)) {
		const col = (re: RegExp): number => table.header.findIndex((h) => re.test(h));
		// "Nr.", "Linje", "Initiativ nr.": the column of the lines' numbers.
		const nr = col(NUMBER_COLUMN);
		// "Forrige status | Status", "Status juni | Status oktober": the last column that is not
		// said to be earlier is this round's; an earlier one gives the previous colour.
		// "Forventet status ved årets udgang": a forecast, neither this round's colour nor the last.
		const statusColumns = table.header.flatMap((h, c) =>
			STATUS_COLUMN.test(h) && !FORECAST_COLUMN.test(h) ? [c] : []
		);
		// Of several, the columns that hold colours ("Status" beside "Farve" may be text).
		const coloured = (c: number): boolean =>
			table.rows.some((r) => colourStatement(read(r.cells[c])).colour !== null);
		const named = statusColumns.filter((c) => !EARLIER_COLUMN.test(table.header[c] as string));
		const current = named.filter(coloured);
		const status = current[current.length - 1] ?? named[0] ?? -1;
		const before = statusColumns.filter(
			(c) => c < status || EARLIER_COLUMN.test(table.header[c] as string)
		);
		const earlier = before[before.length - 1] ?? -1;
		// "| 2.1 Ny skolestruktur | …": the number and the title in one cell, without a Nr. column.
		const numbered =
			nr < 0
				? table.header.findIndex(
						(_, c) =>
							table.rows.filter((r) => NUMBERED_TITLE.test(r.cells[c] ?? '')).length * 2 >
							table.rows.length
					)
				: -1;
		if ((nr < 0 && numbered < 0) || status < 0) continue;
		const title =
			numbered >= 0
				? numbered
				: // ("Initiativ nr." is the number's column, not the title's.)
					table.header.findIndex((h, c) => c !== nr && TITLE_COLUMN.test(h));
		const note = col(/bemærk|kommentar|note|forklaring/i);
		const starsMarkChange =
			table.rows.some((r) => (r.cells[status] ?? '').trim().endsWith('*')) &&
			UNMARKED_KEPT.test(ctx.text.slice(ctx.item.bodyStart, ctx.item.end));
		for (const row of table.rows) {
			// "1.1", or "Linje 1.1" with the word in the cell.
			const own = numbered >= 0 ? NUMBERED_TITLE.exec(row.cells[numbered] ?? '') : null;
			const line =
				numbered >= 0
					? own?.[1]
					: (LINE_CELL.exec(row.cells[nr] ?? '')?.[1] ??
						(straight ? BARE_NUMBER_CELL.exec((row.cells[nr] ?? '').trim())?.[1] : undefined));
			if (!line) continue;
			const cell = read(row.cells[status]);
			const said = colourStatement(cell);
			// "Grøn (tidligere gul)": the colour first, the one before in a remark.
			const leading = LEADING_COLOUR.exec(cell.trim())?.[1];
			const st =
				said.colour === null && leading
					? {
							colour: colourFromWord(leading),
							previous: previousColour(cell) ?? previousByTrend(cell, colourFromWord(leading))
						}
					: said;
			const was = earlier >= 0 ? colourStatement(read(row.cells[earlier])).colour : null;
			const cells = writtenCells(ctx, row.start, row.end, row.cells);
			// "Var rød ved 1. status" in the remark: the colour of the round before.
			// "Uændret siden første status": the colour it has now.
			const remarked =
				st.colour && note >= 0
					? (previousColour(read(row.cells[note])) ??
						(UNCHANGED_REMARK.test(read(row.cells[note]).trim()) ? st.colour : null))
					: null;
			// "Gul*" under "* ændret siden første status" and "Initiativer uden stjerne står med samme
			// farve som ved første status": a colour without the mark is the one it had.
			// A line marked "(ny)" had no colour before.
			const unmarkedKept =
				starsMarkChange &&
				st.colour &&
				!cell.trim().endsWith('*') &&
				!NEW_LINE_MARK.test(`${row.cells[nr] ?? ''} ${row.cells[title] ?? ''}`);
			out.push({
				line,
				title: own
					? (cells[title] ?? '').slice((cells[title] ?? '').indexOf(line) + line.length).trim() ||
						null
					: title >= 0
						? cells[title] || null
						: null,
				colour: st.colour,
				previous: st.previous ?? was ?? remarked ?? (unmarkedKept ? st.colour : null),
				note: note >= 0 ? cells[note] || null : null,
				evidence: ctx.evidence(row.start, row.end),
				row: [row.start, row.end],
				fromDecision: false,
				fromTable: true
			});
		}
	}
	return out;
}

/** "er der ikke taget stilling til farven endnu", "farven er endnu ikke fastlagt". */
const UNCOLOURED =
	/(?<!\p{L})(?:ikke[ \t]+(?:farvelægges|farvesættes)|(?:farvelægges|farvesættes)[ \t]+ikke|ikke[ \t]+(?:gives|tildeles|får)[ \t]+(?:en[ \t]+)?farve)(?!\p{L})/iu;
const NO_COLOUR_YET =
	/(?<!\p{L})(?:ikke[ \t]+taget[ \t]+stilling[ \t]+til[ \t]+farven|farven[ \t]+(?:er[ \t]+)?(?:endnu[ \t]+)?ikke[ \t]+(?:fastlagt|fastsat|afklaret|besluttet)|ikke[ \t]+(?:fået|tildelt)[ \t]+(?:en[ \t]+)?farve)(?!\p{L})/iu;
/** "Linjen meldes derfor … som grøn": a sentence that speaks of the line named before it. */
const THE_LINE_START = /^(?:linjen|initiativet|indsatsen)(?!\p{L})/iu;
/** "Initiativet var gult …", "Linjen var rød …": a sentence about the line just stated. */
const THE_LINE_BEFORE =
	/^(?:initiativet|linjen|indsatsen|projektet)[ \t]+(?:var|har[ \t]+været)(?!\p{L})/iu;

/**
 * "2.3 er gået fra gul til rød … . De øvrige initiativer har samme farve som ved første status":
 * every line whose colour before is not said otherwise had the colour it has now.
 */
function withOthersKept(ctx: ItemContext, lines: LineStatement[]): LineStatement[] {
	if (!ctx.contains('øvrige', 'andre') || !ctx.sentences.some((s) => OTHERS_KEPT.test(s.text)))
		return lines;
	// (A table's bare colours only: a line stated in prose, "… er nu grøn", may be one that changed.)
	return lines.map((l) =>
		l.colour && !l.previous && l.fromTable ? { ...l, previous: l.colour } : l
	);
}
const OTHERS_KEPT =
	/(?<!\p{L})(?:de[ \t]+)?(?:øvrige|andre)[ \t]+(?:initiativer|linjer)[ \t]+(?:har|står[ \t]+med)[ \t]+(?:samme[ \t]+farve|uændret[ \t]+farve)/iu;

/**
 * "Gul (forværret)": yellow got worse, so it was green; "Gul (forbedret)": it was red. Red got
 * worse from either, green got better from either: no colour before to be sure of.
 */
function previousByTrend(cell: string, colour: Colour | null): Colour | null {
	const trend = TREND_MARK.exec(cell)?.[1]?.toLowerCase();
	if (!trend || colour !== 'yellow') return null;
	return trend.startsWith('forv') ? 'green' : 'red';
}
const TREND_MARK = /\((forværret|forbedret)\)/iu;

/** "1.3 (ny)": a line new this round. */
const NEW_LINE_MARK = /\((?:ny|nyt|ny[ \t]+linje)\)/iu;

/** "Initiativer uden stjerne står med samme farve som ved første status." */
const UNMARKED_KEPT =
	/(?<!\p{L})uden\s+(?:stjerne|\*)[^.]{0,60}?samme\s+farve|(?<!\p{L})(?:øvrige|andre)\s+(?:initiativer|linjer)\s+(?:er|står)\s+uændrede?/iu;

/** The line of a statement about "de øvrige" lines (never a line number). */
const OTHER_LINES = '*';

/**
 * What the Historik says about a line is its earlier colour: merged first, as the previous
 * colour, so this round's statements override it. A line only the Historik names is left out.
 */
function mergeWithHistory(statements: LineStatement[]): LineStatement[] {
	const current = statements.filter((s) => !s.history);
	if (current.length === statements.length) return mergeLines(current);
	const firstAt = new Map<string, number>();
	current.forEach((s, i) => {
		if (!firstAt.has(s.line)) firstAt.set(s.line, i);
	});
	const history = statements
		.filter((s) => s.history && firstAt.has(s.line))
		.map((s) => ({ ...s, colour: null, previous: s.colour ?? s.previous }));
	// "… og de øvrige initiativer grønne": the previous colour of the lines it did not name.
	const others = statements.find((s) => s.history && s.line === OTHER_LINES);
	if (others)
		for (const line of firstAt.keys())
			if (!history.some((h) => h.line === line))
				history.push({ ...others, line, colour: null, previous: others.colour });
	// In the order this round's statements name the lines.
	return mergeLines([...history, ...current]).sort(
		(a, b) => (firstAt.get(a.line) as number) - (firstAt.get(b.line) as number)
	);
}

/** Merge statements per line in document order; a decision overrides what came before. */
function mergeLines(statements: LineStatement[]): LineStatement[] {
	const byLine = new Map<string, LineStatement>();
	for (const s of statements) {
		const prior = byLine.get(s.line);
		if (!prior) {
			byLine.set(s.line, { ...s });
			continue;
		}
		if (!s.fromDecision && prior.fromDecision) {
			// The decision's colour stands; the round before, said elsewhere for that colour, too.
			if (!prior.previous && s.previous && s.colour !== null && s.colour === prior.colour)
				prior.previous = s.previous;
			continue;
		}
		const colour = s.uncoloured ? null : (s.colour ?? prior.colour);
		let previous = s.previous ?? prior.previous;
		// A decision that changes the colour proposed: the proposal is what it had before, unless
		// the proposal itself said the round before ("skifter fra grøn til rød", then "meldes gul").
		if (s.colour && prior.colour && s.colour !== prior.colour && !s.previous && !prior.previous)
			previous = prior.colour;
		// "meldes gul og ikke rød" over "skifter fra grøn til rød": the colour denied is the
		// proposal's; the round before is the one the proposal named.
		if (s.colour && s.previous === prior.colour && prior.previous && s.colour !== prior.colour)
			previous = prior.previous;
		byLine.set(s.line, {
			line: s.line,
			title: prior.title ?? s.title,
			colour,
			previous,
			// The line's own note stands: neither the row read again nor the decision's reason replace it.
			note:
				(prior.fromTable && !s.fromTable) || (s.fromDecision && !prior.fromDecision)
					? (prior.note ?? s.note)
					: (s.note ?? prior.note),
			// The round's own statement, not the history that gave only the colour before.
			evidence: s.colour || (prior.history && !s.history) ? s.evidence : prior.evidence,
			history: prior.history && s.history,
			fromDecision: s.fromDecision || prior.fromDecision,
			fromTable: prior.fromTable || s.fromTable
		});
	}
	return [...byLine.values()];
}

/**
 * The day of the recipient's meeting: the first date after the verb that sends the status on
 * ("Første status blev behandlet … den 13. marts, og anden status skal forelægges udvalget …
 * den 19. juni"), else the sentence's first.
 */
function recipientDateIn(text: string, meetingDate: string): string | null {
	const verb = SENDS_ON.exec(text) ?? UPCOMING.exec(text);
	return (
		(verb ? meetingDateIn(text.slice(verb.index), meetingDate) : null) ??
		meetingDateIn(text, meetingDate)
	);
}

const THE_COMMITTEE = /(?<!\p{L})udvalge(?:t|ts)(?!\p{L})/iu;
const RECIPIENT = /(?<!\p{L})([Øø]konomiudvalg\p{L}*|ØU|[Kk]ommunalbestyrelse\p{L}*|KB)(?!\p{L})/u;
const SENDS_ON = /(?<!\p{L})(?:forelægges|fremlægges|sendes|videresendes|behandles)(?!\p{L})/iu;
const UPCOMING = /(?<!\p{L})(?:skal|kommende|forelægges|fremlægges|videre|sendes|gives)(?!\p{L})/iu;
const OUTCOMES: [RegExp, BudgetReview['outcome']][] = [
	// "Der var enighed om markeringerne, og status sendes uændret videre": agreed, so approved
	// ("enighed om, at teksten … skal gøres kortere" agrees on a change).
	[
		new RegExp(
			String.raw`godkend|tiltr[åæ]d|${FOLLOWS_PROPOSAL}|(?<!ikke[ \t]{1,3})(?:enighed|enige)[ \t]+om[ \t]+(?!at(?!\p{L}))\p{L}`,
			'iu'
		),
		'approved'
	],
	[/gennemg/i, 'reviewed'],
	[/drøft/i, 'discussed'],
	[/efterretning|orienter/i, 'noted']
];
const BARE_DECISION = new RegExp(
	String.raw`^${DECISION_LEAD}(?:${APPROVED}|drøftet|gennemgået|taget[ \t]+til[ \t]+efterretning|${FOLLOWS_PROPOSAL}|chefforum[ \t]+(?:${APPROVES}|drøftede|gennemgik|tog))(?!\p{L})`,
	'iu'
);
const FULL_DATE = new RegExp(
	String.raw`(\d{1,2})\.?[ \t]*(${[...MONTHS.keys()].join('|')})\.?(?:[ \t]+((?:19|20)\d\d))?(?!\p{L})`,
	'iu'
);
const FULL_DATES = new RegExp(FULL_DATE.source, 'giu');
/** "pr. 30. april": the day a status is made up to, not a meeting. */
const AS_OF = /(?<!\p{L})pr\.?[ \t]*$/iu;
/** "d. 12/6", "den 12/6-18": a day and month in figures (the year after the meeting if left out). */
const NUMERIC_DATE =
	/(?<!\p{L})(?:d\.|den)[ \t]{0,3}(\d{1,2})\/(\d{1,2})(?:[-/]((?:19|20)?\d\d))?(?![\d/])/u;
/** "d. 22.9.2026", "den 22.09.2026": a day, month and year with dots. */
const DOTTED_DATE = /(?<!\p{L})(?:d\.|den)[ \t]{0,3}(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?!\d)/u;
const fullYear = (y: string): number => (y.length === 2 ? 2000 + Number(y) : Number(y));
/**
 * The date of a meeting a sentence names, as ISO (a day, or a month), or null. "opgjort pr. 30.
 * april 2020 og skal behandles … den 2. juni 2020": "pr." dates the status, not a meeting.
 */
function meetingDateIn(text: string, meetingDate: string): string | null {
	const d = [...text.matchAll(FULL_DATES)].find(
		(m) => !AS_OF.test(text.slice(Math.max(0, m.index - 6), m.index))
	);
	if (d)
		return resolveDayMonth(
			meetingDate,
			Number(d[1]),
			MONTHS.get((d[2] as string).toLowerCase()) as number,
			d[3] ? Number(d[3]) : null
		);
	const mo = MONTH_ONLY.exec(text);
	if (mo)
		return resolveDayMonth(
			meetingDate,
			null,
			MONTHS.get((mo[1] as string).toLowerCase()) as number,
			mo[2] ? Number(mo[2]) : null
		);
	const numeric = NUMERIC_DATE.exec(text) ?? DOTTED_DATE.exec(text);
	return numeric
		? resolveDayMonth(
				meetingDate,
				Number(numeric[1]),
				Number(numeric[2]),
				numeric[3] ? fullYear(numeric[3]) : null
			)
		: null;
}

const MONTH_ONLY = new RegExp(
	String.raw`(?:i|primo|medio|ultimo)[ \t]+(${MONTH_NAMES.join('|')})(?:[ \t]+((?:19|20)\d\d))?(?!\p{L})`,
	'iu'
);

/**
 * Whether an item reads as a status on budget lines ("Budgetopfølgning 2021 – september"): its
 * numbered lines carry traffic-light colours.
 */
/** The rows of tables of numbered lines and their titles with no status column. */
function titleTableRows(ctx: ItemContext): (readonly [number, number])[] {
	if (!ctx.contains('\t', '|')) return [];
	return itemTables(ctx).flatMap((t) =>
		t.header.some((h) => NUMBER_COLUMN.test(h.trim())) &&
		t.header.some((h) => TITLE_COLUMN.test(h)) &&
		!t.header.some((h) => STATUS_COLUMN.test(h))
			? t.rows.map((r) => [r.start, r.end] as const)
			: []
	);
}

function rowsOf(lines: LineStatement[]): (readonly [number, number])[] {
	return lines.flatMap((l) => (l.row ? [l.row] : []));
}

/**
 * The lines an item's table and statements give, read once per item: the topic of an item under a
 * vague title ("Opfølgning") is decided by them before the item is read as a status.
 */
const statedByItem = new WeakMap<ItemContext, LineStatement[]>();
function statedLines(ctx: ItemContext): LineStatement[] {
	let stated = statedByItem.get(ctx);
	if (!stated) {
		const table = tableLines(ctx);
		// The rows of a table that lists the lines without colours name them (see
		// withTitlesNamedElsewhere); they are no statements either.
		stated = [...table, ...statementLines(ctx, [...rowsOf(table), ...titleTableRows(ctx)])];
		statedByItem.set(ctx, stated);
	}
	return stated;
}

export function hasColouredLines(ctx: ItemContext): boolean {
	return statedLines(ctx).some((l) => l.colour !== null);
}

/**
 * "For 5.2 – Energirenovering af svømmehallen er der …" in the Sagsfremstilling, "at 5.2 fortsat
 * står som rød" in the Indstilling: a line's title said where its colour is not.
 */
function withTitlesNamedElsewhere(ctx: ItemContext, lines: LineStatement[]): LineStatement[] {
	if (!lines.some((l) => l.title === null)) return lines;
	const titles = new Map<string, string>();
	// "Nr. | Initiativ | Ansvarlig afdeling": a table of the lines without their colours names them.
	if (ctx.contains('\t', '|'))
		for (const table of itemTables(ctx)) {
			const nr = table.header.findIndex((h) => NUMBER_COLUMN.test(h.trim()));
			const name = table.header.findIndex((h, c) => c !== nr && TITLE_COLUMN.test(h));
			if (nr < 0 || name < 0) continue;
			for (const row of table.rows) {
				const line = LINE_CELL.exec(row.cells[nr] ?? '')?.[1];
				const title = row.cells[name]?.trim();
				if (line && title && !titles.has(line)) titles.set(line, title);
			}
		}
	for (const s of ctx.sentences) {
		if (!s.text.includes('–') && !s.text.includes(' - ')) continue;
		// "7.1 og 7.2 – Frivillighed og pulje – …": one title for a list says whose it is not.
		const refs = [...s.text.matchAll(LINE_REF)];
		if (refs.length !== 1) continue;
		for (const ref of refs) {
			const line = ref[1] as string;
			if (titles.has(line)) continue;
			const after = s.text.slice((ref.index ?? 0) + ref[0].length);
			const dash = DASH_THEN.exec(after);
			if (!dash) continue;
			const title = appositionAfter(after)?.[1] ?? nameBeforeVerb(after.slice(dash[0].length));
			if (title && colourStatement(title).colour === null) titles.set(line, title);
		}
	}
	// "… omfatter bl.a. 1.2 Flere pædagoger i vuggestuerne og 1.3 Sprogindsats i 0.-klasse",
	// "Klippekort til beboere på plejecentrene (2.4) er sat i gang": names said in running prose.
	const untitled = new Set(lines.filter((l) => l.title === null).map((l) => l.line));
	for (const s of ctx.sentences) {
		for (const ref of s.text.matchAll(LINE_REF)) {
			const line = ref[1] as string;
			if (!untitled.has(line) || titles.has(line)) continue;
			const title = nameInProse(s.text.slice((ref.index ?? 0) + ref[0].length));
			if (title) titles.set(line, title);
		}
		const before = NAME_BEFORE_NUMBER.exec(s.text);
		const line = before?.[2] as string;
		if (before && untitled.has(line) && !titles.has(line) && /\s/.test(before[1] as string))
			titles.set(line, before[1] as string);
	}
	for (const l of lines) if (l.title === null) l.title = titles.get(l.line) ?? null;
	return lines;
}
const NAME_BEFORE_NUMBER = new RegExp(
	String.raw`^(\p{Lu}[\p{L}\d \t-]{2,80}?)[ \t]+\((${LINE_NUMBER})\)`,
	'u'
);

/** A name right after a line's number in a sentence about it: capitalised, up to its verb. */
function nameInProse(after: string): string | null {
	// (A line wrapped by the page may break anywhere in the name.)
	if (!/^\s+\p{Lu}/u.test(after)) return null;
	const words = after.trim().split(/\s+/, 10);
	if (NOT_A_NAME.has((words[0] as string).toLowerCase())) return null;
	const name: string[] = [];
	for (let i = 0; i < words.length && name.length < 8; i++) {
		const w = words[i] as string;
		const bare = w.toLowerCase();
		if (bare === 'som' || STATUS_VERBS.has(bare)) break;
		if (bare === 'og' && /^\d/.test(words[i + 1] ?? '')) break;
		if (/[,;:()!?]/.test(w)) break;
		if (w.endsWith('.')) {
			name.push(w.slice(0, -1));
			break;
		}
		name.push(w);
	}
	return name.length >= 2 && colourStatement(name.join(' ')).colour === null
		? name.join(' ')
		: null;
}
const DASH_THEN = /^[ \t]+[-\u2013\u2014][ \t]+(?=\p{Lu})/u;

export function extractBudget(ctx: ItemContext): { lines: BudgetLine[]; reviews: BudgetReview[] } {
	const round = budgetRound(
		ctx.item.title,
		ctx.sentences.map((s) => s.text)
	);
	const stated = statedLines(ctx);
	const merged = withOthersKept(
		ctx,
		withTitlesNamedElsewhere(
			ctx,
			mergeWithHistory([...stated, ...decisionLines(ctx, rowsOf(stated))])
		)
	);
	const base = {
		meeting_id: ctx.meetingId,
		item_number: ctx.item.number,
		agreement_year: round.agreementYear,
		round: round.round,
		round_label: round.roundLabel
	};
	// Fields written out, not spread: spreading two objects into one is slow in V8.
	const lines: BudgetLine[] = merged.map((l) => ({
		meeting_id: base.meeting_id,
		item_number: base.item_number,
		agreement_year: base.agreement_year,
		round: base.round,
		round_label: base.round_label,
		line: l.line,
		title: l.title,
		colour: l.colour,
		previous_colour: l.previous,
		note: l.note,
		evidence: l.evidence.evidence,
		evidence_start: l.evidence.evidence_start,
		evidence_end: l.evidence.evidence_end
	}));

	const toRecipient = ctx.sentences.filter((s) => RECIPIENT.test(s.text));
	// Prefer the sentence saying when the status goes on next over history ("blev orienteret i maj").
	const dated = (x: ItemSentence): boolean => meetingDateIn(x.text, ctx.meetingDate) !== null;
	// "Status forelægges Økonomiudvalget den 16. januar" over "… begynder den 1. januar, har
	// Økonomiudvalget bedt om …, da initiativerne skal …": a verb that sends the status on first.
	const recipientSentence =
		toRecipient.find((x) => SENDS_ON.test(x.text) && dated(x)) ??
		toRecipient.find((x) => UPCOMING.test(x.text) && dated(x)) ??
		toRecipient.find(dated) ??
		toRecipient.find((x) => UPCOMING.test(x.text)) ??
		toRecipient[0];
	// "Da Økonomiudvalget ikke holder møde i december, forelægges tredje status … direkte for
	// Kommunalbestyrelsen": the one named after the verb that sends the status on.
	const sends = recipientSentence
		? (SENDS_ON.exec(recipientSentence.text) ?? UPCOMING.exec(recipientSentence.text))
		: null;
	const recipientWord = recipientSentence
		? (((sends ? RECIPIENT.exec(recipientSentence.text.slice(sends.index)) : null) ??
				RECIPIENT.exec(recipientSentence.text))?.[1] as string)
		: null;
	const recipient = recipientWord
		? /^(?:ØU|økonomi)/i.test(recipientWord)
			? 'Økonomiudvalget'
			: 'Kommunalbestyrelsen'
		: null;
	const said = recipientSentence ? recipientDateIn(recipientSentence.text, ctx.meetingDate) : null;
	// "Økonomiudvalget har fået status i maj og september. På udvalgets møde den 11. december 2018
	// forelægges …": the day said of "udvalget" in the sentence after, over past months.
	const next = recipientSentence
		? ctx.sentences[ctx.sentences.indexOf(recipientSentence) + 1]
		: undefined;
	// "Økonomiudvalget fik forelagt første status den 10. marts 2015. Anden status skal forelægges
	// udvalget på mødet den 9. juni 2015": a day before this meeting was an earlier round's.
	const past = said !== null && said.length === 10 && said < ctx.meetingDate;
	const anaphoric =
		(said === null || said.length === 7 || past) && next && THE_COMMITTEE.test(next.text)
			? recipientDateIn(next.text, ctx.meetingDate)
			: null;
	const recipientDate =
		anaphoric !== null && anaphoric.length === 10 && (!past || anaphoric >= ctx.meetingDate)
			? anaphoric
			: said;
	const decisions = ctx.sentences.filter(
		(s) => s.section === 'beslutning' || /^(?:chefforum|tværgående)/i.test(s.text)
	);
	let outcome: BudgetReview['outcome'] = null;
	let outcomeSentence = recipientSentence ?? ctx.sentences[0];
	for (const [re, value] of OUTCOMES) {
		// The decision on the item itself ("Godkendt med den ændring, at …") or one that names it.
		const s = decisions.find(
			(x) =>
				re.test(x.text) &&
				(/status|budget|opfølgning/i.test(x.text) ||
					(x.section === 'beslutning' && BARE_DECISION.test(x.text)))
		);
		if (s) {
			outcome = value;
			outcomeSentence = s;
			break;
		}
	}
	if (!outcomeSentence) return { lines, reviews: [] };
	const reviews: BudgetReview[] = [
		{
			...base,
			recipient,
			recipient_date: recipientDate,
			outcome,
			lines_reported: lines.length,
			...ctx.evidence(outcomeSentence.start, outcomeSentence.end)
		}
	];
	return { lines, reviews };
}
