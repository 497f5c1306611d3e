import { describe, expect, it } from 'vitest';
import {
	ABOVE,
	BELOW,
	COMPARATIVE_AFTER,
	GOAL_WORDS,
	MUNICIPALITY,
	OTHER_POPULATION,
	changeWords,
	dayFigures,
	measureMentions,
	scopeMentions
} from '../../src/lib/minutes/sick-leave-terms';

/** Figures of a sentence as [value, the text from the number to the unit's end]. */
const figures = (s: string): [number, string][] =>
	dayFigures(s).map((f) => [f.value, s.slice(f.index, f.end)]);

const measures = (s: string): [string, string][] =>
	measureMentions(s).map((m) => [m.value, s.slice(m.index, m.end)]);

const scopes = (s: string): [string, string][] =>
	scopeMentions(s).map((m) => [m.value, s.slice(m.index, m.end)]);

describe('dayFigures', () => {
	it('finds a decimal day figure with its unit ("6,5 dage")', () => {
		expect(figures('Fraværet i Dagtilbud lå på 6,5 dage pr. medarbejder.')).toEqual([
			[6.5, '6,5 dage']
		]);
	});

	it('finds an average in calendar or working days, but not a whole number of calendar days', () => {
		expect(figures('Sygefraværet var 12,1 kalenderdage pr. medarbejder.')).toEqual([
			[12.1, '12,1 kalenderdage']
		]);
		expect(figures('Det svarer til 5,2 arbejdsdage.')).toEqual([[5.2, '5,2 arbejdsdage']]);
		expect(figures('Langtidsfravær er fravær på 30 kalenderdage eller mere.')).toEqual([]);
	});

	it('reads a decimal dot as some exports write it ("5.9 dage", "0.2 og 0.4 dag")', () => {
		expect(figures('Sygefraværet var 5.9 dage.')).toEqual([[5.9, '5.9 dage']]);
		expect(figures('Steget med henholdsvis 0.2 og 0.4 dag.')).toEqual([
			[0.2, '0.2'],
			[0.4, '0.4 dag']
		]);
	});

	it('finds both numbers of a listed pair ("0,2 og 0,4 dag")', () => {
		expect(figures('Kort- og langtid steg med henholdsvis 0,2 og 0,4 dag.')).toEqual([
			[0.2, '0,2'],
			[0.4, '0,4 dag']
		]);
	});

	it('finds every number of a comma list before the unit', () => {
		expect(figures('Fraværet faldt fra 7,1, 6,8 og 6,2 dage over tre år.')).toEqual([
			[7.1, '7,1'],
			[6.8, '6,8'],
			[6.2, '6,2 dage']
		]);
	});

	it('reads the genitive "3,4 dages" and the compound units "sygedage" and "fraværsdage"', () => {
		expect(figures('Et gennemsnit på 3,4 dages fravær')).toEqual([[3.4, '3,4 dages']]);
		expect(figures('i alt 11 sygedage og 2,75 fraværsdage')).toEqual([
			[11, '11 sygedage'],
			[2.75, '2,75 fraværsdage']
		]);
	});

	it('skips the 30-day boundary in a definition ("mere end 30 dage", "over 14 dage i træk")', () => {
		expect(figures('Langtidsfravær er fravær af mere end 30 dage.')).toEqual([]);
		expect(figures('Sygemeldinger over 14 dage i træk registreres særskilt.')).toEqual([]);
		expect(figures('Fravær i 10 dage i sammenhæng udløser en samtale.')).toEqual([]);
	});

	it('skips "30 kalenderdage" and "2 kursusdage" (not a sick-leave unit)', () => {
		expect(figures('Korttidsfravær er under 30 kalenderdage.')).toEqual([]);
		expect(figures('Hver leder har fået 2 kursusdage i år.')).toEqual([]);
		expect(figures('Vi har 12 kalenderdage til svar')).toEqual([]);
	});

	it('skips the length of a course ("et forløb på 2 dage", "et kursus af 3 dage")', () => {
		expect(
			figures('12 ledere har været igennem et forløb på 2 dage om den svære samtale.')
		).toEqual([]);
		expect(figures('Alle nye ledere tilbydes et kursus af 3 dage.')).toEqual([]);
		expect(figures('De har gennemført et lederudviklingsforløb på 4 dage.')).toEqual([]);
		expect(figures('Et fravær på 5,2 dage er det laveste i år.')).toEqual([[5.2, '5,2 dage']]);
	});

	it('skips figures above 60 days, which are not a per-employee average', () => {
		expect(figures('Sagen har varet 65 dage.')).toEqual([]);
	});

	it('does not read a number glued to another number as a figure', () => {
		expect(figures('Beløbet 1.234 dage')).toEqual([]);
		expect(figures('I alt 120 dage')).toEqual([]);
	});

	it('gives figures in sentence order for several statements', () => {
		expect(
			figures('Korttidsfraværet var 3,2 dage, mens langtidsfraværet var 2,9 dage.').map(([v]) => v)
		).toEqual([3.2, 2.9]);
	});
});

