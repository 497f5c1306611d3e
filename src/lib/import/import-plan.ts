/**
 * What an import batch will do, decided before anything is stored: each meeting found is new,
 * replaces an earlier version (imported, or bundled with Mødespor), or is already there
 * unchanged. A meeting's identity is its meeting_id, so a batch never stores two of one meeting.
 */

import type { Referat } from '../app/meeting-view';

/** A referat read from one file of the batch. */
export interface FoundMeeting {
	file: string;
	source: string;
	source_hash: string;
	extraction: Referat;
}

/** A meeting already on the machine: imported earlier, or bundled with the app. */
export interface KnownMeeting {
	meeting_id: string;
	source_file: string;
	source_hash: string;
	bundled: boolean;
}

export type ImportAction = 'ny' | 'erstatter' | 'uændret';

export interface PlannedMeeting {
	found: FoundMeeting;
	action: ImportAction;
	/** The version it replaces or matches, if any. */
	known: KnownMeeting | null;
}

export interface ImportPlan {
	meetings: PlannedMeeting[];
	/** Files left out of the batch, with the Danish reason (a second copy of one meeting). */
	skipped: { file: string; reason: string }[];
}

/** What is on the machine already: bundled meetings, overridden by imported versions. */
export function knownMeetings(
	bundled: readonly KnownMeeting[],
	imported: readonly Omit<KnownMeeting, 'bundled'>[]
): Map<string, KnownMeeting> {
	const known = new Map<string, KnownMeeting>();
	for (const b of bundled) known.set(b.meeting_id, { ...b, bundled: true });
	for (const s of imported)
		known.set(s.meeting_id, {
			meeting_id: s.meeting_id,
			source_file: s.source_file,
			source_hash: s.source_hash,
			bundled: false
		});
	return known;
}

export function planImport(
	found: readonly FoundMeeting[],
	known: ReadonlyMap<string, KnownMeeting>
): ImportPlan {
	const meetings: PlannedMeeting[] = [];
	const skipped: ImportPlan['skipped'] = [];
	const inBatch = new Map<string, FoundMeeting>();
	for (const f of found) {
		const id = f.extraction.meeting.meeting_id;
		const first = inBatch.get(id);
		if (first) {
			skipped.push({
				file: f.file,
				reason:
					first.source_hash === f.source_hash
						? `samme referat som ${first.file}`
						: `samme møde (${id}) som ${first.file}: kun den første fil importeres`
			});
			continue;
		}
		inBatch.set(id, f);
		const k = known.get(id) ?? null;
		const action: ImportAction = !k
			? 'ny'
			: k.source_hash === f.source_hash
				? 'uændret'
				: 'erstatter';
		meetings.push({ found: f, action, known: k });
	}
	meetings.sort((a, b) =>
		a.found.extraction.meeting.meeting_id.localeCompare(b.found.extraction.meeting.meeting_id)
	);
	return { meetings, skipped };
}

/** The meetings a confirmed plan stores (new ones and new versions). */
export function toStore(plan: ImportPlan): PlannedMeeting[] {
	return plan.meetings.filter((m) => m.action !== 'uændret');
}
