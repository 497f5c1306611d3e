/**
 * The browser's database for what the user keeps on this machine (IndexedDB): imported meetings
 * and corrections. One transaction per change, so every change is whole or not at all.
 */

const DB_NAME = 'moedespor';
const DB_VERSION = 2;
export const STORES = { meetings: 'meetings', corrections: 'corrections' } as const;
export type StoreName = (typeof STORES)[keyof typeof STORES];

let opening: Promise<IDBDatabase> | null = null;

export function request<T>(r: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		r.onsuccess = () => resolve(r.result);
		r.onerror = () => reject(r.error ?? new Error('IndexedDB-fejl'));
	});
}

function open(): Promise<IDBDatabase> {
	opening ??= new Promise<IDBDatabase>((resolve, reject) => {
		const r = indexedDB.open(DB_NAME, DB_VERSION);
		r.onupgradeneeded = () => {
			const db = r.result;
			if (!db.objectStoreNames.contains(STORES.meetings))
				db.createObjectStore(STORES.meetings, { keyPath: 'meeting_id' });
			if (!db.objectStoreNames.contains(STORES.corrections))
				db.createObjectStore(STORES.corrections, { keyPath: 'key' });
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

/** Every value of a store. */
export async function readAll<T>(store: StoreName): Promise<T[]> {
	const db = await open();
	return request(db.transaction(store, 'readonly').objectStore(store).getAll() as IDBRequest<T[]>);
}

/** One value by key, or null. */
export async function readOne<T>(store: StoreName, key: string): Promise<T | null> {
	const db = await open();
	const found = await request(
		db.transaction(store, 'readonly').objectStore(store).get(key) as IDBRequest<T | undefined>
	);
	return found ?? null;
}

export interface StoreChange {
	store: StoreName;
	/** Remove every value first (a restore replaces everything). */
	clear?: boolean;
	remove?: readonly string[];
	put?: readonly unknown[];
}

/** Apply changes to one or more stores in a single transaction: all of them, or none. */
export async function change(changes: readonly StoreChange[]): Promise<void> {
	const db = await open();
	const tx = db.transaction([...new Set(changes.map((c) => c.store))], 'readwrite');
	const finished = new Promise<void>((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onabort = () => reject(tx.error ?? new Error('Gemningen blev afbrudt'));
		tx.onerror = () => reject(tx.error ?? new Error('IndexedDB-fejl'));
	});
	try {
		for (const c of changes) {
			const store = tx.objectStore(c.store);
			if (c.clear) store.clear();
			for (const key of c.remove ?? []) store.delete(key);
			for (const value of c.put ?? []) store.put(value);
		}
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

/** Ask the browser not to evict what is stored (it may decide without asking the user). */
export async function askPersistence(): Promise<boolean> {
	return navigator.storage?.persist ? navigator.storage.persist() : false;
}
