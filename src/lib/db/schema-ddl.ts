/**
 * The DuckDB schema of the data contract: one CREATE TABLE per CSV, derived from SCHEMA so the
 * columns, their order and their vocabularies live in one place.
 */

import { SCHEMA, TABLE_NAMES, type ColumnType, type TableName } from '../minutes/schema';

function sqlType(t: ColumnType): string {
	if (typeof t !== 'string') return 'VARCHAR';
	// Dates stay text: the contract allows month precision ("2013-09").
	return { text: 'VARCHAR', date: 'VARCHAR', int: 'INTEGER', real: 'DOUBLE', bool: 'BOOLEAN' }[t];
}

function check(column: string, t: ColumnType): string {
	if (typeof t === 'string') return '';
	const values = t.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');
	return ` CHECK (${column} IN (${values}))`;
}

export function createTableSql(table: TableName): string {
	const columns = Object.entries(SCHEMA[table] as Record<string, ColumnType>).map(
		([name, t]) => `  ${name} ${sqlType(t)}${check(name, t)}`
	);
	return `CREATE TABLE ${table} (\n${columns.join(',\n')}\n);`;
}

/** The whole schema, one statement per table. */
export const DDL: string = TABLE_NAMES.map(createTableSql).join('\n');

/** DuckDB's read_csv column spec for a table: every column read as text, then cast by the table. */
export function csvColumnsSpec(table: TableName): string {
	const cols = Object.keys(SCHEMA[table]).map((c) => `'${c}': 'VARCHAR'`);
	return `{${cols.join(', ')}}`;
}
