import { describe, expect, it } from 'vitest';
import { budgetRound, colourStatement, previousColour } from '../../src/lib/minutes/budget';
import { extractMinutes, type BudgetLine } from '../../src/lib/minutes/index';

/** The budget lines of a status item whose body (sections and all) is `body`. */
function budgetLines(body: string, title = 'Anden status på budgetaftalen 2022'): BudgetLine[] {
	const x = extractMinutes(
		`REFERAT Chefforum d. 10-06-2022\nPunkt 1: CF - ${title}\n${body}\n`,
		'x'
	);
	if (!x.ok) throw new Error(x.reason);
	return x.records.budget_lines;
}

describe('colourStatement', () => {
	it('reads "Grøn – uændret" as green, previously green, and "Gul (ændret fra grøn)" as yellow, previously green', () => {
		expect(colourStatement('Status: Grøn – uændret')).toEqual({
			colour: 'green',
			previous: 'green'
		});
		expect(colourStatement('Status: Gul (ændret fra grøn)')).toEqual({
			colour: 'yellow',
			previous: 'green'
		});
	});

	it('reads "er nu grøn, tidligere gul" as green, previously yellow', () => {
		expect(colourStatement('Linjen er nu grøn, tidligere gul')).toEqual({
			colour: 'green',
			previous: 'yellow'
		});
	});

	it('reads "nu rød" as red', () => {
		expect(colourStatement('Projektet er forsinket og nu rød')).toEqual({
			colour: 'red',
			previous: null
		});
	});
	it('reads "gøres grøn" as green with no previous colour', () => {
		expect(colourStatement('4.1 - Sundhedshus - gøres grøn')).toEqual({
			colour: 'green',
			previous: null
		});
	});

	it('reads "skal være gul i stedet for rød" as yellow, previously red', () => {
		expect(colourStatement('Linjen skal være gul i stedet for rød')).toEqual({
			colour: 'yellow',
			previous: 'red'
		});
	});

	it('reads "skifter fra gul til grøn" as green, previously yellow', () => {
		expect(colourStatement('Chefforum besluttede, at 3.2 skifter fra gul til grøn')).toEqual({
			colour: 'green',
			previous: 'yellow'
		});
	});

	it('reads "forbliver rød" as red, previously red', () => {
		expect(colourStatement('2.4 - Ny skolestruktur - forbliver rød')).toEqual({
			colour: 'red',
			previous: 'red'
		});
	});

	it('reads "fortsat gul" and "er fortsat grøn" as unchanged', () => {
		expect(colourStatement('fortsat gul')).toEqual({ colour: 'yellow', previous: 'yellow' });
		expect(colourStatement('Indsatsen er fortsat grøn.')).toEqual({
			colour: 'green',
			previous: 'green'
		});
	});

	it('reads a bare colour word, with or without "Status:" and a full stop', () => {
		expect(colourStatement('gul')).toEqual({ colour: 'yellow', previous: null });
		expect(colourStatement('Status: Grøn.')).toEqual({ colour: 'green', previous: null });
		expect(colourStatement('RØD')).toEqual({ colour: 'red', previous: null });
	});

	it('reads inflected colours ("gøres grønne", "ændres til gult")', () => {
		expect(colourStatement('2.1, 2.4 og 2.5 gøres grønne')).toEqual({
			colour: 'green',
			previous: null
		});
		expect(colourStatement('ændres til gult')).toEqual({ colour: 'yellow', previous: null });
	});

	it('reads "vurderes som grøn" as green and "status er uændret gul" as yellow before and now', () => {
		expect(colourStatement('Initiativet vurderes som grøn.')).toEqual({
			colour: 'green',
			previous: null
		});
		expect(colourStatement('status er uændret gul')).toEqual({
			colour: 'yellow',
			previous: 'yellow'
		});
	});

	it('reads "ikke længere rød" as previously red with no stated colour', () => {
		expect(colourStatement('Linjen er ikke længere rød')).toEqual({
			colour: null,
			previous: 'red'
		});
	});

	it('does not read "er ikke grøn" as green', () => {
		expect(colourStatement('Linjen er ikke grøn endnu')).toEqual({ colour: null, previous: null });
	});

	it('finds no colour in "den grønne omstilling"', () => {
		expect(colourStatement('Indsatsen for den grønne omstilling er i gang')).toEqual({
			colour: null,
			previous: null
		});
	});

	it('finds no colour in a sentence without a colour word', () => {
		expect(colourStatement('Chefforum gennemgik status på budgetaftalen.')).toEqual({
			colour: null,
			previous: null
		});
	});
});

describe('budgetRound', () => {
	it('reads the agreement year and a month round from the title', () => {
		expect(budgetRound('Status på budgetaftalen 2017, oktober 2017', [])).toEqual({
			agreementYear: 2017,
			round: null,
			roundLabel: 'oktober 2017'
		});
	});

	it('reads an ordinal word round ("Anden status")', () => {
		expect(budgetRound('Anden status på budgetaftalen 2021', [])).toEqual({
			agreementYear: 2021,
			round: 2,
			roundLabel: 'Anden status'
		});
	});

	it('reads "Tredje og sidste status" as the third round and a year in parentheses', () => {
		expect(budgetRound('Tredje og sidste status på budgetaftalen (2018)', [])).toEqual({
			agreementYear: 2018,
			round: 3,
			roundLabel: 'Tredje status'
		});
	});

	it('reads "budgetaftale for budget 2018" and a month after it', () => {
		expect(budgetRound('Status på budgetaftale for budget 2018 - juni 2018', [])).toEqual({
			agreementYear: 2018,
			round: null,
			roundLabel: 'juni 2018'
		});
	});

	it('falls back to the sentences when the title names neither year nor round', () => {
		expect(
			budgetRound('Opfølgning', [
				'Chefforum får hermed orientering.',
				'Tredje status på budgetaftalen for 2019 sendes til Økonomiudvalget.'
			])
		).toEqual({ agreementYear: 2019, round: 3, roundLabel: 'Tredje status' });
	});

	it('reads a numeric round ("2. status") and labels it with its ordinal dot', () => {
		expect(budgetRound('2. status på budgetaftale 2020', [])).toEqual({
			agreementYear: 2020,
			round: 2,
			roundLabel: '2. status'
		});
	});

	it('reads a round called an "opfølgning" like a status round', () => {
		expect(budgetRound('Status på budgetaftalen 2019 – 1. opfølgning', [])).toEqual({
			agreementYear: 2019,
			round: 1,
			roundLabel: '1. opfølgning'
		});
		expect(budgetRound('Anden opfølgning på budgetaftalen 2020', [])).toEqual({
			agreementYear: 2020,
			round: 2,
			roundLabel: 'Anden opfølgning'
		});
	});

	it('names a round "pr. 30. april" by its month in the agreement year', () => {
		expect(budgetRound('Status på budgetaftalen 2018 pr. 30. april', [])).toEqual({
			agreementYear: 2018,
			round: null,
			roundLabel: 'april 2018'
		});
	});

	it('gives nulls when nothing names a year or round', () => {
		expect(budgetRound('Evt', ['Intet at bemærke.'])).toEqual({
			agreementYear: null,
			round: null,
			roundLabel: null
		});
	});
});

describe('colourStatement: arrows and the colour before in parentheses', () => {
	it('reads the traffic light\'s own words: "har nu fået grønt lys", "haft gult lys", "gult lys i stedet for rødt"', () => {
		expect(colourStatement('har tidligere haft gult lys, men har nu fået grønt lys')).toEqual({
			colour: 'green',
			previous: 'yellow'
		});
		expect(colourStatement('3.1 skal have gult lys i stedet for rødt')).toEqual({
			colour: 'yellow',
			previous: 'red'
		});
		expect(colourStatement('Økonomiudvalget gav i april grønt lys for en ny politik')).toEqual({
			colour: null,
			previous: null
		});
	});

	it('reads "grøn → gul" and "Gul (grøn)" as yellow, previously green', () => {
		expect(colourStatement('grøn → gul')).toEqual({ colour: 'yellow', previous: 'green' });
		expect(colourStatement('Status: rød -> gul')).toEqual({ colour: 'yellow', previous: 'red' });
		expect(colourStatement('Gul (grøn)')).toEqual({ colour: 'yellow', previous: 'green' });
	});
});

describe('previousColour', () => {
	it("finds the previous round's colour written beside the current one", () => {
		expect(previousColour('grøn (tidligere gul)')).toBe('yellow');
		expect(previousColour('gul (sidste status: rød)')).toBe('red');
		expect(previousColour('gul, ved forrige status grøn')).toBe('green');
		expect(previousColour('Rød (var gul)')).toBe('yellow');
		expect(previousColour('grøn, men har været rød')).toBe('red');
	});

	it('finds none where no earlier colour is named', () => {
		expect(previousColour('grøn')).toBeNull();
		expect(previousColour('Sidste status for projektet')).toBeNull();
		expect(previousColour('tidligere end planlagt')).toBeNull();
	});
});

describe('the outcome of a status round', () => {
	const outcome = (decision: string): unknown => {
		const x = extractMinutes(
			`REFERAT Chefforum d. 10-06-2022\nPunkt 1: CF - Anden status på budgetaftalen 2022\nSagsfremstilling\n1.1 Ny skole - grøn\nBeslutning\n${decision}\n`,
			'x'
		);
		return x.ok ? x.records.budget_reviews.map((r) => r.outcome) : x.reason;
	};

	it('takes an approval said later ("… blev 2. opfølgning godkendt") over "drøftede"', () => {
		expect(
			outcome(
				'Chefforum drøftede opfølgningen. Chefforum besluttede at ændre farven for 1.1 til gul.\n\nMed denne ændring blev 2. opfølgning godkendt.'
			)
		).toEqual(['approved']);
	});

	it('reads "Indstillingen tiltrådt med følgende ændringer: …" as approved', () => {
		expect(outcome('Indstillingen tiltrådt med følgende ændringer: 2.1 gøres gul.')).toEqual([
			'approved'
		]);
		expect(outcome('Chefforum gennemgik status på budgetaftalen.')).toEqual(['reviewed']);
		expect(outcome('Drøftet.')).toEqual(['discussed']);
	});

	it('reads following the Indstilling ("Besluttet som indstillet", "fulgte sekretariatets anbefaling") as approved', () => {
		expect(outcome('Besluttet som indstillet.')).toEqual(['approved']);
		expect(outcome('Chefforum fulgte sekretariatets anbefaling.')).toEqual(['approved']);
		expect(outcome('Indstillingen blev fulgt.')).toEqual(['approved']);
	});
});

describe('the review of a status round', () => {
	const review = (sentence: string): unknown => {
		const x = extractMinutes(
			`REFERAT Chefforum d. 30-05-2018\nMødedato Onsdag d. 30. maj 2018 kl. 09:00\nPunkt 1: CF - Første status på budgetaftalen 2018\n00.30.14-S00-1-18\nSagsfremstilling\n${sentence}\n1.1 Ny skole - grøn\n`,
			'x'
		);
		return x.ok ? x.records.budget_reviews.map((r) => [r.recipient, r.recipient_date]) : x.reason;
	};

	it('dates the recipient from "d. 12/6" and "den 12/6-18", after the meeting', () => {
		expect(review('Status sendes til ØU d. 12/6.')).toEqual([['Økonomiudvalget', '2018-06-12']]);
		expect(review('Status sendes til ØU den 12/6-18.')).toEqual([
			['Økonomiudvalget', '2018-06-12']
		]);
	});

	it('dates the recipient from "d. 22.6.2018" written with dots', () => {
		expect(review('Økonomiudvalget får status på mødet d. 22.6.2018.')).toEqual([
			['Økonomiudvalget', '2018-06-22']
		]);
	});

	it('passes over a sentence whose only date is the day the status is made up to', () => {
		expect(
			review(
				'Status pr. 1. maj sendes til Økonomiudvalget.\nØkonomiudvalget behandler status på mødet d. 22.6.2018.'
			)
		).toEqual([['Økonomiudvalget', '2018-06-22']]);
	});

	it('dates the recipient by the sentence that sends the status on, not one that names a date in passing', () => {
		expect(
			review(
				'Selv om budgetåret først begynder den 1. januar, har Økonomiudvalget bedt om en status, da flere initiativer skal være klar. Status forelægges Økonomiudvalget tirsdag den 16. januar 2019.'
			)
		).toEqual([['Økonomiudvalget', '2019-01-16']]);
	});

	it('does not take the day a status is made up to ("pr. 30. april") for the meeting', () => {
		expect(
			review(
				'Status er opgjort pr. 30. april 2018 og behandles på Økonomiudvalgets møde den 12. juni 2018.'
			)
		).toEqual([['Økonomiudvalget', '2018-06-12']]);
	});
});