describe('measureMentions', () => {
	it('names korttid and langtid', () => {
		expect(measures('Korttidsfraværet steg, mens langtidsfraværet faldt.')).toEqual([
			['short_term', 'Korttidsfraværet'],
			['long_term', 'langtidsfraværet']
		]);
	});

	it('names both measures of a suspended compound ("korttids- og langtidsfraværet")', () => {
		expect(measures('korttids- og langtidsfraværet')).toEqual([
			['short_term', 'korttids'],
			['long_term', 'langtidsfraværet']
		]);
	});

	it('names barns 1. og 2. sygedag and barns første og anden sygedag as child sickness', () => {
		expect(measures('Fravær ved barns 1. og 2. sygedag udgjorde 0,4 dag.')).toEqual([
			['total', 'Fravær'],
			['child_sick', 'barns 1. og 2. sygedag']
		]);
		expect(measures('barnets første og anden sygedag')).toEqual([
			['child_sick', 'barnets første og anden sygedag']
		]);
		expect(measures('børns sygdom')).toEqual([['child_sick', 'børns sygdom']]);
	});

	it('names "barns 1. sygedag" on its own as child sickness', () => {
		expect(measures('Fravær pga. barns 1. sygedag udgjorde 0,3 dag.')).toEqual([
			['total', 'Fravær'],
			['child_sick', 'barns 1. sygedag']
		]);
	});

	it('names the total for "sygefraværet" and "fraværet"', () => {
		expect(measures('Det samlede sygefravær og fraværet i alt')).toEqual([
			['total', 'sygefravær'],
			['total', 'fraværet']
		]);
	});

	it('does not take statistics, policy or registration words as a measure', () => {
		expect(
			measures('Sygefraværsstatistikken og fraværspolitikken samt fraværsregistrering')
		).toEqual([]);
	});
});

