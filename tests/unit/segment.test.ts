import { describe, expect, it } from 'vitest';
import { extractMinutes } from '../../src/lib/minutes/index';
import { normalise } from '../../src/lib/minutes/normalise';
import { plainLine, segment, type Segmentation } from '../../src/lib/minutes/segment';

const PLAIN = `REFERAT Chefforum d. 14-03-2018

Mødedato Onsdag d. 14. marts 2018 kl. 13:30

Mødested Mødelokale 620

Indholdsfortegnelse

CF - Godkendelse af dagsorden og referat.....	3
CF - Sygefraværsstatistik 4. kvartal 2017.....	4
Lukket.....	6
TCG - Budget 2019 - investeringsplan.....	7

Punkt 1: CF - Godkendelse af dagsorden og referat

00.01.00-A00-12-18

Anledning

Dagsorden og referat skal godkendes.

Indstilling

Kommunaldirektøren indstiller, at dagsordenen godkendes.

Beslutning

Godkendt. Referatet fra sidste møde nævner Punkt 3 om netværk.

Punkt 1: denne linje er ikke et nyt punkt

Punkt 2: CF - Sygefraværsstatistik 4. kvartal 2017

81.28.00-P05-3-18

Sagsfremstilling

Fraværet lå på 3,1 dage i kvartalet.

Bilag

Fraværsstatistik pr. afdeling

Punkt 3: Lukket

17/20455

Beslutning

Dette må ikke vises.

Punkt 4: TCG - Budget 2019 - investeringsplan

Sagsnr. 17/9981

Baggrund

Drøftelse af strategier.

Historik

Sidst drøftet i januar.

Status

Arbejdet er i gang.

Økonomi

Ingen udgifter.
`;

const MARKDOWN = `# REFERAT Chefforum d. 03-12-2019

**Mødedato** Tirsdag d. 03. december 2019 kl. 09:00

**Mødested** Rådhuset, lokale 915

## Indholdsfortegnelse

CF - Godkendelse af dagsorden.....	3
CF - Netværksdrøftelse om nye temaer.....	4

## **Punkt 1: CF - Godkendelse af dagsorden**

19/17342

### **INDSTILLING**

---

Kommunaldirektøren indstiller, at dagsordenen godkendes.

### **BESLUTNING I CHEFFORUM DEN 03-12-2019**

---

Godkendt.

## **Punkt 2: CF - Netværksdrøftelse om nye temaer**

00.15.00-A00-4-19

### **SAGSFREMSTILLING**

Der drøftes nye temaer til netværk.
`;

function ok(result: Segmentation): Extract<Segmentation, { ok: true }> {
	if (!result.ok) throw new Error(`expected a referat, got: ${result.reason}`);
	return result;
}

describe('segment: the meeting header', () => {
	it('reads forum, date, start time and place from the plain-text layout', () => {
		expect(ok(segment(PLAIN)).header).toMatchObject({
			forum: 'Chefforum',
			date: '2018-03-14',
			startTime: '13:30',
			location: 'Mødelokale 620'
		});
	});

	it('reads the same fields from the Markdown layout with bold labels', () => {
		expect(ok(segment(MARKDOWN)).header).toMatchObject({
			forum: 'Chefforum',
			date: '2019-12-03',
			startTime: '09:00',
			location: 'Rådhuset, lokale 915'
		});
	});

	it('takes the date from "Mødedato" when there is no REFERAT line', () => {
		const text =
			'Mødedato Mandag d. 3. februar 2020 kl. 9.30\nMødested Rådhuset\n\nPunkt 1: CF - Evt\n';
		expect(ok(segment(text)).header).toMatchObject({
			forum: 'Chefforum',
			date: '2020-02-03',
			startTime: '09:30',
			location: 'Rådhuset'
		});
	});

	it('names the forum as written in the header ("Tværgående chefgruppe")', () => {
		const text = 'REFERAT Tværgående chefgruppe d. 21-02-2014\n\nPunkt 1: TCG - Evt\n';
		expect(ok(segment(text)).header.forum).toBe('Tværgående chefgruppe');
	});

	it('reads the forum after a dash in "Referat – Chefforum 31-08-2022"', () => {
		const text = normalise('Referat – Chefforum 31-08-2022\n\nPunkt 1: CF - Evt\n').text;
		expect(ok(segment(text)).header.forum).toBe('Chefforum');
	});

	it('names the forum with single spaces when justified PDF text spreads it out', () => {
		const text = 'REFERAT Tværgående   chefgruppe d. 21-02-2014\n\nPunkt 1: TCG - Evt\n';
		expect(ok(segment(text)).header.forum).toBe('Tværgående chefgruppe');
	});
});

