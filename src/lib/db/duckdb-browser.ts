/**
 * DuckDB-WASM in the browser: one instance per page, started once behind one shared promise,
 * with its wasm and worker served from the app itself (no CDN) and extension loading off. The
 * library is imported dynamically so it stays off the critical path of the first paint.
 */

import { base } from '$app/paths';
import type { Correction } from '$lib/corrections/correction';
import { corrections as inForce } from '$lib/corrections/corrections.svelte';
import { importedIds } from '$lib/import/imported-ids.svelte';
import type { StoredMeeting } from '$lib/import/stored-meeting';
import type { TableName } from '$lib/minutes/schema';
import {
	loadContractTables,
	plainRows,
	type Database,
	type ImportedTables,
	type Param
} from './database';

let started: Promise<Database> | null = null;
let forget: () => void = () => {};

/**
 * The page's database with the bundled data set and the minutes imported on this machine
 * loaded; the same promise on every call.
 */
export function browserDatabase(): Promise<Database> {
	started ??= open();
	return started;
}

/** Load the data again after imported minutes changed (stored, replaced or removed). */
export async function reloadBrowserDatabase(): Promise<void> {
	const db = await browserDatabase();
	forget();
	await loadData(db);
}

const bundledCsv = new Map<TableName, Promise<string>>();

async function bundled(table: TableName): Promise<string> {
	let text = bundledCsv.get(table);
	if (!text) {
		text = fetch(`${base}/data/${table}.csv`).then((res) => {
			if (!res.ok) throw new Error(`${table}.csv: HTTP ${res.status}`);
			return res.text();
		});
		text.catch(() => bundledCsv.delete(table));
		bundledCsv.set(table, text);
	}
	return text;
}

/** What the user keeps on this machine; nothing if the browser's storage cannot be read. */
async function kept(): Promise<{ meetings: StoredMeeting[]; corrections: Correction[] }> {
	try {
		const [{ storedMeetings }, { storedCorrections }] = await Promise.all([
			import('$lib/import/meeting-store'),
			import('$lib/corrections/correction-store')
		]);
		return { meetings: await storedMeetings(), corrections: await storedCorrections() };
	} catch {
		importedIds.unavailable = true;
		return { meetings: [], corrections: [] };
	}
}

// Loaded with DuckDB, off the first paint: reading storage and rewriting CSV (papaparse).
async function loadData(db: Database): Promise<void> {
	const [{ meetings, corrections }, { correctCsv }, { importedMeetingsCsv, storedCsv }] =
		await Promise.all([
			kept(),
			import('$lib/corrections/correction-csv'),
			import('$lib/import/stored-meeting')
		]);
	importedIds.set(meetings.map((m) => m.meeting_id));
	inForce.set(corrections);
	const byKey = new Map(corrections.map((c) => [c.key, c]));
	const imported: ImportedTables | null = meetings.length
		? {
				csv: (table) => storedCsv(meetings, table, byKey),
				meetings: importedMeetingsCsv(meetings)
			}
		: null;
	await loadContractTables(
		db,
		async (table) => correctCsv(table, await bundled(table), byKey),
		imported
	);
}

async function open(): Promise<Database> {
	const [duckdb, wasm, worker] = await Promise.all([
		import('@duckdb/duckdb-wasm'),
		import('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url'),
		import('@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url')
	]);
	const thread = new Worker(worker.default);
	// A worker that cannot load never answers: its error event ends the wait instead.
	let timer: ReturnType<typeof setTimeout> | undefined;
	const failed = new Promise<never>((_, reject) => {
		thread.addEventListener('error', () =>
			reject(new Error('DuckDB-arbejderen kunne ikke indlæses'))
		);
		timer = setTimeout(
			() => reject(new Error('DuckDB startede ikke inden for 30 sekunder')),
			30_000
		);
	});
	// Settled by the race below; a later rejection must not surface as unhandled.
	failed.catch(() => {});
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), thread);
	try {
		await Promise.race([db.instantiate(wasm.default), failed]);
	} finally {
		clearTimeout(timer);
	}
	// BigInt and DECIMAL come back as JS numbers, which is what charts and Intl expect.
	await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
	const conn = await db.connect();
	// Local data only: no extension is ever fetched from the network.
	await conn.query('SET autoinstall_known_extensions = false');
	await conn.query('SET autoload_known_extensions = false');
	// Each query's statement is prepared once and kept: a filter change then costs one round trip
	// to the worker, not three (prepare, run, close). The app has a handful of fixed queries.
	const statements = new Map<string, ReturnType<typeof conn.prepare>>();
	// Tables are recreated on reload: statements prepared against the old ones are closed.
	forget = () => {
		for (const stmt of statements.values()) void stmt.then((s) => s.close()).catch(() => {});
		statements.clear();
	};
	const database: Database = {
		async query<T>(sql: string, params: readonly Param[] = []): Promise<T[]> {
			let stmt = statements.get(sql);
			if (!stmt) {
				stmt = conn.prepare(sql);
				statements.set(sql, stmt);
				// A statement that failed to prepare is not kept: the next call reports afresh.
				stmt.catch(() => statements.delete(sql));
			}
			return plainRows<T>((await (await stmt).query(...params)).toArray());
		},
		async exec(sql: string): Promise<void> {
			await conn.query(sql);
		},
		async registerText(name: string, text: string): Promise<void> {
			await db.registerFileText(name, text);
		}
	};
	await loadData(database);
	return database;
}
