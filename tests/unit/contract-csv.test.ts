import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { compareRows, csvHeader, toCsv, toCsvRows } from '../../src/lib/csv/contract-csv';
import type { AgendaItemRow, Meeting, SickLeave } from '../../src/lib/minutes/schema';

const meeting: Meeting = {
	meeting_id: '2016-09-01-chefforum',
	forum: 'Chefforum',
	date: '2016-09-01',
	start_time: '09:00',
	location: 'Mødelokale 2, Rådhuset',
	source_file: 'referat "september".txt',
	item_count: 10
};

const sick: SickLeave = {
	meeting_id: '2016-09-01-chefforum',
	item_number: 9,
	scope: 'Albertslund Kommune',
	period_start: '2016-01-01',
	period_end: '2016-06-30',
	period_label: '1. halvår 2016',
	measure: 'total',
	kind: 'level',
	value: 6.5,
	direction: null,
	derived: false,
	compared_start: null,
	compared_end: null,
	evidence: 'Fraværet var 6,5 dage,\nhvilket er "lavt".',
	evidence_start: 120,
	evidence_end: 160
};

describe('toCsv', () => {
	it('writes the header row in contract column order', () => {
		const header = 'meeting_id,forum,date,start_time,location,source_file,item_count';
		expect(csvHeader('meetings')).toBe(`${header}\n`);
		expect(toCsv('meetings', [meeting]).split('\n')[0]).toBe(header);
	});

	it('writes only the header line, with no blank line after it, for a table without rows', () => {
		expect(toCsv('meetings', [])).toBe(
			'meeting_id,forum,date,start_time,location,source_file,item_count\n'
		);
	});

	it('quotes cells with commas and doubles quotes inside them', () => {
		expect(toCsv('meetings', [meeting]).split('\n')[1]).toBe(
			'2016-09-01-chefforum,Chefforum,2016-09-01,09:00,"Mødelokale 2, Rådhuset","referat ""september"".txt",10'
		);
	});

	it('writes a number with a decimal dot, booleans as true/false and null as an empty cell', () => {
		const row = toCsv('sick_leave', [sick]);
		expect(row).toContain(',total,level,6.5,,false,,,');
		const item: AgendaItemRow = {
			meeting_id: '2016-09-01-chefforum',
			number: 5,
			title: 'Lukket',
			prefix: null,
			case_number: '15/5563',
			kle_code: null,
			closed: true,
			kpi_topic: null
		};
		expect(toCsv('agenda_items', [item]).split('\n')[1]).toBe(
			'2016-09-01-chefforum,5,Lukket,,15/5563,,true,'
		);
	});

	it('quotes a cell with a line break and ends every row with \\n, never \\r\\n', () => {
		const csv = toCsv('sick_leave', [sick, { ...sick, evidence_start: 200, evidence_end: 240 }]);
		expect(csv).toContain('"Fraværet var 6,5 dage,\nhvilket er ""lavt""."');
		expect(csv).not.toContain('\r');
		expect(csv.endsWith('\n')).toBe(true);
	});

	it('round-trips through papaparse with every value as written', () => {
		const csv = toCsv('sick_leave', [sick]);
		const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
		expect(parsed.errors).toEqual([]);
		expect(parsed.meta.fields).toEqual(Object.keys(sick));
		expect(parsed.data).toEqual([
			{
				meeting_id: '2016-09-01-chefforum',
				item_number: '9',
				scope: 'Albertslund Kommune',
				period_start: '2016-01-01',
				period_end: '2016-06-30',
				period_label: '1. halvår 2016',
				measure: 'total',
				kind: 'level',
				value: '6.5',
				direction: '',
				derived: 'false',
				compared_start: '',
				compared_end: '',
				evidence: 'Fraværet var 6,5 dage,\nhvilket er "lavt".',
				evidence_start: '120',
				evidence_end: '160'
			}
		]);
	});

	it('keeps a leading space in a cell (quoted so no reader trims it)', () => {
		const csv = toCsv('meetings', [{ ...meeting, location: ' Rådhuset' }]);
		const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
		expect(parsed.data[0]?.location).toBe(' Rådhuset');
	});
});

describe('toCsvRows', () => {
	it('writes the rows without a header and nothing at all for no rows', () => {
		expect(toCsvRows('meetings', [])).toBe('');
		expect(toCsvRows('meetings', [{ ...meeting, location: null, source_file: 'a.txt' }])).toBe(
			'2016-09-01-chefforum,Chefforum,2016-09-01,09:00,,a.txt,10\n'
		);
	});

	it('gives the same bytes as toCsv without its header line', () => {
		const whole = toCsv('sick_leave', [sick]);
		expect(csvHeader('sick_leave') + toCsvRows('sick_leave', [sick])).toBe(whole);
	});
});

describe('compareRows', () => {
	it('orders rows by meeting, then item number, then place in the source', () => {
		const rows = [
			{ meeting_id: '2017-11-15-chefforum', item_number: 2, evidence_start: 10 },
			{ meeting_id: '2016-09-01-chefforum', item_number: 9, evidence_start: 500 },
			{ meeting_id: '2016-09-01-chefforum', item_number: 9, evidence_start: 40 },
			{ meeting_id: '2016-09-01-chefforum', item_number: 3, evidence_start: 900 }
		];
		expect(
			[...rows].sort(compareRows).map((r) => [r.meeting_id, r.item_number, r.evidence_start])
		).toEqual([
			['2016-09-01-chefforum', 3, 900],
			['2016-09-01-chefforum', 9, 40],
			['2016-09-01-chefforum', 9, 500],
			['2017-11-15-chefforum', 2, 10]
		]);
	});

	it('orders agenda items, which have "number" instead of "item_number"', () => {
		const a = { meeting_id: '2016-09-01-chefforum', number: 10 };
		const b = { meeting_id: '2016-09-01-chefforum', number: 2 };
		expect(compareRows(a, b)).toBeGreaterThan(0);
		expect(compareRows(b, a)).toBeLessThan(0);
		expect(compareRows(a, { ...a })).toBe(0);
	});
});
