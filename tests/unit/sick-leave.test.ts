import { describe, expect, it } from 'vitest';
import { extractMinutes } from '../../src/lib/minutes/index';

/** The sick-leave rows of a text in a sick-leave item of a November 2022 meeting. */
const rows = (sentence: string, title = 'Sygefraværsstatistik 1. halvår 2022'): unknown => {
	const x = extractMinutes(
		`REFERAT Chefforum d. 15-11-2022\nPunkt 1: CF - ${title}\nSagsfremstilling\n${sentence}\n`,
		'x'
	);
	return x.ok
		? x.records.sick_leave.map((r) => [r.scope, r.period_label, r.measure, r.kind, r.value])
		: x.reason;
};

describe('extractSickLeave: directions without a figure', () => {
	it('reads a department that "ligger nu på" a figure after a direction as a level', () => {
		expect(rows('I Dagtilbud er fraværet steget, og afdelingen ligger nu på 11,6 dage.')).toEqual([
			['Dagtilbud', '1. halvår 2022', 'total', 'change', null],
			['Dagtilbud', '1. halvår 2022', 'total', 'level', 11.6]
		]);
	});

	it('gives a direction to every department of a list cut by commas', () => {
		expect(
			rows('I Pleje & Omsorg, Dagtilbud og Skoler & Uddannelse er fraværet faldende.')
		).toEqual([
			['Pleje & Omsorg', '1. halvår 2022', 'total', 'change', null],
			['Dagtilbud', '1. halvår 2022', 'total', 'change', null],
			['Skoler & Uddannelse', '1. halvår 2022', 'total', 'change', null]
		]);
	});

	it('reads "gået ned" in a relative clause after its measure', () => {
		expect(
			rows('Faldet skyldes især korttidsfraværet, som er gået ned i forhold til sidste år.')
		).toEqual([['Albertslund Kommune', '1. halvår 2022', 'short_term', 'change', null]]);
	});

	it('reads a rising sickness percentage as a direction, with the earlier period as compared', () => {
		expect(
			rows(
				'Sygefraværsprocenten er steget i Drift & Service, hvor den nu er 6,6 mod 5,8 i 1. halvår 2021.'
			)
		).toEqual([['Drift & Service', '1. halvår 2022', 'total', 'change', null]]);
	});

	it('gives a department named alone the measure of the sentence before', () => {
		expect(
			rows('Langtidsfraværet er faldet i Dagtilbud. Social & Familie ligger stabilt.')
		).toEqual([
			['Dagtilbud', '1. halvår 2022', 'long_term', 'change', null],
			['Social & Familie', '1. halvår 2022', 'long_term', 'change', null]
		]);
	});

	it('reads "lavere i <year> end i <year>" as a fall of the later year', () => {
		expect(
			rows('I Dagtilbud var sygefraværet lavere i 2022 end i 2021.', 'Sygefravær 2022')
		).toEqual([['Dagtilbud', 'hele året 2022', 'total', 'change', null]]);
	});

	it('does not give the measure of a cause to the department after it', () => {
		expect(
			rows(
				'I Social & Familie skyldes stigningen primært, at langtidsfraværet er steget, mens Dagtilbud ligger på samme niveau som sidste år.'
			)
		).toEqual([
			['Social & Familie', '1. halvår 2022', 'long_term', 'change', null],
			['Dagtilbud', '1. halvår 2022', 'total', 'change', null]
		]);
	});

	it('reads "har haft en mærkbar stigning" as a rise', () => {
		expect(
			rows(
				'Dagtilbud har haft en mærkbar stigning og har nu det højeste fravær af alle afdelinger.'
			)
		).toEqual([['Dagtilbud', '1. halvår 2022', 'total', 'change', null]]);
	});

	it('reads "men også her er der en lille stigning" after a department\'s level as its rise', () => {
		expect(
			rows(
				'Økonomi & Stab har kommunens laveste fravær med 4,9 dage, men også her er der en lille stigning.'
			)
		).toEqual([
			['Økonomi & Stab', '1. halvår 2022', 'total', 'change', null],
			['Økonomi & Stab', '1. halvår 2022', 'total', 'level', 4.9]
		]);
	});

	it('reads "ligger, hvor det lå sidste år" as no change', () => {
		expect(
			rows(
				'Langtidsfraværet er gået op, mens korttidsfraværet stort set ligger, hvor det lå sidste år.'
			)
		).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'long_term', 'change', null],
			['Albertslund Kommune', '1. halvår 2022', 'short_term', 'change', null]
		]);
	});

	it('does not take "langtidssygemeldte" (people) as the measure a department named alone speaks of', () => {
		expect(
			rows(
				'Fraværet i Drift & Service er faldet, fordi flere langtidssygemeldte er vendt tilbage. Social & Familie ligger på niveau med sidste år.'
			)
		).toEqual([
			['Drift & Service', '1. halvår 2022', 'total', 'change', null],
			['Social & Familie', '1. halvår 2022', 'total', 'change', null]
		]);
	});

	it('reads "identisk med" and "svarer til niveauet" after a figure as no change', () => {
		expect(rows('Fraværet endte på 5,9 dage, hvilket er identisk med niveauet i 2021.')).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'total', 'level', 5.9],
			['Albertslund Kommune', '1. halvår 2022', 'total', 'change', 0],
			['Albertslund Kommune', '1. halvår 2021', 'total', 'level', 5.9]
		]);
		expect(rows('- Drift & Service: 6,8 dage, hvilket svarer til niveauet i 2021')).toEqual([
			['Drift & Service', '1. halvår 2022', 'total', 'level', 6.8],
			['Drift & Service', '1. halvår 2022', 'total', 'change', 0],
			['Drift & Service', '1. halvår 2021', 'total', 'level', 6.8]
		]);
	});
});

describe('extractSickLeave: comparisons', () => {
	it('reads "gik fraværet fra 15,8 til 14,6 dage" as last year\'s level and this year\'s, also with the verb left out', () => {
		expect(
			rows(
				'I Dagtilbud gik fraværet fra 15,8 til 14,6 dage, og i Pleje & Omsorg fra 11,9 til 11,2 dage.'
			)
		).toEqual([
			['Dagtilbud', '1. halvår 2021', 'total', 'level', 15.8],
			['Dagtilbud', '1. halvår 2022', 'total', 'level', 14.6],
			['Pleje & Omsorg', '1. halvår 2021', 'total', 'level', 11.9],
			['Pleje & Omsorg', '1. halvår 2022', 'total', 'level', 11.2],
			['Dagtilbud', '1. halvår 2022', 'total', 'change', -1.2],
			['Pleje & Omsorg', '1. halvår 2022', 'total', 'change', -0.7]
		]);
	});

	it('reads "et fald på 8 pct." after a department\'s level as a direction without a value', () => {
		expect(
			rows(
				'Pleje & Omsorg har fortsat 9,6 dage, men der er et fald på 8 pct. i forhold til sidste år.'
			)
		).toEqual([
			['Pleje & Omsorg', '1. halvår 2022', 'total', 'change', null],
			['Pleje & Omsorg', '1. halvår 2022', 'total', 'level', 9.6]
		]);
	});

	it('reads "henholdsvis" against the measures named last before it', () => {
		expect(
			rows('Fraværet fordeler sig på korttids- og langtidsfravær med henholdsvis 3,7 og 2,5 dage.')
		).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'short_term', 'level', 3.7],
			['Albertslund Kommune', '1. halvår 2022', 'long_term', 'level', 2.5]
		]);
	});

	it('reads "…, ligesom i 1. halvår 2021" after a figure as no change', () => {
		expect(rows('Barns 1. og 2. sygedag udgør 0,5 dage, ligesom i 1. halvår 2021.')).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'child_sick', 'level', 0.5],
			['Albertslund Kommune', '1. halvår 2022', 'child_sick', 'change', 0],
			['Albertslund Kommune', '1. halvår 2021', 'child_sick', 'level', 0.5]
		]);
	});

	it('dates a direction against a bare year by the whole-year figure said just before it', () => {
		expect(
			rows(
				'For hele 2022 var fraværet 11,5 dage. I Pleje & Omsorg er sygefraværet steget i forhold til 2021.',
				'Sygefravær 2. halvår og hele 2022'
			)
		).toEqual([
			['Albertslund Kommune', 'hele året 2022', 'total', 'level', 11.5],
			['Pleje & Omsorg', 'hele året 2022', 'total', 'change', null]
		]);
	});
});

describe('extractSickLeave: departments referred to', () => {
	it('gives "Her er fraværet steget …" the department the sentence before named', () => {
		expect(
			rows(
				'Kultur- og Fritidsforvaltningen er gået den modsatte vej. Her er fraværet steget med 1,1 dag til 10,3 dage.'
			)
		).toEqual([
			['Kultur- og Fritidsforvaltningen', '1. halvår 2022', 'total', 'change', 1.1],
			['Kultur- og Fritidsforvaltningen', '1. halvår 2022', 'total', 'level', 10.3],
			['Kultur- og Fritidsforvaltningen', '1. halvår 2021', 'total', 'level', 9.2]
		]);
	});

	it('takes a department named right after the unit, and "Økonomicentret" as a department', () => {
		expect(
			rows(
				'For de to centre er tallene 6,3 dage pr. årsværk i Center for Ledelse og Personale, mens Økonomicentret har et fravær på 5,7 dage pr. årsværk.'
			)
		).toEqual([
			['Center for Ledelse og Personale', '1. halvår 2022', 'total', 'level', 6.3],
			['Økonomicentret', '1. halvår 2022', 'total', 'level', 5.7]
		]);
	});

	it('reads "har begge nedbragt fraværet" for both, and no department for "i to afdelinger"', () => {
		expect(
			rows(
				'Dagtilbud og Skoler & Uddannelse har begge nedbragt fraværet, mens det er steget i to afdelinger.'
			)
		).toEqual([
			['Dagtilbud', '1. halvår 2022', 'total', 'change', null],
			['Skoler & Uddannelse', '1. halvår 2022', 'total', 'change', null]
		]);
	});

	it('gives "som i afdelingen udgør 4,1 dage" the department the sentence before named', () => {
		expect(
			rows(
				'I Social & Familie steg fraværet til 8,4 dage. Stigningen skyldes langtidsfraværet, som i afdelingen udgør 4,1 dage mod 3,2 dage året før.'
			)
		).toEqual([
			['Social & Familie', '1. halvår 2022', 'total', 'level', 8.4],
			['Social & Familie', '1. halvår 2022', 'long_term', 'level', 4.1],
			['Social & Familie', '1. halvår 2021', 'long_term', 'level', 3.2],
			['Social & Familie', '1. halvår 2022', 'long_term', 'change', 0.9]
		]);
	});

	it('reads "stort set uændret", "ikke flyttet sig" and "gået en anelse tilbage, fra 2,6 til 2,5"', () => {
		expect(rows('Korttidsfraværet i Social & Familie er stort set uændret.')).toEqual([
			['Social & Familie', '1. halvår 2022', 'short_term', 'change', null]
		]);
		expect(
			rows(
				'Barns 1. og 2. sygedag var 0,5 dage og har dermed ikke flyttet sig siden 1. halvår 2021.'
			)
		).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'child_sick', 'level', 0.5],
			['Albertslund Kommune', '1. halvår 2022', 'child_sick', 'change', 0],
			['Albertslund Kommune', '1. halvår 2021', 'child_sick', 'level', 0.5]
		]);
		expect(rows('Langtidsfraværet er gået en anelse tilbage, fra 2,6 til 2,5 dage.')).toEqual([
			['Albertslund Kommune', '1. halvår 2021', 'long_term', 'level', 2.6],
			['Albertslund Kommune', '1. halvår 2022', 'long_term', 'level', 2.5],
			['Albertslund Kommune', '1. halvår 2022', 'long_term', 'change', -0.1]
		]);
	});

	it('does not give a "hvor" clause about places just named the department before them', () => {
		expect(
			rows(
				'Dagtilbud og HR ser på korttidsfraværet i de daginstitutioner, hvor det er steget mest.'
			)
		).toEqual([]);
	});

	it('does not read "samme niveau som" naming another department as the last level\'s equality', () => {
		expect(
			rows(
				'I Dagtilbud var fraværet 9,3 dage. Pleje & Omsorg ligger på samme niveau som sidste år.'
			)
		).toEqual([
			['Dagtilbud', '1. halvår 2022', 'total', 'level', 9.3],
			['Pleje & Omsorg', '1. halvår 2022', 'total', 'change', null]
		]);
	});
});

describe('extractSickLeave: directions said beside levels and comparisons', () => {
	it('reads "steg en anelse og udgjorde 6,8 dage" as a level and a rise, but not a trend over quarters', () => {
		expect(rows('Korttidsfraværet steg en anelse og udgjorde 3,8 dage.')).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'short_term', 'level', 3.8],
			['Albertslund Kommune', '1. halvår 2022', 'short_term', 'change', null]
		]);
		expect(rows('Fraværet er faldet for tredje kvartal i træk og er nu 5,1 dage.')).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'total', 'level', 5.1]
		]);
	});

	it('reads "Begge er lavere end …" for the measures before, and "ligger lidt højere end" as a rise', () => {
		expect(
			rows(
				'Korttidsfraværet udgjorde 3,6 dage og langtidsfraværet 2,8 dage. Begge er lavere end i 1. halvår 2021. Social & Familie ligger derimod lidt højere end i 1. halvår 2021.'
			)
		).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'short_term', 'level', 3.6],
			['Albertslund Kommune', '1. halvår 2022', 'long_term', 'level', 2.8],
			['Albertslund Kommune', '1. halvår 2022', 'short_term', 'change', null],
			['Albertslund Kommune', '1. halvår 2022', 'long_term', 'change', null],
			['Social & Familie', '1. halvår 2022', 'total', 'change', null]
		]);
	});

	it('reads a list of departments under a line naming the unit and the period in parentheses', () => {
		expect(
			rows(
				'Fravær pr. afdeling i dage pr. fuldtidsansat. Tallet i parentes er 1. halvår 2021:\n\nDagtilbud 4,1 (4,4)\nSocial & Familie 3,4 (3,4)\n\nDet er godt.'
			)
		).toEqual([
			['Dagtilbud', '1. halvår 2022', 'total', 'level', 4.1],
			['Dagtilbud', '1. halvår 2021', 'total', 'level', 4.4],
			['Social & Familie', '1. halvår 2022', 'total', 'level', 3.4],
			['Social & Familie', '1. halvår 2021', 'total', 'level', 3.4],
			['Dagtilbud', '1. halvår 2022', 'total', 'change', -0.3],
			['Social & Familie', '1. halvår 2022', 'total', 'change', 0]
		]);
	});
});

describe('extractSickLeave: figures said in words or roughly', () => {
	it('reads "et halvt dags fald" and "faldet med en hel dag" as changes of 0,5 and 1 day', () => {
		expect(rows('Fraværet var 3,4 dage. Det svarer til et halvt dags fald.')).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'total', 'level', 3.4],
			['Albertslund Kommune', '1. halvår 2022', 'total', 'change', -0.5],
			['Albertslund Kommune', '1. halvår 2021', 'total', 'level', 3.9]
		]);
		expect(rows('I Pleje & Omsorg er fraværet faldet med en hel dag til 4,6 dage.')).toEqual([
			['Pleje & Omsorg', '1. halvår 2022', 'total', 'change', -1],
			['Pleje & Omsorg', '1. halvår 2022', 'total', 'level', 4.6],
			['Pleje & Omsorg', '1. halvår 2021', 'total', 'level', 5.6]
		]);
	});

	it('records no level for a whole number said roughly ("godt 3 dage")', () => {
		expect(rows('Drift & Service havde 3,7 dage og Skoler & Uddannelse godt 3 dage.')).toEqual([
			['Drift & Service', '1. halvår 2022', 'total', 'level', 3.7]
		]);
	});

	it('reads "mod 6,1 dage på samme tidspunkt i 2021" and "der i samme kvartal i fjor lå på" as last year\'s levels', () => {
		expect(
			rows('Social & Familie har et fravær på 6,8 dage mod 6,1 dage på samme tidspunkt i 2021.')
		).toEqual([
			['Social & Familie', '1. halvår 2022', 'total', 'level', 6.8],
			['Social & Familie', '1. halvår 2021', 'total', 'level', 6.1],
			['Social & Familie', '1. halvår 2022', 'total', 'change', 0.7]
		]);
		expect(
			rows('Faldet kommer især fra langtidsfraværet, der i samme halvår i fjor lå på 1,7 dage.')
		).toEqual([['Albertslund Kommune', '1. halvår 2021', 'long_term', 'level', 1.7]]);
	});

	it('names no department for "I to af de mindre afdelinger er fraværet steget"', () => {
		expect(rows('I to af de mindre afdelinger er fraværet steget.')).toEqual([]);
	});
});

describe('extractSickLeave: a sentence that refers back', () => {
	it('gives "Det er 0,1 dag mindre end …" the measure and department of the level before', () => {
		expect(
			rows('Barns 1. og 2. sygedag udgør 0,5 dage. Det er 0,1 dag mindre end i 1. halvår 2021.')
		).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'child_sick', 'level', 0.5],
			['Albertslund Kommune', '1. halvår 2022', 'child_sick', 'change', -0.1],
			['Albertslund Kommune', '1. halvår 2021', 'child_sick', 'level', 0.6]
		]);
		expect(rows('Dagtilbud har 9,1 dage. Det er 0,3 dage mere end sidste år.')).toEqual([
			['Dagtilbud', '1. halvår 2022', 'total', 'level', 9.1],
			['Dagtilbud', '1. halvår 2022', 'total', 'change', 0.3],
			['Dagtilbud', '1. halvår 2021', 'total', 'level', 8.8]
		]);
	});

	it('reads "er der sket en stigning" as a direction', () => {
		expect(rows('Også i Pleje & Omsorg er der sket en stigning, om end den er mindre.')).toEqual([
			['Pleje & Omsorg', '1. halvår 2022', 'total', 'change', null]
		]);
	});

	it('reads a department table whose columns are a measure and a year ("Korttid 2016", "I alt 2015")', () => {
		expect(
			rows(
				'| Afdeling | Korttid 2022 | I alt 2022 | I alt 2021 |\n|---|---|---|---|\n| Dagtilbud | 8,9 | 16,3 | 17,5 |\n'
			)
		).toEqual([
			['Dagtilbud', '1. halvår 2022', 'short_term', 'level', 8.9],
			['Dagtilbud', '1. halvår 2022', 'total', 'level', 16.3],
			['Dagtilbud', '1. halvår 2021', 'total', 'level', 17.5],
			['Dagtilbud', '1. halvår 2022', 'total', 'change', -1.2]
		]);
	});
});

describe('extractSickLeave: department tables with other columns', () => {
	it('leaves out a column of sickness percentages, not the whole table', () => {
		expect(
			rows('Afdeling\t1. halvår 2022\t1. halvår 2021\tFraværsprocent\nDagtilbud\t6,3\t5,9\t5,1\n')
		).toEqual([
			['Dagtilbud', '1. halvår 2022', 'total', 'level', 6.3],
			['Dagtilbud', '1. halvår 2021', 'total', 'level', 5.9],
			['Dagtilbud', '1. halvår 2022', 'total', 'change', 0.4]
		]);
	});
});

describe('extractSickLeave: references and comparisons in passing', () => {
	it('does not take "Af de 5,4 dage" for a level of the measure named after it', () => {
		expect(
			rows('Af de 5,4 dage udgør korttidsfraværet 3,1 dage og langtidsfraværet 2,3 dage.')
		).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'short_term', 'level', 3.1],
			['Albertslund Kommune', '1. halvår 2022', 'long_term', 'level', 2.3]
		]);
	});

	it('reads "nedbragt fraværet med 0,9 dage siden 1. halvår 2021" as this period\'s change', () => {
		expect(
			rows(
				'Dagtilbud har 7,6 dage, selv om afdelingen har nedbragt fraværet med 0,9 dage siden 1. halvår 2021.'
			)
		).toEqual([
			['Dagtilbud', '1. halvår 2022', 'total', 'level', 7.6],
			['Dagtilbud', '1. halvår 2022', 'total', 'change', -0.9],
			['Dagtilbud', '1. halvår 2021', 'total', 'level', 8.5]
		]);
	});
});

