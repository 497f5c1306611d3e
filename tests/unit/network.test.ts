import { describe, expect, it } from 'vitest';
import { networkNames, statusClause } from '../../src/lib/minutes/network';
import { extractMinutes } from '../../src/lib/minutes/index';

/** A network item's events as [event, network or date], for a meeting on `date` (DD-MM-YYYY). */
function networkEvents(body: string, date: string, title = 'Netværk'): unknown[][] {
	const x = extractMinutes(`REFERAT Chefforum d. ${date}\nPunkt 1: CF - ${title}\n${body}`, 'x');
	return x.ok ? x.records.network_events.map((e) => [e.event, e.network ?? e.date]) : [];
}

/** A network item's events as [event, label], for a meeting on `date` (DD-MM-YYYY). */
function networkLabels(body: string, date: string): unknown[][] {
	const x = extractMinutes(`REFERAT Chefforum d. ${date}\nPunkt 1: CF - Netværk\n${body}`, 'x');
	return x.ok ? x.records.network_events.map((e) => [e.event, e.label]) : [];
}

const names = (text: string): string[] => networkNames(text).map((n) => n.name);

describe('networkNames', () => {
	it('finds quoted names after "netværksarbejdet i", chained with "og"', () => {
		const text =
			'Chefforum besluttede at igangsætte netværksarbejdet i "Ældre med demens" og "Unge uden uddannelse".';
		expect(networkNames(text)).toEqual([
			{ name: 'Ældre med demens', index: text.indexOf('Ældre'), end: text.indexOf('" og') },
			{ name: 'Unge uden uddannelse', index: text.indexOf('Unge'), end: text.lastIndexOf('"') }
		]);
	});

	it('finds a quoted name right after "velfærdsnetværket"', () => {
		expect(names('Velfærdsnetværket "Ensomme ældre borgere" forlænges til 30. juni.')).toEqual([
			'Ensomme ældre borgere'
		]);
	});

	it('finds a name in single quotes after "netværket med temaet"', () => {
		expect(names("Netværket med temaet 'Trivsel i udskolingen' er startet.")).toEqual([
			'Trivsel i udskolingen'
		]);
	});

	it('finds a quoted name that "igangsættes som velfærdsnetværk" or is renamed "under navnet"', () => {
		expect(
			networkNames(
				'Chefforum besluttede, at "Unge med angst" igangsættes som velfærdsnetværk.'
			).map((n) => n.name)
		).toEqual(['Unge med angst']);
		expect(
			networkNames(
				'Netværket "Tryg i egen bolig" videreføres under navnet "Naboskab og tryghed".'
			).map((n) => n.name)
		).toEqual(['Tryg i egen bolig', 'Naboskab og tryghed']);
		expect(
			networkNames(
				'Udfordringerne fra projektgruppen "Fælles om målet" kvalificeres som netværkstemaer.'
			)
		).toEqual([]);
	});

	it('finds a quoted name followed by "-netværket"', () => {
		expect(names('Arbejdet i "Sund by"-netværket fortsætter.')).toEqual(['Sund by']);
	});

	it('does not take a quoted project, analysis or report title as a network', () => {
		expect(names('Projektet "Grøn by" afsluttes i marts.')).toEqual([]);
		expect(names('Analysen "Ny model for netværk" blev fremlagt.')).toEqual([]);
	});

	it("does not take another organisation's network as ours", () => {
		expect(names('KL\'s netværk "Digital velfærd" holder møde.')).toEqual([]);
	});

	it('does not take a quoted number as a name', () => {
		expect(names('Netværket "2020" er afsluttet.')).toEqual([]);
	});

	it('takes a quote followed by what happens to a network, after a named network', () => {
		expect(
			names('Netværket "Ældre i bevægelse" afsluttes, mens "Unge på vej" forlænges til juni.')
		).toEqual(['Ældre i bevægelse', 'Unge på vej']);
		expect(names('Rapporten "Nye veje" afsluttes i juni.')).toEqual([]);
		expect(names('Netværket "Alfa" fortsætter, og projektet "Beta" afsluttes.')).toEqual(['Alfa']);
	});

	it('does not chain a quote that follows a non-network quote', () => {
		expect(names('Rapporten "Status 2019" og "Nye veje" blev drøftet.')).toEqual([]);
	});

	it('trims spaces inside the quotes', () => {
		expect(names('netværket " Mad og bevægelse " er nyt')).toEqual(['Mad og bevægelse']);
	});
});

describe('statusClause', () => {
	const clauses = (text: string): string[] => {
		const found = networkNames(text);
		return found.map((_, k) => statusClause(text, found, k).trim());
	};

	it('gives each network the passive verb after its name', () => {
		expect(
			clauses(
				"Chefforum besluttede, at netværket 'Alfa' forlænges til december, og at netværket 'Beta' afsluttes."
			)
		).toEqual(["' forlænges til december, og at netværket '", "' afsluttes."]);
	});

	it('stops at a purpose clause: "forlænges til juni, så testfasen kan afsluttes" is an extension', () => {
		expect(
			clauses(
				"Chefforum besluttede, at netværket 'Alfa' forlænges til juni 2026, så testfasen kan afsluttes."
			)
		).toEqual(["' forlænges til juni 2026"]);
	});

	it('takes a quoted name the item has called a network before as a network again', () => {
		expect(networkNames('Det blev besluttet, at "Unge i job" forlænges.')).toEqual([]);
		expect(
			networkNames('Det blev besluttet, at "Unge i job" forlænges.', new Set(['unge i job']))
		).toEqual([{ name: 'Unge i job', index: 24, end: 34 }]);
	});

	it('gives names chained before a shared verb the clause they stand in, not the next clause', () => {
		expect(
			clauses('Netværkene "Alfa" og "Beta" fortsætter i 2019, mens "Gamma" afsluttes.')
		).toEqual([
			'Netværkene "Alfa" og "Beta" fortsætter i 2019',
			'Netværkene "Alfa" og "Beta" fortsætter i 2019',
			'" afsluttes.'
		]);
	});

	it('gives each network the verb before its name when none follows', () => {
		expect(
			clauses("Chefforum besluttede at afslutte netværket 'Alfa' og forlænge netværket 'Beta'.")
		).toEqual(["Chefforum besluttede at afslutte netværket '", "' og forlænge netværket '"]);
	});

	it('gives networks named together the whole sentence', () => {
		const text = "Netværkene 'Gamma' og 'Delta' afsluttes.";
		expect(clauses(text)).toEqual([text, "' afsluttes."]);
	});
});

describe('network names without quotes', () => {
	it('reads "netværket om <Name> <verb>" and not a lower-case topic', () => {
		expect(
			networkNames(
				'Velfærdsnetværket om Tidlig indsats for sårbare gravide afsluttes til sommer.'
			).map((n) => n.name)
		).toEqual(['Tidlig indsats for sårbare gravide']);
		expect(networkNames('Netværket om grøn omstilling er i gang.')).toEqual([]);
	});
});

describe('network names listed after a colon', () => {
	it('reads "nye netværk: A, B og C" with each name\'s own span', () => {
		const text =
			'Der er nedsat tre nye netværk: Unge i job, Trivsel på arbejdspladsen og Ældre i bevægelse.';
		const names = networkNames(text);
		expect(names.map((n) => n.name)).toEqual([
			'Unge i job',
			'Trivsel på arbejdspladsen',
			'Ældre i bevægelse'
		]);
		for (const n of names) expect(text.slice(n.index, n.end)).toBe(n.name);
	});

	it('reads names listed after a few words between "netværk" and the colon', () => {
		expect(
			names('Der startes tre nye netværk i foråret 2016: Digital velfærd, Rekruttering og Sund by.')
		).toEqual(['Digital velfærd', 'Rekruttering', 'Sund by']);
		expect(
			names('Der startes to nye netværk i foråret 2016: "Digital velfærd" og "Rekruttering".')
		).toEqual(['Digital velfærd', 'Rekruttering']);
	});

	it('does not take a sentence or a question after the colon as names', () => {
		expect(networkNames('Netværkene: Vi har haft 12 møder, og der er god energi.')).toEqual([]);
		expect(
			networkNames(
				'Tema for netværk: Hvordan styrker vi samarbejdet med civilsamfundet og de frivillige foreninger i kommunen'
			)
		).toEqual([]);
		expect(networkNames('Netværk: Ældre i bevægelse.')).toEqual([]);
	});
});

