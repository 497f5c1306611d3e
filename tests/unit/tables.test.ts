import { describe, expect, it } from 'vitest';
import { cellValue, cellsOf, findStackedTables, findTables } from '../../src/lib/minutes/tables';

describe('findTables', () => {
	it('reads a grid table (pandoc from Word): the lines between two borders are one row', () => {
		const text = [
			'+------+---------------------------+------------+',
			'| Nr.  | Initiativ                 | Status     |',
			'+======+===========================+============+',
			'| 1.1  | Flere pædagoger i         | Grøn       |',
			'|      | vuggestuerne              |            |',
			'+------+---------------------------+------------+',
			'| 1.3  | Sprogvejledning til       | Gul        |',
			'|      | tosprogede familier       | (var grøn) |',
			'+------+---------------------------+------------+',
			''
		].join('\n');
		const tables = findTables(text, 0, text.length);
		expect(tables).toHaveLength(1);
		expect(tables[0]?.header).toEqual(['Nr.', 'Initiativ', 'Status']);
		expect(tables[0]?.rows.map((r) => r.cells)).toEqual([
			['1.1', 'Flere pædagoger i vuggestuerne', 'Grøn'],
			['1.3', 'Sprogvejledning til tosprogede familier', 'Gul (var grøn)']
		]);
	});

	it('reads no table in a list that Word indented by tabs ("<TAB>•<TAB>…")', () => {
		const text = '\t•\tKorttidsfravær: 6,9 dage\n\t•\tLangtidsfravær: 5,4 dage\n\t\to\t15,2 dage\n';
		expect(findTables(text, 0, text.length)).toEqual([]);
	});

	it('reads a status table laid out with spaces: numbered rows, no figures, prose after it', () => {
		const text = [
			'      Nr.   Initiativ                      Forv.   Vurdering   Bemærkning',
			'',
			'      1.2   Sammenlægning af dagplejens    BUF     Grøn        Gennemført pr. 1. maj',
			'            legestuer',
			'      1.5   Sprogscreening af 3-årige      BUF     Gul         Materialet er forsinket',
			'',
			'',
			'                                            2',
			'',
			'      2.1   Ny visitation                  SSF     Grøn',
			'      Skemaet indeholder dermed to grønne og et gult initiativ.',
			''
		].join('\n');
		const tables = findTables(text, 0, text.length);
		expect(tables).toHaveLength(1);
		expect(tables[0]?.rows.map((r) => r.cells)).toEqual([
			['1.2', 'Sammenlægning af dagplejens legestuer', 'BUF', 'Grøn', 'Gennemført pr. 1. maj'],
			['1.5', 'Sprogscreening af 3-årige', 'BUF', 'Gul', 'Materialet er forsinket'],
			['2.1', 'Ny visitation', 'SSF', 'Grøn', '']
		]);
	});

	it('joins a column heading wrapped onto the line under the header ("I alt" over "1. kvt. 2011")', () => {
		const text = [
			'  Forv.        Korttid      I alt          I alt',
			'                                    1. kvt. 2011',
			'',
			'  BUF              2,0        3,1            3,4',
			'  SSF              2,3        4,7            4,2',
			''
		].join('\n');
		const table = findTables(text, 0, text.length)[0];
		expect(table?.header).toEqual(['Forv.', 'Korttid', 'I alt', 'I alt 1. kvt. 2011']);
		expect(table?.rows.map((r) => r.cells)).toEqual([
			['BUF', '2,0', '3,1', '3,4'],
			['SSF', '2,3', '4,7', '4,2']
		]);
	});

	it('joins a period over each group of columns to the columns under it', () => {
		const text = [
			'                      1. halvår 2023         1. halvår 2024',
			'  Afdeling        Korttid  Langtid  I alt   Korttid  Langtid  I alt',
			'  Dagtilbud           5,2      3,9    9,1       4,9      3,1    8,0',
			'  Pleje & Omsorg      5,0      4,6    9,6       5,1      4,9   10,0',
			''
		].join('\n');
		expect(findTables(text, 0, text.length)[0]?.header).toEqual([
			'Afdeling',
			'1. halvår 2023 Korttid',
			'1. halvår 2023 Langtid',
			'1. halvår 2023 I alt',
			'1. halvår 2024 Korttid',
			'1. halvår 2024 Langtid',
			'1. halvår 2024 I alt'
		]);
	});

	it('skips the dashes under the columns of a pandoc simple table', () => {
		const text =
			'  Tema                  2024     2026\n  -------------------- -------- --------\n  Arbejdsglæde            72       75\n  Nærmeste leder          70       73\n';
		expect(findTables(text, 0, text.length)[0]?.rows.map((r) => r.cells)).toEqual([
			['Arbejdsglæde', '72', '75'],
			['Nærmeste leder', '70', '73']
		]);
	});

	it('reads a tab-separated table: the first row is the header, the rest are rows', () => {
		const text =
			'Sagsfremstilling\nProblemområde\t2021\t2022\tI alt\nStress\t14\t19\t33\nKonflikter\t6,5\t\t6,5\n\nEfter tabellen.';
		const tables = findTables(text, 0, text.length);
		expect(tables).toHaveLength(1);
		expect(tables[0]?.header).toEqual(['Problemområde', '2021', '2022', 'I alt']);
		expect(tables[0]?.rows.map((r) => r.cells)).toEqual([
			['Stress', '14', '19', '33'],
			['Konflikter', '6,5', '', '6,5']
		]);
	});

	it('makes runs of spaces inside a cell one space (justified or padded text)', () => {
		const text = '| Nr. | Initiativ  |\n|---|---|\n| 4.3 | Ældre  og   velfærdsteknologi |\n';
		expect(findTables(text, 0, text.length)[0]?.rows[0]?.cells).toEqual([
			'4.3',
			'Ældre og velfærdsteknologi'
		]);
	});

	it('keeps a row with an empty first cell that starts a new item ("| Temaer … | 11.05")', () => {
		const text = 'Type\tOverskrift\tTid\nBeslutning\tBudget\t9.00\n\tTemaer og eventuelt\t11.05\n';
		expect(findTables(text, 0, text.length)[0]?.rows.map((r) => r.cells)).toEqual([
			['Beslutning', 'Budget', '9.00'],
			['', 'Temaer og eventuelt', '11.05']
		]);
	});

	it('does not take a list Word wrote with tabs ("•<TAB>…", "o<TAB>…", "2.<TAB>…") for a table', () => {
		const text =
			'•\tFørste punkt\n•\tAndet punkt\no\tUnderpunkt\n1.\tat sagen drøftes\n2.\tat sagen godkendes\n';
		expect(findTables(text, 0, text.length)).toEqual([]);
	});

	it('joins a cell continued on an indented line of a table laid out with spaces', () => {
		const text =
			'Nr.    Tiltag           2019    2020\n1.1    Ny skole         4,5     5,0\n       i Syd\n1.2    Cykelsti         1,0     2,0\n';
		expect(findTables(text, 0, text.length)[0]?.rows.map((r) => r.cells)).toEqual([
			['1.1', 'Ny skole i Syd', '4,5', '5,0'],
			['1.2', 'Cykelsti', '1,0', '2,0']
		]);
	});

	it('reads a header of two rows ("Status" over "pr. maj | pr. september")', () => {
		const text =
			'Nr.\tInitiativ\tStatus\t\tBemærkning\n\t\tpr. maj\tpr. september\t\n1.2\tMadordning\tGrøn\tGul\tForsinket\n';
		const table = findTables(text, 0, text.length)[0];
		expect(table?.header).toEqual([
			'Nr.',
			'Initiativ',
			'Status pr. maj',
			'Status pr. september',
			'Bemærkning'
		]);
		expect(table?.rows.map((r) => r.cells)).toEqual([
			['1.2', 'Madordning', 'Grøn', 'Gul', 'Forsinket']
		]);
	});

	it("gives each row the span of its line's text", () => {
		const text = 'Nr.\tInitiativ\tStatus\n  4.3\tÆldre og velfærdsteknologi\tGul  \nslut';
		const row = findTables(text, 0, text.length)[0]?.rows[0];
		expect(text.slice(row?.start, row?.end)).toBe('4.3\tÆldre og velfærdsteknologi\tGul');
	});

	it('reads a Markdown pipe table and skips its |---| line', () => {
		const text =
			'| Nr. | Initiativ | Status |\n|---|:--|--:|\n| 4.3 | Ældre og velfærdsteknologi | gul |\n| 5.1 | Klimaplan | grøn |\n';
		const tables = findTables(text, 0, text.length);
		expect(tables).toHaveLength(1);
		expect(tables[0]?.header).toEqual(['Nr.', 'Initiativ', 'Status']);
		expect(tables[0]?.rows.map((r) => r.cells)).toEqual([
			['4.3', 'Ældre og velfærdsteknologi', 'gul'],
			['5.1', 'Klimaplan', 'grøn']
		]);
		const second = tables[0]?.rows[1];
		expect(text.slice(second?.start, second?.end)).toBe('| 5.1 | Klimaplan | grøn |');
	});

	it('ends a table at a blank line and starts the next one after it', () => {
		const text = 'A\tB\n1\t2\n\nC\tD\n3\t4\n';
		const tables = findTables(text, 0, text.length);
		expect(tables.map((t) => [t.header, t.rows.map((r) => r.cells)])).toEqual([
			[['A', 'B'], [['1', '2']]],
			[['C', 'D'], [['3', '4']]]
		]);
	});

	it('ignores a header line with no rows under it and plain text without tabs or pipes', () => {
		const text = 'Tekst uden tabel.\nKun\tHeader\n\nMere tekst.';
		expect(findTables(text, 0, text.length)).toEqual([]);
	});

	it('reads PDF columns that only runs of spaces separate when they hold numbers', () => {
		const text =
			'Problemområde   2021   2022\nStress          14     19\nKonflikter      6,5    7\n';
		const tables = findTables(text, 0, text.length);
		expect(tables.map((t) => [t.header, t.rows.map((r) => r.cells)])).toEqual([
			[
				['Problemområde', '2021', '2022'],
				[
					['Stress', '14', '19'],
					['Konflikter', '6,5', '7']
				]
			]
		]);
	});

	it('does not take prose lines with double spaces as a table', () => {
		const text =
			'Chefforum drøftede  sagen  grundigt.\nDer var  enighed  om  at  fortsætte.\nReferent  var  HR.\n';
		expect(findTables(text, 0, text.length)).toEqual([]);
	});

	it('only reads the span it is given', () => {
		const text = 'A\tB\n1\t2\n---\nC\tD\n3\t4\n';
		const start = text.indexOf('C');
		const tables = findTables(text, start, text.length);
		expect(tables.map((t) => t.header)).toEqual([['C', 'D']]);
	});
});

