/**
 * Sick-leave levels as series that compare like with like: one series per period kind (1. halvår,
 * 1.–3. kvartal, hele året …) and measure, one point per year. Cumulative periods of different
 * length are never joined in one line.
 */

import { periodFromDates } from '../minutes/periods';
import type { Measure } from '../minutes/schema';

export interface LevelRow {
	meeting_id: string;
	scope: string;
	period_start: string;
	period_end: string;
	measure: Measure;
	kind: 'level' | 'change';
	value: number | null;
	derived: boolean;
	evidence: string;
	evidence_start: number;
	evidence_end: number;
}

export interface PeriodKind {
	/** URL value: "1-halvaar", "1-3-kvartal", "hele-aaret", "maaned-01-09" … */
	slug: string;
	/** Danish label without the year: "1. halvår". */
	label: string;
	fromMonth: number;
	toMonth: number;
}

export interface SeriesPoint<R> {
	year: number;
	value: number;
	derived: boolean;
	row: R;
}

export function periodKind(fromMonth: number, toMonth: number): PeriodKind {
	const q = (m: number): number => (m + 2) / 3;
	if (fromMonth === 1 && toMonth === 12)
		return { slug: 'hele-aaret', label: 'Hele året', fromMonth, toMonth };
	if (fromMonth === 1 && toMonth === 6)
		return { slug: '1-halvaar', label: '1. halvår', fromMonth, toMonth };
	if (fromMonth === 7 && toMonth === 12)
		return { slug: '2-halvaar', label: '2. halvår', fromMonth, toMonth };
	if ((fromMonth - 1) % 3 === 0 && toMonth % 3 === 0) {
		const a = q(fromMonth);
		const b = toMonth / 3;
		return a === b
			? { slug: `${a}-kvartal`, label: `${a}. kvartal`, fromMonth, toMonth }
			: { slug: `${a}-${b}-kvartal`, label: `${a}.–${b}. kvartal`, fromMonth, toMonth };
	}
	const pad = (n: number): string => String(n).padStart(2, '0');
	return {
		slug: `maaned-${pad(fromMonth)}-${pad(toMonth)}`,
		label: `Måned ${fromMonth}–${toMonth}`,
		fromMonth,
		toMonth
	};
}

/** The period kinds present among the rows, most points first. */
export function periodKinds<R extends LevelRow>(rows: readonly R[]): PeriodKind[] {
	const counts = new Map<string, { kind: PeriodKind; n: number }>();
	for (const r of rows) {
		const p = periodFromDates(r.period_start, r.period_end);
		if (!p) continue;
		const kind = periodKind(p.fromMonth, p.toMonth);
		const entry = counts.get(kind.slug) ?? { kind, n: 0 };
		entry.n++;
		counts.set(kind.slug, entry);
	}
	return [...counts.values()]
		.sort(
			(a, b) => b.n - a.n || a.kind.fromMonth - b.kind.fromMonth || a.kind.toMonth - b.kind.toMonth
		)
		.map((e) => e.kind);
}

interface FigureRow {
	scope: string;
	measure: string;
	kind: string;
	period_start: string;
	period_end: string;
	derived: boolean;
}

/**
 * One row per figure (scope, measure, level or change, period) when several meetings state the
 * same one: a stated figure wins over a derived one, and an earlier meeting's statement over a
 * later repeat. Rows keep their order.
 */
export function onePerFigure<R extends FigureRow>(rows: readonly R[]): R[] {
	const chosen = new Map<string, R>();
	for (const r of rows) {
		const key = `${r.scope}|${r.measure}|${r.kind}|${r.period_start}|${r.period_end}`;
		const prior = chosen.get(key);
		if (prior && (!prior.derived || r.derived)) continue;
		chosen.set(key, r);
	}
	const kept = new Set(chosen.values());
	return rows.filter((r) => kept.has(r));
}

/** One point per year for a measure, scope and period kind (one figure each, see onePerFigure). */
export function levelSeries<R extends LevelRow>(
	rows: readonly R[],
	kind: PeriodKind,
	measure: Measure,
	scope: string
): SeriesPoint<R>[] {
	const matching = rows.filter((r) => {
		if (r.kind !== 'level' || r.value === null || r.measure !== measure || r.scope !== scope)
			return false;
		const p = periodFromDates(r.period_start, r.period_end);
		return p !== null && p.fromMonth === kind.fromMonth && p.toMonth === kind.toMonth;
	});
	return onePerFigure(matching)
		.map((r) => ({
			year: Number(r.period_start.slice(0, 4)),
			value: r.value as number,
			derived: r.derived,
			row: r
		}))
		.sort((a, b) => a.year - b.year);
}

export interface CompositionYear<R> {
	year: number;
	/** Korttid and langtid, in that order, stacked from zero. */
	parts: { key: 'short_term' | 'long_term'; from: number; to: number; point: SeriesPoint<R> }[];
	/** The stated (or derived) total, when the minutes give one for the year. */
	total: SeriesPoint<R> | null;
}

/**
 * Korttid and langtid as the parts of the total, per year: only years that have both parts, so a
 * bar is never half a composition. The total is kept beside them to show what the parts add to.
 */
export function composition<R>(
	shortTerm: readonly SeriesPoint<R>[],
	longTerm: readonly SeriesPoint<R>[],
	total: readonly SeriesPoint<R>[]
): CompositionYear<R>[] {
	const longBy = new Map(longTerm.map((p) => [p.year, p]));
	const totalBy = new Map(total.map((p) => [p.year, p]));
	return shortTerm
		.filter((s) => longBy.has(s.year))
		.map((s) => {
			const l = longBy.get(s.year) as SeriesPoint<R>;
			return {
				year: s.year,
				parts: [
					{ key: 'short_term' as const, from: 0, to: s.value, point: s },
					{ key: 'long_term' as const, from: s.value, to: s.value + l.value, point: l }
				],
				total: totalBy.get(s.year) ?? null
			};
		})
		.sort((a, b) => a.year - b.year);
}
