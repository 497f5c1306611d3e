/**
 * Which KPI an agenda item is about, from its title and KLE code. The body is not used:
 * "netværk" runs through many items that are not about the network organisation.
 */

import type { KpiTopic } from './schema';

/** KLE 81.28.00: Sygefravær. */
const SICK_LEAVE_KLE = '81.28.00';
const SICK_LEAVE_TITLE =
	/sygefrav|fraværsstatistik|fraværsopgørelse|sygestatistik|(?<!\p{L})fravær(?:et)?(?!\p{L})/iu;
const BUDGET_TITLE = /budgetaftale/i;
const BUDGET_STATUS_WORD = /status|opfølgning|afrapportering|følge[ \t]+op/i;
const NETWORK_TITLE = /netværk/i;
/** "Netværk" as computers and cables, not as the network organisation. */
export const IT_NETWORK =
	/(?<!\p{L})it-?netværk|netværks?(?:nedbrud|forbindelse|drev|printer|kabel|kort|adgang|fejl|problem|sikkerhed|udstyr)|nedbrud|trådløs|wi-?fi|netværket[ \t]+(?:var|er|gik|har[ \t]+været)[ \t]+nede|(?<!\p{L})(?:server(?:e|en|ne)?|internet(?:tet)?|router(?:e|en|ne)?|bredbånd|switch(?:e|en|ene)?)(?!\p{L})/iu;

/**
 * Another organisation's networks (KL's, an association's) or a standing group's ("Netværk for
 * ledere af selvejende institutioner"), not the network organisation's.
 */
export const EXTERNAL_NETWORK =
	/(?<!\p{L})KL(?!\p{L})|KL-regi|kommunernes[ \t]+landsforening|forening|professionshøjskole|tilbud[ \t]+om[ \t]+(?:deltagelse[ \t]+i[ \t]+)?netværk|netværk(?:et)?[ \t]+for[ \t]+(?:ledere|chefer|nyuddannede)/iu;

/** A follow-up that may be a budget-agreement status: decided by whether its lines carry colours. */
export const BUDGET_FOLLOWUP = /budgetopfølgning|budgetstatus|status[ \t]+på[ \t]+budget/i;

export function kpiTopic(title: string, kleCode: string | null): KpiTopic | null {
	if (kleCode === SICK_LEAVE_KLE || SICK_LEAVE_TITLE.test(title)) return 'sick_leave';
	if (BUDGET_TITLE.test(title) && BUDGET_STATUS_WORD.test(title)) return 'budget_status';
	if (NETWORK_TITLE.test(title) && !IT_NETWORK.test(title) && !EXTERNAL_NETWORK.test(title))
		return 'network';
	return null;
}
