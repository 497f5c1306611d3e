import { describe, expect, it } from 'vitest';
import { furnitureLines, normalise } from '../../src/lib/minutes/normalise';

/** The source span that a working-text match maps back to. */
function sourceOf(source: string, needle: string): string {
	const w = normalise(source);
	const at = w.text.indexOf(needle);
	expect(at, `"${needle}" in the working text`).toBeGreaterThanOrEqual(0);
	const [s, e] = w.spanToSource(at, at + needle.length);
	return source.slice(s, e);
}

const HEADER = 'REFERAT Chefforum d. 04-09-2019';

describe('normalise: a running header laid out in two columns after each form feed', () => {
	it('drops it with the page number before it, beside the first copy at the top', () => {
		const top = '      Albertslund Kommune' + ' '.repeat(50) + 'Chefforum 26.05.2021';
		const page = (n: number, body: string): string =>
			`${n > 1 ? '\f' : ''}${top}\n\n${body}\n\n\n                    ${n}\n`;
		const w = normalise(
			page(1, 'REFERAT Chefforum d. 26-05-2021\nFørste side.') +
				page(2, 'Anden side.') +
				page(3, 'Tredje side.')
		);
		expect(w.text).toContain('Første side.\n\nAnden side.\n\nTredje side.');
		expect(w.text.match(/Chefforum 26\.05\.2021/g)).toHaveLength(1);
	});
});

describe('normalise: a page break after a subheading', () => {
	it('keeps the subheading a paragraph of its own, but joins a paragraph the page broke', () => {
		const w = normalise(
			`${HEADER}\n\nNetværk 3: Unge i foreningslivet\n\n\nSide 1 af 2\n\n${HEADER}\n\nLæringsnetværk med referenceleder.\nDet første netværk i\n\nSide 2 af 2\n\n${HEADER}\n\nforeningslivet kører.\n`
		);
		expect(w.text).toContain('Netværk 3: Unge i foreningslivet\n\nLæringsnetværk');
		expect(w.text).toContain('Det første netværk i\nforeningslivet kører.');
	});
});

describe('normalise: a page break after a wrapped bullet', () => {
	it('ends the bullet when the next page opens a paragraph', () => {
		const w = normalise(
			`${HEADER}\n\n- 7.2 – Frivillighedspulje – teksten præciseres, så det fremgår, at puljen på\n350.000 kr. er fuldt disponeret\n\nSide 1 af 2\n\n${HEADER}\n\nChefforum godkendte status.\n`
		);
		expect(w.text).toContain('fuldt disponeret\n\nChefforum godkendte status.');
	});

	it('reads an indented "o" and one space as a second-level bullet', () => {
		expect(normalise('• Dagtilbud\n  o korttid: 2,4 dage\n  o i alt: 3,7 dage\n').text).toBe(
			'• Dagtilbud\n  • korttid: 2,4 dage\n  • i alt: 3,7 dage\n'
		);
	});
});

describe('normalise: page numbers and continued headings (written blind, CT, CU)', () => {
	it('keeps "15/95" under an item heading (an old case number), drops "2/6" on every page', () => {
		const one = normalise(`${HEADER}\nPunkt 7: CF - Kursusdage\n\n15/95\n\nTekst.\n`).text;
		expect(one).toContain('15/95');
		const paged = normalise(`${HEADER}\nFørste side.\n1/2\nAnden side.\n2/2\n`).text;
		expect(paged).not.toContain('1/2');
		expect(paged).not.toContain('2/2');
	});

	it('drops an item heading repeated "(fortsat)" atop a page and the page number beside it', () => {
		const w = normalise(
			`${HEADER}\nPunkt 4: CF - Sygefravær\n\nFraværet fordeler sig med 3,7 dage korttidsfravær og 3,2 dage langtidsfravær, som ligger\n\n3\n\nPunkt 4: CF - Sygefravær (fortsat)\n\n0,2 dag under niveauet sidste år.\n`
		);
		expect(w.text).toContain('som ligger\n0,2 dag under niveauet');
	});

	it('drops a two-line running header whose first copy is the fourth line of the document', () => {
		const page = (n: number): string =>
			`Udskrevet 14-03-2019 kl. 10:12   Side ${n}/3\nAlbertslund Kommune\nReferat – Chefforum 13. marts 2019\n\n`;
		const w = normalise(
			`\n\nAlbertslund Kommune\nReferat – Chefforum 13. marts 2019\n\n${HEADER}\nEt.\n\n${page(1)}To.\n\n${page(2)}Tre.\n\n${page(3)}`
		);
		// (The working text writes the dash as a hyphen.)
		expect(w.text.match(/Referat - Chefforum/g)).toHaveLength(1);
	});
});

