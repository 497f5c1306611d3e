/**
 * A backup: everything imported and corrected on this machine in one file, to restore on another
 * browser. It names its format and version and carries a checksum of its content, so a file from
 * another program, another format version or a damaged copy is refused before anything changes.
 */

import type { Correction } from '../corrections/correction';
import type { StoredMeeting } from '../import/stored-meeting';
import { sha256Hex } from '../storage/sha256';

export const BACKUP_FORMAT = 'moedespor-sikkerhedskopi';
export const BACKUP_VERSION = 1;

interface Content {
	meetings: StoredMeeting[];
	corrections: Correction[];
}

export interface BackupFile extends Content {
	format: typeof BACKUP_FORMAT;
	version: number;
	created: string;
	checksum: string;
}

export type ReadBackup = ({ ok: true; created: string } & Content) | { ok: false; reason: string };

/** The backup file's text. */
export async function makeBackup(content: Content, created: string): Promise<string> {
	const body = { meetings: content.meetings, corrections: content.corrections };
	const file: BackupFile = {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		created,
		checksum: await sha256Hex(JSON.stringify(body)),
		...body
	};
	return JSON.stringify(file);
}

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

function meetingProblem(m: unknown): string | null {
	if (!isObject(m)) return 'et møde er ikke et objekt';
	const x = m.extraction;
	if (typeof m.meeting_id !== 'string' || typeof m.source !== 'string')
		return 'et møde mangler id eller tekst';
	if (!isObject(x) || !isObject(x.meeting) || !Array.isArray(x.items) || !isObject(x.records))
		return `mødet ${m.meeting_id} mangler sine udtrukne tal`;
	if (x.meeting.meeting_id !== m.meeting_id)
		return `mødet ${m.meeting_id} har et andet id i sine tal`;
	return null;
}

function correctionProblem(c: unknown): string | null {
	if (!isObject(c) || typeof c.key !== 'string' || typeof c.meeting_id !== 'string')
		return 'en rettelse mangler sit navn';
	if (!isObject(c.values) || !isObject(c.original) || typeof c.reason !== 'string')
		return `rettelsen ${c.key} er ufuldstændig`;
	return null;
}

/** A backup file's content, or the Danish reason it cannot be restored. */
export async function readBackup(text: string): Promise<ReadBackup> {
	let file: unknown;
	try {
		file = JSON.parse(text);
	} catch {
		return { ok: false, reason: 'filen er beskadiget eller ikke en sikkerhedskopi fra Mødespor' };
	}
	if (!isObject(file) || file.format !== BACKUP_FORMAT)
		return { ok: false, reason: 'filen er ikke en sikkerhedskopi fra Mødespor' };
	if (typeof file.version !== 'number')
		return { ok: false, reason: 'sikkerhedskopien har intet formatnummer' };
	if (file.version > BACKUP_VERSION)
		return {
			ok: false,
			reason: `sikkerhedskopien er fra en nyere udgave af Mødespor (format ${file.version}); opdatér Mødespor og prøv igen`
		};
	if (file.version < BACKUP_VERSION)
		return {
			ok: false,
			reason: `sikkerhedskopien er i et ældre format (${file.version}), som denne udgave ikke kan læse`
		};
	if (!Array.isArray(file.meetings) || !Array.isArray(file.corrections))
		return { ok: false, reason: 'sikkerhedskopien er beskadiget: møder eller rettelser mangler' };
	const body = { meetings: file.meetings, corrections: file.corrections };
	if (file.checksum !== (await sha256Hex(JSON.stringify(body))))
		return {
			ok: false,
			reason: 'sikkerhedskopien er beskadiget: indholdet passer ikke til kontrolsummen'
		};
	const problem =
		file.meetings.map(meetingProblem).find((p) => p !== null) ??
		file.corrections.map(correctionProblem).find((p) => p !== null);
	if (problem) return { ok: false, reason: `sikkerhedskopien er beskadiget: ${problem}` };
	return {
		ok: true,
		created: typeof file.created === 'string' ? file.created : '',
		meetings: file.meetings as StoredMeeting[],
		corrections: file.corrections as Correction[]
	};
}
