import { describe, expect, it } from 'vitest';
import {
	changeScale,
	runs,
	valueScale,
	yearScale,
	yearTicks
} from '../../../src/lib/charts/scales';

describe('chart scales', () => {
	it('starts the value axis at zero and leaves room above the largest value', () => {
		const y = valueScale([6.5, 7.2, 3.1], [300, 0]);
		expect(y.domain()[0]).toBe(0);
		expect(y.domain()[1]).toBeGreaterThanOrEqual(7.2 * 1.1 - 1e-9);
	});

	it('centres the change axis on zero, wide enough for the largest change either way', () => {
		const y = changeScale([0.3, -1.8], [200, 0]);
		const [lo, hi] = y.domain() as [number, number];
		expect(lo).toBe(-hi);
		expect(hi).toBeGreaterThanOrEqual(1.8);
		expect(y(0)).toBe(100);
		expect(changeScale([], [200, 0]).domain()[1]).toBeGreaterThanOrEqual(0.5);
		expect(changeScale([Number.NaN], [200, 0]).domain()[1]).toBeGreaterThanOrEqual(0.5);
	});

	it('gives a usable axis for no data, all zeros and NaN', () => {
		expect(valueScale([], [300, 0]).domain()).toEqual([0, 1]);
		expect(valueScale([0, 0], [300, 0]).domain()).toEqual([0, 1]);
		expect(valueScale([Number.NaN, 2], [300, 0]).domain()[1]).toBeGreaterThan(2);
		expect(yearScale([], [0, 100]).domain()).toEqual([0, 1]);
	});

	it('puts whole-year ticks on the year axis, half a year in from each edge', () => {
		const x = yearScale([2015, 2017], [0, 100]);
		expect(x.domain()).toEqual([2014.5, 2017.5]);
		expect(yearTicks(x)).toEqual([2015, 2016, 2017]);
	});

	it('breaks a line where a year is missing', () => {
		const pts = [2013, 2014, 2016, 2017, 2019].map((year) => ({ year }));
		expect(runs(pts).map((r) => r.map((p) => p.year))).toEqual([
			[2013, 2014],
			[2016, 2017],
			[2019]
		]);
	});
});
