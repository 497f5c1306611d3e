/** Corrections as overrides: named records, typed values, applied to rows and to the contract CSV. */

import { describe, expect, it } from 'vitest';
import {
	applyCorrections,
	parseValue,
	recordKeys,
	type Correction
} from '../../../src/lib/corrections/correction';
import { correctCsv } from '../../../src/lib/corrections/correction-csv';
import { describeCorrection } from '../../../src/lib/corrections/correction-fields';
import { toCsv } from '../../../src/lib/csv/contract-csv';
import { fixtureReferat } from '../../helpers/fixtures';

const referat = fixtureReferat('01-');
const rows = referat.records.sick_leave;
const keys = recordKeys('sick_leave', rows);

function correction(i: number, change: Partial<Correction>): Correction {
	const r = rows[i];
	if (!r) throw new Error('no row');
	return {
		key: keys[i] as string,
		meeting_id: r.meeting_id,
		family: 'sick_leave',
		evidence_start: r.evidence_start,
		evidence_end: r.evidence_end,
		ordinal: 0,
		wrong: false,
		values: {},
		original: {},
		reason: 'test',
		at: '2026-11-24T10:00:00.000Z',
		...change
	};
}

describe('corrections', () => {
	it('names two figures of one sentence apart ("henholdsvis 2,1 og 1,3 dage")', () => {
		expect(new Set(keys).size).toBe(keys.length);
		const shared = rows.findIndex((r, i) =>
			rows.some((o, j) => j !== i && o.evidence_start === r.evidence_start)
		);
		expect(shared).toBeGreaterThanOrEqual(0);
		expect(keys.filter((k) => k.endsWith(':1')).length).toBeGreaterThan(0);
	});

	it('reads Danish numbers, dates and vocabularies from the form, and says what is wrong', () => {
		expect(parseValue('sick_leave', 'value', '6,7')).toEqual({ ok: true, value: 6.7 });
		expect(parseValue('sick_leave', 'value', '')).toEqual({ ok: true, value: null });
		expect(parseValue('sick_leave', 'value', 'seks')).toEqual({
			ok: false,
			reason: 'ikke et tal: seks'
		});
		expect(parseValue('network_events', 'date', '2019-11')).toEqual({ ok: true, value: '2019-11' });
		expect(parseValue('network_events', 'date', '27/11').ok).toBe(false);
		expect(parseValue('budget_lines', 'colour', 'red')).toEqual({ ok: true, value: 'red' });
		expect(parseValue('budget_lines', 'colour', 'lilla').ok).toBe(false);
	});

	it('applies a corrected value and leaves out a record marked as wrong', () => {
		const fixes = new Map([
			[keys[0] as string, correction(0, { values: { value: 9.9 }, original: { value: 3.4 } })],
			[keys[1] as string, correction(1, { wrong: true })]
		]);
		const out = applyCorrections('sick_leave', rows, fixes);
		expect(out).toHaveLength(rows.length - 1);
		expect(out[0]?.value).toBe(9.9);
		expect(out).not.toContain(rows[1]);
		expect(rows[0]?.value).not.toBe(9.9);
	});

	it('corrects the contract CSV the same way, keeping its columns and format', () => {
		const csv = toCsv('sick_leave', rows);
		const fix = correction(0, {
			values: { value: 9.9 },
			original: { value: rows[0]?.value ?? null }
		});
		const out = correctCsv('sick_leave', csv, new Map([[fix.key, fix]]));
		expect(out.split('\n')[0]).toBe(csv.split('\n')[0]);
		expect(out.split('\n')[1]).toContain(',9.9,');
		expect(out.split('\n').slice(2)).toEqual(csv.split('\n').slice(2));
		expect(correctCsv('meetings', 'a\n', new Map([[fix.key, fix]]))).toBe('a\n');
	});

	it('says what was extracted in Danish', () => {
		expect(describeCorrection(correction(0, { original: { value: 6.5 } }))).toBe('Værdi: 6,5');
		expect(
			describeCorrection({
				...correction(0, {}),
				family: 'budget_lines',
				original: { colour: 'yellow' }
			})
		).toBe('Farve: Gul');
		expect(describeCorrection(correction(0, { wrong: true }))).toBe('markeret som forkert');
	});
});
