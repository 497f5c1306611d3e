import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS, sentencesIn } from '../../src/lib/minutes/sentences';

const texts = (text: string): string[] =>
	sentencesIn(text, 0, text.length, null).map((s) => s.text);

describe('sentencesIn', () => {
	it('splits at a full stop followed by a capital letter', () => {
		expect(
			texts('Korttidsfraværet faldt. Langtidsfraværet steg. Det samlede fravær er uændret.')
		).toEqual([
			'Korttidsfraværet faldt.',
			'Langtidsfraværet steg.',
			'Det samlede fravær er uændret.'
		]);
	});

	it('keeps a short line ending in a colon apart from a sentence that starts under it', () => {
		expect(
			texts('Chefforum den 22. januar 2014:\nChefforum besluttede at igangsætte to netværk.')
		).toEqual(['Chefforum den 22. januar 2014:', 'Chefforum besluttede at igangsætte to netværk.']);
		expect(texts('Chefforum besluttede følgende om netværkene, som:\nblev drøftet.')).toEqual([
			'Chefforum besluttede følgende om netværkene, som: blev drøftet.'
		]);
	});

	it('ends a short bullet at a capitalised line under it, but not a wrapped one', () => {
		expect(
			texts('- 1.2 Flere lærere\nGule initiativer:\n- 2.1 Ny hal\nAlle øvrige er grønne.')
		).toEqual(['1.2 Flere lærere', 'Gule initiativer:', '2.1 Ny hal', 'Alle øvrige er grønne.']);
		expect(
			texts(
				'- Velfærdsnetværket har siden foråret arbejdet med unge ledige, og det\nFælles Jobcenter deltager.\n- 2.1 Ny hal i\nAlbertslund Syd'
			)
		).toEqual([
			'Velfærdsnetværket har siden foråret arbejdet med unge ledige, og det Fælles Jobcenter deltager.',
			'2.1 Ny hal i Albertslund Syd'
		]);
		// A PDF reader may leave the last word before the wrap on a line of its own.
		expect(
			texts('- 10. oktober – Beslutning af temaer og referenceledere\ni\n  Chefforum')
		).toEqual(['10. oktober – Beslutning af temaer og referenceledere i   Chefforum']);
	});

	it('keeps labelled lines apart ("Grønne initiativer: …" then "Gule initiativer: …"), justified or not', () => {
		for (const gap of [' ', '  '])
			expect(
				texts(`Grønne${gap}initiativer: 1.1 og 1.2\nGule${gap}initiativer: 1.3\nUdgået: 2.3`)
			).toEqual([
				`Grønne${gap}initiativer: 1.1 og 1.2`,
				`Gule${gap}initiativer: 1.3`,
				'Udgået: 2.3'
			]);
	});

	it('ends a budget line at its colour when a capitalised line follows, but keeps its fields', () => {
		expect(texts('1.1 Ny skole: Grøn\nChefforum tog status til efterretning.')).toEqual([
			'1.1 Ny skole: Grøn',
			'Chefforum tog status til efterretning.'
		]);
		expect(texts('1.3 Sprog i dagtilbud\nStatus: Grøn\nBemærkning: Som planlagt.')).toEqual([
			'1.3 Sprog i dagtilbud Status: Grøn Bemærkning: Som planlagt.'
		]);
		expect(texts('Projektet er grønt\nDet fortsætter.')).toEqual([
			'Projektet er grønt Det fortsætter.'
		]);
	});

	it('does not split after "pr.", "ca." or an ordinal like "1. halvår"', () => {
		expect(
			texts(
				'Fraværet var ca. 7,2 dage pr. medarbejder i 1. halvår 2017. Det er 0,4 dag mere end i 2. halvår.'
			)
		).toEqual([
			'Fraværet var ca. 7,2 dage pr. medarbejder i 1. halvår 2017.',
			'Det er 0,4 dag mere end i 2. halvår.'
		]);
	});

	it('does not split after "bl.a." followed by a lower-case word', () => {
		expect(texts('Stigningen skyldes bl.a. influenza. Det forventes at falde.')).toEqual([
			'Stigningen skyldes bl.a. influenza.',
			'Det forventes at falde.'
		]);
	});

	it('does not split after "bl.a." followed by a department name', () => {
		expect(texts('Fraværet steg bl.a. Dagtilbud og Skoler & Uddannelse. Det var ventet.')).toEqual([
			'Fraværet steg bl.a. Dagtilbud og Skoler & Uddannelse.',
			'Det var ventet.'
		]);
	});

	it('does not split after "d." and "kl." in a date and time', () => {
		expect(texts('Mødet holdes d. 5. Marts kl. 9.00 på Rådhuset. Alle deltager.')).toEqual([
			'Mødet holdes d. 5. Marts kl. 9.00 på Rådhuset.',
			'Alle deltager.'
		]);
	});

	it('does not split after "f.eks." before a department name', () => {
		expect(
			texts(
				'Flere afdelinger, f.eks. Dagtilbud og Social & Familie, har nye ledere. Det drøftes senere.'
			)
		).toEqual([
			'Flere afdelinger, f.eks. Dagtilbud og Social & Familie, har nye ledere.',
			'Det drøftes senere.'
		]);
	});

	it('splits after a year that ends a sentence', () => {
		expect(texts('Fraværet steg i 2016. Det faldt i 2017.')).toEqual([
			'Fraværet steg i 2016.',
			'Det faldt i 2017.'
		]);
	});

	it('splits at question and exclamation marks', () => {
		expect(texts('Hvad skyldes stigningen? Det undersøges nu! Svar følger.')).toEqual([
			'Hvad skyldes stigningen?',
			'Det undersøges nu!',
			'Svar følger.'
		]);
	});

	it('continues a sentence wrapped over two lines and keeps offsets pointing at the wrapped text', () => {
		const text = 'Sygefraværet i Albertslund\nKommune steg med 0,3 dag. Korttidsfraværet faldt.';
		const got = sentencesIn(text, 0, text.length, null);
		expect(got.map((s) => s.text)).toEqual([
			'Sygefraværet i Albertslund Kommune steg med 0,3 dag.',
			'Korttidsfraværet faldt.'
		]);
		const first = got[0];
		expect(text.slice(first?.start, first?.end)).toBe(
			'Sygefraværet i Albertslund\nKommune steg med 0,3 dag.'
		);
		expect(first?.text.length).toBe((first?.end ?? 0) - (first?.start ?? 0));
	});

	it('continues a sentence whose wrapped line starts with "3. kvartaler" or "1. halvår"', () => {
		expect(
			texts(
				'For de afdelinger, hvor der i de første\n3. kvartaler af 2019 har været en stigning, er der fokus. Fraværet i\n1. halvår var lavt.'
			)
		).toEqual([
			'For de afdelinger, hvor der i de første 3. kvartaler af 2019 har været en stigning, er der fokus.',
			'Fraværet i 1. halvår var lavt.'
		]);
	});

	it('continues a sentence wrapped after "og" before a line that starts with a number', () => {
		expect(
			texts(
				'Barns 1. og\n2. sygedag udgør 0,6 dage, som sidste år. Fraværet for barns\n1. sygedag er lavt.'
			)
		).toEqual([
			'Barns 1. og 2. sygedag udgør 0,6 dage, som sidste år.',
			'Fraværet for barns 1. sygedag er lavt.'
		]);
	});

	it('ends a sentence before a capital after more than one space', () => {
		expect(texts('Fraværet steg.   Korttidsfraværet faldt.')).toEqual([
			'Fraværet steg.',
			'Korttidsfraværet faldt.'
		]);
	});

	it('ends a sentence after a decimal number, which is no ordinal', () => {
		expect(texts('Procenten var 4,9. Fraværet er dermed faldet.')).toEqual([
			'Procenten var 4,9.',
			'Fraværet er dermed faldet.'
		]);
	});

	it('starts a sentence at each tidsplan row that begins with a weekday or a month', () => {
		expect(
			texts(
				'Tidsplan:\nOnsdag 2. november: Chefforum beslutter temaer\nJanuar 2017: de nye netværk starter'
			)
		).toEqual([
			'Tidsplan:',
			'Onsdag 2. november: Chefforum beslutter temaer',
			'Januar 2017: de nye netværk starter'
		]);
	});

	it('continues a sentence wrapped after "hver" before "8. uge"', () => {
		expect(texts('Netværket mødes hver\n8. uge i hele perioden.')).toEqual([
			'Netværket mødes hver 8. uge i hele perioden.'
		]);
	});

	it('continues "Barns" wrapped before "1. og 2. sygedag"', () => {
		expect(
			texts('Faldet er størst for langtidsfraværet. Barns\n1. og 2. sygedag udgør 0,4 dage.')
		).toEqual(['Faldet er størst for langtidsfraværet.', 'Barns 1. og 2. sygedag udgør 0,4 dage.']);
	});

	it('ends a paragraph at a blank line even without a full stop', () => {
		expect(texts('Anledning\n\nGodkendelse af dagsorden og referat\n\nIndstilling')).toEqual([
			'Anledning',
			'Godkendelse af dagsorden og referat',
			'Indstilling'
		]);
	});

	it('starts a new sentence at each bullet and drops the "- " mark', () => {
		const text = 'Chefforum besluttede:\n- at netværket fortsætter\n- at status gives i maj';
		const got = sentencesIn(text, 0, text.length, null);
		expect(got.map((s) => [s.text, s.bullet])).toEqual([
			['Chefforum besluttede:', false],
			['at netværket fortsætter', true],
			['at status gives i maj', true]
		]);
		expect(got.map((s) => text.slice(s.start, s.end))).toEqual([
			'Chefforum besluttede:',
			'at netværket fortsætter',
			'at status gives i maj'
		]);
	});

	it('drops "•" and "*" bullet marks and joins a bullet wrapped onto the next line', () => {
		expect(texts('• 4.3 - Ældre og\n  digitalisering - gul\n* 5.1 - Klima - grøn')).toEqual([
			'4.3 - Ældre og   digitalisering - gul',
			'5.1 - Klima - grøn'
		]);
	});

	it('keeps the number of a numbered list line and marks it as a bullet', () => {
		const text = '1. at Chefforum godkender dagsordenen\n2. at Chefforum drøfter netværkene';
		const got = sentencesIn(text, 0, text.length, null);
		expect(got.map((s) => [s.text, s.bullet])).toEqual([
			['1. at Chefforum godkender dagsordenen', true],
			['2. at Chefforum drøfter netværkene', true]
		]);
	});

	it('treats a Markdown heading line as a sentence of its own', () => {
		expect(texts('Tekst før\n### **BESLUTNING**\nChefforum godkendte.')).toEqual([
			'Tekst før',
			'### **BESLUTNING**',
			'Chefforum godkendte.'
		]);
	});

	it('treats a Markdown rule (---) as a paragraph break, not a sentence', () => {
		expect(texts('Indstilling\n---\nKommunaldirektøren indstiller.')).toEqual([
			'Indstilling',
			'Kommunaldirektøren indstiller.'
		]);
	});

	it('only reads the span it is given and returns offsets in the whole text', () => {
		const text = 'Før. Midt i teksten. Efter.';
		const start = text.indexOf('Midt');
		const got = sentencesIn(text, start, text.indexOf(' Efter'), null);
		expect(got).toEqual([
			{ start, end: start + 15, text: 'Midt i teksten.', bullet: false, section: null }
		]);
	});

	it('makes each row of a tab or pipe table a sentence, but not a lone tab in running text', () => {
		expect(
			texts('Tidsplan:\nDato\tAktivitet\n15. januar\tTemaer drøftes\n1. marts\tStart')
		).toEqual(['Tidsplan:', 'Dato\tAktivitet', '15. januar\tTemaer drøftes', '1. marts\tStart']);
		expect(texts('| Dato | Aktivitet |\n| 15. januar | Start |')).toEqual([
			'| Dato | Aktivitet |',
			'| 15. januar | Start |'
		]);
		expect(texts('Sygefraværet er\tsteget med 0,3\ndage i alt.')).toEqual([
			'Sygefraværet er\tsteget med 0,3 dage i alt.'
		]);
	});

	it('makes each row of a table laid out with spaces a sentence, with a cell wrapped onto an indented line', () => {
		expect(
			texts(
				'Tidsplan:\nMøde   Dato               Indhold\n1      15. januar 2025    Opstart\n2      12. februar 2025   Kvalificering af\n                          temaforslag\nDerefter besluttes temaerne.'
			)
		).toEqual([
			'Tidsplan:',
			'Møde   Dato               Indhold',
			'1      15. januar 2025    Opstart',
			'2      12. februar 2025   Kvalificering af                           temaforslag',
			'Derefter besluttes temaerne.'
		]);
		// A full stop inside a row's cell does not end it.
		expect(
			texts(
				'  2.2   Madordning      Gul   Udbuddet er annulleret.\n  2.5   Renovering af   Rød   Entreprenøren gik konkurs.\n        2. etape            Ny tidsplan i november'
			)
		).toEqual([
			'2.2   Madordning      Gul   Udbuddet er annulleret.',
			'2.5   Renovering af   Rød   Entreprenøren gik konkurs.         2. etape            Ny tidsplan i november'
		]);
		// One line with a wide gap, or bullets with spaces after the mark, are no table.
		expect(texts('Sygefraværet er   steget med 0,3\ndage i alt.')).toEqual([
			'Sygefraværet er   steget med 0,3 dage i alt.'
		]);
		expect(texts('Frister:\n•   15. januar: Opstart og\n•   1. marts: Start')).toEqual([
			'Frister:',
			'15. januar: Opstart og',
			'1. marts: Start'
		]);
	});

	it('reads a Word list saved as text ("•<TAB>…", "1.<TAB>at …") as list items, each ending with its line', () => {
		const got = sentencesIn(
			'Forslag:\n•\tIT opretter adgang, så den nye leder kan logge på\n•\tHR samler de nye ledere\nØvrige bemærkninger indarbejdes.',
			0,
			200,
			null
		);
		expect(got.map((s) => [s.text, s.bullet])).toEqual([
			['Forslag:', false],
			['IT opretter adgang, så den nye leder kan logge på', true],
			['HR samler de nye ledere', true],
			['Øvrige bemærkninger indarbejdes.', false]
		]);
	});

	it('keeps "Afdeling: tal" lines under an intro apart, also with "&" in the name', () => {
		expect(
			texts(
				'Fravær pr. afdeling:\nDagtilbud: 8,1 dage, et fald på 0,7 dage\nPleje & Omsorg: 9,6 dage, en stigning på 0,4 dage'
			)
		).toEqual([
			'Fravær pr. afdeling:',
			'Dagtilbud: 8,1 dage, et fald på 0,7 dage',
			'Pleje & Omsorg: 9,6 dage, en stigning på 0,4 dage'
		]);
	});

	it('cuts text with no sentence end into pieces of bounded length at spaces', () => {
		const text = 'ord '.repeat(3000).trim();
		const got = sentencesIn(text, 0, text.length, null);
		expect(got.length).toBeGreaterThan(1);
		for (const s of got) {
			expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
			expect(text.slice(s.start, s.end)).toBe(s.text);
		}
		expect(got.map((s) => s.text).join(' ')).toBe(text);
	});

	it('returns nothing for an empty or blank span', () => {
		expect(texts('')).toEqual([]);
		expect(texts('  \n\n\t\n')).toEqual([]);
	});
});