describe('network events', () => {
	/** The status events (no milestones) of an item's body, as [event, network]. */
	const statuses = (body: string, title = 'Netværk', date = '15-11-2022'): unknown => {
		const x = extractMinutes(`REFERAT Chefforum d. ${date}\nPunkt 1: CF - ${title}\n${body}`, 'x');
		return x.ok
			? x.records.network_events
					.filter((e) => e.event !== 'milestone')
					.map((e) => [e.event, e.network])
			: x.reason;
	};

	/** The dates of one kind of event in a network item's body. */
	const eventDates = (kind: string, body: string, date: string): unknown => {
		const x = extractMinutes(
			`REFERAT Chefforum d. ${date}\nPunkt 1: CF - Status på netværk\n${body}`,
			'x'
		);
		return x.ok
			? x.records.network_events.filter((e) => e.event === kind).map((e) => e.date)
			: x.reason;
	};

	it('dates the decisions a Historik entry "Chefforum den 22. januar 2014:" repeats by that day', () => {
		const body =
			'Historik\n\nChefforum den 22. januar 2014:\nChefforum besluttede at igangsætte de to første netværk, "Unge ledige" og "Familier i krise".\n\nChefforum den 4. juni 2014:\nChefforum forlængede "Familier i krise" til den 30. september 2014.\n\nSagsfremstilling\nStatus følger.\n';
		expect(eventDates('network_decided', body, '27-08-2014')).toEqual(['2014-01-22', '2014-01-22']);
		expect(eventDates('network_extended', body, '27-08-2014')).toEqual(['2014-09-30']);
	});

	it('reads a named network quoted again as a subject, and "Netværket afslutter sit arbejde den …"', () => {
		const body =
			'Sagsfremstilling\nChefforum igangsatte i foråret netværkene "Unge ledige" og "Familier i krise".\n\n"Unge ledige" er fortsat i gang.\n\n"Familier i krise" har afprøvet en fælles plan. Netværket afslutter sit arbejde den 30. september 2014 som planlagt.\n';
		expect(statuses(body, 'Status på netværkene', '27-08-2014')).toContainEqual([
			'network_running',
			'Unge ledige'
		]);
		expect(eventDates('network_ended', body, '27-08-2014')).toEqual(['2014-09-30']);
	});

	it('reads "Netværket afsluttes med en fælles konference torsdag den 28. november" under a bullet naming the network', () => {
		const body =
			'Sagsfremstilling\n•\tLæringsnetværket "Flersprogede børn i vuggestuen"\no\tNetværket har holdt fire møder.\no\tDeltagerne har afprøvet en model.\no\tNetværket afsluttes med en fælles konference torsdag den 28. november, hvor alle inviteres.\n•\tInnovationsnetværket "Mindre madspild"\no\tNetværket har vejet madspildet.\n';
		expect(eventDates('network_ended', body, '23-10-2024')).toEqual(['2024-11-28']);
		expect(statuses(body, 'Status på netværkene', '23-10-2024')).not.toContainEqual([
			'network_ended',
			'Mindre madspild'
		]);
	});

	it('dates an extension "til og med d. 31/5" written in figures', () => {
		expect(
			eventDates(
				'network_extended',
				'Sagsfremstilling\nVelfærdsnetværket "Sprogstart for småbørn" har bedt om mere tid.\nBeslutning\nChefforum godkendte forlængelsen af "Sprogstart for småbørn" til og med d. 31/5.\n',
				'22-03-2023'
			)
		).toEqual(['2023-05-31']);
	});

	it("reads \"godkendte forlængelsen af testfasen for 'X' til …\" as the network's extension", () => {
		expect(
			eventDates(
				'network_extended',
				"Sagsfremstilling\nVelfærdsnetværket 'Trygge overgange' kører planmæssigt.\nBeslutning\nChefforum godkendte forlængelsen af testfasen for 'Trygge overgange' til den 31. oktober 2018.\n",
				'13-06-2018'
			)
		).toEqual(['2018-10-31']);
	});

	it('reads a bold subheading "**Læringsnetværket X**" with its "Status:" line under it', () => {
		expect(
			statuses(
				'Sagsfremstilling\n**Læringsnetværket Læselyst i indskolingen**\nReferenceleder: Mikkel Grøn\nStatus: afsluttet\n\n**Innovationsnetværket Cirkulære indkøb**\nStatus: i gang\n',
				'Status på netværkene',
				'09-12-2020'
			)
		).toEqual([
			['network_ended', 'Læselyst i indskolingen'],
			['network_running', 'Cirkulære indkøb']
		]);
	});

	it('reads themes chosen by letter ("Chefforum valgte tema A og C")', () => {
		expect(
			statuses(
				'Sagsfremstilling\nTema A: Unge med angst\n\nTema B: Grønne indkøb\n\nTema C: Mere bevægelse\n\nBeslutning\nChefforum valgte tema A og C.\n',
				'Temaer til forårets netværk',
				'14-03-2018'
			)
		).toEqual([
			['network_decided', 'Unge med angst'],
			['network_decided', 'Mere bevægelse']
		]);
	});

	it('dates tidsplan rows written "15.10.24:", "2024-11-20:" and "d. 3/12:"', () => {
		expect(
			eventDates(
				'milestone',
				'Sagsfremstilling\nForløbet er:\n\n15.10.24: Frist for temaforslag\n2024-11-20: Chefforum kvalificerer forslagene\nd. 3/12: Chefforum beslutter netværkene\n',
				'25-09-2024'
			)
		).toEqual(['2024-10-15', '2024-11-20', '2024-12-03']);
	});

	/** The milestones of an item's body, as [event, date]. */
	const milestones = (body: string, date: string): unknown => {
		const x = extractMinutes(`REFERAT Chefforum d. ${date}\nPunkt 1: CF - Netværk\n${body}`, 'x');
		return x.ok ? x.records.network_events.map((e) => [e.event, e.date]) : x.reason;
	};

	const events = (sentence: string): unknown[][] => {
		const x = extractMinutes(
			`REFERAT Chefforum d. 15-11-2022\nPunkt 1: CF - Status på netværk\nSagsfremstilling\n${sentence}\n`,
			'x'
		);
		if (!x.ok) throw new Error(x.reason);
		return x.records.network_events.map((e) => [e.event, e.network, e.date ?? e.label]);
	};

	it('takes a name wrapped onto an indented line as the same network the decision names', () => {
		expect(
			statuses(
				'Indstilling\n1. at netværket "Digital dannelse i\n    udskolingen" kan starte i januar\n' +
					'Sagsfremstilling\nNetværket "Digital dannelse i udskolingen" er drøftet med skolerne.\n' +
					'Beslutning\nChefforum besluttede at igangsætte netværket "Digital dannelse i\n    udskolingen".\n'
			)
		).toEqual([['network_decided', 'Digital dannelse i udskolingen']]);
	});

	it('dates a tidsplan in order: a month earlier than the row before is in the next year', () => {
		expect(
			milestones(
				'Sagsfremstilling\nTidsplan:\n- 3. februar: Opstart\n- 26. oktober: Testfase\n- 18. januar: Status\n- marts: Evaluering\n',
				'02-03-2016'
			)
		).toEqual([
			['milestone', '2016-02-03'],
			['milestone', '2016-10-26'],
			['milestone', '2017-01-18'],
			['milestone', '2017-03']
		]);
	});

	it('reads one network per bullet under "følgende netværk:" and "besluttede:"', () => {
		expect(
			statuses(
				'Beslutning\nChefforum drøftede forslagene. Chefforum besluttede at igangsætte følgende netværk i 2016:\n- "Skolefravær" som velfærdsnetværk\n- "Digital post" som læringsnetværk\nChefforum besluttede desuden:\n- at "Regnvand" fortsætter som hidtil. Status gives i maj.\n- at "Sprog" forlænges til den 30. november 2016.\n',
				'Netværk',
				'02-03-2016'
			)
		).toEqual([
			['network_decided', 'Skolefravær'],
			['network_decided', 'Digital post'],
			['network_running', 'Regnvand'],
			['network_extended', 'Sprog']
		]);
	});

	it("keeps reading the decision's bullets after a sentence that wraps onto a line of its own", () => {
		expect(
			statuses(
				'Beslutning\nChefforum besluttede:\n- at "Alfa" afsluttes pr. 30. april 2023.\nAfdelingschefen følger op.\n- at "Beta" fortsætter som hidtil.\n'
			)
		).toEqual([
			['network_ended', 'Alfa'],
			['network_running', 'Beta']
		]);
	});

	it('reads dates in figures ("19.08.2020") in a tidsplan and an extension, and "gives månedligt"', () => {
		const x = extractMinutes(
			'REFERAT Chefforum d. 22-04-2020\nPunkt 1: CF - Netværk\nSagsfremstilling\n- 19.08.2020: Chefforum bekræfter temaer\nStatus på netværkene gives månedligt.\nNetværksstruktur 4.0 træder i kraft 1. januar 2021.\nVelfærdsnetværket "Hverdagsliv" er i testfasen.\nBeslutning\nChefforum besluttede, at "Hverdagsliv" forlænges til 31.12.2020.\n',
			'x'
		);
		expect(
			x.ok
				? x.records.network_events.map((e) => [e.event, e.network, e.date ?? e.label]).sort()
				: x.reason
		).toEqual([
			['cadence', null, 'månedligt'],
			['milestone', null, '2020-08-19'],
			['milestone', null, '2020-12-31'],
			['milestone', null, '2021-01-01'],
			['network_extended', 'Hverdagsliv', '2020-12-31'],
			['network_running', 'Hverdagsliv', '2020-04-22'],
			['structure_version', null, 'Netværksstrukturen version 4 (NS4)']
		]);
	});

	it('dates an extension "til udgangen af 2023", or after the name ("forlængelsen af "X" til 30. juni")', () => {
		const extended = (body: string): unknown => {
			const x = extractMinutes(
				`REFERAT Chefforum d. 15-03-2017\nPunkt 1: CF - Netværk\n${body}`,
				'x'
			);
			return x.ok
				? x.records.network_events
						.filter((e) => e.event === 'network_extended')
						.map((e) => [e.network, e.date])
				: x.reason;
		};
		expect(
			extended(
				'Beslutning\nChefforum besluttede, at netværket "Alfa" forlænges til udgangen af 2017.\n'
			)
		).toEqual([['Alfa', '2017-12-31']]);
		expect(
			extended(
				'Sagsfremstilling\nNetværket "Beta" er i gang.\nBeslutning\nChefforum godkendte forlængelsen af "Beta" til 30. juni 2017.\n'
			)
		).toEqual([['Beta', '2017-06-30']]);
	});

	it('takes "igangsætte "A" og "B" som velfærdsnetværk" as two networks', () => {
		expect(
			statuses(
				'Beslutning\nChefforum besluttede at igangsætte "Ældre patienter" og "Unge med angst" som velfærdsnetværk.\n'
			)
		).toEqual([
			['network_decided', 'Ældre patienter'],
			['network_decided', 'Unge med angst']
		]);
	});

	it('reads "Det nye læringsnetværk "X" blev besluttet" as decided', () => {
		expect(
			statuses(
				'Beslutning\nDet nye læringsnetværk "Rekruttering" blev besluttet med afdelingschefen som referenceleder.\n'
			)
		).toEqual([['network_decided', 'Rekruttering']]);
	});

	it('reads a tidsplan table with days and months in figures ("| 12.10. | Frist |")', () => {
		expect(
			milestones(
				'Sagsfremstilling\n| Dato | Aktivitet |\n|---|---|\n| 12.10. | Frist for temaer |\n| 30.11. | Netværkslederne er udpeget |\n| 15.01. | Opstart |\n',
				'14-09-2022'
			)
		).toEqual([
			['milestone', '2022-10-12'],
			['milestone', '2022-11-30'],
			['milestone', '2023-01-15']
		]);
	});

	it('dates an end "ved udgangen af marts", and leaves an extension by a duration undated', () => {
		const x = extractMinutes(
			'REFERAT Chefforum d. 24-01-2018\nPunkt 1: CF - Netværk\nBeslutning\nChefforum besluttede, at netværket "Alfa" afsluttes ved udgangen af marts 2018, og at netværket "Beta" forlænges med tre måneder.\n',
			'x'
		);
		expect(
			x.ok
				? x.records.network_events
						.filter((e) => e.event !== 'milestone')
						.map((e) => [e.event, e.network, e.date])
				: x.reason
		).toEqual([
			['network_ended', 'Alfa', '2018-03-31'],
			['network_extended', 'Beta', null]
		]);
	});

	it('reads "netværket afsluttes" as the network the sentence before named', () => {
		const x = extractMinutes(
			'REFERAT Chefforum d. 24-01-2018\nPunkt 1: CF - Status på netværk\nSagsfremstilling\nVelfærdsnetværket "Alfa" har afprøvet en ny model. Afprøvningen er gået godt, og netværket afsluttes ved udgangen af marts 2018.\n',
			'x'
		);
		const ended = x.ok ? x.records.network_events.filter((e) => e.event === 'network_ended') : [];
		expect(ended.map((e) => [e.network, e.date])).toEqual([['Alfa', '2018-03-31']]);
		// The evidence reaches back to the sentence that names the network.
		expect(ended[0]?.evidence).toMatch(
			/^Velfærdsnetværket "Alfa".*afsluttes ved udgangen af marts 2018\.$/
		);
	});

	it('reads "Netværket forlænges" under a subheading that names the network', () => {
		expect(
			statuses(
				'Sagsfremstilling\nVelfærdsnetværket "Alfa"\n\nNetværket forlænges til 30. juni 2023.\n'
			)
		).toEqual([
			['network_running', 'Alfa'],
			['network_extended', 'Alfa']
		]);
	});

	it('refers back past a sentence of the same paragraph that speaks of "netværket" alone', () => {
		expect(
			statuses(
				'Sagsfremstilling\nVelfærdsnetværket "Alfa" har afleveret sine anbefalinger. Netværket har udviklet en mentorordning. Netværket afsluttes, og ordningen overgår til drift.\n'
			)
		).toEqual([
			['network_running', 'Alfa'],
			['network_ended', 'Alfa']
		]);
		expect(
			(
				statuses(
					'Sagsfremstilling\nVelfærdsnetværket "Alfa" har afleveret sine anbefalinger. Et nyt netværk om sundhed er på vej. Netværket afsluttes i marts.\n'
				) as string[][]
			).filter(([kind]) => kind === 'network_ended')
		).toEqual([]);
	});

	it('does not refer back across a paragraph, past two names, or from a proposal or a plan', () => {
		const none = [
			'Velfærdsnetværket "Alfa" har afprøvet en ny model.\n\nNetværket afsluttes i marts.\n',
			'Netværkene "Alfa" og "Beta" har afprøvet en ny model. Netværket afsluttes i marts.\n',
			'Velfærdsnetværket "Alfa" er forsinket. Lederen foreslår, at netværket forlænges med tre måneder.\n',
			'Velfærdsnetværket "Alfa" er i gang. Efter planen skulle netværket afsluttes i marts.\n'
		];
		for (const body of none)
			expect(
				(statuses(`Sagsfremstilling\n${body}`) as string[][]).filter(
					([kind]) => kind === 'network_ended' || kind === 'network_extended'
				)
			).toEqual([]);
	});

	it('dates an extension "til og med juni 2026" by its month', () => {
		expect(
			statuses(
				'Beslutning\nChefforum godkendte, at netværket "Ældre med kroniske sygdomme" forlænges til og med juni 2026.\n'
			)
		).toEqual([['network_extended', 'Ældre med kroniske sygdomme']]);
		expect(
			events(
				'Chefforum godkendte, at netværket "Ældre med kroniske sygdomme" forlænges til og med juni 2026.'
			)
		).toContainEqual(['network_extended', 'Ældre med kroniske sygdomme', '2026-06']);
	});

	it("reads no cadence of another group's network in an item that is not about networks", () => {
		const x = extractMinutes(
			'REFERAT Chefforum d. 13-09-2012\nPunkt 1: CF - Medlemskab af erhvervsforum\nBaggrund\nErhvervsnetværket afholder netværksmøder fire gange årligt.\n',
			'x'
		);
		expect(x.ok ? x.records.network_events : x.reason).toEqual([]);
	});

	it('reads "valgte temaerne "A" og "B" som forårets velfærdsnetværk" as two decisions, not one taken at an earlier meeting', () => {
		expect(
			statuses(
				'Beslutning\nChefforum valgte temaerne "Ensomhed blandt ældre" og "Unge uden job" som forårets velfærdsnetværk.\n'
			)
		).toEqual([
			['network_decided', 'Ensomhed blandt ældre'],
			['network_decided', 'Unge uden job']
		]);
		expect(
			statuses(
				'Sagsfremstilling\nPå mødet i december 2019 valgte Chefforum velfærdsnetværket "Hjemløshed".\n'
			)
		).toEqual([['network_running', 'Hjemløshed']]);
	});

	it('reads network names in Markdown italics, and the day a network goes into operation', () => {
		expect(
			events(
				'Netværket *Digital velfærd* overgår til drift pr. 1. januar 2023, mens netværket *Tryg hjemkomst* lukkes.'
			).filter((e) => e[0] !== 'milestone')
		).toEqual([
			['network_ended', 'Digital velfærd', '2023-01-01'],
			['network_ended', 'Tryg hjemkomst', '2022-11-15']
		]);
	});

	it('dates an end "med udgangen af december" without a year from the meeting on', () => {
		expect(
			events('Velfærdsnetværket "Madspild" afsluttes med udgangen af december.').filter(
				(e) => e[0] !== 'milestone'
			)
		).toEqual([['network_ended', 'Madspild', '2022-12-31']]);
	});

	it('does not read a planned end ("skulle efter planen have afsluttet") as an end', () => {
		expect(
			statuses(
				'Sagsfremstilling\nLæringsnetværket "Klima" skulle efter planen have afsluttet sit arbejde med udgangen af september.\n'
			)
		).toEqual([['network_running', 'Klima']]);
	});

	it('reads a cadence "hver 4.-6. uge"', () => {
		expect(events('Netværkene mødes hver 4.-6. uge.')).toEqual([
			['cadence', null, 'hver 4.-6. uge']
		]);
	});

	it('reads the seasons as a cadence ("starter nye netværk hvert forår og hvert efterår")', () => {
		expect(events('Chefforum starter nye netværk hvert forår og hvert efterår.')).toEqual([
			['cadence', null, 'hvert forår og hvert efterår']
		]);
	});

	it('reads names in italics with their kind in brackets, "valgte temaerne *A* og *B*", and "Tema: X – status" lines', () => {
		expect(
			statuses(
				'Sagsfremstilling\n- *Trygge overgange* (velfærdsnetværk) har afsluttet sin testfase.\n- *Affald som ressource* (innovationsnetværk) kører videre.\n\nTema: Digital inklusion af ældre – kører efter planen.\nTema: Støj i boligområderne – lukkes ved udgangen af januar.\nTema: Sund kost – forslag fra Dagtilbud.\n\nBeslutning\nChefforum valgte temaerne *Ensomhed blandt unge* og *Klimatilpasning*.\n'
			)
		).toEqual([
			['network_ended', 'Trygge overgange'],
			['network_running', 'Affald som ressource'],
			['network_running', 'Digital inklusion af ældre'],
			['network_ended', 'Støj i boligområderne'],
			['network_decided', 'Ensomhed blandt unge'],
			['network_decided', 'Klimatilpasning']
		]);
	});

	it('reads "Netværksstruktur 4" as version 4, but not "netværksstrukturen 1-2 gange årligt"', () => {
		expect(events('Som led i Netværksstruktur 4 igangsættes nye netværk.')).toEqual([
			['structure_version', null, 'Netværksstrukturen version 4 (NS4)']
		]);
		expect(events('Chefforum får en status på netværksstrukturen 1-2 gange årligt.')).toEqual([
			['cadence', null, '1-2 gange årligt']
		]);
	});

	it('reads a quote "der bliver et innovationsnetværk" as a decided network, and a month bullet "Januar 2019 – …"', () => {
		expect(
			statuses(
				'Beslutning\nChefforum besluttede at igangsætte "Unge med angst" som velfærdsnetværk samt "Cirkulære indkøb", der bliver et innovationsnetværk.\n'
			)
		).toEqual([
			['network_decided', 'Unge med angst'],
			['network_decided', 'Cirkulære indkøb']
		]);
		expect(
			milestones(
				'Sagsfremstilling\n• 10. oktober 2018 – Beslutning af temaer\n• Januar 2019 – De nye netværk holder deres første møde\n',
				'29-08-2018'
			)
		).toEqual([
			['milestone', '2018-10-10'],
			['milestone', '2019-01']
		]);
	});

	it('reads no cadence of "et netværk for udskrivningskoordinatorer" outside a network item', () => {
		const x = extractMinutes(
			'REFERAT Chefforum d. 10-09-2025\nPunkt 1: CF - Udskrivningsforløb\nSagsfremstilling\nParterne mødes i et netværk for udskrivningskoordinatorer to gange årligt.\n',
			'x'
		);
		expect(x.ok ? x.records.network_events : x.reason).toEqual([]);
	});

	it('reads "… mangler at afprøve vejledningen, før testfasen kan afsluttes" as running, not ended', () => {
		expect(
			statuses(
				'Sagsfremstilling\n- *Digital post til sårbare borgere* (velfærdsnetværk) mangler at afprøve den nye vejledning, før testfasen kan afsluttes.\n'
			)
		).toEqual([['network_running', 'Digital post til sårbare borgere']]);
	});

	it('reads a tidsplan laid out with spaces, each row its own milestone', () => {
		expect(
			events(
				'Tidsplan:\n\n18. marts 2026     Orientering af Hoved-MED\n1. april 2026      Opstart af temaprocessen\njuni 2026          Chefforum beslutter temaer\n'
			)
		).toEqual([
			['milestone', null, '2026-03-18'],
			['milestone', null, '2026-04-01'],
			['milestone', null, '2026-06']
		]);
	});

	it('reads networks listed without quotes under "besluttede at igangsætte følgende netværk:", each before a dash and its kind', () => {
		expect(
			statuses(
				'Beslutning\nChefforum besluttede at igangsætte følgende netværk i forårsrunden 2019:\n\n1. Sproglege i vuggestuen – læringsnetværk; referenceleder er afdelingschefen for Dagtilbud\n2. Brugte møbler til nye institutioner – innovationsnetværk uden fast slutdato\n'
			)
		).toEqual([
			['network_decided', 'Sproglege i vuggestuen'],
			['network_decided', 'Brugte møbler til nye institutioner']
		]);
	});

	it('reads "holdt sit sidste møde …; arbejdet overgår nu til drift" as ended', () => {
		expect(
			statuses(
				'Sagsfremstilling\nVelfærdsnetværket "Færre anbringelser" holdt sit sidste møde i oktober; arbejdet overgår nu til drift.\n'
			)
		).toEqual([['network_ended', 'Færre anbringelser']]);
	});

	it('keeps a month with its year beside a day in the same month ("evalueres i september 2015")', () => {
		expect(
			milestones(
				'Sagsfremstilling\nNetværket forlænges til 30. september 2015.\nNS2 evalueres samlet i september 2015.\n',
				'22-04-2015'
			)
		).toContainEqual(['milestone', '2015-09']);
	});

	it('dates a decision in the Historik by its entry ("Chefforums beslutning af 14. januar 2026:")', () => {
		expect(
			eventDates(
				'network_decided',
				'Sagsfremstilling\nVelfærdsnetværket "Unge i egen bolig" er i testfase.\nHistorik\nChefforums beslutning af 14. januar 2026:\nChefforum besluttede at igangsætte "Unge i egen bolig" som årets netværk.\n',
				'09-09-2026'
			)
		).toEqual(['2026-01-14']);
	});

	it('dates an end by "afsluttede sit arbejde den 30. september 2021"', () => {
		expect(
			eventDates(
				'network_ended',
				'Sagsfremstilling\nVelfærdsnetværket "Ældre med kroniske sygdomme" afsluttede sit arbejde den 30. september 2021.\n',
				'17-11-2021'
			)
		).toEqual(['2021-09-30']);
	});

	it('dates an end by "holdt sit afsluttende møde den 25. juni 2026"', () => {
		expect(
			eventDates(
				'network_ended',
				'Sagsfremstilling\nLæringsnetværket "Sprog i hjemmet" holdt sit afsluttende møde den 25. juni 2026 og er dermed afsluttet.\n',
				'09-09-2026'
			)
		).toEqual(['2026-06-25']);
	});

	it('reads the new date of a changed tidsplan, not the one given up, and "går i gang i september"', () => {
		expect(
			milestones(
				'Sagsfremstilling\nNetværket forlænges til 30. september 2022.\nDe nye netværk holder kick-off i uge 35 og går for alvor i gang i september.\nBeslutning\nTidsplanen blev godkendt med den ændring, at temaerne besluttes den 15. juni 2022 i stedet for den 8. juni.\n',
				'27-04-2022'
			)
		).toEqual([
			['milestone', '2022-09-30'],
			['milestone', '2022-09'],
			['milestone', '2022-06-15']
		]);
	});

	it('moves a tidsplan milestone "flyttes fra 2. juni til 9. juni": the new day, in the year of the row it moves', () => {
		expect(
			milestones(
				'Sagsfremstilling\nTidsplan:\n- 14. januar: Kick-off\n- 2. juni: Midtvejsstatus i Chefforum\nBeslutning\nTidsplanen blev godkendt med én ændring: midtvejsstatus flyttes fra 2. juni til 9. juni.\n',
				'26-11-2015'
			)
		).toEqual([
			['milestone', '2016-01-14'],
			['milestone', '2016-06-09']
		]);
	});

	it('reads network names in Title Case after their kind, two in one sentence, and "lukkes ned før tid"', () => {
		expect(
			statuses(
				'Sagsfremstilling\nVelfærdsnetværket Tryg Hjemkomst kører efter planen.\nInnovationsnetværket Grønne Gårdmiljøer lukkes ned før tid.\nBeslutning\nChefforum besluttede at igangsætte Velfærdsnetværket Flere Unge i Fritidsjob og Læringsnetværket Trygge Overgange fra Dagpleje til Børnehave i efterårsrunden.\n'
			)
		).toEqual([
			['network_running', 'Tryg Hjemkomst'],
			['network_ended', 'Grønne Gårdmiljøer'],
			['network_decided', 'Flere Unge i Fritidsjob'],
			['network_decided', 'Trygge Overgange fra Dagpleje til Børnehave']
		]);
	});

	it('reads "hvert andet kvartal", "to gange pr. halvår" and a tidsplan row "okt. 2019"', () => {
		expect(events('Netværkene følges hvert andet kvartal og mødes to gange pr. halvår.')).toEqual([
			['cadence', null, 'hvert andet kvartal'],
			['cadence', null, 'to gange pr. halvår']
		]);
		expect(
			events(
				'Tidsplan:\n\nokt. 2019             Afdelingerne indsender temaforslag\ndec. 2019             Chefforum beslutter temaer\n'
			)
		).toEqual([
			['milestone', null, '2019-10'],
			['milestone', null, '2019-12']
		]);
	});

	it('reads "Chefforum besluttede," over "at …" bullets, and a dated "midtvejsstatus"', () => {
		expect(
			statuses(
				'Beslutning\nChefforum besluttede,\n- at "Rehabilitering på tværs" forlænges med tre måneder til 31. januar 2025,\n- at "Trivsel i SFO" stoppes før tid,\n'
			)
		).toEqual([
			['network_extended', 'Rehabilitering på tværs'],
			['network_ended', 'Trivsel i SFO']
		]);
		expect(
			milestones(
				'Beslutning\nMidtvejsstatus for alle netværk gives på Chefforum den 15. januar 2025.\n',
				'11-09-2024'
			)
		).toEqual([['milestone', '2025-01-15']]);
	});

	it('reads "to gange i halvåret" as a cadence and a tidsplan row "Fra august 2026:" as a month', () => {
		expect(events('Netværket mødes i plenum to gange i halvåret.')).toEqual([
			['cadence', null, 'to gange i halvåret']
		]);
		expect(
			milestones(
				'Sagsfremstilling\nTidsplan:\n- Fra august 2026: Velfærdsnetværket går over i testfasen\n',
				'10-12-2025'
			)
		).toEqual([['milestone', '2026-08']]);
	});

	it('reads tidsplan rows that name the step first ("- Kick-off 14. marts: …") in order, and a day said again as its row', () => {
		expect(
			milestones(
				'Sagsfremstilling\nTidsplan:\n- Kick-off 14. marts: fælles opstart\n- Midtvejsseminar i juni: status\n- Afslutning 5. december: anbefalinger\nBeslutning\nChefforum godkendte tidsplanen med kick-off 14. marts og afslutning 5. december.\n',
				'22-02-2017'
			)
		).toEqual([
			['milestone', '2017-03-14'],
			['milestone', '2017-06'],
			['milestone', '2017-12-05']
		]);
	});

	it('dates "Hoved-MED orienteres om de kvalificerede temaforslag den 25. april" ahead, though "kvalificerede" looks done', () => {
		expect(
			milestones(
				'Sagsfremstilling\nHoved-MED orienteres om de kvalificerede temaforslag den 25. april.\n',
				'07-03-2018'
			)
		).toEqual([['milestone', '2018-04-25']]);
	});

	it('reads "Status:" lines under numbered network subheadings, and "Netværket har nået sine mål og afsluttes" in a paragraph after one about the network', () => {
		expect(
			statuses(
				'Sagsfremstilling\n#### Netværk 1: Unge i job\n\nStatus: Afsluttet\n\n#### Netværk 2: Ensomhed blandt ældre\n\nStatus: Kører videre til juni\n\n#### Netværk 3: Tidlig indsats\n\nStatus: Forlænget til 30. september 2018\n'
			)
		).toEqual(
			expect.arrayContaining([
				['network_ended', 'Unge i job'],
				['network_running', 'Ensomhed blandt ældre'],
				['network_extended', 'Tidlig indsats']
			])
		);
		expect(
			statuses(
				'Sagsfremstilling\nInnovationsnetværket **Grønne fællesskaber** har mødtes hver anden måned. Netværket har afprøvet tre prototyper.\n\nNetværket har nået sine mål og afsluttes med en konference den 14. december.\n'
			)
		).toContainEqual(['network_ended', 'Grønne fællesskaber']);
	});

	it('reads themes listed as bullets ("- Tema 2: …") and chosen by number in the decision', () => {
		expect(
			statuses(
				'Sagsfremstilling\n- Tema 1: Ensomhed blandt ældre\n- Tema 2: Tidlig indsats for børn\n- Tema 3: Grønne fællesskaber\nBeslutning\nChefforum valgte tema 2 og 3.\n',
				'Netværkstemaer for efteråret 2024'
			)
		).toEqual([
			['network_decided', 'Tidlig indsats for børn'],
			['network_decided', 'Grønne fællesskaber']
		]);
	});

	it('reads no milestone from a tidsplan row dated by its week ("- Uge 24: …"), and dates the rows after it later', () => {
		expect(
			milestones(
				'Sagsfremstilling\nTidsplan:\n- 10. marts: Kick-off\n- Uge 24: Midtvejsstatus\n- 1. december: Afslutning\n',
				'18-02-2016'
			)
		).toEqual([
			['milestone', '2016-03-10'],
			['milestone', '2016-12-01']
		]);
	});

	it('reads networks decided by their topic in lower case ("velfærdsnetværket om unge uden uddannelse og læringsnetværket om …")', () => {
		expect(
			statuses(
				'Beslutning\nChefforum besluttede at igangsætte velfærdsnetværket om unge uden uddannelse og læringsnetværket om digital dokumentation. Temaet om ensomhed gemmes.\n'
			)
		).toEqual([
			['network_decided', 'unge uden uddannelse'],
			['network_decided', 'digital dokumentation']
		]);
	});

	it('dates a tidsplan row of two days ("- 14.-15. marts: Netværksseminar") by its first day', () => {
		expect(
			milestones(
				'Sagsfremstilling\nTidsplan:\n- 14.-15. marts: Netværksseminar over to dage\n',
				'23-01-2019'
			)
		).toEqual([['milestone', '2019-03-14']]);
	});

	it('reads the new cadence, not the one it replaces ("i stedet for", "fra … til")', () => {
		expect(
			events('Chefforum igangsætter nye netværk én gang årligt i stedet for to gange årligt.')
		).toEqual([['cadence', null, 'én gang årligt']]);
		expect(events('Statusdrøftelserne ændres fra hver 6. uge til hver 8. uge.')).toEqual([
			['cadence', null, 'hver 8. uge']
		]);
	});

	it('reads no cadence outside a network item from a sentence that does not speak of networks', () => {
		const x = extractMinutes(
			'REFERAT Chefforum d. 12-05-2021\nPunkt 1: CF - Cykelstier\nSagsfremstilling\nAlbertslund har et sammenhængende stinetværk. Stierne tælles to gange årligt.\n',
			'x'
		);
		expect(x.ok ? x.records.network_events : x.reason).toEqual([]);
	});

	it('reads "sætter halvårligt nye netværk i gang", and "besluttede at stoppe "X"" for a network named before', () => {
		expect(events('Chefforum sætter halvårligt nye netværk i gang.')).toEqual([
			['cadence', null, 'halvårligt']
		]);
		expect(
			statuses(
				'Sagsfremstilling\nVelfærdsnetværket "Unge ledige" har haft svært ved at samle deltagere.\nBeslutning\nChefforum besluttede at stoppe "Unge ledige" pr. 1. oktober 2022.\n'
			)
		).toEqual([
			['network_running', 'Unge ledige'],
			['network_ended', 'Unge ledige']
		]);
	});

	it('dates a month named after a day in the same sentence after that day, and a tidsplan row half a year ahead as coming', () => {
		expect(
			events(
				'Temaprocessen starter den 14. januar, og de nye netværk holder kick-off i april.'
			).map((e) => e[2])
		).toEqual(['2023-01-14', '2023-04']);
		expect(
			milestones('Sagsfremstilling\nTidsplan:\n- juni: Midtvejsstatus i Chefforum\n', '07-12-2016')
		).toEqual([['milestone', '2017-06']]);
	});

	it('dates a month in a sentence about what was done in the past, unless a verb in it looks ahead', () => {
		expect(
			milestones(
				'Sagsfremstilling\nChefforum besluttede temaerne for forårets netværk i december.\n',
				'10-06-2026'
			)
		).toEqual([['milestone', '2025-12']]);
		expect(
			milestones(
				'Sagsfremstilling\nChefforum drøftede netværkenes midtvejsstatus i marts.\n',
				'18-11-2026'
			)
		).toEqual([['milestone', '2026-03']]);
		expect(
			milestones(
				'Sagsfremstilling\nChefforum besluttede at igangsætte to nye netværk i januar.\n',
				'09-12-2026'
			)
		).toEqual([['milestone', '2027-01']]);
	});

	it('takes a bullet that opens with the kind of network under "besluttede at igangsætte følgende netværk:" as decided', () => {
		expect(
			statuses(
				'Beslutning\nChefforum besluttede at igangsætte følgende to netværk:\n\n- velfærdsnetværket "Borgere med KOL" med afdelingschefen som referenceleder\n- læringsnetværket "Nye kolleger fra udlandet" med HR-chefen som referenceleder\n'
			)
		).toEqual([
			['network_decided', 'Borgere med KOL'],
			['network_decided', 'Nye kolleger fra udlandet']
		]);
	});

	it('reads proposals that name two known networks before what happens to them, approved as "Chefforum fulgte sekretariatets anbefalinger"', () => {
		const body =
			'Sagsfremstilling\nVelfærdsnetværket "Sikker hjemkomst" har lavet en tjekliste. Velfærdsnetværket "Skole hver dag" har samlet skolerne.\n' +
			'Indstilling\n1. at "Sikker hjemkomst" og "Skole hver dag" overgår\ntil drift\n' +
			'Beslutning\n';
		const ended = (decision: string): unknown =>
			(statuses(body + decision) as string[][]).filter((e) => e[0] === 'network_ended');
		expect(ended('Chefforum fulgte sekretariatets anbefalinger for begge netværk.\n')).toEqual([
			['network_ended', 'Sikker hjemkomst'],
			['network_ended', 'Skole hver dag']
		]);
		expect(ended('Chefforum besluttede som indstillet.\n')).toHaveLength(2);
		expect(ended('Chefforum drøftede netværkene.\n')).toEqual([]);
	});

	it('dates an extension "til udgangen af 2. kvartal" and an end "pr. 30. juni" after the name', () => {
		expect(
			eventDates(
				'network_extended',
				'Indstilling\n1. at netværket "Børnefamilier med gæld" forlænges til udgangen af 2. kvartal\nBeslutning\nGodkendt.\n',
				'07-12-2022'
			)
		).toEqual(['2023-06-30']);
		expect(
			eventDates(
				'network_ended',
				'Beslutning\nChefforum besluttede at lukke netværket "Digitale hjælpemidler" ned pr. 30. juni som foreslået.\n',
				'16-06-2021'
			)
		).toEqual(['2021-06-30']);
	});

	it('reads a status table of networks, one per row', () => {
		expect(
			statuses(
				'Sagsfremstilling\n| Netværk | Type | Status |\n|---|---|---|\n| Hjemløshed | Velfærdsnetværk | Kører |\n| Byfornyelse | Læringsnetværk | Afsluttet – overgår til drift |\n| Måltider | Velfærdsnetværk | Forlænget til 31.03.2022 |\n'
			)
		).toEqual([
			['network_running', 'Hjemløshed'],
			['network_ended', 'Byfornyelse'],
			['network_extended', 'Måltider']
		]);
	});

	it('reads themes listed by number and chosen by number ("Chefforum valgte tema 1 og 3")', () => {
		expect(
			statuses(
				'Sagsfremstilling\nTema 1: Energibesparelser\nType: udviklingsnetværk.\nTema 2: Fastholdelse\nTema 3: Fordrevne familier\nBeslutning\nChefforum valgte tema 1 og 3.\n'
			)
		).toEqual([
			['network_decided', 'Energibesparelser'],
			['network_decided', 'Fordrevne familier']
		]);
	});

	it('finds no network events in an item about the IT network going down', () => {
		expect(
			statuses(
				'Sagsfremstilling\nNetværket var nede i fem timer. Nødprocedurer testes fremover 2 gange årligt.\n',
				'Orientering om nedbruddet på netværket'
			)
		).toEqual([]);
	});

	it('keeps the date of a proposed extension the decision approves as "forlængelsen af "X""', () => {
		const x = extractMinutes(
			'REFERAT Chefforum d. 14-09-2016\nPunkt 1: CF - Netværk\nSagsfremstilling\nLæringsnetværket "Digital dokumentation" startede i maj.\nIndstilling\n1. at "Digital dokumentation" forlænges til 31. december 2016\nBeslutning\nChefforum godkendte forlængelsen af "Digital dokumentation".\n',
			'x'
		);
		expect(
			x.ok
				? x.records.network_events
						.filter((e) => e.event === 'network_extended')
						.map((e) => [e.network, e.date])
				: x.reason
		).toEqual([['Digital dokumentation', '2016-12-31']]);
	});

	it('reads "fortsætter til juni 2023" as extended to that month, but not "til drift"', () => {
		expect(events("Netværket 'Sammen om sundhed' fortsætter til juni 2023.")).toEqual([
			['network_extended', 'Sammen om sundhed', '2023-06']
		]);
	});

	it('reads a network that "startes op" as decided, even when it "kører i 4-5 måneder"', () => {
		expect(
			events('Læringsnetværket "Digital dannelse" startes op i januar og kører i 4-5 måneder.')
		).toEqual([
			['milestone', null, '2023-01'],
			['network_decided', 'Digital dannelse', '2022-11-15']
		]);
		expect(events('Netværket "Sund by" kører fortsat.')).toEqual([
			['network_running', 'Sund by', '2022-11-15']
		]);
	});

	it('leaves out a proposed network that the decision puts off', () => {
		expect(
			events(
				'Indstilling\n1. at der igangsættes tre nye netværk: "Alfa", "Beta" og "Gamma"\nBeslutning\nChefforum godkendte indstillingen med den ændring, at netværket "Gamma" udskydes til efteråret.'
			)
		).toEqual([
			['network_decided', 'Alfa', '2022-11-15'],
			['network_decided', 'Beta', '2022-11-15']
		]);
	});

	it('dates the start and end of a network period ("løber fra januar 2023 til juni 2023")', () => {
		expect(events('Netværksperioden løber fra januar 2023 til juni 2023.')).toEqual([
			['milestone', null, '2023-01'],
			['milestone', null, '2023-06']
		]);
	});

	it('reads "hver 14. dag", "mødes månedligt" and a status "hvert kvartal" as cadences, not "et månedligt budget"', () => {
		expect(events('Netværkene mødes hver 14. dag i opstartsfasen.')).toEqual([
			['cadence', null, 'hver 14. dag']
		]);
		expect(events('Netværket mødes ca. månedligt.')).toEqual([['cadence', null, 'månedligt']]);
		expect(events('Chefforum orienteres kvartalsvis om netværkene.')).toEqual([
			['cadence', null, 'kvartalsvis']
		]);
		expect(events('Status på netværkene gives fremover hvert kvartal.')).toEqual([
			['cadence', null, 'hvert kvartal']
		]);
		expect(
			events('Sekretariatet sender en kort status på alle netværk til Chefforum månedligt.')
		).toEqual([['cadence', null, 'månedligt']]);
		expect(events('Netværkene får et månedligt budget på 5.000 kr.')).toEqual([]);
	});

	it('reads a timetable written as a tab or pipe table, one milestone per row', () => {
		expect(
			events('Tidsplan:\n\nDato\tAktivitet\n15. januar\tTemaer drøftes\nJuni 2023\tEvaluering\n')
		).toEqual([
			['milestone', null, '2023-01-15'],
			['milestone', null, '2023-06']
		]);
		expect(
			events('| Dato | Aktivitet |\n|---|---|\n| 15. januar 2023 | Temaer besluttes |\n')
		).toEqual([['milestone', null, '2023-01-15']]);
	});

	it('reads "Netværksstruktur 3.0" as version 3', () => {
		expect(events('Chefforum drøftede erfaringerne med Netværksstruktur 3.0.')).toEqual([
			['structure_version', null, 'Netværksstrukturen version 3 (NS3)']
		]);
	});
});

