/** Corrections kept on this machine (see storage/local-db.ts for how). */

import { STORES, change, readAll } from '../storage/local-db';
import type { Correction } from './correction';

export function storedCorrections(): Promise<Correction[]> {
	return readAll<Correction>(STORES.corrections);
}

export function saveCorrection(c: Correction): Promise<void> {
	return change([{ store: STORES.corrections, put: [c] }]);
}

/** Undo a correction: the extracted values apply again. */
export function undoCorrection(key: string): Promise<void> {
	return change([{ store: STORES.corrections, remove: [key] }]);
}
