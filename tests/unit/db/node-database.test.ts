/** The Node twin of the database: the contract's tables load from data/extracted and answer queries. */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContractTables, type Database } from '../../../src/lib/db/database';
import { openNodeDatabase } from '../../../src/lib/db/duckdb-node';
import { meetingsOverview } from '../../../src/lib/db/queries';

const EXTRACTED = join(import.meta.dirname, '..', '..', '..', 'data', 'extracted');
let db: Database;

beforeAll(async () => {
	db = await openNodeDatabase();
	await loadContractTables(db, async (t) => readFileSync(join(EXTRACTED, `${t}.csv`), 'utf8'));
});

describe('the Node twin of the database', () => {
	it('loads every row of every contract table with its types', async () => {
		const [sick] = await db.query<{ n: number; derived: number; total: number }>(
			'SELECT count(*) AS n, count(*) FILTER (WHERE derived) AS derived, sum(value) FILTER (WHERE measure = ?) AS total FROM sick_leave',
			['total']
		);
		const csvRows =
			readFileSync(join(EXTRACTED, 'sick_leave.csv'), 'utf8').trim().split('\n').length - 1;
		expect(sick?.n).toBe(csvRows);
		expect(sick?.derived).toBeGreaterThan(0);
		expect(typeof sick?.total).toBe('number');
	});

	it('lists the meetings in date order with their KPI topics', async () => {
		const rows = await meetingsOverview(db);
		expect(rows.map((r) => r.date)).toEqual([
			'2013-05-24',
			'2015-11-05',
			'2016-09-01',
			'2017-11-15',
			'2024-05-22'
		]);
		expect(rows.find((r) => r.date === '2016-09-01')?.topics).toBe('network,sick_leave');
		// No item of this meeting is classed, but its figures are about a network.
		expect(rows.find((r) => r.date === '2024-05-22')?.topics).toBe('network');
	});

	it('binds parameters: a date range narrows the meetings, and text that looks like SQL is a value', async () => {
		expect((await meetingsOverview(db, '2015-01-01', '2016-12-31')).map((r) => r.date)).toEqual([
			'2015-11-05',
			'2016-09-01'
		]);
		expect(await meetingsOverview(db, '9999', "9999' OR '1'='1")).toEqual([]);
	});

	it('refuses a value outside a column vocabulary', async () => {
		await expect(
			db.exec(
				"INSERT INTO budget_lines (meeting_id, colour, evidence, evidence_start, evidence_end) VALUES ('x', 'purple', 'e', 0, 1)"
			)
		).rejects.toThrow();
	});
});
