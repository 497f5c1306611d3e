/**
 * Typed queries, one per view or chart: the SQL and the shape of its rows in one place.
 * Components call these; they never build SQL.
 */

import type { Database } from './database';

export interface MeetingOverviewRow {
	meeting_id: string;
	date: string;
	forum: string;
	location: string | null;
	item_count: number;
	topics: string | null;
	records: number;
	/** Imported on this machine (not bundled with the app). */
	imported: boolean;
}

// Each meeting with its KPI topics and number of KPI records, aggregated once when the tables are
// (re)loaded rather than on every filter change.
const MEETING_SUMMARY = `
CREATE OR REPLACE TABLE meeting_summary AS
WITH topics AS (
  -- An item's topic, or a family of figures found in the meeting even where no item is classed.
  SELECT meeting_id, string_agg(DISTINCT topic, ',' ORDER BY topic) AS topics FROM (
    SELECT meeting_id, kpi_topic AS topic FROM agenda_items WHERE kpi_topic IS NOT NULL
    UNION ALL SELECT meeting_id, 'sick_leave' FROM sick_leave
    UNION ALL SELECT meeting_id, 'budget_status' FROM budget_lines
    UNION ALL SELECT meeting_id, 'budget_status' FROM budget_reviews
    UNION ALL SELECT meeting_id, 'network' FROM network_events) GROUP BY meeting_id),
records AS (
  SELECT meeting_id, count(*) AS n FROM (
    SELECT meeting_id FROM sick_leave
    UNION ALL SELECT meeting_id FROM budget_lines
    UNION ALL SELECT meeting_id FROM network_events) GROUP BY meeting_id)
SELECT m.meeting_id, m.date, m.forum, m.location, m.item_count, t.topics, coalesce(r.n, 0) AS records,
       i.meeting_id IS NOT NULL AS imported
  FROM meetings m
  LEFT JOIN imported_meetings i ON i.meeting_id = m.meeting_id
  LEFT JOIN topics t ON t.meeting_id = m.meeting_id
  LEFT JOIN records r ON r.meeting_id = m.meeting_id
 ORDER BY m.date, m.meeting_id`;

/** Rebuild the summaries the views filter; run after every load of the contract's tables. */
export function refreshSummaries(db: Database): Promise<void> {
	return db.exec(MEETING_SUMMARY);
}

const MEETINGS_OVERVIEW = `
SELECT meeting_id, date, forum, location, item_count, topics, records, imported
  FROM meeting_summary
 WHERE date BETWEEN ? AND ?
 ORDER BY date, meeting_id`;

/** Meetings between two ISO dates (inclusive), with their KPI topics and number of KPI records. */
export function meetingsOverview(
	db: Database,
	from = '0000-01-01',
	to = '9999-12-31'
): Promise<MeetingOverviewRow[]> {
	return db.query<MeetingOverviewRow>(MEETINGS_OVERVIEW, [from, to]);
}

export interface SickLeaveRow {
	meeting_id: string;
	meeting_date: string;
	item_number: number;
	scope: string;
	period_start: string;
	period_end: string;
	period_label: string;
	measure: 'total' | 'short_term' | 'long_term' | 'child_sick';
	kind: 'level' | 'change';
	value: number | null;
	direction: 'up' | 'down' | 'flat' | null;
	derived: boolean;
	compared_start: string | null;
	compared_end: string | null;
	evidence: string;
	evidence_start: number;
	evidence_end: number;
}

const SICK_LEAVE = `
SELECT s.meeting_id, m.date AS meeting_date, s.item_number, s.scope, s.period_start, s.period_end,
       s.period_label, s.measure, s.kind, s.value, s.direction, s.derived, s.compared_start,
       s.compared_end, s.evidence, s.evidence_start, s.evidence_end
  FROM sick_leave s JOIN meetings m ON m.meeting_id = s.meeting_id
 ORDER BY s.period_start, s.period_end, s.measure, s.scope, m.date`;

/** Every sick-leave figure with the date of the meeting that reported it. */
export function sickLeaveRows(db: Database): Promise<SickLeaveRow[]> {
	return db.query<SickLeaveRow>(SICK_LEAVE);
}

export interface SickLeaveTargetRow {
	meeting_id: string;
	scope: string;
	measure: string;
	target: 'national_average' | 'fixed';
	rule: 'at_most' | 'at_least' | 'reduce_by';
	value: number | null;
	evidence: string;
	evidence_start: number;
	evidence_end: number;
}

/** The targets the minutes set for sick leave. */
export function sickLeaveTargets(db: Database): Promise<SickLeaveTargetRow[]> {
	return db.query<SickLeaveTargetRow>(
		'SELECT meeting_id, scope, measure, target, rule, value, evidence, evidence_start, evidence_end FROM sick_leave_targets ORDER BY meeting_id'
	);
}

export interface BudgetLineRow {
	meeting_id: string;
	meeting_date: string;
	item_number: number;
	agreement_year: number | null;
	round: number | null;
	round_label: string | null;
	line: string;
	title: string | null;
	colour: 'green' | 'yellow' | 'red' | null;
	previous_colour: 'green' | 'yellow' | 'red' | null;
	note: string | null;
	evidence: string;
	evidence_start: number;
	evidence_end: number;
}