describe('budget lines stated one per line', () => {
	const lines = (body: string): unknown =>
		budgetLines(`Sagsfremstilling\n${body}`).map((l) => [l.line, l.title, l.colour]);

	it('reads "Titel – navn – gul" as one title, and "Titel – sætning – rød" as a title and a note', () => {
		const body =
			'2.3 Cykelstier – etape 2 ved Hyldagerskolen – gul\n' +
			'4.2 Energirenovering af hallen – entreprenøren er gået konkurs, og der holdes ny licitation – rød';
		expect(
			budgetLines(`Sagsfremstilling\n${body}`).map((l) => [l.line, l.title, l.colour, l.note])
		).toEqual([
			['2.3', 'Cykelstier – etape 2 ved Hyldagerskolen', 'yellow', null],
			[
				'4.2',
				'Energirenovering af hallen',
				'red',
				'entreprenøren er gået konkurs, og der holdes ny licitation'
			]
		]);
	});

	it('keeps "(endnu ikke farvesat)" out of the title, and reads "Farvesættes som gul" in the decision', () => {
		expect(
			budgetLines(
				'Sagsfremstilling\n- 4.1 Fritidsjob til unge (endnu ikke farvesat)\nBeslutning\n- 4.1 Fritidsjob til unge: Farvesættes som gul allerede ved denne status.'
			).map((l) => [l.line, l.title, l.colour])
		).toEqual([['4.1', 'Fritidsjob til unge', 'yellow']]);
	});

	it('keeps the responsible department in brackets out of a long title, and a bracketed title whole', () => {
		expect(
			lines(
				'- 3.1 Hverdagsrehabilitering for ældre borgere med behov for praktisk hjælp i hjemmeplejen (Pleje & Omsorg) – grøn.\n- 5.3 (Ny hjemmeside for kommunen): ny linje fra juni – gul.'
			)
		).toEqual([
			[
				'3.1',
				'Hverdagsrehabilitering for ældre borgere med behov for praktisk hjælp i hjemmeplejen',
				'green'
			],
			['5.3', 'Ny hjemmeside for kommunen', 'yellow']
		]);
	});

	it('reads lines in an ordered list by their own numbers ("4. Linje 3.4 – … – rød")', () => {
		expect(
			lines('1. Linje 1.1 – Flere pædagoger – grøn\n2. Linje 3.4 – Nyt ventilationsanlæg – rød')
		).toEqual([
			['1.1', 'Flere pædagoger', 'green'],
			['3.4', 'Nyt ventilationsanlæg', 'red']
		]);
	});

	it('takes a colour in parentheses after the title, and keeps it out of the title', () => {
		expect(
			lines('- 2.2 Flere pædagoger (gul): Rekruttering går langsomt.\n- 3.4 Styrket tilsyn (rød)')
		).toEqual([
			['2.2', 'Flere pædagoger', 'yellow'],
			['3.4', 'Styrket tilsyn', 'red']
		]);
	});

	it('takes the name before the status verb as the title when no dash or colon separates them', () => {
		expect(
			lines(
				'Initiativ 4.2 Styrket rekruttering er gået fra rød til gul, da der er ansat en leder.\n5.1 Klimatilpasning er fortsat gul.'
			)
		).toEqual([
			['4.2', 'Styrket rekruttering', 'yellow'],
			['5.1', 'Klimatilpasning', 'yellow']
		]);
	});

	it('takes no title from a line that starts with a sentence, not a name', () => {
		expect(lines('2.3 Det er aftalt, at projektet er grønt.')).toEqual([['2.3', null, 'green']]);
	});

	it('gives the lines under a heading with their count ("### Gule initiativer (2)") its colour', () => {
		expect(
			lines(
				'### Grønne initiativer (1)\n\nInitiativ 1.1 Ny skole – følger planen.\n\n### Gule initiativer (2)\n\nInitiativ 2.1 Klimaplan – forsinket.\n\nInitiativ 2.2 Cykelsti'
			)
		).toEqual([
			['1.1', 'Ny skole', 'green'],
			['2.1', 'Klimaplan', 'yellow'],
			['2.2', 'Cykelsti', 'yellow']
		]);
	});

	it('gives the lines under "Grønne initiativer:" that colour unless they state their own', () => {
		expect(
			lines(
				'Grønne initiativer:\n- 1.1 Ny skole\n- 1.2 Flere pædagoger\n\nGule:\n- 2.1 Klimaplan\n- 2.2 Cykelsti: rød'
			)
		).toEqual([
			['1.1', 'Ny skole', 'green'],
			['1.2', 'Flere pædagoger', 'green'],
			['2.1', 'Klimaplan', 'yellow'],
			['2.2', 'Cykelsti', 'red']
		]);
	});

	it('reads this round and the one before from two status columns', () => {
		const table = (body: string): unknown =>
			budgetLines(`Sagsfremstilling\n${body}`, 'Status på budgetaftalen 2022 - oktober').map(
				(l) => [l.line, l.colour, l.previous_colour]
			);
		expect(table('Nr.\tInitiativ\tStatus juni\tStatus oktober\n1.1\tNy skole\tGul\tGrøn')).toEqual([
			['1.1', 'green', 'yellow']
		]);
		expect(table('Nr.\tInitiativ\tStatus\tForrige status\n1.1\tNy skole\tGrøn\tRød')).toEqual([
			['1.1', 'green', 'red']
		]);
		// A text "Status" beside the colours' column is not the colour.
		expect(table('Nr.\tInitiativ\tFarve\tStatus\n1.1\tNy skole\tGrøn\tI gang')).toEqual([
			['1.1', 'green', null]
		]);
	});

	it('reads the rows of a status table laid out with spaces (PDF text)', () => {
		expect(
			budgetLines(
				'Sagsfremstilling\n' +
					'Nr.   Initiativ                   Status   Bemærkning\n' +
					'1.1   Ny skole i Hyldespjældet    Grøn     Følger planen\n' +
					'2.1   Klimaplan                   Rød (tidligere gul)\n' +
					'2.2   Cykelsti                    -'
			).map((l) => [l.line, l.title, l.colour, l.previous_colour, l.note])
		).toEqual([
			['1.1', 'Ny skole i Hyldespjældet', 'green', null, 'Følger planen'],
			['2.1', 'Klimaplan', 'red', 'yellow', null],
			['2.2', 'Cykelsti', null, null, null]
		]);
	});

	it('does not take the indentation of a wrapped PDF line for a column gap', () => {
		expect(
			budgetLines(
				'Sagsfremstilling\n' +
					'    2.2 Ny skole - byggetilladelsen er givet, og status ændres fra\n' +
					'    rød til gul. Tidsplanen er presset.'
			).map((l) => [l.line, l.title, l.colour, l.previous_colour])
		).toEqual([['2.2', 'Ny skole', 'yellow', 'red']]);
	});

	it('reads two lines stated one after the other in one bullet, but "7.5, 7.6 – …" as one statement', () => {
		expect(
			budgetLines(
				'Sagsfremstilling\n- 5.1 – Ny klub – skifter fra rød til gul, og 5.3 – Udearealer – forbliver grøn\n- 7.5, 7.6 – Teksten opdateres og gøres grønne'
			).map((l) => [l.line, l.title, l.colour, l.previous_colour])
		).toEqual([
			['5.1', 'Ny klub', 'yellow', 'red'],
			['5.3', 'Udearealer', 'green', 'green'],
			['7.5', null, 'green', null],
			['7.6', null, 'green', null]
		]);
	});

	it('joins a status-table cell wrapped onto a line of its own, and skips the header repeated on the next page', () => {
		expect(
			budgetLines(
				'Sagsfremstilling\nNr.\tInitiativ\tStatus\tBemærkning\n1.1\tStyrket sagsbehandling på\tGrøn\tTre er ansat\n\thandicapområdet\nNr.\tInitiativ\tStatus\tBemærkning\n1.4\tFlere hænder\tGul\tRekrutteringen forventes\n\t\t\tafsluttet i august'
			).map((l) => [l.line, l.title, l.colour, l.note])
		).toEqual([
			['1.1', 'Styrket sagsbehandling på handicapområdet', 'green', 'Tre er ansat'],
			['1.4', 'Flere hænder', 'yellow', 'Rekrutteringen forventes afsluttet i august']
		]);
	});

	it('reads "GRØN (uændret)" and "tidligere: RØD, ny: GUL", and "gul (sidste status: rød)" as yellow', () => {
		expect(
			budgetLines(
				'Sagsfremstilling\nLinje 1.1: Flere pædagoger – GRØN (uændret)\nLinje 4.1: Hjemmetræning – tidligere: RØD, ny: GUL\nLinje 4.2: Digital selvbetjening: gul (sidste status: rød) – første modul er leveret'
			).map((l) => [l.line, l.colour, l.previous_colour])
		).toEqual([
			['1.1', 'green', 'green'],
			['4.1', 'yellow', 'red'],
			['4.2', 'yellow', 'red']
		]);
	});

	it('reads a title in parentheses ("Initiativ 2.3 (Tryghed i boligområderne): gul")', () => {
		expect(
			budgetLines(
				'Sagsfremstilling\n- Initiativ 2.3 (Tryghed i boligområderne): gul – afventer politiet'
			).map((l) => [l.line, l.title, l.colour])
		).toEqual([['2.3', 'Tryghed i boligområderne', 'yellow']]);
	});

	it('joins cells of a space-laid row continued on indented lines, and a status two spaces after the title', () => {
		expect(
			budgetLines(
				'Sagsfremstilling\n' +
					'      Nr.    Initiativ                              Status    Bemærkning\n' +
					'      4.2    Skybrudssikring af boligområderne i    Gul       Afventer tilladelse fra\n' +
					'             Hyldespjældet                                    HOFOR til afledning\n' +
					'      5.1    Digital selvbetjening i Borgerservice  Grøn'
			).map((l) => [l.line, l.title, l.colour, l.note])
		).toEqual([
			[
				'4.2',
				'Skybrudssikring af boligområderne i Hyldespjældet',
				'yellow',
				'Afventer tilladelse fra HOFOR til afledning'
			],
			['5.1', 'Digital selvbetjening i Borgerservice', 'green', null]
		]);
	});

	it('takes "Ved første status var initiativet grønt" after a line as its previous colour', () => {
		expect(
			budgetLines(
				'Sagsfremstilling\n3.4. Styrket demensindsats: Status gul, idet to koordinatorer mangler. Ved første status var initiativet grønt.'
			).map((l) => [l.line, l.colour, l.previous_colour])
		).toEqual([['3.4', 'yellow', 'green']]);
	});

	it('reads "skal stå som rød" and "gøres begge grønne"', () => {
		expect(
			budgetLines(
				'Sagsfremstilling\n- 5.3 – Energirenovering – skal stå som rød, da projektet er udskudt\n- 7.1, 7.2 – Frivillighed – gøres begge grønne'
			).map((l) => [l.line, l.colour])
		).toEqual([
			['5.3', 'red'],
			['7.1', 'green'],
			['7.2', 'green']
		]);
	});

	it('keeps a status table row\'s note when the Historik names the line too, and reads "fortsat er rød"', () => {
		expect(
			budgetLines(
				'Historik\nVed anden status var 1.5 gul.\nSagsfremstilling\nNr.\tInitiativ\tStatus\tBemærkning\n1.5\tInklusionstimer\tGrøn\tTimerne er fordelt\n4.4\tTrafiksikring\tGul\tGenoptaget\nBeslutning\nChefforum besluttede, at 4.4 fortsat er rød.'
			).map((l) => [l.line, l.colour, l.previous_colour, l.note])
		).toEqual([
			['1.5', 'green', 'yellow', 'Timerne er fordelt'],
			['4.4', 'red', 'red', 'Genoptaget']
		]);
	});

	it('keeps the colour out of the note, and reads "er derfor grønt" and "nedjusteres til gul"', () => {
		expect(
			budgetLines(
				'Sagsfremstilling\n- 1.1 – Plan 2030 – gul – planen behandles i oktober\n- 4.1 – Energirenovering – Initiativet er gennemført og er derfor grønt\n- 2.2 – Lektiehjælp – grøn\nBeslutning\nChefforum godkendte status med en rettelse: 2.2 – Lektiehjælp nedjusteres til gul, da tilbuddet ikke er startet.'
			).map((l) => [l.line, l.colour, l.note])
		).toEqual([
			['1.1', 'yellow', 'planen behandles i oktober'],
			['4.1', 'green', 'Initiativet er gennemført og er derfor grønt'],
			['2.2', 'yellow', null]
		]);
	});

	it('reads a status table whose cells say "Linje 1.1" under "Beskrivelse" and "Grøn (tidligere gul)"', () => {
		expect(
			budgetLines(
				'Sagsfremstilling\n| Linje | Beskrivelse | Farve | Kommentar |\n|---|---|---|---|\n| Linje 1.1 | Flere pædagoger | Grøn | Ansat |\n| Linje 2.2 | Besøgsvenner | Grøn (tidligere gul) | I gang |\n'
			).map((l) => [l.line, l.title, l.colour, l.previous_colour, l.note])
		).toEqual([
			['1.1', 'Flere pædagoger', 'green', null, 'Ansat'],
			['2.2', 'Besøgsvenner', 'green', 'yellow', 'I gang']
		]);
	});

	it('takes colours said in the Historik as the previous round, not this one', () => {
		expect(
			budgetLines(
				'Historik\nVed første status i maj var 2.1 rød og 2.2 gul.\nSagsfremstilling\n2.1 Klimaplan - gul\n2.2 Cykelsti - grøn (tidligere rød)\n2.3 Vej - rød'
			).map((l) => [l.line, l.colour, l.previous_colour])
		).toEqual([
			['2.1', 'yellow', 'red'],
			['2.2', 'green', 'red'],
			['2.3', 'red', null]
		]);
	});

	it('reads lines numbered "1.4)" and named "Punkt 3.2"', () => {
		expect(lines('1.4) Bedre indkøb – rød\n1.5) Nye indkøbsaftaler – gul')).toEqual([
			['1.4', 'Bedre indkøb', 'red'],
			['1.5', 'Nye indkøbsaftaler', 'yellow']
		]);
		expect(lines('Punkt 3.2 Velfærdsteknologi: Status ændres fra grøn til gul.')).toEqual([
			['3.2', 'Velfærdsteknologi', 'yellow']
		]);
	});

	it('keeps parentheses that hold no colour in the title', () => {
		expect(lines('5.1 Ny skole (Hyldespjældet) - grøn')).toEqual([
			['5.1', 'Ny skole (Hyldespjældet)', 'green']
		]);
	});

	it('gives a list of lines the colour said for the list, before or after it', () => {
		expect(lines('Grøn: 2.1, 2.3 og 4.1.\nGul: 3.2.\nRød: 5.1.')).toEqual([
			['2.1', null, 'green'],
			['2.3', null, 'green'],
			['4.1', null, 'green'],
			['3.2', null, 'yellow'],
			['5.1', null, 'red']
		]);
		expect(
			lines('Følgende initiativer er grønne: 2.1 og 2.3. Initiativ 3.2 er gul, og 5.1 er rød.')
		).toEqual([
			['2.1', null, 'green'],
			['2.3', null, 'green'],
			['3.2', null, 'yellow'],
			['5.1', null, 'red']
		]);
		expect(lines('- Gule: 3.2\n- Røde: 5.1, 5.3')).toEqual([
			['3.2', null, 'yellow'],
			['5.1', null, 'red'],
			['5.3', null, 'red']
		]);
	});

	it('spells out a range of lines ("1.1-1.3 er grønne", "Grøn: 3.1 til 3.2")', () => {
		expect(lines('Initiativerne 1.1-1.3 er grønne, mens 2.1 er gul.')).toEqual([
			['1.1', null, 'green'],
			['1.2', null, 'green'],
			['1.3', null, 'green'],
			['2.1', null, 'yellow']
		]);
		expect(lines('Grøn: 3.1 til 3.2.')).toEqual([
			['3.1', null, 'green'],
			['3.2', null, 'green']
		]);
	});

	it('gives no colour to lines named beside a colour word that is not about them', () => {
		expect(lines('Den grønne omstilling omfatter 4.1 og 4.2, som er forsinket.')).toEqual([]);
		expect(lines('Den grønne omstilling (4.2) er forsinket.')).toEqual([]);
	});

	it('reads a line named by a word and judged in lower case ("Initiativ 4.1 vurderes som grøn")', () => {
		expect(lines('Initiativ 4.1 vurderes som grøn.')).toEqual([['4.1', null, 'green']]);
	});
});

