/** Build-time access to the bundled data set in data/extracted (read when pages are prerendered). */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContractTables, type Database } from '$lib/db/database';
import { openNodeDatabase } from '$lib/db/duckdb-node';
import type { TableName } from '$lib/minutes/schema';

const DATA_DIR = join(process.cwd(), 'data', 'extracted');

export function readExtractedCsv(table: TableName): string {
	return readFileSync(join(DATA_DIR, `${table}.csv`), 'utf8');
}

let database: Promise<Database> | null = null;

/** The bundled data set in the Node twin of the browser database, opened once per build. */
export function extractedDatabase(): Promise<Database> {
	database ??= openNodeDatabase().then(async (db) => {
		await loadContractTables(db, async (t) => readExtractedCsv(t));
		return db;
	});
	return database;
}
