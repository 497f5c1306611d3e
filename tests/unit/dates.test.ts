import { describe, expect, it } from 'vitest';
import { resolveDayMonth } from '../../src/lib/minutes/dates';

describe('resolveDayMonth', () => {
	it('rolls a January mentioned at a November meeting into the next year', () => {
		expect(resolveDayMonth('2020-11-11', 13, 1, null)).toBe('2021-01-13');
	});

	it('keeps a June mentioned at a November meeting in the same year', () => {
		expect(resolveDayMonth('2020-11-11', 30, 6, null)).toBe('2020-06-30');
	});

	it('places a November mentioned at a February meeting in the previous year', () => {
		expect(resolveDayMonth('2016-02-01', 15, 11, null)).toBe('2015-11-15');
	});

	it('returns YYYY-MM when only the month is known', () => {
		expect(resolveDayMonth('2020-12-09', null, 3, null)).toBe('2021-03');
		expect(resolveDayMonth('2015-11-05', null, 5, null)).toBe('2015-05');
	});

	it('places a month half a year away in the past, or ahead when asked for the coming one', () => {
		expect(resolveDayMonth('2016-12-07', null, 6, null)).toBe('2016-06');
		expect(resolveDayMonth('2016-12-07', null, 6, null, 'coming')).toBe('2017-06');
	});

	it('places a day still to come on or after the meeting when asked for one after it', () => {
		expect(resolveDayMonth('2021-02-15', 30, 9, null, 'after')).toBe('2021-09-30');
		expect(resolveDayMonth('2021-10-15', 31, 3, null, 'after')).toBe('2022-03-31');
		expect(resolveDayMonth('2021-02-15', 10, 2, null, 'after')).toBe('2022-02-10');
		// A month without a day is not past while the meeting is in it.
		expect(resolveDayMonth('2021-02-15', null, 2, null, 'after')).toBe('2021-02');
		expect(resolveDayMonth('2021-10-15', 30, 9, 2021, 'after')).toBe('2021-09-30');
	});

	it('places a day already past on or before the meeting when asked for one before it', () => {
		expect(resolveDayMonth('2026-06-10', null, 12, null, 'before')).toBe('2025-12');
		expect(resolveDayMonth('2026-11-18', null, 3, null, 'before')).toBe('2026-03');
		expect(resolveDayMonth('2026-06-10', 12, 6, null, 'before')).toBe('2025-06-12');
		expect(resolveDayMonth('2026-06-10', null, 6, null, 'before')).toBe('2026-06');
	});

	it('uses a stated year as it is, even far from the meeting', () => {
		expect(resolveDayMonth('2016-02-01', 5, 5, 2018)).toBe('2018-05-05');
		expect(resolveDayMonth('2020-11-11', null, 1, 2020)).toBe('2020-01');
	});

	it('pads day and month to two digits', () => {
		expect(resolveDayMonth('2019-09-04', 1, 9, null)).toBe('2019-09-01');
	});

	it('gives null for a day that does not exist in that month', () => {
		expect(resolveDayMonth('2019-01-10', 30, 2, null)).toBeNull();
		expect(resolveDayMonth('2019-05-10', 31, 6, null)).toBeNull();
	});

	it('accepts 29 February only in a leap year', () => {
		expect(resolveDayMonth('2020-01-10', 29, 2, null)).toBe('2020-02-29');
		expect(resolveDayMonth('2019-01-10', 29, 2, null)).toBeNull();
	});
});