/** The extensions a network item's body gives, as [network, date]. */
function extensionsIn(meetingDate: string, body: string): unknown {
	const x = extractMinutes(
		`REFERAT Chefforum d. ${meetingDate}\nPunkt 1: CF - Status på netværk\n${body}`,
		'x'
	);
	return (
		x.ok &&
		x.records.network_events
			.filter((e) => e.event === 'network_extended')
			.map((e) => [e.network, e.date])
	);
}

describe('an extension approved by the kind of network (written blind, AI)', () => {
	it('takes the dated extension in the Indstilling when the decision approves "forlængelsen af læringsnetværket"', () => {
		const body =
			'Sagsfremstilling\nLæringsnetværket "Skolestart" har holdt fire møder.\n' +
			'Indstilling\n1. at læringsnetværket "Skolestart" forlænges til 31. august 2026\n' +
			'Beslutning\nChefforum tog status til efterretning og godkendte forlængelsen af læringsnetværket.\n';
		expect(extensionsIn('10-06-2026', body)).toEqual([['Skolestart', '2026-08-31']]);
	});
});

describe('networks numbered by subheadings or named in capitals (written blind, AN)', () => {
	const body = [
		'Sagsfremstilling',
		'Netværk 1: Ældre og ensomhed',
		'',
		'Velfærdsnetværk med referenceleder fra Pleje & Omsorg.',
		'',
		'Netværk 2: Sprogstart i dagtilbud',
		'',
		'Netværket kører efter planen.',
		'',
		'Innovationsnetværket GRØNNE FÆLLESSKABER har ingen fast slutdato og fortsætter uændret.',
		'Indstilling',
		'1. at Netværk 1 forlænges til 31. oktober 2025',
		'2. at TRYG HJEMKOMST forlænges til 15. december 2025',
		'Beslutning',
		'Chefforum godkendte begge forlængelser, så Ældre og ensomhed fortsætter til 31. oktober 2025 og TRYG HJEMKOMST til 15. december 2025.',
		''
	].join('\n');
	const x = extractMinutes(
		`REFERAT Chefforum d. 11-06-2025\nPunkt 1: CF - Status på netværkene\n${body}`,
		'x'
	);
	const events = x.ok ? x.records.network_events.map((e) => [e.event, e.network, e.date]) : [];

	it('reads a network by the name its numbered subheading gives it', () => {
		expect(events).toContainEqual(['network_running', 'Sprogstart i dagtilbud', '2025-06-11']);
		expect(events).toContainEqual(['network_extended', 'Ældre og ensomhed', '2025-10-31']);
	});

	it('reads a name in capitals after the kind of network or before what happens to it', () => {
		expect(events).toContainEqual(['network_running', 'GRØNNE FÆLLESSKABER', '2025-06-11']);
		expect(events).toContainEqual(['network_extended', 'TRYG HJEMKOMST', '2025-12-15']);
	});
});