describe('segment: agenda items', () => {
	it('finds every "Punkt N" heading in order and not the table of contents', () => {
		const items = ok(segment(PLAIN)).items;
		expect(items.map((i) => [i.number, i.prefix, i.title])).toEqual([
			[1, 'CF', 'Godkendelse af dagsorden og referat'],
			[2, 'CF', 'Sygefraværsstatistik 4. kvartal 2017'],
			[3, null, 'Lukket'],
			[4, 'TCG', 'Budget 2019 - investeringsplan']
		]);
	});

	it('reads KLE-style and old-style case numbers, with the KLE subject code', () => {
		const items = ok(segment(PLAIN)).items;
		expect(items.map((i) => [i.caseNumber, i.kleCode])).toEqual([
			['00.01.00-A00-12-18', '00.01.00'],
			['81.28.00-P05-3-18', '81.28.00'],
			['17/20455', null],
			['17/9981', null]
		]);
	});

	it('does not take a "Punkt 1" line whose number does not increase as a new item', () => {
		const items = ok(segment(PLAIN)).items;
		expect(items).toHaveLength(4);
		const first = items[0];
		expect(PLAIN.slice(first?.start, first?.end)).toContain(
			'Punkt 1: denne linje er ikke et nyt punkt'
		);
	});

	it('does not take a budget line "Punkt 3.2 …" as the heading of item 3', () => {
		const text =
			'REFERAT Chefforum d. 10-06-2022\nPunkt 1: CF - Anden status på budgetaftalen 2022\nSagsfremstilling\nPunkt 3.2 Velfærdsteknologi: gul\nPunkt 2: CF - Evt.\n';
		expect(ok(segment(text)).items.map((i) => [i.number, i.title])).toEqual([
			[1, 'Anden status på budgetaftalen 2022'],
			[2, 'Evt.']
		]);
	});

	it('does not take a repeated "Punkt 3" after Punkt 3 as a heading', () => {
		const text =
			'REFERAT Chefforum d. 01-02-2021\n\nPunkt 2: CF - A\n\nTekst.\n\nPunkt 3: CF - B\n\nPunkt 3: se ovenfor\n\nPunkt 4: CF - C\n';
		const items = ok(segment(text)).items;
		expect(items.map((i) => [i.number, i.title])).toEqual([
			[2, 'A'],
			[3, 'B'],
			[4, 'C']
		]);
	});

	it('does not take a wrapped sentence that starts a line with "punkt 3." as a heading', () => {
		const text =
			'REFERAT Chefforum d. 08-03-2022\n\nPunkt 1: CF - Godkendelse\n\nReferatet blev godkendt med en rettelse til\npunkt 3.\n\nPunkt 2: CF - Sygefravær 2021\n\nTekst.\n\nPunkt 3: Lukket\n';
		const items = ok(segment(text)).items;
		expect(items.map((i) => [i.number, i.title, i.closed])).toEqual([
			[1, 'Godkendelse', false],
			[2, 'Sygefravær 2021', false],
			[3, 'Lukket', true]
		]);
	});

	it('joins a title the PDF reader wrapped before its year, but not a case number', () => {
		const text =
			'REFERAT Chefforum d. 14-09-2016\n\nPunkt 1: CF - Skriftlig orientering om sygefraværsstatistik 1. halvår\n2016\n\n81.28.00-P05-1-16\n\nTekst.\n\nPunkt 2: CF - Budget\n2017-2020\n\nTekst.\n';
		const items = ok(segment(text)).items;
		expect(items.map((i) => [i.title, i.caseNumber])).toEqual([
			['Skriftlig orientering om sygefraværsstatistik 1. halvår 2016', '81.28.00-P05-1-16'],
			['Budget 2017-2020', null]
		]);
	});

	it('joins a title the PDF reader wrapped right after an ampersand (written blind, 593)', () => {
		const text =
			'REFERAT Chefforum d. 13-10-2021\n\nPunkt 1: CF - Ansættelsesudvalg til stillingen som afdelingschef for Kultur &\nFritid\n\n81.03.00-A00-3-21\n\nTekst.\n';
		expect(ok(segment(text)).items.map((i) => i.title)).toEqual([
			'Ansættelsesudvalg til stillingen som afdelingschef for Kultur & Fritid'
		]);
	});

	it('marks a "Lukket" item as closed with its case number and no sections', () => {
		const closed = ok(segment(PLAIN)).items[2];
		expect(closed).toMatchObject({
			number: 3,
			closed: true,
			prefix: null,
			title: 'Lukket',
			caseNumber: '17/20455',
			sections: []
		});
	});

	it('marks "CF - Lukket", "Lukket punkt" and "LUKKET SAG" as closed, but not a title about closing', () => {
		const closed = (heading: string): unknown => {
			const r = segment(
				`REFERAT Chefforum d. 08-03-2022\n\n${heading}\n\n17/20455\n\nSagsfremstilling\n\nFortroligt.\n`
			);
			return r.ok ? r.items.map((i) => [i.title, i.closed, i.sections.length]) : r.reason;
		};
		expect(closed('Punkt 1: CF - Lukket')).toEqual([['Lukket', true, 0]]);
		expect(closed('Punkt 1: Lukket punkt')).toEqual([['Lukket', true, 0]]);
		expect(closed('Punkt 1: LUKKET SAG')).toEqual([['Lukket', true, 0]]);
		// The rest of a closed item's title is not kept either.
		expect(closed('Punkt 1: Lukket punkt - Personalesag')).toEqual([['Lukket', true, 0]]);
		expect(closed('Punkt 1: CF - Lukket: Ansættelse')).toEqual([['Lukket', true, 0]]);
		expect(closed('Punkt 1: CF - Lukket afdeling i Hyldespjældet')).toEqual([
			['Lukket afdeling i Hyldespjældet', false, 1]
		]);
	});

	it('gives each item the span from its heading to the next heading', () => {
		const items = ok(segment(PLAIN)).items;
		const second = items[1];
		const third = items[2];
		expect(PLAIN.slice(second?.start, second?.end)).toMatch(/^Punkt 2: CF - Sygefraværsstatistik/);
		expect(second?.end).toBe(third?.start);
		expect(items[3]?.end).toBe(PLAIN.length);
		expect(PLAIN.slice(second?.bodyStart, second?.end).trimStart()).toMatch(/^Sagsfremstilling/);
	});

	it('reads Markdown item headings and their case numbers', () => {
		const items = ok(segment(MARKDOWN)).items;
		expect(items.map((i) => [i.number, i.prefix, i.title, i.caseNumber, i.kleCode])).toEqual([
			[1, 'CF', 'Godkendelse af dagsorden', '19/17342', null],
			[2, 'CF', 'Netværksdrøftelse om nye temaer', '00.15.00-A00-4-19', '00.15.00']
		]);
	});

	it('takes the title after an en dash prefix ("CF – …") once the dash is normalised', () => {
		const text = 'REFERAT Chefforum d. 01-02-2021\n\nPunkt 1: CF \u2013 Godkendelse af referat\n';
		expect(ok(segment(normalise(text).text)).items[0]).toMatchObject({
			prefix: 'CF',
			title: 'Godkendelse af referat'
		});
	});

	it('keeps a title without a prefix as it is', () => {
		const text = 'REFERAT Chefforum d. 01-02-2021\n\nPunkt 1: Eventuelt\n';
		expect(ok(segment(text)).items[0]).toMatchObject({ prefix: null, title: 'Eventuelt' });
	});
});

