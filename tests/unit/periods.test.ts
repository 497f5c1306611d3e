import { describe, expect, it } from 'vitest';
import {
	findPeriods,
	periodEnd,
	periodFromDates,
	periodLabel,
	periodStart,
	samePeriod,
	withYear
} from '../../src/lib/minutes/periods';

/** The periods of a text as [matched text, year, fromMonth, toMonth, yearOnly]. */
function periods(
	text: string,
	withBareYears = true
): [string, number | null, number, number, boolean][] {
	return findPeriods(text, withBareYears).map((p) => [
		text.slice(p.index, p.end),
		p.period.year,
		p.period.fromMonth,
		p.period.toMonth,
		p.yearOnly
	]);
}

describe('findPeriods', () => {
	it('reads "årets første seks måneder" as the first half-year', () => {
		expect(periods('I årets første seks måneder 2018 var der')).toEqual([
			['årets første seks måneder 2018', 2018, 1, 6, false]
		]);
		expect(periods('de første ni måneder')).toEqual([['de første ni måneder', null, 1, 9, false]]);
	});

	it('reads a range of quarters in the short form ("Q1-Q3 2019") and dates in figures ("1.1.-30.9.2019")', () => {
		expect(periods('Q1-Q3 2019', false)).toEqual([['Q1-Q3 2019', 2019, 1, 9, false]]);
		expect(periods('perioden 1.1.-30.9.2019', false)).toEqual([
			['1.1.-30.9.2019', 2019, 1, 9, false]
		]);
		expect(periods('1/1-30/6 2019', false)).toEqual([['1/1-30/6 2019', 2019, 1, 6, false]]);
		// Not a whole month: no period.
		expect(periods('1.1.-15.9.2019', false)).toEqual([]);
	});

	it('does not read "for tredje kvartal i træk" as a quarter', () => {
		expect(periods('faldet for tredje kvartal i træk', false)).toEqual([]);
	});

	it('reads "pr. 30. juni 2018" and "til og med september 2018" as the year so far', () => {
		expect(periods('opgjort pr. 30. juni 2018', false)).toEqual([
			['opgjort pr. 30. juni 2018', 2018, 1, 6, false]
		]);
		expect(periods('til og med september 2018', false)).toEqual([
			['til og med september 2018', 2018, 1, 9, false]
		]);
	});

	it('does not read a day that ends no quarter as a period', () => {
		expect(periods('pr. 15. juni 2018', false)).toEqual([]);
		expect(periods('til og med maj 2018', false)).toEqual([]);
	});
	it('reads "1. halvår 2016" as January–June 2016', () => {
		expect(periods('Sygefraværet i 1. halvår 2016 er opgjort pr. afdeling.')).toEqual([
			['1. halvår 2016', 2016, 1, 6, false]
		]);
	});

	it('reads "første halvår" without a year as January–June of an unknown year', () => {
		expect(periods('I første halvår steg korttidsfraværet.')).toEqual([
			['første halvår', null, 1, 6, false]
		]);
	});

	it('reads "2. halvår" and "andet halvår" as July–December', () => {
		expect(periods('I 2. halvår og i andet halvåret 2019 faldt det.', false)).toEqual([
			['2. halvår', null, 7, 12, false],
			['andet halvåret 2019', 2019, 7, 12, false]
		]);
	});

	it('reads "1.-3. kv. 2018" as January–September 2018, not as the 3rd quarter', () => {
		expect(periods('Sygefraværsstatistik 1.-3. kv. 2018')).toEqual([
			['1.-3. kv. 2018', 2018, 1, 9, false]
		]);
	});

	it('reads "1 til 3 kv 2016" without dots as January–September 2016', () => {
		expect(periods('Ny opgørelse 1 til 3 kv 2016')).toEqual([
			['1 til 3 kv 2016', 2016, 1, 9, false]
		]);
	});

	it('reads "1. og 2. kvartal 2018" as January–June 2018', () => {
		expect(periods('Tallene for 1. og 2. kvartal 2018 viser et fald.')).toEqual([
			['1. og 2. kvartal 2018', 2018, 1, 6, false]
		]);
	});

	it('reads "1.+2.+3. kvartal 2019" as January–September 2019', () => {
		expect(periods('Fraværet i 1.+2.+3. kvartal 2019')).toEqual([
			['1.+2.+3. kvartal 2019', 2019, 1, 9, false]
		]);
	});

	it('reads "2.-4. kvartal" as April–December', () => {
		expect(periods('For 2.-4. kvartal 2019 gælder')).toEqual([
			['2.-4. kvartal 2019', 2019, 4, 12, false]
		]);
	});

	it('reads "de tre første kvartaler i 2014" and "de første tre kvartaler" as January–September', () => {
		expect(periods('I de tre første kvartaler i 2014 og de første to kvartaler 2016')).toEqual([
			['de tre første kvartaler i 2014', 2014, 1, 9, false],
			['de første to kvartaler 2016', 2016, 1, 6, false]
		]);
	});

	it('reads a single quarter written with a digit or a word', () => {
		expect(periods('I 4. kvartal 2018 og i første kvartal 2019', false)).toEqual([
			['4. kvartal 2018', 2018, 10, 12, false],
			['første kvartal 2019', 2019, 1, 3, false]
		]);
	});

	it('reads "hele året 2018", "helåret 2017" and "året 2016" as whole years', () => {
		expect(periods('For hele året 2018, helåret 2017 og året 2016', false)).toEqual([
			['hele året 2018', 2018, 1, 12, false],
			['helåret 2017', 2017, 1, 12, false],
			['året 2016', 2016, 1, 12, false]
		]);
	});

	it('reads bare years after a preposition as year-only mentions', () => {
		expect(periods('Det samlede fravær var 12,1 dage i 2018 mod 11,4 dage i 2017.')).toEqual([
			['2018', 2018, 1, 12, true],
			['2017', 2017, 1, 12, true]
		]);
	});

	it('leaves bare years out when asked to', () => {
		expect(periods('Fraværet i 2018 mod 2017', false)).toEqual([]);
	});

	it('does not read a decimal figure or a case number as a quarter', () => {
		expect(periods('Et fald på 1,3 kvartalsvis og sagen 81.28.00-P05-1-16', false)).toEqual([]);
	});

	it('does not read a year inside a date range or a case number as a bare year', () => {
		expect(periods('Planen for 2017-2020 og budget 2019', true)).toEqual([]);
	});

	it('returns periods in text order, keeping the longer of two overlapping mentions', () => {
		const found = findPeriods('Fra 1.-3. kvartal 2017 til hele året 2018');
		expect(found.map((p) => [p.index, p.end])).toEqual([
			[4, 22],
			[27, 41]
		]);
	});

	it('finds nothing in text without a period', () => {
		expect(findPeriods('Chefforum godkendte dagsordenen.')).toEqual([]);
	});
});