describe('extractSickLeave: items with two periods and older departments', () => {
	it('reads "6,9 dage på korttidsfravær", "som ikke indgår i de 12,4 dage" and "gået 0,7 dage ned"', () => {
		expect(
			rows(
				'Fraværet fordelte sig med 3,2 dage på korttidsfravær og 2,5 dage på langtidsfravær. Barns sygedag, som ikke indgår i de 5,7 dage, udgjorde 0,4 dage. Social og Sundhed har 7,1 dage, men er gået 0,7 dage ned i forhold til 1. halvår 2021.'
			)
		).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'short_term', 'level', 3.2],
			['Albertslund Kommune', '1. halvår 2022', 'long_term', 'level', 2.5],
			['Albertslund Kommune', '1. halvår 2022', 'child_sick', 'level', 0.4],
			['Social og Sundhed', '1. halvår 2022', 'total', 'level', 7.1],
			['Social og Sundhed', '1. halvår 2022', 'total', 'change', -0.7],
			['Social og Sundhed', '1. halvår 2021', 'total', 'level', 7.8]
		]);
	});

	it('dates a direction without a period by the levels before it, and "Det er et fald" by the item\'s own level', () => {
		expect(
			rows(
				'I 2. kvartal 2022 var fraværet 2,9 dage mod 3,1 dage i samme kvartal 2021. Det er et fald på 0,2 dage. For hele 1. halvår 2022 var fraværet 5,8 dage. I Økonomicentret er fraværet steget en smule.',
				'Sygefravær 2. kvartal og 1. halvår 2022'
			)
		).toEqual([
			['Albertslund Kommune', '2. kvartal 2022', 'total', 'level', 2.9],
			['Albertslund Kommune', '2. kvartal 2021', 'total', 'level', 3.1],
			['Albertslund Kommune', '2. kvartal 2022', 'total', 'change', -0.2],
			['Albertslund Kommune', '1. halvår 2022', 'total', 'level', 5.8],
			['Økonomicentret', '1. halvår 2022', 'total', 'change', null]
		]);
	});
});

describe('extractSickLeave: the measure a figure is', () => {
	it("takes the period of a paragraph's lead label, and of the label named again later", () => {
		expect(
			rows(
				'Kvartalet alene (april, maj og juni 2022): Sygefraværet var 2,5 dage.\n\nÅret indtil nu (1. januar til 30. juni 2022): Sygefraværet var 5,9 dage.\n\nSer man på året indtil nu, ligger Dagtilbud på 7,1 dage.\n',
				'Sygefraværsstatistik 2. kvartal 2022'
			)
		).toEqual([
			['Albertslund Kommune', '2. kvartal 2022', 'total', 'level', 2.5],
			['Albertslund Kommune', '1. halvår 2022', 'total', 'level', 5.9],
			['Dagtilbud', '1. halvår 2022', 'total', 'level', 7.1]
		]);
	});

	it('gives an item about one department its figures, and "årets første ni måneder" the meeting\'s year', () => {
		expect(
			rows(
				'Afdelingen havde i hele 2021 et fravær på 17,9 dage. I årets første ni måneder er fraværet 13,6 dage.',
				'Handleplan for nedbringelse af sygefraværet i Pleje & Omsorg'
			)
		).toEqual([
			['Pleje & Omsorg', 'hele året 2021', 'total', 'level', 17.9],
			['Pleje & Omsorg', '1.–3. kvartal 2022', 'total', 'level', 13.6]
		]);
	});

	it('reads terse notes: "Dagtilbud: ned 0,4 til 9,1 dage" and "Korttidsfravær: 4,9 dage, ned 0,2"', () => {
		expect(rows('- Korttidsfravær: 4,9 dage, ned 0,2\n- Dagtilbud: op 0,4 til 9,1 dage\n')).toEqual(
			[
				['Albertslund Kommune', '1. halvår 2022', 'short_term', 'level', 4.9],
				['Albertslund Kommune', '1. halvår 2022', 'short_term', 'change', -0.2],
				['Dagtilbud', '1. halvår 2022', 'total', 'change', 0.4],
				['Dagtilbud', '1. halvår 2022', 'total', 'level', 9.1],
				['Albertslund Kommune', '1. halvår 2021', 'short_term', 'level', 5.1],
				['Dagtilbud', '1. halvår 2021', 'total', 'level', 8.7]
			]
		);
	});

	it('reads "2,6 dage mod 2,9 dage" as this period\'s level and the compared one\'s', () => {
		expect(rows('Langtidsfraværet var 2,6 dage mod 2,9 dage.')).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'long_term', 'level', 2.6],
			['Albertslund Kommune', '1. halvår 2021', 'long_term', 'level', 2.9],
			['Albertslund Kommune', '1. halvår 2022', 'long_term', 'change', -0.3]
		]);
	});

	it('records no change of one half-year against the other, and no flat change for "på niveau med" another department', () => {
		expect(
			rows(
				'Sygefraværet var 6,3 dage. Det ligger dermed 0,3 dage under 2. halvår 2021. I Dagtilbud er fraværet steget med 1,4 dage, og afdelingen ligger nu på niveau med Pleje & Omsorg.',
				'Sygefravær 1. halvår 2022'
			)
		).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'total', 'level', 6.3],
			['Dagtilbud', '1. halvår 2022', 'total', 'change', 1.4]
		]);
	});

	it('takes the period of a subheading ("### Hele 2021") for the text under it', () => {
		expect(
			rows(
				'### Hele 2021\n\nI 2021 som helhed lå sygefraværet på 11,8 dage.\n\n### 1. kvartal 2022\n\nSygefraværet var 3,9 dage.\n',
				'Sygefravær 1. kvartal 2022 og hele 2021'
			)
		).toEqual([
			['Albertslund Kommune', 'hele året 2021', 'total', 'level', 11.8],
			['Albertslund Kommune', '1. kvartal 2022', 'total', 'level', 3.9]
		]);
	});

	it('reads "2. kvartal" that covers "januar til og med juni" as the half-year, and days beside a percentage', () => {
		expect(
			rows(
				'Baggrund\nTallene for 2. kvartal dækker perioden fra årets start, dvs. januar til og med juni 2022.\nSagsfremstilling\nKommunen havde en fraværsprocent på 4,6, svarende til 5,7 dage pr. medarbejder.\n',
				'Sygefravær 2. kvartal 2022'
			)
		).toEqual([['Albertslund Kommune', '1. halvår 2022', 'total', 'level', 5.7]]);
	});

	it('reads "steget til 8,0 dage (+0,3)" as a level and its change, and "har et lavere fravær end" as a fall', () => {
		expect(
			rows(
				'I Dagtilbud er fraværet steget til 8,0 dage (+0,3). Social & Familie har et lavere fravær end i 1. halvår 2021.'
			)
		).toEqual([
			['Dagtilbud', '1. halvår 2022', 'total', 'level', 8],
			['Dagtilbud', '1. halvår 2022', 'total', 'change', 0.3],
			['Social & Familie', '1. halvår 2022', 'total', 'change', null],
			['Dagtilbud', '1. halvår 2021', 'total', 'level', 7.7]
		]);
	});

	it('states no rows for an item about a rolling year, which no period within one calendar year can state', () => {
		expect(
			rows(
				'Sygefraværet var i de seneste 12 måneder 11,4 dage pr. fuldtidsansat. Det er 0,5 dage lavere end i de 12 måneder året før.',
				'Sygefravær de seneste 12 måneder (pr. 30. september 2022)'
			)
		).toEqual([]);
	});

	it('reads short notes: "Samme kvartal 2021: 3,6 dage" as that period\'s level, "(+0,1 ift. …)" as a change', () => {
		expect(
			rows(
				'Hovedtal:\n\n- Samlet sygefravær: 3,3 dage\n- Samme halvår 2021: 3,6 dage\n- Korttid: 2,1 dage (+0,1 ift. 1. halvår 2021)\n',
				'Sygefravær 1. halvår 2022'
			)
		).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'total', 'level', 3.3],
			['Albertslund Kommune', '1. halvår 2021', 'total', 'level', 3.6],
			['Albertslund Kommune', '1. halvår 2022', 'short_term', 'level', 2.1],
			['Albertslund Kommune', '1. halvår 2022', 'short_term', 'change', 0.1],
			['Albertslund Kommune', '1. halvår 2021', 'short_term', 'level', 2],
			['Albertslund Kommune', '1. halvår 2022', 'total', 'change', -0.3]
		]);
	});

	it('keeps "Det er 0,6 dage mere end …" a change of 0,6 when a later clause speaks of "forskellen"', () => {
		expect(
			rows(
				'Korttidsfraværet udgør nu 4,1 dage. Det er 0,6 dage mere end i 1. halvår 2021, og en stor del af forskellen skyldes influenza.'
			)
		).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'short_term', 'level', 4.1],
			['Albertslund Kommune', '1. halvår 2022', 'short_term', 'change', 0.6],
			['Albertslund Kommune', '1. halvår 2021', 'short_term', 'level', 3.5]
		]);
	});

	it('reads a table written one cell per line by its columns, not as figures of the sentence above it', () => {
		expect(
			rows(
				'Tabel 1. Sygedage pr. fuldtidsansat pr. afdeling\nAfdeling\n1. halvår 2021\n1. halvår 2022\nDagtilbud\n8,4\n9,1\nPleje & Omsorg\n9,8\n10,7\n'
			)
		).toEqual([
			['Dagtilbud', '1. halvår 2021', 'total', 'level', 8.4],
			['Dagtilbud', '1. halvår 2022', 'total', 'level', 9.1],
			['Pleje & Omsorg', '1. halvår 2021', 'total', 'level', 9.8],
			['Pleje & Omsorg', '1. halvår 2022', 'total', 'level', 10.7],
			['Dagtilbud', '1. halvår 2022', 'total', 'change', 0.7],
			['Pleje & Omsorg', '1. halvår 2022', 'total', 'change', 0.9]
		]);
	});

	it('reads figures in an item titled by one measure ("Barns 1. og 2. sygedag") as that measure, "ligesom i 2017" as no change', () => {
		expect(
			rows(
				'Dagtilbud ligger højest med 1,2 dage. Skoler & Uddannelse har ligesom i 2021 0,8 dage. Det samlede sygefravær var 11,2 dage.',
				'Barns 1. og 2. sygedag 1. halvår 2022'
			)
		).toEqual([
			['Dagtilbud', '1. halvår 2022', 'child_sick', 'level', 1.2],
			['Skoler & Uddannelse', '1. halvår 2022', 'child_sick', 'level', 0.8],
			['Skoler & Uddannelse', '1. halvår 2022', 'child_sick', 'change', 0],
			['Albertslund Kommune', '1. halvår 2022', 'total', 'level', 11.2],
			['Skoler & Uddannelse', '1. halvår 2021', 'child_sick', 'level', 0.8]
		]);
	});

	it('takes a measure named after the figure and a verb of being ("0,5 dage er barns sygedag")', () => {
		expect(
			rows('Det samlede sygefravær er 5,9 dage, hvoraf 0,5 dage er barns første og anden sygedag.')
		).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'total', 'level', 5.9],
			['Albertslund Kommune', '1. halvår 2022', 'child_sick', 'level', 0.5]
		]);
	});

	it("gives a direction after a figure the figure's own measure, not the head noun before it", () => {
		expect(
			rows('Fraværet på grund af barns sygdom er 0,4 dage, hvilket er på niveau med sidste år.')
		).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'child_sick', 'level', 0.4],
			['Albertslund Kommune', '1. halvår 2022', 'child_sick', 'change', 0],
			['Albertslund Kommune', '1. halvår 2021', 'child_sick', 'level', 0.4]
		]);
	});

	it('reads a number listed with its own measure before the unit ("korttid 3,2 og langtid 2,7 dage")', () => {
		expect(rows('I alt 5,9 dage, heraf korttid 3,2 og langtid 2,7 dage.')).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'total', 'level', 5.9],
			['Albertslund Kommune', '1. halvår 2022', 'short_term', 'level', 3.2],
			['Albertslund Kommune', '1. halvår 2022', 'long_term', 'level', 2.7]
		]);
	});

	it('does not take a measure further on in the sentence for the figure before it', () => {
		const got = rows('Sygefraværet er 5,9 dage, og det er især langtidsfraværet, der fylder.');
		expect(got).toEqual([['Albertslund Kommune', '1. halvår 2022', 'total', 'level', 5.9]]);
	});
});

describe('extractSickLeave: figures the unit is said once for, and totals with and without', () => {
	const title = 'Sygefravær 2. kvartal 2022';

	it('reads "mod 3,2 i samme kvartal 2021" as last year\'s level with the unit said before it', () => {
		expect(
			rows('Sygefraværet er på 2,9 dage pr. ansat, mod 3,2 i samme kvartal 2021.', title)
		).toEqual([
			['Albertslund Kommune', '2. kvartal 2022', 'total', 'level', 2.9],
			['Albertslund Kommune', '2. kvartal 2021', 'total', 'level', 3.2],
			['Albertslund Kommune', '2. kvartal 2022', 'total', 'change', -0.3]
		]);
		expect(rows('Sygefraværet er 2,9 dage mod 4,5 % i 2021.', title)).toEqual([
			['Albertslund Kommune', '2. kvartal 2022', 'total', 'level', 2.9]
		]);
	});

	it('keeps the total without barns sygedag, and does not read "inkl. barns sygedag" as that measure', () => {
		expect(
			rows(
				'Det samlede fravær inkl. barns sygedag er 3,1 dage, ekskl. barns sygedag 2,9 dage.',
				title
			)
		).toEqual([['Albertslund Kommune', '2. kvartal 2022', 'total', 'level', 2.9]]);
		expect(rows('Sygefraværet er 2,9 dage inkl. barns sygedag.', title)).toEqual([
			['Albertslund Kommune', '2. kvartal 2022', 'total', 'level', 2.9]
		]);
	});
});

describe('extractSickLeave: tables', () => {
	it('reads cells with the unit written out ("9,1 dage")', () => {
		expect(rows('Afdeling\t1. halvår 2022\t1. halvår 2021\nDagtilbud\t9,1 dage\t8,7 dage')).toEqual(
			[
				['Dagtilbud', '1. halvår 2022', 'total', 'level', 9.1],
				['Dagtilbud', '1. halvår 2021', 'total', 'level', 8.7],
				['Dagtilbud', '1. halvår 2022', 'total', 'change', 0.4]
			]
		);
	});

	it("reads a table with a column per measure for the item's period", () => {
		expect(
			rows('Afdeling\tKorttid\tLangtid\tI alt\nDagtilbud\t4,1\t5,0\t9,1\nI alt\t3,4\t2,7\t6,1')
		).toEqual([
			['Dagtilbud', '1. halvår 2022', 'short_term', 'level', 4.1],
			['Dagtilbud', '1. halvår 2022', 'long_term', 'level', 5],
			['Dagtilbud', '1. halvår 2022', 'total', 'level', 9.1],
			['Albertslund Kommune', '1. halvår 2022', 'short_term', 'level', 3.4],
			['Albertslund Kommune', '1. halvår 2022', 'long_term', 'level', 2.7],
			['Albertslund Kommune', '1. halvår 2022', 'total', 'level', 6.1]
		]);
	});
});

describe('extractSickLeave: rolling periods', () => {
	it('leaves out a figure for "de seneste 12 måneder" or a rolling average', () => {
		expect(
			rows('Sygefraværet de seneste 12 måneder er 11,9 dage.', 'Sygefravær 1. kvartal 2022')
		).toEqual([]);
		expect(
			rows(
				'Det rullende årsgennemsnit er 11,9 dage, og fraværet i 1. kvartal er 3,1 dage.',
				'Sygefravær 1. kvartal 2022'
			)
		).toEqual([['Albertslund Kommune', '1. kvartal 2022', 'total', 'level', 3.1]]);
	});
});

describe('extractSickLeave: absence that is not sickness', () => {
	const title = 'Sygefravær 2022';

	it('leaves out barsel, omsorgsdage, ferie and work injuries', () => {
		expect(rows('Barselsfraværet er 3,4 dage pr. medarbejder.', title)).toEqual([]);
		expect(rows('Omsorgsdage udgør 1,2 dage pr. medarbejder.', title)).toEqual([]);
		expect(rows('Fraværet pga. arbejdsskader er 0,2 dage.', title)).toEqual([]);
		expect(rows('Det samlede fravær inkl. barsel er 15,5 dage.', title)).toEqual([]);
		expect(rows('Fraværet pga. barsel er steget.', title)).toEqual([]);
		expect(
			rows('Sygefraværet er 12,1 dage, heraf 0,3 dage graviditetsrelateret fravær.', title)
		).toEqual([['Albertslund Kommune', 'hele året 2022', 'total', 'level', 12.1]]);
	});

	it('leaves out the covid-related absence registered apart, but not what was "før corona"', () => {
		expect(
			rows('Til orientering har det covid-relaterede fravær i perioden udgjort 1,4 dage.', title)
		).toEqual([]);
		expect(rows('Coronafraværet udgjorde 0,9 dage pr. fuldtidsansat.', title)).toEqual([]);
		expect(rows('Sygefraværet var 10,6 dage før corona.', title)).toEqual([
			['Albertslund Kommune', 'hele året 2022', 'total', 'level', 10.6]
		]);
		expect(rows('Sygefraværet ekskl. covid-relateret fravær er 7,9 dage.', title)).toEqual([
			['Albertslund Kommune', 'hele året 2022', 'total', 'level', 7.9]
		]);
	});

	it('keeps sick leave that says what it leaves out ("ekskl. barsel")', () => {
		expect(rows('Sygefraværet (ekskl. barsel) er 12,1 dage.', title)).toEqual([
			['Albertslund Kommune', 'hele året 2022', 'total', 'level', 12.1]
		]);
		expect(rows('Sygefraværet er 12,1 dage, og ferie og afspadsering indgår ikke.', title)).toEqual(
			[['Albertslund Kommune', 'hele året 2022', 'total', 'level', 12.1]]
		);
	});
});

describe('extractSickLeave: comparisons with the national average', () => {
	it('keeps our figure and no change when it is "på niveau med landsgennemsnittet"', () => {
		expect(
			rows('Sygefraværet er på 6,1 dage, hvilket er på niveau med landsgennemsnittet.')
		).toEqual([['Albertslund Kommune', '1. halvår 2022', 'total', 'level', 6.1]]);
		expect(rows('Sygefraværet er på 6,1 dage, hvilket er på niveau med sidste år.')).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'total', 'level', 6.1],
			['Albertslund Kommune', '1. halvår 2022', 'total', 'change', 0],
			['Albertslund Kommune', '1. halvår 2021', 'total', 'level', 6.1]
		]);
	});
});

describe('extractSickLeave: derived changes', () => {
	it('derives the change from two stated levels even when a direction without a figure is said', () => {
		expect(
			rows(
				'Fraværet var 13,2 dage i 2013 mod 13,9 dage i 2012. Det er positivt, at sygefraværet er faldet.',
				'Sygefraværsstatistik 2013'
			)
		).toEqual([
			['Albertslund Kommune', 'hele året 2013', 'total', 'level', 13.2],
			['Albertslund Kommune', 'hele året 2012', 'total', 'level', 13.9],
			['Albertslund Kommune', 'hele året 2013', 'total', 'change', -0.7]
		]);
	});
});

describe('extractSickLeave: periods without a year', () => {
	it('reads a past year named as the absence\'s own ("sygefraværet for 2023") as the whole year', () => {
		expect(
			rows(
				'Chefforum blev orienteret om sygefraværet for 2021, som var 12,1 dage. Sygefraværet i 1. halvår 2022 er 5,9 dage.'
			)
		).toEqual([
			['Albertslund Kommune', 'hele året 2021', 'total', 'level', 12.1],
			['Albertslund Kommune', '1. halvår 2022', 'total', 'level', 5.9]
		]);
	});

	it('puts "første halvår" in the year of the item\'s own period, even before that period has ended', () => {
		const x = extractMinutes(
			'REFERAT Chefforum d. 15-06-2016\nPunkt 1: CF - Foreløbigt sygefravær 1. halvår 2016\nSagsfremstilling\nI første halvår er fraværet foreløbigt 5,9 dage.\n',
			'x'
		);
		expect(x.ok ? x.records.sick_leave.map((r) => [r.period_label, r.value]) : x.reason).toEqual([
			['1. halvår 2016', 5.9]
		]);
	});
});

describe('extractSickLeave: "uændret" without a figure', () => {
	it("is a change of 0 days when the level of that measure is stated, so last year's level follows", () => {
		expect(
			rows(
				'Korttidsfraværet er 7,2 dage. Korttidsfraværet er uændret, mens langtidsfraværet er steget.',
				'Sygefravær 2013'
			)
		).toEqual([
			['Albertslund Kommune', 'hele året 2013', 'short_term', 'level', 7.2],
			['Albertslund Kommune', 'hele året 2013', 'short_term', 'change', 0],
			['Albertslund Kommune', 'hele året 2013', 'long_term', 'change', null],
			['Albertslund Kommune', 'hele året 2012', 'short_term', 'level', 7.2]
		]);
	});
});