describe('the outcome of a status round', () => {
	const outcome = (decision: string): unknown => {
		const x = extractMinutes(
			`REFERAT Chefforum d. 30-05-2018\nPunkt 1: CF - Første status på budgetaftalen 2018\nSagsfremstilling\n1.1 Ny skole - grøn\nBeslutning\n${decision}\n`,
			'x'
		);
		return x.ok ? x.records.budget_reviews.map((r) => r.outcome) : x.reason;
	};

	it('reads "Tiltrådt", "Chefforum tiltrådte status" and "I øvrigt godkendt" as approved', () => {
		expect(outcome('Tiltrådt.')).toEqual(['approved']);
		expect(outcome('Chefforum tiltrådte status.')).toEqual(['approved']);
		expect(outcome('1.1 gøres gul. I øvrigt godkendt.')).toEqual(['approved']);
	});

	it('reads "Taget til efterretning" as noted', () => {
		expect(outcome('Taget til efterretning.')).toEqual(['noted']);
	});

	it('reads agreement on the markings as approved, but not agreement on a change to make', () => {
		expect(
			outcome(
				'Chefforum gennemgik initiativerne. Der var enighed om markeringerne, og status sendes uændret videre.'
			)
		).toEqual(['approved']);
		expect(
			outcome(
				'Chefforum gennemgik status. Der var enighed om, at teksten til 1.1 skal gøres kortere.'
			)
		).toEqual(['reviewed']);
		expect(
			outcome('Chefforum gennemgik status. Der var ikke enighed om markeringen af 1.1.')
		).toEqual(['reviewed']);
	});
});

describe('budget lines named in quotes or brackets after their number', () => {
	it('takes the quoted or bracketed name as the title and the text after it as the statement', () => {
		expect(
			budgetLines(
				'Sagsfremstilling\n- initiativ 3.4 "Renovering af svømmehallen" ændres fra gul til grøn\n\nInitiativ 7.1 (Digitalisering af byggesager) vurderes som gul.\n'
			).map((l) => [l.line, l.title, l.colour, l.previous_colour])
		).toEqual([
			['3.4', 'Renovering af svømmehallen', 'green', 'yellow'],
			['7.1', 'Digitalisering af byggesager', 'yellow', null]
		]);
	});
});

describe('colours kept or set with more words', () => {
	it('reads "bliver stående på gul" and "holdes på rød" as the same colour as before', () => {
		expect(colourStatement('bliver stående på gul, indtil aftalen er underskrevet')).toEqual({
			colour: 'yellow',
			previous: 'yellow'
		});
		expect(colourStatement('holdes på rød, da besparelsen ikke kan hentes')).toEqual({
			colour: 'red',
			previous: 'red'
		});
	});

	it('reads "sættes alle til grøn" and "opjusteres alle til grøn" for every line of a bullet', () => {
		expect(
			budgetLines(
				'Sagsfremstilling\n- 7.5, 7.6 og 7.7 – teksterne opdateres, og linjerne sættes alle til grøn\n- 6.2 og 6.3 opjusteres begge til grøn\n'
			).map((l) => [l.line, l.colour])
		).toEqual([
			['7.5', 'green'],
			['7.6', 'green'],
			['7.7', 'green'],
			['6.2', 'green'],
			['6.3', 'green']
		]);
	});

	it('reads the colour of the round before from a table remark ("Var rød ved 1. status")', () => {
		expect(
			budgetLines(
				'Sagsfremstilling\n| Nr. | Initiativ | Status | Bemærkning |\n|---|---|---|---|\n| 4.1 | Ombygning af skolen | Gul | Var rød ved 1. status; tilladelsen er givet |\n| 4.2 | Ny hal | Grøn | Forventes afsluttet i 2026 |\n'
			).map((l) => [l.line, l.colour, l.previous_colour])
		).toEqual([
			['4.1', 'yellow', 'red'],
			['4.2', 'green', null]
		]);
	});
});

describe('budget lines from less common layouts', () => {
	it('gives the lines under "Røde initiativer:" and "Gule initiativer:" their group\'s colour', () => {
		expect(
			budgetLines(
				'Sagsfremstilling\nRøde initiativer:\n- 2.3 Ny svømmehal\n- 4.1 Udbud af rengøring\nGule initiativer:\n- 1.2 Flere lærere\nAlle øvrige initiativer er grønne.\n'
			).map((l) => [l.line, l.title, l.colour])
		).toEqual([
			['2.3', 'Ny svømmehal', 'red'],
			['4.1', 'Udbud af rengøring', 'red'],
			['1.2', 'Flere lærere', 'yellow']
		]);
	});

	it('reads "Linje 4.3 er udgået" as a line without a colour, and "vurderes derfor som rød"', () => {
		expect(
			budgetLines(
				'Sagsfremstilling\nLinje 4.3 er udgået af aftalen.\nI linje 4.5 er der sket forsinkelser, og den vurderes derfor som rød.\n'
			).map((l) => [l.line, l.colour, l.note])
		).toEqual([
			['4.3', null, 'er udgået af aftalen.'],
			['4.5', 'red', null]
		]);
	});
});