describe('normalise: Markdown from Word', () => {
	it('drops the backslash pandoc writes before a full stop after a number ("5\\. februar")', () => {
		const source = '5\\. februar 2026: Fælles kick-off\n\\- ikke en punktopstilling\nC:\\Mappe\n';
		const w = normalise(source);
		expect(w.text).toBe('5. februar 2026: Fælles kick-off\n- ikke en punktopstilling\nC:\\Mappe\n');
		expect(sourceOf(source, '5. februar 2026')).toBe('5\\. februar 2026');
	});

	it('reads the en dash pandoc writes as "--" between words as one dash, mapped back to both', () => {
		const source = '-   1.1 -- Flere voksne -- grøn\nkl. 9--12 og ---\n';
		const w = normalise(source);
		expect(w.text).toBe('-   1.1 - Flere voksne - grøn\nkl. 9--12 og ---\n');
		expect(sourceOf(source, '1.1 - Flere voksne - grøn')).toBe('1.1 -- Flere voksne -- grøn');
	});
});

describe('normalise: one-for-one replacements', () => {
	it('makes NBSP, thin space and narrow NBSP plain spaces without changing the length', () => {
		const source = 'Fraværet var 6,5\u00a0dage og 0,4\u2009dag og 3\u202fdage.';
		const w = normalise(source);
		expect(w.text).toBe('Fraværet var 6,5 dage og 0,4 dag og 3 dage.');
		expect(w.text.length).toBe(source.length);
	});

	it('makes en dash, em dash, minus sign and Unicode hyphen an ASCII hyphen', () => {
		const source = '4.3 \u2013 Ældre \u2014 digitalisering \u2212 gul \u2010 nu';
		const w = normalise(source);
		expect(w.text).toBe('4.3 - Ældre - digitalisering - gul - nu');
		expect(w.text.length).toBe(source.length);
	});

	it('makes curly and angle quotes straight quotes, keeping every offset', () => {
		const source =
			'netværket \u201cUnge på kanten\u201d og \u00abSund by\u00bb og \u2018Ældre\u2019';
		const w = normalise(source);
		expect(w.text).toBe('netværket "Unge på kanten" og "Sund by" og \'Ældre\'');
		for (let i = 0; i <= source.length; i++) expect(w.toSource(i)).toBe(i);
	});

	it('makes Word and PDF bullet glyphs, and a line-initial "o" before a tab or spaces, a bullet •', () => {
		const w = normalise(
			'\uf0b7\tKorttid\n▪ Langtid\no    Dagtilbud: 8,1 dage\no\tSkoler\nog så videre\n'
		);
		expect(w.text).toBe(
			'•\tKorttid\n• Langtid\n•    Dagtilbud: 8,1 dage\n•\tSkoler\nog så videre\n'
		);
	});

	it('leaves ordinary text and its offsets untouched', () => {
		const source = 'Punkt 1: CF - Godkendelse af dagsorden\n\nChefforum godkendte dagsordenen.\n';
		const w = normalise(source);
		expect(w.text).toBe(source);
		expect(w.source).toBe(source);
		expect(w.spanToSource(10, 20)).toEqual([10, 20]);
	});
});

