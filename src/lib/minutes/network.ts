/**
 * The network organisation (Netværksstrukturen): named networks and their status, dated
 * milestones of the theme process, cadences, and structure versions (NS2, NS3).
 * "Netværk" in the sense of computers, or another organisation's network, is left alone.
 */

import {
	APPROVED,
	FOLLOWS_PROPOSAL,
	DECISION_LEAD,
	MONTHS,
	MONTH_NAMES,
	MONTH_PATTERN,
	numberFromWord,
	WEEKDAY_PATTERN
} from './danish';
import { resolveAfter, resolveDayMonth } from './dates';
import type { ItemContext, ItemSentence } from './item-context';
import type { NetworkEvent, NetworkEventKind } from './schema';
import { itemTables } from './table-cells';
import { EXTERNAL_NETWORK, IT_NETWORK, namesOtherNetwork } from './topics';

const DAY_MONTH = new RegExp(
	String.raw`(?<![\d.,])(\d{1,2})\.?[ \t]*(${MONTH_PATTERN})\.?(?:[ \t]+((?:19|20)\d\d)(?!\d))?(?!\p{L})`,
	'giu'
);
const MONTH_ONLY = new RegExp(
	String.raw`(?<!\p{L})(?:i|primo|medio|ultimo|inden|fra|til(?:[ \t]+og[ \t]+med)?|start|slut|udgangen[ \t]+af)[ \t]+(${MONTH_NAMES.join('|')})(?:[ \t]+((?:19|20)\d\d)(?!\d))?(?!\p{L})`,
	'giu'
);
// A row of a tidsplan: "Juni 2014: …", "- juni | …", "Fra august 2026: …", and "Juni 2014 Første
// status" (a date alone on its line over the activity, joined).
const MONTH_BULLET = new RegExp(
	String.raw`^(?:[-*•·|][ \t]*)?(?:(?:i|primo|medio|ultimo|fra|senest|inden)[ \t]+)?(${MONTH_PATTERN})\.?(?:[ \t]+((?:19|20)\d\d))?(?:[ \t]*[:|][ \t]*|\t[ \t]*| {3}[ \t]*|[ \t]+-[ \t]+|(?<=\d{4}) (?=\p{Lu}))(\S.*)$`,
	'iu'
);
// A tidsplan row led by its day ("- 15. november: …", "- 14.-15. marts: …", the first of two days).
const DATED_BULLET = new RegExp(
	String.raw`^(?:[-*•·|][ \t]*)?(?:(?:${WEEKDAY_PATTERN})[ \t]+)?(?:d\.[ \t]*|den[ \t]+)?(\d{1,2})\.?(?:-\d{1,2}\.)?[ \t]*(${MONTH_PATTERN})\.?(?:[ \t]+((?:19|20)\d\d))?(?:[ \t]*[:|-][ \t]*|\t[ \t]*| {3}[ \t]*|(?<=\d{4}) (?=\p{Lu}))(\S.*)$`,
	'iu'
);
const WEEK_ROW = /^(?:[-*•·|][ \t]*)?uge[ \t]+(\d{1,2})[ \t]*[:|]/iu;
/** "- Kick-off 14. marts: …", "- Midtvejsseminar i juni: …": a tidsplan row that names the step first. */
const LABELLED_DATED_BULLET = new RegExp(
	String.raw`^([-*•·][ \t]*)?(?:\p{L}[\p{L}-]*[ \t]+){1,4}(?:(?:${WEEKDAY_PATTERN})[ \t]+)?(?:d\.[ \t]*|den[ \t]+)?(?:(\d{1,2})\.[ \t]*|i[ \t]+)(${MONTH_PATTERN})\.?(?:[ \t]+((?:19|20)\d\d))?[ \t]*:[ \t]*\S`,
	'iu'
);
/** "d. 3/12", "10/6": day and month in digits (a case number "15/5563" has no month). */
const NUMERIC_DATE = /(?<![\d/.,])(?:d\.[ \t]*)?(\d{1,2})\/(\d{1,2})(?![\d/])/g;
/** "| 12.10. | Frist for …", "12.10.: …": a day and month in figures, in a tidsplan row. */
const DAY_MONTH_BULLET = /^(?:[-*•·|][ \t]*)?(\d{1,2})\.(\d{1,2})\.[ \t]*[|:][ \t]*(\S.*)$/u;
/** "19.08.2020", "31-12-2020": a whole date in figures. */
const FULL_NUMERIC_DATE = /(?<![\d.,/-])(\d{1,2})[.-](\d{1,2})[.-]((?:19|20)\d\d)(?![\d.,/-]?\d)/g;
// "15.10.2024: …", "15.10.24: …" (a year in two figures).
const FULL_NUMERIC_BULLET =
	/^(?:[-*•·|][ \t]*)?(?:d\.[ \t]*|den[ \t]+)?(\d{1,2})[.-](\d{1,2})[.-]((?:19|20)?\d\d)[ \t]*[:|-][ \t]*(\S.*)$/u;
/** "2024-11-20: …": a tidsplan row dated the ISO way. */
const ISO_BULLET = /^(?:[-*•·|][ \t]*)?((?:19|20)\d\d)-(\d{2})-(\d{2})[ \t]*[:|][ \t]*(\S.*)$/u;
const NUMERIC_BULLET =
	/^(?:[-*•·][ \t]*)?(?:d\.[ \t]*|den[ \t]+)?(\d{1,2})\/(\d{1,2})[ \t]*[:-][ \t]*(\S.*)$/u;
const MILESTONE_WORDS =
	/senest|frist|deadline|beslut|behandles[ \t]+(?:på|i)[ \t]|opstart|start|evaluer|afslut|lukke|kvalificer|drøft|tema|seminar|workshop|møde|præsenter|fremlæg|forelæg|forelagt|fremlagt|afprøves|aflever|afrapporter|forlæng|overgår|periode|løber|kraft|status|kick-?off|(?:går|gå|sættes)[ \t]+(?:for[ \t]+alvor[ \t]+)?i[ \t]+gang/i;
// What was done, in the passive: "Temaprocessen blev sat i gang den 2. oktober".
const DONE_PASSIVE = String.raw`(?:sat[ \t]+i[ \t]+gang|startet|igangsat|besluttet|afholdt|holdt|kvalificeret|drøftet|evalueret|afsluttet)`;
// "Tidsplanen blev godkendt med den ændring, at …" looks forward; "… blev sat i gang den 2.
// oktober" is a milestone passed.
const PAST = new RegExp(
	String.raw`(?<!\p{L})(?:siden|tidligere|blev(?![ \t]+(?:godkendt|vedtaget|aftalt)(?!\p{L})|[ \t]+${DONE_PASSIVE}(?!\p{L}))|var|havde)(?!\p{L})`,
	'iu'
);
/**
 * "Chefforum besluttede temaerne i december", said in June: a date of something done, so the
 * last such month before the meeting. Not when a verb in the sentence looks ahead ("besluttede
 * at igangsætte to netværk i januar", "…, og netværkene starter i september").
 */
const DONE = new RegExp(
	String.raw`(?<!\p{L})(?:besluttede|valgte|drøftede|vedtog|udpegede|(?:af)?holdt|startede|igangsatte|afsluttede|kvalificerede|evaluerede|præsenterede|behandlede|blev[ \t]+${DONE_PASSIVE})(?!\p{L})`,
	'iu'
);
const LOOKS_AHEAD =
	/(?<!\p{L})(?:at|skal|vil|kommer|bliver|forventes|planlægges|går|mødes|(?:af)?holde[rs]|starte[rs]|igangsætte[rs]|afslutte[rs]|evaluere[rs]|drøfte[rs]|beslutte[rs]|præsentere[rs]|forelægge[rs]|orientere[rs]|behandle[rs]|gennemføre[rs]|aflevere[rs])(?!\p{L})/iu;
/** "… den 15. juni i stedet for den 8. juni": the date given up. */
const REPLACED_DATE_BEFORE = /i[ \t]+stedet[ \t]+for[ \t]+(?:den[ \t]+|d\.[ \t]*)?$/iu;
/** "midtvejsstatus flyttes fra 2. juni til 9. juni": the date moved from, given up. */
const MOVED_FROM_BEFORE =
	/(?<!\p{L})(?:flytte[st]|rykke[st]|ændre[st]|udskyde[st]|udskudt|udsættes|udsat|fremrykke[st])(?!\p{L})[^.\n]{0,40}[ \t]fra[ \t]+(?:den[ \t]+|d\.[ \t]*)?$/iu;

// "månedlige netværksmøder", "kvartalsvise statusmøder": the adjective before a kind of meeting.
const CADENCE =
	/(?<!\p{L})(?:(?:ugentlige|månedlige|kvartalsvise|halvårlige)(?=[ \t]+\p{L}*(?:møder?|seminarer|seminar|opfølgninger|samlinger)(?!\p{L}))|(?:ca\.?[ \t]+)?hver(?:[ \t]+(?:\d{1,2}\.(?:[ \t]*-[ \t]*\d{1,2}\.)?|anden|tredje|fjerde|sjette|ottende|fjortende))?[ \t]+(?:uge|måned|kvartal|halvår|dag)|(?:ca\.?[ \t]+)?hvert[ \t]+kvartal|(?<=(?:mødes|gives|holdes|afholdes|drøftes|forelægges|orienteres|sendes|rapporteres|afrapporteres|sætter|igangsætter|starter)[ \t]{1,3}(?:ca\.[ \t]{1,3})?)(?:ugentligt|månedligt|kvartalsvis|halvårligt)|(?:ugentligt|månedligt|kvartalsvis|halvårligt)(?=\.?$)|hvert[ \t]+(?:halve[ \t]+år|halvår|andet[ \t]+år|andet[ \t]+kvartal)|hvert[ \t]+(?:forår[ \t]+og[ \t]+(?:hvert[ \t]+)?efterår|efterår[ \t]+og[ \t]+(?:hvert[ \t]+)?forår)|(?:\d(?:[ \t]*-[ \t]*\d)?|en|én|to|tre|fire)[ \t]+gange?[ \t]+(?:årligt|om[ \t]+året|i[ \t]+året|pr\.?[ \t]+år|pr\.?[ \t]+halvår|(?:i|om)[ \t]+halvåret|om[ \t]+måneden|i[ \t]+måneden|om[ \t]+ugen|månedligt|i[ \t]+kvartalet|halvårligt)|med[ \t]+(?:\d{1,2}|to|tre|fire|fem|seks|otte|ti|tolv)[ \t]+(?:ugers|måneders)[ \t]+mellemrum)(?!\p{L})/giu;
const REPLACED_BEFORE = /(?:i[ \t]+stedet[ \t]+for|frem[ \t]+for|(?<!\p{L})fra)[ \t]+$/iu;
const STRUCTURE_VERSION =
	/version[ \t]+(\d{1,2})[ \t]+af[ \t]+netværksstruktur\p{L}*|netværksstruktur\p{L}*[ \t]+version[ \t]+(\d{1,2})|(?<![\p{L}\d])NS[ \t]?([1-9])(?!\d)|netværksstruktur(?:\p{L}*[ \t]+([1-9])\.0|[ \t]+([1-9]))(?![\d.,]\d|\d|[ \t]*-|[ \t]+gange?(?!\p{L}))|netværksstruktur\p{L}*[ \t]*\([ \t]*version[ \t]+(\d{1,2})[ \t]*\)/giu;