describe('extractSickLeave: changes against different periods', () => {
	const title = 'Sygefravær 2022';

	it('keeps the change against the year before, not one against an earlier year (448)', () => {
		expect(
			rows(
				'Fraværet er 12,3 dage, 0,8 dage mere end året før, men 1,2 dage mindre end i 2020.',
				title
			)
		).toEqual([
			['Albertslund Kommune', 'hele året 2022', 'total', 'level', 12.3],
			['Albertslund Kommune', 'hele året 2022', 'total', 'change', 0.8],
			['Albertslund Kommune', 'hele året 2021', 'total', 'level', 11.5]
		]);
	});

	it('reads a comparative after "og er dermed" as a change, not a level', () => {
		expect(
			rows('Korttidsfraværet ligger på 3,1 dage og er dermed 0,2 dage lavere end sidste år.', title)
		).toEqual([
			['Albertslund Kommune', 'hele året 2022', 'short_term', 'level', 3.1],
			['Albertslund Kommune', 'hele året 2022', 'short_term', 'change', -0.2],
			['Albertslund Kommune', 'hele året 2021', 'short_term', 'level', 3.3]
		]);
	});
});

describe('extractSickLeave: the period a figure is for', () => {
	const title = 'Sygefravær 3. kvartal 2022';

	it('reads "i samme periode i år" as this year, not last year', () => {
		expect(
			rows(
				'Sygefraværet er steget fra 7,9 dage i 1.-3. kvartal 2018 til 8,4 dage i samme periode i år.',
				'Sygefravær 1.-3. kvartal 2019'
			)
		).toEqual([
			['Albertslund Kommune', '1.–3. kvartal 2018', 'total', 'level', 7.9],
			['Albertslund Kommune', '1.–3. kvartal 2019', 'total', 'level', 8.4],
			['Albertslund Kommune', '1.–3. kvartal 2019', 'total', 'change', 0.5]
		]);
	});

	it('gives "henholdsvis" figures the periods listed before it, one each', () => {
		expect(
			rows(
				'Sygefraværet i 1. og 2. halvår 2021 var henholdsvis 5,9 og 6,3 dage.',
				'Sygefravær 2021'
			)
		).toEqual([
			['Albertslund Kommune', '1. halvår 2021', 'total', 'level', 5.9],
			['Albertslund Kommune', '2. halvår 2021', 'total', 'level', 6.3]
		]);
		expect(
			rows('Sygefraværet i 2020 og 2021 var henholdsvis 11,8 og 12,2 dage.', 'Sygefravær 2021')
		).toEqual([
			['Albertslund Kommune', 'hele året 2020', 'total', 'level', 11.8],
			['Albertslund Kommune', 'hele året 2021', 'total', 'level', 12.2],
			['Albertslund Kommune', 'hele året 2021', 'total', 'change', 0.4]
		]);
	});

	it('gives a figure after "<period>, hvor fraværet var" to that period', () => {
		expect(
			rows(
				'Sygefraværet er 6,8 dage. Det er en stigning på 0,9 dage i forhold til 1. halvår 2021, hvor fraværet var 5,9 dage.',
				'Sygefravær 1. halvår 2022'
			)
		).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'total', 'level', 6.8],
			['Albertslund Kommune', '1. halvår 2022', 'total', 'change', 0.9],
			['Albertslund Kommune', '1. halvår 2021', 'total', 'level', 5.9]
		]);
	});

	it('does not let a period inside closed brackets lead the figure after them', () => {
		expect(
			rows(
				'Korttidsfraværet udgør 4,2 dage (1. halvår 2021: 3,1 dage), mens langtidsfraværet er 2,6 dage.',
				'Sygefravær 1. halvår 2022'
			)
		).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'short_term', 'level', 4.2],
			['Albertslund Kommune', '1. halvår 2021', 'short_term', 'level', 3.1],
			['Albertslund Kommune', '1. halvår 2022', 'long_term', 'level', 2.6],
			['Albertslund Kommune', '1. halvår 2022', 'short_term', 'change', 1.1]
		]);
	});

	it('takes "samme kvartal sidste år" before a figure as the same quarter a year before', () => {
		expect(
			rows('Sygefraværet er 2,6 dage. I samme kvartal sidste år var fraværet 2,9 dage.', title)
		).toEqual([
			['Albertslund Kommune', '3. kvartal 2022', 'total', 'level', 2.6],
			['Albertslund Kommune', '3. kvartal 2021', 'total', 'level', 2.9],
			['Albertslund Kommune', '3. kvartal 2022', 'total', 'change', -0.3]
		]);
		expect(
			rows('Fraværet er 2,6 dage mod 2,9 dage i tilsvarende periode året før.', title)
		).toEqual([
			['Albertslund Kommune', '3. kvartal 2022', 'total', 'level', 2.6],
			['Albertslund Kommune', '3. kvartal 2021', 'total', 'level', 2.9],
			['Albertslund Kommune', '3. kvartal 2022', 'total', 'change', -0.3]
		]);
	});

	it('gives a period after a comma to the next figure, not the one before it', () => {
		expect(
			rows(
				'For 1.-3. kvartal 2022 er sygefraværet 8,1 dage, og for 3. kvartal alene 2,6 dage.',
				title
			)
		).toEqual([
			['Albertslund Kommune', '1.–3. kvartal 2022', 'total', 'level', 8.1],
			['Albertslund Kommune', '3. kvartal 2022', 'total', 'level', 2.6]
		]);
	});

	it('reads "året til dato" as January to the end of the period the item is about', () => {
		expect(
			rows(
				'Sygefraværet i 3. kvartal 2022 er 2,6 dage. Året til dato er fraværet 8,1 dage mod 8,4 dage sidste år.',
				title
			)
		).toEqual([
			['Albertslund Kommune', '3. kvartal 2022', 'total', 'level', 2.6],
			['Albertslund Kommune', '1.–3. kvartal 2022', 'total', 'level', 8.1],
			['Albertslund Kommune', '1.–3. kvartal 2021', 'total', 'level', 8.4],
			['Albertslund Kommune', '1.–3. kvartal 2022', 'total', 'change', -0.3]
		]);
	});
});

describe('extractSickLeave: last year in parentheses', () => {
	it('reads "1,2 dage (1,1 dage)" like "1,2 dage (1,1)": last year\'s level of the same measure', () => {
		expect(
			rows('Langtidsfraværet udgør 1,2 dage (1,1 dage).', 'Sygefravær 3. kvartal 2022')
		).toEqual([
			['Albertslund Kommune', '3. kvartal 2022', 'long_term', 'level', 1.2],
			['Albertslund Kommune', '3. kvartal 2021', 'long_term', 'level', 1.1],
			['Albertslund Kommune', '3. kvartal 2022', 'long_term', 'change', 0.1]
		]);
	});
});

describe('extractSickLeave: what a figure is not', () => {
	const title = 'Sygefravær 1. halvår 2022';

	it('does not read a difference from the national average as a change since last year', () => {
		expect(
			rows(
				'Sygefraværet i 1. halvår 2022 er 5,9 dage. Sammenlignet med landsgennemsnittet på 6,2 dage ligger Albertslund 0,3 dage lavere.',
				title
			)
		).toEqual([['Albertslund Kommune', '1. halvår 2022', 'total', 'level', 5.9]]);
	});

	it('keeps our figure in a clause of its own beside a national average in the next', () => {
		expect(
			rows(
				'Sygefraværet er 5,9 dage og 0,3 dage lavere end sidste år, men stadig over landsgennemsnittet på 5,6 dage.',
				title
			)
		).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'total', 'level', 5.9],
			['Albertslund Kommune', '1. halvår 2022', 'total', 'change', -0.3],
			['Albertslund Kommune', '1. halvår 2021', 'total', 'level', 6.2]
		]);
	});

	it('skips the goal in a sentence but keeps the fact in its other clause', () => {
		expect(
			rows('Målet for 1. halvår 2022 var 5,5 dage, og det faktiske fravær blev 5,9 dage.', title)
		).toEqual([['Albertslund Kommune', '1. halvår 2022', 'total', 'level', 5.9]]);
	});

	it('reads "… har været stigende og er nu 5,9 dage" as a level', () => {
		expect(
			rows('Sygefraværet har været stigende i de seneste tre kvartaler og er nu 5,9 dage.', title)
		).toEqual([['Albertslund Kommune', '1. halvår 2022', 'total', 'level', 5.9]]);
	});
});

describe('extractSickLeave: a compared period with its level in brackets', () => {
	it('reads "Sammenlignet med 1. halvår 2021 (5,7 dage) … faldet til 5,4 dage" as two levels', () => {
		expect(
			rows('Sammenlignet med 1. halvår 2021 (5,7 dage) er sygefraværet faldet til 5,4 dage.')
		).toEqual([
			['Albertslund Kommune', '1. halvår 2021', 'total', 'level', 5.7],
			['Albertslund Kommune', '1. halvår 2022', 'total', 'level', 5.4],
			['Albertslund Kommune', '1. halvår 2022', 'total', 'change', -0.3]
		]);
	});

	it('gives the bracketed level the department and measure the sentence names after it', () => {
		expect(
			rows(
				'I forhold til 1. halvår 2021 (2,1 dage) er langtidsfraværet i Dagtilbud steget til 2,4 dage.'
			)
		).toEqual([
			['Dagtilbud', '1. halvår 2021', 'long_term', 'level', 2.1],
			['Dagtilbud', '1. halvår 2022', 'long_term', 'level', 2.4],
			['Dagtilbud', '1. halvår 2022', 'long_term', 'change', 0.3]
		]);
	});
});

describe('extractSickLeave: phrasings from minutes written blind (fixtures 127–131)', () => {
	it('gives "Her er gennemsnittet 0,7 dage" the measure the sentence before named', () => {
		expect(
			rows('Barns 1. og 2. sygedag indgår ikke i tallene ovenfor. Her er gennemsnittet 0,7 dage.')
		).toEqual([['Albertslund Kommune', '1. halvår 2022', 'child_sick', 'level', 0.7]]);
	});

	it('keeps "…, og Drift & Service ligger på niveau med …" from making the department before it flat', () => {
		expect(
			rows(
				'Skoler & Uddannelse har nedbragt fraværet fra 3,3 til 2,9 dage, og Drift & Service ligger på niveau med 1. halvår 2021.'
			)
		).toEqual([
			['Drift & Service', '1. halvår 2022', 'total', 'change', null],
			['Skoler & Uddannelse', '1. halvår 2021', 'total', 'level', 3.3],
			['Skoler & Uddannelse', '1. halvår 2022', 'total', 'level', 2.9],
			['Skoler & Uddannelse', '1. halvår 2022', 'total', 'change', -0.4]
		]);
	});

	it('gives "Her er fraværet 0,5 dage" the measure the sentence before named, not the total', () => {
		expect(
			rows('Barns 1. og 2. sygedag indgår ikke i tallene ovenfor. Her er fraværet 0,5 dage.')
		).toEqual([['Albertslund Kommune', '1. halvår 2022', 'child_sick', 'level', 0.5]]);
		expect(rows('Her er fraværet 9,5 dage pr. fuldtidsansat.')).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'total', 'level', 9.5]
		]);
	});

	it('reads no figure from "sygeforløb på op til 30 dage", but a level "steget op til 9,5 dage"', () => {
		expect(rows('Korttidsfraværet, dvs. sygeforløb på op til 30 dage, udgør 3,6 dage.')).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'short_term', 'level', 3.6]
		]);
		expect(rows('Fraværet er steget op til 9,5 dage.')).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'total', 'level', 9.5]
		]);
	});

	it('reads no figure from a definition "(30 dage og derover)" or from the region\'s municipalities', () => {
		expect(
			rows(
				'Langtidsfraværet (30 dage og derover) er omtalt i bilaget. Kommunerne i Region Hovedstaden lå i 2021 i gennemsnit på 11,0 dage.'
			)
		).toEqual([]);
	});

	it('reads "korte sygeforløb" and "forløb af mere end 30 dages varighed" as short and long term', () => {
		expect(
			rows(
				'Sygefraværet var 3,6 dage. Af de 3,6 dage skyldes 2,2 dage korte sygeforløb (under 30 dage), mens 1,4 dage skyldes forløb af mere end 30 dages varighed.'
			)
		).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'total', 'level', 3.6],
			['Albertslund Kommune', '1. halvår 2022', 'short_term', 'level', 2.2],
			['Albertslund Kommune', '1. halvår 2022', 'long_term', 'level', 1.4]
		]);
	});

	it('reads "– præcis som i 1. halvår 2021" as no change', () => {
		expect(rows('Barns sygedag udgjorde 0,2 dage – præcis som i 1. halvår 2021.')).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'child_sick', 'level', 0.2],
			['Albertslund Kommune', '1. halvår 2022', 'child_sick', 'change', 0],
			['Albertslund Kommune', '1. halvår 2021', 'child_sick', 'level', 0.2]
		]);
	});

	it('reads "overstiger 1. halvår 2021 med 0,4 dage" and "0,4 dage over 1. halvår 2021" as changes', () => {
		const change = [['Albertslund Kommune', '1. halvår 2022', 'total', 'change', 0.4]];
		expect(rows('Det overstiger 1. halvår 2021 med 0,4 dage.')).toEqual(change);
		expect(rows('Fraværet ligger 0,4 dage over 1. halvår 2021.')).toEqual(change);
	});

	it('reads the level after "en anelse under 2021, hvor …" as that year\'s', () => {
		expect(
			rows('Fraværet er endt en anelse under 2021, hvor det samlede tal var 5,8 dage.')
		).toEqual([['Albertslund Kommune', '1. halvår 2021', 'total', 'level', 5.8]]);
	});

	it('reads "året som helhed" as the whole year', () => {
		expect(
			rows('For året som helhed lander fraværet på 11,7 dage.', 'Sygefravær 2. halvår og hele 2021')
		).toEqual([['Albertslund Kommune', 'hele året 2021', 'total', 'level', 11.7]]);
	});

	it('reads a signed figure in brackets ("(+0,6 dage i forhold til 2021)") as a change', () => {
		expect(rows('Skoler & Uddannelse: 9,9 dage (-0,6 dage i forhold til 1. halvår 2021)')).toEqual([
			['Skoler & Uddannelse', '1. halvår 2022', 'total', 'level', 9.9],
			['Skoler & Uddannelse', '1. halvår 2022', 'total', 'change', -0.6],
			['Skoler & Uddannelse', '1. halvår 2021', 'total', 'level', 10.5]
		]);
	});

	it('reads a direction with words or a year between the verb and "gået op" / "steget"', () => {
		expect(
			rows(
				'Langtidsfraværet er for første gang i tre år gået op. I Kultur, Fritid & Forebyggende Sundhed er fraværet i 2022 steget for andet år i træk.'
			)
		).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'long_term', 'change', null],
			['Kultur, Fritid & Forebyggende Sundhed', '1. halvår 2022', 'total', 'change', null]
		]);
	});

	it('gives the direction after "Både X, der …, og Y, der …," to both measures', () => {
		expect(
			rows(
				'Både korttidsfraværet, der nu er 3,3 dage, og langtidsfraværet, der nu er 2,1 dage, ligger lavere end året før.'
			)
		).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'short_term', 'change', null],
			['Albertslund Kommune', '1. halvår 2022', 'long_term', 'change', null],
			['Albertslund Kommune', '1. halvår 2022', 'short_term', 'level', 3.3],
			['Albertslund Kommune', '1. halvår 2022', 'long_term', 'level', 2.1]
		]);
	});
});

describe('extractSickLeave: phrasings from minutes written blind (fixtures 151–156)', () => {
	it('reads a department in the genitive ("Dagtilbuds fravær er uændret")', () => {
		expect(rows('Dagtilbuds fravær er uændret i forhold til 1. halvår 2021.')).toEqual([
			['Dagtilbud', '1. halvår 2022', 'total', 'change', null]
		]);
	});

	it('reads no figure from "godt en halv dag", "næsten en hel dag" or a range', () => {
		expect(
			rows(
				'Barns sygedag udgør godt en halv dag. Langtidsfraværet er vokset med næsten en hel dag. Barns 2. sygedag udgjorde mellem 0,2 og 0,3 dage. Korttidsfraværet var 2,1-2,3 dage.'
			)
		).toEqual([]);
	});

	it('reads "og nåede 5,2 dage" as a level and "holdt sig på 0,5 dage" as no change', () => {
		expect(
			rows(
				'Langtidsfraværet voksede med 0,7 dage og nåede 5,2 dage. Barns sygedag holdt sig på 0,5 dage, som i 1. halvår 2021.'
			)
		).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'long_term', 'change', 0.7],
			['Albertslund Kommune', '1. halvår 2022', 'long_term', 'level', 5.2],
			['Albertslund Kommune', '1. halvår 2022', 'child_sick', 'level', 0.5],
			['Albertslund Kommune', '1. halvår 2022', 'child_sick', 'change', 0],
			['Albertslund Kommune', '1. halvår 2021', 'long_term', 'level', 4.5],
			['Albertslund Kommune', '1. halvår 2021', 'child_sick', 'level', 0.5]
		]);
	});

	it('reads "…; året før var tallet 15,3" as last year\'s level', () => {
		expect(
			rows(
				'I Dagtilbud var der i gennemsnit 14,2 fraværsdage pr. fuldtidsbeskæftiget; året før var tallet 15,3.'
			)
		).toEqual([
			['Dagtilbud', '1. halvår 2022', 'total', 'level', 14.2],
			['Dagtilbud', '1. halvår 2021', 'total', 'level', 15.3],
			['Dagtilbud', '1. halvår 2022', 'total', 'change', -1.1]
		]);
	});

	it('reads no change from a gap to the municipality ("3,1 dage over kommunen som helhed")', () => {
		expect(rows('Pleje & Omsorg ligger med 11,8 dage 3,1 dage over kommunen som helhed.')).toEqual([
			['Pleje & Omsorg', '1. halvår 2022', 'total', 'level', 11.8]
		]);
	});

	it('reads only the total row of a table by staff group', () => {
		expect(
			rows(
				'Personalegruppe\tKorttid\tLangtid\nLærere\t3,2\t2,0\nLedere\t1,4\t0,6\nAlle ansatte\t3,6\t2,9\n'
			)
		).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'short_term', 'level', 3.6],
			['Albertslund Kommune', '1. halvår 2022', 'long_term', 'level', 2.9]
		]);
	});
});

