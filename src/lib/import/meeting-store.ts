/**
 * Imported meetings kept on this machine, in IndexedDB. Every change is one transaction, so a
 * batch is stored whole or not at all (a failed write, a full disk or a closed tab leaves what
 * was there before). Storage is asked to be persistent, so the browser does not evict it.
 */

import type { StoredMeeting } from './stored-meeting';

const DB_NAME = 'moedespor';
const DB_VERSION = 1;
const MEETINGS = 'meetings';

let opening: Promise<IDBDatabase> | null = null;

function request<T>(r: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		r.onsuccess = () => resolve(r.result);
		r.onerror = () => reject(r.error ?? new Error('IndexedDB-fejl'));
	});
}

function done(tx: IDBTransaction): Promise<void> {
	return new Promise((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onabort = () => reject(tx.error ?? new Error('Gemningen blev afbrudt'));
		tx.onerror = () => reject(tx.error ?? new Error('IndexedDB-fejl'));
	});
}

function database(): Promise<IDBDatabase> {
	opening ??= new Promise<IDBDatabase>((resolve, reject) => {
		const r = indexedDB.open(DB_NAME, DB_VERSION);
		r.onupgradeneeded = () => {
			if (!r.result.objectStoreNames.contains(MEETINGS))
				r.result.createObjectStore(MEETINGS, { keyPath: 'meeting_id' });
		};
		r.onsuccess = () => resolve(r.result);
		r.onerror = () => reject(r.error ?? new Error('Lageret i browseren kunne ikke åbnes'));
		r.onblocked = () => reject(new Error('Lageret er optaget af en anden fane med Mødespor'));
	}).catch((e: unknown) => {
		opening = null;
		throw e;
	});
	return opening;
}

/** Every imported meeting, by meeting_id. */
export async function storedMeetings(): Promise<StoredMeeting[]> {
	const db = await database();
	const tx = db.transaction(MEETINGS, 'readonly');
	return request(tx.objectStore(MEETINGS).getAll() as IDBRequest<StoredMeeting[]>);
}

/** Store meetings (replacing any with the same meeting_id) and remove others, all or nothing. */
export async function changeMeetings(
	put: readonly StoredMeeting[],
	remove: readonly string[] = []
): Promise<void> {
	const db = await database();
	const tx = db.transaction(MEETINGS, 'readwrite');
	const store = tx.objectStore(MEETINGS);
	const finished = done(tx);
	try {
		for (const id of remove) store.delete(id);
		for (const m of put) store.put(m);
	} catch (e) {
		tx.abort();
		await finished.catch(() => {});
		throw e;
	}
	await finished;
}

export interface StorageStatus {
	usage: number | null;
	quota: number | null;
	persisted: boolean;
}

/** How much this site stores, and whether the browser has promised to keep it. */
export async function storageStatus(): Promise<StorageStatus> {
	const s = navigator.storage;
	const estimate = s?.estimate ? await s.estimate() : {};
	const persisted = s?.persisted ? await s.persisted() : false;
	return { usage: estimate.usage ?? null, quota: estimate.quota ?? null, persisted };
}

/** Ask the browser not to evict the stored minutes (it may decide without asking the user). */
export async function askPersistence(): Promise<boolean> {
	return navigator.storage?.persist ? navigator.storage.persist() : false;
}

/** One imported meeting, or null if it is not (or no longer) stored. */
export async function storedMeeting(meetingId: string): Promise<StoredMeeting | null> {
	const db = await database();
	const tx = db.transaction(MEETINGS, 'readonly');
	const found = await request(tx.objectStore(MEETINGS).get(meetingId) as IDBRequest<StoredMeeting>);
	return found ?? null;
}