/**
 * A name in double or single quotes, in Markdown italics ("*Digital velfærd*") or bold
 * ("valgte **Unge med angst** som velfærdsnetværk": bold counts only where the words around it
 * say it is a network, as every quote does).
 */
const QUOTED =
	/"([^"\n]{3,90})"|(?<![\p{L}'])'([^'\n]{3,90})'(?!\p{L})|(?<![\p{L}*])\*([^*\n]{3,90})\*(?![\p{L}*])|(?<![\p{L}*])\*\*([^*"\n]{3,90})\*\*(?![\p{L}*])/gu;
// "netværket", "netværksarbejdet i", "velfærdsnetværk med temaerne": a quote after these names a network.
/** "fortsætter fra januar som": a network going on under the name that follows. */
const CONTINUES_AS = String.raw`(?:fortsætter|videreføres)(?:[ \t]+[^\s"]+){0,4}[ \t]+som`;
const NETWORK_BEFORE = new RegExp(
	String.raw`(?:valgte|vælger|udvalgte)[ \t]+(?:\p{L}+[ \t]+){0,3}?temaerne[ \t]*$|netværk\p{L}*(?:[ \t]+(?:i|om|for|med|kaldet|ved|navn|navnet|tema|temaet|temaerne|titlen|overskriften)){0,3}[:,]?[ \t]*$|netværk\p{L}*[ \t][^.:"\n]{0,40}:[ \t]*$|netværk\p{L}*[ \t][^.:"\n]{0,40}[ \t]tema(?:erne|et)[ \t]*$|netværk\p{L}*,[ \t]+(?:der|som)[ \t][^.:",\n]{0,50},[ \t]*$|(?:navn|omdøbt|omdøbes)[ \t]+til[ \t]*$|navn[ \t]+fra[ \t]+"[^"\n]{3,60}"[ \t]+til[ \t]*$|netværk\p{L}*[ \t]+(?:fremover[ \t]+|nu[ \t]+)?hedder[ \t]*$|(?:under|med)[ \t]+(?:(?:den|det)[ \t]+nye[ \t]+)?(?:navnet|titlen|titel|navn)[ \t]*$|"[^"\n]{3,90}"[ \t]+${CONTINUES_AS}[ \t]*$`,
	'iu'
);
const NOT_A_NETWORK_BEFORE =
	/projekt|analyse|arbejdsgruppe|rapport|strategi|\p{L}'s[ \t]|foreningens|kl's/iu;
const AFTER_NETWORK_NAME = /^[ \t]*(?:og|,)[ \t]*$/;
const CHAINED_QUOTE = /^[ \t]*(?:og|,)[ \t]*"[^"\n]{3,90}"/;
/** What follows a quote and the quotes chained to it: '"A" og "B" overgår til drift'. */
function afterQuotes(text: string, from: number): string {
	let at = from;
	for (let m = CHAINED_QUOTE.exec(text.slice(at, at + 100)); m;) {
		at += m[0].length;
		m = CHAINED_QUOTE.exec(text.slice(at, at + 100));
	}
	return text.slice(at, at + 40);
}
const STATUS_AFTER_NAME =
	/^[ \t]*(?:afsluttes|forlænges|nedlægges|lukkes|ophører|stopper|fortsætter|kører|videreføres|overgår[ \t]+til[ \t]+drift|starter|igangsættes|etableres|oprettes)(?!\p{L})/iu;
/** "Indstillingen blev godkendt", "Godkendt.", "Tiltrådt.", "Chefforum godkendte indstillingen". */
const APPROVES_PROPOSAL = new RegExp(
	String.raw`^${DECISION_LEAD}(?:${APPROVED}|${FOLLOWS_PROPOSAL})(?!\p{L})`,
	'iu'
);
/**
 * A name without quotes: "Velfærdsnetværket om Tidlig indsats for sårbare gravide afsluttes":
 * capitalised after "netværket om", up to the verb that says what happens to it.
 */
const THEME_LINE =
	/^(?:\*\*)?[Tt]ema[ \t]*:[ \t]*(\p{Lu}[^\n"*:\u2013]{2,90}?)[ \t]+[-\u2013][ \t]+/u;
const THEME_STATUS =
	/kører|afslutte\p{L}*|overgår[ \t]+til[ \t]+drift|lukke\p{L}*|nedlægge\p{L}*|forlænge\p{L}*|fortsætter|igangsætte\p{L}*|er[ \t]+i[ \t]+gang/iu;
const UNQUOTED_NAME =
	/(?<!\p{L})(?:(?:[Vv]elfærds|[Ll]ærings|[Ii]nnovations)netværket|[Nn]etværket)[ \t]+om[ \t]+(\p{Lu}[\p{L}&-]*(?:[ \t]+[\p{L}&-]+){0,8}?)(?=[ \t]+(?:afsluttes|afsluttede|afslutter|er|har|fortsætter|kører|overgår|forlænges|skal|starter|igangsættes|blev|nedlægges|stopper|holdt|holder|afholdt|mødes|mødtes|sluttede|slutter)(?!\p{L})|[ \t]+med[ \t]+(?:\d{1,2}|en|et|to|tre|fire|fem|seks)[ \t]+(?:uger|måned|måneder|år)(?!\p{L})|[ \t]*[.,;:])/gu;

const DECIDED_TOPIC =
	/(?<!\p{L})(?:[Vv]elfærds|[Ll]ærings|[Ii]nnovations)netværket[ \t]+om[ \t]+(\p{Ll}[\p{L}-]*(?:[ \t]+[\p{L}-]+){0,7}?)(?=[ \t]+og[ \t]+(?:velfærds|lærings|innovations)netværket(?!\p{L})|[ \t]*[.,;])/gu;

/** Two or more capitalised words after "netværket", small joining words allowed between them. */
const TITLE_CASE_NAME =
	/(?<!\p{L})(?:[Vv]elfærds|[Ll]ærings|[Ii]nnovations)?[Nn]etværket[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]+(?:(?:i|og|for|på|til|af|fra|om|med|ved|uden)[ \t]+)?(?!(?:Velfærds|Lærings|Innovations)?[Nn]etværk)\p{Lu}[\p{Ll}-]*)+)/gu;
