import { describe, expect, it } from 'vitest';
import { kpiTopic } from '../../src/lib/minutes/topics';

describe('kpiTopic', () => {
	it('marks an item with KLE subject 81.28.00 as sick leave whatever its title', () => {
		expect(kpiTopic('Orientering fra HR', '81.28.00')).toBe('sick_leave');
	});

	it('marks sick-leave statistics titles as sick leave without a KLE code', () => {
		expect(kpiTopic('Sygefraværsstatistik 1.-3. kv. 2021', null)).toBe('sick_leave');
		expect(kpiTopic('Kort orientering om sygefraværstatistik 1. halvår 2022', null)).toBe(
			'sick_leave'
		);
		expect(kpiTopic('Fraværsstatistik for hele året', '00.01.00')).toBe('sick_leave');
		expect(kpiTopic('Orientering om fravær', null)).toBe('sick_leave');
		expect(kpiTopic('Fraværet i 2. kvartal', null)).toBe('sick_leave');
		expect(kpiTopic('Fraværsregistrering i nyt lønsystem', null)).toBeNull();
	});

	it('does not mark another network\'s proper name ("Sund By Netværket") as the network organisation', () => {
		expect(kpiTopic('Fortsat medlemskab af Sund By Netværket', null)).toBeNull();
		expect(kpiTopic('Status på Netværksstrukturen', null)).toBe('network');
	});

	it('marks a title naming one measure on its own ("Barns 1. og 2. sygedag", "Langtidsfravær") as sick leave', () => {
		expect(kpiTopic('Barns 1. og 2. sygedag 2018', null)).toBe('sick_leave');
		expect(kpiTopic('Langtidsfravær i Pleje & Omsorg', null)).toBe('sick_leave');
	});

	it('marks a status on the budget agreement as budget status', () => {
		expect(kpiTopic('Status på budgetaftalen 2017, oktober 2017', null)).toBe('budget_status');
		expect(kpiTopic('Opfølgning på Budgetaftale 2021', null)).toBe('budget_status');
		expect(kpiTopic('Afrapportering af budgetaftalen', null)).toBe('budget_status');
	});

	it('does not mark the budget agreement itself (no status round) as budget status', () => {
		expect(kpiTopic('Budgetaftale 2016', null)).toBeNull();
		expect(kpiTopic('Budget 2022 - anlægsplan', null)).toBeNull();
	});

	it('marks items about the network organisation as network', () => {
		expect(kpiTopic('Netværksdrøftelse om temaer', null)).toBe('network');
		expect(kpiTopic('Nye netværk 2020', null)).toBe('network');
		expect(kpiTopic('Evaluering af netværksstrukturen', null)).toBe('network');
	});

	it('does not mark IT-network titles as network', () => {
		expect(kpiTopic('Nedbrud på IT-netværket', null)).toBeNull();
		expect(kpiTopic('Netværksforbindelsen på rådhuset', null)).toBeNull();
		expect(kpiTopic('Trådløst netværk til mødelokalerne', null)).toBeNull();
		expect(kpiTopic('Netværksdrev flyttes til ny server', null)).toBeNull();
	});

	it("does not mark a standing or outside group's network as the network organisation", () => {
		expect(kpiTopic('Netværk for ledere af selvejende institutioner', null)).toBeNull();
		expect(kpiTopic('Tilbud om Netværk for nyuddannede pædagoger', null)).toBeNull();
		expect(kpiTopic("Albertslunds deltagelse i KL's netværk om rekruttering", null)).toBeNull();
	});

	it('still marks a network about serving meals as network ("servering" is not a server)', () => {
		expect(kpiTopic('Nyt velfærdsnetværk om måltider og servering på plejecentrene', null)).toBe(
			'network'
		);
	});

	it('prefers sick leave over the other topics when a title names several', () => {
		expect(kpiTopic('Sygefravær og netværk', null)).toBe('sick_leave');
		expect(kpiTopic('Status på budgetaftalen og netværkene', null)).toBe('budget_status');
	});

	it('gives no topic for an ordinary item', () => {
		expect(kpiTopic('Godkendelse af dagsorden og referat', '00.01.00')).toBeNull();
		expect(kpiTopic('Evt', null)).toBeNull();
	});

	it("does not mark another group's network or an unstable IT network as the network organisation", () => {
		expect(kpiTopic('Kommunens deltagelse i Vestegnens Erhvervsnetværk', null)).toBeNull();
		expect(kpiTopic('Ustabilt netværk på rådhuset og i institutionerne', null)).toBeNull();
		expect(kpiTopic('Status på velfærdsnetværkene', null)).toBe('network');
		expect(kpiTopic('Netværksstrukturen version 4', null)).toBe('network');
	});
});

describe("kpiTopic: absence that is not the staff's", () => {
	it('gives no topic to "Sygefravær blandt elever" or "Fravær hos borgere i genoptræning"', () => {
		expect(kpiTopic('Sygefravær blandt elever – orientering fra skolerne', '17.01.00')).toBeNull();
		expect(kpiTopic('Fravær hos borgere i genoptræning', null)).toBeNull();
		expect(kpiTopic('Sygefravær 1.-3. kvartal 2021', '81.28.00')).toBe('sick_leave');
		expect(kpiTopic('Sygefravær blandt medarbejderne 2021', null)).toBe('sick_leave');
	});
});

describe("kpiTopic: another group's network", () => {
	it('gives no topic to "Fortsat deltagelse i ERFA-netværket for HR-chefer på Vestegnen"', () => {
		expect(
			kpiTopic('Fortsat deltagelse i ERFA-netværket for HR-chefer på Vestegnen', null)
		).toBeNull();
		expect(kpiTopic('Status på netværkene', null)).toBe('network');
	});
});

describe('kpiTopic: the cables of the IT network (written blind, BF)', () => {
	it('gives "Omlægning af det kablede netværk på Rådhuset" no topic', () => {
		expect(kpiTopic('Omlægning af det kablede netværk på Rådhuset', null)).toBeNull();
		expect(kpiTopic('Netværk - status', null)).toBe('network');
	});
});

describe("kpiTopic: pupils' computers and the schools' network (written blind, CR)", () => {
	it('gives "Udskiftning af elev-pc\'er og opgradering af netværket på skolerne" no topic', () => {
		expect(
			kpiTopic("Udskiftning af elev-pc'er og opgradering af netværket på skolerne", null)
		).toBeNull();
	});
});

describe('kpiTopic: IT items (written blind, 497)', () => {
	it('gives an item about "Netværksopgradering" no topic', () => {
		expect(kpiTopic('Netværksopgradering på skoler og daginstitutioner', null)).toBeNull();
	});
});
