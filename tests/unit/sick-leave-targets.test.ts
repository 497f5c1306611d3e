import { describe, expect, it } from 'vitest';
import { extractMinutes } from '../../src/lib/minutes/index';

const targets = (sentence: string): unknown[] => {
	const x = extractMinutes(
		`REFERAT Chefforum d. 26-02-2020\nMødedato Onsdag d. 26. februar 2020 kl. 09:00\nPunkt 1: CF - Sygefravær 2019\n81.28.00-P05-1-20\nSagsfremstilling\nSygefraværet i 2019 var 11,2 dage pr. medarbejder.\n${sentence}\n`,
		'x'
	);
	return x.ok ? x.records.sick_leave_targets.map((t) => [t.target, t.rule, t.value]) : [];
};

/** The targets of a decision in a sick-leave item, as [scope, measure, rule, value]. */
const decided = (decision: string): unknown => {
	const x = extractMinutes(
		`REFERAT Chefforum d. 22-02-2017\nPunkt 1: CF - Sygefravær 2016\nBeslutning\n${decision}\n`,
		'x'
	);
	return x.ok
		? x.records.sick_leave_targets.map((t) => [t.scope, t.measure, t.rule, t.value])
		: x.reason;
};

describe('sick-leave targets', () => {
	it('reads a table\'s "Delmål" column as each department\'s target, the decision\'s "i stedet for" replacing one', () => {
		expect(
			decided(
				'Afdeling\tFravær 2016\tDelmål 2017\nDagtilbud\t15,2\t14,0\nPleje & Omsorg\t18,4\t16,5\nAlbertslund Kommune i alt\t12,6\t11,8\n\nDelmålet for Pleje & Omsorg sættes til 17,0 dage i stedet for 16,5 dage.'
			)
		).toEqual([
			['Dagtilbud', 'total', 'at_most', 14],
			['Albertslund Kommune', 'total', 'at_most', 11.8],
			['Pleje & Omsorg', 'total', 'at_most', 17]
		]);
	});

	it('reads "skal nå landsgennemsnittet i 2016" as the national average for a ceiling', () => {
		expect(
			targets('Byrådet har besluttet, at sygefraværet skal nå landsgennemsnittet i 2016.')
		).toEqual([['national_average', 'at_most', null]]);
	});

	it('gives "Afdelingens delmål er … højst 16,0 dage" the department its paragraph named', () => {
		expect(
			decided(
				'Pleje & Omsorg har det højeste fravær med 13,4 dage. I forhold til 2015 er fraværet steget med 1,6 dage. Afdelingens delmål er et sygefravær på højst 16,0 dage for hele 2016.'
			)
		).toEqual([['Pleje & Omsorg', 'total', 'at_most', 16]]);
	});

	it('reads no goal from a fall that happened ("har haft et fald på 0,9 dage …, og … nærmet sig sit delmål")', () => {
		expect(
			decided(
				'Pleje & Omsorg har haft et fald på 0,9 dage til 12,1 dage, og afdelingen har dermed nærmet sig sit delmål.'
			)
		).toEqual([]);
	});

	it('does not read "afdelinger, der allerede ligger under 10 dage" as a goal', () => {
		expect(
			decided(
				'For afdelinger, der allerede ligger under 10 dage, er delmålet at holde det nuværende niveau.'
			)
		).toEqual([]);
	});

	it('finds the national-average ceiling in a later clause than the first mention of the average', () => {
		expect(
			targets(
				'Albertslund ligger 0,7 dage over landsgennemsnittet, og målet om, at sygefraværet højst må være på niveau med landsgennemsnittet, er ikke nået.'
			)
		).toEqual([['national_average', 'at_most', null]]);
	});

	it('reads a goal of "maks. 10,5 dage" as a target, not a level (the "maks." ends no sentence)', () => {
		const x = extractMinutes(
			'REFERAT Chefforum d. 26-02-2020\nPunkt 1: CF - Sygefravær 2019\nSagsfremstilling\nMålet for 2020 er et sygefravær på maks. 10,5 dage pr. medarbejder.\n',
			'x'
		);
		expect(
			x.ok
				? [
						x.records.sick_leave,
						x.records.sick_leave_targets.map((t) => [t.target, t.rule, t.value])
					]
				: x.reason
		).toEqual([[], [['fixed', 'at_most', 10.5]]]);
	});

	it('reads "skal i 2017 ned under 6,0 dage" as a ceiling and "bringe fraværet ned med 1 dag" as a reduction', () => {
		expect(
			decided(
				'Korttidsfraværet skal i 2017 ned under 6,0 dage. Pleje & Omsorg skal bringe fraværet ned med 1 dag.'
			)
		).toEqual([
			['Albertslund Kommune', 'short_term', 'at_most', 6],
			['Pleje & Omsorg', 'total', 'reduce_by', 1]
		]);
	});

	it("gives the national average its own clause's scope, and reads the other clause's target too", () => {
		const x = extractMinutes(
			'REFERAT Chefforum d. 09-09-2020\nPunkt 1: CF - Sygefravær 1. halvår 2020\nBeslutning\nChefforum besluttede, at målet om et sygefravær på højst landsgennemsnittet fastholdes for kommunen som helhed, og at Pleje & Omsorg skal nedbringe langtidsfraværet med 0,5 dage inden udgangen af 2021.\n',
			'x'
		);
		expect(
			x.ok
				? x.records.sick_leave_targets.map((t) => [t.scope, t.measure, t.target, t.rule, t.value])
				: x.reason
		).toEqual([
			['Albertslund Kommune', 'total', 'national_average', 'at_most', null],
			['Pleje & Omsorg', 'long_term', 'fixed', 'reduce_by', 0.5]
		]);
	});

	it('reads "nedbringes til 9,5 dage" as a ceiling, a target "hver især" for each department, and not the speaker as the scope', () => {
		expect(
			decided(
				'Fraværet skal i 2017 nedbringes til 9,5 dage. Dagtilbud og Pleje & Omsorg skal hver især nedbringe fraværet med 1,5 dag. HR & Organisationsudvikling foreslår, at langtidsfraværet højst må udgøre 4,5 dage.'
			)
		).toEqual([
			['Albertslund Kommune', 'total', 'at_most', 9.5],
			['Dagtilbud', 'total', 'reduce_by', 1.5],
			['Pleje & Omsorg', 'total', 'reduce_by', 1.5],
			['Albertslund Kommune', 'long_term', 'at_most', 4.5]
		]);
	});

	it('gives each target of a sentence the scope and measure named last before it', () => {
		const x = extractMinutes(
			'REFERAT Chefforum d. 26-11-2015\nPunkt 1: CF - Sygefravær 1.-3. kvartal 2015\nBeslutning\nChefforum besluttede, at langtidsfraværet i 2016 skal nedbringes med 0,5 dag, og at sygefraværet i Pleje & Omsorg højst må udgøre 15,0 dage for hele 2016.\n',
			'x'
		);
		expect(
			x.ok ? x.records.sick_leave_targets.map((t) => [t.scope, t.measure, t.rule, t.value]) : []
		).toEqual([
			['Albertslund Kommune', 'long_term', 'reduce_by', 0.5],
			['Pleje & Omsorg', 'total', 'at_most', 15]
		]);
	});

	it('reads "at komme under 11 dage" as a ceiling, and a delmål for the department HR proposes it for', () => {
		const x = extractMinutes(
			'REFERAT Chefforum d. 12-03-2025\nPunkt 1: CF - Sygefravær 2024\nSagsfremstilling\nMålet for 2025 er at komme under 11 dage pr. fuldtidsansat. For Pleje & Omsorg foreslår HR & Organisationsudvikling desuden et delmål om at reducere fraværet med 1,5 dage.\n',
			'x'
		);
		expect(x.ok ? x.records.sick_leave_targets.map((t) => [t.scope, t.rule, t.value]) : []).toEqual(
			[
				['Albertslund Kommune', 'at_most', 11],
				['Pleje & Omsorg', 'reduce_by', 1.5]
			]
		);
	});

	it('does not take "målt" (measured) for a goal', () => {
		expect(targets('Målt i dage havde en medarbejder i gennemsnit højst 3,1 sygedage.')).toEqual(
			[]
		);
	});

	it('reads a reduction with words between the verb and "med"', () => {
		expect(targets('Målsætningen er at nedbringe sygefraværet med 1 dag pr. medarbejder.')).toEqual(
			[['fixed', 'reduce_by', 1]]
		);
		expect(targets('Sygefraværet skal nedbringes med 1,5 dag.')).toEqual([
			['fixed', 'reduce_by', 1.5]
		]);
	});

	it('reads a ceiling and the national average, and not the average itself as a target', () => {
		expect(targets('Målet for 2020 er et sygefravær på højst 10 dage pr. medarbejder.')).toEqual([
			['fixed', 'at_most', 10]
		]);
		expect(
			targets('Kommunens mål er, at sygefraværet ikke overstiger landsgennemsnittet.')
		).toEqual([['national_average', 'at_most', null]]);
		expect(targets('Landsgennemsnittet for kommunerne var 11,8 dage i 2019.')).toEqual([]);
	});
});