/** "Netværk 1: Ældre og ensomhed" on a line of its own: a network numbered in a status. */
const NUMBERED_HEADING =
	/^((?:\*\*)?[Nn]etværk[ \t]+(\d{1,2}|[A-ZÆØÅ])[ \t]*[:.][ \t]*)(\p{Lu}[^:"\n*]{2,80})(?:\*\*)?$/u;
/** "**TRYG I EGET HJEM**": a name in bold capitals on a line of its own. */
const BOLD_CAPS_HEADING = /^\*\*(\p{Lu}[\p{Lu}&-]*(?:[ \t]+[\p{Lu}&][\p{Lu}&-]*){1,7})\*\*$/u;
/** "Netværk 1" in a sentence, once a subheading has numbered it. */
const NUMBERED_REF = /(?<!\p{L})[Nn]etværk[ \t]+(\d{1,2}(?![\d.,]\d)|[A-ZÆØÅ](?![\p{L}\d]))/gu;
/** Two capitals in a row: a name in capitals may be in the sentence. */
const CAPS_HINT = /\p{Lu}\p{Lu}/u;
const CAPS_WORDS = String.raw`\p{Lu}{2,}(?:[ \t]+\p{Lu}{2,}){1,5}`;
const CAPS_NAME = new RegExp(
	String.raw`(?<!\p{L})(?:(?:[Vv]elfærds|[Ll]ærings|[Ii]nnovations)?[Nn]etværket[ \t]+(${CAPS_WORDS})(?!\p{L})|(${CAPS_WORDS})(?=[ \t]+(?:forlænges|afsluttes|nedlægges|lukkes|fortsætter|videreføres|kører|til[ \t]+\d)(?!\p{L})))`,
	'gu'
);
/** A sentence that may name a network plainly: numbered, or in capitals. */
const MAY_NAME_PLAINLY = /[Nn]etværk[ \t]+(?:\d|[A-ZÆØÅ](?![\p{L}\d]))|\p{Lu}\p{Lu}/u;
const NOT_A_NAME_START =
	/^(?:Chefforum|Albertslund|Kommune|Sekretariat|Netværk|Direktion|Direktørforum|NS\d)(?!\p{L})/u;
/** "overgår (nu) til drift" and "holdt sit sidste/afsluttende møde": a network that has ended. */
const TO_OPERATION = String.raw`overgår[ \t]+(?:nu[ \t]+|derfor[ \t]+|dermed[ \t]+|herefter[ \t]+)?til[ \t]+drift`;
const LAST_MEETING = String.raw`holdt[ \t]+sit[ \t]+(?:sidste|afsluttende)[ \t]+(?:netværks)?møde`;
const ENDED = new RegExp(
	String.raw`${TO_OPERATION}|${LAST_MEETING}|(?<!\p{L})sluttede(?!\p{L})|afslutte\p{L}*|nedlægge\p{L}*|nedlagt|lukke\p{L}*|ophør\p{L}*|stoppe\p{L}*`,
	'iu'
);
const EXTENDED = /forlænge\p{L}*|fortsætter[ \t]+(?:frem[ \t]+)?til(?![ \t]+drift)/iu;
const DECIDED =
	/besluttede|valgte|beslutter|besluttet|godkendte|tiltrådte|igangsætte\p{L}*|nye[ \t]+netværk|nyt[ \t]+netværk|etableres|oprettes|opstartes|startes(?:[ \t]+op)?(?!\p{L})|sættes[ \t]+i[ \t]+gang/iu;
/**
 * A network put off or turned down: "udskydes", "udsættes til efteråret", "afvises" ("skal ikke
 * startes om" is not restarted, so it goes on).
 */
const POSTPONED =
	/(?<!\p{L})(?:udskydes|udsættes|afvises|droppes|tages[ \t]+af|ikke[ \t]+(?:igangsættes|startes(?![ \t]+om(?!\p{L}))|godkendes|etableres))(?!\p{L})/iu;
/** "skulle efter planen have afsluttet sit arbejde": an end that was planned, not one that happens. */
const PLANNED_END = /(?<!\p{L})(?:skulle|efter[ \t]+planen|var[ \t]+planlagt)(?!\p{L})/iu;
/**
 * "har afsluttet sine netværksmøder og er nu i afprøvningsfasen": the meetings are over, the
 * network goes on.
 */
const IN_TEST_PHASE =
	/(?<!\p{L})(?:er|går)[ \t]+(?:nu[ \t]+)?(?:over[ \t]+)?i[ \t]+(?:sin[ \t]+|en[ \t]+)?(?:afprøvnings|test|implementerings|forankrings)fase/iu;
/** "På mødet i december 2019 valgte Chefforum …": a decision taken at an earlier meeting. */
const EARLIER_MEETING =
	/(?<!\p{L})(?:på|ved|i)[ \t]+(?:sit[ \t]+|det[ \t]+)?(?:møde|mødet)[ \t]+(?:i|den|d\.)[ \t]+(?:\d|\p{L})/iu;
/**
 * A sentence without its relative clauses: 'at etablere innovationsnetværket "X", som arbejder uden
 * fast slutdato' says what the network will do, not that it runs.
 */
function withoutRelativeClauses(text: string): string {
	return text.includes(',') ? text.replace(RELATIVE_CLAUSE, '') : text;
}
const RELATIVE_CLAUSE = /,[ \t]+(?:som|der)[ \t][^,.;]*/gu;
/** Present work outranks a decision word elsewhere in the sentence ("kører i 4 måneder" is a plan). */
const RUNNING =
	/(?<!\p{L})(?:kører(?![ \t]+i[ \t]+(?:\d|en|et|to|tre|fire|fem|seks))|igangværende|er[ \t]+i[ \t]+gang|har[ \t]+holdt|arbejder|fortsætter(?![ \t]+til)|videreføres)(?!\p{L})/iu;

/** A network's name as compared: case and line wrapping do not make another network. */
function nameKey(name: string): string {
	return name.toLowerCase().replace(/\s+/g, ' ');
}

function event(
	ctx: ItemContext,
	/** The sentence (or table row) the event is read from: its evidence unless fields say less. */
	s: { start: number; end: number },
	kind: NetworkEventKind,
	fields: {
		network?: string | null;
		date?: string | null;
		label?: string | null;
		start?: number;
		end?: number;
	}
): NetworkEvent {
	const date = fields.date ?? null;
	return {
		meeting_id: ctx.meetingId,
		item_number: ctx.item.number,
		event: kind,
		network: fields.network ?? null,
		date,
		date_precision:
			date === null ? null : date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year',
		label: fields.label ?? null,
		...ctx.evidence(fields.start ?? s.start, fields.end ?? s.end)
	};
}

/** Whether an item talks about the network organisation at all (not IT). */
export function mentionsNetworks(ctx: ItemContext): boolean {
	return (
		ctx.contains('netværk', 'Netværk', 'NETVÆRK') &&
		ctx.sentences.some((s) => /netværk/i.test(s.text) && !IT_NETWORK.test(s.text))
	);
}

// Cheap tests that let a sentence skip the patterns that cannot match it.
const MAY_HAVE_VERSION = /version|(?<![\p{L}\d])ns[ \t]?[1-9]|netværksstruktur\p{L}*[ \t]+[1-9]/iu;
const MAY_HAVE_CADENCE = /hver|gange?[ \t]|ligt|kvartalsvis/i;
const MAY_HAVE_NAME =
	/["'*]|^tema[ \t]*:|netværket[ \t]+om[ \t]|netværk(?:ene)?(?:[ \t][^.:"\n]{0,40})?:/i;
// Without the i flag, under which \p{Lu} would take any letter.
const TITLE_CASE_HINT = /[Nn]etværket[ \t]+\p{Lu}/u;
const BOLD_NAME =
	/^\*\*(?:[Vv]elfærds|[Ll]ærings|[Ii]nnovations|[Tt]ema)?[Nn]etværket[ \t]+(\p{Lu}[^*\n]{2,80})\*\*/u;
const QUOTE_OR_STAR = /["'*]/;
const MAY_HAVE_DATE = new RegExp(String.raw`\d|${MONTH_NAMES.join('|')}`, 'i');

export function extractNetworkEvents(ctx: ItemContext, isNetworkItem: boolean): NetworkEvent[] {
	const out: NetworkEvent[] = [];
	const networkItem = isNetworkItem;
	// Another organisation's networks (KL's) are not the municipality's.
	// An item about the IT network's outage speaks of no cross-department network.
	if (EXTERNAL_NETWORK.test(ctx.item.title) || (!networkItem && IT_NETWORK.test(ctx.item.title)))
		return out;
	const relevant = networkItem || mentionsNetworks(ctx);
	if (!relevant) return out;
	const statuses = new Map<
		string,
		{ event: NetworkEvent; proposal: boolean; reference?: boolean }
	>();
	const versions = new Set<number>();
	const cadences = new Set<string>();
	const dates = new Set<string>();
	const passing = new Set<NetworkEvent>();
	const givenUp = new Set<string>();
	const postponed = new Set<string>();
	const known = new Set<string>();
	const dateList: DateList = { last: null };
	// "Netværk 1: Ældre og ensomhed" as a subheading, then "at Netværk 1 forlænges …".
	const numbered = networkItem ? numberedNetworks(ctx) : new Map<string, string>();
	const plainNames = [...numbered].filter(([k, v]) => k === v).map(([, v]) => v);

	// "Chefforum besluttede at igangsætte følgende netværk:" with one bullet per network.
	let intro: ItemSentence | null = null;
	let previousEnd = -1;
	let previousNamed: Antecedent | null = null;
	// Whether the last sentence went on about that network ("Netværket har udviklet …").
	let talkedOf = false;
	// A subheading that names one network ("•<TAB>Læringsnetværket "A"") over the lines about it:
	// "Netværket afsluttes …" in any of them refers to it, until the next subheading or section.
	let underHeading: (Antecedent & { section: ItemSentence['section'] }) | null = null;
	// "Chefforums beslutning af 14. januar 2026:": the day of the entries under it in the Historik.
	let historyDate: string | null = null;
	for (const s of ctx.sentences) {
		if (s.section !== 'historik') historyDate = null;
		else {
			const entry = HISTORY_ENTRY.exec(s.text);
			if (entry) historyDate = firstDate(ctx, entry[0]);
		}
		// A sentence that goes on in the same bullet ("… i Pleje & Omsorg. Afdelingschefen …"),
		// even on a line of its own, does not end the list; a blank line does.
		const sameParagraph =
			previousEnd >= 0 && !/\n[ \t]*\n/.test(ctx.text.slice(previousEnd, s.start));
		previousEnd = s.end;
		// "Velfærdsnetværket "A" har … . Netværket afsluttes ved udgangen af marts": the one network
		// the sentence (or the subheading) just before named.
		const headingLike = !/[.!?:]$/.test(s.text) && s.text.length < 120;
		if (underHeading && (underHeading.section !== s.section || headingLike)) underHeading = null;
		// A paragraph that opens with "Netværket …" after a paragraph that went on about the network
		// it named ("… Netværket har udviklet …") still speaks of it.
		const antecedent: Antecedent | null =
			previousNamed &&
			(sameParagraph || previousNamed.heading || (talkedOf && THE_NETWORK_FIRST.test(s.text)))
				? previousNamed
				: underHeading;
		// "Velfærdsnetværket "A" har … . Netværket har udviklet … . Netværket afsluttes …": a
		// sentence of the same paragraph that speaks of no network but "netværket" passes the one
		// named before on to the next.
		const carried: boolean =
			previousNamed !== null &&
			(sameParagraph || antecedent === previousNamed) &&
			!previousNamed.heading &&
			stillTheNetwork(s.text);
		talkedOf = carried && THE_NETWORK_FIRST.test(s.text);
		previousNamed = carried ? previousNamed : null;
		// A bullet refers back only to the subheading it sits under: in a list, each bullet names
		// its own network.
		// "•<TAB>Velfærdsnetværket "A"" over "o<TAB>Afsluttet d. 30.06.2016": a sub-bullet that opens
		// with what happened speaks of the network named over it.
		const backMatch =
			antecedent &&
			(!s.bullet ||
				antecedent === underHeading ||
				(antecedent.heading && STATUS_FIRST.test(s.text)))
				? BACK_REFERENCE.exec(s.text)
				: null;
		// "… foreslår derfor, at netværket forlænges": a proposal, not what happens to it.
		const back = backMatch && !PROPOSES.test(s.text.slice(0, backMatch.index)) ? backMatch : null;
		// Sentences are trimmed: a pattern that must end in ":" or "," needs that last character.
		const last = s.text[s.text.length - 1];
		const listItem = s.bullet || LIST_NUMBER.test(s.text);
		const introduces =
			!s.bullet &&
			((last === ':' && LISTS_NETWORKS.test(s.text)) ||
				(networkItem && (last === ':' || last === ',') && DECIDES_LIST.test(s.text)));
		if (introduces) intro = s;
		// A list's intro governs its own section's bullets, not the Indstilling's points after it.
		// '1. Velfærdsnetværk: "…"': a numbered point of the list is one of its items too.
		else if ((!listItem && !sameParagraph) || intro?.section !== s.section) intro = null;
		const listed =
			s.bullet && intro !== null
				? listedName(
						s.text,
						// Decided here, not put forward ("følgende forslag til netværkstemaer:").
						/netværk/i.test(intro.text) &&
							DECIDED.test(intro.text) &&
							!/forslag|foreslå/i.test(intro.text) &&
							intro.section === s.section
					)
				: null;
		// Substring tests on the lower-cased sentence first: most sentences have none of these
		// words, and a search for a fixed string is far cheaper than a pattern.
		const lower = s.text.toLowerCase();
		const mentionsNetwork = lower.includes('netværk');
		const version =
			(lower.includes('version') || lower.includes('ns') || mentionsNetwork) &&
			MAY_HAVE_VERSION.test(s.text);
		const cadence =
			lower.includes('hver') ||
			lower.includes('ligt') ||
			lower.includes('lige ') ||
			lower.includes('kvartalsvis') ||
			lower.includes('mellemrum') ||
			(lower.includes('gang') && MAY_HAVE_CADENCE.test(s.text));
		// A quoted name the item has already called a network is one wherever it is quoted again.
		const name =
			listed !== null ||
			((mentionsNetwork || QUOTE_OR_STAR.test(s.text) || lower.startsWith('tema')) &&
				MAY_HAVE_NAME.test(s.text)) ||
			(mentionsNetwork && TITLE_CASE_HINT.test(s.text)) ||
			(known.size > 0 && s.text.includes('"')) ||
			(networkItem &&
				(numbered.size > 0 || CAPS_HINT.test(s.text)) &&
				MAY_NAME_PLAINLY.test(s.text)) ||
			// A network listed by name without quotes, named again ("Unge i fritidsjob forlænges").
			(plainNames.length > 0 && plainNames.some((n) => s.text.includes(n)));
		const date = networkItem && MAY_HAVE_DATE.test(s.text);
		// Outside a network item, another group's network ("Erhvervsnetværket afholder netværksmøder
		// fire gange årligt", a forening's) says nothing about the network organisation.
		if (!(version || cadence || name || date || back)) continue;
		if (!networkItem && (EXTERNAL_NETWORK.test(s.text) || namesOtherNetwork(s.text))) continue;
		if (IT_NETWORK.test(s.text)) continue;
		const aboutStructure = version && (networkItem || /netværksstruktur/i.test(s.text));
		if (aboutStructure) {
			for (const m of s.text.matchAll(STRUCTURE_VERSION)) {
				const v = Number(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6]);
				if (versions.has(v)) continue;
				versions.add(v);
				const at = s.start + (m.index ?? 0);
				out.push(
					event(ctx, s, 'structure_version', {
						label: `Netværksstrukturen version ${v} (NS${v})`,
						start: at,
						end: at + m[0].length
					})
				);
			}
		}
		// Outside a network item, a cadence is the networks' when the item has named one or the
		// sentence speaks of them ("Stierne tælles to gange årligt" beside a path network is not).
		if (cadence && (networkItem || known.size > 0 || /netværk/i.test(s.text)))
			for (const m of s.text.matchAll(CADENCE)) {
				// "én gang årligt i stedet for to gange årligt", "fra hver 6. uge til hver 8. uge": the
				// rule that is replaced is no longer the cadence.
				if (REPLACED_BEFORE.test(s.text.slice(Math.max(0, (m.index ?? 0) - 16), m.index))) continue;
				const label = m[0]
					.replace(/[ \t]+/g, ' ')
					.replace(/^ca\.? /i, '')
					.toLowerCase();
				if (cadences.has(label)) continue;
				cadences.add(label);
				out.push(event(ctx, s, 'cadence', { label }));
			}
		if (name || back) {
			const found = name ? networkNames(s.text, known, numbered) : [];
			const names: NameAt[] =
				found.length === 0 && listed
					? [listed]
					: found.length === 0 && back && antecedent
						? [{ name: antecedent.name, index: back.index, end: s.text.length, antecedent }]
						: found;
			for (const n of names) known.add(nameKey(n.name));
			const only = names.length === 1 ? names[0] : undefined;
			if (only && !only.antecedent) {
				previousNamed = {
					name: ctx.asWritten(s.start + only.index, s.start + only.end),
					start: s.start,
					heading: headingLike
				};
				underHeading = headingLike ? { ...previousNamed, section: s.section } : null;
			} else if (names.some((n) => !n.antecedent)) {
				underHeading = null;
				previousNamed = null;
			}
			names.forEach((n, k) => {
				const clause = n.antecedent ? s.text.slice(n.index) : statusClause(s.text, names, k);
				// "… med den ændring, at netværket "C" udskydes": not decided, here or in the proposal.
				if (POSTPONED.test(clause)) {
					postponed.add(nameKey(n.name));
					return;
				}
				// '"Grønne gårdrum" fortsætter fra januar som "Klimatilpasning i boligområderne"': the
				// network runs on under its new name.
				const continuesAs =
					k > 0 && CONTINUES_AS_BEFORE.test(s.text.slice(Math.max(0, n.index - 80), n.index));
				const kind: NetworkEventKind = continuesAs
					? 'network_running'
					: n.antecedent
						? /forlæng/i.test(back?.[0] ?? '')
							? 'network_extended'
							: 'network_ended'
						: ENDED.test(clause) && !PLANNED_END.test(clause) && !IN_TEST_PHASE.test(clause)
							? 'network_ended'
							: EXTENDED.test(clause)
								? 'network_extended'
								: // A bullet under "… besluttede at igangsætte følgende netværk:" is decided by it,
									// whether it opens with the name or with "velfærdsnetværket "X"".
									DECIDED.test(listItem && intro ? intro.text : s.text) &&
									  !RUNNING.test(withoutRelativeClauses(s.text)) &&
									  !RENAMED.test(s.text) &&
									  !EARLIER_MEETING.test(s.text)
									? 'network_decided'
									: 'network_running';
				// '"X" som velfærdsnetværk (forslag fra Skoler & Uddannelse)': a theme put forward, not a
				// network that runs; the decision says what becomes of it.
				if (kind === 'network_running' && PUT_FORWARD.test(clause)) return;
				// "godkendte forlængelsen af "X" til 30. juni 2017": the date may follow the name.
				// "… og TRYG HJEMKOMST til 15. december 2025": the date right after the name first.
				// What follows the name, up to the next one: 'besluttede at lukke "X" ned pr. 30. juni'.
				const afterName = s.text.slice(n.end, names[k + 1]?.index ?? s.text.length);
				// "forlænges til den 30. september" in February: an extension ends after the meeting.
				const until =
					kind === 'network_extended'
						? (firstDate(ctx, afterName, 'after') ?? firstDate(ctx, clause, 'after'))
						: null;
				// "afsluttes ved udgangen af marts 2018", "overgår til drift pr. 1. januar 2020": the day
				// it ends, when said, in the clause or after the name.
				const ends =
					kind === 'network_ended'
						? (END_OF.exec(clause) ??
							ENDS_ON.exec(clause) ??
							LAST_MEETING_ON.exec(clause) ??
							ENDS_ON.exec(untilPurpose(afterName)))
						: null;
				const e = event(ctx, s, kind, {
					// Evidence from the sentence that names the network to the one that refers back to it.
					...(n.antecedent ? { start: n.antecedent.start } : {}),
					network:
						n.antecedent?.name ?? n.spelled ?? ctx.asWritten(s.start + n.index, s.start + n.end),
					// An extension is dated by its new end, or not at all ("forlænges med tre måneder").
					date:
						kind === 'network_extended'
							? until
							: ends
								? firstDate(ctx, ends[0])
								: (historyDate ?? ctx.meetingDate),
					label: kind === 'network_extended' && until ? `forlænget til ${until}` : null
				});
				const key = `${nameKey(n.name)}|${kind}`;
				const prior = statuses.get(key);
				const proposal = s.section === 'indstilling';
				// A later mention that dates the extension, the decision on a proposal, or one that
				// names the network instead of referring back to it is better evidence than the first.
				if (
					prior &&
					!(until && prior.event.label === null) &&
					!(prior.reference && !n.antecedent) &&
					!(prior.proposal && s.section === 'beslutning')
				)
					return;
				// The decision approves a proposal that dated it ("godkendte forlængelsen af "X""):
				// the proposal's date stands, now decided.
				if (prior?.proposal && s.section === 'beslutning' && !until && prior.event.label !== null) {
					statuses.set(key, { event: prior.event, proposal: false });
					return;
				}
				// "… er derfor forlænget til 1. april", then "bakkede op om forlængelsen af "X"": the name
				// is the better evidence, the day the extension runs to still stands.
				const dated =
					prior && !until && prior.event.label !== null
						? {
								...e,
								date: prior.event.date,
								date_precision: prior.event.date_precision,
								label: prior.event.label
							}
						: e;
				statuses.set(key, { event: dated, proposal, reference: n.antecedent !== undefined });
			});
		}
		if (date) out.push(...milestones(ctx, s, dates, passing, dateList, givenUp));
		else dateList.last = null;
	}
	// "Tema 1: Energibesparelser …" … "Chefforum valgte tema 1 og 3": the themes chosen by number.
	if (networkItem)
		for (const chosen of chosenThemes(ctx)) {
			const key = `${nameKey(chosen.network)}|network_decided`;
			if (!statuses.has(key))
				statuses.set(key, {
					event: event(ctx, chosen.sentence, 'network_decided', {
						network: chosen.network,
						date: ctx.meetingDate
					}),
					proposal: false
				});
		}
	// "| Netværk | Tema | Opstart | Afslutning |": a day in a date column is a milestone.
	if (networkItem) out.push(...tableMilestones(ctx, dates));
	// "| Netværk | Type | Status |": one network per row, with what its status cell says; so does a
	// "Status:" line under a numbered subheading.
	if (networkItem)
		for (const row of [...tableStatuses(ctx), ...headedStatuses(ctx, numbered)]) {
			const key = `${nameKey(row.network)}|${row.kind}`;
			if (!statuses.has(key))
				statuses.set(key, {
					event: event(ctx, row, row.kind, {
						network: row.network,
						date: row.date ?? ctx.meetingDate,
						label: row.kind === 'network_extended' && row.date ? `forlænget til ${row.date}` : null
					}),
					proposal: false
				});
		}
	// The decision's sentences, read by the rules below.
	const decision = ctx.sentences.filter((s) => s.section === 'beslutning');
	// "Chefforum afsluttede de tre netværk fra efterårsrunden 2023": the running networks the item
	// named have ended, when there are as many as the decision counts.
	const endsAll = networkItem ? decision.find((s) => ENDS_COUNTED.test(s.text)) : undefined;
	if (endsAll) {
		const count = numberFromWord(ENDS_COUNTED.exec(endsAll.text)?.[1] ?? '');
		const running = [...statuses].filter(
			([, x]) => x.event.event === 'network_running' && !x.proposal && x.event.network
		);
		if (running.length === count)
			for (const [key, x] of running) {
				statuses.delete(key);
				statuses.set(`${nameKey(x.event.network as string)}|network_ended`, {
					event: event(ctx, endsAll, 'network_ended', {
						network: x.event.network as string,
						date: ctx.meetingDate
					}),
					proposal: false
				});
			}
	}
	// What the Indstilling proposes counts for networks the rest of the item does not mention,
	// and for all of them when the decision approves the Indstilling as it stands.
	// "Chefforum besluttede at igangsætte de tre netværk.": those the Indstilling names.
	const approved = decision.some(
		(s) => APPROVES_PROPOSAL.test(s.text) || STARTS_THOSE_PROPOSED.test(s.text)
	);
	// "godkendte forlængelsen af læringsnetværket": the proposed extension of the network of that
	// kind, named only in the Indstilling.
	const extensionKind = decision
		.map((s) => {
			const m = APPROVES_EXTENSION.exec(s.text);
			// "godkendte begge forlængelser": every extension proposed.
			return m ? (m[1]?.toLowerCase().replace(/(?:et|ene)$/, '') ?? 'netværk') : undefined;
		})
		.find((k) => k !== undefined);
	const approvedPoints = new Set(decision.flatMap((s) => pointsApproved(s.text)));
	const decided = new Set(
		[...statuses.values()]
			.filter((x) => !x.proposal)
			.map((x) => (x.event.network ? nameKey(x.event.network) : undefined))
	);
	for (const x of statuses.values()) {
		const name = x.event.network ? nameKey(x.event.network) : undefined;
		if (name !== undefined && postponed.has(name)) continue;
		const extensionApproved =
			extensionKind !== undefined &&
			x.event.event === 'network_extended' &&
			x.event.evidence.toLowerCase().includes(extensionKind);
		// "godkendte indstillingens punkt 2-4": the proposals under those numbers.
		const point = POINT_NUMBER.exec(x.event.evidence)?.[1];
		const pointApproved = point !== undefined && approvedPoints.has(Number(point));
		if (!x.proposal || approved || extensionApproved || pointApproved || !decided.has(name))
			out.push(x.event);
	}
	// A month named in passing adds nothing beside a dated milestone in the same month; a day a
	// milestone was moved from is no longer one.
	return out.filter(
		(e) =>
			!(e.event === 'milestone' && givenUp.has(e.date as string)) &&
			!(
				passing.has(e) &&
				out.some(
					(o) =>
						o.event === 'milestone' &&
						o.date_precision === 'day' &&
						o.date?.startsWith(e.date as string) &&
						// Not beside the new end of an extension: "forlænges til 30. september" says
						// nothing of what starts "i september".
						!EXTENDED.test(o.label ?? '')
				)
			)
	);
}

const CONTINUES_AS_BEFORE = new RegExp(String.raw`(?<!\p{L})${CONTINUES_AS}[ \t]+"?$`, 'iu');
/** "godkendte, at netværket fremover hedder "B"": a running network renamed, not a new one. */
const RENAMED = /(?<!\p{L})(?:hedder|skifter[ \t]+navn|omdøbes|omdøbt)(?!\p{L})/iu;

/** A name found in a sentence, or the network a sentence refers back to ("Netværket afsluttes"). */
interface NameAt {
	name: string;
	index: number;
	end: number;
	antecedent?: Antecedent;
	/** The name, where the span says it otherwise ("Netværk 1" for "Ældre og ensomhed"). */
	spelled?: string;
}
/** The one network a sentence named, as written, for the sentence after it to refer back to. */
interface Antecedent {
	name: string;
	start: number;
	/** The naming sentence is a subheading: the paragraph under it may refer back to it. */
	heading: boolean;
}
/**
 * "netværket afsluttes", "Netværket forlænges til …", "Netværket har nået sine mål og afsluttes": a
 * reference back to a named network, with a
 * verb in the present that ends or extends it (not "skulle have afsluttet", not a plan).
 */
/** "Afsluttet d. 30.06.2016" opening a sub-bullet: what happened, said of the network over it. */
const STATUS_FIRST =
	/^(?:[•o*-][ \t]+)?(?:afsluttet|nedlagt|forlænget|overgået[ \t]+til[ \t]+drift)(?![\p{L}-])/iu;
const BACK_REFERENCE = new RegExp(
	String.raw`(?<!\p{L})netværket[ \t]+(?:(?:derfor|så|nu|dermed|hermed|også)[ \t]+|(?:har|er)[ \t]+(?:\p{L}+[ \t]+){1,4}og[ \t]+)?(?:afsluttes|nedlægges|lukkes|ophører|stoppes|overgår[ \t]+til[ \t]+drift|forlænges|afslutter[ \t]+sit[ \t]+arbejde)(?!\p{L})|(?<!\p{L})netværket[ \t][^.;\n]{0,160}?[ \t]og[ \t]+(?:er|bliver)[ \t]+(?:derfor[ \t]+|nu[ \t]+)?(?:forlænget|afsluttet|nedlagt|lukket)(?!\p{L})|${STATUS_FIRST.source}`,
	'iu'
);

const THE_NETWORK_FIRST = /^netværket(?!\p{L})/iu;
const PUT_FORWARD =
	/(?<!\p{L})(?:forslag(?:et)?[ \t]+fra|foreslået[ \t]+af|foreslås|indstillet[ \t]+af|temaforslag)(?!\p{L})/iu;
const STARTS_THOSE_PROPOSED =
	/(?:besluttede|godkendte)[ \t]+at[ \t]+(?:igangsætte|starte|etablere)[ \t]+(?:de|disse|begge)[ \t]+(?:\p{L}+[ \t]+){0,2}netværk(?:[ \t]*[.,]|$)/iu;
/** A sentence whose only network is "netværket" at its start, or none at all. */
function stillTheNetwork(text: string): boolean {
	const lower = text.toLowerCase();
	const at = lower.indexOf('netværk');
	if (at === -1) return true;
	return at === 0 && /^netværket(?!\p{L})/u.test(lower) && !lower.includes('netværk', 1);
}

const PROPOSES = /foreslå|ønske|anbefale|indstille|skulle|kunne|bør/iu;

const ENDED_AFTER = new RegExp(
	String.raw`(?<!\p{L})(?:afsluttes|nedlægges|lukkes|ophører|stoppes|stopper|${TO_OPERATION}|${LAST_MEETING}|sluttede)(?!\p{L})`,
	'iu'
);
const EXTENDED_AFTER =
	/(?<!\p{L})(?:forlænges|fortsætter[ \t]+(?:frem[ \t]+)?til(?![ \t]+drift))(?!\p{L})/iu;

/**
 * The words that give one network's status when a sentence names several: "'A' forlænges …, og
 * 'B' afsluttes" (a passive verb after the name), "at afslutte 'A' og forlænge 'B'" (a verb before
 * it), else the whole sentence ("'A' og 'B' afsluttes").
 */
export function statusClause(
	text: string,
	names: { index: number; end: number }[],
	k: number
): string {
	const n = names[k] as { index: number; end: number };
	const rest = text.slice(n.end, names[k + 1]?.index ?? text.length);
	// Up to the next clause: "… forlænges til juni, så testfasen kan afsluttes" is extended, and
	// "… mangler at afprøve vejledningen, før testfasen kan afsluttes" has not ended.
	const after = untilPurpose(rest);
	if (ENDED_AFTER.test(after) || EXTENDED_AFTER.test(after)) return after;
	// What goes before the name, from the last "og" or comma on: "… fortsætter til 31. oktober og
	// B til 15. december" says nothing before B about B.
	const between = text.slice(names[k - 1]?.end ?? 0, n.index);
	const joined = k > 0 ? Math.max(between.lastIndexOf(','), between.lastIndexOf(' og ')) : -1;
	const tail = joined >= 0 ? between.slice(joined + 1) : between;
	if (ENDED.test(tail) || EXTENDED.test(tail)) return between;
	// "'A' og 'B' fortsætter i 2019, mens 'C' afsluttes": the clause the name is in.
	let start = 0;
	for (const m of text.matchAll(STATUS_CLAUSE_CUT)) {
		if (m.index >= n.index) return text.slice(start, m.index);
		start = m.index + m[0].length;
	}
	return text.slice(start);
}
// ", så testfasen kan afsluttes": a purpose clause says why, not what happens to the network.
const STATUS_CLAUSE_CUT = /,[ \t]+(?:mens|men|og|så|hvor|fordi|da|før|inden|når|indtil)[ \t]|;/g;
/** ""A"-netværket", "*A* (velfærdsnetværk)": the network's kind right after its name. */
const NAMED_AFTER = /^(?:-?netværk|[ \t]*\((?:velfærds|lærings|innovations)?netværk(?:et)?\))/iu;
/** ""A" igangsættes som velfærdsnetværk": a network, but not "… kvalificeres som netværkstemaer". */
// "… at "A" bliver et af forårets temaer": one of the round's networks.
const STARTED_AS_NETWORK =
	/^,?[ \t]+(?:(?:(?:\p{L}+[ \t]+){0,2}som|der[ \t]+bliver|bliver)[ \t]+(?:\p{L}+[ \t]+)?\p{L}*netværk|bliver[ \t]+et[ \t]+af[ \t]+(?:\p{L}+[ \t]+)?(?:netværks)?temaer)(?!\p{L})/iu;

/** "besluttede at stoppe "X"": what happens to a network the item has named, said before it. */
const STATUS_VERB_BEFORE =
	/(?<!\p{L})(?:(?:at|og)[ \t]+(?:stoppe|afslutte|lukke|nedlægge|forlænge|videreføre|igangsætte)|stoppede|afsluttede|lukkede|nedlagde|forlængede|videreførte|igangsatte)[ \t]*$/iu;
/** The networks an item's subheadings number ("Netværk 1: Ældre og ensomhed"), by number. */
function numberedNetworks(ctx: ItemContext): Map<string, string> {
	const out = new Map<string, string>();
	if (!ctx.contains('Netværk ', 'netværk ', '**', 'netværk)')) return out;
	for (const s of ctx.sentences) {
		const m = NUMBERED_HEADING.exec(s.text.replace(HEADING_MARKS, ''));
		if (m) out.set(m[2] as string, (m[3] as string).trim());
		// "**TRYG I EGET HJEM**" on a line of its own over its "Status:" line: a network by name.
		const bold = s.text.startsWith('**') ? BOLD_CAPS_HEADING.exec(s.text) : null;
		if (bold) out.set(bold[1] as string, bold[1] as string);
		// "- Unge i fritidsjob (læringsnetværk)": a network listed by name, without quotes, then
		// named so in the sentences about it.
		const kind = s.bullet && s.text.includes('netværk)') ? NAME_THEN_KIND.exec(s.text) : null;
		if (kind) out.set(kind[1] as string, kind[1] as string);
	}
	return out;
}
const NAME_THEN_KIND =
	/^(?:[-•*·][ \t]*)?(\p{Lu}[^()\n]{2,80}?)[ \t]*\((?:velfærds|lærings|innovations)netværk\)\.?$/u;

/**
 * "godkendte indstillingens punkt 2-4", "… punkt 1 og 3", "Indstillingens punkt 2 og 3 blev
 * godkendt": the numbers of the points approved.
 */
const PROPOSAL_POINTS =
	/indstillingens[ \t]+(?:punkt(?:er)?|pkt\.?)[ \t]+(\d{1,2})(?:[ \t]*(?:-|–|til)[ \t]*(\d{1,2}))?((?:[ \t]*(?:,|og)[ \t]*\d{1,2})*)/iu;
const APPROVES_BEFORE = /(?:godkend|tiltr[åæ]d)\p{L}*[ \t]+$/iu;
const APPROVED_AFTER =
	/^[ \t]+(?:blev[ \t]+|er[ \t]+)?(?:godkendt|godkendes|tiltrådt|tiltrædes|vedtaget)(?!\p{L})/iu;
const POINT_NUMBER = /^(\d{1,2})[.)][ \t]/;
function pointsApproved(text: string): number[] {
	const m = PROPOSAL_POINTS.exec(text);
	if (
		!m ||
		!(
			APPROVES_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)) ||
			APPROVED_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))
		)
	)
		return [];
	const from = Number(m[1]);
	const to = m[2] ? Number(m[2]) : from;
	const more = (m[3] ?? '').match(/\d{1,2}/g) ?? [];
	const out: number[] = [];
	for (let n = from; n <= to && n - from < 20; n++) out.push(n);
	return [...out, ...more.map(Number)];
}

