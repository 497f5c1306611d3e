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
}

const MEETINGS_OVERVIEW = `
SELECT m.meeting_id, m.date, m.forum, m.location, m.item_count,
       (SELECT string_agg(DISTINCT a.kpi_topic, ',' ORDER BY a.kpi_topic)
          FROM agenda_items a WHERE a.meeting_id = m.meeting_id) AS topics,
       (SELECT count(*) FROM sick_leave s WHERE s.meeting_id = m.meeting_id)
     + (SELECT count(*) FROM budget_lines b WHERE b.meeting_id = m.meeting_id)
     + (SELECT count(*) FROM network_events n WHERE n.meeting_id = m.meeting_id) AS records
  FROM meetings m
 WHERE m.date BETWEEN ? AND ?
 ORDER BY m.date`;

/** Meetings between two ISO dates (inclusive), with their KPI topics and number of KPI records. */
export function meetingsOverview(
	db: Database,
	from = '0000-01-01',
	to = '9999-12-31'
): Promise<MeetingOverviewRow[]> {
	return db.query<MeetingOverviewRow>(MEETINGS_OVERVIEW, [from, to]);
}