describe('a department\'s ceiling said as "være nede på" (written blind, AN)', () => {
	it('reads "skal senest i 2020 være nede på 14 dage" as at most 14 days', () => {
		const x = extractMinutes(
			'REFERAT Chefforum d. 15-11-2018\nPunkt 1: CF - Sygefravær 3. kvartal 2018\nBeslutning\nChefforum besluttede, at Pleje & Omsorg skal senest i 2020 være nede på 14 dage pr. fuldtidsansat.\n',
			'x'
		);
		expect(
			x.ok && x.records.sick_leave_targets.map((t) => [t.scope, t.target, t.rule, t.value])
		).toEqual([['Pleje & Omsorg', 'fixed', 'at_most', 14]]);
	});
});

describe('how far a department is from its goal (written blind, AM)', () => {
	it('reads no target in "ligger 1,6 dage over målet"', () => {
		const x = extractMinutes(
			'REFERAT Chefforum d. 25-08-2021\nPunkt 1: CF - Sygefravær 1. halvår 2021\nSagsfremstilling\nSocial & Familie ligger efter 1. halvår 1,6 dage over målet.\n',
			'x'
		);
		expect(x.ok && x.records.sick_leave_targets).toEqual([]);
	});

	it('reads no target in "ligger kommunen 1,4 dage over dette niveau, og målet …" (written blind, AY)', () => {
		const x = extractMinutes(
			'REFERAT Chefforum d. 22-02-2023\nPunkt 1: CF - Sygefravær 2022\nSagsfremstilling\nSygefraværet i 2023 må højst være 11,0 dage. Med fraværet i 2022 ligger kommunen 1,4 dage over dette niveau, og målet kræver en indsats.\n',
			'x'
		);
		expect(x.ok && x.records.sick_leave_targets.map((t) => [t.rule, t.value])).toEqual([
			['at_most', 11]
		]);
	});
});

