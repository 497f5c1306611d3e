/** Everything kept on this machine, read for a backup and replaced whole by a restore. */

import type { Correction } from '../corrections/correction';
import { storedCorrections } from '../corrections/correction-store';
import { storedMeetings } from '../import/meeting-store';
import type { StoredMeeting } from '../import/stored-meeting';
import { STORES, change } from '../storage/local-db';

export async function keptContent(): Promise<{
	meetings: StoredMeeting[];
	corrections: Correction[];
}> {
	return { meetings: await storedMeetings(), corrections: await storedCorrections() };
}

/** Replace all imported meetings and corrections in one transaction: all of it, or nothing. */
export function replaceKept(meetings: StoredMeeting[], corrections: Correction[]): Promise<void> {
	return change([
		{ store: STORES.meetings, clear: true, put: meetings },
		{ store: STORES.corrections, clear: true, put: corrections }
	]);
}