describe('segment: sections', () => {
	it('does not take a wrapped "status" in prose for the Status section', () => {
		const text = normalise(
			'REFERAT Chefforum d. 29-08-2019\n\nPunkt 1: CF - Sygefravær\n\nSagsfremstilling\n\nLangtidsfraværet er\nstatus\nquo.\n\nStatus\n\nIntet nyt.\n'
		).text;
		expect(ok(segment(text)).items[0]?.sections.map((s) => s.kind)).toEqual([
			'sagsfremstilling',
			'status'
		]);
	});

	it('does not take a wrapped line "Status fra netværkene gives … . Netværkslederne …" for a heading', () => {
		const text =
			'REFERAT Chefforum d. 18-09-2013\n\nPunkt 1: CF - Netværk\n\nBeslutning\n\nGodkendt.\n\nStatus fra netværkene gives hver 8. uge som foreslået. Netværkslederne udpeges\ninden den 1. november 2013.\n';
		expect(ok(segment(text)).items[0]?.sections.map((s) => s.kind)).toEqual(['beslutning']);
	});

	it('does not take a one-line sentence "Status fra netværkene gives fremover hver 8. uge." for a heading', () => {
		const text =
			'REFERAT Chefforum d. 10-06-2015\n\nPunkt 1: CF - Netværk\n\nBeslutning\n\nGodkendt.\n\nStatus fra netværkene gives fremover hver 8. uge.\n\nStatus fra sekretariatet\n\nAlt kører.\n';
		expect(ok(segment(text)).items[0]?.sections.map((s) => s.kind)).toEqual([
			'beslutning',
			'status'
		]);
	});

	it('finds the sections of an item with their kinds and content spans', () => {
		const first = ok(segment(PLAIN)).items[0];
		expect(first?.sections.map((s) => s.kind)).toEqual(['anledning', 'indstilling', 'beslutning']);
		const decision = first?.sections[2];
		expect(PLAIN.slice(decision?.start, decision?.end).trim()).toBe(
			'Godkendt. Referatet fra sidste møde nævner Punkt 3 om netværk.\n\nPunkt 1: denne linje er ikke et nyt punkt'
		);
	});

	it('reads a section whose text starts on its heading line ("Beslutning: Godkendt.")', () => {
		const text =
			'REFERAT Chefforum d. 01-02-2021\n\nPunkt 1: CF - Evt.\nSagsfremstilling: Der er intet.\n**Beslutning:** Godkendt.\nIntet videre.\n';
		const sections = ok(segment(text)).items[0]?.sections ?? [];
		expect(sections.map((s) => [s.kind, s.heading, text.slice(s.start, s.end).trim()])).toEqual([
			['sagsfremstilling', 'Sagsfremstilling', 'Der er intet.'],
			['beslutning', 'Beslutning', 'Godkendt.\nIntet videre.']
		]);
	});

	it('takes a case number written in the heading out of the title', () => {
		const text =
			'REFERAT Chefforum d. 01-02-2021\n\nPunkt 1: CF - Sygefravær 2020 (sagsnr. 20/1234)\n';
		expect(ok(segment(text)).items[0]).toMatchObject({
			title: 'Sygefravær 2020',
			caseNumber: '20/1234'
		});
	});

	it('knows baggrund, historik, status and økonomi sections', () => {
		const last = ok(segment(PLAIN)).items[3];
		expect(last?.sections.map((s) => [s.kind, s.heading])).toEqual([
			['baggrund', 'Baggrund'],
			['historik', 'Historik'],
			['status', 'Status'],
			['økonomi', 'Økonomi']
		]);
	});

	it('reads Markdown section headings, including "BESLUTNING I CHEFFORUM DEN …"', () => {
		const items = ok(segment(MARKDOWN)).items;
		expect(items[0]?.sections.map((s) => [s.kind, s.heading])).toEqual([
			['indstilling', 'INDSTILLING'],
			['beslutning', 'BESLUTNING I CHEFFORUM DEN 03-12-2019']
		]);
		expect(items[1]?.sections.map((s) => s.kind)).toEqual(['sagsfremstilling']);
		const decision = items[0]?.sections[1];
		expect(MARKDOWN.slice(decision?.start, decision?.end).replace('---', '').trim()).toBe(
			'Godkendt.'
		);
	});

	it('marks where the heading line of a section starts', () => {
		const sagsfremstilling = ok(segment(PLAIN)).items[1]?.sections[0];
		expect(PLAIN.slice(sagsfremstilling?.headingStart, sagsfremstilling?.start)).toBe(
			'Sagsfremstilling\n'
		);
	});

	it('does not take a long sentence starting with "Status" as a heading', () => {
		const text =
			'REFERAT Chefforum d. 01-02-2021\n\nPunkt 1: CF - Orientering\n\nStatus på arbejdet gives i næste måned af direktionen.\n';
		expect(ok(segment(text)).items[0]?.sections).toEqual([]);
	});
});