describe('extractSickLeave: phrasings from full meetings written blind (fixtures 145–150)', () => {
	it('does not let "samme niveau som i <period>" in one clause lead a from–to in the next', () => {
		expect(
			rows(
				'Korttidsfraværet ligger på samme niveau som i 1. halvår 2021, mens langtidsfraværet er faldet fra 2,7 dage til 2,2 dage.'
			)
		).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'short_term', 'change', null],
			['Albertslund Kommune', '1. halvår 2021', 'long_term', 'level', 2.7],
			['Albertslund Kommune', '1. halvår 2022', 'long_term', 'level', 2.2],
			['Albertslund Kommune', '1. halvår 2022', 'long_term', 'change', -0.5]
		]);
	});

	it('reads the measure after "pr. fuldtidsansat med", and after "Det udgjorde" the one named before', () => {
		expect(
			rows(
				'I 1. halvår 2022 blev der registreret 0,5 dage pr. fuldtidsansat med barns 1. og 2. sygedag.'
			)
		).toEqual([['Albertslund Kommune', '1. halvår 2022', 'child_sick', 'level', 0.5]]);
		expect(
			rows(
				'Sygefraværet var 5,6 dage. Barns sygedag er ikke medregnet i de 5,6 dage. Det udgjorde 0,7 dage.'
			)
		).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'total', 'level', 5.6],
			['Albertslund Kommune', '1. halvår 2022', 'child_sick', 'level', 0.7]
		]);
	});

	it('reads "Det ligger med …" after a sentence that sets barns sygedag apart from sygefraværet as barns sygedag', () => {
		expect(
			(
				rows(
					'Sygefraværet var 5,6 dage. Barns 1. og 2. sygedag tælles ikke med i sygefraværet ovenfor. Det ligger med 0,5 dag pr. medarbejder på samme niveau som sidste år.'
				) as unknown[][]
			).slice(0, 3)
		).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'total', 'level', 5.6],
			['Albertslund Kommune', '1. halvår 2022', 'child_sick', 'level', 0.5],
			['Albertslund Kommune', '1. halvår 2022', 'child_sick', 'change', 0]
		]);
	});

	it('reads a department list with "(sidste år: 7,1)" under "med tallet for samme halvår sidste år i parentes:"', () => {
		expect(
			rows(
				'Sygefraværet fordelt på afdelinger, med tallet for samme halvår sidste år i parentes:\n\n- Dagtilbud: 6,8 dage (sidste år: 7,1)\n- Kultur & Fritid: 4,1 dage (sidste år: 3,6)\n'
			)
		).toEqual(
			expect.arrayContaining([
				['Dagtilbud', '1. halvår 2021', 'total', 'level', 7.1],
				['Kultur & Fritid', '1. halvår 2021', 'total', 'level', 3.6]
			])
		);
	});

	it('reads "tegner sig for 4,0 af de 6,9 dage" as the measure\'s level, and "Afdelingens sygefravær" as the department named before', () => {
		expect(
			rows(
				'Korttidsfraværet tegner sig for 4,0 af de 6,9 dage.\n\nBorgerservice er oprettet pr. 1. januar 2022. Afdelingens sygefravær var 5,5 dage i halvåret.'
			)
		).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'short_term', 'level', 4],
			['Borgerservice', '1. halvår 2022', 'total', 'level', 5.5]
		]);
	});

	it('keeps a level said before "landsgennemsnittet … på 11,3 dage", and leaves the average its own figure', () => {
		expect(
			rows(
				'Med 12,4 sygedage pr. fuldtidsansat ligger Albertslund Kommune fortsat over landsgennemsnittet for kommunerne på 11,3 dage.'
			)
		).toEqual([['Albertslund Kommune', '1. halvår 2022', 'total', 'level', 12.4]]);
	});

	it('reads "Her blev det … til 0,7 dage" after barns sygedag is named as barns sygedag', () => {
		expect(
			rows(
				'Barns 1. og 2. sygedag er ikke medregnet i tallene ovenfor. Her blev det til 0,7 dage pr. fuldtidsansat.'
			)
		).toEqual([['Albertslund Kommune', '1. halvår 2022', 'child_sick', 'level', 0.7]]);
	});

	it('reads no figure from "Det har været størst i Dagtilbud med 3,1 dage" after a sentence on covid-19 absence', () => {
		expect(
			rows(
				'Covid-19-fraværet er dermed faldet med 0,7 dage. Det har været størst i Dagtilbud med 3,1 dage pr. medarbejder.'
			)
		).toEqual([]);
	});

	it('reads "langtidsfraværet med 6,3 dage er uændret" as a level with no change, and "(2022: 11,0)" as last year\'s level', () => {
		expect(
			rows(
				'Korttidsfraværet er faldet med 0,3 dage, mens langtidsfraværet med 6,3 dage er uændret i forhold til året før.'
			)
		).toEqual(
			expect.arrayContaining([
				['Albertslund Kommune', '1. halvår 2022', 'long_term', 'level', 6.3],
				['Albertslund Kommune', '1. halvår 2022', 'long_term', 'change', 0]
			])
		);
		expect(rows('Borgerservice havde 9,8 sygedage pr. medarbejder (2021: 11,0).')).toEqual([
			['Borgerservice', '1. halvår 2022', 'total', 'level', 9.8],
			['Borgerservice', '1. halvår 2021', 'total', 'level', 11],
			['Borgerservice', '1. halvår 2022', 'total', 'change', -1.2]
		]);
	});

	it('gives "Det er lavere end i samme kvartal sidste år" the department and measure of the level it points back to', () => {
		expect(
			rows('I Dagtilbud lå fraværet på 4,4 dage. Det er lavere end i samme halvår sidste år.')
		).toEqual([
			['Dagtilbud', '1. halvår 2022', 'total', 'level', 4.4],
			['Dagtilbud', '1. halvår 2022', 'total', 'change', null]
		]);
	});

	it('reads no period row from "den tilsvarende rullende opgørelse for de 12 måneder før"', () => {
		expect(
			rows(
				'Den tilsvarende rullende opgørelse for de 12 måneder før, juli 2020 til og med juni 2021, viste 11,8 dage.'
			)
		).toEqual([]);
	});

	it('gives each figure after "henholdsvis" its own change word ("et fald i korttidsfraværet og en stigning i langtidsfraværet")', () => {
		expect(
			rows(
				'Ændringen dækker over et fald i korttidsfraværet og en stigning i langtidsfraværet på henholdsvis 0,5 og 0,1 dag.'
			)
		).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'short_term', 'change', -0.5],
			['Albertslund Kommune', '1. halvår 2022', 'long_term', 'change', 0.1]
		]);
	});

	it('reads "Dagtilbud 7,1 dage (+0,3); … Drift & Service 10,3 dage (uændret)" as each department\'s level and change', () => {
		expect(
			rows(
				'Fordelt på afdelinger (ændring i forhold til 1. halvår 2021 i parentes): Dagtilbud 7,1 dage (+0,3); Skoler & Uddannelse 5,0 dage (-0,4); Drift & Service 10,3 dage (uændret).'
			)
		).toEqual(
			expect.arrayContaining([
				['Dagtilbud', '1. halvår 2022', 'total', 'change', 0.3],
				['Skoler & Uddannelse', '1. halvår 2022', 'total', 'level', 5],
				['Skoler & Uddannelse', '1. halvår 2022', 'total', 'change', -0.4],
				['Drift & Service', '1. halvår 2022', 'total', 'change', 0]
			])
		);
		expect(
			(
				rows(
					'Fordelt på afdelinger (ændring i forhold til 1. halvår 2021 i parentes): Dagtilbud 7,1 dage (+0,3); Skoler & Uddannelse 5,0 dage (-0,4); Drift & Service 10,3 dage (uændret).'
				) as unknown[][]
			).filter((r) => r[3] === 'change' && r[4] === 5)
		).toEqual([]);
	});

	it('gives "Afdelingen oplyser, at fraværet ligger på samme niveau …" the department named before, not the last level', () => {
		expect(
			rows(
				'Sygefraværet var 5,7 dage.\n\nFor By & Miljø er tallene ikke opgjort særskilt. Afdelingen oplyser, at fraværet ligger på samme niveau som i 1. halvår 2021.'
			)
		).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'total', 'level', 5.7],
			['By & Miljø', '1. halvår 2022', 'total', 'change', null]
		]);
	});

	it('reads "3,4 sygedage (3,3 dage i 1. halvår 2021) på korttidsfravær" as korttid for both halves', () => {
		expect(
			rows(
				'Sygefraværet fordeler sig med 3,4 sygedage (3,3 dage i 1. halvår 2021) på korttidsfravær.'
			)
		).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'short_term', 'level', 3.4],
			['Albertslund Kommune', '1. halvår 2021', 'short_term', 'level', 3.3],
			['Albertslund Kommune', '1. halvår 2022', 'short_term', 'change', 0.1]
		]);
	});

	it('reads "er gået lidt ned" as down, "kurset … á 2 dage" as no figure, and "Drift & Service er uændret, mens … stigning i sygefraværet"', () => {
		expect(
			rows(
				'Korttidsfraværet er gået lidt ned. Der udbydes 3 hold af kurset "Den svære samtale" á 2 dage.'
			)
		).toEqual([['Albertslund Kommune', '1. halvår 2022', 'short_term', 'change', null]]);
		expect(
			rows('Drift & Service er uændret, mens Økonomi & Stab har en mindre stigning i sygefraværet.')
		).toEqual([
			['Drift & Service', '1. halvår 2022', 'total', 'change', null],
			['Økonomi & Stab', '1. halvår 2022', 'total', 'change', null]
		]);
	});

	it('reads a change column written with arrows ("↑ 0,4", "↓ 0,2", "→ 0,0")', () => {
		expect(
			(
				rows(
					'Afdeling\tSygefravær 1. halvår 2022\tUdvikling\nDagtilbud\t15,2\t↑ 0,4\nSkoler & Uddannelse\t11,9\t↓ 0,2\nBy & Miljø\t8,4\t→ 0,0'
				) as unknown[][]
			).filter((r) => r[3] === 'change')
		).toEqual([
			['Dagtilbud', '1. halvår 2022', 'total', 'change', 0.4],
			['Skoler & Uddannelse', '1. halvår 2022', 'total', 'change', -0.2],
			['By & Miljø', '1. halvår 2022', 'total', 'change', 0]
		]);
	});

	it('gives an area named alone the department named before it ("- Område Syd: 9,8 dage", "Her er …, mens Område Syd …")', () => {
		expect(
			rows(
				'- Pleje & Omsorg i alt: 10,6 dage\n  - Pleje & Omsorg, Område Nord: 11,4 dage\n  - Område Syd: 9,8 dage\n\nI Pleje & Omsorg er det Område Nord, der trækker fraværet op. Her er sygefraværet steget med 0,7 dag i forhold til 1. halvår 2021, mens Område Syd ligger på samme niveau som i 1. halvår 2021.'
			)
		).toEqual(
			expect.arrayContaining([
				['Pleje & Omsorg', '1. halvår 2022', 'total', 'level', 10.6],
				['Pleje & Omsorg, Område Nord', '1. halvår 2022', 'total', 'level', 11.4],
				['Pleje & Omsorg, Område Syd', '1. halvår 2022', 'total', 'level', 9.8],
				['Pleje & Omsorg, Område Nord', '1. halvår 2022', 'total', 'change', 0.7],
				['Pleje & Omsorg, Område Syd', '1. halvår 2022', 'total', 'change', 0]
			])
		);
		expect(rows('Område Syd har 9,8 dage.')).toEqual([]);
	});

	it('reads label lines with their unit ("Langtidsfravær: 3,0 dage" over "Barns 1. og 2. sygedag: 0,5 dage") each on its own', () => {
		expect(
			rows(
				'Tallene ser således ud:\n\nKorttidsfravær: 4,1 dage\nLangtidsfravær: 3,0 dage\nBarns 1. og 2. sygedag: 0,5 dage'
			)
		).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'short_term', 'level', 4.1],
			['Albertslund Kommune', '1. halvår 2022', 'long_term', 'level', 3],
			['Albertslund Kommune', '1. halvår 2022', 'child_sick', 'level', 0.5]
		]);
	});

	it('gives "Begge tal … henholdsvis 0,3 og 0,4 dage" the periods of the two levels before, a trailing period to figures listed with "og", and no measure to a definition in brackets', () => {
		expect(
			rows(
				'I 2. kvartal 2022 havde en medarbejder 3,1 sygedage, og for hele 1. halvår 2022 var tallet 6,4 sygedage. Begge tal er lavere end i de tilsvarende perioder i 2021, idet fraværet er faldet med henholdsvis 0,3 og 0,4 dage.',
				'Sygefravær i 2. kvartal og 1. halvår 2022'
			)
		).toEqual(
			expect.arrayContaining([
				['Albertslund Kommune', '2. kvartal 2022', 'total', 'change', -0.3],
				['Albertslund Kommune', '1. halvår 2022', 'total', 'change', -0.4]
			])
		);
		expect(
			rows(
				'Korttidsfraværet (fravær på under 30 dage) udgjorde 3,5 dage og langtidsfraværet (fravær på 30 dage og derover) 2,9 dage i 1. halvår 2022.',
				'Sygefravær i 2. kvartal og 1. halvår 2022'
			)
		).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'short_term', 'level', 3.5],
			['Albertslund Kommune', '1. halvår 2022', 'long_term', 'level', 2.9]
		]);
	});

	it('reads a table\'s "Dage pr. fuldtidsansat" column beside a percentage column as the item\'s levels', () => {
		expect(
			rows(
				'Afdeling                        Sygefraværsprocent      Dage pr. fuldtidsansat\nDagtilbud                       6,8                     8,6\nSkoler & Uddannelse             4,3                     5,4'
			)
		).toEqual([
			['Dagtilbud', '1. halvår 2022', 'total', 'level', 8.6],
			['Skoler & Uddannelse', '1. halvår 2022', 'total', 'level', 5.4]
		]);
	});

	it('gives a paragraph led by a department\'s label in capitals ("SOCIAL & FAMILIE: …") that department, named in its own case', () => {
		expect(
			rows(
				'SOCIAL & FAMILIE: Afdelingen blev sammenlagt pr. 1. april. Ledelsen vurderer, at fraværet er faldende i forhold til samme periode sidste år.'
			)
		).toEqual([['Social & Familie', '1. halvår 2022', 'total', 'change', null]]);
	});

	it('reads "Korttidsfraværet udgør 58 pct. af det samlede fravær, svarende til 5,5 dage" as korttid', () => {
		expect(
			rows('Korttidsfraværet udgør 58 pct. af det samlede fravær, svarende til 5,5 dage.')
		).toEqual([['Albertslund Kommune', '1. halvår 2022', 'short_term', 'level', 5.5]]);
	});

	it('does not let a period inside ", som i … ," lead the figure after it', () => {
		expect(
			rows('Dagtilbud, som i 1. halvår 2021 havde det højeste fravær, ligger nu på 3,8 dage.')
		).toEqual([['Dagtilbud', '1. halvår 2022', 'total', 'level', 3.8]]);
	});

	it('reads "Nedgangen på 0,6 dage skal ses i lyset af …" as a change, and "±0,0 dage" as none', () => {
		expect(rows('Nedgangen på 0,6 dage skal ses i lyset af hjemmearbejdet.')).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'total', 'change', -0.6]
		]);
		expect(rows('Social & Familie: ±0,0 dage i forhold til 1. halvår 2021')).toEqual([
			['Social & Familie', '1. halvår 2022', 'total', 'change', 0]
		]);
	});
});

describe('extractSickLeave: phrasings from minutes written blind (fixtures 163–180)', () => {
	it('keeps a change word in its own clause of a sentence cut by semicolons', () => {
		expect(
			rows(
				'Korttidsfraværet var 3,6 dage og uændret; langtidsfraværet var 2,6 dage, et fald på 0,4 dage.'
			)
		).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'short_term', 'level', 3.6],
			['Albertslund Kommune', '1. halvår 2022', 'short_term', 'change', 0],
			['Albertslund Kommune', '1. halvår 2022', 'long_term', 'level', 2.6],
			['Albertslund Kommune', '1. halvår 2022', 'long_term', 'change', -0.4],
			['Albertslund Kommune', '1. halvår 2021', 'short_term', 'level', 3.6],
			['Albertslund Kommune', '1. halvår 2021', 'long_term', 'level', 3]
		]);
	});

	it('gives each department the direction said just before it ("steget i A og faldet i B")', () => {
		const x = extractMinutes(
			'REFERAT Chefforum d. 15-11-2022\nPunkt 1: CF - Sygefraværsstatistik 1. halvår 2022\nSagsfremstilling\nBarns sygedag udgjorde 0,5 dage; fraværet er steget i Social & Familie og faldet i Drift & Service.\n',
			'x'
		);
		expect(
			x.ok
				? x.records.sick_leave.filter((r) => r.kind === 'change').map((r) => [r.scope, r.direction])
				: x.reason
		).toEqual([
			['Social & Familie', 'up'],
			['Drift & Service', 'down']
		]);
	});

	it('reads "I samme periode af 2021 var sygefraværet 5,6 dage" as that period\'s level', () => {
		expect(
			rows(
				'Sygefraværet er opgjort til 5,1 dage. I samme periode af 2021 var sygefraværet 5,6 dage.'
			)
		).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'total', 'level', 5.1],
			['Albertslund Kommune', '1. halvår 2021', 'total', 'level', 5.6],
			['Albertslund Kommune', '1. halvår 2022', 'total', 'change', -0.5]
		]);
	});

	it('reads a series of quarters ("1. kvartal 3,1, 2. kvartal 2,6 og 3. kvartal 2,4 dage") and keeps later directions on the item\'s period', () => {
		expect(
			rows(
				'Hver for sig var fraværet 1. kvartal 3,1, 2. kvartal 2,6 og 3. kvartal 2,4 dage. Det er især langtidsfraværet, der er gået ned.',
				'Sygefravær 1.-3. kvartal 2022'
			)
		).toEqual([
			['Albertslund Kommune', '1. kvartal 2022', 'total', 'level', 3.1],
			['Albertslund Kommune', '2. kvartal 2022', 'total', 'level', 2.6],
			['Albertslund Kommune', '3. kvartal 2022', 'total', 'level', 2.4],
			['Albertslund Kommune', '1.–3. kvartal 2022', 'long_term', 'change', null]
		]);
	});
});

describe('extractSickLeave: phrasings from blind-written minutes (J)', () => {
	const own = (text: string): unknown => {
		const all = rows(text) as unknown[][];
		return all.filter((r) => r[1] === '1. halvår 2022');
	};

	it('reads "en tilbagegang på 0,5 dage" as a fall', () => {
		expect(
			own(
				'Korttidsfraværet udgør 3,4 dage – en tilbagegang på 0,5 dage i forhold til samme halvår sidste år.'
			)
		).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'short_term', 'level', 3.4],
			['Albertslund Kommune', '1. halvår 2022', 'short_term', 'change', -0.5]
		]);
	});

	it('reads "er på 2,3 dage og dermed en smule lavere end i 1. halvår 2021" as a level and a fall', () => {
		expect(
			own('Langtidsfraværet er på 2,3 dage og dermed en smule lavere end i 1. halvår 2021.')
		).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'long_term', 'level', 2.3],
			['Albertslund Kommune', '1. halvår 2022', 'long_term', 'change', null]
		]);
		// Not when compared with the national average.
		expect(own('Fraværet er på 5,3 dage og dermed lavere end landsgennemsnittet.')).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'total', 'level', 5.3]
		]);
	});

	it('reads the level in "ligger 0,3 dage højere end i 1. halvår 2021 og har nu 8,1 dage"', () => {
		expect(
			own(
				'Pleje & Omsorg ligger 0,3 dage højere end i 1. halvår 2021 og har nu 8,1 dage i gennemsnit.'
			)
		).toEqual([
			['Pleje & Omsorg', '1. halvår 2022', 'total', 'change', 0.3],
			['Pleje & Omsorg', '1. halvår 2022', 'total', 'level', 8.1]
		]);
	});

	it('gives a figure said of "A og B … begge" or "Både A og B" to both departments', () => {
		expect(
			own('Social & Familie og Miljø & Teknik har begge 0,2 dage færre end i 1. halvår 2021.')
		).toEqual([
			['Miljø & Teknik', '1. halvår 2022', 'total', 'change', -0.2],
			['Social & Familie', '1. halvår 2022', 'total', 'change', -0.2]
		]);
		expect(own('Både Dagtilbud og Drift & Service ligger på 6,2 dage.')).toEqual([
			['Drift & Service', '1. halvår 2022', 'total', 'level', 6.2],
			['Dagtilbud', '1. halvår 2022', 'total', 'level', 6.2]
		]);
	});

	it('reads "Af de 7,4 dage er de 4,6 dage korttidsfravær" as the department\'s own', () => {
		expect(
			own('Dagtilbud ligger på 7,4 dage. Af de 7,4 dage er de 4,6 dage korttidsfravær.')
		).toEqual([
			['Dagtilbud', '1. halvår 2022', 'total', 'level', 7.4],
			['Dagtilbud', '1. halvår 2022', 'short_term', 'level', 4.6]
		]);
	});
});

describe('extractSickLeave and targets: phrasings from blind-written minutes (M)', () => {
	it('reads "Begge er lavere end i 1. halvår 2021, hvor de var henholdsvis 3,7 og 2,3 dage" for the measures said before', () => {
		const got = rows(
			'Korttidsfraværet udgør 3,5 dage og langtidsfraværet 2,1 dage. Begge er lavere end i 1. halvår 2021, hvor de var henholdsvis 3,7 og 2,3 dage.'
		) as unknown[][];
		expect(got.filter((r) => r[1] === '1. halvår 2021')).toEqual([
			['Albertslund Kommune', '1. halvår 2021', 'short_term', 'level', 3.7],
			['Albertslund Kommune', '1. halvår 2021', 'long_term', 'level', 2.3]
		]);
	});

	it('reads two targets in one sentence joined by "ligesom"', () => {
		const x = extractMinutes(
			'REFERAT Chefforum d. 04-09-2019\nPunkt 1: CF - Sygefravær 1. halvår 2019\nBeslutning\nDelmålet for Pleje & Omsorg på højst 17,5 dage for hele 2019 blev fastholdt, ligesom målsætningen om, at kommunens sygefravær højst må ligge på landsgennemsnittet, blev fastholdt.\n',
			'x'
		);
		expect(
			x.ok ? x.records.sick_leave_targets.map((t) => [t.scope, t.target, t.value]) : x.reason
		).toEqual([
			['Albertslund Kommune', 'national_average', null],
			['Pleje & Omsorg', 'fixed', 17.5]
		]);
	});
});