/** Every budget-agreement line in every status round, with its meeting's date. */
export function budgetLines(db: Database): Promise<BudgetLineRow[]> {
	return db.query<BudgetLineRow>(
		`SELECT b.meeting_id, m.date AS meeting_date, b.item_number, b.agreement_year, b.round, b.round_label,
		        b.line, b.title, b.colour, b.previous_colour, b.note, b.evidence, b.evidence_start, b.evidence_end
		   FROM budget_lines b JOIN meetings m ON m.meeting_id = b.meeting_id
		  ORDER BY b.agreement_year, m.date, b.line`
	);
}

export interface BudgetReviewRow {
	meeting_id: string;
	meeting_date: string;
	agreement_year: number | null;
	round_label: string | null;
	recipient: string | null;
	recipient_date: string | null;
	outcome: string | null;
	lines_reported: number;
	evidence: string;
	evidence_start: number;
	evidence_end: number;
}

/** Every status round Chefforum saw, including those it only reviewed without lines. */
export function budgetReviews(db: Database): Promise<BudgetReviewRow[]> {
	return db.query<BudgetReviewRow>(
		`SELECT r.meeting_id, m.date AS meeting_date, r.agreement_year, r.round_label, r.recipient, r.recipient_date,
		        r.outcome, r.lines_reported, r.evidence, r.evidence_start, r.evidence_end
		   FROM budget_reviews r JOIN meetings m ON m.meeting_id = r.meeting_id
		  ORDER BY r.agreement_year, m.date`
	);
}

export interface NetworkEventRow {
	meeting_id: string;
	meeting_date: string;
	item_number: number;
	event:
		| 'milestone'
		| 'network_decided'
		| 'network_running'
		| 'network_ended'
		| 'network_extended'
		| 'cadence'
		| 'structure_version';
	network: string | null;
	date: string | null;
	date_precision: 'day' | 'month' | 'year' | null;
	label: string | null;
	evidence: string;
	evidence_start: number;
	evidence_end: number;
}

/** Every network event with its meeting's date. */
export function networkEvents(db: Database): Promise<NetworkEventRow[]> {
	return db.query<NetworkEventRow>(
		`SELECT n.meeting_id, m.date AS meeting_date, n.item_number, n.event, n.network, n.date, n.date_precision,
		        n.label, n.evidence, n.evidence_start, n.evidence_end
		   FROM network_events n JOIN meetings m ON m.meeting_id = n.meeting_id
		  ORDER BY m.date, n.evidence_start`
	);
}

export interface LatestSickLeave {
	meeting_id: string;
	meeting_date: string;
	period_label: string;
	value: number;
	change: number | null;
	compared_start: string | null;
	compared_end: string | null;
	evidence_start: number;
	evidence_end: number;
}

/** The municipality's most recent stated total level, with its stated change if any. */
export async function latestSickLeave(db: Database): Promise<LatestSickLeave | null> {
	const rows = await db.query<LatestSickLeave>(
		`SELECT l.meeting_id, m.date AS meeting_date, l.period_label, l.value, c.value AS change,
		        c.compared_start, c.compared_end, l.evidence_start, l.evidence_end
		   FROM sick_leave l
		   JOIN meetings m ON m.meeting_id = l.meeting_id
		   LEFT JOIN sick_leave c ON c.meeting_id = l.meeting_id AND c.scope = l.scope AND c.measure = l.measure
		        AND c.period_start = l.period_start AND c.period_end = l.period_end AND c.kind = 'change'
		        AND c.value IS NOT NULL AND NOT c.derived
		  WHERE l.scope = ? AND l.measure = 'total' AND l.kind = 'level' AND NOT l.derived
		  ORDER BY l.period_end DESC, m.date DESC
		  LIMIT 1`,
		['Albertslund Kommune']
	);
	return rows[0] ?? null;
}

export interface LatestBudgetRound {
	meeting_id: string;
	meeting_date: string;
	item_number: number;
	agreement_year: number | null;
	green: number;
	yellow: number;
	red: number;
	none: number;
	changed: number;
}

/** The most recent status round with lines: lines by colour and how many changed colour. */
export async function latestBudgetRound(db: Database): Promise<LatestBudgetRound | null> {
	const rows = await db.query<LatestBudgetRound>(
		`SELECT b.meeting_id, m.date AS meeting_date, min(b.item_number) AS item_number,
		        max(b.agreement_year) AS agreement_year,
		        count(*) FILTER (WHERE colour = 'green') AS green,
		        count(*) FILTER (WHERE colour = 'yellow') AS yellow,
		        count(*) FILTER (WHERE colour = 'red') AS red,
		        count(*) FILTER (WHERE colour IS NULL) AS none,
		        count(*) FILTER (WHERE previous_colour IS NOT NULL AND previous_colour <> colour) AS changed
		   FROM budget_lines b JOIN meetings m ON m.meeting_id = b.meeting_id
		  GROUP BY b.meeting_id, m.date
		  ORDER BY m.date DESC
		  LIMIT 1`
	);
	return rows[0] ?? null;
}
