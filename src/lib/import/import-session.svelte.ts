/**
 * One import on the /import page: files → progress per file → a preview of what will change →
 * confirmed and stored as one transaction, or discarded with nothing stored. Also the list of
 * meetings already imported on this machine, each removable.
 */

import { base } from '$app/paths';
import { reloadBrowserDatabase } from '$lib/db/duckdb-browser';
import {
	knownMeetings,
	planImport,
	toStore,
	type FoundMeeting,
	type ImportPlan,
	type KnownMeeting
} from './import-plan';
import { runBatch, type BatchRun, type FileProgress, type ImportFile } from './import-runner';
import { saveMeetings, removeMeeting, storedMeetings } from './meeting-store';
import { askPersistence, storageStatus, type StorageStatus } from '../storage/local-db';
import type { StoredMeeting } from './stored-meeting';
import { timestamp } from '../storage/timestamp';

export type ImportPhase = 'vælg' | 'læser' | 'gennemse' | 'gemmer' | 'gemt';

/** What the list of imported meetings shows (the source text stays in storage). */
export type StoredSummary = Pick<
	StoredMeeting,
	'meeting_id' | 'source_file' | 'imported_at' | 'source_hash'
> & { date: string; forum: string };

async function bundledMeetings(): Promise<KnownMeeting[]> {
	const res = await fetch(`${base}/data/bundled-meetings.json`);
	if (!res.ok) throw new Error(`bundled-meetings.json: HTTP ${res.status}`);
	const rows = (await res.json()) as Omit<KnownMeeting, 'bundled'>[];
	return rows.map((r) => ({ ...r, bundled: true }));
}

export class ImportSession {
	phase: ImportPhase = $state('vælg');
	files: FileProgress[] = $state([]);
	// Raw: the plan is replaced, never edited, and its extractions go to IndexedDB as they are. A
	// deep proxy would have to be snapshotted (cloned) on confirm, one long main-thread task.
	plan: ImportPlan | null = $state.raw(null);
	/** The last thing that went wrong, in Danish (nothing was stored when it is set). */
	failure = $state('');
	/** What the last confirmed import did. */
	outcome = $state('');
	stored: StoredSummary[] = $state([]);
	storage: StorageStatus | null = $state(null);
	private run: BatchRun | null = null;

	get done(): number {
		return this.files.filter(
			(f) => f.stage === 'fundet' || f.stage === 'afvist' || f.stage === 'gemt'
		).length;
	}

	async refreshStored(): Promise<void> {
		const all = await storedMeetings();
		this.stored = all
			.map((m) => ({
				meeting_id: m.meeting_id,
				source_file: m.source_file,
				imported_at: m.imported_at,
				source_hash: m.source_hash,
				date: m.extraction.meeting.date ?? '',
				forum: m.extraction.meeting.forum ?? ''
			}))
			.sort((a, b) => a.date.localeCompare(b.date) || a.meeting_id.localeCompare(b.meeting_id));
		this.storage = await storageStatus();
	}

	async start(files: ImportFile[]): Promise<void> {
		if (files.length === 0 || this.phase === 'læser' || this.phase === 'gemmer') return;
		this.failure = '';
		this.outcome = '';
		this.plan = null;
		this.phase = 'læser';
		this.files = files.map((f) => ({
			name: f.name,
			size: f.file.size,
			stage: 'venter',
			reason: null,
			meetingId: null
		}));
		this.run = runBatch(files, (i, change) => {
			const f = this.files[i];
			if (f) Object.assign(f, change);
		});
		let found: FoundMeeting[];
		try {
			found = await this.run.finished;
		} catch (e) {
			this.phase = 'vælg';
			this.failure = e instanceof Error ? e.message : String(e);
			return;
		} finally {
			this.run = null;
		}
		try {
			const known = knownMeetings(await bundledMeetings(), await storedMeetings());
			this.plan = planImport(found, known);
			this.phase = 'gennemse';
		} catch (e) {
			this.phase = 'vælg';
			this.failure = `Importen kunne ikke forberedes: ${e instanceof Error ? e.message : String(e)}`;
		}
	}

	cancel(): void {
		this.run?.cancel();
	}

	discard(): void {
		this.plan = null;
		this.files = [];
		this.phase = 'vælg';
	}

	/** Store what the preview showed, all or nothing, and load it into the views. */
	async confirm(): Promise<void> {
		if (!this.plan || this.phase !== 'gennemse') return;
		const put = toStore(this.plan);
		const now = timestamp();
		this.phase = 'gemmer';
		try {
			await saveMeetings(
				put.map(({ found }) => ({
					meeting_id: found.extraction.meeting.meeting_id,
					source_file: found.file,
					source_hash: found.source_hash,
					imported_at: now,
					source: found.source,
					extraction: found.extraction
				}))
			);
		} catch (e) {
			this.phase = 'gennemse';
			this.failure = `Intet blev gemt: ${storageMessage(e)}`;
			return;
		}
		await askPersistence().catch(() => false);
		const replaced = put.filter((p) => p.action === 'erstatter').length;
		const added = put.length - replaced;
		const outcome =
			(added === 1 ? '1 nyt møde gemt' : `${added} nye møder gemt`) +
			(replaced ? `, ${replaced} erstattet af en ny version` : '') +
			`; ${this.plan.meetings.length - put.length} fandtes allerede uændret.`;
		await this.afterChange();
		// Each file's last step: its meeting is stored and loaded into the views.
		const stored = put.map((p) => p.found.file);
		for (const f of this.files) if (stored.includes(f.name)) f.stage = 'gemt';
		this.plan = null;
		this.phase = 'gemt';
		// Said once the views' database holds the new minutes too.
		this.outcome = outcome;
	}

	async remove(meetingId: string): Promise<void> {
		this.failure = '';
		try {
			await removeMeeting(meetingId);
		} catch (e) {
			this.failure = `Mødet blev ikke fjernet: ${storageMessage(e)}`;
			return;
		}
		await this.afterChange();
	}

	private async afterChange(): Promise<void> {
		await reloadBrowserDatabase();
		await this.refreshStored();
	}
}

function storageMessage(e: unknown): string {
	const name = e instanceof DOMException ? e.name : '';
	if (name === 'QuotaExceededError') return 'der er ikke plads i browserens lager';
	return e instanceof Error ? e.message : String(e);
}