/** "Chefforum afsluttede de tre netværk fra efterårsrunden 2023": the networks counted, ended. */
const ENDS_COUNTED =
	/(?:afsluttede|afsluttes|afslutter|nedlagde|lukkede)[ \t]+(?:hermed[ \t]+)?(?:de|alle)[ \t]+(to|tre|fire|fem|seks|\d)[ \t]+netværk(?:ene)?(?!\p{L})/iu;

/** "godkendte forlængelsen af læringsnetværket": an extension approved, the network named by its kind. */
const APPROVES_EXTENSION =
	/(?:godkend|tiltr[åæ]d)\p{L}*[ \t]+(?:forlængelsen[ \t]+af[ \t]+((?:velfærds|lærings|innovations)?netværk\p{L}*)(?!\p{L})(?![ \t]*")|(?:begge|alle|de[ \t]+(?:to|tre|fire))[ \t]+forlængelser(?!\p{L}))/iu;

/** "godkendte forlængelsen af "X"": what happens to a network, said as a noun before it. */
const STATUS_NOUN_BEFORE =
	/(?:forlængelse|afslutning|lukning|videreførelse|nedlæggelse)n?[ \t]+af[ \t]+(?:netværket[ \t]+|(?:testfasen|perioden|arbejdet|forløbet)[ \t]+(?:for|i)[ \t]+)?$/iu;

/** A sentence that introduces a list of networks: "… følgende netværk:", "… nye netværk:". */
const LISTS_NETWORKS = /netværk\p{L}*(?:[ \t]+[\p{L}\d]+){0,4}[ \t]*:$/iu;
/** "Chefforum tog status til efterretning og besluttede:" over one bullet per network. */
// "Chefforum besluttede:" or "Chefforum besluttede," over "at …" bullets.
// "… godkendte indstillingen og udpegede følgende referenceledere:": a few words may follow.
// "Følgende tre netværk blev besluttet og starter efter sommerferien:".
const DECIDES_LIST =
	/(?:besluttede|besluttes|godkendte|udpegede)(?:[ \t]+[\p{L}\d]+){0,3}[ \t]*[:,]$|(?:blev|er)[ \t]+besluttet(?:[ \t]+[\p{L}\d]+){0,4}[ \t]*:$|(?:besluttede|godkendte)[ \t]+at[ \t]+(?:[\p{L}\d]+[ \t]+){1,4}netværk\p{L}*(?:[ \t]+[\p{L}\d]+){0,6}[ \t]*:$/iu;
const LEADING_QUOTE = /^(?:at[ \t]+)?"([^"\n]{3,90})"/;
const LIST_NUMBER = /^\d{1,2}[.)][ \t]+/;
/** "– velfærdsnetværk; referenceleder er …": a network's kind after a listed name and a dash. */
const KIND_AFTER_DASH = /^(?:et[ \t]+)?(?:velfærds|lærings|innovations)?netværk(?!\p{L})/iu;

