import { describe, expect, it } from 'vitest';
import { budgetMatrix, compareLines, type LineRow } from '../../../src/lib/charts/budget-matrix';

const row = (over: Partial<LineRow>): LineRow => ({
	meeting_id: 'a',
	meeting_date: '2019-05-01',
	agreement_year: 2019,
	round_label: 'Første status',
	line: '1.1',
	title: null,
	colour: null,
	previous_colour: null,
	note: null,
	...over
});

describe('budget matrix', () => {
	it('orders line numbers as numbers, not text', () => {
		expect(['10.5', '2.11', '2.3', '4.10'].sort(compareLines)).toEqual([
			'2.3',
			'2.11',
			'4.10',
			'10.5'
		]);
	});

	it('puts rounds in meeting order and marks a colour change from the round before', () => {
		const m = budgetMatrix(
			[
				row({
					meeting_id: 'b',
					meeting_date: '2019-09-01',
					round_label: 'Anden status',
					colour: 'green'
				}),
				row({ colour: 'yellow', title: 'Selvbetjening' })
			],
			2019
		);
		expect(m.rounds.map((r) => r.label)).toEqual(['Første status', 'Anden status']);
		expect(m.lines[0]?.title).toBe('Selvbetjening');
		expect(m.lines[0]?.cells.map((c) => [c?.colour, c?.before, c?.changed])).toEqual([
			['yellow', null, false],
			['green', 'yellow', true]
		]);
	});

	it('takes the previous colour the minutes state, and shows a line without colour as such', () => {
		const m = budgetMatrix(
			[row({ colour: 'yellow', previous_colour: 'red' }), row({ line: '2.1' })],
			2019
		);
		expect(m.lines[0]?.cells[0]).toMatchObject({ colour: 'yellow', before: 'red', changed: true });
		expect(m.lines[1]?.cells[0]).toMatchObject({ colour: null, changed: false });
	});

	it('leaves other agreement years out', () => {
		expect(budgetMatrix([row({ agreement_year: 2018 })], 2019).lines).toEqual([]);
	});
});
