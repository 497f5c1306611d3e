/**
 * Runs a batch of files through the import worker, reporting each file's progress: read (the
 * bytes, on the page) → text → extract (in the worker). Two files are in flight at a time, so
 * the worker never waits for the page to read the next file. Cancelling stops the worker; nothing
 * is stored by this module.
 */

import type { FoundMeeting } from './import-plan';
import type { ReadStage, WorkerMessage } from './worker-protocol';

export type FileStage = 'venter' | 'læser' | ReadStage | 'fundet' | 'afvist' | 'gemt';

export interface FileProgress {
	name: string;
	size: number;
	stage: FileStage;
	reason: string | null;
	/** The meeting found in the file, once it has been read. */
	meetingId: string | null;
}

export interface ImportFile {
	/** The name to show and keep: the path inside a chosen folder, else the file's name. */
	name: string;
	file: Blob;
}

const IN_FLIGHT = 2;

export interface BatchRun {
	/** Resolves with every referat found, in the order the files were given. */
	finished: Promise<FoundMeeting[]>;
	cancel(): void;
}

export function runBatch(
	files: readonly ImportFile[],
	onProgress: (index: number, change: Partial<FileProgress>) => void
): BatchRun {
	const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
	const found: (FoundMeeting | null)[] = files.map(() => null);
	let cancelled = false;
	let stop: (e: Error) => void = () => {};
	const finished = new Promise<FoundMeeting[]>((resolve, reject) => {
		stop = reject;
		let next = 0;
		let pending = 0;
		const feed = async (): Promise<void> => {
			while (!cancelled && pending < IN_FLIGHT && next < files.length) {
				const id = next++;
				pending++;
				onProgress(id, { stage: 'læser' });
				try {
					const bytes = await (files[id] as ImportFile).file.arrayBuffer();
					if (cancelled) return;
					worker.postMessage({ id, name: (files[id] as ImportFile).name, bytes }, [bytes]);
				} catch {
					pending--;
					onProgress(id, { stage: 'afvist', reason: 'filen kunne ikke læses fra disken' });
				}
			}
			if (!cancelled && pending === 0 && next >= files.length) {
				worker.terminate();
				resolve(found.filter((f): f is FoundMeeting => f !== null));
			}
		};
		worker.addEventListener('message', (e: MessageEvent<WorkerMessage | { kind?: undefined }>) => {
			const m = e.data;
			// pdf.js's worker module announces itself on the same port when it loads: not ours.
			if (m.kind === undefined) return;
			if (m.kind === 'stage') return onProgress(m.id, { stage: m.stage });
			pending--;
			if (m.result.ok) {
				found[m.id] = m.result.found;
				onProgress(m.id, {
					stage: 'fundet',
					meetingId: m.result.found.extraction.meeting.meeting_id
				});
			} else onProgress(m.id, { stage: 'afvist', reason: m.result.reason });
			void feed();
		});
		worker.addEventListener('error', (e) => {
			worker.terminate();
			reject(new Error(`Indlæsningen stoppede: ${e.message || 'arbejderen kunne ikke starte'}`));
		});
		void feed();
	});
	return {
		finished,
		cancel() {
			cancelled = true;
			worker.terminate();
			stop(new Error('Importen blev afbrudt'));
		}
	};
}