describe('normalise: removed characters map back to the source', () => {
	it('drops a soft hyphen inside a word and maps the word back to the source with it', () => {
		const source = 'Det samlede Syge\u00adfraværet steg.';
		expect(normalise(source).text).toBe('Det samlede Sygefraværet steg.');
		expect(sourceOf(source, 'Sygefraværet steg')).toBe('Syge\u00adfraværet steg');
	});

	it('drops zero-width spaces and a BOM in the middle of the text', () => {
		const source = 'lang\u200btids\ufefffraværet';
		expect(normalise(source).text).toBe('langtidsfraværet');
		expect(sourceOf(source, 'tidsfravær')).toBe('tids\ufefffravær');
	});

	it('joins a word hyphenated across a line break ("sygefra-\\nværet")', () => {
		const source = 'Det samlede sygefra-\nværet steg med 0,3 dag.';
		expect(normalise(source).text).toBe('Det samlede sygefraværet steg med 0,3 dag.');
	});

	it('maps a joined word back to the source span including the hyphen and line break', () => {
		const source = 'Det samlede sygefra-\nværet steg med 0,3 dag.';
		expect(sourceOf(source, 'sygefraværet steg')).toBe('sygefra-\nværet steg');
		expect(sourceOf(source, 'været')).toBe('været');
		expect(sourceOf(source, 'sygefra')).toBe('sygefra');
	});

	it('joins a hyphenated word whose next line is indented', () => {
		const source = 'langtids-\n   fraværet er stigende';
		expect(normalise(source).text).toBe('langtidsfraværet er stigende');
		expect(sourceOf(source, 'langtidsfraværet')).toBe('langtids-\n   fraværet');
	});

	it('does not join a suspended compound across a line ("korttids-\\nog langtidsfraværet")', () => {
		const source = 'Både korttids-\nog langtidsfraværet faldt.';
		expect(normalise(source).text).toBe(source);
	});

	it('does not join a suspended compound on one line ("korttids- og langtidsfraværet")', () => {
		const source = 'Både korttids- og langtidsfraværet faldt.';
		expect(normalise(source).text).toBe(source);
	});

	it('does not join a hyphen before a capital letter or a number on the next line', () => {
		const source = 'Social-\nFamilie og 2016-\n2017';
		expect(normalise(source).text).toBe(source);
	});

	it('joins a word split by a soft hyphen at the end of a PDF line ("sygefra\\u00ad\\nværet")', () => {
		// A soft hyphen marks where the word was broken; the line break after it is not a space.
		const source = 'Det samlede sygefra\u00ad\nværet steg.';
		expect(normalise(source).text).toBe('Det samlede sygefraværet steg.');
	});
});