/**
 * The network a line of a list under "besluttede at igangsætte følgende netværk:" names: quoted
 * ('"A" igangsættes som …'), or unquoted before a dash and its kind ("Sproglege i vuggestuen –
 * læringsnetværk; referenceleder er …").
 */
function listedName(
	line: string,
	/** The list's intro names networks ("… at igangsætte tre nye netværk i februar 2023:"). */
	ofNetworks = false
): { name: string; index: number; end: number } | null {
	// "1. Sproglege i vuggestuen – …": the list's number is no part of the name.
	const mark = LIST_NUMBER.exec(line)?.[0].length ?? 0;
	const text = line.slice(mark);
	const quoted = LEADING_QUOTE.exec(text);
	if (quoted) {
		const name = quoted[1] as string;
		const end = mark + quoted[0].length - 1;
		return { name, index: end - name.length, end };
	}
	// "1. Velfærdsteknologi i hjemmeplejen": a bare name, under an intro that names networks.
	if (ofNetworks && BARE_NAME.test(text) && !HAS_VERB.test(text)) {
		const name = text.replace(/\.$/, '').trim();
		return { name, index: mark, end: mark + name.length };
	}
	const dash = text.indexOf(' - ');
	const from = text.startsWith('at ') ? 3 : 0;
	if (dash - from < 3 || dash - from > 90 || !KIND_AFTER_DASH.test(text.slice(dash + 3)))
		return null;
	const name = text.slice(from, dash).trim();
	return /^\p{Lu}/u.test(name) && !/["\n;:]/.test(name)
		? { name, index: mark + from, end: mark + from + name.length }
		: null;
}

const BARE_NAME = /^\p{Lu}[\p{L}&-]*(?:[ \t]+[\p{L}&][\p{L}&/-]*){0,11}\.?$/u;
const HAS_VERB =
	/(?<!\p{L})(?:er|var|skal|blev|bliver|har|kan|godkendes|igangsættes|afsluttes|forlænges|fortsætter|starter)(?!\p{L})/iu;

/** Where what is said after a name stops being about it: a clause of purpose or reason. */
const PURPOSE_CLAUSE = /,[ \t]+(?:så|fordi|da|hvis|før|inden|når|indtil)[ \t]/;
function untilPurpose(text: string): string {
	const cut = text.search(PURPOSE_CLAUSE);
	return cut < 0 ? text : text.slice(0, cut);
}

/**
 * The first date a sentence names: a day ("1. december"), else a month ("til december 2019"),
 * a year-less one placed as `placement` says (see resolveDayMonth).
 */
function firstDate(
	ctx: ItemContext,
	text: string,
	placement: 'past' | 'after' = 'past'
): string | null {
	DAY_MONTH.lastIndex = 0;
	const m = DAY_MONTH.exec(text);
	DAY_MONTH.lastIndex = 0;
	FULL_NUMERIC_DATE.lastIndex = 0;
	const full = FULL_NUMERIC_DATE.exec(text);
	FULL_NUMERIC_DATE.lastIndex = 0;
	if (full && (!m || full.index < m.index)) return fullDate(full);
	// "til udgangen af 2023", "med udgangen af juni 2024": the last day of that year or month.
	const end = END_OF.exec(text);
	if (end && (!m || end.index < m.index)) {
		const month = end[1]
			? (MONTHS.get(end[1].toLowerCase()) as number)
			: end[4]
				? Number(end[4]) * 3
				: end[5]
					? Number(end[5]) * 6
					: 12;
		// "ved udgangen af december": the next such month from the meeting on.
		const year = Number(
			end[2] ??
				end[3] ??
				end[6] ??
				resolveDayMonth(ctx.meetingDate, null, month, null, placement)?.slice(0, 4)
		);
		return resolveDayMonth(
			`${year}-01-01`,
			new Date(Date.UTC(year, month, 0)).getUTCDate(),
			month,
			year
		);
	}
	// "til og med d. 31/5": a day and month in figures.
	NUMERIC_DATE.lastIndex = 0;
	const short = NUMERIC_DATE.exec(text);
	NUMERIC_DATE.lastIndex = 0;
	const shortMonth = short ? Number(short[2]) : 0;
	if (short && shortMonth >= 1 && shortMonth <= 12 && (!m || short.index < m.index))
		return resolveDayMonth(ctx.meetingDate, Number(short[1]), shortMonth, null, placement);
	if (m)
		return resolveDayMonth(
			ctx.meetingDate,
			Number(m[1]),
			MONTHS.get((m[2] as string).toLowerCase()) as number,
			m[3] ? Number(m[3]) : null,
			placement
		);
	MONTH_ONLY.lastIndex = 0;
	const month = MONTH_ONLY.exec(text);
	MONTH_ONLY.lastIndex = 0;
	if (!month) return null;
	return resolveDayMonth(
		ctx.meetingDate,
		null,
		MONTHS.get((month[1] as string).toLowerCase()) as number,
		month[2] ? Number(month[2]) : null,
		placement
	);
}

/** "pr. 1. januar 2020", "med virkning fra 1. marts": the day a network ends or goes into operation. */
const ENDS_ON = new RegExp(
	String.raw`(?<!\p{L})(?:pr\.|per|med[ \t]+virkning[ \t]+fra)[ \t]*\d{1,2}\.[ \t]*(?:${MONTH_NAMES.join('|')})(?:[ \t]+(?:19|20)\d\d)?(?!\p{L})`,
	'iu'
);
/**
 * "holdt sit afsluttende møde den 25. juni 2026", "afsluttede (afslutter) sit arbejde den 30.
 * september", "afsluttes med en fælles konference torsdag den 28. november": the day a network ends.
 */
const LAST_MEETING_ON = new RegExp(
	String.raw`(?<!\p{L})(?:${LAST_MEETING}|afslutte(?:de|r)(?:[ \t]+sit[ \t]+arbejde)?|sluttede|afsluttes[ \t]+med[ \t]+(?:\p{L}+[ \t]+){1,6}(?=den[ \t]|d\.))[ \t]*(?:den[ \t]+|d\.[ \t]*)?\d{1,2}\.[ \t]*(?:${MONTH_NAMES.join('|')})(?:[ \t]+(?:19|20)\d\d)?(?!\p{L})`,
	'iu'
);
// "Chefforums beslutning af 14. januar 2026:", "Chefforum den 22. januar 2014:".
const HISTORY_ENTRY = new RegExp(
	String.raw`(?:(?<!\p{L})(?:beslutning|behandling|møde)\p{L}*[ \t]+(?:af|den|d\.|fra)|^\p{Lu}\p{L}*[ \t]+(?:den|d\.))[ \t]+(?:den[ \t]+)?\d{1,2}\.[ \t]*(?:${MONTH_NAMES.join('|')})[ \t]+(?:19|20)\d\d`,
	'iu'
);
// "udgangen af juni 2024", "udgangen af 2023", "udgangen af 2. kvartal (2023)", "… af 1. halvår".
const END_OF = new RegExp(
	String.raw`(?<!\p{L})udgangen[ \t]+af[ \t]+(?:(${MONTH_NAMES.join('|')})(?:[ \t]+((?:19|20)\d\d))?|((?:19|20)\d\d)|(?:([1-4])\.[ \t]*kvartal|([12])\.[ \t]*halvår)(?:[ \t]+((?:19|20)\d\d))?)(?!\d)`,
	'iu'
);

/** "19.08.2020" as an ISO date, or null when it names no real day. */
function fullDate(m: RegExpMatchArray): string | null {
	const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
	if (month < 1 || month > 12 || day < 1 || day > 31) return null;
	return resolveDayMonth(`${year}-01-01`, day, month, year);
}

/** The text after a dated bullet or table row's date, as written, without a closing pipe. */
function rowLabel(ctx: ItemContext, s: ItemSentence, rest: string): string {
	const written = ctx.asWritten(s.end - rest.length, s.end);
	return written.endsWith('|') ? written.slice(0, -1).trimEnd() : written;
}

const NAME_COLUMN = /^(?:netværk\p{L}*|navn|tema)$/iu;
const STATUS_COLUMN = /^status$/i;

// Themes by number or by letter ("Tema 2: …", "Tema B: …").
const THEME_KEY = String.raw`(?:\d{1,2}|[A-ZÆØÅ](?!\p{L}))`;
// "Tema 2: …", "- Tema 2: …", "**Forslag a – Ensomhed blandt unge**" (bold, its dash made a hyphen).
const NUMBERED_THEME =
	/^[ \t]*(?:[-*•·][ \t]*)?(?:\*\*)?(?:tema|forslag)[ \t]+(\d{1,2}|[A-ZÆØÅ])[ \t]*[:.-][ \t]*(?:"(\p{Lu}[^"\n]{2,90})"|(\p{Lu}[^.:*\n]{2,90}))(?:\*\*)?/iu;