describe('proposals chosen by number and networks ended by count (written blind, AL)', () => {
	const body = [
		'Sagsfremstilling',
		'- "Hjælp til selvhjælp" (velfærdsnetværk): arbejdsgangen er taget i brug.',
		'- "Fælles sprog om skolefravær" (læringsnetværk): en guide er taget i brug.',
		'',
		'1. "Unge med angst i udskolingen" – foreslået af Skoler & Uddannelse.',
		'2. "Flere seniorer i foreningslivet" – foreslået af Kultur & Fritid.',
		'3. "Genbrug af møbler" – foreslået af Drift & Service.',
		'Beslutning',
		'Chefforum afsluttede de to netværk fra efterårsrunden.',
		'',
		'Chefforum valgte forslag nr. 1 som velfærdsnetværk og forslag nr. 3 som innovationsnetværk. Forslag nr. 2 gemmes.',
		''
	].join('\n');
	const x = extractMinutes(
		`REFERAT Chefforum d. 24-01-2024\nPunkt 1: CF - Afslutning af netværk og nye temaer\n${body}`,
		'x'
	);
	const events = x.ok ? x.records.network_events.map((e) => [e.event, e.network]) : [];

	it('takes the proposals chosen by number from the numbered list of quoted names', () => {
		expect(events.filter((e) => e[0] === 'network_decided')).toEqual([
			['network_decided', 'Unge med angst i udskolingen'],
			['network_decided', 'Genbrug af møbler']
		]);
	});

	it('ends each network the item named when the decision ends as many as it counts', () => {
		expect(events.filter((e) => e[0] === 'network_ended')).toEqual([
			['network_ended', 'Hjælp til selvhjælp'],
			['network_ended', 'Fælles sprog om skolefravær']
		]);
	});
});

