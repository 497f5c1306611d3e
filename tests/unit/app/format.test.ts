import { describe, expect, it } from 'vitest';
import { danishDate, danishDateTime, days, fileSize } from '../../../src/lib/app/format';

describe('Danish formats', () => {
	it('writes days, dates and months the Danish way', () => {
		expect(days(6.5)).toBe('6,5 dage');
		expect(days(1)).toBe('1,0 dag');
		expect(days(0.6, true)).toBe('+0,6 dage');
		expect(danishDate('2018-01-22')).toBe('22. januar 2018');
		expect(danishDate('2013-09')).toBe('september 2013');
	});

	it('writes a stored timestamp in local time (tests run in Europe/Copenhagen)', () => {
		expect(danishDateTime('2026-11-24T03:18:00.000Z')).toMatch(/^24\. nov\. 2026.*04\.18$/);
	});

	it('writes file sizes in kB below a megabyte and MB above, never "0 kB"', () => {
		expect(fileSize(10_360)).toBe('10 kB');
		expect(fileSize(12)).toBe('1 kB');
		expect(fileSize(3_400_000)).toBe('3,4 MB');
	});
});