describe('extractSickLeave: a quarter and a half-year side by side (TCG 2012, written blind)', () => {
	const both = (text: string): unknown => {
		const x = extractMinutes(
			`REFERAT Tværgående chefgruppe d. 29-08-2012\nPunkt 1: TCG - Sygefravær 2. kvartal og 1. halvår 2012\nBaggrund\n${text}\n`,
			'x'
		);
		return x.ok
			? x.records.sick_leave.map((r) => [r.scope, r.period_label, r.measure, r.kind, r.value])
			: x.reason;
	};

	it('reads "i kvartalet" and "i halvåret" as the title\'s quarter and half-year, a list after "henholdsvis" too', () => {
		expect(
			both(
				'Korttidsfraværet udgjorde 1,6 dage i kvartalet og 3,7 dage i halvåret, mens langtidsfraværet var på henholdsvis 1,1 og 2,4 dage.'
			)
		).toEqual([
			['Albertslund Kommune', '2. kvartal 2012', 'short_term', 'level', 1.6],
			['Albertslund Kommune', '1. halvår 2012', 'short_term', 'level', 3.7],
			['Albertslund Kommune', '2. kvartal 2012', 'long_term', 'level', 1.1],
			['Albertslund Kommune', '1. halvår 2012', 'long_term', 'level', 2.4]
		]);
	});

	it('reads "mod henholdsvis 2,9 og 6,3 dage i de samme perioder i 2011" as last year\'s levels of both periods', () => {
		expect(
			both(
				'I 2. kvartal 2012 var sygefraværet 2,7 dage og for 1. halvår 2012 samlet 6,1 dage, mod henholdsvis 2,9 og 6,3 dage i de samme perioder i 2011.'
			)
		).toEqual([
			['Albertslund Kommune', '2. kvartal 2012', 'total', 'level', 2.7],
			['Albertslund Kommune', '1. halvår 2012', 'total', 'level', 6.1],
			['Albertslund Kommune', '2. kvartal 2011', 'total', 'level', 2.9],
			['Albertslund Kommune', '1. halvår 2011', 'total', 'level', 6.3],
			['Albertslund Kommune', '2. kvartal 2012', 'total', 'change', -0.2],
			['Albertslund Kommune', '1. halvår 2012', 'total', 'change', -0.2]
		]);
	});

	it('reads a forvaltning at the start of a sentence, "i kvartalet på …", and a change "i begge tilfælde"', () => {
		expect(
			both(
				'Børne- og Ungeforvaltningen ligger i kvartalet på 2,5 dage og i halvåret på 5,8 dage, i begge tilfælde 0,1 dag over sidste år.'
			)
		).toEqual([
			['Børne- og Ungeforvaltningen', '2. kvartal 2012', 'total', 'level', 2.5],
			['Børne- og Ungeforvaltningen', '1. halvår 2012', 'total', 'level', 5.8],
			['Børne- og Ungeforvaltningen', '1. halvår 2012', 'total', 'change', 0.1],
			['Børne- og Ungeforvaltningen', '2. kvartal 2012', 'total', 'change', 0.1],
			['Børne- og Ungeforvaltningen', '1. halvår 2011', 'total', 'level', 5.7],
			['Børne- og Ungeforvaltningen', '2. kvartal 2011', 'total', 'level', 2.4]
		]);
	});

	it('reads "steget både i 2. kvartal og i 1. halvår" for both periods, and no figure from "af halvårets 6,1 dage"', () => {
		expect(
			both('I Miljø- og Teknikforvaltningen er fraværet steget både i 2. kvartal og i 1. halvår.')
		).toEqual([
			['Miljø- og Teknikforvaltningen', '2. kvartal 2012', 'total', 'change', null],
			['Miljø- og Teknikforvaltningen', '1. halvår 2012', 'total', 'change', null]
		]);
		expect(both('Alene januar–marts 2012 stod for 3,4 af halvårets 6,1 dage.')).toEqual([]);
	});
});

describe('extractSickLeave: phrasings from blind-written minutes (N)', () => {
	it('reads an "Ændring" column beside one period\'s measures as the change against the year before, "÷" a minus', () => {
		const got = rows(
			'Afdeling\tKorttidsfravær\tLangtidsfravær\tI alt\tÆndring\nDagtilbud\t4,6\t3,0\t7,6\t÷0,4\nSkoler & Uddannelse\t3,4\t1,8\t5,2\t+0,3'
		) as unknown[][];
		expect(got.filter((r) => r[3] === 'change')).toEqual([
			['Dagtilbud', '1. halvår 2022', 'total', 'change', -0.4],
			['Skoler & Uddannelse', '1. halvår 2022', 'total', 'change', 0.3]
		]);
	});

	it('reads "0,0" in a change column that names the period compared with as no change, not that period\'s level', () => {
		expect(
			rows(
				'Afdeling\tDage 1. halvår 2022\tÆndring i dage ift. 1. halvår 2021\nBy & Miljø\t2,0\t0,0\nDagtilbud\t3,5\t-0,6'
			)
		).toEqual([
			['By & Miljø', '1. halvår 2022', 'total', 'change', 0],
			['By & Miljø', '1. halvår 2022', 'total', 'level', 2],
			['Dagtilbud', '1. halvår 2022', 'total', 'change', -0.6],
			['Dagtilbud', '1. halvår 2022', 'total', 'level', 3.5],
			['By & Miljø', '1. halvår 2021', 'total', 'level', 2],
			['Dagtilbud', '1. halvår 2021', 'total', 'level', 4.1]
		]);
	});

	it('reads the figure of a relative clause ", som med 1,2 dage … ligger 0,2 dag højere" as a level, not the rise before it', () => {
		expect(
			rows(
				'Den samlede stigning skyldes langtidsfraværet, som med 1,2 dage pr. medarbejder ligger 0,2 dag højere end i samme halvår sidste år.'
			)
		).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'long_term', 'level', 1.2],
			['Albertslund Kommune', '1. halvår 2022', 'long_term', 'change', 0.2],
			['Albertslund Kommune', '1. halvår 2021', 'long_term', 'level', 1]
		]);
	});

	it('reads "Den udgør 0,4 dage" as the measure the sentence before named', () => {
		expect(
			rows(
				'Barns 1. og 2. sygedag indgår ikke i tallene ovenfor. Den udgør 0,4 dage pr. medarbejder mod 0,5 dage i 1. halvår 2021.'
			)
		).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'child_sick', 'level', 0.4],
			['Albertslund Kommune', '1. halvår 2021', 'child_sick', 'level', 0.5],
			['Albertslund Kommune', '1. halvår 2022', 'child_sick', 'change', -0.1]
		]);
	});

	it('reads "som er steget til 6,1 dage" as a level and a rise, and "har præcis det samme fravær som" as no change', () => {
		expect(rows('Stigningen skyldes korttidsfraværet, som er steget til 6,1 dage.')).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'short_term', 'level', 6.1],
			['Albertslund Kommune', '1. halvår 2022', 'short_term', 'change', null]
		]);
		expect(
			rows(
				'Dagtilbud ligger på 13,2 dage. Dagtilbud har præcis det samme fravær som i 1. halvår 2021.'
			)
		).toContainEqual(['Dagtilbud', '1. halvår 2022', 'total', 'change', 0]);
	});

	it('reads "lavere end året før, både i 4. kvartal og for hele året" for both periods', () => {
		expect(
			rows(
				'I Skoler & Uddannelse er fraværet lavere end året før, både i 4. kvartal og for hele året.',
				'Sygefravær 4. kvartal og hele 2021'
			)
		).toEqual([
			['Skoler & Uddannelse', '4. kvartal 2021', 'total', 'change', null],
			['Skoler & Uddannelse', 'hele året 2021', 'total', 'change', null]
		]);
	});
});

describe('extractSickLeave: phrasings from blind-written minutes (Q)', () => {
	it('reads "5,2 dg.", "0.6 dage, lidt mindre end året før" and "0,7 dg. - samme som i 2021"', () => {
		expect(rows('Korttidsfraværet udgør 5,2 dg. og langtidsfraværet 3,7 dg.')).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'short_term', 'level', 5.2],
			['Albertslund Kommune', '1. halvår 2022', 'long_term', 'level', 3.7]
		]);
		expect(rows('Barns 1. og 2. sygedag udgjorde 0.6 dage, lidt mindre end året før.')).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'child_sick', 'level', 0.6],
			['Albertslund Kommune', '1. halvår 2022', 'child_sick', 'change', null]
		]);
		expect(rows('- barns 1. og 2. sygedag: 0,7 dg. - samme som i 1. halvår 2021')).toContainEqual([
			'Albertslund Kommune',
			'1. halvår 2022',
			'child_sick',
			'change',
			0
		]);
	});
});

describe('extractSickLeave and targets: phrasings from blind-written minutes (S)', () => {
	it('reads a sentence list "Dagtilbud 11,2 (-0,4), Skoler & Uddannelse 8,1 (+0,2), …" with changes in brackets', () => {
		const got = rows(
			'Fordelt på afdelinger var sygefraværet (ændringen i parentes): Dagtilbud 11,2 (-0,4), Skoler & Uddannelse 8,1 (+0,2), Pleje & Omsorg 15,9 (0,0).'
		) as unknown[][];
		expect(got.filter((r) => r[1] === '1. halvår 2022')).toEqual([
			['Dagtilbud', '1. halvår 2022', 'total', 'level', 11.2],
			['Dagtilbud', '1. halvår 2022', 'total', 'change', -0.4],
			['Skoler & Uddannelse', '1. halvår 2022', 'total', 'level', 8.1],
			['Skoler & Uddannelse', '1. halvår 2022', 'total', 'change', 0.2],
			['Pleje & Omsorg', '1. halvår 2022', 'total', 'level', 15.9],
			['Pleje & Omsorg', '1. halvår 2022', 'total', 'change', 0]
		]);
	});

	it('reads "mod 5,9 dage pr. årsværk i 1. halvår 2021", "0,2 dage, som i 1. halvår 2021" and "har en stigning"', () => {
		expect(
			rows(
				'Sygefraværet var 5,6 dage pr. fuldtidsstilling mod 5,9 dage pr. årsværk i 1. halvår 2021.'
			)
		).toContainEqual(['Albertslund Kommune', '1. halvår 2021', 'total', 'level', 5.9]);
		expect(rows('Barn syg (1. og 2. dag) udgør 0,2 dage, som i 1. halvår 2021.')).toContainEqual([
			'Albertslund Kommune',
			'1. halvår 2022',
			'child_sick',
			'change',
			0
		]);
		expect(rows('Også Drift & Service har en stigning.')).toEqual([
			['Drift & Service', '1. halvår 2022', 'total', 'change', null]
		]);
	});

	it('reads the targets "skal under 11 dage" and "nedbringe sit fravær med mindst 1 dag"', () => {
		const x = extractMinutes(
			'REFERAT Chefforum d. 06-03-2019\nPunkt 1: CF - Sygefravær 2018\nBeslutning\nChefforum besluttede, at sygefraværet i 2019 skal under 11 dage, og at Pleje & Omsorg skal nedbringe sit fravær med mindst 1 dag.\n',
			'x'
		);
		expect(
			x.ok ? x.records.sick_leave_targets.map((t) => [t.scope, t.rule, t.value]) : x.reason
		).toEqual([
			['Albertslund Kommune', 'at_most', 11],
			['Pleje & Omsorg', 'reduce_by', 1]
		]);
	});
});

describe('extractSickLeave: "De udgør …" after the measure it refers back to (T)', () => {
	it('reads "Barns 1. og 2. sygedag … De udgør 0,2 dage (1. halvår 2021: 0,2 dage)" as child sick days', () => {
		expect(
			rows(
				'Barns 1. og 2. sygedag er opgjort for sig. De udgør 0,2 dage pr. medarbejder (1. halvår 2021: 0,2 dage).'
			)
		).toContainEqual(['Albertslund Kommune', '1. halvår 2021', 'child_sick', 'level', 0.2]);
	});
});

describe('extractSickLeave: the Danish of minutes written blind (fixtures 302 and 304)', () => {
	const title = 'Sygefravær 1. halvår 2022';

	it('reads "har nøjagtig samme fravær som sidste år" as no change', () => {
		expect(rows('Dagtilbud har nøjagtig samme fravær som sidste år.', title)).toEqual([
			['Dagtilbud', '1. halvår 2022', 'total', 'change', null]
		]);
	});

	it('takes no period from the year of a record ("det højeste siden 2008")', () => {
		expect(
			rows(
				'Fraværet er 9,5 dage mod 9,1 dage i 1. halvår 2021. Det er en stigning på 0,4 dage og det højeste siden 2008.',
				title
			)
		).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'total', 'level', 9.5],
			['Albertslund Kommune', '1. halvår 2021', 'total', 'level', 9.1],
			['Albertslund Kommune', '1. halvår 2022', 'total', 'change', 0.4]
		]);
	});

	it('gives figures under a measure subheading that name none that measure', () => {
		expect(
			rows(
				'Langtidsfravær\n\nFor hele kommunen er det 2,6 dage. Pleje & Omsorg ligger højest med 4,9 dage.',
				title
			)
		).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'long_term', 'level', 2.6],
			['Pleje & Omsorg', '1. halvår 2022', 'long_term', 'level', 4.9]
		]);
	});

	it('does not take the measure a sentence compares with ("end for korttidsfraværet:")', () => {
		expect(
			rows(
				'Langtidsfraværet er 2,6 dage. Her ser billedet anderledes ud end for korttidsfraværet: Dagtilbud ligger højest med 4,9 dage.',
				title
			)
		).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'long_term', 'level', 2.6],
			['Dagtilbud', '1. halvår 2022', 'long_term', 'level', 4.9]
		]);
	});

	it('gives both departments the figure of "…, mens A og B begge har 2,1 dage"', () => {
		expect(
			rows(
				'Pleje & Omsorg ligger højest med 4,9 dage, derefter kommer Social & Familie med 3,8 dage og Dagtilbud med 3,3 dage, mens Skoler & Uddannelse og Drift & Service begge har 2,1 dage.',
				title
			)
		).toEqual([
			['Pleje & Omsorg', '1. halvår 2022', 'total', 'level', 4.9],
			['Social & Familie', '1. halvår 2022', 'total', 'level', 3.8],
			['Dagtilbud', '1. halvår 2022', 'total', 'level', 3.3],
			['Drift & Service', '1. halvår 2022', 'total', 'level', 2.1],
			['Skoler & Uddannelse', '1. halvår 2022', 'total', 'level', 2.1]
		]);
	});

	it('gives a measure named after a department\'s figures ("De udgjorde …") the municipality', () => {
		expect(
			rows(
				'Drift & Service har 4,2 dage.\n\nBarns 1. og 2. sygedag er ikke medregnet ovenfor. De udgjorde 0,5 dage pr. fuldtidsansat.',
				title
			)
		).toEqual([
			['Drift & Service', '1. halvår 2022', 'total', 'level', 4.2],
			['Albertslund Kommune', '1. halvår 2022', 'child_sick', 'level', 0.5]
		]);
	});

	it('keeps the corrected figure of a "Rettelse" in the Beslutning, not the one it corrects', () => {
		expect(
			rows(
				'Langtidsfraværet i Social & Familie er 3,8 dage.\n\nBeslutning\n\nRettelse: Langtidsfraværet i Social & Familie er 3,4 dage og ikke 3,8 dage som anført i sagsfremstillingen.',
				title
			)
		).toEqual([['Social & Familie', '1. halvår 2022', 'long_term', 'level', 3.4]]);
	});
});

describe('extractSickLeave: a Word list saved as text (written blind, AK)', () => {
	it('reads bullets indented by tabs as a list, each department over its own sub-bullets', () => {
		expect(
			rows(
				'For afdelingerne er tallene:\n\t•\tDagtilbud\n\t\to\t15,2 dage\n\t\to\t0,7 dage færre end året før\n\t•\tSkoler & Uddannelse\n\t\to\t9,4 dage\n',
				'Sygefravær for hele 2022'
			)
		).toEqual([
			['Dagtilbud', 'hele året 2022', 'total', 'level', 15.2],
			['Dagtilbud', 'hele året 2022', 'total', 'change', -0.7],
			['Skoler & Uddannelse', 'hele året 2022', 'total', 'level', 9.4],
			['Dagtilbud', 'hele året 2021', 'total', 'level', 15.9]
		]);
	});
});

describe('extractSickLeave: a rolling year under its own subheading (written blind, AN)', () => {
	it('states nothing under "De seneste fire kvartaler", and the quarter under its heading', () => {
		expect(
			rows(
				'De seneste fire kvartaler\n\nSet over perioden havde medarbejderne i gennemsnit 11,3 sygedage.\n\n3. kvartal 2018\n\nFraværet var 2,6 dage.',
				'Sygefraværsstatistik for 3. kvartal 2018'
			)
		).toEqual([['Albertslund Kommune', '3. kvartal 2018', 'total', 'level', 2.6]]);
	});
});

describe("extractSickLeave: the old organisation's centres (written blind, AM)", () => {
	it('reads "Center for Ledelse og Personale" as a unit with its figures', () => {
		expect(
			rows('• Center for Ledelse og Personale: 2,9 dage', 'Sygefravær 1. halvår 2013')
		).toEqual([['Center for Ledelse og Personale', '1. halvår 2013', 'total', 'level', 2.9]]);
	});
});

describe('extractSickLeave: periods said in another clause or sentence (written blind, AM)', () => {
	const title = 'Sygefravær 1. halvår 2021';

	it('keeps last year\'s span in its own clause ("…, mens langtidsfraværet faldt … til 2,4 dage")', () => {
		expect(
			rows(
				'Korttidsfraværet lå på 3,2 dage og er dermed på niveau med samme halvår sidste år, mens langtidsfraværet faldt med 0,3 dage til 2,4 dage.',
				title
			)
		).toEqual([
			['Albertslund Kommune', '1. halvår 2021', 'short_term', 'level', 3.2],
			['Albertslund Kommune', '1. halvår 2021', 'short_term', 'change', 0],
			['Albertslund Kommune', '1. halvår 2021', 'long_term', 'change', -0.3],
			['Albertslund Kommune', '1. halvår 2021', 'long_term', 'level', 2.4],
			['Albertslund Kommune', '1. halvår 2020', 'short_term', 'level', 3.2],
			['Albertslund Kommune', '1. halvår 2020', 'long_term', 'level', 2.7]
		]);
	});

	it('takes the period of the sentence before for "Her var …"', () => {
		expect(
			rows(
				'Det seneste landstal gælder hele 2020. Her var fraværet i landets kommuner 10,6 dage, mens Albertslund Kommune endte på 11,3 dage.',
				title
			)
		).toEqual([['Albertslund Kommune', 'hele året 2020', 'total', 'level', 11.3]]);
	});
});

describe('extractSickLeave: "for et år siden" (written blind, AQ)', () => {
	it('reads "en anelse lavere end for et år siden, hvor det lå på 1,3 dage" as last year\'s level', () => {
		expect(
			rows(
				'Langtidsfraværet er med 1,2 dage en anelse lavere end for et år siden, hvor det lå på 1,3 dage.',
				'Sygefravær 1. kvartal 2020'
			)
		).toEqual([
			['Albertslund Kommune', '1. kvartal 2020', 'long_term', 'level', 1.2],
			['Albertslund Kommune', '1. kvartal 2019', 'long_term', 'level', 1.3],
			['Albertslund Kommune', '1. kvartal 2020', 'long_term', 'change', -0.1]
		]);
	});
});

describe('extractSickLeave: figures in brackets after each unit (written blind, AO)', () => {
	const title = 'Sygefravær 2009';

	it('reads "(10,8 dage mod 11,5 dage)" as two levels, though a fall was said before', () => {
		expect(rows('Fraværet faldt i Teknisk Forvaltning (10,8 dage mod 11,5 dage).', title)).toEqual([
			['Teknisk Forvaltning', 'hele året 2009', 'total', 'level', 10.8],
			['Teknisk Forvaltning', 'hele året 2008', 'total', 'level', 11.5],
			['Teknisk Forvaltning', 'hele året 2009', 'total', 'change', -0.7]
		]);
	});

	it('reads the figure in brackets after a name as its level, in a clause of its own', () => {
		expect(
			rows(
				'I Kultur- og Fritidsforvaltningen (8,9 dage, et fald på 0,2 dag) er der tale om en forbedring, mens fraværet i Direktionssekretariatet (4,4 dage, samme niveau som i 2008) ligger stille. Borgerservice (7,7 dage) er med for første gang.',
				title
			)
		).toContainEqual(['Direktionssekretariatet', 'hele året 2009', 'total', 'level', 4.4]);
		expect(rows('Borgerservice (7,7 dage) er med for første gang.', title)).toEqual([
			['Borgerservice', 'hele året 2009', 'total', 'level', 7.7]
		]);
		expect(rows('Kursusdage (1,5 dage pr. medarbejder) indgår ikke.', title)).not.toContainEqual(
			expect.arrayContaining(['Kursusdage'])
		);
	});
});