describe('budget lines from blind-written fixtures 157–162', () => {
	it('reads a Word export\'s blocks of tab fields under each line ("Status:<TAB>Afsluttet (grøn)")', () => {
		expect(
			budgetLines(
				'Sagsfremstilling\n1.1\tFlere hænder i dagplejen\nStatus:\tGul → Grøn\nBemærkning:\tAlle er ansat.\n4.1\tDigital selvbetjening\nStatus:\tAfsluttet (grøn)\nBemærkning:\tTaget i brug.\nBeslutning\n4.2 tildeles farven gul, fordi udbuddet er sendt ud.\n'
			).map((l) => [l.line, l.title, l.colour, l.previous_colour, l.note])
		).toEqual([
			['1.1', 'Flere hænder i dagplejen', 'green', 'yellow', 'Alle er ansat.'],
			['4.1', 'Digital selvbetjening', 'green', null, 'Taget i brug.'],
			['4.2', null, 'yellow', null, null]
		]);
	});

	it('reads colours as the scheme\'s fields ("i det grønne felt", "står i rødt"), not "i det grønne" outdoors', () => {
		expect(colourStatement('er rykket op i det grønne felt')).toEqual({
			colour: 'green',
			previous: null
		});
		expect(colourStatement('er gledet fra det grønne over i det gule felt')).toEqual({
			colour: 'yellow',
			previous: 'green'
		});
		expect(colourStatement('ligger fortsat i det røde felt')).toEqual({
			colour: 'red',
			previous: 'red'
		});
		expect(colourStatement('står i rødt, da lejemålet ikke er på plads')).toEqual({
			colour: 'red',
			previous: null
		});
		expect(colourStatement('borgerne mødes i det grønne')).toEqual({
			colour: null,
			previous: null
		});
	});

	it('reads lines listed under their colour, one label per line, and a decision that moves one', () => {
		expect(
			budgetLines(
				'Sagsfremstilling\nGrønne initiativer: 1.1, 1.2 og 1.4\nGule initiativer: 1.3 og 3.2\nUdgået: 2.3\nBeslutning\nGodkendt med den rettelse, at 3.2 flyttes over til de grønne initiativer.\n'
			).map((l) => [l.line, l.colour, l.previous_colour])
		).toEqual([
			['1.1', 'green', null],
			['1.2', 'green', null],
			['1.4', 'green', null],
			['1.3', 'yellow', null],
			['3.2', 'green', 'yellow'],
			['2.3', null, null]
		]);
	});
});

describe('budget lines from full meetings written blind (fixtures 145–150)', () => {
	it('reads a colour and a remark in brackets after the title, and "ikke vurderet" in brackets as none', () => {
		expect(
			budgetLines(
				'Sagsfremstilling\n3.3 Ny model for rengøring (gul – var grøn ved første status)\n5.4 Digital tidsbestilling (grøn – gennemført)\n6.1 Salg af grunden (ikke vurderet – afventer ny taksation)\n'
			).map((l) => [l.line, l.title, l.colour, l.previous_colour])
		).toEqual([
			['3.3', 'Ny model for rengøring', 'yellow', 'green'],
			['5.4', 'Digital tidsbestilling', 'green', null],
			['6.1', 'Salg af grunden', null, null]
		]);
	});

	it('reads "løftes til grøn", and a decision that a line "fortsat vises som grønt"', () => {
		expect(
			budgetLines(
				'Sagsfremstilling\n- 4.1 Flere vuggestuepladser – løftes til grøn, idet pladserne er åbnet.\n- 2.4 Ungeindsats: fra grønt til gult, da stillingen er ubesat.\nBeslutning\nGodkendt, dog således at 2.4 fortsat vises som grønt.\n'
			).map((l) => [l.line, l.colour, l.previous_colour])
		).toEqual([
			['4.1', 'green', null],
			['2.4', 'green', 'green']
		]);
	});

	it('names an "Afsluttende status" as such, not by the "tredje status" it mentions', () => {
		expect(
			budgetRound('Afsluttende status på budgetaftalen for 2025', [
				'Tabellen viser skift siden tredje status i december.'
			])
		).toEqual({ agreementYear: 2025, round: null, roundLabel: 'Afsluttende status' });
	});
});

describe('budget lines from blind-written fixtures 163–180', () => {
	it('reads a status table row once, so a title that starts with a colour word gives no colour', () => {
		expect(
			budgetLines(
				'Sagsfremstilling\nNr.\tInitiativ\tStatus\tBemærkning\n1.1\tGrøn omstilling af bilparken\tGul\tLeveringstiden på elvarebiler er skubbet til efteråret\n1.2\tFlere pædagoger\tGrøn\t\n'
			).map((l) => [l.line, l.title, l.colour, l.previous_colour])
		).toEqual([
			['1.1', 'Grøn omstilling af bilparken', 'yellow', null],
			['1.2', 'Flere pædagoger', 'green', null]
		]);
	});

	it('reads "beholder sin gule farve" and "kan lukkes som grøn"', () => {
		expect(
			budgetLines(
				'Sagsfremstilling\n1.3 Grønne tage – beholder sin gule farve.\n4.4 Sammenlægning af lønkontorerne – kan lukkes som grøn\n'
			).map((l) => [l.line, l.colour, l.previous_colour])
		).toEqual([
			['1.3', 'yellow', 'yellow'],
			['4.4', 'green', null]
		]);
	});
});

describe('colours said in prose, groups and laid-out rows (written blind)', () => {
	const lines = (body: string, title?: string): unknown[] =>
		budgetLines(body, title).map((l) => [l.line, l.colour, l.previous_colour]);

	it('reads "meldes grøn", "hører hjemme blandt de røde", "og dermed grønne" and "fortsat at være gult"', () => {
		expect(
			lines(
				'Sagsfremstilling\nSprogvurderingen (1.4) meldes gul. På skoleområdet er 1.1 og 1.2 begge gennemført og dermed grønne. Initiativ 4.2 om ældrepleje vurderes fortsat at være gult, mens 4.3 nu kan meldes grønt.\nBeslutning\nChefforum godkendte status med en rettelse:\n- 3.3 hører hjemme blandt de røde, fordi puljen ikke kan bruges\n'
			)
		).toEqual([
			['1.4', 'yellow', null],
			['1.1', 'green', null],
			['1.2', 'green', null],
			['4.2', 'yellow', 'yellow'],
			['4.3', 'green', null],
			['3.3', 'red', null]
		]);
	});

	it('reads no colour from one hoped for ("kan formentlig meldes grøn ved den afsluttende status")', () => {
		expect(
			lines(
				'Beslutning\nChefforum bemærkede, at 4.3 formentlig kan meldes grøn ved den afsluttende status i marts.\n'
			)
		).toEqual([]);
	});

	it('reads "billedet det samme som ved første opfølgning: initiativet er rødt" as red, and red before', () => {
		expect(
			lines(
				'Sagsfremstilling\nFor 7.1 er billedet det samme som ved første opfølgning i maj: initiativet er rødt.\n'
			)
		).toEqual([['7.1', 'red', 'red']]);
	});

	it('reads lines in bold under colour headings of their own ("**Gule**", "Ikke vurderet"), an intro line between', () => {
		expect(
			lines(
				'Sagsfremstilling\n**Grønne initiativer**\n\nFølgende initiativer følger tidsplanen:\n\n- **1.1 Gratis kontingent** – åbnede 1. august\n- **3.1 Træningstilbud**\n\n**Gule**\n\n- **1.2 Sprogindsats i dagplejen** – forsinket\n\nIkke vurderet\n\n- 6.3 Fælles indkøbsaftale – afventer SKI\n'
			)
		).toEqual([
			['1.1', 'green', null],
			['3.1', 'green', null],
			['1.2', 'yellow', null],
			['6.3', null, null]
		]);
		expect(
			budgetLines('Sagsfremstilling\n**Gule**\n- **1.2 Sprogindsats** – forsinket\n')[0]?.title
		).toBe('Sprogindsats');
	});

	it('reads a colour in brackets after the note, and the decision changing it', () => {
		expect(
			lines(
				'Sagsfremstilling\n- 5.1 Ny hjemmeside – mangler brugertest (gul)\nBeslutning\nChefforum godkendte status med en rettelse:\n- 5.1 kan allerede nu meldes grøn\n'
			)
		).toEqual([['5.1', 'green', 'yellow']]);
	});

	it('reads "Udgår" in the status column of a row laid out with spaces, and a cell continued flush left', () => {
		const got = budgetLines(
			'Sagsfremstilling\n       Nr.   Initiativ                         Status   Bemærkning\n       4.3   LED-belysning på stierne          Grøn     Første etape er udført\n       5.2   Digital post til virksomheder     Udgår    Overhalet af den fællesoffentlige\n                                                        løsning\n       5.3   Servicecenter i Rådhushallen      Rød      Ombygningen er for dyr\n'
		);
		expect(got.map((l) => [l.line, l.title, l.colour, l.note])).toEqual([
			['4.3', 'LED-belysning på stierne', 'green', 'Første etape er udført'],
			['5.2', 'Digital post til virksomheder', null, 'Overhalet af den fællesoffentlige løsning'],
			['5.3', 'Servicecenter i Rådhushallen', 'red', 'Ombygningen er for dyr']
		]);
	});

	it('reads the round "status nr. 2"', () => {
		expect(budgetRound('Budgetaftalen 2018 - status nr. 2', [])).toEqual({
			agreementYear: 2018,
			round: 2,
			roundLabel: 'Status nr. 2'
		});
	});
});

describe('colours before this round, from the Historik (written blind, M)', () => {
	it('reads "hvor 2.2 og 5.1 var gule, 5.3 røde og de øvrige initiativer grønne" as the colours before', () => {
		const got = budgetLines(
			'Sagsfremstilling\n- 2.2 Digital pladsanvisning – grøn.\n- 4.1 Helhedsplan – gul, da udbuddet er annulleret.\n- 5.3 Grøn pulje – rød; puljen er ikke udmøntet.\nHistorik\nChefforums behandling den 20. maj 2022:\nChefforum godkendte første status, hvor 2.2 og 5.1 var gule, 5.3 røde og de øvrige initiativer grønne.\n'
		);
		expect(got.map((l) => [l.line, l.colour, l.previous_colour, l.note])).toEqual([
			['2.2', 'green', 'yellow', null],
			['4.1', 'yellow', 'green', 'da udbuddet er annulleret.'],
			['5.3', 'red', 'red', 'puljen er ikke udmøntet.']
		]);
		// The evidence is this round's statement, not the history's.
		expect(got[1]?.evidence).toBe('4.1 Helhedsplan – gul, da udbuddet er annulleret.');
	});
});

describe('the colour of an earlier round in brackets', () => {
	it('reads "1.3 …: gul (ved første status: rød)" as yellow, red before', () => {
		expect(
			budgetLines(
				'Sagsfremstilling\n- 1.3 Styrket indsats for unge ledige: gul (ved første status: rød).\n'
			).map((l) => [l.line, l.colour, l.previous_colour])
		).toEqual([['1.3', 'yellow', 'red']]);
	});
});