describe('periodLabel', () => {
	it('labels the standard cumulative periods in Danish', () => {
		expect(periodLabel({ year: 2016, fromMonth: 1, toMonth: 6 })).toBe('1. halvår 2016');
		expect(periodLabel({ year: 2016, fromMonth: 7, toMonth: 12 })).toBe('2. halvår 2016');
		expect(periodLabel({ year: 2018, fromMonth: 1, toMonth: 12 })).toBe('hele året 2018');
		expect(periodLabel({ year: 2017, fromMonth: 1, toMonth: 9 })).toBe('1.–3. kvartal 2017');
	});

	it('labels a single quarter without a range', () => {
		expect(periodLabel({ year: 2019, fromMonth: 4, toMonth: 6 })).toBe('2. kvartal 2019');
		expect(periodLabel({ year: 2018, fromMonth: 1, toMonth: 3 })).toBe('1. kvartal 2018');
	});

	it('labels a period that is not whole quarters by its months', () => {
		expect(periodLabel({ year: 2020, fromMonth: 2, toMonth: 5 })).toBe('02/2020–05/2020');
	});
});

describe('periodFromDates, periodStart, periodEnd', () => {
	it('turns ISO start and end dates back into the period', () => {
		expect(periodFromDates('2017-01-01', '2017-09-30')).toEqual({
			year: 2017,
			fromMonth: 1,
			toMonth: 9
		});
	});

	it('gives null for dates in different years or a start that is not the 1st', () => {
		expect(periodFromDates('2017-01-01', '2018-06-30')).toBeNull();
		expect(periodFromDates('2017-01-15', '2017-06-30')).toBeNull();
		expect(periodFromDates('2017', '2017-06-30')).toBeNull();
	});

	it('gives ISO first and last days, with 29 February in a leap year', () => {
		expect(periodStart({ year: 2016, fromMonth: 1, toMonth: 6 })).toBe('2016-01-01');
		expect(periodEnd({ year: 2016, fromMonth: 1, toMonth: 6 })).toBe('2016-06-30');
		expect(periodEnd({ year: 2016, fromMonth: 1, toMonth: 2 })).toBe('2016-02-29');
		expect(periodEnd({ year: 2017, fromMonth: 1, toMonth: 2 })).toBe('2017-02-28');
	});

	it('round-trips every quarter-aligned period through its dates', () => {
		for (const [f, t] of [
			[1, 3],
			[1, 6],
			[1, 9],
			[1, 12],
			[7, 12],
			[4, 6]
		] as const) {
			const p = { year: 2019, fromMonth: f, toMonth: t };
			expect(periodFromDates(periodStart(p), periodEnd(p))).toEqual(p);
		}
	});

	it('compares periods by year and months and fills in a missing year', () => {
		const firstHalf = { year: null, fromMonth: 1, toMonth: 6 };
		expect(withYear(firstHalf, 2016)).toEqual({ year: 2016, fromMonth: 1, toMonth: 6 });
		expect(samePeriod(withYear(firstHalf, 2016), { year: 2016, fromMonth: 1, toMonth: 6 })).toBe(
			true
		);
		expect(samePeriod(withYear(firstHalf, 2016), { year: 2015, fromMonth: 1, toMonth: 6 })).toBe(
			false
		);
	});
});

describe('findPeriods: ranges of quarters in words (written blind, 596)', () => {
	it('reads "første til andet kvartal" and "første og anden kvartal 2015" as one range', () => {
		expect(periods('fra første til andet kvartal', false)).toEqual([
			['første til andet kvartal', null, 1, 6, false]
		]);
		expect(periods('i første og anden kvartal 2015', false)).toEqual([
			['første og anden kvartal 2015', 2015, 1, 6, false]
		]);
	});
});