describe('normalise: PDF page furniture', () => {
	const pdf = [
		HEADER,
		'Mødedato Onsdag d. 04. september 2019 kl. 09:00',
		'Punkt 2: CF - Sygefraværsstatistik 1. halvår 2019',
		'Det samlede fravær i Miljø & Teknik var 8,4 dage,',
		'mens Dagtilbud lå på',
		'',
		'Side 2 af 5',
		'',
		HEADER,
		'',
		'5,1 dage i samme periode.',
		'Side 3 af 5',
		HEADER,
		'Chefforum tog statistikken til efterretning.',
		''
	].join('\n');

	it('removes "Side 2 af 5" footers and the repeated running header, keeping the first header', () => {
		const w = normalise(pdf);
		expect(w.text).toBe(
			[
				HEADER,
				'Mødedato Onsdag d. 04. september 2019 kl. 09:00',
				'Punkt 2: CF - Sygefraværsstatistik 1. halvår 2019',
				'Det samlede fravær i Miljø & Teknik var 8,4 dage,',
				'mens Dagtilbud lå på',
				'5,1 dage i samme periode.',
				'Chefforum tog statistikken til efterretning.',
				''
			].join('\n')
		);
		expect(w.text.startsWith(`${HEADER}\n`)).toBe(true);
	});

	it('maps a working-text span back to the source across a removed page footer', () => {
		const w = normalise(pdf);
		const from = w.text.indexOf('mens Dagtilbud');
		const to = w.text.indexOf('periode.') + 'periode.'.length;
		const [s, e] = w.spanToSource(from, to);
		expect(pdf.slice(s, e)).toBe(
			`mens Dagtilbud lå på\n\nSide 2 af 5\n\n${HEADER}\n\n5,1 dage i samme periode.`
		);
	});

	it('maps a single position after the furniture to the same character in the source', () => {
		const w = normalise(pdf);
		const at = w.text.indexOf('Chefforum tog');
		expect(w.toSource(at)).toBe(pdf.indexOf('Chefforum tog'));
	});

	it('removes a running header that carries its own page number ("REFERAT … Side 2 af 3")', () => {
		const source = `${HEADER} Side 1 af 3\nFørste side.\n${HEADER} Side 2 af 3\nAnden side.\n2/3\nSlut.`;
		expect(normalise(source).text).toBe(`${HEADER} Side 1 af 3\nFørste side.\nAnden side.\nSlut.`);
	});

	it('removes a running header with a column beside it on later pages ("REFERAT …      Albertslund Kommune")', () => {
		const source = `     ${HEADER}\nFørste side, som fortsætter\n\f     ${HEADER}                 Albertslund Kommune\npå anden side.`;
		expect(normalise(source).text).toBe(
			`     ${HEADER}\nFørste side, som fortsætter\npå anden side.`
		);
	});

	it('removes a table header repeated after a page break, so a row wrapped across the break goes on', () => {
		const head = 'Nr.     Initiativ                Status     Bemærkning';
		const source = `${HEADER}\n${head}\n3.3     Aftentilbud for              Gul        Åbnet på\n        borgere med let til                     Blommehaven,\n\nSide 1 af 2\n\f${HEADER}\n\n${head}\n\n        moderat demens                          men fremmødet er lavt\nSide 2 af 2`;
		const text = normalise(source).text;
		expect(text.split(head)).toHaveLength(2);
		expect(text).toContain('Blommehaven,\n        moderat demens');
	});

	it("does not join a hyphen at the end of a table row laid out with spaces to the next row's first cell", () => {
		const source =
			'5.2     Fælles digital indgang for     Gul     Afventer den fælles-\n        erhvervsdrivende                       offentlige portal';
		expect(normalise(source).text).toBe(source);
	});

	it('reads a form feed as a space, so a sentence cut by a page break goes on', () => {
		expect(normalise('Første side.\fAnden side.').text).toBe('Første side. Anden side.');
		expect(normalise('fraværet er\n\fsteget med 0,2 dage.').text).toBe(
			'fraværet er\n steget med 0,2 dage.'
		);
	});

	it('keeps a repeated section heading that follows a page footer', () => {
		const item = (n: number, pageBreak: string): string =>
			`Punkt ${n}: CF - Emne ${n}\n\n15/300${n}\n\nIndstilling\n\nKommunaldirektøren indstiller, at sagen drøftes.\n\n${pageBreak}Beslutning\n\nChefforum drøftede sagen.\n\n`;
		const source = `${HEADER}\n\n${item(1, '')}${item(2, '')}${item(3, 'Side 2 af 4\n\n')}`;
		const lines = normalise(source).text.split('\n');
		expect(lines.filter((l) => l === 'Beslutning')).toHaveLength(3);
		expect(lines).not.toContain('Side 2 af 4');
	});

	it('keeps two paragraphs apart when a page break falls between them, and joins a broken sentence', () => {
		const source = `${HEADER}\n\nFørste afsnit slutter her.\n\nSide 2 af 3\n${HEADER}\n\nAndet afsnit begynder her og fortsætter på\n\nSide 3 af 3\n${HEADER}\n\nnæste side.\n`;
		expect(normalise(source).text).toBe(
			`${HEADER}\n\nFørste afsnit slutter her.\n\nAndet afsnit begynder her og fortsætter på\nnæste side.\n`
		);
	});

	it('keeps a list apart from the paragraph after it when a page break falls between them', () => {
		const source = `${HEADER}\n\n- marts: De nye netværk mødes første gang\n\nSide 2 af 3\n${HEADER}\n\nNetværkene mødes hver tredje uge.\n`;
		expect(normalise(source).text).toBe(
			`${HEADER}\n\n- marts: De nye netværk mødes første gang\n\nNetværkene mødes hver tredje uge.\n`
		);
	});

	it('drops spaces a PDF reader leaves at line ends, so a hyphenated word still joins', () => {
		const w = normalise('Langtids-  \nfraværet steg.   \nDet er 0,2 dage.\n');
		expect(w.text).toBe('Langtidsfraværet steg.\nDet er 0,2 dage.\n');
		expect(w.asWritten(0, w.text.indexOf(' '))).toBe('Langtidsfraværet');
	});

	it('drops a footer that sits beside three page breaks of its own among more furniture, but keeps a case number', () => {
		const own = (n: number): string =>
			`\nChefforum, referat - side ${n}\n\nAlbertslund Kommune\n\n`;
		const extra = (n: number): string => `\nSide ${n} af 9\n${HEADER}\n`;
		const source =
			`${HEADER}\n\nPunkt 1: CF - A\n00.01.00-A00-3-19\nTekst et.\n${own(1)}Tekst to.\n${extra(1)}Tekst tre.\n${own(2)}` +
			`Tekst fire.\n${extra(2)}Tekst fem.\n${extra(3)}Tekst seks.\n${extra(4)}Punkt 2: CF - B\n00.01.00-A00-3-19\nTekst syv.\n${own(3)}Slut.\n`;
		const lines = normalise(source).text.split('\n');
		expect(lines).not.toContain('Albertslund Kommune');
		expect(lines.filter((l) => l === '00.01.00-A00-3-19')).toHaveLength(2);
	});

	it('keeps a heading that sits next to two of four page breaks (page number and running header)', () => {
		const pageBreak = (n: number): string => `Side ${n} af 5\n${HEADER}\n`;
		const item = (n: number, before: string, after: string): string =>
			`Punkt ${n}: CF - Emne ${n}\n\n15/300${n}\n\nIndstilling\n\nAt sagen drøftes.\n${before}\nBeslutning\n${after}\nChefforum drøftede sagen.\n\n`;
		const source =
			`${HEADER}\n\n` +
			item(1, pageBreak(1), '') +
			item(2, '', pageBreak(2)) +
			item(3, '', '') +
			`Tekst.\n${pageBreak(3)}Mere tekst.\n${pageBreak(4)}Slut.\n`;
		const lines = normalise(source).text.split('\n');
		expect(lines.filter((l) => l === 'Beslutning')).toHaveLength(3);
		expect(lines.filter((l) => l === HEADER)).toHaveLength(1);
	});
});

