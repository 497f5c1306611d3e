/**
 * The data contract (../shared/DESIGN.md): one table per CSV, columns in order, with their
 * types. Record types, CSV headers and (later) the DuckDB DDL are all derived from this object.
 */

const SICK_LEAVE_MEASURES = ['total', 'short_term', 'long_term', 'child_sick'] as const;
const COLOURS = ['green', 'yellow', 'red'] as const;

export const SCHEMA = {
	meetings: {
		meeting_id: 'text',
		forum: 'text',
		date: 'date',
		start_time: 'text',
		location: 'text',
		source_file: 'text',
		item_count: 'int'
	},
	agenda_items: {
		meeting_id: 'text',
		number: 'int',
		title: 'text',
		prefix: 'text',
		case_number: 'text',
		kle_code: 'text',
		closed: 'bool',
		kpi_topic: ['sick_leave', 'budget_status', 'network']
	},
	sick_leave: {
		meeting_id: 'text',
		item_number: 'int',
		scope: 'text',
		period_start: 'date',
		period_end: 'date',
		period_label: 'text',
		measure: SICK_LEAVE_MEASURES,
		kind: ['level', 'change'],
		value: 'real',
		direction: ['up', 'down', 'flat'],
		derived: 'bool',
		compared_start: 'date',
		compared_end: 'date',
		evidence: 'text',
		evidence_start: 'int',
		evidence_end: 'int'
	},
	budget_lines: {
		meeting_id: 'text',
		item_number: 'int',
		agreement_year: 'int',
		round: 'int',
		round_label: 'text',
		line: 'text',
		title: 'text',
		colour: COLOURS,
		previous_colour: COLOURS,
		note: 'text',
		evidence: 'text',
		evidence_start: 'int',
		evidence_end: 'int'
	},
	budget_reviews: {
		meeting_id: 'text',
		item_number: 'int',
		agreement_year: 'int',
		round: 'int',
		round_label: 'text',
		recipient: 'text',
		recipient_date: 'date',
		outcome: ['approved', 'reviewed', 'discussed', 'noted'],
		lines_reported: 'int',
		evidence: 'text',
		evidence_start: 'int',
		evidence_end: 'int'
	},
	network_events: {
		meeting_id: 'text',
		item_number: 'int',
		event: [
			'milestone',
			'network_decided',
			'network_running',
			'network_ended',
			'network_extended',
			'cadence',
			'structure_version'
		],
		network: 'text',
		date: 'date',
		date_precision: ['day', 'month', 'year'],
		label: 'text',
		evidence: 'text',
		evidence_start: 'int',
		evidence_end: 'int'
	},
	sick_leave_targets: {
		meeting_id: 'text',
		item_number: 'int',
		scope: 'text',
		measure: SICK_LEAVE_MEASURES,
		target: ['national_average', 'fixed'],
		rule: ['at_most', 'at_least', 'reduce_by'],
		value: 'real',
		evidence: 'text',
		evidence_start: 'int',
		evidence_end: 'int'
	},
	tables: {
		meeting_id: 'text',
		item_number: 'int',
		table_index: 'int',
		row_label: 'text',
		column_label: 'text',
		value: 'text',
		evidence: 'text',
		evidence_start: 'int',
		evidence_end: 'int'
	}
} as const;

export type Schema = typeof SCHEMA;
export type TableName = keyof Schema;
export const TABLE_NAMES = Object.keys(SCHEMA) as TableName[];

/** A column's type: a scalar kind, or the closed vocabulary of an enumerated column. */
export type ColumnType = 'text' | 'date' | 'int' | 'real' | 'bool' | readonly string[];

type ValueOf<C> = C extends 'text' | 'date'
	? string
	: C extends 'int' | 'real'
		? number
		: C extends 'bool'
			? boolean
			: C extends readonly (infer V)[]
				? V
				: never;

/** Columns that are always present; every other column may be null (an empty CSV cell). */
type Required = 'meeting_id' | 'evidence' | 'evidence_start' | 'evidence_end';

export type RecordOf<T extends TableName> = {
	[C in keyof Schema[T]]: C extends Required ? ValueOf<Schema[T][C]> : ValueOf<Schema[T][C]> | null;
};

export type Meeting = RecordOf<'meetings'>;
export type AgendaItemRow = RecordOf<'agenda_items'>;
export type SickLeave = RecordOf<'sick_leave'>;
export type BudgetLine = RecordOf<'budget_lines'>;
export type BudgetReview = RecordOf<'budget_reviews'>;
export type NetworkEvent = RecordOf<'network_events'>;
export type SickLeaveTarget = RecordOf<'sick_leave_targets'>;
export type TableCell = RecordOf<'tables'>;

export type Measure = (typeof SICK_LEAVE_MEASURES)[number];
export type Colour = (typeof COLOURS)[number];
export type KpiTopic = NonNullable<AgendaItemRow['kpi_topic']>;
export type NetworkEventKind = NetworkEvent['event'];

/** The CSV columns of a table, in contract order. */
export function columnsOf<T extends TableName>(table: T): (keyof Schema[T] & string)[] {
	return Object.keys(SCHEMA[table]) as (keyof Schema[T] & string)[];
}

/** Records of every KPI family, keyed by their table. */
export type KpiRecords = {
	sick_leave: SickLeave[];
	sick_leave_targets: SickLeaveTarget[];
	budget_lines: BudgetLine[];
	budget_reviews: BudgetReview[];
	network_events: NetworkEvent[];
	tables: TableCell[];
};
