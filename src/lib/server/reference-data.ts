/** National sick-leave averages (data/reference), always with their source and definition. */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';

export interface NationalAverage {
	year: number;
	value: number;
	source: string;
	definition: string;
	url: string;
}

export function nationalAverages(): NationalAverage[] {
	const text = readFileSync(
		join(process.cwd(), 'data', 'reference', 'national_sick_leave.csv'),
		'utf8'
	);
	const rows = Papa.parse<Record<string, string>>(text, {
		header: true,
		skipEmptyLines: true
	}).data;
	return rows.map((r) => ({
		year: Number(r.year),
		value: Number(r.value),
		source: r.source ?? '',
		definition: r.definition ?? '',
		url: r.url ?? ''
	}));
}