describe('segment: documents that are not a referat', () => {
	it('reads a referat forwarded by e-mail, its header below the mail, greeting and signature', () => {
		const mail = [
			'Fra: Lise Kjærgaard',
			'Sendt: 15. marts 2018 14:07',
			'Til: Afdelingschefer',
			'Emne: VS: Referat fra Chefforum 14. marts 2018',
			'',
			'Kære alle',
			...Array.from({ length: 30 }, (_, i) => `Linje ${i + 1} af hilsenen og underskriften.`),
			'________________________________',
			'REFERAT Chefforum d. 14-03-2018',
			'Mødedato Onsdag d. 14. marts 2018 kl. 09:00',
			'Punkt 1: CF - Evt.',
			''
		].join('\n');
		expect(ok(segment(mail)).header.date).toBe('2018-03-14');
		// The same lines without the mail's header are no referat: its header starts too far down.
		expect(segment(mail.split('\n').slice(5).join('\n')).ok).toBe(false);
	});

	it('rejects an empty or blank file as "tom fil"', () => {
		expect(segment('')).toEqual({ ok: false, reason: 'tom fil' });
		expect(segment(' \n\n\t\n')).toEqual({ ok: false, reason: 'tom fil' });
	});

	it('rejects a DAGSORDEN as an agenda, not minutes', () => {
		const text =
			'DAGSORDEN Chefforum d. 15-01-2025\n\nMødedato Onsdag d. 15. januar 2025 kl. 09:00\n\nPunkt 1: CF - Godkendelse af dagsorden\n';
		const result = segment(text);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.reason).toMatch(/^ikke et referat: .*dagsorden/);
	});

	it('rejects a TILLÆGSDAGSORDEN (items added to the agenda) as an agenda', () => {
		const result = segment(
			'TILLÆGSDAGSORDEN Chefforum d. 10-03-2021\n\nMødedato Onsdag d. 10. marts 2021 kl. 09:00\n\nPunkt 8: CF - Sygefravær 2020\n'
		);
		expect(result.ok ? null : result.reason).toBe('ikke et referat: dokumentet er en dagsorden');
	});

	it('rejects an agenda or an invitation that has a referat\'s "Mødedato" but no REFERAT line', () => {
		const top =
			'\n\nChefforum\n\nMødedato Onsdag d. 12. september 2018 kl. 09:00\n\nPunkt 1: CF - Evt\n';
		const reason = (text: string): string | null => {
			const r = segment(text);
			return r.ok ? null : r.reason;
		};
		expect(reason(`Dagsorden${top}`)).toBe('ikke et referat: dokumentet er en dagsorden');
		expect(reason(`Mødeindkaldelse${top}`)).toBe(
			'ikke et referat: dokumentet er en mødeindkaldelse'
		);
		expect(reason(`Indkaldelse til møde i Chefforum${top}`)).toBe(
			'ikke et referat: dokumentet er en mødeindkaldelse'
		);
		// The same header with a REFERAT line is minutes.
		expect(reason(`REFERAT${top}`)).toBeNull();
	});

	it('rejects a newsletter without a meeting header even when it has "Punkt" lines', () => {
		const text =
			'Nyhedsbrev fra HR & Organisationsudvikling\n\nSygefraværet faldt i 2019.\n\nPunkt 1: Nye kurser\n';
		const result = segment(text);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.reason).toContain('intet mødehoved');
	});

	it('rejects a header without any agenda items', () => {
		const text =
			'REFERAT Chefforum d. 01-02-2021\n\nMødedato Mandag d. 1. februar 2021\n\nIngen punkter.\n';
		const result = segment(text);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.reason).toContain('ingen dagsordenspunkter');
	});

	it('rejects a header whose date is not a real date', () => {
		const text = 'REFERAT Chefforum d. 31-02-2021\n\nPunkt 1: CF - Evt\n';
		const result = segment(text);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.reason).toContain('ingen gyldig mødedato');
	});
});