describe('extractSickLeave: where a fall lies (written blind, AT)', () => {
	it('reads "Faldet ligger i korttidsfraværet" as short-term absence going down', () => {
		expect(
			rows(
				'Faldet ligger i korttidsfraværet, mens langtidsfraværet er steget lidt.',
				'Sygefravær 2022'
			)
		).toEqual([
			['Albertslund Kommune', 'hele året 2022', 'short_term', 'change', null],
			['Albertslund Kommune', 'hele året 2022', 'long_term', 'change', null]
		]);
	});
});

describe('extractSickLeave: the Danish minus and "på samme tidspunkt sidste år" (written blind, AS)', () => {
	const title = 'Sygefravær 1.-3. kvartal 2026';

	it('reads "(÷0,3 dage)" as a fall', () => {
		expect(rows('Social & Familie: 6,8 dage (÷0,3 dage).', title)).toEqual([
			['Social & Familie', '1.–3. kvartal 2026', 'total', 'level', 6.8],
			['Social & Familie', '1.–3. kvartal 2026', 'total', 'change', -0.3],
			['Social & Familie', '1.–3. kvartal 2025', 'total', 'level', 7.1]
		]);
	});

	it('compares with "på samme tidspunkt sidste år", not reports it', () => {
		expect(
			rows(
				'Sygefraværet er 8,4 dage, og det er 0,5 dage færre end på samme tidspunkt sidste år.',
				title
			)
		).toEqual([
			['Albertslund Kommune', '1.–3. kvartal 2026', 'total', 'level', 8.4],
			['Albertslund Kommune', '1.–3. kvartal 2026', 'total', 'change', -0.5],
			['Albertslund Kommune', '1.–3. kvartal 2025', 'total', 'level', 8.9]
		]);
	});
});

describe('extractSickLeave: a change in per cent (written blind, AS)', () => {
	it('reads "hvilket er 4 pct. mere end sidste år" as a rise with no value in days', () => {
		expect(
			rows(
				'Skoler & Uddannelse: 7,3 dage, hvilket er 4 pct. mere end sidste år.',
				'Sygefravær 1.-3. kvartal 2026'
			)
		).toEqual([
			['Skoler & Uddannelse', '1.–3. kvartal 2026', 'total', 'change', null],
			['Skoler & Uddannelse', '1.–3. kvartal 2026', 'total', 'level', 7.3]
		]);
	});
});

describe("extractSickLeave: last year's figures in brackets (written blind, AR)", () => {
	it('reads "(9,2)" as last year\'s level when the item says the brackets hold it', () => {
		expect(
			rows(
				'Tallene for samme periode i 2015 står i parentes.\n• Dagtilbud: 11,9 dage pr. fuldtidsstilling (12,8)\n',
				'Sygefravær 1.-3. kvartal 2016'
			)
		).toEqual([
			['Dagtilbud', '1.–3. kvartal 2016', 'total', 'level', 11.9],
			['Dagtilbud', '1.–3. kvartal 2015', 'total', 'level', 12.8],
			['Dagtilbud', '1.–3. kvartal 2016', 'total', 'change', -0.9]
		]);
		expect(
			rows('• Dagtilbud: 11,9 dage pr. fuldtidsstilling (12,8)\n', 'Sygefravær 1.-3. kvartal 2016')
		).toEqual([['Dagtilbud', '1.–3. kvartal 2016', 'total', 'level', 11.9]]);
	});
});

describe('extractSickLeave: TCG minutes of 2011–2012 written blind (AU)', () => {
	const t = 'Sygefravær 1.-3. kvartal 2012';

	it('gives "her" in the middle of a sentence the department the sentence before named', () => {
		expect(
			rows(
				'Børne- og Ungeforvaltningen har nedbragt fraværet til 7,0 dage. Barns første sygedag fylder mest her med 0,5 dage.',
				t
			)
		).toEqual([
			['Børne- og Ungeforvaltningen', '1.–3. kvartal 2012', 'total', 'level', 7],
			['Børne- og Ungeforvaltningen', '1.–3. kvartal 2012', 'child_sick', 'level', 0.5]
		]);
	});

	it('reads "i fjor" as last year: "lavere end i 3. kvt. i fjor", "ligger som i fjor på 8,7 dage"', () => {
		expect(
			rows(
				'Tager man 3. kvt. 2012 for sig, var fraværet 3,0 dage, hvilket er 0,2 dage lavere end i 3. kvt. i fjor.',
				t
			)
		).toEqual([
			['Albertslund Kommune', '3. kvartal 2012', 'total', 'level', 3],
			['Albertslund Kommune', '3. kvartal 2012', 'total', 'change', -0.2],
			['Albertslund Kommune', '3. kvartal 2011', 'total', 'level', 3.2]
		]);
		expect(rows('Miljø- og Teknikforvaltningen ligger som i fjor på 8,7 dage.', t)).toEqual([
			['Miljø- og Teknikforvaltningen', '1.–3. kvartal 2012', 'total', 'level', 8.7],
			['Miljø- og Teknikforvaltningen', '1.–3. kvartal 2012', 'total', 'change', 0],
			['Miljø- og Teknikforvaltningen', '1.–3. kvartal 2011', 'total', 'level', 8.7]
		]);
	});

	it('reads "første gang siden 2009" as no period, and "den eneste forvaltning, hvor fraværet er steget" of that one', () => {
		expect(
			rows(
				'Fraværet var 9,1 dage mod 9,5 dage i samme periode i fjor. Det er første gang siden 2009, at fraværet er gået ned.',
				t
			)
		).toEqual([
			['Albertslund Kommune', '1.–3. kvartal 2012', 'total', 'level', 9.1],
			['Albertslund Kommune', '1.–3. kvartal 2011', 'total', 'level', 9.5],
			['Albertslund Kommune', '1.–3. kvartal 2012', 'total', 'change', -0.4]
		]);
		expect(
			rows(
				'Kultur- og Fritidsforvaltningen er den eneste forvaltning, hvor fraværet er steget i forhold til i fjor.',
				t
			)
		).toEqual([['Kultur- og Fritidsforvaltningen', '1.–3. kvartal 2012', 'total', 'change', null]]);
	});
});

describe('extractSickLeave: a quarterly report in two-column PDF text (written blind, AU)', () => {
	const t = 'Sygefravær 1.-3. kvartal 2022';

	it('reads a table set in two columns side by side, and a footnote mark as no part of a name', () => {
		expect(
			rows(
				'Afdeling               2021     2022     Afdeling                   2021     2022\nDagtilbud              12,1     11,2     Drift & Service            10,4      9,6\nSkoler & Uddannelse     7,0      7,4     Organisation & Politik*       -      3,8\n',
				t
			)
		).toEqual([
			['Dagtilbud', '1.–3. kvartal 2021', 'total', 'level', 12.1],
			['Dagtilbud', '1.–3. kvartal 2022', 'total', 'level', 11.2],
			['Skoler & Uddannelse', '1.–3. kvartal 2021', 'total', 'level', 7],
			['Skoler & Uddannelse', '1.–3. kvartal 2022', 'total', 'level', 7.4],
			['Drift & Service', '1.–3. kvartal 2021', 'total', 'level', 10.4],
			['Drift & Service', '1.–3. kvartal 2022', 'total', 'level', 9.6],
			['Organisation & Politik', '1.–3. kvartal 2022', 'total', 'level', 3.8],
			['Dagtilbud', '1.–3. kvartal 2022', 'total', 'change', -0.9],
			['Skoler & Uddannelse', '1.–3. kvartal 2022', 'total', 'change', 0.4],
			['Drift & Service', '1.–3. kvartal 2022', 'total', 'change', -0.8]
		]);
	});

	it('gives a list after the verb its direction: "steget i A, B og C, mens D ligger på samme niveau"', () => {
		const directions = (text: string): unknown => {
			const x = extractMinutes(
				`REFERAT Chefforum d. 15-11-2022\nPunkt 1: CF - ${t}\nSagsfremstilling\n${text}\n`,
				'x'
			);
			return x.ok && x.records.sick_leave.map((r) => [r.scope, r.direction]);
		};
		expect(
			directions(
				'Omvendt er fraværet steget i Skoler & Uddannelse, Miljø & Teknik, Kultur, Fritid & Forebyggende Sundhed og HR & Organisationsudvikling, mens Social & Familie ligger præcis på samme niveau som sidste år.'
			)
		).toEqual([
			['Skoler & Uddannelse', 'up'],
			['Miljø & Teknik', 'up'],
			['Kultur, Fritid & Forebyggende Sundhed', 'up'],
			['HR & Organisationsudvikling', 'up'],
			['Social & Familie', 'flat']
		]);
	});

	it('reads "de tilsvarende tal 4,8 og 3,9 dage" and "udgjorde de 0,4 dage" as the measures named before', () => {
		expect(
			rows(
				'Korttidsfraværet udgør 4,6 dage og langtidsfraværet 3,7 dage. I 1.-3. kvt. 2021 var de tilsvarende tal 4,8 og 3,9 dage.',
				t
			)
		).toEqual([
			['Albertslund Kommune', '1.–3. kvartal 2022', 'short_term', 'level', 4.6],
			['Albertslund Kommune', '1.–3. kvartal 2022', 'long_term', 'level', 3.7],
			['Albertslund Kommune', '1.–3. kvartal 2021', 'short_term', 'level', 4.8],
			['Albertslund Kommune', '1.–3. kvartal 2021', 'long_term', 'level', 3.9],
			['Albertslund Kommune', '1.–3. kvartal 2022', 'short_term', 'change', -0.2],
			['Albertslund Kommune', '1.–3. kvartal 2022', 'long_term', 'change', -0.2]
		]);
		expect(
			rows(
				'Barns 1. og 2. sygedag indgår ikke i tallene ovenfor. I årets første ni måneder udgjorde de 0,4 dage, hvilket er uændret.',
				t
			)
		).toEqual([
			['Albertslund Kommune', '1.–3. kvartal 2022', 'child_sick', 'level', 0.4],
			['Albertslund Kommune', '1.–3. kvartal 2022', 'child_sick', 'change', 0],
			['Albertslund Kommune', '1.–3. kvartal 2021', 'child_sick', 'level', 0.4]
		]);
	});
});

describe('extractSickLeave: terse bullets and what the figures went to (written blind, BC/BD)', () => {
	it('reads bullets of bare numbers under "…, dage pr. fuldtidsansat (2018 i parentes):"', () => {
		expect(
			rows(
				'Hovedtal for hele 2019, dage pr. fuldtidsansat (2018 i parentes):\n\n• Sygefravær i alt: 11,6 (12,1)\n• Langtid, over 30 kalenderdage: 5,3 – ned 0,5\n\nAfdelinger:\n\n• Dagtilbud: 13,2 dage.\n• Social & Familie: fald, men fortsat over kommunens gennemsnit.\n',
				'Sygefravær 2019'
			)
		).toEqual([
			['Albertslund Kommune', 'hele året 2019', 'total', 'level', 11.6],
			['Albertslund Kommune', 'hele året 2018', 'total', 'level', 12.1],
			['Albertslund Kommune', 'hele året 2019', 'long_term', 'level', 5.3],
			['Albertslund Kommune', 'hele året 2019', 'long_term', 'change', -0.5],
			['Dagtilbud', 'hele året 2019', 'total', 'level', 13.2],
			['Social & Familie', 'hele året 2019', 'total', 'change', null],
			['Albertslund Kommune', 'hele året 2018', 'long_term', 'level', 5.8],
			['Albertslund Kommune', 'hele året 2019', 'total', 'change', -0.5]
		]);
	});

	it('reads "gik 0,2 dage til barns 1. og 2. sygedag" as barns sygedag', () => {
		expect(rows('Af det samlede fravær gik 0,2 dage til barns 1. og 2. sygedag.')).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'child_sick', 'level', 0.2]
		]);
	});
});

describe('extractSickLeave: measures named after their figures (written blind, BD)', () => {
	it('reads "henholdsvis 3,3 og 2,5 dage korttids- og langtidsfravær" in the order named after', () => {
		expect(
			rows('Af de 5,8 dage var henholdsvis 3,3 og 2,5 dage korttids- og langtidsfravær.')
		).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'short_term', 'level', 3.3],
			['Albertslund Kommune', '1. halvår 2022', 'long_term', 'level', 2.5]
		]);
	});

	it('reads "lavere end sidste år – langtidsfraværet med 0,3 dage" as a fall of 0,3', () => {
		expect(
			rows('Langtidsfraværet er lavere end sidste år – langtidsfraværet med 0,3 dage.')
		).toEqual([['Albertslund Kommune', '1. halvår 2022', 'long_term', 'change', -0.3]]);
	});
});

describe('extractSickLeave: a covid year (written blind, BD)', () => {
	const t = 'Sygefravær 1.-3. kvartal 2021';
	const at = (text: string): unknown => {
		const x = extractMinutes(
			`REFERAT Chefforum d. 24-11-2021\nPunkt 1: CF - ${t}\nSagsfremstilling\n${text}\n`,
			'x'
		);
		return x.ok && x.records.sick_leave.map((r) => [r.scope, r.measure, r.kind, r.value]);
	};

	it('reads no sick leave from a table of covid absence said not to count', () => {
		expect(
			at(
				'**Covid-19-relateret fravær**\n\n| Afdeling | 1.-3. kvt. 2020 | 1.-3. kvt. 2021 |\n|---|---:|---:|\n| Dagtilbud | 4,1 | 2,2 |\n| Hele kommunen | 2,6 | 1,3 |\n\n*Indgår ikke i sygefraværet.*\n'
			)
		).toEqual([]);
	});

	it('reads two lists in one sentence, each against the measures named first', () => {
		expect(
			at(
				'Korttidsfraværet og langtidsfraværet udgør henholdsvis 5,0 og 3,9 dage, hvilket er henholdsvis 0,6 og 0,1 dag mere end i samme periode sidste år.'
			)
		).toEqual([
			['Albertslund Kommune', 'short_term', 'level', 5],
			['Albertslund Kommune', 'long_term', 'level', 3.9],
			['Albertslund Kommune', 'short_term', 'change', 0.6],
			['Albertslund Kommune', 'long_term', 'change', 0.1],
			['Albertslund Kommune', 'short_term', 'level', 4.4],
			['Albertslund Kommune', 'long_term', 'level', 3.8]
		]);
	});

	it('reads "Med 3,1 dage har Økonomi & Stab …" and "I A og i B er fraværet på niveau med sidste år"', () => {
		expect(
			at(
				'Med 3,1 dage har Økonomi & Stab fortsat kommunens laveste fravær. I Drift & Service og i Borgere & Arbejdsmarked er fraværet på niveau med sidste år.'
			)
		).toEqual([
			['Økonomi & Stab', 'total', 'level', 3.1],
			['Drift & Service', 'total', 'change', null],
			['Borgere & Arbejdsmarked', 'total', 'change', null]
		]);
	});
});

describe('extractSickLeave: "på nøjagtig samme niveau" (written blind, BJ)', () => {
	it('reads "…, mens korttidsfraværet ligger på nøjagtig samme niveau som …" as flat', () => {
		expect(
			rows(
				'Langtidsfraværet er 0,2 dage lavere end i samme halvår sidste år, mens korttidsfraværet ligger på nøjagtig samme niveau som i 1. halvår 2021.'
			)
		).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'short_term', 'change', null],
			['Albertslund Kommune', '1. halvår 2022', 'long_term', 'change', -0.2]
		]);
	});
});

describe('extractSickLeave: what the days were spent on (written blind, BG)', () => {
	it('reads "brugt 0,7 dage pr. fuldtidsansat på barns 1. og 2. sygedag" as barns sygedag', () => {
		expect(
			rows(
				'Barns 1. og 2. sygedag er ikke medregnet ovenfor. I gennemsnit blev der brugt 0,7 dage pr. fuldtidsansat på barns 1. og 2. sygedag.'
			)
		).toEqual([['Albertslund Kommune', '1. halvår 2022', 'child_sick', 'level', 0.7]]);
	});
});

describe('extractSickLeave: two years, two quarters, other comparisons (written blind, CE)', () => {
	const rowsOf = (sentence: string, title: string): unknown => rows(sentence, title);
	it('gives a bare year listed after a whole year the whole year too', () => {
		expect(
			rowsOf(
				'Det samlede sygefravær for hele 2013 og 2012 var på henholdsvis 11,8 og 12,4 dage pr. medarbejder.',
				'Sygefraværsstatistik for 4. kvartal og hele 2013'
			)
		).toEqual([
			['Albertslund Kommune', 'hele året 2013', 'total', 'level', 11.8],
			['Albertslund Kommune', 'hele året 2012', 'total', 'level', 12.4],
			['Albertslund Kommune', 'hele året 2013', 'total', 'change', -0.6]
		]);
	});

	it('reads "var fraværet i 4. kvartal 2013 højere end i samme kvartal året før" as a rise of that quarter', () => {
		const x = extractMinutes(
			'REFERAT Chefforum d. 13-03-2014\nPunkt 1: CF - Sygefravær 2013\nSagsfremstilling\nI Dagtilbud var fraværet i 4. kvartal 2013 højere end i samme kvartal året før.\n',
			'x'
		);
		expect(
			x.ok
				? x.records.sick_leave.map((r) => [r.scope, r.period_label, r.direction, r.compared_start])
				: x.reason
		).toEqual([['Dagtilbud', '4. kvartal 2013', 'up', '2012-10-01']]);
	});

	it('records no change for a comparison with other quarters of the year or other departments', () => {
		expect(
			rowsOf(
				'I Social & Familie er fraværet i 3. kvartal højere end i årets to første kvartaler. Dagtilbud ligger lavere end de øvrige afdelinger.',
				'Sygefravær 1.-3. kvartal 2022'
			)
		).toEqual([]);
		expect(
			rowsOf(
				'I Dagtilbud er fraværet i 3. kvartal lavere end i 2. kvartal.',
				'Sygefravær 3. kvartal 2022'
			)
		).toEqual([]);
	});
});

describe('extractSickLeave: a table of one year and its change', () => {
	it('reads "Afdeling | 2023 | Ændring" as levels and changes against 2022, with the 2022 levels derived', () => {
		const x = extractMinutes(
			'REFERAT Chefforum d. 14-03-2024\nPunkt 1: CF - Sygefravær 2023\nSagsfremstilling\nAfdeling\t2023\tÆndring\nDagtilbud\t14,2\t-0,6\nPleje & Omsorg\t17,9\t+0,4\n',
			'x'
		);
		expect(
			x.ok
				? x.records.sick_leave.map((r) => [r.scope, r.period_start, r.kind, r.value, r.derived])
				: x.reason
		).toEqual([
			['Dagtilbud', '2023-01-01', 'change', -0.6, false],
			['Dagtilbud', '2023-01-01', 'level', 14.2, false],
			['Pleje & Omsorg', '2023-01-01', 'change', 0.4, false],
			['Pleje & Omsorg', '2023-01-01', 'level', 17.9, false],
			['Dagtilbud', '2022-01-01', 'level', 14.8, true],
			['Pleje & Omsorg', '2022-01-01', 'level', 17.5, true]
		]);
	});
});

