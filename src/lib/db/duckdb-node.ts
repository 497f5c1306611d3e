/**
 * The Node twin of the browser database: DuckDB-WASM's blocking Node build, the same SQL, for
 * prerendering the first view of each page at build time and for tests.
 */

import { createRequire } from 'node:module';
import type * as DuckNode from '@duckdb/duckdb-wasm/blocking';
import { plainRows, type Database, type Param } from './database';

const require = createRequire(import.meta.url);

export async function openNodeDatabase(): Promise<Database> {
	const duck = require('@duckdb/duckdb-wasm/blocking') as typeof DuckNode;
	const bundles = {
		mvp: {
			mainModule: require.resolve('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm'),
			mainWorker: ''
		},
		eh: { mainModule: require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'), mainWorker: '' }
	};
	const db = await duck.createDuckDB(bundles, new duck.VoidLogger(), duck.NODE_RUNTIME);
	await db.instantiate(() => {});
	const conn = db.connect();
	// Local data only: no extension is fetched.
	conn.query('SET autoinstall_known_extensions = false');
	conn.query('SET autoload_known_extensions = false');
	return {
		async query<T>(sql: string, params: readonly Param[] = []): Promise<T[]> {
			const stmt = conn.prepare(sql);
			try {
				return plainRows<T>(stmt.query(...params).toArray());
			} finally {
				stmt.close();
			}
		},
		async exec(sql: string): Promise<void> {
			conn.query(sql);
		},
		async registerText(name: string, text: string): Promise<void> {
			db.registerFileText(name, text);
		}
	};
}
