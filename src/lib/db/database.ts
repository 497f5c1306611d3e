/**
 * The one database interface the app and the build use: DuckDB-WASM in the browser
 * (duckdb-browser.ts) and its Node twin at build time and in tests (duckdb-node.ts) run the same
 * SQL. Values are always bound parameters of a prepared statement, never spliced into SQL.
 */

import { TABLE_NAMES, type TableName } from '../minutes/schema';
import { refreshSummaries } from './queries';
import { csvColumnsSpec, createTableSql } from './schema-ddl';

export type Param = string | number | boolean | null;

export interface Database {
	/** A prepared statement with its parameters; rows as plain objects (BigInt made number). */
	query<T>(sql: string, params?: readonly Param[]): Promise<T[]>;
	/** A statement without parameters or results (schema, settings). */
	exec(sql: string): Promise<void>;
	/** Make a text file readable by read_csv under this name. */
	registerText(name: string, text: string): Promise<void>;
}

/** Create the contract's tables, load each table's CSV text into it, and build the summaries. */
export async function loadContractTables(
	db: Database,
	csv: (table: TableName) => Promise<string>
): Promise<void> {
	for (const table of TABLE_NAMES) {
		await db.exec(createTableSql(table));
		const file = `${table}.csv`;
		await db.registerText(file, await csv(table));
		// Every column is read as text and cast by the table's own types; empty cells are NULL.
		await db.exec(
			`INSERT INTO ${table} SELECT * FROM read_csv('${file}', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', nullstr = '', columns = ${csvColumnsSpec(table)})`
		);
	}
	await refreshSummaries(db);
}

/** Arrow rows to plain objects: BigInt to number, nothing else changed. */
export function plainRows<T>(rows: { toJSON(): Record<string, unknown> }[]): T[] {
	return rows.map((row) => {
		const o = row.toJSON();
		for (const k of Object.keys(o)) if (typeof o[k] === 'bigint') o[k] = Number(o[k]);
		return o as T;
	});
}