describe('networks named in apposition (written blind, AO)', () => {
	it('reads quoted names after "netværk, der …," and "skal ikke startes om" as going on', () => {
		expect(
			names(
				'De tre netværk, der er startet under version 3, "Tidlig indsats", "Ledige over 50 år" og "Sammenhængende forløb", fortsætter.'
			)
		).toEqual(['Tidlig indsats', 'Ledige over 50 år', 'Sammenhængende forløb']);
		const x = extractMinutes(
			'REFERAT Chefforum d. 15-02-2017\nPunkt 1: CF - Netværksstruktur\nSagsfremstilling\nDe to netværk, der er startet, "Tidlig indsats" og "Ledige over 50 år", fortsætter og skal ikke startes om.\n',
			'x'
		);
		expect(x.ok && x.records.network_events.map((e) => [e.event, e.network])).toEqual([
			['network_running', 'Tidlig indsats'],
			['network_running', 'Ledige over 50 år']
		]);
	});
});

describe('proposals approved by number, and an extension dated without a year (written blind, AT)', () => {
	it('takes the extension of "godkendte indstillingens punkt 2-4", ending after the meeting', () => {
		expect(
			extensionsIn(
				'10-02-2021',
				'Sagsfremstilling\nNetværket "Tidlig indsats" kører.\nIndstilling\n1. at status tages til efterretning\n2. at "Tidlig indsats" forlænges til den 30. september\nBeslutning\nChefforum godkendte indstillingens punkt 2-4.\n'
			)
		).toEqual([['Tidlig indsats', '2021-09-30']]);
	});

	it('takes the points of "Indstillingens punkt 2 og 3 blev godkendt" (written blind, BA)', () => {
		expect(
			extensionsIn(
				'27-11-2024',
				'Sagsfremstilling\nLæringsnetværket "Fritidsjob til unge" kom sent i gang.\nIndstilling\n1. at temaerne besluttes\n2. at "Fritidsjob til unge" forlænges til 31. marts 2025\nBeslutning\nIndstillingens punkt 2 og 3 blev godkendt.\n'
			)
		).toEqual([['Fritidsjob til unge', '2025-03-31']]);
	});
});