describe('a department to bring its absence down (written blind, AS)', () => {
	it('reads "skal bringe sit fravær ned med 1 dag" as a reduction by 1 day', () => {
		const x = extractMinutes(
			'REFERAT Chefforum d. 25-11-2026\nPunkt 1: CF - Sygefravær 1.-3. kvartal 2026\nBeslutning\nChefforum besluttede, at Pleje & Omsorg i løbet af 2027 skal bringe sit fravær ned med 1 dag pr. fuldtidsansat.\n',
			'x'
		);
		expect(
			x.ok && x.records.sick_leave_targets.map((t) => [t.scope, t.target, t.rule, t.value])
		).toEqual([['Pleje & Omsorg', 'fixed', 'reduce_by', 1]]);
	});
});

describe('a forecast beside the goal (written blind, BD)', () => {
	it('reads no target in "ender kommunen omkring 11,9 dage for året og dermed over målet"', () => {
		const x = extractMinutes(
			'REFERAT Chefforum d. 24-11-2021\nPunkt 1: CF - Sygefravær 1.-3. kvartal 2021\nSagsfremstilling\nMålet for hele 2021 er et sygefravær på højst 11,5 dage pr. fuldtidsansat. Fortsætter udviklingen, ender kommunen omkring 11,9 dage for året og dermed over målet.\n',
			'x'
		);
		expect(x.ok && x.records.sick_leave_targets.map((r) => [r.rule, r.value])).toEqual([
			['at_most', 11.5]
		]);
	});
});

describe('a goal set by "afdelingen" with a partner (written blind, CU)', () => {
	it('gives "Afdelingen har sammen med HR & Organisationsudvikling sat et delmål" to the department before', () => {
		expect(
			decided(
				'Pleje & Omsorg har fortsat det højeste fravær. Afdelingen har sammen med HR & Organisationsudvikling sat et delmål om højst 15,5 dage pr. medarbejder for 2017.'
			)
		).toEqual([['Pleje & Omsorg', 'total', 'at_most', 15.5]]);
	});
});

describe('sick-leave targets written blind (483, 486)', () => {
	it('reads "målet om et fald på 0,5 dage om året" as a reduction', () => {
		expect(targets('Chefforum godkendte målet om et fald på 0,5 dage om året.')).toEqual([
			['fixed', 'reduce_by', 0.5]
		]);
	});

	it('takes no target from a level in another clause than the goal', () => {
		expect(
			targets(
				'Pleje & Omsorg har det højeste fravær med 19,8 dage og har dermed ikke nået delmålet på højst 18,0 dage.'
			)
		).toEqual([['fixed', 'at_most', 18]]);
	});
});

describe('a list of goals (written blind, 493)', () => {
	it('reads each department bullet under "følgende måltal …:" as its goal', () => {
		expect(
			decided(
				'Chefforum vedtog følgende måltal for hele 2017:\n\n- Dagtilbud: højst 17,5 dage\n- Pleje & Omsorg: højst 20,0 dage'
			)
		).toEqual([
			['Dagtilbud', 'total', 'at_most', 17.5],
			['Pleje & Omsorg', 'total', 'at_most', 20]
		]);
	});
});

describe('targets under a department subheading (written blind, 621)', () => {
	it('gives "Afdelingen har et delmål …" the department of the subheading in capitals over it', () => {
		const x = extractMinutes(
			'REFERAT Chefforum d. 28-08-2019\nPunkt 1: CF - Sygefravær 1. halvår 2019\nSagsfremstilling\nPLEJE & OMSORG\n\nSygefraværet i afdelingen er 9,7 dage.\n\nAfdelingen har for 2019 et delmål om, at sygefraværet i 1. halvår højst må være 9,0 dage.\n',
			'x'
		);
		expect(x.ok ? x.records.sick_leave_targets.map((t) => [t.scope, t.rule, t.value]) : []).toEqual(
			[['Pleje & Omsorg', 'at_most', 9]]
		);
	});
});