describe('extractSickLeave: changes and levels said around each other (written blind, CK, CF, CJ)', () => {
	const whole2014 = (text: string): unknown => rows(text, 'Sygefraværsstatistik for hele 2014');
	it('reads "den eneste af de fire afdelinger, hvor … er steget" and then "Stigningen udgør 1,3 dage"', () => {
		expect(
			whole2014(
				'Pleje & Omsorg er den eneste af de fire afdelinger, hvor det samlede fravær for hele året er steget. Stigningen udgør 1,3 dage i forhold til 2013.'
			)
		).toEqual([['Pleje & Omsorg', 'hele året 2014', 'total', 'change', 1.3]]);
	});

	it('reads a direction with a period between its verb and participle', () => {
		expect(
			whole2014(
				'I Dagtilbud og Drift & Service er det samlede fravær for hele året faldet i forhold til 2013.'
			)
		).toEqual([
			['Dagtilbud', 'hele året 2014', 'total', 'change', null],
			['Drift & Service', 'hele året 2014', 'total', 'change', null]
		]);
	});

	it('reads "havde et sygefravær på 5,1 dage" as a level though the sentence opens with "Stigningen"', () => {
		expect(
			rows(
				'Stigningen i Dagtilbud er især sket i 2. kvartal, hvor afdelingen havde et sygefravær på 5,1 dage pr. medarbejder mod 4,5 dage i 2. kvartal 2021.',
				'Sygefravær 2. kvartal 2022'
			)
		).toEqual([
			['Dagtilbud', '2. kvartal 2022', 'total', 'level', 5.1],
			['Dagtilbud', '2. kvartal 2021', 'total', 'level', 4.5],
			['Dagtilbud', '2. kvartal 2022', 'total', 'change', 0.6]
		]);
	});

	it('reads "gået 0,1 dag op." as a rise', () => {
		expect(whole2014('Langtidsfraværet er til gengæld gået 0,1 dag op.')).toEqual([
			['Albertslund Kommune', 'hele året 2014', 'long_term', 'change', 0.1]
		]);
	});

	it('reads the unit "opgjort i fraværsdage pr. årsværk" as no measure, and "Antal dage med …: 0,3"', () => {
		expect(
			whole2014(
				'Korttidsfraværet, opgjort i fraværsdage pr. årsværk, var 6,2 i 2014 og 6,5 i 2013. Antal dage med barns 1. og 2. sygedag pr. fuldtidsstilling: 0,3.'
			)
		).toEqual([
			['Albertslund Kommune', 'hele året 2014', 'short_term', 'level', 6.2],
			['Albertslund Kommune', 'hele året 2013', 'short_term', 'level', 6.5],
			['Albertslund Kommune', 'hele året 2014', 'child_sick', 'level', 0.3],
			['Albertslund Kommune', 'hele året 2014', 'short_term', 'change', -0.3]
		]);
	});
});

describe('extractSickLeave: per cent converted to days, units joined by "og", speakers (written blind, CL, CO, CQ)', () => {
	it('reads "steget med 0,1 procentpoint, hvilket svarer til 0,3 dage" as a rise of 0,3 days', () => {
		expect(
			rows(
				'Langtidsfraværet er derimod steget med 0,1 procentpoint, hvilket svarer til 0,3 dage pr. fuldtidsansat. Sygefraværsprocenten var 4,8 %, svarende til 10,9 dage pr. fuldtidsansat.',
				'Sygefravær 2019'
			)
		).toEqual([
			['Albertslund Kommune', 'hele året 2019', 'long_term', 'change', 0.3],
			['Albertslund Kommune', 'hele året 2019', 'total', 'level', 10.9]
		]);
	});

	it('reads "By & Miljø og Borgerservice har et stigende sygefravær" as a rise in both', () => {
		expect(rows('Også By & Miljø og Borgerservice har et stigende sygefravær.')).toEqual([
			['By & Miljø', '1. halvår 2022', 'total', 'change', null],
			['Borgerservice', '1. halvår 2022', 'total', 'change', null]
		]);
	});

	it("does not take the department a speaker comes from as the figure's scope", () => {
		expect(
			rows(
				'Mette Vestergaard fra HR & Organisationsudvikling supplerede: Barns 1. og 2. sygedag udgjorde i gennemsnit 0,3 dag pr. medarbejder.'
			)
		).toEqual([['Albertslund Kommune', '1. halvår 2022', 'child_sick', 'level', 0.3]]);
	});

	it('reads a sick-leave figure given in passing under Evt., and marks the item', () => {
		const x = extractMinutes(
			'REFERAT Chefforum d. 10-05-2017\nPunkt 1: CF - Evt.\nBeslutning\nBarns 1. og 2. sygedag udgjorde i første kvartal 2017 i gennemsnit 0,3 dag pr. medarbejder.\n',
			'x'
		);
		expect(
			x.ok
				? [x.items[0]?.kpi_topic, x.records.sick_leave.map((r) => [r.measure, r.value])]
				: x.reason
		).toEqual(['sick_leave', [['child_sick', 0.3]]]);
	});
});

describe('extractSickLeave: pairs, lists of periods and labelled bullets (written blind, CR, CU)', () => {
	it('reads "(2,4 mod 2,6 dage)" after "i 1. kvt. 2022 er lavere end i 4. kvt. 2021" in the order named', () => {
		expect(
			rows(
				'I By & Miljø er fraværet i 1. kvt. 2022 lavere end i 4. kvt. 2021 (2,4 mod 2,6 dage).',
				'Sygefraværsstatistik 1. kvt. 2022'
			)
		).toEqual([
			['By & Miljø', '1. kvartal 2022', 'total', 'level', 2.4],
			['By & Miljø', '4. kvartal 2021', 'total', 'level', 2.6]
		]);
	});

	it('reads "var i 2018 for 2. halvår og hele året henholdsvis 6,1 og 11,9 dage"', () => {
		expect(
			rows(
				'Sygefraværet var i 2018 for 2. halvår og hele året henholdsvis 6,1 og 11,9 dage pr. medarbejder.',
				'Sygefravær 2. halvår og hele 2018'
			)
		).toEqual([
			['Albertslund Kommune', '2. halvår 2018', 'total', 'level', 6.1],
			['Albertslund Kommune', 'hele året 2018', 'total', 'level', 11.9]
		]);
	});

	it('gives the rest of a bullet the department of its label', () => {
		expect(
			rows(
				'- Pleje & Omsorg: 17,3 dage. Fraværet er steget i forhold til samme halvår sidste år.\n- Dagtilbud: 12,1 dage'
			)
		).toEqual([
			['Pleje & Omsorg', '1. halvår 2022', 'total', 'level', 17.3],
			['Pleje & Omsorg', '1. halvår 2022', 'total', 'change', null],
			['Dagtilbud', '1. halvår 2022', 'total', 'level', 12.1]
		]);
	});

	it('reads ", og 3,2 dage langtidsfravær" after a change as a level', () => {
		expect(
			rows(
				'Fraværet fordeler sig med 3,7 dage korttidsfravær, hvilket er 0,3 dag lavere end i 1. halvår 2021, og 3,2 dage langtidsfravær, som ligger 0,2 dag under niveauet sidste år.'
			)
		).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'short_term', 'level', 3.7],
			['Albertslund Kommune', '1. halvår 2022', 'short_term', 'change', -0.3],
			['Albertslund Kommune', '1. halvår 2022', 'long_term', 'level', 3.2],
			['Albertslund Kommune', '1. halvår 2022', 'long_term', 'change', -0.2],
			['Albertslund Kommune', '1. halvår 2021', 'short_term', 'level', 4],
			['Albertslund Kommune', '1. halvår 2021', 'long_term', 'level', 3.4]
		]);
	});
});

describe('extractSickLeave: rolling years beside calendar periods, and comparisons named otherwise (written blind, CX, CAA, CAC)', () => {
	it('reads the item by the calendar period its title names beside a rolling year, and a whole year under the rolling heading', () => {
		expect(
			rows(
				'Rullende år\nFor de seneste 12 måneder har kommunen haft et sygefravær på 13,7 dage. Til sammenligning endte sygefraværet for hele 2023 på 13,5 dage.\n\n1.-3. kvartal 2024\nSer man alene på januar-september 2024, er sygefraværet 9,8 dage.',
				'Sygefravær de seneste 12 måneder og 1.-3. kvartal 2024'
			)
		).toEqual([
			['Albertslund Kommune', 'hele året 2023', 'total', 'level', 13.5],
			['Albertslund Kommune', '1.–3. kvartal 2024', 'total', 'level', 9.8]
		]);
	});

	it('gives "7,9 dage i Drift & Service" the department right after it, "mellem" or not', () => {
		expect(rows('Fraværet ligger mellem 4,1 og 16,8 dage i afdelingerne.')).toEqual([]);
		expect(
			rows('Fraværet ligger mellem 4,2 dage i Økonomi & Stab og 7,9 dage i Drift & Service.')
		).toEqual([
			['Økonomi & Stab', '1. halvår 2022', 'total', 'level', 4.2],
			['Drift & Service', '1. halvår 2022', 'total', 'level', 7.9]
		]);
	});

	it('reads Borgerservice as a department and "ses en mindre stigning" as a rise', () => {
		expect(
			rows(
				'Borgerservice ligger med 4,6 dage på samme niveau som sidste år. For Kultur & Fritid ses en mindre stigning.'
			)
		).toEqual([
			['Borgerservice', '1. halvår 2022', 'total', 'level', 4.6],
			['Borgerservice', '1. halvår 2022', 'total', 'change', 0],
			['Kultur & Fritid', '1. halvår 2022', 'total', 'change', null],
			['Borgerservice', '1. halvår 2021', 'total', 'level', 4.6]
		]);
	});

	it('records no change against 2019 for "Sammenlignet med 2019 er niveauet 0,4 dag højere"', () => {
		const x = extractMinutes(
			'REFERAT Chefforum d. 23-02-2022\nPunkt 1: CF - Sygefravær 2021\nSagsfremstilling\nSygefraværet i 2021 var 12,4 dage. Sammenlignet med 2019 er niveauet 0,4 dag højere.\n',
			'x'
		);
		expect(
			x.ok ? x.records.sick_leave.map((r) => [r.period_label, r.kind, r.value]) : x.reason
		).toEqual([['hele året 2021', 'level', 12.4]]);
	});
});

describe('extractSickLeave: breakdowns, "med barns sygedag" and quarter on quarter (written blind, CAD, CAE)', () => {
	it('reads "Det var 0,2 dage lavere" after a breakdown with "heraf" as said of the whole', () => {
		expect(
			rows(
				'Sygefraværet var 3,4 dage, heraf 2,0 dage korttidsfravær og 1,4 dage langtidsfravær. Det var 0,2 dage lavere end i 1. halvår 2021.'
			)
		).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'total', 'level', 3.4],
			['Albertslund Kommune', '1. halvår 2022', 'short_term', 'level', 2],
			['Albertslund Kommune', '1. halvår 2022', 'long_term', 'level', 1.4],
			['Albertslund Kommune', '1. halvår 2022', 'total', 'change', -0.2],
			['Albertslund Kommune', '1. halvår 2021', 'total', 'level', 3.6]
		]);
	});

	it('reads "0,5 dage med barns 1. og 2. sygedag" as barns sygedag', () => {
		expect(rows('Medarbejderne havde i gennemsnit 0,5 dage med barns 1. og 2. sygedag.')).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'child_sick', 'level', 0.5]
		]);
	});

	it('records no direction for "på niveau med" the quarter before', () => {
		expect(
			rows(
				'I By & Miljø er langtidsfraværet steget sammenlignet med 2. kvartal 2021, mens korttidsfraværet er på niveau med 1. kvartal 2022.',
				'Sygefravær 2. kvartal 2022'
			)
		).toEqual([['By & Miljø', '2. kvartal 2022', 'long_term', 'change', null]]);
	});
});

describe('extractSickLeave: a breakdown that opens with "Heraf" (written blind, CZ)', () => {
	it('dates "Heraf var 3,4 dage korttidsfravær" by the level it breaks down', () => {
		expect(
			rows(
				'I første halvår 2022 havde medarbejderne i gennemsnit 6,1 sygedage. Heraf var 3,4 dage korttidsfravær og 2,7 dage langtidsfravær.',
				'Sygefravær 1.-3. kvartal 2022'
			)
		).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'total', 'level', 6.1],
			['Albertslund Kommune', '1. halvår 2022', 'short_term', 'level', 3.4],
			['Albertslund Kommune', '1. halvår 2022', 'long_term', 'level', 2.7]
		]);
	});
});

describe('extractSickLeave: an item whose own statistic is postponed (written blind, 441)', () => {
	const text =
		'Statistikken er endnu ikke klar. Indtil den foreligger, gengives tallene for 1. halvår 2022.\n\nI første halvår 2022 havde medarbejderne i gennemsnit 6,1 sygedage. Det samlede sygefravær lå 0,3 dage højere end i første halvår 2021. Pleje & Omsorg lå højest med 9,2 dage.';

	it('dates the figures it repeats by the period they are said for, not by the title', () => {
		expect(rows(text, 'Sygefravær 1.-3. kvartal 2022 – udskudt')).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'total', 'level', 6.1],
			['Albertslund Kommune', '1. halvår 2022', 'total', 'change', 0.3],
			['Pleje & Omsorg', '1. halvår 2022', 'total', 'level', 9.2],
			['Albertslund Kommune', '1. halvår 2021', 'total', 'level', 5.8]
		]);
	});

	it('knows the statistic is late from the text when the title does not say so', () => {
		expect(rows(text, 'Sygefravær 1.-3. kvartal 2022')).toContainEqual([
			'Pleje & Omsorg',
			'1. halvår 2022',
			'total',
			'level',
			9.2
		]);
	});
});

describe('extractSickLeave: levels of an earlier year named as such (written blind, 448)', () => {
	const title = 'Sygefravær hele 2021';

	it('reads "med 2019 – altså før corona – hvor sygefraværet lå på 12,0 dage" as the 2019 level', () => {
		expect(
			rows(
				'Sygefraværet var 12,4 dage. Sammenlignes i stedet med 2019 – altså før corona – hvor sygefraværet lå på 12,0 dage, er niveauet 0,4 dag højere.',
				title
			)
		).toEqual([
			['Albertslund Kommune', 'hele året 2021', 'total', 'level', 12.4],
			['Albertslund Kommune', 'hele året 2019', 'total', 'level', 12]
		]);
	});

	it('reads "under niveauet fra 2019 på 7,4 dage" as the 2019 level', () => {
		expect(
			rows(
				'Korttidsfraværet endte på 7,1 dage, men stadig under niveauet fra 2019 på 7,4 dage.',
				title
			)
		).toEqual([
			['Albertslund Kommune', 'hele året 2021', 'short_term', 'level', 7.1],
			['Albertslund Kommune', 'hele året 2019', 'short_term', 'level', 7.4]
		]);
	});
});

describe('extractSickLeave: which of two periods in the title the text speaks of (written blind, 479)', () => {
	const title = 'Sygefraværsstatistik for 2. halvår og hele 2018';

	it('follows a sentence without figures that names one of the title periods', () => {
		expect(
			rows(
				'HR forelægger sygefraværet for hele 2018. For kommunen som helhed er sygefraværet steget med 0,3 dag i forhold til 2017.',
				title
			)
		).toEqual([['Albertslund Kommune', 'hele året 2018', 'total', 'change', 0.3]]);
	});

	it('is not moved by a sentence that states a change for a title period', () => {
		expect(
			rows(
				'HR forelægger sygefraværet for hele 2018.\n\nFraværet i 2. halvår 2018 er steget i forhold til samme halvår 2017.\n\nØkonomi & Stab havde 8,1 dage.',
				title
			)
		).toContainEqual(['Økonomi & Stab', 'hele året 2018', 'total', 'level', 8.1]);
	});

	it('dates a table by the period its lead-in line names', () => {
		expect(
			rows(
				'Sygefraværet for hele 2018 fordeler sig sådan på afdelingerne:\n\n| Afdeling | Korttid | Langtid | I alt |\n|---|---|---|---|\n| Dagtilbud | 8,9 | 6,1 | 15,0 |\n',
				title
			)
		).toEqual([
			['Dagtilbud', 'hele året 2018', 'short_term', 'level', 8.9],
			['Dagtilbud', 'hele året 2018', 'long_term', 'level', 6.1],
			['Dagtilbud', 'hele året 2018', 'total', 'level', 15]
		]);
	});

	it('dates a direction by the year after the period it is compared with', () => {
		expect(
			rows(
				'Af de 11,9 dage i 2018 var 7,0 dage korttidsfravær. Sammenlignet med 2. halvår 2017 er langtidsfraværet steget.',
				title
			)
		).toContainEqual(['Albertslund Kommune', '2. halvår 2018', 'long_term', 'change', null]);
	});
});

describe('extractSickLeave: paragraphs about one department (written blind, 466)', () => {
	const title = 'Sygefravær hele 2023';

	it('gives the department a paragraph opens with to the sentences after it', () => {
		expect(
			rows(
				'I Pleje & Omsorg var korttidsfraværet 8,1 dage. Langtidsfraværet var noget højere, nemlig 8,6 dage. Samlet giver det 16,7 dage. Det er et fald i forhold til 2022. Faldet udgør 1,4 dage.',
				title
			)
		).toEqual([
			['Pleje & Omsorg', 'hele året 2023', 'short_term', 'level', 8.1],
			['Pleje & Omsorg', 'hele året 2023', 'long_term', 'level', 8.6],
			['Pleje & Omsorg', 'hele året 2023', 'total', 'level', 16.7],
			['Pleje & Omsorg', 'hele året 2023', 'total', 'change', -1.4],
			['Pleje & Omsorg', 'hele året 2022', 'total', 'level', 18.1]
		]);
	});

	it('does not carry a department that only presents the figures', () => {
		expect(
			rows(
				'HR & Organisationsudvikling fremlægger statistikken. Sygefraværet er gået ned med 0,6 dage og ligger nu på 5,4 dage.',
				title
			)
		).toContainEqual(['Albertslund Kommune', 'hele året 2023', 'total', 'level', 5.4]);
	});

	it('reads one clause of two measures that is "på samme niveau" as flat for its measure', () => {
		expect(
			rows(
				'For Social & Familie lå korttidsfraværet på 5,0 dage og langtidsfraværet på 3,6 dage. Korttidsfraværet er på samme niveau som året før, mens langtidsfraværet er steget.',
				title
			)
		).toEqual([
			['Social & Familie', 'hele året 2023', 'short_term', 'level', 5],
			['Social & Familie', 'hele året 2023', 'long_term', 'level', 3.6],
			['Social & Familie', 'hele året 2023', 'short_term', 'change', 0],
			['Social & Familie', 'hele året 2023', 'long_term', 'change', null],
			['Social & Familie', 'hele året 2022', 'short_term', 'level', 5]
		]);
	});

	it('reads "afdelinger med stigende fravær" as a kind of department, not a change', () => {
		expect(
			rows(
				'Chefforum besluttede, at afdelinger med stigende fravær skulle redegøre for deres indsats.',
				title
			)
		).toEqual([]);
	});
});

describe('extractSickLeave: "i begge forvaltninger" (written blind, 467)', () => {
	const title = 'Sygefravær 1. halvår 2012';
	const named =
		'Børne- og Ungeforvaltningen og Social- og Sundhedsforvaltningen havde et sygefravær på henholdsvis 7,9 og 8,4 dage.';

	it('gives the two departments named before their figures of a "henholdsvis" list', () => {
		expect(
			rows(
				`${named} I begge forvaltninger er fraværet faldet i forhold til 1. halvår 2011, med henholdsvis 0,6 og 0,2 dage.`,
				title
			)
		).toEqual([
			['Børne- og Ungeforvaltningen', '1. halvår 2012', 'total', 'level', 7.9],
			['Social- og Sundhedsforvaltningen', '1. halvår 2012', 'total', 'level', 8.4],
			['Børne- og Ungeforvaltningen', '1. halvår 2012', 'total', 'change', -0.6],
			['Social- og Sundhedsforvaltningen', '1. halvår 2012', 'total', 'change', -0.2],
			['Børne- og Ungeforvaltningen', '1. halvår 2011', 'total', 'level', 8.5],
			['Social- og Sundhedsforvaltningen', '1. halvår 2011', 'total', 'level', 8.6]
		]);
	});

	it('gives a direction said of both to each of them, not to the municipality', () => {
		expect(rows(`${named} I begge forvaltninger er fraværet faldet.`, title)).toEqual([
			['Børne- og Ungeforvaltningen', '1. halvår 2012', 'total', 'level', 7.9],
			['Social- og Sundhedsforvaltningen', '1. halvår 2012', 'total', 'level', 8.4],
			['Børne- og Ungeforvaltningen', '1. halvår 2012', 'total', 'change', null],
			['Social- og Sundhedsforvaltningen', '1. halvår 2012', 'total', 'change', null]
		]);
	});
});

