/**
 * DuckDB-WASM in the browser: one instance per page, started once behind one shared promise,
 * with its wasm and worker served from the app itself (no CDN) and extension loading off. The
 * library is imported dynamically so it stays off the critical path of the first paint.
 */

import { base } from '$app/paths';
import { loadContractTables, plainRows, type Database, type Param } from './database';

let started: Promise<Database> | null = null;

/** The page's database with the bundled data set loaded; the same promise on every call. */
export function browserDatabase(): Promise<Database> {
	started ??= open();
	return started;
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
	await loadContractTables(database, async (table) => {
		const res = await fetch(`${base}/data/${table}.csv`);
		if (!res.ok) throw new Error(`${table}.csv: HTTP ${res.status}`);
		return res.text();
	});
	return database;
}
