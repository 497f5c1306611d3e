/**
 * The path of a meeting's page (and a place in it): bundled minutes have a prerendered page per
 * meeting; an imported meeting's page is built in the browser from what is stored on the machine.
 */

import { importedIds } from '$lib/import/imported-ids.svelte';

export type MeetingPath = `/moeder/${string}`;

export function meetingPath(meetingId: string, anchor = ''): MeetingPath {
	const hash = anchor ? `#${anchor}` : '';
	return importedIds.has(meetingId)
		? `/moeder/importeret?id=${encodeURIComponent(meetingId)}${hash}`
		: `/moeder/${encodeURIComponent(meetingId)}${hash}`;
}