describe('plainLine', () => {
	it('strips Markdown heading and bold marks and trims', () => {
		expect(plainLine('## **Punkt 2: CF - Status**  ')).toBe('Punkt 2: CF - Status');
		expect(plainLine('**Mødedato** Tirsdag')).toBe('Mødedato Tirsdag');
		expect(plainLine('   almindelig tekst ')).toBe('almindelig tekst');
	});
});

describe('segment: header variants', () => {
	const header = (top: string): unknown => {
		const r = segment(`${top}\n\nPunkt 1: CF - Sygefravær 2018\n\nTekst.\n`);
		return r.ok ? [r.header.forum, r.header.date, r.header.location] : r.reason;
	};
	/** Forum, date, start time and place of a header. */
	const fields = (top: string): unknown => {
		const r = segment(`${top}\n\nPunkt 1: CF - Evt.\n`);
		return r.ok ? [r.header.forum, r.header.date, r.header.startTime, r.header.location] : r.reason;
	};

	it('does not take the weekday of "Referat af møde torsdag den …" as the forum, and reads its time', () => {
		expect(
			fields(
				'Chefforum\nReferat af møde torsdag den 1. september 2016 kl. 9.00-11.00\nSted: Mødelokale 2'
			)
		).toEqual(['Chefforum', '2016-09-01', '09:00', 'Mødelokale 2']);
	});

	it('reads a place whose words justified PDF text spread apart with one space between them', () => {
		expect(
			fields(
				'REFERAT Chefforum d. 22-04-2020\nMødedato Onsdag d. 22. april 2020 kl. 09:00\nMødested Virtuelt  møde via  Skype'
			)
		).toEqual(['Chefforum', '2020-04-22', '09:00', 'Virtuelt møde via Skype']);
	});

	it('ends a place at the wide gap before the next column of a two-column header', () => {
		const top =
			'     REFERAT Chefforum d. 03-03-2021\n\n     Mødedato      Onsdag d. 3. marts 2021 kl. 09:00       Deltagere   Helle Vinther (KD),\n     Mødested      Microsoft Teams                                     afdelingscheferne for alle';
		expect(fields(top)).toEqual(['Chefforum', '2021-03-03', '09:00', 'Microsoft Teams']);
		const x = extractMinutes(`${top}\n\nPunkt 1: CF - Evt.\n`, 'x');
		expect(x.ok && x.meeting.location).toBe('Microsoft Teams');
	});

	it('gives a heading "Punkt 3 – …" (an en dash, justified) its title as written, one space between words', () => {
		const x = extractMinutes(
			'REFERAT Chefforum d. 17-09-2025\n\n## Punkt 1 – Godkendelse af  dagsorden og  referat\n\nTekst.\n\nPunkt 2: CF - Sygefravær de seneste 12 måneder (pr. 30. september\n2025)\n\nTekst.\n',
			'x'
		);
		expect(x.ok && x.items.map((i) => i.title)).toEqual([
			'Godkendelse af dagsorden og referat',
			'Sygefravær de seneste 12 måneder (pr. 30. september 2025)'
		]);
	});

	it('reads a "Beslutningsreferat" header and a forum written as its meeting in capitals', () => {
		expect(header('BESLUTNINGSREFERAT Chefforum d. 12-03-2019')).toEqual([
			'Chefforum',
			'2019-03-12',
			null
		]);
		expect(header('REFERAT AF CHEFFORUMMØDE 12.03.2019')).toEqual([
			'Chefforum',
			'2019-03-12',
			null
		]);
		expect(header('REFERAT TCG d. 12-03-2013')).toEqual(['TCG', '2013-03-12', null]);
	});

	it('reads a "Chefforum – referat" title with the meeting\'s date and time on a line under it', () => {
		expect(
			fields('Chefforum – referat\n\nMøde den 12. marts 2019 kl. 9.00\n\nSted: Rådhuset')
		).toEqual(['Chefforum', '2019-03-12', '09:00', 'Rådhuset']);
	});

	it('names the forum of a bare "Referat" from "Møde i Hoved-MED" or a hyphenated name above it', () => {
		expect(
			fields('Referat\n\nMøde i Hoved-MED\nMødedato: 12. marts 2019\nMødested: Rådhuset')
		).toEqual(['Hoved-MED', '2019-03-12', null, 'Rådhuset']);
		expect(fields('Område-MED Dagtilbud\nReferat af mødet d. 12-03-2019')).toEqual([
			'Område-MED Dagtilbud',
			'2019-03-12',
			null,
			null
		]);
	});

	it('reads Mødedato and Mødested set in a right-hand column by pdftotext -layout', () => {
		expect(
			fields(
				'       REFERAT Chefforum d. 20-11-2019\n\n       Chefforum                         Mødedato    Onsdag d. 20. november 2019 kl. 09:00\n       Referent: Sekretariatet           Mødested    Mødelokale 620'
			)
		).toEqual(['Chefforum', '2019-11-20', '09:00', 'Mødelokale 620']);
	});

	it('reads a start time written as a bare hour ("kl. 9")', () => {
		expect(fields('REFERAT Chefforum d. 01.09.2016\nMødedato: 01.09.2016 kl. 9')).toEqual([
			'Chefforum',
			'2016-09-01',
			'09:00',
			null
		]);
	});

	it('takes the forum from the line above "Referat af mødet d. …", never "Mødet"', () => {
		expect(header('Chefforum\nReferat af mødet d. 12.03.2019')).toEqual([
			'Chefforum',
			'2019-03-12',
			null
		]);
		expect(header('Albertslund Kommune\nReferat af mødet d. 12.03.2019')).toEqual([
			'Chefforum',
			'2019-03-12',
			null
		]);
	});

	it('reads the forum and date from the lines under a bare "REFERAT" title', () => {
		expect(header('REFERAT\nChefforum\nd. 12-03-2018')).toEqual(['Chefforum', '2018-03-12', null]);
		expect(header('REFERAT\n\nHovedMED den 3. juni 2015')).toEqual([
			'HovedMED',
			'2015-06-03',
			null
		]);
		expect(header('REFERAT\nHovedMED\nMødedato: 12. marts 2019')).toEqual([
			'HovedMED',
			'2019-03-12',
			null
		]);
		// A date further down the page is not the meeting's.
		expect(header('REFERAT\nChefforum\nSkrevet af HR\nUdsendt til alle\nd. 12-03-2018')).toBe(
			'ikke et referat: mødehovedet har ingen gyldig mødedato'
		);
	});

	it('reads a combined "Dagsorden og referat" or "Referat og dagsorden" header as minutes', () => {
		expect(header('DAGSORDEN OG REFERAT Chefforum d. 12-03-2018')).toEqual([
			'Chefforum',
			'2018-03-12',
			null
		]);
		expect(header('Referat og dagsorden Chefforum d. 12-03-2018')).toEqual([
			'Chefforum',
			'2018-03-12',
			null
		]);
	});

	it('reads "Dato:", "Tidspunkt:" and "Sted:" fields under a REFERAT title', () => {
		const r = segment(
			'Referat\nChefforum\nDato: 12. marts 2019\nTidspunkt: 9.00-11.00\nSted: Rådhuset\n\nPunkt 1: CF - Evt\n'
		);
		expect(r.ok && [r.header.forum, r.header.date, r.header.startTime, r.header.location]).toEqual([
			'Chefforum',
			'2019-03-12',
			'09:00',
			'Rådhuset'
		]);
	});

	it('does not take a memo with a "Dato:" field for minutes', () => {
		const r = segment('Notat\nDato: 12-03-2019\n\nPunkt 1: Baggrund\n');
		expect(r.ok).toBe(false);
	});

	it('reads a Mødedato written in figures', () => {
		expect(header('Referat\nChefforum\nMødedato: 12.03.2018 kl. 9.00')).toEqual([
			'Chefforum',
			'2018-03-12',
			null
		]);
	});

	it('reads "Sted:" as the place', () => {
		expect(
			header('REFERAT\nChefforum\nMødedato: 12. marts 2019\nSted: Rådhuset, lokale 620')
		).toEqual(['Chefforum', '2019-03-12', 'Rådhuset, lokale 620']);
	});
});