describe('scopeMentions', () => {
	it('names an area with its department ("Pleje & Omsorg, Område Nord", "Område Syd i Dagtilbud"), and a bare area alone', () => {
		expect(scopes('Pleje & Omsorg, Område Nord har 11,4 dage.')).toEqual([
			['Pleje & Omsorg, Område Nord', 'Pleje & Omsorg, Område Nord']
		]);
		expect(scopes('Område Syd i Dagtilbud dækker 14 institutioner.')).toEqual([
			['Dagtilbud, Område Syd', 'Område Syd i Dagtilbud']
		]);
		expect(scopes('I Pleje & Omsorg er det Område Nord, der trækker op.')).toEqual([
			['Pleje & Omsorg', 'Pleje & Omsorg'],
			['Område Nord', 'Område Nord']
		]);
	});

	it('takes a quoted name as a department', () => {
		expect(scopes('I "Teknik og Miljø" steg fraværet.')).toEqual([
			['Teknik og Miljø', '"Teknik og Miljø"']
		]);
	});

	it('finds known department names written with "&" or "og" and keeps them as written', () => {
		expect(scopes('Skoler & Uddannelse og Social og Familie faldt.')).toEqual([
			['Skoler & Uddannelse', 'Skoler & Uddannelse'],
			['Social og Familie', 'Social og Familie']
		]);
	});

	it('finds a department name with a comma in it', () => {
		expect(scopes('Kultur, Fritid & Forebyggende Sundhed havde 4,1 dage.')).toEqual([
			['Kultur, Fritid & Forebyggende Sundhed', 'Kultur, Fritid & Forebyggende Sundhed']
		]);
	});

	it('collapses extra spaces inside a department name', () => {
		expect(scopes('Økonomi  og  Stab')).toEqual([['Økonomi og Stab', 'Økonomi  og  Stab']]);
	});

	it('maps the municipality as a whole to "Albertslund Kommune"', () => {
		expect(MUNICIPALITY).toBe('Albertslund Kommune');
		expect(scopes('For Albertslund Kommune og i hele kommunen').map(([v]) => v)).toEqual([
			'Albertslund Kommune',
			'Albertslund Kommune'
		]);
	});

	it('does not count a department twice when it is quoted', () => {
		expect(scopes('Afdelingen "Dagtilbud" faldt.')).toEqual([['Dagtilbud', '"Dagtilbud"']]);
	});

	it('finds no scope in a sentence without one', () => {
		expect(scopes('Fraværet steg med 0,3 dag.')).toEqual([]);
	});

	it('takes a capitalised name after "i" or "hos" as a department the list does not know', () => {
		expect(scopes('I Teknik & Miljø er fraværet 7,2 dage.')).toEqual([
			['Teknik & Miljø', 'Teknik & Miljø']
		]);
		expect(scopes('Højest hos Børn, Unge & Familie og lavest i Borgerservice.')).toEqual([
			['Børn, Unge & Familie', 'Børn, Unge & Familie'],
			['Borgerservice', 'Borgerservice']
		]);
		expect(scopes('Fraværet i Center for Økonomi og Personale faldt.')).toEqual([
			['Center for Økonomi og Personale', 'Center for Økonomi og Personale']
		]);
	});

	it('takes capitalised words joined by "&" as a department wherever they stand', () => {
		expect(scopes('Fraværet er steget, mens Teknik & Miljø har 2,1 dage.')).toEqual([
			['Teknik & Miljø', 'Teknik & Miljø']
		]);
		expect(scopes('Børn, Unge & Familie ligger lavest.')).toEqual([
			['Børn, Unge & Familie', 'Børn, Unge & Familie']
		]);
		expect(scopes('Fraværet steg med 0,3 dag & faldt.')).toEqual([]);
		expect(scopes('Ifølge Danmarks Statistik & KL er fraværet højere.')).toEqual([]);
	});

	it('does not take the municipality, a forum or an attachment after "i" as a department', () => {
		expect(scopes('Som vist i Bilag 2 og drøftet i Chefforum.')).toEqual([]);
		expect(scopes('Fraværet i Albertslund er faldet.')).toEqual([]);
		expect(scopes('Fraværet i Albertslund Kommune er faldet.').map(([v]) => v)).toEqual([
			'Albertslund Kommune'
		]);
		// A known department keeps its own match.
		expect(scopes('Fraværet i Dagtilbud faldt.')).toEqual([['Dagtilbud', 'Dagtilbud']]);
	});
});

describe('changeWords and comparison patterns', () => {
	it('reads the direction of change words in order', () => {
		const s =
			'Korttidsfraværet er steget, langtidsfraværet er faldende og barns sygedag er uændret.';
		expect(changeWords(s).map((m) => [m.value, s.slice(m.index, m.end)])).toEqual([
			['up', 'steget'],
			['down', 'faldende'],
			['flat', 'uændret']
		]);
	});

	it('reads a comparative right after a figure', () => {
		expect(COMPARATIVE_AFTER.exec(' lavere end sidste år')?.[1]).toBe('lavere');
		expect(COMPARATIVE_AFTER.exec(' pr. medarbejder mere end i 2016')?.[1]).toBe('mere');
		expect(COMPARATIVE_AFTER.test(' i alt')).toBe(false);
	});

	it('tells above from below the national level', () => {
		expect(ABOVE.test('Albertslund ligger fortsat over landsgennemsnittet')).toBe(true);
		expect(BELOW.test('Albertslund ligger under landsgennemsnittet')).toBe(true);
		expect(ABOVE.test('Albertslund ligger under landsgennemsnittet')).toBe(false);
	});

	it('recognises other populations and goals', () => {
		expect(OTHER_POPULATION.test('Landsgennemsnittet var 10,2 dage')).toBe(true);
		expect(OTHER_POPULATION.test('Fraværet i Dagtilbud var 10,2 dage')).toBe(false);
		expect(GOAL_WORDS.test('Målet er højst 9 dage')).toBe(true);
		expect(GOAL_WORDS.test('Fraværet skal nedbringes')).toBe(true);
		expect(GOAL_WORDS.test('Fraværet faldt til 9 dage')).toBe(false);
	});
});

describe('measures written as "det kortvarige fravær"', () => {
	it('names korttid and langtid in two words, not the total', () => {
		expect(
			measureMentions(
				'Det kortvarige fravær var 3,1 dage og det langvarige sygefravær 2,8 dage.'
			).map((m) => m.value)
		).toEqual(['short_term', 'long_term']);
	});
});