describe('normalise: a footer that recurs at every page break', () => {
	it('removes a short footer line that sits next to every page number', () => {
		const page = (n: number, body: string): string =>
			`${body}\nAlbertslund Kommune - Chefforum\nSide ${n} af 3\n`;
		const source =
			page(1, 'Første side om sygefravær.') +
			page(2, 'Anden side om netværk.') +
			page(3, 'Tredje side om budget.');
		expect(normalise(source).text).toBe(
			'Første side om sygefravær.\nAnden side om netværk.\nTredje side om budget.\n'
		);
	});
});

describe('furnitureLines', () => {
	it('flags page numbers in their usual forms, not running text or an old case number ("15/261")', () => {
		const lines = [
			'Side 4',
			'Page 2 of 7',
			'3/6',
			'2 af 6',
			'Sagen drøftes på side 4.',
			'4.3 - gul',
			'15/261',
			'7/3'
		];
		expect(furnitureLines(lines.map((text) => ({ text })))).toEqual([
			true,
			true,
			true,
			true,
			false,
			false,
			false,
			false
		]);
	});

	it('flags a bare page number next to a page footer', () => {
		const lines = ['Tekst før.', '7', 'Side 7 af 9', 'Tekst efter.'];
		expect(furnitureLines(lines.map((text) => ({ text })))).toEqual([false, true, true, false]);
	});

	it('flags a header or footer that ends in the page number when it recurs on another page', () => {
		const lines = [
			'Chefforum - referat 12.09.2018\t1/3',
			'Sygefraværet steg med 0,2',
			'Chefforum - referat 12.09.2018\t2/3',
			'dage. Budgetaftalen\t2/3',
			'Mødelokale 1   Side 3 af 3',
			'Chefforum - referat 12.09.2018    Side 3 af 3'
		];
		expect(furnitureLines(lines.map((text) => ({ text })))).toEqual([
			true,
			false,
			true,
			false,
			false,
			true
		]);
	});

	it('flags a recurring footer with "Side N" after a single space or a dash', () => {
		const lines = [
			'Chefforum 14-09-2021 Side 1 af 3',
			'Bilaget findes på side 4',
			'Referat Chefforum 14.09.2021 - side 1',
			'Chefforum 14-09-2021 Side 2 af 3',
			'Referat Chefforum 14.09.2021 - side 2'
		];
		expect(furnitureLines(lines.map((text) => ({ text })))).toEqual([
			true,
			false,
			true,
			true,
			true
		]);
	});

	it('does not flag a DAGSORDEN or REFERAT line the first time it appears', () => {
		const lines = ['REFERAT Chefforum d. 01-09-2016', 'Tekst.'];
		expect(furnitureLines(lines.map((text) => ({ text })))).toEqual([false, false]);
	});
});

