/** Whole-document extraction: which items carry a KPI, and item headings out of order. */

import { describe, expect, it } from 'vitest';
import { extractMinutes } from '../../src/lib/minutes/index';

describe('extractMinutes: a KPI under a title that names none (written blind, Q)', () => {
	it('reads sick leave under "Orientering fra HR" and budget lines under "Opfølgning", not another orientation', () => {
		const x = extractMinutes(
			'REFERAT Chefforum d. 14-11-2013\nPunkt 1: CF - Orientering fra HR\nSagsfremstilling\nSygefraværet i 1.-3. kvartal 2013 var 8.9 dage pr. medarbejder.\nPunkt 2: CF - Opfølgning\nSagsfremstilling\nFørste status på budgetaftalen 2014:\n- 1.3 – Ny tildelingsmodel – grøn\n- 2.2 – Flere pædagoger – gul\nPunkt 3: CF - Orientering om ny rekrutteringspolitik\nSagsfremstilling\nPolitikken træder i kraft 1. januar.\n',
			'x'
		);
		expect(x.ok ? x.items.map((i) => i.kpi_topic) : x.reason).toEqual([
			'sick_leave',
			'budget_status',
			null
		]);
		expect(x.ok ? x.records.sick_leave.map((r) => r.value) : x.reason).toEqual([8.9]);
	});

	it('keeps an item whose heading comes out of order ("Punkt 4" before "Punkt 3")', () => {
		const x = extractMinutes(
			'REFERAT Chefforum d. 09-03-2016\nPunkt 1: CF - Godkendelse af dagsorden\nBeslutning\nGodkendt.\nPunkt 2: CF - Sygefravær 2015\nBeslutning\nTaget til efterretning.\nPunkt 4: CF - Rekruttering\nBeslutning\nGodkendt.\nPunkt 3: CF - Opfølgning\nBeslutning\nGodkendt.\n',
			'x'
		);
		expect(x.ok ? x.items.map((i) => [i.number, i.title]) : x.reason).toEqual([
			[1, 'Godkendelse af dagsorden'],
			[2, 'Sygefravær 2015'],
			[4, 'Rekruttering'],
			[3, 'Opfølgning']
		]);
	});
});

describe('extractMinutes: a MED committee is no management forum (written blind, V)', () => {
	it("rejects a referat of Hoved-MED laid out as Chefforum's, with its reason", () => {
		const x = extractMinutes(
			'REFERAT Hoved-MED d. 19-03-2019\nPunkt 1: HMU - Sygefravær 2018\nBeslutning\nSygefraværet var 10,9 dage.\n',
			'x'
		);
		expect(x.ok ? 'accepted' : x.reason).toContain('ikke et referat');
	});
});

describe("extractMinutes: a MED committee's minutes in another layout", () => {
	it('gives the committee as the reason ("Referat af møde i Område-MED Dagtilbud")', () => {
		const x = extractMinutes(
			'Referat af møde i Område-MED Dagtilbud\n\nDato: 9. marts 2021\n\n1. Sygefravær\nFraværet var 9,1 dage.\n',
			'x'
		);
		expect(x.ok ? null : x.reason).toMatch(/MED-udvalg/);
	});
});

describe('extractMinutes: the minutes of the council or one of its committees', () => {
	const reason = (forum: string): string | null => {
		const x = extractMinutes(
			`REFERAT ${forum} d. 08-10-2019\n\nPunkt 1: Status på budgetaftalen 2019\nBeslutning\n1.1 Ny skole - grøn\n`,
			'x'
		);
		return x.ok ? null : x.reason;
	};

	it('rejects them with the body as the reason, though they are laid out as a referat', () => {
		expect(reason('Kommunalbestyrelsen')).toBe(
			'ikke et referat fra et ledelsesforum: Kommunalbestyrelsen er et politisk organ'
		);
		expect(reason('Børne- og Skoleudvalget')).toBe(
			'ikke et referat fra et ledelsesforum: Børne- og Skoleudvalget er et politisk udvalg'
		);
		expect(reason('Arbejdsmiljøudvalget')).toBe(
			'ikke et referat fra et ledelsesforum: Arbejdsmiljøudvalget er et MED-udvalg'
		);
		expect(reason('Chefforum')).toBeNull();
	});
});

