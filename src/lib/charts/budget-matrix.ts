/**
 * The budget agreement as a matrix: for one agreement year, its lines (rows, in number order) by
 * its status rounds (columns, in meeting order), each cell the line's colour in that round and
 * whether it changed.
 */

export type Colour = 'green' | 'yellow' | 'red';

export interface LineRow {
	meeting_id: string;
	meeting_date: string;
	agreement_year: number | null;
	round_label: string | null;
	line: string;
	title: string | null;
	colour: Colour | null;
	previous_colour: Colour | null;
	note: string | null;
}

export interface Round {
	meeting_id: string;
	meeting_date: string;
	label: string | null;
}

export interface Cell<R> {
	row: R;
	colour: Colour | null;
	/** The colour before this round, when the minutes or the previous round give one. */
	before: Colour | null;
	changed: boolean;
}

export interface Matrix<R> {
	year: number;
	rounds: Round[];
	lines: { line: string; title: string | null; cells: (Cell<R> | null)[] }[];
}

/** "4.3" before "10.5": line numbers compared part by part. */
export function compareLines(a: string, b: string): number {
	const pa = a.split('.').map(Number);
	const pb = b.split('.').map(Number);
	return (pa[0] ?? 0) - (pb[0] ?? 0) || (pa[1] ?? 0) - (pb[1] ?? 0);
}

export function agreementYears<R extends LineRow>(rows: readonly R[]): number[] {
	return [
		...new Set(rows.map((r) => r.agreement_year).filter((y): y is number => y !== null))
	].sort((a, b) => b - a);
}

export function budgetMatrix<R extends LineRow>(rows: readonly R[], year: number): Matrix<R> {
	const mine = rows.filter((r) => r.agreement_year === year);
	const rounds: Round[] = [];
	for (const r of [...mine].sort((a, b) => (a.meeting_date < b.meeting_date ? -1 : 1)))
		if (!rounds.some((x) => x.meeting_id === r.meeting_id))
			rounds.push({ meeting_id: r.meeting_id, meeting_date: r.meeting_date, label: r.round_label });
	const numbers = [...new Set(mine.map((r) => r.line))].sort(compareLines);
	const lines = numbers.map((line) => {
		let last: Colour | null = null;
		const cells = rounds.map((round) => {
			const row = mine.find((r) => r.line === line && r.meeting_id === round.meeting_id);
			if (!row) return null;
			const before = row.previous_colour ?? last;
			const cell: Cell<R> = {
				row,
				colour: row.colour,
				before,
				changed: row.colour !== null && before !== null && before !== row.colour
			};
			if (row.colour) last = row.colour;
			return cell;
		});
		const titled = mine.find((r) => r.line === line && r.title);
		return { line, title: titled?.title ?? null, cells };
	});
	return { year, rounds, lines };
}