describe('normalise: a list item broken by a page break', () => {
	it('joins a bullet that breaks off mid-sentence ("… Skole og") to its next line across the furniture', () => {
		const HEADER = 'REFERAT Chefforum d. 17-05-2023';
		const source = `${HEADER}\n\n•   2.4 Renovering af faglokaler på Herstedvester Skole og\n\nSide 2 af 3\n\n${HEADER}\n\n    Egelundskolen: Rød\n`;
		expect(normalise(source).text).not.toContain('og\n\n');
	});
});

describe('normalise: a footer run into the next page by a form feed (written blind, AU)', () => {
	it('drops "Side 2 af 4\\fAlbertslund Kommune · Referat …" when both halves are furniture', () => {
		const header = 'Albertslund Kommune · Chefforum      Referat 12. november 2025';
		const source = [
			header,
			'Punkt 1: Sygefravær',
			'Dagtilbud     12,1     11,2',
			'',
			'      Side 1 af 3',
			`\f${header}`,
			'Skoler        7,0      7,4',
			`      Side 2 af 3\f      ${header}`,
			'Pleje         13,5     12,8',
			'      Side 3 af 3'
		].join('\n');
		const text = normalise(source).text;
		expect(text).not.toContain('Side 2 af 3');
		expect(text).toContain('Skoler        7,0      7,4\nPleje         13,5     12,8');
	});
});

describe('normalise: a bullet broken by a page before its year (written blind, 480)', () => {
	it('joins "… end i 1.-3. kvartal" and "2016." across the page furniture', () => {
		const w = normalise(
			'REFERAT Chefforum d. 23-11-2017\n\n- Skoler & Uddannelse: 8,7 dage, hvilket er 0,4 dage mere end i 1.-3. kvartal\n\nSide 2 af 6\n\nREFERAT Chefforum d. 23-11-2017\n\n2016.\n  - Korttidsfravær: 5,2 dage\n'
		);
		expect(w.text).toMatch(/1\.-3\. kvartal\s+2016\./);
		expect(w.text).not.toMatch(/kvartal[ \t]*\n[ \t]*\n[ \t]*2016/);
	});
});
