/**
 * Pathological inputs for extractMinutes: long runs of one character, a line without breaks,
 * thousands of item headings. Each payload is built at a scale (1 = the full size) so the
 * benchmark can compare the time at half and at full size.
 */

export type Wrapper = 'bare' | 'sick_leave' | 'budget' | 'network';

export interface PathologicalCase {
	id: string;
	label: string;
	/** Where the payload is put: alone, or as the body of an item of each KPI topic. */
	wrappers: readonly Wrapper[];
	payload(scale: number): string;
}

export const WRAPPER_LABELS: Record<Wrapper, string> = {
	bare: 'alone',
	sick_leave: 'sick-leave item',
	budget: 'budget item',
	network: 'network item'
};

const ITEM_TITLES: Record<Exclude<Wrapper, 'bare'>, string> = {
	sick_leave: 'Sygefraværsstatistik 1. kvartal 2018',
	budget: 'Første status på budgetaftalen for 2018',
	network: 'Status på netværk'
};

export const REFERAT_HEADER =
	'REFERAT Chefforum d. 03-05-2018\n\nMødedato Torsdag d. 03. maj 2018 kl. 08:30\n\nMødested Mødelokale 2\n\n';

const ALL_WRAPPERS: readonly Wrapper[] = ['bare', 'sick_leave', 'budget', 'network'];

const WORDS = (
	'sygefraværet er steget med dage i forhold til samme periode sidste år korttidsfraværet ' +
	'langtidsfraværet faldet kvartal halvår målet er at nedbringe til under niveauet i ' +
	'kommunen netværket mødes hver uge budgetaftalen gøres grøn gul rød status'
).split(' ');

/** Repeat `unit` until the text is `length` characters long. */
function fill(unit: string, length: number): string {
	return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

export const CASES: readonly PathologicalCase[] = [
	{
		id: 'digits',
		label: '100 KB "1,2,3,4,…"',
		wrappers: ALL_WRAPPERS,
		payload: (scale) => {
			const parts: string[] = [];
			let length = 0;
			for (let i = 1; length < 100_000 * scale; i++) {
				parts.push(String(i));
				length += String(i).length + 1;
			}
			return parts.join(',').slice(0, 100_000 * scale);
		}
	},
	{
		id: 'words',
		label: '100 KB line of Danish words',
		wrappers: ALL_WRAPPERS,
		payload: (scale) => {
			const parts: string[] = [];
			let length = 0;
			for (let i = 0; length < 100_000 * scale; i++) {
				const w = WORDS[i % WORDS.length] as string;
				parts.push(w);
				length += w.length + 1;
			}
			return parts.join(' ').slice(0, 100_000 * scale);
		}
	},
	{
		id: 'headings',
		label: '10,000 "Punkt N: CF - titel"',
		wrappers: ['bare'],
		payload: (scale) => {
			const lines: string[] = [];
			for (let n = 1; n <= 10_000 * scale; n++) lines.push(`Punkt ${n}: CF - titel ${n}`);
			return `${REFERAT_HEADER}${lines.join('\n')}\n`;
		}
	},
	{
		id: 'dashes',
		label: '1 MB line of "-"',
		wrappers: ALL_WRAPPERS,
		payload: (scale) => '-'.repeat(1_000_000 * scale)
	},
	{
		id: 'dots',
		label: '100 KB of "."',
		wrappers: ALL_WRAPPERS,
		payload: (scale) => '.'.repeat(100_000 * scale)
	},
	{
		id: 'days',
		label: '50,000 × "6,5 dage "',
		wrappers: ALL_WRAPPERS,
		payload: (scale) => fill('6,5 dage ', 9 * 50_000 * scale)
	},
	{
		// Each use of a defined abbreviation is spelled out; its offsets map back by a search.
		id: 'abbreviations',
		label: '330 KB using "(P&O)" 20,000 times',
		wrappers: ALL_WRAPPERS,
		payload: (scale) =>
			'Pleje & Omsorg (P&O) og Dagtilbud (DT).\n' +
			fill('P&O har 6,5 dage og DT 7,1 dage. ', 33 * 10_000 * scale)
	},
	{
		// Every figure looks back for its department, measure and period: without a bound on a
		// sentence's length this is quadratic in one sentence with thousands of each.
		id: 'departments',
		label: '840 KB of days by department',
		wrappers: ALL_WRAPPERS,
		payload: (scale) =>
			fill(
				'i Miljø & Teknik 6,5 dage, i Borgerservice 7,1 dage og korttidsfraværet 2,0 dage, ',
				42 * 20_000 * scale
			)
	}
];

/** The document extractMinutes gets: the payload alone, or inside a referat's second item. */
export function pathologicalInput(c: PathologicalCase, wrapper: Wrapper, scale: number): string {
	const payload = c.payload(scale);
	if (wrapper === 'bare') return payload;
	return (
		REFERAT_HEADER +
		'Punkt 1: CF - Godkendelse af dagsorden og referat\n\nBeslutning\nGodkendt.\n\n' +
		`Punkt 2: CF - ${ITEM_TITLES[wrapper]}\n\nSagsfremstilling\n${payload}\n\n` +
		'Beslutning\nTaget til efterretning.\n'
	);
}