describe("extractMinutes: a project steering group's minutes", () => {
	it('rejects them with the group as the reason, though they look like a referat', () => {
		const x = extractMinutes(
			'REFERAT Styregruppemøde for Sundt Arbejdsliv i Pleje & Omsorg d. 21-06-2022\n\nMødedato Tirsdag d. 21. juni 2022 kl. 13:00\n\nPunkt 1: SG - Status på sygefraværet\n\nBeslutning\nTaget til efterretning.\n',
			'x'
		);
		expect(x.ok ? null : x.reason).toBe(
			'ikke et referat fra et ledelsesforum: Styregruppemøde for Sundt Arbejdsliv i Pleje & Omsorg er en styregruppe'
		);
		const forum = extractMinutes(
			'REFERAT Chefforum d. 21-06-2022\n\nPunkt 1: CF - Arbejdsgruppen om rekruttering\n\nBeslutning\nGodkendt.\n',
			'x'
		);
		expect(forum.ok).toBe(true);
	});

	it("rejects a network's own minutes ('Referat af netværksmøde nr. 3 i velfærdsnetværket …') with its reason", () => {
		const x = extractMinutes(
			"Referat af netværksmøde nr. 3 i velfærdsnetværket 'Unge i job'\n\nDato: Tirsdag d. 24. april 2018, kl. 13.00-15.30\nSted: Jobcentret\n\nPunkt 1 - Velkomst\nPunkt 2 - Status til Chefforum\n",
			'x'
		);
		expect(x.ok ? null : x.reason).toMatch(
			/^ikke et referat fra et ledelsesforum: .*netværk.* er et netværksmøde$/
		);
	});
});

describe('extractMinutes: a network named under Evt. (written blind, 638)', () => {
	it('reads a named network\'s news under "Evt." as a network item, but not under a project\'s status', () => {
		const x = extractMinutes(
			'REFERAT Chefforum d. 08-11-2013\nPunkt 1: CF - Evt.\nBeslutning\nPilotnetværket "Ældre medicinbrugere i eget hjem" er kommet godt i gang og holder sit næste møde tirsdag den 10. december.\nPunkt 2: CF - Status på Ungeindsatsen\nSagsfremstilling\nArbejdet foregår i læringsnetværket "Unge på vej", som skal aflevere sine anbefalinger i marts.\n',
			'x'
		);
		expect(x.ok ? x.items.map((i) => i.kpi_topic) : x.reason).toEqual(['network', null]);
		expect(
			x.ok ? x.records.network_events.filter((e) => e.item_number === 1).map((e) => e.date) : []
		).toContain('2013-12-10');
	});
});

describe('extractMinutes: an item on both sick leave and the budget agreement (written blind, 680)', () => {
	it("records the budget lines of a sick-leave item that reports them too, and leaves an IT supplier's network out", () => {
		const x = extractMinutes(
			'REFERAT Chefforum d. 04-09-2019\nPunkt 1: CF - Ledelsesinformation: sygefravær og budgetaftale\nSagsfremstilling\nSygefraværet i 1. halvår 2019 var 6,1 dage.\nAnden status på budgetaftalen 2019:\n- 1.2 Flere pædagoger – grøn\n- 2.3 Nyt distrikt – gul\nPunkt 2: CF - Skift af netværksleverandør på plejecentrene\nSagsfremstilling\nDen nye leverandør overtager 1. november.\n',
			'x'
		);
		expect(x.ok ? x.items.map((i) => i.kpi_topic) : x.reason).toEqual(['sick_leave', null]);
		expect(x.ok ? x.records.budget_lines.map((l) => [l.line, l.colour]) : []).toEqual([
			['1.2', 'green'],
			['2.3', 'yellow']
		]);
	});
});