describe('extractSickLeave: key figures as labelled rows, and the quarter after the year (written blind, 476)', () => {
	const title = 'Sygefravær 4. kvt. 2012';

	it('reads rows whose label ends "dage pr. medarbejder:" before the figure, one per line', () => {
		expect(
			rows(
				'Nøgletal for hele kommunen, oktober-december 2012:\n\nSamlet sygefravær, dage pr. medarbejder: 3,1\nHeraf korttidsfravær (under 30 dage), dage pr. medarbejder: 1,8\nBarns 1. og 2. sygedag, dage pr. medarbejder: 0,2',
				title
			)
		).toEqual([
			['Albertslund Kommune', '4. kvartal 2012', 'total', 'level', 3.1],
			['Albertslund Kommune', '4. kvartal 2012', 'short_term', 'level', 1.8],
			['Albertslund Kommune', '4. kvartal 2012', 'child_sick', 'level', 0.2]
		]);
	});

	it('reads "Året før var tallet 11,9." in the unit of the figure before', () => {
		expect(
			rows(
				'Opgjort for hele 2012 var der 11,6 sygedage pr. medarbejder. Året før var tallet 11,9.',
				title
			)
		).toEqual([
			['Albertslund Kommune', 'hele året 2012', 'total', 'level', 11.6],
			['Albertslund Kommune', 'hele året 2011', 'total', 'level', 11.9],
			['Albertslund Kommune', 'hele året 2012', 'total', 'change', -0.3]
		]);
	});

	it('returns to the quarter when its levels are given after the whole year', () => {
		expect(
			rows(
				'Opgjort for hele 2012 var der 11,6 sygedage pr. medarbejder.\n\nFordelt på områder ser 4. kvt. 2012 således ud: 4,6 dage i Dagtilbud og 5,3 dage i Pleje & Omsorg. I Pleje & Omsorg er fraværet steget i forhold til samme kvartal året før.',
				title
			)
		).toContainEqual(['Pleje & Omsorg', '4. kvartal 2012', 'total', 'change', null]);
	});
});

describe('extractSickLeave: department names (written blind, 473, 475)', () => {
	const title = 'Sygefravær hele 2024';

	it('keeps "Kultur, Fritid & Borgerservice" whole, not as Borgerservice', () => {
		expect(rows('Kultur, Fritid & Borgerservice har et fravær på 9,8 dage.', title)).toEqual([
			['Kultur, Fritid & Borgerservice', 'hele året 2024', 'total', 'level', 9.8]
		]);
	});

	it('reads "de kommunale dagtilbud" as institutions, not the department', () => {
		expect(
			rows(
				'I Børn, Unge & Læring er sygefraværet steget. Stigningen ligger primært i de kommunale dagtilbud.',
				title
			)
		).toEqual([['Børn, Unge & Læring', 'hele året 2024', 'total', 'change', null]]);
	});

	it('reads "har et uændret sygefravær" as flat', () => {
		expect(rows('Borgerservice har et uændret sygefravær i forhold til sidste år.', title)).toEqual(
			[['Borgerservice', 'hele året 2024', 'total', 'change', null]]
		);
	});
});

describe('extractSickLeave: changes and targets of a second batch written blind (483, 486, 491)', () => {
	it('dates "Kvartalstallet er 0,3 dage lavere end i 4. kvartal 2020" by the quarter, after the year', () => {
		expect(
			rows(
				'I 4. kvartal var sygefraværet 3,2 dage og for hele året 12,4 dage. Kvartalstallet er 0,3 dage lavere end i 4. kvartal 2020.',
				'Sygefravær 4. kvartal og hele året 2021'
			)
		).toContainEqual(['Albertslund Kommune', '4. kvartal 2021', 'total', 'change', -0.3]);
	});

	it('reads "er gået 0,4 dage tilbage" as a fall', () => {
		expect(rows('Dagtilbud er gået 0,4 dage tilbage.')).toEqual([
			['Dagtilbud', '1. halvår 2022', 'total', 'change', -0.4]
		]);
	});

	it('reads "har til gengæld en stigning" as a direction', () => {
		expect(rows('Skoler & Uddannelse har til gengæld en stigning.')).toEqual([
			['Skoler & Uddannelse', '1. halvår 2022', 'total', 'change', null]
		]);
	});

	it('keeps the level of a clause cut off by "og har dermed" from the goal after it', () => {
		expect(
			rows(
				'Pleje & Omsorg har det højeste fravær med 19,8 dage og har dermed ikke nået delmålet på højst 18,0 dage.'
			)
		).toEqual([['Pleje & Omsorg', '1. halvår 2022', 'total', 'level', 19.8]]);
	});
});

describe('extractSickLeave: bullets under bullets and lists of goals (written blind, 480, 493)', () => {
	const title = 'Sygefraværsstatistik 1.-3. kvartal 2017';

	it('gives a sub-bullet the department of the bullet it is indented under', () => {
		expect(
			rows(
				'Afdelingerne ser således ud:\n\n- Dagtilbud ligger på 10,4 dage. Det er et fald på 0,9 dage.\n  - Korttidsfravær: 5,6 dage\n- Pleje & Omsorg: 14,8 dage.\n  - Langtidsfraværet ligger på 8,7 dage og er fortsat stigende.\n',
				title
			)
		).toEqual([
			['Dagtilbud', '1.–3. kvartal 2017', 'total', 'level', 10.4],
			['Dagtilbud', '1.–3. kvartal 2017', 'total', 'change', -0.9],
			['Dagtilbud', '1.–3. kvartal 2017', 'short_term', 'level', 5.6],
			['Pleje & Omsorg', '1.–3. kvartal 2017', 'total', 'level', 14.8],
			['Pleje & Omsorg', '1.–3. kvartal 2017', 'long_term', 'change', null],
			['Pleje & Omsorg', '1.–3. kvartal 2017', 'long_term', 'level', 8.7],
			['Dagtilbud', '1.–3. kvartal 2016', 'total', 'level', 11.3]
		]);
	});

	it('reads "har et stigende langtidsfravær" as a direction', () => {
		expect(rows('Social & Familie har et stigende langtidsfravær.', title)).toEqual([
			['Social & Familie', '1.–3. kvartal 2017', 'long_term', 'change', null]
		]);
	});

	it('reads no levels from bullets under "følgende måltal …:"', () => {
		expect(
			rows(
				'Chefforum vedtog følgende måltal for hele 2017, opgjort som sygefraværsdage pr. medarbejder:\n\n- Dagtilbud: højst 17,5 dage\n- Skoler & Uddannelse: højst 11,0 dage\n',
				title
			)
		).toEqual([]);
	});
});

describe('extractSickLeave: "Her er …" after a sentence that states a change (written blind, 466)', () => {
	it('dates "Her er nedgangen på 0,5 dage" by the item, not by the year compared with', () => {
		expect(
			rows(
				'Langtidsfraværet udgjorde 5,5 dage. Det er især langtidsfraværet, der er gået ned i forhold til 2022. Her er nedgangen på 0,5 dage.',
				'Sygefravær hele 2023'
			)
		).toEqual([
			['Albertslund Kommune', 'hele året 2023', 'long_term', 'level', 5.5],
			['Albertslund Kommune', 'hele året 2023', 'long_term', 'change', -0.5],
			['Albertslund Kommune', 'hele året 2022', 'long_term', 'level', 6]
		]);
	});
});

describe('extractSickLeave: a clause after a dash (written blind, 576)', () => {
	it('reads "– hvorimod korttidsfraværet ligger på samme niveau" as its own clause', () => {
		expect(
			rows(
				'Korttidsfraværet er 3,4 dage. Det er især langtidsfraværet, der er gået ned – med 0,3 dag i forhold til første halvår sidste år – hvorimod korttidsfraværet ligger på samme niveau som i 1. halvår 2021.'
			)
		).toEqual([
			['Albertslund Kommune', '1. halvår 2022', 'short_term', 'level', 3.4],
			['Albertslund Kommune', '1. halvår 2022', 'short_term', 'change', 0],
			['Albertslund Kommune', '1. halvår 2022', 'long_term', 'change', -0.3],
			['Albertslund Kommune', '1. halvår 2021', 'short_term', 'level', 3.4]
		]);
	});
});

describe('extractSickLeave: phrasings from blind fixtures 585, 596 and 602', () => {
	it('gives a level the period said after "ved opgørelsen af"', () => {
		expect(
			rows(
				'Sygefraværet var 8,7 dage. Til sammenligning lå fraværet på 5,9 fraværsdage pr. medarbejder ved opgørelsen af 1. halvår 2014.',
				'Sygefraværsstatistik 1.-3. kvartal 2014'
			)
		).toEqual([
			['Albertslund Kommune', '1.–3. kvartal 2014', 'total', 'level', 8.7],
			['Albertslund Kommune', '1. halvår 2014', 'total', 'level', 5.9]
		]);
	});

	it('reads "udgjorde de i gennemsnit 0,5 dag" as the measure the sentence before named', () => {
		expect(
			rows(
				'Barns 1. og 2. sygedag indgår ikke i tabellen. For kommunen som helhed udgjorde de i gennemsnit 0,5 dag pr. fuldtidsansat.'
			)
		).toEqual([['Albertslund Kommune', '1. halvår 2022', 'child_sick', 'level', 0.5]]);
	});

	it('derives no level from "én afdeling ligger på samme niveau som sidste år"', () => {
		expect(
			rows(
				'Sygefraværet var 5,9 dage. Fem afdelinger har en stigning, tre har et fald, og én afdeling ligger på samme niveau som sidste år.'
			)
		).toEqual([['Albertslund Kommune', '1. halvår 2022', 'total', 'level', 5.9]]);
	});

	it('reads no change from one quarter to the next ("fra første til andet kvartal … et fald")', () => {
		expect(
			rows(
				'Sygefraværet var 2,7 dage. I 1. kvartal 2015 lå fraværet på 3,2 dage, så fra første til andet kvartal er der tale om et fald på 0,5 dage. Sammenlignet med 2. kvartal 2014 er sygefraværet steget med 0,2 dage.',
				'Sygefravær 2. kvartal 2015'
			)
		).toEqual([
			['Albertslund Kommune', '2. kvartal 2015', 'total', 'level', 2.7],
			['Albertslund Kommune', '1. kvartal 2015', 'total', 'level', 3.2],
			['Albertslund Kommune', '2. kvartal 2015', 'total', 'change', 0.2],
			['Albertslund Kommune', '2. kvartal 2014', 'total', 'level', 2.5]
		]);
	});
});

describe('extractSickLeave: phrasings from blind fixtures 603, 609 and 618', () => {
	it('reads "Dagtilbud: fra 9,1 til 8,4 dage" as last year\'s level and this year\'s', () => {
		expect(rows('- Dagtilbud: fra 9,1 til 8,4 dage', 'Sygefravær 2019')).toEqual([
			['Dagtilbud', 'hele året 2018', 'total', 'level', 9.1],
			['Dagtilbud', 'hele året 2019', 'total', 'level', 8.4],
			['Dagtilbud', 'hele året 2019', 'total', 'change', -0.7]
		]);
	});

	it('does not take the agent of a passive ("følges tæt af HR & Organisationsudvikling") as the scope', () => {
		expect(
			rows(
				'Dagtilbud har nedbragt det samlede fravær, men langtidsfraværet i afdelingen er stigende og følges tæt af HR & Organisationsudvikling.',
				'Sygefravær 2017'
			)
		).toContainEqual(['Dagtilbud', 'hele året 2017', 'long_term', 'change', null]);
	});

	it('dates a change against a bare year by the whole year of a title that names a quarter too', () => {
		const title = 'Sygefravær 4. kvartal og hele 2017';
		expect(
			rows('I Skoler & Uddannelse er sygefraværet steget med 0,7 dage i forhold til 2016.', title)
		).toEqual([['Skoler & Uddannelse', 'hele året 2017', 'total', 'change', 0.7]]);
		expect(
			rows(
				'Dagtilbud har for andet år i træk nedbragt det samlede fravær, men langtidsfraværet i afdelingen er stigende.',
				title
			)
		).toEqual([['Dagtilbud', 'hele året 2017', 'long_term', 'change', null]]);
	});

	it('gives "Her er faldet på 0,5 dage, mens korttidsfraværet …" the measure of the sentence before', () => {
		expect(
			rows(
				'Det er især langtidsfraværet, der er gået ned. Her er faldet på 0,5 fraværsdage, mens korttidsfraværet kun er faldet med 0,1 dag.',
				'Sygefravær 2012'
			)
		).toEqual([
			['Albertslund Kommune', 'hele året 2012', 'long_term', 'change', -0.5],
			['Albertslund Kommune', 'hele året 2012', 'short_term', 'change', -0.1]
		]);
	});
});

describe('extractSickLeave: phrasings from blind fixtures 621, 627 and 630', () => {
	it('gives the paragraphs under a department subheading in capitals that department', () => {
		expect(
			rows(
				'DAGTILBUD\n\nAfdelingen har et sygefravær på 8,4 dage, hvilket er 0,6 dage mindre end i 1. halvår 2021.\n\nPLEJE & OMSORG\n\nDet samlede sygefravær i afdelingen er med 9,7 dage på samme niveau som i første halvår 2021.'
			)
		).toEqual([
			['Dagtilbud', '1. halvår 2022', 'total', 'level', 8.4],
			['Dagtilbud', '1. halvår 2022', 'total', 'change', -0.6],
			['Pleje & Omsorg', '1. halvår 2022', 'total', 'level', 9.7],
			['Pleje & Omsorg', '1. halvår 2022', 'total', 'change', 0],
			['Dagtilbud', '1. halvår 2021', 'total', 'level', 9],
			['Pleje & Omsorg', '1. halvår 2021', 'total', 'level', 9.7]
		]);
	});

	it('starts each bullet afresh: "• Kultur & Fritid ligger på samme niveau" is its whole absence', () => {
		expect(
			rows(
				'- I Pleje & Omsorg er langtidsfraværet stigende.\n- Kultur & Fritid ligger på samme niveau som i 1. halvår 2021.'
			)
		).toEqual([
			['Pleje & Omsorg', '1. halvår 2022', 'long_term', 'change', null],
			['Kultur & Fritid', '1. halvår 2022', 'total', 'change', null]
		]);
	});

	it('reads no change against "de samme måneder i 2018" two years back, and a direction after a level', () => {
		const title = 'Sygefravær 1.-3. kvartal 2020';
		expect(
			rows(
				'Sammenlignet med de samme måneder i 2018 ligger det samlede fravær 0,2 dag lavere.',
				title
			)
		).toEqual([]);
		expect(
			rows(
				'- Skoler & Uddannelse ligger på 7,9 dage og har ligeledes haft en svag stigning.',
				title
			)
		).toEqual([
			['Skoler & Uddannelse', '1.–3. kvartal 2020', 'total', 'change', null],
			['Skoler & Uddannelse', '1.–3. kvartal 2020', 'total', 'level', 7.9]
		]);
	});
});

describe('extractSickLeave: phrasings from blind fixtures 646, 649 and 656', () => {
	it('reads "i både kort- og langtidsfraværet" as both measures', () => {
		expect(rows('Social & Familie har haft en stigning i både kort- og langtidsfraværet.')).toEqual(
			[
				['Social & Familie', '1. halvår 2022', 'short_term', 'change', null],
				['Social & Familie', '1. halvår 2022', 'long_term', 'change', null]
			]
		);
	});

	it('reads no change against the quarter before ("0,4 dage over fraværet i 3. kvartal 2018")', () => {
		expect(
			rows(
				'Fraværet i 4. kvartal 2018 lå 0,4 dage over fraværet i 3. kvartal 2018.',
				'Sygefravær 4. kvartal 2018'
			)
		).toEqual([]);
	});

	it('reads "Social & Familie uændret" in a list of changes set off by semicolons', () => {
		expect(
			rows(
				'Ændringerne i dage pr. medarbejder: Dagtilbud +0,6; Social & Familie uændret; Drift & Service ÷0,9.'
			)
		).toEqual([
			['Social & Familie', '1. halvår 2022', 'total', 'change', null],
			['Dagtilbud', '1. halvår 2022', 'total', 'change', 0.6],
			['Drift & Service', '1. halvår 2022', 'total', 'change', -0.9]
		]);
	});
});

describe('extractSickLeave: phrasings from blind fixtures 657-669', () => {
	const title = 'Sygefravær 1.-3. kvartal 2023';

	it('reads a change column signed with triangles ("▲ 0,3", "▼ 0,2", "► 0,0")', () => {
		expect(
			(
				rows(
					'Kolonnen Ændring viser udviklingen sammenlignet med 1.-3. kvartal 2022.\n\n| Afdeling | 1.-3. kvt. 2023 | Ændring |\n|---|---|---|\n| Dagtilbud | 12,4 | ▼ 0,2 |\n| Skoler & Uddannelse | 9,1 | ▲ 0,3 |\n| By & Miljø | 4,9 | ► 0,0 |',
					title
				) as unknown[][]
			).filter((r) => r[3] === 'change')
		).toEqual([
			['Dagtilbud', '1.–3. kvartal 2023', 'total', 'change', -0.2],
			['Skoler & Uddannelse', '1.–3. kvartal 2023', 'total', 'change', 0.3],
			['By & Miljø', '1.–3. kvartal 2023', 'total', 'change', 0]
		]);
	});

	it('reads "udgør 5,6 af dagene" as a level, and "med 4,2 dage ligger 0,4 dage under" as a level and its change', () => {
		expect(
			rows(
				'Korttidsfraværet udgør 5,6 af dagene, mens langtidsfraværet med 4,2 dage ligger 0,4 dage under niveauet i 1.-3. kvartal 2022.',
				title
			)
		).toEqual([
			['Albertslund Kommune', '1.–3. kvartal 2023', 'short_term', 'level', 5.6],
			['Albertslund Kommune', '1.–3. kvartal 2023', 'long_term', 'level', 4.2],
			['Albertslund Kommune', '1.–3. kvartal 2023', 'long_term', 'change', -0.4],
			['Albertslund Kommune', '1.–3. kvartal 2022', 'long_term', 'level', 4.6]
		]);
	});

	it('reads no change against the quarter before, nor against this year, nor days a week', () => {
		expect(
			rows(
				'Ser man alene på 3. kvartal, ligger fraværet 0,2 dage pr. medarbejder over 2. kvartal 2023. Fraværet i 1.-3. kvartal 2021 lå 1,2 dage højere end i år. Området har fået en HR-konsulent 2 dage om ugen.',
				title
			)
		).toEqual([]);
	});

	it('speaks of the measures of the figures before, not of the measure their cause names, and starts a paragraph afresh', () => {
		expect(
			(
				rows(
					'I Dagtilbud er sygefraværet gået fra 7,1 dage til 7,9 dage, hvilket skyldes enkelte lange sygeforløb. Skoler & Uddannelse ligger på samme niveau som sidste år.\n\nHos Drift & Service ses en stigning i langtidsfraværet.\n\nBorgerservice har samme niveau som sidste år.',
					'Sygefravær 1. halvår 2019'
				) as unknown[][]
			).filter((r) => r[3] === 'change' && r[4] === null)
		).toEqual([
			['Skoler & Uddannelse', '1. halvår 2019', 'total', 'change', null],
			['Drift & Service', '1. halvår 2019', 'long_term', 'change', null],
			['Borgerservice', '1. halvår 2019', 'total', 'change', null]
		]);
	});

	it('reads "Stigningen i Område Vest skyldes primært et stigende langtidsfravær" as a rise in it', () => {
		expect(
			rows(
				'I Pleje & Omsorg er fraværet steget. Stigningen i Område Vest skyldes primært et stigende langtidsfravær.',
				'Sygefravær 1. halvår 2017'
			)
		).toContainEqual([
			'Pleje & Omsorg, Område Vest',
			'1. halvår 2017',
			'long_term',
			'change',
			null
		]);
	});
});

describe('extractSickLeave: scopes from blind fixtures 675 and 687', () => {
	it("gives a sentence that goes on in a bullet's line the bullet's department", () => {
		expect(
			rows(
				'Afdelingerne:\n\n- Dagtilbud er nede på 3,6 dage pr. medarbejder. I 2. kvartal 2016 var tallet 4,1 dage.\n- Pleje & Omsorg ligger på 5,0 dage.',
				'Sygefravær 2. kvartal 2017'
			)
		).toEqual([
			['Dagtilbud', '2. kvartal 2017', 'total', 'level', 3.6],
			['Dagtilbud', '2. kvartal 2016', 'total', 'level', 4.1],
			['Pleje & Omsorg', '2. kvartal 2017', 'total', 'level', 5],
			['Dagtilbud', '2. kvartal 2017', 'total', 'change', -0.5]
		]);
	});

	it('gives a direction said of an area to the area, not also to its department', () => {
		expect(
			rows(
				'I Pleje & Omsorg er billedet dog ikke entydigt: i Område Vest er langtidsfraværet steget i forhold til 2016, mens det er faldet i Område Øst.',
				'Sygefravær 2017'
			)
		).toEqual([
			['Pleje & Omsorg, Område Vest', 'hele året 2017', 'long_term', 'change', null],
			['Pleje & Omsorg, Område Øst', 'hele året 2017', 'long_term', 'change', null]
		]);
	});
});
