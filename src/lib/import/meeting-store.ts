/** Imported meetings kept on this machine (see storage/local-db.ts for how). */

import { STORES, change, readAll, readOne } from '../storage/local-db';
import type { StoredMeeting } from './stored-meeting';

export function storedMeetings(): Promise<StoredMeeting[]> {
	return readAll<StoredMeeting>(STORES.meetings);
}

export function storedMeeting(meetingId: string): Promise<StoredMeeting | null> {
	return readOne<StoredMeeting>(STORES.meetings, meetingId);
}

/** Store meetings (replacing any with the same meeting_id) and remove others, all or nothing. */
export function changeMeetings(
	put: readonly StoredMeeting[],
	remove: readonly string[] = []
): Promise<void> {
	return change([{ store: STORES.meetings, put, remove }]);
}
