/** Messages between the import page and its extraction worker. */

import type { FoundMeeting } from './import-plan';

export interface ReadRequest {
	id: number;
	name: string;
	bytes: ArrayBuffer;
}

export type ReadStage = 'tekst' | 'udtræk';

export type WorkerMessage =
	| { kind: 'stage'; id: number; stage: ReadStage }
	| {
			kind: 'done';
			id: number;
			result: { ok: true; found: FoundMeeting } | { ok: false; reason: string };
	  };