describe('budget status from blind-written minutes (O)', () => {
	const lines = (body: string, title?: string): unknown[] =>
		budgetLines(body, title).map((l) => [l.line, l.title, l.colour, l.previous_colour]);

	it('reads a table whose first cell holds the number and the title, with "Status maj" and "Status september"', () => {
		expect(
			lines(
				'Sagsfremstilling\n| Initiativ | Ansvarlig afdeling | Status maj | Status september |\n|---|---|---|---|\n| 1.2 Sprog i dagtilbud | Dagtilbud | Gul | Grøn |\n| 2.4 Brobygning | Skoler & Uddannelse | Ikke vurderet | Gul |\n'
			)
		).toEqual([
			['1.2', 'Sprog i dagtilbud', 'green', 'yellow'],
			['2.4', 'Brobygning', 'yellow', null]
		]);
	});

	it('reads the colour a denial gives up and the one that follows ("fandt ikke, at 1.5 kan meldes grøn, … ændres derfor til gul")', () => {
		expect(
			lines(
				'Beslutning\nChefforum fandt ikke, at 1.5 kan meldes grøn, så længe to stillinger står ubesatte, og initiativet ændres derfor til gul.\n'
			)
		).toEqual([['1.5', null, 'yellow', null]]);
	});

	it('gives no colour to a line with a verb of its own after another line\'s change ("og 5.2 er faldet tilbage")', () => {
		expect(
			lines(
				'Sagsfremstilling\n2.1 er derimod gået fra gul til rød, fordi byggeriet skal i udbud igen, og 5.2 er faldet tilbage, da leverandøren ikke kan levere.\n'
			)
		).toEqual([['2.1', null, 'red', 'yellow']]);
	});

	it('reads "Vedr. 1.1 Madordning: … . Status er grøn." and "… betegnes som rødt", a round "Den første af de tre statusser"', () => {
		const got = budgetLines(
			'Baggrund\nDen første af de tre statusser skal behandles i Økonomiudvalget.\n\nVedr. 1.1 Madordning: Ordningen er indført i alle institutioner. Status er grøn.\n\nVedr. 2.5 Specialundervisning: Besparelsen kan ikke hentes, og initiativet må derfor betegnes som rødt.\n\nVedr. 3.4 Visitation: Det farvesættes ved næste status.\n',
			'Status på budgetaftalen 2012'
		);
		expect(got.map((l) => [l.line, l.title, l.colour, l.round])).toEqual([
			['1.1', 'Madordning', 'green', 1],
			['2.5', 'Specialundervisning', 'red', 1],
			['3.4', 'Visitation', null, 1]
		]);
	});

	it('reads "4.2 var også RØD ved opfølgning nr. 1" as the colour before, a round "runde 2", and "Det andet røde initiativ, 3.4 Nyt plejecenter, …"', () => {
		expect(
			lines(
				'Sagsfremstilling\nNr.\tInitiativ\tStatus\tBemærkning\n4.2\tTrafiksanering\tRØD\tFor dyrt\n4.3\tCykelsti\tGRØN ✓\tFølger planen\n\n4.2 var også RØD ved opfølgning nr. 1, og Miljø & Teknik forbereder en sag.\n\nDet andet røde initiativ, 3.4 Nyt plejecenter ved Kanalen, har ingen nye bemærkninger.\n'
			)
		).toEqual([
			['4.2', 'Trafiksanering', 'red', 'red'],
			['4.3', 'Cykelsti', 'green', null],
			['3.4', 'Nyt plejecenter ved Kanalen', 'red', null]
		]);
		expect(budgetRound('Status på budgetaftalen 2019 (runde 2)', []).round).toBe(2);
	});
});

describe('decision-only referater (written blind, U)', () => {
	it('reads lettered items "a) 1.2 Ny ungdomsklub … – grøn", "7.3 Energirenovering … sættes til gul i stedet for grøn" and "5.4 skal stå som rød og ikke gul"', () => {
		expect(
			budgetLines(
				'Beslutning\nChefforum godkendte status med følgende ændringer:\na) 1.2 Ny ungdomsklub i Hedemarken – grøn\nb) 2.5 Cykelsti ved Roskildevej – fortsat gul\n\n7.3 Energirenovering af Herstedlund Skole sættes til gul i stedet for grøn.\n\nChefforum besluttede desuden, at 5.4 skal stå som rød og ikke gul.\n'
			).map((l) => [l.line, l.title, l.colour, l.previous_colour])
		).toEqual([
			['1.2', 'Ny ungdomsklub i Hedemarken', 'green', null],
			['2.5', 'Cykelsti ved Roskildevej', 'yellow', 'yellow'],
			['7.3', 'Energirenovering af Herstedlund Skole', 'yellow', 'green'],
			['5.4', null, 'red', 'yellow']
		]);
	});
});

describe('older budget follow-ups (written blind, T)', () => {
	it('reads lines written "Ad 3.2) Title: Ændres fra rød til gul" and "Ad pkt. 1.2: … – gul i stedet for grøn"', () => {
		expect(
			budgetLines(
				'Sagsfremstilling\nAd 3.2) Energirenovering af Birkelundskolen: Ændres fra rød til gul.\nAd pkt. 1.2: Madservice – gul i stedet for grøn\n'
			).map((l) => [l.line, l.title, l.colour, l.previous_colour])
		).toEqual([
			['3.2', 'Energirenovering af Birkelundskolen', 'yellow', 'red'],
			['1.2', 'Madservice', 'yellow', 'green']
		]);
	});
});

describe('budget status from blind-written minutes (AI)', () => {
	it('reads "Ved første status i marts var 2.2 gul; den er nu rød" as red, previously yellow', () => {
		expect(
			budgetLines(
				'Sagsfremstilling\nVed første status i marts var 2.2 gul; den er nu rød, fordi lokalplanen er forsinket.\n'
			).map((l) => [l.line, l.colour, l.previous_colour])
		).toEqual([['2.2', 'red', 'yellow']]);
		expect(
			budgetLines('Sagsfremstilling\nVed sidste status var 4.1 grøn.\n').map((l) => [
				l.line,
				l.colour,
				l.previous_colour
			])
		).toEqual([['4.1', null, 'green']]);
	});

	it('reads a grid table from Word, a status wrapped in its cell ("Gul" over "(var grøn)")', () => {
		const body = [
			'Sagsfremstilling',
			'+------+---------------------------+------------+',
			'| Nr.  | Initiativ                 | Status     |',
			'+======+===========================+============+',
			'| 1.3  | Sprogvejledning til       | Gul        |',
			'|      | tosprogede familier       | (var grøn) |',
			'+------+---------------------------+------------+',
			''
		].join('\n');
		expect(budgetLines(body).map((l) => [l.line, l.title, l.colour, l.previous_colour])).toEqual([
			['1.3', 'Sprogvejledning til tosprogede familier', 'yellow', 'green']
		]);
	});
});

describe('budget status from blind-written minutes (AK)', () => {
	const said = (body: string): unknown[] =>
		budgetLines(`Sagsfremstilling\n${body}\n`).map((l) => [l.line, l.colour, l.previous_colour]);

	it('reads "- linje 4.4 står nu som rød; ved første status var den gul"', () => {
		expect(said('- linje 4.4 står nu som rød; ved første status var den gul.')).toEqual([
			['4.4', 'red', 'yellow']
		]);
	});

	it('reports a line whose colour is kept without being named ("uden at farven er ændret")', () => {
		expect(
			said(
				'Desuden er bemærkningen til linje 5.2 opdateret med den nye tidsplan, uden at farven er ændret.'
			)
		).toEqual([['5.2', null, null]]);
		expect(said('Bemærkningen til 5.2 og 5.3 er opdateret, uden at farven er ændret.')).toEqual([]);
	});
});

describe('budget status from blind-written minutes (AJ)', () => {
	it('takes a long title when nothing but the colour follows it ("…: gul")', () => {
		expect(
			budgetLines(
				'Sagsfremstilling\n3.3 Samling af madproduktionen fra de to plejecentre i ét køkken på Albertslund Plejecenter: gul\n'
			).map((l) => [l.line, l.title, l.colour])
		).toEqual([
			[
				'3.3',
				'Samling af madproduktionen fra de to plejecentre i ét køkken på Albertslund Plejecenter',
				'yellow'
			]
		]);
	});
});

describe('budget status from blind-written minutes (AL)', () => {
	const said = (body: string): unknown[] =>
		budgetLines(`Sagsfremstilling\n${body}\n`).map((l) => [l.line, l.colour, l.previous_colour]);

	it('reports a line that leaves the agreement or moves to next year, with no colour', () => {
		expect(
			said('2.2 om lektiecafé i samarbejde med biblioteket udgår, da udvalget besluttede det.')
		).toEqual([['2.2', null, null]]);
		expect(
			said('Etableringen af ladestandere ved Rådhuset, 4.3, flyttes til budgetaftalen for 2017.')
		).toEqual([['4.3', null, null]]);
	});

	it('reads "og 1.3 om flere pædagogtimer er nu også grøn"', () => {
		expect(
			said('1.1 er grøn, og 1.3 om flere pædagogtimer er nu også grøn, da stillingerne er besat.')
		).toEqual([
			['1.1', 'green', null],
			['1.3', 'green', null]
		]);
	});
});

describe('budget status from blind-written minutes (AP)', () => {
	it('reads the colour in brackets before the title ("Initiativ 3.2 (gul): Title – note")', () => {
		expect(
			budgetLines(
				'Sagsfremstilling\nInitiativ 1.1 (Grøn): Flere pædagoger i vuggestuerne – de 6 stillinger er besat.\nInitiativ 5.2 (grøn/gul): Fælles indkøbsaftale – det er for tidligt at sige.\n'
			).map((l) => [l.line, l.title, l.colour])
		).toEqual([
			['1.1', 'Flere pædagoger i vuggestuerne', 'green'],
			['5.2', 'Fælles indkøbsaftale', null]
		]);
	});
});

describe('budget status from blind-written minutes (AQ)', () => {
	it('reads "6.2 Ny ordning for storskrald er sat til rød"', () => {
		expect(
			budgetLines('Sagsfremstilling\n6.2 Ny ordning for storskrald er sat til rød.\n').map((l) => [
				l.line,
				l.title,
				l.colour
			])
		).toEqual([['6.2', 'Ny ordning for storskrald', 'red']]);
	});
});

describe('budget status from blind-written minutes (AO)', () => {
	it('keeps a colour heading over notes in sub-bullets, and reads "rykkes op blandt de grønne"', () => {
		expect(
			budgetLines(
				'Sagsfremstilling\n**Rød**\n\n- 5.2 Fælles indkøb af it-udstyr\n  - Udbuddet blev annulleret i april.\n- 6.3 Øgede lejeindtægter\n\nBeslutning\n- Fælles indkøb af it-udstyr (5.2) rykkes op blandt de gule.\n'
			).map((l) => [l.line, l.colour, l.previous_colour])
		).toEqual([
			['5.2', 'yellow', 'red'],
			['6.3', 'red', null]
		]);
	});
});

describe('budget status from blind-written minutes (AT)', () => {
	it('reads "Status: Ikke vurderet (tidligere gul)" on the line under the line\'s sentence', () => {
		expect(
			budgetLines(
				'Sagsfremstilling\nLinje 6.2: Pulje til klimaprojekter. Ansøgningerne behandles.\nStatus: Ikke vurderet (tidligere gul)\n'
			).map((l) => [l.line, l.colour, l.previous_colour])
		).toEqual([['6.2', null, 'yellow']]);
	});
});

describe('budget status from blind-written minutes (AR)', () => {
	it('keeps the round before when the decision sets another colour than the proposal', () => {
		expect(
			budgetLines(
				'Sagsfremstilling\n- pkt. 3.1 Ladestandere – skifter fra grøn til rød, da netselskabet er forsinket.\nBeslutning\nChefforum var enige om, at pkt. 3.1 meldes gul og ikke rød.\n'
			).map((l) => [l.line, l.colour, l.previous_colour])
		).toEqual([['3.1', 'yellow', 'green']]);
	});
});

