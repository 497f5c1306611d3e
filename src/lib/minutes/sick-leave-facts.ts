/**
 * Sick-leave facts as the extractor collects them, and what follows from them: values derived
 * from stated ones, one record per scope/period/measure/kind, and the contract's rows.
 */

import { round2 } from './danish';
import type { Evidence, ItemContext } from './item-context';
import { periodEnd, periodLabel, periodStart, type Period } from './periods';
import type { Measure, SickLeave } from './schema';
import type { Direction } from './sick-leave-terms';

export type FullPeriod = Period & { year: number };

export interface Fact {
	scope: string;
	period: FullPeriod;
	measure: Measure;
	kind: 'level' | 'change';
	value: number | null;
	direction: Direction | null;
	derived: boolean;
	compared: FullPeriod | null;
	evidence: Evidence;
}

/**
 * "Korttidsfraværet er uændret" said of a measure whose level is stated: a change of 0 days, so
 * the level a year before follows from it.
 */
export function flatAsZero(facts: Fact[]): Fact[] {
	const key = (f: Fact): string =>
		`${f.scope}|${f.measure}|${f.period.year}|${f.period.fromMonth}|${f.period.toMonth}`;
	const levels = new Set(
		facts.filter((f) => f.kind === 'level' && f.value !== null && !f.derived).map(key)
	);
	// Where the change is stated with its figure too, that one stands.
	const figured = new Set(facts.filter((f) => f.kind === 'change' && f.value !== null).map(key));
	return facts.map((f) =>
		f.kind === 'change' &&
		f.value === null &&
		f.direction === 'flat' &&
		levels.has(key(f)) &&
		!figured.has(key(f))
			? { ...f, value: 0 }
			: f
	);
}

/**
 * The contract's change is against the same period the year before: "… er niveauet i 2021 0,4
 * dag højere" than 2019 ("før corona") is no change row, and no level follows from it.
 */
export function yearOverYear(facts: Fact[]): Fact[] {
	return facts.filter(
		(f) =>
			f.kind !== 'change' ||
			!f.compared ||
			(f.compared.year === f.period.year - 1 &&
				f.compared.fromMonth === f.period.fromMonth &&
				f.compared.toMonth === f.period.toMonth)
	);
}

/** Previous-period levels from a level and its change; changes from two stated levels. */
export function derive(facts: Fact[]): Fact[] {
	// Maps keyed by scope, measure and period keep this linear in the number of facts.
	const key = (f: { scope: string; measure: Measure }, p: FullPeriod): string =>
		`${f.scope}|${f.measure}|${p.year}|${p.fromMonth}|${p.toMonth}`;
	const stated = facts.filter((f) => !f.derived);
	const firstLevel = new Map<string, Fact>();
	const anyLevel = new Set<string>();
	const changed = new Set<string>();
	for (const f of facts) if (f.kind === 'level') anyLevel.add(key(f, f.period));
	for (const f of stated) {
		const k = key(f, f.period);
		if (f.kind === 'level' && f.value !== null && !firstLevel.has(k)) firstLevel.set(k, f);
		// A direction without a figure ("sygefraværet er faldet") leaves the change to derive.
		if (f.kind === 'change' && f.value !== null) changed.add(k);
	}
	const out: Fact[] = [];
	const made = new Set<string>();
	for (const c of stated) {
		if (c.kind !== 'change' || c.value === null || !c.compared) continue;
		const l = firstLevel.get(key(c, c.period));
		const target = key(c, c.compared);
		if (!l || l.value === null || anyLevel.has(target) || made.has(target)) continue;
		made.add(target);
		out.push({
			...c,
			kind: 'level',
			period: c.compared,
			value: round2(l.value - c.value),
			direction: null,
			compared: null,
			derived: true
		});
	}
	for (const a of firstLevel.values()) {
		const prevPeriod = { ...a.period, year: a.period.year - 1 };
		const prev = firstLevel.get(key(a, prevPeriod));
		if (!prev || a.value === null || prev.value === null || changed.has(key(a, a.period))) continue;
		const value = round2(a.value - prev.value);
		out.push({
			...a,
			kind: 'change',
			value,
			direction: value > 0 ? 'up' : value < 0 ? 'down' : 'flat',
			compared: prev.period,
			derived: true
		});
	}
	return out;
}

/** What makes two facts the same record: scope, period, measure, kind and compared period. */
function factKey(f: Fact): string {
	return `${f.scope.toLowerCase()}|${f.period.year}|${f.period.fromMonth}|${f.period.toMonth}|${f.measure}|${f.kind}|${f.compared ? `${f.compared.year}|${f.compared.fromMonth}|${f.compared.toMonth}` : ''}`;
}

/** "Rettelse: Langtidsfraværet i Social & Familie er 3,4 dage og ikke 3,8 dage som anført …". */
const CORRECTS =
	/(?<!\p{L})(?:rettelse|korrektion|korrigeret|rettet[ \t]+til)(?!\p{L})|og[ \t]+ikke[ \t]+\d[\d,.]*[ \t]+dag\p{L}*[ \t]+som[ \t]+(?:anført|angivet|nævnt)/iu;

/** A figure a sentence corrects replaces the one stated before it, wherever that was. */
export function withCorrections(facts: Fact[]): Fact[] {
	const corrections = new Set(facts.filter((f) => CORRECTS.test(f.evidence.evidence)));
	if (corrections.size === 0) return facts;
	const corrected = new Set([...corrections].map(factKey));
	return facts.filter((f) => corrections.has(f) || !corrected.has(factKey(f)));
}

/**
 * One record per scope, period, measure and kind (and, for a change, the period it is against):
 * the first stated figure wins.
 */
export function deduplicate(facts: Fact[]): Fact[] {
	const keys = facts.map(factKey);
	const numeric = new Set(keys.filter((_, i) => (facts[i] as Fact).value !== null));
	const seen = new Set<string>();
	const out: Fact[] = [];
	facts.forEach((f, i) => {
		const k = keys[i] as string;
		if (seen.has(k) || (f.value === null && numeric.has(k))) return;
		seen.add(k);
		out.push(f);
	});
	return out;
}

export function toRows(ctx: ItemContext, facts: Fact[]): SickLeave[] {
	return facts.map((f) => ({
		meeting_id: ctx.meetingId,
		item_number: ctx.item.number,
		scope: f.scope,
		period_start: periodStart(f.period),
		period_end: periodEnd(f.period),
		period_label: periodLabel(f.period),
		measure: f.measure,
		kind: f.kind,
		value: f.value,
		direction: f.direction,
		derived: f.derived,
		compared_start: f.compared ? periodStart(f.compared) : null,
		compared_end: f.compared ? periodEnd(f.compared) : null,
		evidence: f.evidence.evidence,
		evidence_start: f.evidence.evidence_start,
		evidence_end: f.evidence.evidence_end
	}));
}
