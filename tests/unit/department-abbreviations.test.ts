import { describe, expect, it } from 'vitest';
import { expandDepartmentAbbreviations } from '../../src/lib/minutes/department-abbreviations';
import { extractMinutes, normalise } from '../../src/lib/minutes/index';

const working = (text: string) => expandDepartmentAbbreviations(normalise(text));

describe('department abbreviations defined in the minutes', () => {
	const text =
		'Tallene gælder Pleje & Omsorg (P&O), Dagtilbud (DT) og Social &\nFamilie (S&F).\n\nP&O ligger på 14,2 dage, DT på 9,7 dage og S&F på 7,3 dage.\n';

	it('spells out each use after the definition, a name wrapped across lines too', () => {
		const w = working(text);
		expect(w.text).toContain(
			'Pleje & Omsorg ligger på 14,2 dage, Dagtilbud på 9,7 dage og Social & Familie på 7,3 dage.'
		);
		// The definitions themselves stay as written.
		expect(w.text).toContain('Pleje & Omsorg (P&O), Dagtilbud (DT)');
	});

	it('maps every offset back to the source and shows the source as written', () => {
		const w = working(text);
		const start = w.text.indexOf('Pleje & Omsorg ligger');
		const end = w.text.indexOf('7,3 dage.') + '7,3 dage.'.length;
		const [s, e] = w.spanToSource(start, end);
		expect(text.slice(s, e)).toBe('P&O ligger på 14,2 dage, DT på 9,7 dage og S&F på 7,3 dage.');
		expect(w.asWritten(start, end)).toBe(text.slice(s, e));
		const figure = w.text.indexOf('9,7');
		expect(text.slice(...w.spanToSource(figure, figure + 3))).toBe('9,7');
	});

	it('leaves uses before the definition, and abbreviations of what is no department, alone', () => {
		expect(working('DT ligger lavt. Dagtilbud (DT) er nævnt.\n').text).toBe(
			'DT ligger lavt. Dagtilbud (DT) er nævnt.\n'
		);
		const other = 'Kommunernes Landsforening (KL) og Økonomiudvalget (ØU) mødes. KL og ØU enes.\n';
		expect(working(other).text).toBe(other);
	});

	it('gives a department its figures in the sick-leave rows, with the source sentence as evidence', () => {
		const x = extractMinutes(
			`REFERAT Chefforum d. 23-11-2022\nPunkt 1: CF - Sygefravær 1.-3. kvartal 2022\nSagsfremstilling\nAfdelingerne er Pleje & Omsorg (P&O) og Dagtilbud (DT).\n\nP&O ligger på 14,2 dage. DT ligger på 9,7 dage.\n`,
			'x'
		);
		expect(x.ok && x.records.sick_leave.map((r) => [r.scope, r.value, r.evidence])).toEqual([
			['Pleje & Omsorg', 14.2, 'P&O ligger på 14,2 dage.'],
			['Dagtilbud', 9.7, 'DT ligger på 9,7 dage.']
		]);
	});
});

describe('department abbreviations spelled out in a key under a table', () => {
	it('reads them everywhere in the document, the table above the key too', () => {
		const text =
			'Forv.    Korttid    I alt\nBUF          2,0      3,1\n\n* BUF: Børne- og Ungeforvaltningen, TMF: Teknik-\nog Miljøforvaltningen.\n\nDet er især i TMF, at fraværet er gået op.\n';
		const w = working(text);
		expect(w.text).toContain('Børne- og Ungeforvaltningen          2,0');
		expect(w.text).toContain('især i Teknik- og Miljøforvaltningen, at');
		// The key itself stays as written.
		expect(w.text).toContain('* BUF: Børne- og Ungeforvaltningen, TMF: Teknik-');
	});

	it('gives the table row its department, as the key names it', () => {
		const x = extractMinutes(
			'REFERAT Chefforum d. 09-05-2012\nPunkt 1: CF - Sygefravær 1. kvartal 2012\nSagsfremstilling\nForv.        Korttid     Langtid     I alt\nBUF              2,0         1,1       3,1\nSSF              2,3         2,4       4,7\n\n* BUF: Børne- og Ungeforvaltningen, SSF: Social- og Sundhedsforvaltningen.\n',
			'x'
		);
		expect(
			x.ok &&
				x.records.sick_leave.filter((r) => r.measure === 'total').map((r) => [r.scope, r.value])
		).toEqual([
			['Børne- og Ungeforvaltningen', 3.1],
			['Social- og Sundhedsforvaltningen', 4.7]
		]);
	});
});