describe('budget status written blind (AV): lines numbered straight through, two colours, stacked cells', () => {
	const lines = (body: string, title?: string): unknown[] =>
		budgetLines(body, title).map((l) => [l.line, l.title, l.colour, l.previous_colour]);

	it('reads lines numbered "Linje 12", "Linje 13a" with the word, and a decision naming them', () => {
		expect(
			lines(
				'Sagsfremstilling\nLinje 7 – Akutteam – gul, var grøn ved anden status\n\nLinje 12 – Solceller – rød\n\nLinje 13a – Regnvandsbassin – gul\n\nBeslutning\nChefforum var enig med undtagelse af linje 7, der skal stå som rød, og linje 13a, der kan meldes grøn.\n'
			)
		).toEqual([
			['7', 'Akutteam', 'red', 'green'],
			['12', 'Solceller', 'red', null],
			['13a', 'Regnvandsbassin', 'green', 'yellow']
		]);
		// A bare "12" is any figure, and "punkt 12" an agenda item.
		expect(lines('Sagsfremstilling\nPunkt 12 – Evt. – grøn\n')).toEqual([]);
	});

	it('reads "er 2.1 blevet rød, mens 1.2 er gået fra gul til grøn" line by line', () => {
		expect(
			lines(
				'Sagsfremstilling\nSiden første status er 2.1 blevet rød, mens 1.2 er gået fra gul til grøn.\n'
			)
		).toEqual([
			['2.1', null, 'red', null],
			['1.2', null, 'green', 'yellow']
		]);
	});

	it('reads a line that "har stået som rød ved alle statusser" as red before too', () => {
		expect(
			lines('Sagsfremstilling\nInitiativ 4.1 har stået som rød ved alle statusser i år.\n')
		).toEqual([['4.1', null, 'red', 'red']]);
	});

	it('takes a status cell with two colours ("gul/rød") as no colour, so the decision sets one without a colour before', () => {
		expect(
			lines(
				'Sagsfremstilling\n| Nr. | Initiativ | Status | Bemærkning |\n|---|---|---|---|\n| 2.4 | Madordning | gul/rød | Udbud annulleret |\n| 3.2 | Aftenåbent | Grøn (var gul) | Åbent |\nBeslutning\nChefforum besluttede, at 2.4 meldes rød.\n'
			)
		).toEqual([
			['2.4', 'Madordning', 'red', null],
			['3.2', 'Aftenåbent', 'green', 'yellow']
		]);
	});

	it('reads a status table written one cell per line, titles and remarks wrapped, up to the prose below it', () => {
		expect(
			lines(
				'Sagsfremstilling\nTabel 1\nNr.\nInitiativ\nStatus\nBemærkning\n1.2\nUdvidet åbningstid i\nvuggestuerne\nGrøn\nGennemført fra 1. juni\n2.1\nHverdagsrehabilitering i\nhjemmeplejen\nRød (var gul)\nTo stillinger er\nfortsat ubesatte\n3.4\nGrøn omstilling af\nbilparken\nIkke vurderet\nAfventer udbud\nSiden første status er 2.1 blevet rød, og Økonomi & Stab følger udbuddet af bilerne tæt.\n'
			)
		).toEqual([
			['1.2', 'Udvidet åbningstid i vuggestuerne', 'green', null],
			['2.1', 'Hverdagsrehabilitering i hjemmeplejen', 'red', 'yellow'],
			['3.4', 'Grøn omstilling af bilparken', null, null]
		]);
	});
});

describe("the recipient's date after the verb that sends the status on (written blind, BE)", () => {
	it('takes "anden status skal forelægges udvalget … den 19. juni" over the first status\'s date', () => {
		const x = extractMinutes(
			'REFERAT Chefforum d. 06-06-2018\nPunkt 1: CF - Anden status på budgetaftalen 2018\nSagsfremstilling\nFørste status blev behandlet i Økonomiudvalget den 13. marts 2018, og anden status skal forelægges udvalget på mødet tirsdag den 19. juni 2018.\n1.1 Ny skole - grøn\n',
			'x'
		);
		expect(x.ok && x.records.budget_reviews.map((r) => r.recipient_date)).toEqual(['2018-06-19']);
	});
});

describe('lines named in prose grouped by colour (written blind, BE)', () => {
	const lines = (body: string): unknown[] =>
		budgetLines(body).map((l) => [l.line, l.title, l.colour]);

	it('takes each title from "Følgende initiativer er grønne: 1.1 A, 2.1 B i 1. klasse og 3.2 Cykel- og gangsti."', () => {
		expect(
			lines(
				'Sagsfremstilling\nFølgende initiativer er grønne: 1.1 Sprogpakke i dagplejen, 2.1 To-lærerordning i 1. klasse og 3.2 Cykel- og gangsti langs Kanalen.\n\nRødt er alene 4.1 Nyt plejecenter i Albertslund Syd.\n\nInitiativ 3.3 Delebiler til hjemmeplejen udgår.\n'
			)
		).toEqual([
			['3.3', 'Delebiler til hjemmeplejen', null],
			['1.1', 'Sprogpakke i dagplejen', 'green'],
			['2.1', 'To-lærerordning i 1. klasse', 'green'],
			['3.2', 'Cykel- og gangsti langs Kanalen', 'green'],
			['4.1', 'Nyt plejecenter i Albertslund Syd', 'red']
		]);
	});

	it('reads lines named after their colour group in prose, with titles in quotes ("De to grønne er 1.1 "…", hvor …, og 1.2 "…"")', () => {
		expect(
			budgetLines(
				'Sagsfremstilling\nUnder tema 1 er der to grønne og et rødt initiativ. De to grønne er 1.1 "Flere pædagoger", hvor alle stillinger er besat, og 1.2 "Lektiehjælp", som er i gang på alle skoler. Det røde initiativ er 1.3 "Ny daginstitution", da byggeriet er forsinket.\n\nTema 5 har to grønne initiativer, nemlig 5.1 "Søndagsåbent" og 5.2 "Foreningstimer".\n'
			).map((l) => [l.line, l.title, l.colour])
		).toEqual([
			['1.1', 'Flere pædagoger', 'green'],
			['1.2', 'Lektiehjælp', 'green'],
			['1.3', 'Ny daginstitution', 'red'],
			['5.1', 'Søndagsåbent', 'green'],
			['5.2', 'Foreningstimer', 'green']
		]);
	});

	it('reads two titled lines in one bullet ("… og 3.4 … – begge gule"), a range ("2.1-2.3 er gule") and no field label in a title', () => {
		expect(
			budgetLines(
				'Sagsfremstilling\n- 3.1 Cykelsti langs Roskildevej og 3.4 Trafiksikre skoleveje – begge gule\n- 2.1-2.3 er gule, fordi lokalebehovet ikke er afklaret\n- 4.1 – Digital selvbetjening – Status: rød. Leverandøren er forsinket.\n'
			).map((l) => [l.line, l.title, l.colour])
		).toEqual([
			['3.1', 'Cykelsti langs Roskildevej', 'yellow'],
			['3.4', 'Trafiksikre skoleveje', 'yellow'],
			['4.1', 'Digital selvbetjening', 'red'],
			['2.1', null, 'yellow'],
			['2.2', null, 'yellow'],
			['2.3', null, 'yellow']
		]);
	});

	it('keeps the round before ("3.3 nu står som rød mod gul i maj") when the decision names the line without a colour, and no group colour in the decision', () => {
		expect(
			budgetLines(
				'Sagsfremstilling\nSiden første status i maj står 3.3 nu som rød mod gul i maj.\n\n### Røde initiativer\n\n- 3.3 Salg af byggegrunde\n\nBeslutning\nChefforum havde følgende bemærkninger:\n\n- 3.3 Salg af byggegrunde – teksten skal uddybes\n- 7.1 Fælles rekrutteringsportal – tidsplanen præciseres\n'
			).map((l) => [l.line, l.colour, l.previous_colour])
		).toEqual([
			['3.3', 'red', 'yellow'],
			['7.1', null, null]
		]);
	});

	it('names a line up to its verb across ", etape 1", and reads "Gul*" under a footnote that marks changes and "Gul ved første status"', () => {
		expect(
			budgetLines(
				'Sagsfremstilling\n• Linje 3.4 – Klimatilpasning af Hyldagerparken, etape 1 skifter fra gul til rød.\n'
			).map((l) => [l.line, l.title, l.colour, l.previous_colour])
		).toEqual([['3.4', 'Klimatilpasning af Hyldagerparken, etape 1', 'red', 'yellow']]);
		expect(
			budgetLines(
				'Sagsfremstilling\nNr.\tInitiativ\tFarve\tBemærkning\n1.1\tFlere voksne\tGrøn\tBesat\n1.2\tSprogindsats\tGul*\tTrækker ud\n4.1\tRegnvandsbassin\tRød*\tGul ved første status – forsinket\n\n* ændret siden første status\n\nInitiativer uden stjerne står med samme farve som ved første status.\n'
			).map((l) => [l.line, l.colour, l.previous_colour])
		).toEqual([
			['1.1', 'green', 'green'],
			['1.2', 'yellow', null],
			['4.1', 'red', 'yellow']
		]);
	});

	it('reads "Initiativ nr. 1.4 – …" over a "Vurdering: Grøn, som ved første status." line, and "Initiativet var gult ved første status"', () => {
		expect(
			budgetLines(
				'Sagsfremstilling\nInitiativ nr. 1.4 – Flere hænder\nVurdering: Grøn, som ved første status. Bemærkning: Alle stillinger er besat.\n\nInitiativ 3.1 – Ny cykelsti\nVurdering: Rød. Bemærkning: Ekspropriationen er forsinket. Initiativet var gult ved første status.\n'
			).map((l) => [l.line, l.title, l.colour, l.previous_colour])
		).toEqual([
			['1.4', 'Flere hænder', 'green', 'green'],
			['3.1', 'Ny cykelsti', 'red', 'yellow']
		]);
	});

	it('reads "er ligeledes gult" and "For 4.2 "…" er vurderingen rød" as colours', () => {
		expect(colourStatement('er ligeledes gult; der er ansat 9 af 12.')).toEqual({
			colour: 'yellow',
			previous: null
		});
		expect(
			budgetLines(
				'Sagsfremstilling\nFor 4.2 "Robotter til fakturahåndtering" er vurderingen rød, da økonomisystemet ikke er opgraderet.\n'
			).map((l) => [l.line, l.title, l.colour])
		).toEqual([['4.2', 'Robotter til fakturahåndtering', 'red']]);
	});

	it('sends the status to the one named after the verb ("Da Økonomiudvalget ikke holder møde, forelægges … for Kommunalbestyrelsen")', () => {
		const x = extractMinutes(
			'REFERAT Chefforum d. 22-11-2023\nPunkt 1: CF - Tredje status på budgetaftalen 2023\nSagsfremstilling\nDa Økonomiudvalget ikke holder møde i december, forelægges tredje status direkte for Kommunalbestyrelsen, som behandler den tirsdag den 12. december 2023.\n1.1 Ny skole - grøn\n',
			'x'
		);
		expect(x.ok && x.records.budget_reviews.map((r) => [r.recipient, r.recipient_date])).toEqual([
			['Kommunalbestyrelsen', '2023-12-12']
		]);
	});
});

describe('terse lines with bold numbers and arrows (written blind, BC)', () => {
	it('reads "- **1.2** Title: gul → grøn" and "- **6.1** Title: afsluttet, grøn."', () => {
		expect(
			budgetLines(
				'Sagsfremstilling\n- **1.2** Flere pædagoger i vuggestuerne: gul → grøn. Alle stillinger besat.\n- **6.1** Ungeindsats i Albertslund Syd: afsluttet, grøn.\n'
			).map((l) => [l.line, l.title, l.colour, l.previous_colour])
		).toEqual([
			['1.2', 'Flere pædagoger i vuggestuerne', 'green', 'yellow'],
			['6.1', 'Ungeindsats i Albertslund Syd', 'green', null]
		]);
	});
});

describe('the note after a colour and the one before it (written blind, BH)', () => {
	it('leaves "grøn (tidligere gul)" out of the note "– alle pladser er besat"', () => {
		expect(
			budgetLines(
				'Sagsfremstilling\n• 2.1 Særlige ungeforløb – grøn (tidligere gul) – alle 40 pladser er nu besat\n• 2.2 Ny skole – gul (uændret)\n'
			).map((l) => [l.line, l.colour, l.previous_colour, l.note])
		).toEqual([
			['2.1', 'green', 'yellow', 'alle 40 pladser er nu besat'],
			['2.2', 'yellow', 'yellow', null]
		]);
	});
});