describe('segment: an ESDH export (written blind, BJ)', () => {
	it('reads items headed "Pkt. N: CF - …", not "pkt. 5" in a sentence or a budget line "Pkt. 3.2"', () => {
		const text =
			'REFERAT Chefforum d. 07-06-2017\n\nPkt. 1: CF - Godkendelse af dagsorden\n\nBESLUTNING\n\nGodkendt, idet pkt. 5 blev behandlet før pkt. 4.\n\nPkt. 3.2 Ny skole er grøn.\n\nPkt. 2: CF - Sygefravær\n\nSAGSFREMSTILLING\n\nFraværet var 3,1 dage.\n';
		expect(ok(segment(text)).items.map((i) => [i.number, i.title])).toEqual([
			[1, 'Godkendelse af dagsorden'],
			[2, 'Sygefravær']
		]);
	});
});

describe('segment: items headed by their number alone (written blind, CW)', () => {
	const minutes = (body: string): Segmentation =>
		segment(`REFERAT Chefforum d. 07-04-2020\n\nMødested Mødelokale 1\n\n${body}`);

	it('reads "1. Godkendelse af dagsorden" and "2. Sygefravær 2019" between blank lines, each decided', () => {
		const text =
			'1. Godkendelse af dagsorden\n\nIndstilling\n\n1. at dagsordenen godkendes\n2. at referatet godkendes\n\nBeslutning: Godkendt.\n\n2. Sygefravær 2019\n\n81.28.00-P05-1-20\n\nBeslutning: Taget til efterretning.\n\n3. Lukket punkt\n\n4. Eventuelt\n\nBeslutning: Intet.\n';
		expect(ok(minutes(text)).items.map((i) => [i.number, i.title, i.caseNumber, i.closed])).toEqual(
			[
				[1, 'Godkendelse af dagsorden', null, false],
				[2, 'Sygefravær 2019', '81.28.00-P05-1-20', false],
				[3, 'Lukket', null, true],
				[4, 'Eventuelt', null, false]
			]
		);
	});

	it('does not take a numbered list, or numbered paragraphs without decisions, for items', () => {
		const list = '## Dagsorden\n\n1. Godkendelse af dagsorden\n2. Sygefravær 2019\n3. Eventuelt\n';
		expect(minutes(list).ok).toBe(false);
		const undecided = '1. Indledning\n\nTekst.\n\n2. Baggrund\n\nMere tekst.\n';
		expect(minutes(undecided).ok).toBe(false);
	});
});