describe('sentencesIn: tidsplan rows without a mark', () => {
	it('keeps "9. januar - …" and "I februar - …" apart', () => {
		const text =
			'Tidsplan\n\n9. januar - Fælles opstartsmøde for de nye netværk\nI februar - Første netværksmøder\n';
		expect(sentencesIn(text, 0, text.length, null).map((s) => s.text)).toEqual([
			'Tidsplan',
			'9. januar - Fælles opstartsmøde for de nye netværk',
			'I februar - Første netværksmøder'
		]);
	});
});

describe('a wrapped bullet whose last line is short', () => {
	it('goes on into the next line: only a bullet of one short line was not wrapped', () => {
		expect(
			texts(
				'3.3 Samling af madproduktionen fra de to plejecentre i ét køkken på\nAlbertslund\nPlejecenter: gul\n4.2 Udbud af vintertjenesten – grøn\n'
			)
		).toEqual([
			'3.3 Samling af madproduktionen fra de to plejecentre i ét køkken på Albertslund Plejecenter: gul',
			'4.2 Udbud af vintertjenesten – grøn'
		]);
	});
});

describe('sentencesIn: wrapped lines (written blind, 474, 476)', () => {
	it('goes on past a line that ends in "Linje" when the next starts with the number', () => {
		expect(
			texts('Chefforum drøftede statussen. Linje\n3.2 forbliver gul, og teksten suppleres.')
		).toEqual(['Chefforum drøftede statussen.', 'Linje 3.2 forbliver gul, og teksten suppleres.']);
	});

	it('keeps rows that end in a labelled figure apart', () => {
		expect(
			texts(
				'Samlet sygefravær, dage pr. medarbejder: 3,1\nHeraf korttidsfravær (under 30 dage), dage pr. medarbejder: 1,8\nHeraf langtidsfravær (30 dage og derover), dage pr. medarbejder: 1,3\nBarns 1. og 2. sygedag, dage pr. medarbejder: 0,2\n'
			)
		).toEqual([
			'Samlet sygefravær, dage pr. medarbejder: 3,1',
			'Heraf korttidsfravær (under 30 dage), dage pr. medarbejder: 1,8',
			'Heraf langtidsfravær (30 dage og derover), dage pr. medarbejder: 1,3',
			'Barns 1. og 2. sygedag, dage pr. medarbejder: 0,2'
		]);
	});
});