describe('colours and titles in running prose (written blind, CE)', () => {
	it('reads the participles "markeret som grøn" and "vurderes foreløbig som gul"', () => {
		expect(colourStatement('Linjen er gennemført, og den er derfor markeret som grøn.')).toEqual({
			colour: 'green',
			previous: null
		});
		expect(colourStatement('Ordningen vurderes foreløbig som gul.').colour).toBe('yellow');
	});

	it('takes a title set off by commas or dashes right after the line number', () => {
		const lines = budgetLines(
			'Sagsfremstilling\nDet samme gælder linje 5.1, Fælles indkøb af it-udstyr, hvor besparelsen er hentet, så også den står som grøn.\n\nFor 2.4 - Digital selvbetjening i Borgerservice - er løsningen leveret, og farven ændres derfor fra rød til gul.\n'
		);
		expect(lines.map((l) => [l.line, l.title, l.colour, l.previous_colour])).toEqual([
			['5.1', 'Fælles indkøb af it-udstyr', 'green', null],
			['2.4', 'Digital selvbetjening i Borgerservice', 'yellow', 'red']
		]);
	});
});

describe('a line as a heading of its own, its colour at the end of the paragraph below (written blind, CG, CJ)', () => {
	it('gives each heading the colour its paragraph ends with, and no group colour to the next', () => {
		const lines = budgetLines(
			'Sagsfremstilling\n1.1 Flere pædagogtimer\n\nDer er ansat 6 pædagoger. Initiativet vurderes at være gult.\n\n1.3 Madordning i SFO\n\nOrdningen startede den 1. februar. Status: grøn\n\n2.2 Flere hænder på plejecentrene\n\nDet er kun lykkedes at besætte 2 af stillingerne. Der er tale om en rød markering.\n\n4.2 Digital affaldsordning\n\nLinjen udgår derfor af status.\n'
		);
		expect(lines.map((l) => [l.line, l.title, l.colour])).toEqual([
			['1.1', 'Flere pædagogtimer', 'yellow'],
			['1.3', 'Madordning i SFO', 'green'],
			['2.2', 'Flere hænder på plejecentrene', 'red'],
			['4.2', 'Digital affaldsordning', null]
		]);
	});

	it('reads "grøn som ved første status" as green, green before', () => {
		expect(colourStatement('3.1 – Ny belysning – grøn som ved første status')).toEqual({
			colour: 'green',
			previous: 'green'
		});
	});
});

describe('a title said where the colour is not (written blind, CQ)', () => {
	it('takes "For 5.2 – Energirenovering af svømmehallen er der …" as the title of the colour the Indstilling gives', () => {
		const lines = budgetLines(
			'Sagsfremstilling\nFor 5.2 – Energirenovering af svømmehallen er der fortsat ikke fundet finansiering.\nIndstilling\n1. at 5.2 fortsat står som rød\n'
		);
		expect(lines.map((l) => [l.line, l.title, l.colour, l.previous_colour])).toEqual([
			['5.2', 'Energirenovering af svømmehallen', 'red', 'red']
		]);
	});
});

describe('colours said before the line and as "fremgå som" (written blind, CS)', () => {
	it('reads "• GUL – 3.2 Title: note" and "GRØN (tidligere GUL) – 4.1 …"', () => {
		const lines = budgetLines(
			'Sagsfremstilling\n• GUL – 3.2 Rehabiliteringsforløb: forløbene er i gang\n• GRØN (tidligere GUL) – 4.1 Udbud af rengøring: kontrakten er underskrevet\n• GUL – 6.3 Energibesparelser: var også gul i september\n'
		);
		expect(lines.map((l) => [l.line, l.title, l.colour, l.previous_colour])).toEqual([
			['3.2', 'Rehabiliteringsforløb', 'yellow', null],
			['4.1', 'Udbud af rengøring', 'green', 'yellow'],
			['6.3', 'Energibesparelser', 'yellow', 'yellow']
		]);
		expect(lines[1]?.evidence.startsWith('GRØN (tidligere GUL)')).toBe(true);
	});

	it('reads "Linjen skal fremgå som gul" as yellow', () => {
		expect(colourStatement('Linjen skal fremgå som gul, og bemærkningen skrives om.').colour).toBe(
			'yellow'
		);
	});
});

describe('a forecast column, and lines as Markdown headings over their status line (written blind, CY)', () => {
	it('reads "Status", not "Forventet status ved årets udgang", as the colour', () => {
		const lines = budgetLines(
			'Sagsfremstilling\nNr.\tInitiativ\tStatus\tForventet status ved årets udgang\n1.3\tStyrket overgang\tGul\tGrøn\n4.2\tDigital selvbetjening\tRød\tGul\n'
		);
		expect(lines.map((l) => [l.line, l.colour, l.previous_colour])).toEqual([
			['1.3', 'yellow', null],
			['4.2', 'red', null]
		]);
	});

	it('gives "### 2.1 Title" the colour of its "**Status:**" line below the paragraph', () => {
		const lines = budgetLines(
			'Sagsfremstilling\n### 2.1 Sprogscreening af alle 3-årige\n\nEfter en langsom start er 312 børn nu screenet.\n\n**Status:** Grøn (var rød)\n\n### 5.3 Ombygning af Kulturhuset\n\nLinjen indgår i den nye anlægsplan.\n\n**Status:** Udgår\n'
		);
		expect(lines.map((l) => [l.line, l.title, l.colour, l.previous_colour])).toEqual([
			['2.1', 'Sprogscreening af alle 3-årige', 'green', 'red'],
			['5.3', 'Ombygning af Kulturhuset', null, null]
		]);
	});
});

describe('numbered lists of lines, closing decisions and undecided colours (written blind, CAF)', () => {
	it('reads "1. **1.4 Title** – grøn – note" in a numbered list, and a line carried to next year without a colour', () => {
		const lines = budgetLines(
			'Sagsfremstilling\n1. **1.4 Udvidet åbningstid** – grøn – Gennemført.\n2. **2.1 Trivsel i udskolingen** – gul – Evalueringen mangler.\n3. **3.2 LED-belysning** – rød – Leverandøren er gået konkurs.\nBeslutning\n- Linje 2.1 lukkes som grøn, 3.2 overføres til budgetaftalen 2023\n',
			'Tredje og afsluttende status på budgetaftalen 2022'
		);
		expect(lines.map((l) => [l.round, l.line, l.title, l.colour, l.previous_colour])).toEqual([
			[3, '1.4', 'Udvidet åbningstid', 'green', null],
			[3, '2.1', 'Trivsel i udskolingen', 'green', 'yellow'],
			[3, '3.2', 'LED-belysning', 'red', null]
		]);
	});

	it('reports a line offered "gul/grøn" with no colour, titled by its brackets', () => {
		const lines = budgetLines(
			'Sagsfremstilling\nPleje & Omsorg foreslår, at linje 2.6 (Flere hænder i hjemmeplejen) markeres gul/grøn.\n'
		);
		expect(lines.map((l) => [l.line, l.title, l.colour])).toEqual([
			['2.6', 'Flere hænder i hjemmeplejen', null]
		]);
	});

	it('dates the recipient by "udvalgets møde den …" in the sentence after the one naming it', () => {
		const x = extractMinutes(
			'REFERAT Chefforum d. 05-12-2018\nPunkt 1: CF - Tredje status på budgetaftalen 2018\nSagsfremstilling\nØkonomiudvalget har fået status på budgetaftalen i maj og september. På udvalgets møde den 11. december 2018 forelægges den tredje status.\n- 1.1 Ny skole – grøn\nBeslutning\nGodkendt.\n',
			'x'
		);
		expect(
			x.ok ? x.records.budget_reviews.map((r) => [r.recipient, r.recipient_date]) : x.reason
		).toEqual([['Økonomiudvalget', '2018-12-11']]);
	});
});

describe('budget lines in running prose (written blind, 474)', () => {
	it('reads a second line after ", mens" in a sentence about a line', () => {
		expect(
			budgetLines(
				'Sagsfremstilling\nLinje 1.2 er fortsat gul, mens 1.3 nu er grøn, efter at vejlederne er ansat.\n'
			).map((l) => [l.line, l.colour, l.previous_colour])
		).toEqual([
			['1.2', 'yellow', 'yellow'],
			['1.3', 'green', null]
		]);
	});

	it('takes titles said beside the numbers elsewhere in the item', () => {
		expect(
			budgetLines(
				'Sagsfremstilling\nTema 1 omfatter bl.a. 1.2 Flere pædagoger i vuggestuerne og 1.3 Sprogindsats i 0.-klasse. Linje 1.2 er fortsat gul, mens 1.3 nu er grøn.\nUnder tema 2 vurderes 2.1 Rehabiliteringsteam i hjemmeplejen som rød. Klippekort til beboere på plejecentrene (2.4) er sat i gang og står som grøn.\nBeslutning\nRehabiliteringsteamet (2.1) skal stå som gul i stedet for rød.\n'
			).map((l) => [l.line, l.title])
		).toEqual([
			['1.2', 'Flere pædagoger i vuggestuerne'],
			['1.3', 'Sprogindsats i 0.-klasse'],
			['2.4', 'Klippekort til beboere på plejecentrene'],
			['2.1', 'Rehabiliteringsteam i hjemmeplejen']
		]);
	});

	it('ends a title at "mangler" in a sentence that gives no colour', () => {
		expect(
			budgetLines(
				'Sagsfremstilling\nLinje 4.1 Digital selvbetjening i Borgerservice mangler endnu en status fra afdelingen.\n'
			).map((l) => [l.line, l.title, l.colour])
		).toEqual([['4.1', 'Digital selvbetjening i Borgerservice', null]]);
	});
});

describe('budget lines under their own subheadings (written blind, 481)', () => {
	it('takes the earlier round\'s colour said before the line\'s own, and "sættes derfor nu til gul"', () => {
		expect(
			budgetLines(
				'Sagsfremstilling\n### 4.1 LED-belysning på stier\n\nVed første status var linjen grøn. Leverancen er forsinket, og initiativet sættes derfor nu til gul.\n'
			).map((l) => [l.line, l.colour, l.previous_colour])
		).toEqual([['4.1', 'yellow', 'green']]);
	});
});

describe('the Historik with "øvrige" alone and a change since then (written blind, 580)', () => {
	it('reads "øvrige grønne" as the colour before, and not "Siden da er 3.5 blevet rød"', () => {
		expect(
			budgetLines(
				'Sagsfremstilling\n- 2.1 Flere pædagoger – grøn.\n- 3.4 Ny skolebus – gul.\n- 3.5 LED-belysning – rød.\nHistorik\nVed første status var 2.1 og 3.4 gule, øvrige grønne. Siden da er 3.5 blevet rød, fordi tilbuddene ligger over rammen.\n'
			).map((l) => [l.line, l.colour, l.previous_colour])
		).toEqual([
			['2.1', 'green', 'yellow'],
			['3.4', 'yellow', 'yellow'],
			['3.5', 'red', 'green']
		]);
	});
});