describe('the networks decided and the process passed (written blind, BA)', () => {
	const events = (body: string, date = '27-11-2024'): unknown[][] => networkEvents(body, date);
	const statuses = (body: string): unknown[][] => events(body).filter((e) => e[0] !== 'milestone');
	const milestones = (body: string, date: string): unknown[][] =>
		events(body, date).filter((e) => e[0] === 'milestone');

	it('reads a table of networks under "besluttede at igangsætte følgende tre netværk …:" as decided', () => {
		expect(
			statuses(
				'Beslutning\nChefforum besluttede at igangsætte følgende netværk med de anførte referenceledere:\n\n| Netværk | Type | Referenceleder |\n|---|---|---|\n| Børn i psykisk sårbare familier | Velfærdsnetværk | Lene V. |\n| Regnvand som ressource | Innovationsnetværk | Sofie D. |\n'
			)
		).toEqual([
			['network_decided', 'Børn i psykisk sårbare familier'],
			['network_decided', 'Regnvand som ressource']
		]);
	});

	it('dates a step of the process passed ("blev sat i gang den 2. oktober") before the meeting', () => {
		expect(
			milestones(
				'Sagsfremstilling\nTemaprocessen blev sat i gang den 2. oktober, og forslagene blev kvalificeret på mødet den 13. november.\n',
				'27-11-2024'
			)
		).toEqual([
			['milestone', '2024-10-02'],
			['milestone', '2024-11-13']
		]);
	});
});

describe('a network table whose status is a testfase (written blind, AR)', () => {
	it('reads "Testfase" and "Løbende" in the status column as running', () => {
		const x = extractMinutes(
			'REFERAT Chefforum d. 27-08-2025\nPunkt 1: CF - Status på netværk\nSagsfremstilling\n| Netværk | Type | Status |\n|---|---|---|\n| Tryghed ved stationen | Velfærdsnetværk | Testfase |\n| Cirkulære indkøb | Innovationsnetværk | Løbende |\n',
			'x'
		);
		expect(x.ok && x.records.network_events.map((e) => [e.event, e.network])).toEqual([
			['network_running', 'Tryghed ved stationen'],
			['network_running', 'Cirkulære indkøb']
		]);
	});
});

describe('a sub-bullet that opens with what happened (written blind, AR)', () => {
	it('ends the network named in the bullet over "o<TAB>Afsluttet d. 30.06.2016"', () => {
		const x = extractMinutes(
			'REFERAT Chefforum d. 16-11-2016\nPunkt 1: CF - Status på netværk\nSagsfremstilling\nStatus på de enkelte netværk:\n•\tVelfærdsnetværket "Unge ledige"\no\tAfsluttet d. 30.06.2016 – arbejdet er overgået til drift\n',
			'x'
		);
		expect(x.ok && x.records.network_events.map((e) => [e.event, e.network])).toContainEqual([
			'network_ended',
			'Unge ledige'
		]);
	});
});

