/** Imported meetings kept on this machine (see storage/local-db.ts for how). */

import type { Correction } from '../corrections/correction';
import { STORES, change, readAll, readOne } from '../storage/local-db';
import type { StoredMeeting } from './stored-meeting';

export function storedMeetings(): Promise<StoredMeeting[]> {
	return readAll<StoredMeeting>(STORES.meetings);
}

export function storedMeeting(meetingId: string): Promise<StoredMeeting | null> {
	return readOne<StoredMeeting>(STORES.meetings, meetingId);
}

/** Store meetings (replacing any with the same meeting_id), all or nothing. */
export function saveMeetings(put: readonly StoredMeeting[]): Promise<void> {
	return change([{ store: STORES.meetings, put }]);
}

/** Remove an imported meeting and the corrections made to it, in one transaction. */
export async function removeMeeting(meetingId: string): Promise<void> {
	const corrections = await readAll<Correction>(STORES.corrections);
	return change([
		{ store: STORES.meetings, remove: [meetingId] },
		{
			store: STORES.corrections,
			remove: corrections.filter((c) => c.meeting_id === meetingId).map((c) => c.key)
		}
	]);
}
