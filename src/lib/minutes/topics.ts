/**
 * Which KPI an agenda item is about, from its title and KLE code. The body is not used:
 * "netværk" runs through many items that are not about the network organisation.
 */

import type { KpiTopic } from './schema';

/** KLE 81.28.00: Sygefravær. */
const SICK_LEAVE_KLE = '81.28.00';
// "Barns 1. og 2. sygedag 2018", "Langtidsfravær 2019": one of the measures on its own.
const SICK_LEAVE_TITLE =
	/sygefrav|fraværsstatistik|fraværsopgørelse|sygestatistik|sygedag|(?:kort|lang)tidsfravær|(?<!\p{L})fravær(?:et)?(?!\p{L})/iu;
const BUDGET_TITLE = /budgetaftale/i;
const BUDGET_STATUS_WORD = /status|opfølgning|afrapportering|følge[ \t]+op/i;
/**
 * "Netværk", "netværksstrukturen", "velfærdsnetværk": the network organisation. Another compound
 * ("Vestegnens Erhvervsnetværk", "Ledernetværket") is some other group's network.
 */
const NETWORK_TITLE = /(?<!\p{L})(?:velfærds|lærings|innovations|tema)?netværk/iu;
const ORG_PREFIX = /^(?:velfærds|lærings|innovations|tema)?$/;

/** Whether a text names some other group's network by a compound ("Erhvervsnetværket"). */
export function namesOtherNetwork(text: string): boolean {
	const lower = text.toLowerCase();
	// Each "netværk" and up to 20 letters joined to it before (a longer prefix is no
	// organisation word either): linear, without a pattern that rescans a word from every letter.
	for (let at = lower.indexOf('netværk'); at !== -1; at = lower.indexOf('netværk', at + 7)) {
		let start = at;
		while (start > 0 && at - start < 20 && /\p{L}/u.test(lower[start - 1] as string)) start--;
		if (!ORG_PREFIX.test(lower.slice(start, at))) return true;
	}
	return false;
}
/** "Netværk" as computers and cables, not as the network organisation. */
export const IT_NETWORK =
	/(?<!\p{L})it-?netværk|netværks?(?:nedbrud|forbindelse|drev|printer|kabel|kort|adgang|fejl|problem|sikkerhed|udstyr|opgradering|leverandør|udbyder|infrastruktur)|nedbrud|trådløs|kablede?[ \t]+netværk|wi-?fi|afbrydelse\p{L}*|(?<!\p{L})(?:ustabil\p{L}*|langsomt?)[ \t]+netværk|netværket[ \t]+(?:var|er|gik|har[ \t]+været)[ \t]+nede|(?<!\p{L})(?:server(?:e|en|ne)?|internet(?:tet)?|router(?:e|en|ne)?|bredbånd|switch(?:e|en|ene)?|pc(?:'er|er|'en|en)?|computere?|opgradering[ \t]+af[ \t]+netværket)(?!\p{L})/iu;

/**
 * Another organisation's networks (KL's, an association's) or a standing group's ("Netværk for
 * ledere af selvejende institutioner", "et netværk for udskrivningskoordinatorer"), not the
 * network organisation's.
 */
export const EXTERNAL_NETWORK =
	/(?<!\p{L})KL(?!\p{L})|KL-regi|kommunernes[ \t]+landsforening|forening|professionshøjskole|tilbud[ \t]+om[ \t]+(?:deltagelse[ \t]+i[ \t]+)?netværk|netværk(?:et)?[ \t]+for[ \t]+(?:[\p{L}-]*(?:ledere|chefer|koordinatorer|konsulenter|medarbejdere|rådgivere|sygeplejersker)|nyuddannede)(?!\p{L})|(?<!\p{L})(?:erfa|kl)-netværk/iu;

/**
 * "Fortsat medlemskab af Sund By Netværket": a network's proper name in capitals after another
 * word in capitals, not the first of the title (Danish titles are not written in Title Case).
 */
const NAMED_NETWORK = /[ \t]\p{Lu}\p{Ll}*[ \t]+Netværk/u;

/**
 * A title that names no KPI but may hold one: "Orientering fra HR", "Opfølgning", "Status",
 * "Evt." (where a figure is sometimes given in passing).
 */
export const GENERIC_TITLE =
	/^(?:orientering|opfølgning|status|nøgletal|meddelelser|eventuelt|evt\.?$)(?!\p{L})|(?<!\p{L})(?:HR|personale)(?!\p{L})/iu;

/** A follow-up that may be a budget-agreement status: decided by whether its lines carry colours. */
export const BUDGET_FOLLOWUP = /budgetopfølgning|budgetstatus|status[ \t]+på[ \t]+budget/i;

/** "Sygefravær blandt elever": the absence of pupils or citizens, not of the staff. */
const OTHERS_ABSENCE_TITLE =
	/(?:sygefrav|fravær)\p{L}*[ \t]+(?:blandt|hos|for)[ \t]+(?:\p{L}+[ \t]+)?(?:elever|børn|unge|borgere|patienter|beboere|brugere|kursister|studerende)(?!\p{L})/iu;

export function kpiTopic(title: string, kleCode: string | null): KpiTopic | null {
	if (
		kleCode === SICK_LEAVE_KLE ||
		(SICK_LEAVE_TITLE.test(title) && !OTHERS_ABSENCE_TITLE.test(title))
	)
		return 'sick_leave';
	if (BUDGET_TITLE.test(title) && BUDGET_STATUS_WORD.test(title)) return 'budget_status';
	if (
		NETWORK_TITLE.test(title) &&
		!IT_NETWORK.test(title) &&
		!EXTERNAL_NETWORK.test(title) &&
		!NAMED_NETWORK.test(title)
	)
		return 'network';
	return null;
}