describe('the first networks of 2014, chosen by number (written blind, BF)', () => {
	const events = (body: string): unknown[][] =>
		networkEvents(body, '29-01-2014', 'Netværksstrukturen version 1');

	it('reads a tidsplan whose dates stand alone on their lines over the activity', () => {
		expect(
			events(
				'Sagsfremstilling\nForslag til tidsplan:\n\nDato\nAktivitet\n12. februar 2014\nReferenceledere udpeger deltagere\nJuni 2014\nFørste kvartalsstatus i Chefforum\n'
			).filter((e) => e[0] === 'milestone')
		).toEqual([
			['milestone', '2014-02-12'],
			['milestone', '2014-06']
		]);
	});

	it('takes "pegede på nr. 1 og 3" from a plain numbered list of titles as decided', () => {
		expect(
			events(
				'Sagsfremstilling\n1. Unge uden job eller uddannelse\nForslag fra Beskæftigelse.\n\n2. Fælles introduktion af nye medarbejdere\nForslag fra HR.\n\n3. Én indgang for borgerhenvendelser\nForslag fra Borgerservice.\n\nIndstilling\n1. at Chefforum vælger temaer\n\nBeslutning\nChefforum pegede på nr. 1 og 3 som de første netværk.\n'
			).filter((e) => e[0] === 'network_decided')
		).toEqual([
			['network_decided', 'Unge uden job eller uddannelse'],
			['network_decided', 'Én indgang for borgerhenvendelser']
		]);
	});
});

describe('networks named without quotes, themes by letter (written blind, BF)', () => {
	const events = (body: string): unknown[][] =>
		networkEvents(body, '30-11-2022', 'Evaluering af netværk og valg af temaer').filter(
			(e) => e[0] !== 'milestone' && e[0] !== 'cadence'
		);

	it('takes "Chefforum valgte forslag a og c" from bold headings "**Forslag a – …**"', () => {
		expect(
			events(
				'Sagsfremstilling\n**Forslag a – Ensomhed blandt unge**\n\nForslag fra Skoler.\n\n**Forslag b – Digital post**\n\nForslag fra Borgerservice.\n\n**Forslag c – Genbrug af møbler**\n\nForslag fra Ejendomme.\n\nBeslutning\nChefforum valgte forslag a og c.\n'
			)
		).toEqual([
			['network_decided', 'Ensomhed blandt unge'],
			['network_decided', 'Genbrug af møbler']
		]);
	});

	it('follows a network listed as "- Unge i fritidsjob (læringsnetværk)" into the sentences that name it plainly', () => {
		expect(
			events(
				'Sagsfremstilling\nI foråret satte Chefforum følgende netværk i gang:\n\n- Mad til ældre (velfærdsnetværk)\n- Unge i fritidsjob (læringsnetværk)\n\nBeslutning\nMad til ældre afsluttes som netværk. Unge i fritidsjob forlænges til 31. marts 2023.\n'
			)
		).toEqual([
			['network_running', 'Mad til ældre'],
			['network_running', 'Unge i fritidsjob'],
			['network_ended', 'Mad til ældre'],
			['network_extended', 'Unge i fritidsjob']
		]);
	});
});

describe('milestones said of what is presented (written blind, CC)', () => {
	it('dates "hvor løsningsforslagene fremlægges for Chefforum" and a test "afprøves fra januar 2025"', () => {
		expect(
			networkEvents(
				'Sagsfremstilling\nNetværket arbejder frem til ultimo november, hvor løsningsforslagene fremlægges for Chefforum. Herefter afprøves modellen i praksis fra januar 2025.\n',
				'29-05-2024'
			)
		).toEqual([
			['milestone', '2024-11'],
			['milestone', '2025-01']
		]);
	});
});

describe('themes put forward (written blind, CC)', () => {
	it('does not take a theme listed "(forslag fra …)" for a running network', () => {
		expect(
			networkEvents(
				'Sagsfremstilling\nSekretariatet peger på tre af forslagene:\n\n- "Mere genbrug i etageboligerne" som innovationsnetværk (forslag fra By & Miljø)\n- "Digitale arbejdsgange i hjemmeplejen" som læringsnetværk (forslag fra Pleje & Omsorg)\n',
				'20-11-2019'
			)
		).toEqual([]);
	});
});

describe('a structure version in brackets', () => {
	it('reads "netværksstruktur (version 5)" as NS5', () => {
		expect(
			networkLabels(
				'Sagsfremstilling\nEfter den nye netværksstruktur (version 5) evalueres netværkene løbende.\n',
				'20-11-2019'
			)
		).toEqual([['structure_version', 'Netværksstrukturen version 5 (NS5)']]);
	});
});

describe('cadences said as an interval', () => {
	it('reads "med seks ugers mellemrum" and "en gang om ugen" as cadences', () => {
		expect(
			networkLabels(
				'Sagsfremstilling\nNetværkene mødes med seks ugers mellemrum, i opstarten dog en gang om ugen.\n',
				'20-11-2019'
			)
		).toEqual([
			['cadence', 'med seks ugers mellemrum'],
			['cadence', 'en gang om ugen']
		]);
	});
});

describe('networks decided as the bullets of a decision that names what it appoints', () => {
	it('reads bullets under "godkendte indstillingen og udpegede følgende referenceledere:" as decided', () => {
		expect(
			networkEvents(
				'Beslutning\nChefforum godkendte indstillingen og udpegede følgende referenceledere:\n- "Ensomhed blandt unge": afdelingschef for Social & Familie\n- "Grøn transport": afdelingschef for By & Miljø\n',
				'20-11-2019'
			)
		).toEqual([
			['network_decided', 'Ensomhed blandt unge'],
			['network_decided', 'Grøn transport']
		]);
	});
});

describe('networks named in bold or plainly after "netværket om" (written blind, CH)', () => {
	it('reads "valgte **A** som velfærdsnetværk og **B** som læringsnetværk" as two decided', () => {
		expect(
			networkEvents(
				'Beslutning\nChefforum valgte **Unge med angst** som velfærdsnetværk og **Fælles sprog om rehabilitering** som læringsnetværk.\n',
				'16-06-2021'
			)
		).toEqual([
			['network_decided', 'Unge med angst'],
			['network_decided', 'Fælles sprog om rehabilitering']
		]);
	});

	it('ends a plainly named network that "holdt sit sidste netværksmøde", extends one "med tre måneder"', () => {
		expect(
			networkEvents(
				'Sagsfremstilling\nVelfærdsnetværket om Unge uden fodfæste holdt sit sidste netværksmøde den 30. august og er dermed afsluttet.\n\nBeslutning\nChefforum besluttede at forlænge læringsnetværket om Tidlig opsporing af demens med tre måneder.\n',
				'20-09-2017'
			).filter(([kind]) => kind !== 'milestone')
		).toEqual([
			['network_ended', 'Unge uden fodfæste'],
			['network_extended', 'Tidlig opsporing af demens']
		]);
	});
});

describe('network evaluations by paragraph and decisions as lists of names (written blind, CN)', () => {
	const statusesOf = (body: string): unknown[][] =>
		networkEvents(body, '16-03-2022').filter(([kind]) => kind !== 'milestone');

	it('reads a paragraph that opens with a quoted name and what happens to it', () => {
		expect(
			statusesOf(
				'Sagsfremstilling\n"Styrket overgang fra dagtilbud til skole" afsluttes planmæssigt. Modellen tages i brug.\n\n"Fælles indgang for erhvervsdrivende" lukkes ned før tid.\n'
			)
		).toEqual([
			['network_ended', 'Styrket overgang fra dagtilbud til skole'],
			['network_ended', 'Fælles indgang for erhvervsdrivende']
		]);
	});

	it('reads bare names under a decision to start networks, not under a list of proposals', () => {
		expect(
			statusesOf(
				'Beslutning\nChefforum besluttede at igangsætte tre nye netværk i februar 2023:\n\n1. Unge med angst i overgangen til ungdomsuddannelse\n2. Velfærdsteknologi i hjemmeplejen\n'
			)
		).toEqual([
			['network_decided', 'Unge med angst i overgangen til ungdomsuddannelse'],
			['network_decided', 'Velfærdsteknologi i hjemmeplejen']
		]);
		expect(
			statusesOf(
				'Sagsfremstilling\nDer er indkommet følgende forslag til netværkstemaer:\n\n- Hverdagsrehabilitering for borgere med demens\n- Aftenbrug af kommunens lokaler\n'
			)
		).toEqual([]);
	});

	it('dates an end said in a status table ("Afsluttes 30. april")', () => {
		const x = extractMinutes(
			'REFERAT Chefforum d. 16-03-2022\nPunkt 1: CF - Netværk\nSagsfremstilling\nNetværk\tType\tStatus\nUnge uden job\tVelfærdsnetværk\tAfsluttes 30. april\nSunde børn\tLæringsnetværk\tKører\n',
			'x'
		);
		expect(
			x.ok
				? x.records.network_events
						.filter((e) => e.event !== 'milestone')
						.map((e) => [e.event, e.network, e.date])
				: x.reason
		).toEqual([
			['network_ended', 'Unge uden job', '2022-04-30'],
			['network_running', 'Sunde børn', '2022-03-16']
		]);
	});
});

describe('themes decided as what the first networks "skal arbejde med" (written blind, CT)', () => {
	it('reads "… at de tre første netværk skal arbejde med temaerne "A", "B" og "C"" as three decided', () => {
		expect(
			networkEvents(
				'Beslutning\nChefforum besluttede, at de tre første netværk skal arbejde med temaerne "Unge og job", "Sikker hjemkomst" og "Klart sprog".\n',
				'22-01-2015'
			)
		).toEqual([
			['network_decided', 'Unge og job'],
			['network_decided', 'Sikker hjemkomst'],
			['network_decided', 'Klart sprog']
		]);
	});
});

describe('a decision to start "de tre netværk" the Indstilling names (written blind, CZ)', () => {
	it('decides the networks the Indstilling proposes by name', () => {
		expect(
			networkEvents(
				'Sagsfremstilling\nSekretariatet har fundet referenceledere og deltagere til begge netværk:\n\n- "Unge mellem skole og job" – velfærdsnetværk med ni deltagere\n- "Grønne fællesarealer" – innovationsnetværk\n\nIndstilling\n1. at Chefforum beslutter at igangsætte de to netværk "Unge mellem skole og job" og "Grønne fællesarealer"\nBeslutning\nChefforum besluttede at igangsætte de to netværk.\n',
				'15-01-2025'
			).filter(([kind]) => kind === 'network_decided')
		).toEqual([
			['network_decided', 'Unge mellem skole og job'],
			['network_decided', 'Grønne fællesarealer']
		]);
	});
});