describe('cellsOf and cellValue', () => {
	it('splits tab and pipe rows into trimmed cells', () => {
		expect(cellsOf('Stress\t 14 \t19')).toEqual(['Stress', '14', '19']);
		expect(cellsOf('| Område | 2021 |')).toEqual(['Område', '2021']);
		expect(cellsOf('Ingen tabel her')).toBeNull();
	});

	it('drops Markdown bold around a whole pipe cell ("**I alt**")', () => {
		expect(cellsOf('| **I alt** | **147** | 1**5**0 |')).toEqual(['I alt', '147', '1**5**0']);
	});

	it('turns a Danish decimal comma into a dot and leaves other cells as written', () => {
		expect(cellValue('6,5')).toBe('6.5');
		expect(cellValue('-0,25')).toBe('-0.25');
		expect(cellValue('14')).toBe('14');
		expect(cellValue('Gul')).toBe('Gul');
		expect(cellValue('2019-2020')).toBe('2019-2020');
	});

	it('drops thousands separators, so a number reads the same with a decimal dot', () => {
		expect(cellValue('1.234')).toBe('1234');
		expect(cellValue('1.234,5')).toBe('1234.5');
		expect(cellValue('12.500.000')).toBe('12500000');
		// A budget line number is not a thousands group.
		expect(cellValue('3.2')).toBe('3.2');
	});

	it("reads the accountants' minus and keeps a percent sign", () => {
		expect(cellValue('÷ 0,3')).toBe('-0.3');
		expect(cellValue('÷12')).toBe('-12');
		expect(cellValue('12,5 %')).toBe('12.5 %');
		expect(cellValue('+0,4')).toBe('+0.4');
	});
});

