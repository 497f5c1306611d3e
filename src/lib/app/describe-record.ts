/** One Danish line for any extracted record, for lists of figures and the evidence panel. */

import type { KpiRecords, NetworkEventKind } from '../minutes/schema';
import { periodFromDates, periodLabel } from '../minutes/periods';
import { COLOUR_NAMES, DIRECTION_NAMES, MEASURE_NAMES, danishDate, days } from './format';

export const EVENT_NAMES: Record<NonNullable<NetworkEventKind>, string> = {
	milestone: 'Milepæl',
	network_decided: 'Netværk besluttet',
	network_running: 'Netværk i gang',
	network_ended: 'Netværk afsluttet',
	network_extended: 'Netværk forlænget',
	cadence: 'Kadence',
	structure_version: 'Netværksstruktur'
};

type Row<F extends keyof KpiRecords> = KpiRecords[F][number];

export function describeSickLeave(r: Row<'sick_leave'>): string {
	const scope = r.scope && r.scope !== 'Albertslund Kommune' ? ` i ${r.scope}` : '';
	const head = `${MEASURE_NAMES[r.measure ?? 'total']}${scope}, ${r.period_label ?? ''}`;
	if (r.kind === 'level') return `${head}: ${r.value === null ? '–' : days(r.value)}`;
	const compared =
		r.compared_start && r.compared_end ? periodFromDates(r.compared_start, r.compared_end) : null;
	const against = compared ? ` ift. ${periodLabel(compared)}` : '';
	const change =
		r.value === null ? (r.direction ? DIRECTION_NAMES[r.direction] : '') : days(r.value, true);
	return `${head}: ${change}${against}`;
}

export function describeRecord<F extends keyof KpiRecords>(family: F, record: Row<F>): string {
	switch (family) {
		case 'sick_leave':
			return describeSickLeave(record as Row<'sick_leave'>);
		case 'sick_leave_targets': {
			const t = record as Row<'sick_leave_targets'>;
			const rule =
				t.rule === 'reduce_by' ? 'nedbringes med' : t.rule === 'at_least' ? 'mindst' : 'højst';
			const what =
				t.target === 'national_average'
					? 'landsgennemsnittet'
					: t.value === null
						? ''
						: days(t.value);
			return `Mål for ${MEASURE_NAMES[t.measure ?? 'total'].toLowerCase()}${t.scope && t.scope !== 'Albertslund Kommune' ? ` i ${t.scope}` : ''}: ${rule} ${what}`;
		}
		case 'budget_lines': {
			const l = record as Row<'budget_lines'>;
			const colour = l.colour ? COLOUR_NAMES[l.colour] : 'ikke angivet';
			const before =
				l.previous_colour && l.previous_colour !== l.colour
					? ` (før: ${COLOUR_NAMES[l.previous_colour]})`
					: '';
			return `Linje ${l.line}${l.title ? ` ${l.title}` : ''}: ${colour}${before}`;
		}
		case 'budget_reviews': {
			const b = record as Row<'budget_reviews'>;
			const to = b.recipient
				? ` til ${b.recipient}${b.recipient_date ? ` ${danishDate(b.recipient_date)}` : ''}`
				: '';
			return `Status på budgetaftalen ${b.agreement_year ?? ''}${b.round_label ? ` (${b.round_label})` : ''}${to}: ${b.lines_reported ?? 0} linjer`;
		}
		case 'network_events': {
			const n = record as Row<'network_events'>;
			const what = n.network ?? n.label ?? '';
			return `${EVENT_NAMES[n.event ?? 'milestone']}: ${what}${n.date && n.event === 'milestone' ? ` (${danishDate(n.date)})` : ''}`;
		}
		default: {
			const c = record as Row<'tables'>;
			return `Tabel: ${c.row_label ?? ''} × ${c.column_label ?? ''} = ${c.value ?? ''}`;
		}
	}
}