describe('a network renamed (written blind, CAG)', () => {
	it('reads the new name of "skifter navn fra »A« til »B«" and "fremover hedder »B«" as running', () => {
		expect(
			networkEvents(
				'Sagsfremstilling\nNetværket skifter derfor navn fra "Grønne institutioner" til "Energi og klima i kommunens bygninger".\n',
				'14-09-2022'
			)
		).toEqual([['network_running', 'Energi og klima i kommunens bygninger']]);
		expect(
			networkEvents(
				'Beslutning\nChefforum godkendte, at innovationsnetværket fremover hedder "Energi og klima".\n',
				'14-09-2022'
			)
		).toEqual([['network_running', 'Energi og klima']]);
	});
});

describe('network events of a round of status and decisions (written blind, 471, 472)', () => {
	it('decides the bullets under "Følgende tre netværk blev besluttet og starter efter sommerferien:"', () => {
		expect(
			networkEvents(
				'Beslutning\nFølgende tre netværk blev besluttet og starter efter sommerferien:\n\n- "Unge ledige på vej mod uddannelse" (velfærdsnetværk)\n- "Digital selvbetjening for ældre borgere" (læringsnetværk)\n',
				'10-06-2015'
			)
		).toEqual([
			['network_decided', 'Unge ledige på vej mod uddannelse'],
			['network_decided', 'Digital selvbetjening for ældre borgere']
		]);
	});

	it('reads a status bullet that opens with a quoted name and "kører" as running', () => {
		expect(
			networkEvents(
				'Sagsfremstilling\n- "Frivillige i ældreplejen" kører efter planen og fortsætter uændret frem til evalueringen.\n',
				'10-06-2015'
			)
		).toEqual([['network_running', 'Frivillige i ældreplejen']]);
	});

	it('decides a theme approved "under den nye titel" by that title', () => {
		expect(
			networkEvents(
				'Beslutning\nChefforum besluttede at igangsætte to netværk i foråret 2023:\n\n- Temaet om ensomhed blandt ældre borgere blev godkendt, men under den nye titel "Fællesskaber mod ensomhed", så netværket også kan arbejde med yngre borgere.\n',
				'16-11-2022'
			)
		).toEqual([['network_decided', 'Fællesskaber mod ensomhed']]);
	});
});

describe("a theme decided as one of the round's (written blind, 484)", () => {
	it('decides "X" that "bliver et af forårets temaer"', () => {
		expect(
			networkEvents(
				'Beslutning\nAllerede nu blev det besluttet, at "Sammenhængende forløb for borgere med demens" bliver et af forårets temaer.\n',
				'23-11-2022'
			)
		).toEqual([['network_decided', 'Sammenhængende forløb for borgere med demens']]);
	});
});

describe('networks from blind fixture 589', () => {
	it("reads the days of a table's Opstart and Afslutning columns as milestones", () => {
		expect(
			networkEvents(
				'Sagsfremstilling\n| Netværk | Tema | Opstart | Afslutning |\n|---|---|---|---|\n| Unge på vej | Velfærdsnetværk | 5. september 2022 | 28. februar 2023 |\n| Digitale sagsgange | Læringsnetværk | oktober 2022 | uden fast slutdato |\n',
				'15-06-2022'
			).filter(([e]) => e === 'milestone')
		).toEqual([
			['milestone', '2022-09-05'],
			['milestone', '2023-02-28'],
			['milestone', '2022-10']
		]);
	});

	it('keeps a network that has ended its meetings and is now in its test phase running', () => {
		expect(
			networkEvents(
				'Sagsfremstilling\nVelfærdsnetværket "Færre unge på kontanthjælp" har afsluttet sine netværksmøder og er nu i afprøvningsfasen.\n',
				'15-06-2022'
			)
		).toEqual([['network_running', 'Færre unge på kontanthjælp']]);
	});
});

describe('networks from blind fixtures 606, 616, 619 and 620', () => {
	it('reads a network the sentence before named as extended by "Netværket … og er derfor forlænget til 1. april"', () => {
		expect(
			networkEvents(
				'Sagsfremstilling\nVelfærdsnetværket "Ensomme ældre" skulle efter planen have sluttet ved årsskiftet. Netværket har bedt om mere tid til at afprøve modellen sammen med de frivillige foreninger og er derfor forlænget til 1. april.\n',
				'10-12-2015'
			)
		).toContainEqual(['network_extended', 'Ensomme ældre']);
	});

	it('decides a network whose relative clause says what it will do ("som arbejder uden fast slutdato")', () => {
		expect(
			networkEvents(
				'Beslutning\nChefforum besluttede at etablere innovationsnetværket "Fremtidens frivillighed", som arbejder uden fast slutdato.\n',
				'10-12-2015'
			)
		).toEqual([['network_decided', 'Fremtidens frivillighed']]);
	});

	it('reads networks lettered by subheadings ("Netværk A: …") and named so in the decision', () => {
		expect(
			networkEvents(
				'Sagsfremstilling\nNetværk A: Unge uden job\n\nStatus: Netværket beder om mere tid.\n\nBeslutning\nChefforum besluttede at forlænge Netværk A til udgangen af juni.\n',
				'15-05-2019'
			)
		).toContainEqual(['network_extended', 'Unge uden job']);
	});

	it('dates "forelagt Chefforum i november", and a day with its year to come in a sentence that also looks back', () => {
		expect(
			networkEvents(
				'Sagsfremstilling\nVersion 4 af Netværksstrukturen forventes forelagt Chefforum i november.\n',
				'06-06-2018'
			)
		).toContainEqual(['milestone', '2018-11']);
		expect(
			networkEvents(
				'Sagsfremstilling\nLæringsnetværket "Ensomhed" har kørt siden april og afholder sit sidste netværksmøde den 25. november 2026.\n',
				'16-09-2026'
			)
		).toContainEqual(['milestone', '2026-11-25']);
	});
});

describe('networks from blind fixture 624', () => {
	it('reads themes lettered with quoted names and a remark ("Tema A: "…" (foreslået som …)") chosen by letter', () => {
		expect(
			networkEvents(
				'Sagsfremstilling\nTema A: "Unge uden job" (foreslået som velfærdsnetværk)\nTema B: "Digital selvbetjening" (foreslået som læringsnetværk)\nTema C: "Trivsel i udskolingen" (foreslået som læringsnetværk)\n\nBeslutning\nChefforum valgte tema A og C.\n',
				'21-06-2017'
			)
		).toEqual([
			['network_decided', 'Unge uden job'],
			['network_decided', 'Trivsel i udskolingen']
		]);
	});
});

describe('networks from blind fixtures 612 and 642', () => {
	it('reads a network that "fortsætter … som" a new name as running under it', () => {
		expect(
			networkEvents(
				'Beslutning\n"Grønne gårdrum" fortsætter fra januar som "Klimatilpasning i boligområderne" med de samme deltagere.\n',
				'24-11-2021'
			)
		).toEqual([
			['network_running', 'Grønne gårdrum'],
			['network_running', 'Klimatilpasning i boligområderne']
		]);
	});

	it('dates "lukkes ned pr. 31. december", and "afleveres … i maj" said in November in the coming May', () => {
		const events = networkEvents(
			'Sagsfremstilling\nSekretariatet foreslår, at netværket lukkes ned pr. 31. december.\n\nDe endelige anbefalinger afleveres til Chefforum i maj.\n',
			'24-11-2021'
		);
		expect(events).toContainEqual(['milestone', '2021-12-31']);
		expect(events).toContainEqual(['milestone', '2022-05']);
	});

	it('decides the networks of a numbered list under "besluttede at sætte følgende to netværk i gang …:"', () => {
		expect(
			networkEvents(
				'Beslutning\nChefforum besluttede at sætte følgende to netværk i gang i foråret 2020:\n\n1. Velfærdsnetværk: "Unge uden job"\nNetværket mødes hver 3. uge.\n\n2. Læringsnetværk: "Velfærdsteknologi"\nNetværket mødes en gang om måneden.\n',
				'18-12-2019'
			).filter(([e]) => e !== 'cadence')
		).toEqual([
			['network_decided', 'Unge uden job'],
			['network_decided', 'Velfærdsteknologi']
		]);
	});
});

describe('networks from blind fixtures 664 and 673', () => {
	it('reads cadences said as adjectives before a kind of meeting ("månedlige netværksmøder")', () => {
		expect(
			networkLabels(
				'Beslutning\nChefforum godkendte den nye kadence med månedlige netværksmøder, kvartalsvise statusmøder i Chefforum og halvårlige seminarer.\n',
				'16-06-2021'
			)
		).toEqual([
			['cadence', 'månedlige'],
			['cadence', 'kvartalsvise'],
			['cadence', 'halvårlige']
		]);
	});

	it('reads networks named in bold capitals over their "Status:" lines', () => {
		const events = networkEvents(
			'Sagsfremstilling\n**TRYG I EGET HJEM**\n\nType: Velfærdsnetværk\n\nStatus: Kører\n\n**UNGE PÅ VEJ I JOB**\n\nStatus: Afsluttet\n',
			'29-08-2018'
		);
		expect(events).toContainEqual(['network_running', 'TRYG I EGET HJEM']);
		expect(events).toContainEqual(['network_ended', 'UNGE PÅ VEJ I JOB']);
	});
});

describe('networks from blind fixture 682', () => {
	it('dates "… som behandles på Chefforum i november", but not "sagsbehandling" or "databehandleraftalen"', () => {
		const events = networkEvents(
			'Sagsfremstilling\nSekretariatet udarbejder et udkast til version 4 af Netværksstrukturen, som behandles på Chefforum i november.\n\nNetværket venter, fordi databehandleraftalen først kom på plads i maj.\n',
			'18-08-2021'
		);
		expect(events).toContainEqual(['milestone', '2021-11']);
		expect(events).not.toContainEqual(['milestone', '2021-05']);
	});
});
