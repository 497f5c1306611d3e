/** Build-time access to the bundled data set in data/extracted (read when pages are prerendered). */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { RecordOf, TableName } from '$lib/minutes/schema';

const DATA_DIR = join(process.cwd(), 'data', 'extracted');

export function readExtracted<T extends TableName>(table: T): RecordOf<T>[] {
	const text = readFileSync(join(DATA_DIR, `${table}.csv`), 'utf8');
	const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
	return parsed.data as unknown as RecordOf<T>[];
}