const CHOSEN = new RegExp(
	String.raw`(?:valgte|besluttede|godkendte|igangsætter|prioriterede|pegede[ \t]+på)[^.]{0,40}?(?:(?:tema(?:erne)?|forslag(?:ene)?)[ \t]+(?:nr\.[ \t]*)?|nr\.[ \t]*)(${THEME_KEY}(?:(?:[ \t]*,[ \t]*|[ \t]+og[ \t]+)(?:nr\.[ \t]*)?${THEME_KEY})*)`,
	'iu'
);
/** "… og forslag nr. 3 som innovationsnetværk": more chosen later in the sentence. */
const ALSO_CHOSEN = new RegExp(
	String.raw`[ \t]og[ \t]+(?:tema|forslag)[ \t]+(?:nr\.[ \t]*)?(${THEME_KEY}(?:(?:[ \t]*,[ \t]*|[ \t]+og[ \t]+)(?:nr\.[ \t]*)?${THEME_KEY})*)`,
	'giu'
);
/** "1. "Unge med angst i udskolingen" – foreslået af …": a numbered list of proposals by name. */
const NUMBERED_PROPOSAL = /^[ \t]*(\d{1,2})[.)][ \t]+(?:\*\*)?"([^"\n]{3,90})"/u;
const THEME_KEYS = /\d{1,2}|[A-ZÆØÅ](?!\p{L})/giu;
/** "1. Unge under 25 uden job eller uddannelse" on a line of its own: a theme by number. */
const NUMBERED_TITLE_LINE = /^[ \t]*(\d{1,2})\.[ \t]+(\p{Lu}[^.:\n]{2,90})$/u;