describe('budget lines from blind fixtures 590, 595 and 598', () => {
	const lines = (body: string): unknown[] =>
		budgetLines(body).map((l) => [l.line, l.title, l.colour, l.previous_colour, l.note]);

	it("reads a title line ending in its colour over the line's note, and an arrow without spaces", () => {
		expect(
			lines(
				'Sagsfremstilling\nInitiativ 2.4 Flere aktivitetsmedarbejdere på plejecentrene (grøn)\nInitiativet blev tilføjet i juni.\n\nInitiativ 3.3 Trafiksikre skoleveje (rød→gul)\nProjekteringen er genoptaget.\n'
			)
		).toEqual([
			[
				'2.4',
				'Flere aktivitetsmedarbejdere på plejecentrene',
				'green',
				null,
				'Initiativet blev tilføjet i juni.'
			],
			['3.3', 'Trafiksikre skoleveje', 'yellow', 'red', 'Projekteringen er genoptaget.']
		]);
	});

	it('reads the letters of a key ("G = grøn, Y = gul, R = rød") in a table, and "Uændret siden første status"', () => {
		expect(
			lines(
				'Sagsfremstilling\nStatus er angivet med et bogstav: G = grøn, Y = gul, R = rød.\n\n| Nr. | Initiativ | Status | Bemærkning |\n|---|---|---|---|\n| 1.1 | Flere pædagoger | G | Alle stillinger er besat |\n| 3.3 | LED-belysning | Y | Var R ved første status |\n| 4.1 | Digital tidsbestilling | G | Uændret siden første status |\n'
			)
		).toEqual([
			['1.1', 'Flere pædagoger', 'green', null, 'Alle stillinger er besat'],
			['3.3', 'LED-belysning', 'yellow', 'red', 'Var R ved første status'],
			['4.1', 'Digital tidsbestilling', 'green', 'green', 'Uændret siden første status']
		]);
	});

	it('reads "er fortsat markeret med rødt" as red before too', () => {
		expect(
			lines(
				'Sagsfremstilling\nLinje 6.4 – Klimatilpasning af Store Vejleå er fortsat markeret med rødt, fordi projektet afventer en afgørelse.\n'
			).map((l) => (l as unknown[]).slice(0, 4))
		).toEqual([['6.4', 'Klimatilpasning af Store Vejleå', 'red', 'red']]);
	});

	it('leaves "(var rød ved første status)" out of a title under a colour heading, as the colour before', () => {
		expect(
			lines(
				'Sagsfremstilling\nGule initiativer:\n- 4.2 Ruteplanlægning i hjemmeplejen (var rød ved første status)\n- 4.5 Ombygning af rådhuset\n'
			).map((l) => (l as unknown[]).slice(0, 4))
		).toEqual([
			['4.2', 'Ruteplanlægning i hjemmeplejen', 'yellow', 'red'],
			['4.5', 'Ombygning af rådhuset', 'yellow', null]
		]);
	});
});

describe('budget lines from blind fixtures 610, 615 and 620', () => {
	const lines = (body: string): unknown[] =>
		budgetLines(body).map((l) => [l.line, l.title, l.colour, l.previous_colour]);

	it('reads "Linjen meldes derfor til Økonomiudvalget som grøn" as the decision on the line named before', () => {
		expect(
			lines(
				'Sagsfremstilling\n| Nr. | Initiativ | Status |\n|---|---|---|\n| 2.2 | Styrket vejledning | Grøn/Gul |\n\nBeslutning\nFor 2.2 var der enighed om, at initiativet er gennemført. Linjen meldes derfor til Økonomiudvalget som grøn.\n'
			)
		).toEqual([['2.2', 'Styrket vejledning', 'green', null]]);
	});

	it('reads lines named "Aftalepunkt 2.4" and "farvelægges punktet gul"', () => {
		expect(
			lines(
				'Sagsfremstilling\nAftalepunkt 2.4 – Ny struktur for ungdomsskolen\n\nForslaget behandles i august. Indtil da farvelægges punktet gul.\n'
			)
		).toEqual([['2.4', 'Ny struktur for ungdomsskolen', 'yellow', null]]);
	});

	it('ends a title before "bør", and reports a line without a colour when "der er ikke taget stilling til farven"', () => {
		expect(
			lines(
				'Sagsfremstilling\nFor 3.2 Ny belysning på stisystemet er der ikke taget stilling til farven endnu.\n\nBeslutning\nChefforum bemærkede, at 5.3 Fælles regler for fuldmagter bør stå som grøn og ikke gul.\n'
			)
		).toEqual([
			['3.2', 'Ny belysning på stisystemet', null, null],
			['5.3', 'Fælles regler for fuldmagter', 'green', 'yellow']
		]);
	});
});

describe('budget lines and reviews from blind fixtures 622, 626, 632 and 637', () => {
	const lines = (body: string): unknown[] =>
		budgetLines(body).map((l) => [l.line, l.colour, l.previous_colour]);

	it("reads the colour before from a remark paragraph under the line's status line", () => {
		expect(
			lines(
				'Sagsfremstilling\n#### 1.3 Sprogindsats\n\n**Status:** Gul\n\n**Bemærkning:** Linjen var grøn ved første status. Rekrutteringen er trukket ud.\n\n#### 2.3 Forundersøgelse\n\n**Status:** Rød\n\n**Bemærkning:** Grunden er ikke købt. Linjen forbliver rød.\n'
			)
		).toEqual([
			['1.3', 'yellow', 'green'],
			['2.3', 'red', 'red']
		]);
	});

	it('takes a colour away when the decision says "linje 3.3 ikke farvelægges"', () => {
		expect(
			lines(
				'Sagsfremstilling\n| Nr. | Initiativ | 1. status | Status |\n|---|---|---|---|\n| 3.3 | Vintertjeneste | Gul | Gul |\n\nBeslutning\nChefforum besluttede, at linje 3.3 ikke farvelægges, før udbuddet er afsluttet.\n'
			)
		).toEqual([['3.3', null, 'yellow']]);
	});

	it('gives a line marked "(ny)" no colour before, though unstarred lines keep theirs', () => {
		expect(
			lines(
				'Sagsfremstilling\nNr.\tInitiativ\tStatus\n1.1\tSprog\tGrøn\n1.2\tLæsning\tGul*\n1.3 (ny)\tÅbningstid\tGrøn\n\n* ændret siden første status. Linjer uden stjerne står med samme farve som ved første status.\n'
			)
		).toEqual([
			['1.1', 'green', 'green'],
			['1.2', 'yellow', null],
			['1.3', 'green', null]
		]);
	});

	it("dates the review by the meeting to come, not the earlier round's named first", () => {
		const x = extractMinutes(
			'REFERAT Chefforum d. 28-05-2015\nPunkt 1: CF - Anden status på budgetaftalen 2015\nSagsfremstilling\n- 1.1 Sprog – grøn\nØkonomiudvalget fik forelagt første status den 10. marts 2015. Anden status skal forelægges udvalget på mødet den 9. juni 2015.\n',
			'x'
		);
		expect(x.ok ? x.records.budget_reviews.map((r) => r.recipient_date) : x.reason).toEqual([
			'2015-06-09'
		]);
	});
});

describe('budget lines from blind fixtures 645 and 650', () => {
	const lines = (body: string): unknown[] =>
		budgetLines(body).map((l) => [l.line, l.colour, l.previous_colour]);

	it('reads a table\'s bare numbers when the lines are numbered straight through ("Initiativ 12")', () => {
		expect(
			lines(
				'Sagsfremstilling\nInitiativerne er nummereret fortløbende fra Initiativ 1 til Initiativ 24.\n\n| Nr. | Initiativ | Status april | Status nu |\n|---|---|---|---|\n| 12 | Energirenovering | Gul | Grøn |\n| 13 | Selvbetjening | Grøn | Gul |\n\nInitiativ 7 – Ungdomsklub: Byggeriet er forsinket. Initiativet er markeret med rødt, ligesom det var ved første status.\n'
			)
		).toEqual([
			['12', 'green', 'yellow'],
			['13', 'yellow', 'green'],
			['7', 'red', 'red']
		]);
	});

	it('gives a table\'s lines their colour as the one before when "De øvrige initiativer har samme farve"', () => {
		expect(
			lines(
				'Sagsfremstilling\n2.3 er gået fra gul til rød. De øvrige initiativer har samme farve som ved første status.\n\nNr.\tInitiativ\tStatus\n1.1\tSprog\tGrøn\n2.3\tRådgivning\tRød\n'
			)
		).toEqual([
			['1.1', 'green', 'green'],
			['2.3', 'red', 'yellow']
		]);
	});
});

describe('budget lines and rounds from blind fixtures 663 and 670', () => {
	const lines = (body: string, title?: string): unknown[] =>
		budgetLines(body, title).map((l) => [l.line, l.title, l.colour, l.previous_colour]);

	it('reads an "Initiativ nr." column beside the title, and "Gul (forværret)" as green before', () => {
		expect(
			lines(
				'Sagsfremstilling\nInitiativ nr.\tTitel\tVurdering\n1.1\tSprogindsats\tGrøn (uændret)\n3.1\tHjemmetræning\tGul (forværret)\n2.2\tSelvbetjening\tRød (forværret)\n'
			)
		).toEqual([
			['1.1', 'Sprogindsats', 'green', 'green'],
			['3.1', 'Hjemmetræning', 'yellow', 'green'],
			['2.2', 'Selvbetjening', 'red', null]
		]);
	});

	it("reads colours in square brackets after the title and in the decision, and the note's word on the round before", () => {
		expect(
			lines(
				'Sagsfremstilling\nPkt. 1.1 Fælles indskrivning [GRØN]\nDet nye modul er taget i brug.\n\nPkt. 1.2 Vikarforbrug [GUL]\nUændret i forhold til første opfølgning.\n\nPkt. 2.1 Hverdagsrehabilitering i hjemmeplejen [GUL]\nVed første opfølgning i maj stod punktet som [RØD]. Der er nu ansat 2 terapeuter.\n\nPkt. 5.2 Kulturpuljer [IKKE VURDERET]\nStatus afventer udvalgets møde.\n\nBeslutning\nPkt. 1.2 ændres fra [GUL] til [RØD].\n',
				'Opfølgning på budgetaftalen 2013'
			)
		).toEqual([
			['1.1', 'Fælles indskrivning', 'green', null],
			['1.2', 'Vikarforbrug', 'red', 'yellow'],
			['2.1', 'Hverdagsrehabilitering i hjemmeplejen', 'yellow', 'red'],
			['5.2', 'Kulturpuljer', null, null]
		]);
	});

	it('names the round to come, not the one the recipient has had', () => {
		const x = extractMinutes(
			'REFERAT Chefforum d. 12-09-2013\nPunkt 1: CF - Opfølgning på budgetaftalen 2013\nSagsfremstilling\nØkonomiudvalget fik i maj 2013 den første opfølgning på budgetaftalen 2013. Anden opfølgning skal forelægges Økonomiudvalget på mødet den 1. oktober 2013.\n- 1.1 Sprog – grøn\n',
			'x'
		);
		expect(x.ok ? x.records.budget_reviews.map((r) => [r.round, r.round_label]) : x.reason).toEqual(
			[[2, 'Anden opfølgning']]
		);
	});
});

describe('budget lines from blind fixtures 676, 681 and 686', () => {
	const lines = (body: string): unknown[] =>
		budgetLines(body).map((l) => [l.line, l.title, l.colour, l.previous_colour]);

	it("reads the round before from a later sentence of a line's paragraph led by its colour", () => {
		expect(
			lines(
				'Sagsfremstilling\nGRØN: 1.1 Sprogløft i dagtilbud. Alle institutioner er i gang. Status er uændret siden første status.\n\nGRØN: 2.3 Velfærdsteknologi. Skærmbesøgene er i drift, og initiativet er skiftet fra gul til grøn.\n'
			)
		).toEqual([
			['1.1', 'Sprogløft i dagtilbud', 'green', 'green'],
			['2.3', 'Velfærdsteknologi', 'green', 'yellow']
		]);
	});

	it('reads "2.1 – grøn (før: gul)", and titles from a table of the lines without colours', () => {
		expect(
			lines(
				'Sagsfremstilling\n- 2.1 – grøn (før: gul)\n- 3.5 – rød (uændret)\n\nNr.\tInitiativ\tAnsvarlig afdeling\n2.1\tFælles vikarkorps\tDagtilbud\n3.5\tNy madordning\tPleje & Omsorg\n'
			)
		).toEqual([
			['2.1', 'Fælles vikarkorps', 'green', 'yellow'],
			['3.5', 'Ny madordning', 'red', 'red']
		]);
	});
});