describe('segment: a closed item with its case number in the heading (written blind, 495)', () => {
	it('reads "Punkt 5: Lukket (81.02.00-A00-3-26)" as closed, with that case number', () => {
		const x = extractMinutes(
			'REFERAT Chefforum d. 14-01-2026\n\nPunkt 4: Sygefravær 2025 (81.28.00-P05-1-26)\n\nSagsfremstilling\n\nTekst.\n\nBeslutning\n\nTaget til efterretning.\n\nPunkt 5: Lukket (81.02.00-A00-3-26)\n\nPunkt 6: Evt.\n\nBeslutning\n\nIntet.\n',
			'x'
		);
		expect(
			x.ok ? x.items.map((i) => [i.number, i.title, i.closed, i.case_number]) : x.reason
		).toContainEqual([5, 'Lukket', true, '81.02.00-A00-3-26']);
	});
});

describe('segment: a case number wrapped onto the line under the heading (written blind, 495)', () => {
	it('reads "(81.03.00-A00-4-25)" alone under the heading as its case number', () => {
		const x = extractMinutes(
			'REFERAT Chefforum d. 25-02-2026\n\nPunkt 2: Rekruttering og fastholdelse af pædagogisk personale\n(81.03.00-A00-4-25)\n\nSagsfremstilling\n\nTekst.\n\nBeslutning\n\nTaget til efterretning.\n',
			'x'
		);
		expect(x.ok ? x.items.map((i) => [i.title, i.case_number]) : x.reason).toEqual([
			['Rekruttering og fastholdelse af pædagogisk personale', '81.03.00-A00-4-25']
		]);
	});
});
