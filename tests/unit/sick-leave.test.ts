import { describe, expect, it } from 'vitest';
import { extractMinutes } from '../../src/lib/minutes/index';

/** The sick-leave rows of one sentence in a sick-leave item of a November 2022 meeting. */
const rows = (sentence: string): unknown => {
	const x = extractMinutes(
		`REFERAT Chefforum d. 15-11-2022\nPunkt 1: CF - Sygefraværsstatistik 1. halvår 2022\nSagsfremstilling\n${sentence}\n`,
		'x'
	);
	return x.ok
		? x.records.sick_leave.map((r) => [r.scope, r.period_label, r.measure, r.kind, r.value])
		: x.reason;
};

describe('extractSickLeave: the measure a figure is', () => {
	it('takes a measure named after the figure and a verb of being ("0,5 dage er barns sygedag")', () => {
		expect(
			rows('Det samlede sygefravær er 5,9 dage, hvoraf 0,5 dage er barns første og anden sygedag.')
		).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'total', 'level', 5.9],
			['Albertslund Kommune', '1. halvår 2022', 'child_sick', 'level', 0.5]
		]);
	});

	it('does not take a measure further on in the sentence for the figure before it', () => {
		const got = rows('Sygefraværet er 5,9 dage, og det er især langtidsfraværet, der fylder.');
		expect(got).toEqual([['Albertslund Kommune', '1. halvår 2022', 'total', 'level', 5.9]]);
	});
});
