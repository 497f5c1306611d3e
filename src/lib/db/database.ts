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

/** Minutes imported on this machine: each table's CSV, and which meetings they are. */
export interface ImportedTables {
	csv: (table: TableName) => string;
	/** CSV of meeting_id, source_file, imported_at. */
	meetings: string;
}

const READ_CSV = `header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', nullstr = ''`;

async function insertCsv(
	db: Database,
	table: TableName,
	file: string,
	text: string
): Promise<void> {
	await db.registerText(file, text);
	// Every column is read as text and cast by the table's own types; empty cells are NULL.
	await db.exec(
		`INSERT INTO ${table} SELECT * FROM read_csv('${file}', ${READ_CSV}, columns = ${csvColumnsSpec(table)})`
	);
}

/**
 * (Re)create the contract's tables, load the bundled CSVs and then any imported minutes into
 * them, and build the summaries. An imported meeting replaces a bundled one of the same
 * meeting_id (a newer version of the same minutes), so no meeting is ever counted twice.
 */
export async function loadContractTables(
	db: Database,
	csv: (table: TableName) => Promise<string>,
	imported: ImportedTables | null = null
): Promise<void> {
	await db.exec('DROP TABLE IF EXISTS imported_meetings');
	await db.exec(
		'CREATE TABLE imported_meetings (meeting_id VARCHAR PRIMARY KEY, source_file VARCHAR, imported_at VARCHAR)'
	);
	if (imported) {
		await db.registerText('imported_meetings.csv', imported.meetings);
		await db.exec(
			`INSERT INTO imported_meetings SELECT * FROM read_csv('imported_meetings.csv', ${READ_CSV}, columns = {'meeting_id': 'VARCHAR', 'source_file': 'VARCHAR', 'imported_at': 'VARCHAR'})`
		);
	}
	for (const table of TABLE_NAMES) {
		await db.exec(`DROP TABLE IF EXISTS ${table}`);
		await db.exec(createTableSql(table));
		await insertCsv(db, table, `${table}.csv`, await csv(table));
		if (!imported) continue;
		await db.exec(
			`DELETE FROM ${table} WHERE meeting_id IN (SELECT meeting_id FROM imported_meetings)`
		);
		await insertCsv(db, table, `imported_${table}.csv`, imported.csv(table));
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
