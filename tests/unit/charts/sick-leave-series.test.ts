import { describe, expect, it } from 'vitest';
import {
	composition,
	levelSeries,
	onePerFigure,
	periodKind,
	periodKinds,
	type LevelRow
} from '../../../src/lib/charts/sick-leave-series';

const row = (over: Partial<LevelRow>): LevelRow => ({
	meeting_id: 'm',
	scope: 'Albertslund Kommune',
	period_start: '2016-01-01',
	period_end: '2016-06-30',
	measure: 'total',
	kind: 'level',
	value: 6.5,
	derived: false,
	evidence: 'e',
	evidence_start: 0,
	evidence_end: 1,
	...over
});

describe('sick-leave series', () => {
	it('keeps one row per figure when later meetings repeat it, a stated one over a derived one', () => {
		const first = row({ meeting_id: 'sep', kind: 'change', value: 0.3 });
		const repeat = row({ meeting_id: 'nov', kind: 'change', value: 0.3 });
		const derived = row({
			meeting_id: 'sep',
			period_start: '2015-01-01',
			period_end: '2015-06-30',
			derived: true
		});
		const stated = row({
			meeting_id: 'nov',
			period_start: '2015-01-01',
			period_end: '2015-06-30',
			value: 7.1
		});
		const other = row({ meeting_id: 'nov', scope: 'Dagtilbud', kind: 'change', value: 0.8 });
		expect(onePerFigure([first, derived, repeat, stated, other])).toEqual([first, stated, other]);
	});

	it('names period kinds in Danish with a stable URL value', () => {
		expect(periodKind(1, 6)).toMatchObject({ slug: '1-halvaar', label: '1. halvår' });
		expect(periodKind(1, 9)).toMatchObject({ slug: '1-3-kvartal', label: '1.–3. kvartal' });
		expect(periodKind(1, 12)).toMatchObject({ slug: 'hele-aaret', label: 'Hele året' });
		expect(periodKind(4, 6)).toMatchObject({ slug: '2-kvartal', label: '2. kvartal' });
	});

	it('never joins a half-year to a whole year: each kind is its own series', () => {
		const rows = [
			row({}),
			row({ period_start: '2017-01-01', period_end: '2017-12-31', value: 12 }),
			row({ period_start: '2015-01-01', period_end: '2015-06-30', value: 7.2, derived: true })
		];
		expect(periodKinds(rows).map((k) => k.slug)).toEqual(['1-halvaar', 'hele-aaret']);
		expect(
			levelSeries(rows, periodKind(1, 6), 'total', 'Albertslund Kommune').map((p) => [
				p.year,
				p.value
			])
		).toEqual([
			[2015, 7.2],
			[2016, 6.5]
		]);
	});

	it('prefers a stated level over a derived one for the same year', () => {
		const rows = [row({ value: 6.4, derived: true }), row({ value: 6.5 })];
		expect(levelSeries(rows, periodKind(1, 6), 'total', 'Albertslund Kommune')).toMatchObject([
			{ value: 6.5, derived: false }
		]);
	});

	it('keeps measures and scopes apart', () => {
		const rows = [
			row({ measure: 'short_term', value: 3.8 }),
			row({ scope: 'Dagtilbud', value: 9 })
		];
		expect(levelSeries(rows, periodKind(1, 6), 'total', 'Albertslund Kommune')).toEqual([]);
		expect(levelSeries(rows, periodKind(1, 6), 'short_term', 'Albertslund Kommune')).toHaveLength(
			1
		);
	});

	it('stacks korttid under langtid only for years that have both, with the total beside', () => {
		const pt = (year: number, value: number) => ({ year, value, derived: false, row: null });
		const years = composition(
			[pt(2016, 3.6), pt(2015, 3.9), pt(2017, 4.0)],
			[pt(2016, 2.9), pt(2015, 3.3)],
			[pt(2016, 6.5)]
		);
		expect(
			years.map((y) => [y.year, ...y.parts.map((p) => [p.from, p.to]), y.total?.value ?? null])
		).toEqual([
			[2015, [0, 3.9], [3.9, 3.9 + 3.3], null],
			[2016, [0, 3.6], [3.6, 3.6 + 2.9], 6.5]
		]);
	});
});