/** Themes listed by number ("Tema 1: …") that the decision chooses by number. */
function chosenThemes(ctx: ItemContext): { network: string; sentence: ItemSentence }[] {
	const themes = new Map<string, string>();
	// A plain numbered list of titles, read only when the item names no themes otherwise.
	const titled = new Map<string, string>();
	// Line by line: "Tema 2: …" and "Tema 3: …" may stand on consecutive lines of one paragraph.
	const { text, item } = ctx;
	const proposed = item.sections.find((x) => x.kind === 'indstilling' || x.kind === 'beslutning');
	for (let at = item.bodyStart; at < item.end;) {
		let end = text.indexOf('\n', at);
		if (end < 0 || end > item.end) end = item.end;
		const line = text.slice(at, end);
		const title = !proposed || at < proposed.headingStart ? NUMBERED_TITLE_LINE.exec(line) : null;
		if (title) {
			const nameAt = at + line.length - (title[2] as string).length;
			titled.set(
				title[1] as string,
				ctx.asWritten(nameAt, nameAt + (title[2] as string).trimEnd().length)
			);
		}
		const proposal = NUMBERED_PROPOSAL.exec(line);
		if (proposal) {
			const nameAt = at + line.indexOf('"', proposal[1]?.length ?? 0) + 1;
			themes.set(
				proposal[1] as string,
				ctx.asWritten(nameAt, nameAt + (proposal[2] as string).length)
			);
		}
		const m = NUMBERED_THEME.exec(line);
		// 'Tema A: "Unge uden job" (foreslået som velfærdsnetværk)': a quoted name may have a remark
		// in brackets after it.
		const rest = m ? text.slice(at + m[0].length, end) : '';
		const name = m?.[2] ?? m?.[3];
		if (
			m &&
			name &&
			(/^[ \t.]*$/.test(rest) || (m[2] && /^"?[ \t]*\((?:[^()\n]*\)[ \t.]*|[^()\n]*)$/.test(rest)))
		) {
			const nameAt = at + line.indexOf(name);
			themes.set(
				(m[1] as string).toUpperCase(),
				ctx.asWritten(nameAt, nameAt + name.trimEnd().length)
			);
		}
		at = end + 1;
	}
	if (themes.size === 0) for (const [k, v] of titled) themes.set(k, v);
	if (themes.size < 2) return [];
	const out: { network: string; sentence: ItemSentence }[] = [];
	for (const s of ctx.sentences) {
		if (s.section !== 'beslutning') continue;
		const m = CHOSEN.exec(s.text);
		if (!m) continue;
		// "…, mens tema 2 udskydes": what the sentence does not choose.
		const rest =
			s.text.slice(m.index + m[0].length).split(/,[ \t]+(?:mens|men)[ \t]|;|\.[ \t]+\p{Lu}/u)[0] ??
			'';
		const keys = [m[1] as string, ...[...rest.matchAll(ALSO_CHOSEN)].map((x) => x[1] as string)];
		for (const n of keys.flatMap((k) => k.replace(/nr\./gi, '').match(THEME_KEYS) ?? [])) {
			const network = themes.get(n.toUpperCase());
			if (network && !out.some((o) => o.network === network)) out.push({ network, sentence: s });
		}
	}
	return out;
}

/** A network of a status table, and what its row's status cell says happens to it. */
interface TableStatus {
	network: string;
	kind: NetworkEventKind;
	date: string | null;
	start: number;
	end: number;
}

/** The networks of a status table ("| Netværk | Type | Status |"), one per row. */
function tableStatuses(ctx: ItemContext): TableStatus[] {
	if (!ctx.contains('|', '\t')) return [];
	const out: TableStatus[] = [];
	for (const table of itemTables(ctx)) {
		const name = table.header.findIndex((h) => NAME_COLUMN.test(h));
		const status = table.header.findIndex((h) => STATUS_COLUMN.test(h));
		// "Chefforum besluttede at igangsætte følgende tre netværk …:" over a table of them.
		const decided = status < 0 && DECIDED.test(introOf(ctx.text, table.headerStart));
		if (name < 0 || (status < 0 && !decided)) continue;
		for (const row of table.rows) {
			const network = row.cells[name] ?? '';
			const said = row.cells[status] ?? '';
			if (!/\p{L}/u.test(network) || (!decided && !said)) continue;
			const kind = decided ? 'network_decided' : statusKind(said);
			if (!kind) continue;
			out.push({
				network,
				kind,
				date: statusDate(ctx, kind, said),
				start: row.start,
				end: row.end
			});
		}
	}
	return out;
}

/** A table's days to come, one milestone per cell of a date column, labelled by column and network. */
function tableMilestones(ctx: ItemContext, seen: Set<string>): NetworkEvent[] {
	if (!ctx.contains('|', '\t')) return [];
	const out: NetworkEvent[] = [];
	for (const table of itemTables(ctx)) {
		const dateColumns = table.header.flatMap((h, c) => (DATE_COLUMN.test(h.trim()) ? [c] : []));
		if (dateColumns.length === 0) continue;
		const name = table.header.findIndex((h) => NAME_COLUMN.test(h));
		for (const row of table.rows)
			for (const c of dateColumns) {
				const m = DATE_CELL.exec((row.cells[c] ?? '').trim());
				if (!m) continue;
				const month = MONTHS.get((m[2] as string).toLowerCase()) as number;
				const date = resolveDayMonth(
					ctx.meetingDate,
					m[1] ? Number(m[1]) : null,
					month,
					m[3] ? Number(m[3]) : null,
					'coming'
				);
				if (!date || seen.has(date)) continue;
				seen.add(date);
				const label = [table.header[c], name >= 0 ? row.cells[name] : ''].filter(Boolean);
				out.push(event(ctx, row, 'milestone', { date, label: label.join(': ') }));
			}
	}
	return out;
}
const DATE_COLUMN = /^(?:opstart|start|startdato|afslutning|slut|slutdato|deadline|frist)$/iu;
/** A cell that is a date and nothing else: "5. september 2022", "oktober 2022", "12. marts". */
const DATE_CELL = new RegExp(
	String.raw`^(?:(\d{1,2})\.?[ \t]*)?(${MONTH_PATTERN})\.?(?:[ \t]+((?:19|20)\d\d))?$`,
	'iu'
);

/** What a network's status says of it ("Afsluttet", "Forlænget til …", "Kører", "Nyt"), or null. */
function statusKind(said: string): NetworkEventKind | null {
	return ENDED.test(said)
		? 'network_ended'
		: EXTENDED.test(said)
			? 'network_extended'
			: RUNNING.test(said) || /^(?:kører|i gang|aktiv|(?:i[ \t]+)?testfase|løbende)/i.test(said)
				? 'network_running'
				: DECIDED.test(said) || /^(?:nyt?|opstart)/i.test(said)
					? 'network_decided'
					: null;
}

/** "Forlænges til 31. august 2018", "Afsluttes 30. april": the day in the status. */
function statusDate(ctx: ItemContext, kind: NetworkEventKind, said: string): string | null {
	return kind === 'network_extended' || kind === 'network_ended' ? firstDate(ctx, said) : null;
}

const HEADING_MARKS = /^#{1,6}[ \t]+/;
const STATUS_FIELD = /^status[ \t]*:[ \t]*(\S.*)$/iu;

/**
 * "#### Netværk 1: Unge i job" over "Status: Afsluttet": the status line under a network's
 * numbered subheading is that network's.
 */
function headedStatuses(ctx: ItemContext, numbered: ReadonlyMap<string, string>): TableStatus[] {
	if (numbered.size === 0 || !ctx.contains('Status:', 'status:')) return [];
	const out: TableStatus[] = [];
	let network: string | null = null;
	for (const s of ctx.sentences) {
		const heading = NUMBERED_HEADING.exec(s.text.replace(HEADING_MARKS, ''));
		const bold = heading ? null : BOLD_CAPS_HEADING.exec(s.text);
		if (heading || bold) {
			network = heading ? (heading[3] as string).trim() : (bold?.[1] as string);
			continue;
		}
		if (HEADING_MARKS.test(s.text)) network = null;
		const field = network ? STATUS_FIELD.exec(s.text) : null;
		const kind = field ? statusKind(field[1] as string) : null;
		if (network && field && kind)
			out.push({
				network,
				kind,
				date: statusDate(ctx, kind, field[1] as string),
				start: s.start,
				end: s.end
			});
	}
	return out;
}

/** The line that introduces what starts at `at` ("… følgende netværk:"), or "" when there is none. */
function introOf(text: string, at: number): string {
	const before = text.slice(Math.max(0, at - 300), at).trimEnd();
	const line = before.slice(before.lastIndexOf('\n') + 1).trim();
	return line.endsWith(':') ? line : '';
}

/** The last date of the tidsplan being read, while its rows follow one another. */
interface DateList {
	last: string | null;
}

function milestones(
	ctx: ItemContext,
	s: ItemSentence,
	seen: Set<string>,
	passing: Set<NetworkEvent>,
	list: DateList,
	/** Days milestones were moved from. */
	givenUp: Set<string>
): NetworkEvent[] {
	const out: NetworkEvent[] = [];
	// A row of a tidsplan without a year comes after the row before it.
	const row = (day: number | null, month: number, year: number | null): string | null => {
		const date =
			year === null && list.last !== null
				? resolveAfter(list.last, day, month)
				: resolveDayMonth(ctx.meetingDate, day, month, year, 'coming');
		list.last = date;
		return date;
	};
	const add = (date: string | null, label: string, inPassing = false): void => {
		if (!date || seen.has(date)) return;
		seen.add(date);
		const e = event(ctx, s, 'milestone', { date, label });
		if (inPassing) passing.add(e);
		out.push(e);
	};
	const bullet = DATED_BULLET.exec(s.text);
	if (bullet) {
		const month = MONTHS.get((bullet[2] as string).toLowerCase()) as number;
		add(
			row(Number(bullet[1]), month, bullet[3] ? Number(bullet[3]) : null),
			rowLabel(ctx, s, bullet[4] as string)
		);
		return out;
	}
	const dayMonth = DAY_MONTH_BULLET.exec(s.text);
	if (dayMonth) {
		add(
			row(Number(dayMonth[1]), Number(dayMonth[2]), null),
			rowLabel(ctx, s, dayMonth[3] as string)
		);
		return out;
	}
	const full = FULL_NUMERIC_BULLET.exec(s.text);
	if (full) {
		const year = Number(full[3]);
		add(
			row(Number(full[1]), Number(full[2]), year < 100 ? 2000 + year : year),
			rowLabel(ctx, s, full[4] as string)
		);
		return out;
	}
	const iso = ISO_BULLET.exec(s.text);
	if (iso) {
		add(row(Number(iso[3]), Number(iso[2]), Number(iso[1])), rowLabel(ctx, s, iso[4] as string));
		return out;
	}
	const numeric = NUMERIC_BULLET.exec(s.text);
	if (numeric) {
		add(row(Number(numeric[1]), Number(numeric[2]), null), rowLabel(ctx, s, numeric[3] as string));
		return out;
	}
	const monthBullet = MONTH_BULLET.exec(s.text);
	if (monthBullet) {
		const month = MONTHS.get((monthBullet[1] as string).toLowerCase()) as number;
		add(
			row(null, month, monthBullet[2] ? Number(monthBullet[2]) : null),
			rowLabel(ctx, s, monthBullet[3] as string)
		);
		return out;
	}
	const labelled = LABELLED_DATED_BULLET.exec(s.text);
	if (labelled) {
		const month = MONTHS.get((labelled[3] as string).toLowerCase()) as number;
		add(
			row(
				labelled[2] ? Number(labelled[2]) : null,
				month,
				labelled[4] ? Number(labelled[4]) : null
			),
			rowLabel(ctx, s, s.text.slice(labelled[1]?.length ?? 0))
		);
		return out;
	}
	// "- Uge 24: Midtvejsstatus": a row dated by its week is no milestone (a week is no date), but
	// the rows after it come later still.
	const week = WEEK_ROW.exec(s.text);
	if (week) {
		const month = Math.min(12, Math.ceil((Number(week[1]) * 7) / 30.44));
		if (list.last !== null && Number(week[1]) <= 53)
			list.last = resolveAfter(list.last, null, month);
		return out;
	}
	list.last = null;
	if (!MILESTONE_WORDS.test(s.text)) return out;
	const written = ctx.asWritten(s.start, s.end);
	const label = written.length > 160 ? `${written.slice(0, 157)}…` : written;
	if (PAST.test(s.text)) {
		// "… har kørt siden april og afholder sit sidste netværksmøde den 25. november 2026": of a
		// sentence that also looks back, only days with their year after the meeting look ahead.
		if (LOOKS_AHEAD.test(s.text))
			for (const m of s.text.matchAll(DAY_MONTH)) {
				if (!m[3]) continue;
				const month = MONTHS.get((m[2] as string).toLowerCase()) as number;
				const date = resolveDayMonth(ctx.meetingDate, Number(m[1]), month, Number(m[3]));
				if (date && date > ctx.meetingDate) add(date, label);
			}
		return out;
	}
	// Half a year away either way, a sentence that only looks ahead means the coming one ("…
	// afleveres til Chefforum i maj", said in November).
	const ahead = LOOKS_AHEAD.test(s.text);
	const done = DONE.test(s.text);
	const placement = done ? (ahead ? 'past' : 'before') : ahead ? 'coming' : 'past';
	const masked = s.text.replace(DAY_MONTH, (m) => ' '.repeat(m.length));
	// Days said in the sentence, in order: a month named after one of them comes after it
	// ("starter den 14. januar, og de nye netværk holder kick-off i april").
	const days: { at: number; date: string }[] = [];
	// The day a milestone is moved from: the day it is moved to lies near it, not the meeting.
	let movedFrom: string | null = null;
	for (const m of s.text.matchAll(DAY_MONTH)) {
		if (REPLACED_DATE_BEFORE.test(s.text.slice(Math.max(0, m.index - 24), m.index))) continue;
		const month = MONTHS.get((m[2] as string).toLowerCase()) as number;
		const year = m[3] ? Number(m[3]) : null;
		// "godkendte tidsplanen med … afslutning 5. december": the tidsplan's row of that day,
		// when the item has one, dates a day said again without its year.
		const row = knownDay(seen, Number(m[1]), month, year);
		if (MOVED_FROM_BEFORE.test(s.text.slice(Math.max(0, m.index - 72), m.index))) {
			movedFrom = row ?? resolveDayMonth(ctx.meetingDate, Number(m[1]), month, year, placement);
			if (movedFrom) givenUp.add(movedFrom);
			continue;
		}
		const date = movedFrom
			? resolveDayMonth(movedFrom, Number(m[1]), month, year, 'past')
			: (row ?? resolveDayMonth(ctx.meetingDate, Number(m[1]), month, year, placement));
		movedFrom = null;
		if (date) days.push({ at: m.index, date });
		add(date, label);
	}
	for (const m of s.text.matchAll(FULL_NUMERIC_DATE)) add(fullDate(m), label);
	for (const m of s.text.matchAll(NUMERIC_DATE)) {
		const month = Number(m[2]);
		if (month >= 1 && month <= 12)
			add(resolveDayMonth(ctx.meetingDate, Number(m[1]), month, null, placement), label);
	}
	for (const m of masked.matchAll(MONTH_ONLY)) {
		const month = MONTHS.get((m[1] as string).toLowerCase()) as number;
		const before = days.findLast((d) => d.at < m.index);
		add(
			m[2]
				? resolveDayMonth(ctx.meetingDate, null, month, Number(m[2]))
				: before
					? resolveAfter(before.date, null, month)
					: resolveDayMonth(ctx.meetingDate, null, month, null, placement),
			label,
			// "i september 2015" with its year is a date of its own, not a month said in passing.
			!m[2]
		);
	}
	return out;
}

/** The milestone already read for a day (in the given year, if any), or undefined. */
function knownDay(
	seen: ReadonlySet<string>,
	day: number,
	month: number,
	year: number | null
): string | undefined {
	const monthDay = `-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
	for (const d of seen)
		if (d.endsWith(monthDay) && (year === null || d.startsWith(`${year}`))) return d;
	return undefined;
}

/** "tre nye netværk i foråret 2016: A, B og C": a few words may sit between the word and the colon. */
const LIST_INTRO = /(?<!\p{L})netværk(?:ene)?(?:[ \t][^.:"\n]{0,40})?:[ \t]*/iu;
const LIST_SEPARATOR = /,[ \t]*(?:og[ \t]+)?|(?<![ \t])[ \t]+og[ \t]+/g;
const LISTED_NAME = /^\p{Lu}[\p{L}&-]*(?:[ \t]+[\p{L}&-]+){0,7}$/u;

/**
 * Names listed after "netværk:" up to the end of the sentence, each capitalised and a few words
 * long; any part that is not a name means it is not such a list.
 */
function listedNames(text: string): { name: string; index: number; end: number }[] {
	const intro = LIST_INTRO.exec(text);
	if (!intro) return [];
	const from = intro.index + intro[0].length;
	const list = text.slice(from).replace(/[.!]$/, '');
	const out: { name: string; index: number; end: number }[] = [];
	let at = 0;
	const take = (end: number): boolean => {
		const part = list.slice(at, end);
		const name = part.trim();
		if (!LISTED_NAME.test(name)) return false;
		const index = from + at + part.indexOf(name);
		out.push({ name, index, end: index + name.length });
		return true;
	};
	for (const sep of list.matchAll(LIST_SEPARATOR)) {
		if (!take(sep.index)) return [];
		at = sep.index + sep[0].length;
	}
	return take(list.length) && out.length >= 2 ? out : [];
}

/** Quoted names that the text calls a network: `netværksarbejdet i "A" og "B"`. */
export function networkNames(
	text: string,
	/** Names (as nameKey gives them) the item has already called networks. */
	known: ReadonlySet<string> = new Set(),
	/** "Netværk 1" → "Ældre og ensomhed": the networks the item's subheadings number. */
	numbered: ReadonlyMap<string, string> = new Map()
): { name: string; index: number; end: number; spelled?: string }[] {
	const out: { name: string; index: number; end: number; spelled?: string }[] = [];
	let lastEnd = -1;
	const heading = NUMBERED_HEADING.exec(text);
	if (heading) {
		const name = (heading[3] as string).trim();
		const index = text.indexOf(name, (heading[1] as string).length);
		return [{ name, index, end: index + name.length }];
	}
	if (numbered.size > 0) {
		for (const m of text.matchAll(NUMBERED_REF)) {
			const name = numbered.get(m[1] as string);
			if (name) out.push({ name, index: m.index, end: m.index + m[0].length, spelled: name });
		}
		// "… så Ældre og ensomhed fortsætter til 31. oktober": a numbered network named plainly.
		for (const name of numbered.values())
			for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length))
				out.push({ name, index: at, end: at + name.length });
	}
	// "Innovationsnetværket GRØNNE FÆLLESSKABER har …", "at TRYG HJEMKOMST forlænges …": a name
	// written in capitals, after the kind of network or before what happens to it.
	if (CAPS_HINT.test(text))
		for (const m of text.matchAll(CAPS_NAME)) {
			const name = (m[1] ?? m[2]) as string;
			const index = text.indexOf(name, m.index);
			out.push({ name, index, end: index + name.length });
		}
	if (!text.includes('"')) {
		// "Tema: Digital inklusion af ældre borgere – kører efter planen": a theme's line with its status.
		const theme = THEME_LINE.exec(text);
		if (theme && THEME_STATUS.test(text.slice(theme[0].length))) {
			const name = (theme[1] as string).trim();
			const index = text.indexOf(name, theme.index);
			out.push({ name, index, end: index + name.length });
		}
		// "**Læringsnetværket Læselyst i indskolingen**" over "Status: afsluttet": a bold subheading.
		const bold = BOLD_NAME.exec(text);
		if (bold) {
			const name = (bold[1] as string).trim();
			const index = bold[0].length - 2 - (bold[1] as string).length;
			out.push({ name, index, end: index + name.length });
		}
		for (const m of text.matchAll(UNQUOTED_NAME)) {
			const name = m[1] as string;
			const index = (m.index ?? 0) + m[0].length - name.length;
			out.push({ name, index, end: index + name.length });
		}
		// "besluttede at igangsætte velfærdsnetværket om unge uden uddannelse og
		// læringsnetværket om digital dokumentation": in a decision, a topic in lower case names
		// the network too.
		if (out.length === 0 && DECIDED.test(text))
			for (const m of text.matchAll(DECIDED_TOPIC)) {
				const name = m[1] as string;
				const index = (m.index ?? 0) + m[0].length - name.length;
				out.push({ name, index, end: index + name.length });
			}
		// "Velfærdsnetværket Tryg Hjemkomst kører efter planen": a name in Title Case after the kind.
		if (out.length === 0)
			for (const m of text.matchAll(TITLE_CASE_NAME)) {
				const name = m[1] as string;
				if (NOT_A_NAME_START.test(name)) continue;
				const index = (m.index ?? 0) + m[0].length - name.length;
				out.push({ name, index, end: index + name.length });
			}
		if (out.length === 0 && !text.includes("'")) out.push(...listedNames(text));
	}
	let pending: { name: string; index: number; end: number; quoteEnd: number }[] = [];
	for (const m of text.matchAll(QUOTED)) {
		const index = m.index ?? 0;
		// A bold line of its own is a subheading, read as such above (BOLD_NAME).
		if (m[4] !== undefined && index === 0) continue;
		const name = ((m[1] ?? m[2] ?? m[3] ?? m[4]) as string).trim();
		// The quote marks' width: two for bold.
		const q = m[4] === undefined ? 1 : 2;
		const before = text.slice(Math.max(0, index - 60), index);
		const chained = lastEnd >= 0 && AFTER_NETWORK_NAME.test(text.slice(lastEnd, index));
		const named = NETWORK_BEFORE.test(before) && !NOT_A_NETWORK_BEFORE.test(before.slice(-40));
		// ""A"-netværket", ""A" igangsættes som velfærdsnetværk".
		const after = text.slice(index + m[0].length, index + m[0].length + 60);
		const suffixed =
			NAMED_AFTER.test(after) ||
			(STARTED_AS_NETWORK.test(after) && !NOT_A_NETWORK_BEFORE.test(before.slice(-40)));
		// "Netværket "A" afsluttes, mens "B" forlænges": after a network, a quote followed by what
		// happens to a network is one too.
		const followed =
			out.length > 0 &&
			STATUS_AFTER_NAME.test(text.slice(index + m[0].length, index + m[0].length + 40)) &&
			!NOT_A_NETWORK_BEFORE.test(before.slice(-40));
		// A network the item has named, quoted again as a sentence's subject ('"A" er fortsat i
		// gang', '"A" har siden juni afprøvet …') or with what happens to it.
		const again =
			known.has(nameKey(name)) &&
			(index === 0 ||
				STATUS_AFTER_NAME.test(afterQuotes(text, index + m[0].length)) ||
				STATUS_NOUN_BEFORE.test(before) ||
				STATUS_VERB_BEFORE.test(before));
		// '"Styrket overgang fra dagtilbud til skole" afsluttes planmæssigt.': a paragraph that
		// opens with a quoted name and what happens to it.
		const opens = index === 0 && STATUS_AFTER_NAME.test(text.slice(m[0].length, m[0].length + 40));
		if ((named || chained || suffixed || followed || again || opens) && /\p{L}/u.test(name)) {
			// "igangsætte "A" og "B" som velfærdsnetværk": a quote chained to the network after it.
			const left = pending.filter((p) => AFTER_NETWORK_NAME.test(text.slice(p.quoteEnd, index)));
			for (const p of left) out.push({ name: p.name, index: p.index, end: p.end });
			pending = [];
			// The name's own span, inside the quotes.
			out.push({ name, index: index + q, end: index + m[0].length - q });
			lastEnd = index + m[0].length;
		} else {
			lastEnd = -1;
			pending = /\p{L}/u.test(name)
				? [{ name, index: index + q, end: index + m[0].length - q, quoteEnd: index + m[0].length }]
				: [];
		}
	}
	return out.sort((a, b) => a.index - b.index);
}