describe('findTables: tables laid out with spaces in PDF text', () => {
	it('joins labels over the columns, a blank line under the header, and a row label wrapped onto its own line', () => {
		const text = [
			'                       Korttid          Langtid',
			'  Afdeling          2015    2016     2015    2016',
			'',
			'  Dagtilbud          7,1     6,6      5,6     4,9',
			'  Kultur, Fritid &   3,5     3,7      1,9     1,6',
			'  Forebyggende Sundhed',
			'  Drift & Service    6,0     5,7      4,8     5,0',
			'',
			'  Hele kommunen      5,5     5,3      4,2     3,9'
		].join('\n');
		const [table] = findTables(text, 0, text.length);
		expect(table?.header).toEqual([
			'Afdeling',
			'Korttid 2015',
			'Korttid 2016',
			'Langtid 2015',
			'Langtid 2016'
		]);
		expect(table?.rows.map((r) => r.cells[0])).toEqual([
			'Dagtilbud',
			'Kultur, Fritid & Forebyggende Sundhed',
			'Drift & Service',
			'Hele kommunen'
		]);
	});
});

describe('findTables: page furniture inside a table laid out with spaces', () => {
	it('skips a centred page number that the furniture pass left between rows', () => {
		const text = [
			'  Afdeling          2015    2016',
			'  Dagtilbud          7,1     6,6',
			'                        2',
			'  Drift & Service    6,0     5,7'
		].join('\n');
		expect(findTables(text, 0, text.length)[0]?.rows.map((r) => r.cells)).toEqual([
			['Dagtilbud', '7,1', '6,6'],
			['Drift & Service', '6,0', '5,7']
		]);
	});
});

describe('findStackedTables: a table pdftotext wrote one cell per line', () => {
	const text = [
		'Tabel 1. Sygedage pr. fuldtidsansat pr. afdeling',
		'Afdeling',
		'1. halvår 2021',
		'1. halvår 2022',
		'Dagtilbud',
		'8,4',
		'9,1',
		'Kultur, Fritid &',
		'Forebyggende Sundhed',
		'5,3',
		'–',
		'Afdeling',
		'1. halvår 2021',
		'1. halvår 2022',
		'Hele kommunen',
		'5,8',
		'6,3',
		'Tallene for de enkelte enheder fremgår af bilaget.'
	].join('\n');

	it('reads the headings, a label wrapped onto two lines, a dash as an empty cell and the headings repeated', () => {
		const tables = findStackedTables(text, 0, text.length);
		expect(tables.map((t) => t.header)).toEqual([['Afdeling', '1. halvår 2021', '1. halvår 2022']]);
		expect(tables[0]?.rows.map((r) => r.cells)).toEqual([
			['Dagtilbud', '8,4', '9,1'],
			['Kultur, Fritid & Forebyggende Sundhed', '5,3', ''],
			['Hele kommunen', '5,8', '6,3']
		]);
		const row = tables[0]?.rows[0];
		expect(row && text.slice(row.start, row.end)).toBe('Dagtilbud\n8,4\n9,1');
	});

	it('makes the spaces justified text left inside a cell one space', () => {
		const t = 'Afdeling\n2021\n2022\nHele  kommunen\n5,8\n6,3\nDagtilbud\n8,4\n9,1';
		expect(findStackedTables(t, 0, t.length)[0]?.rows.map((r) => r.cells[0])).toEqual([
			'Hele kommunen',
			'Dagtilbud'
		]);
	});

	it('finds no table in prose or in a list of dates', () => {
		const prose = 'Møderne holdes\n14. januar 2025\n11. marts 2025\nSted: Rådhuset';
		expect(findStackedTables(prose, 0, prose.length)).toEqual([]);
	});
});

describe('findTables: column headings with no heading over the labels', () => {
	it('reads "            2016     2017" over "Korttidsfravær   5,4   5,6" with an empty first heading', () => {
		const t =
			'                              1.-3. kvt. 2016     1.-3. kvt. 2017\n   Korttidsfravær                   5,4                 5,6\n   Langtidsfravær                   3,7                 3,2\n';
		const tables = findTables(t, 0, t.length);
		expect(tables.map((x) => x.header)).toEqual([['', '1.-3. kvt. 2016', '1.-3. kvt. 2017']]);
		expect(tables[0]?.rows.map((r) => r.cells)).toEqual([
			['Korttidsfravær', '5,4', '5,6'],
			['Langtidsfravær', '3,7', '3,2']
		]);
	});
});
