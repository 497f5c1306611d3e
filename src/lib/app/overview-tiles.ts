/** The overview's KPI tiles, from the same queries at build time and in the browser. */

import { networkSpans } from '../charts/network-timeline';
import type { Database } from '../db/database';
import { latestBudgetRound, latestSickLeave, meetingsOverview, networkEvents } from '../db/queries';

export async function overviewTiles(db: Database) {
	const spans = networkSpans(await networkEvents(db));
	const running = spans.filter((s) => s.status !== 'afsluttet');
	const meetings = await meetingsOverview(db);
	return {
		sickLeave: await latestSickLeave(db),
		budget: await latestBudgetRound(db),
		networks: { open: running.length, names: running.map((s) => s.name) },
		meetings: {
			count: meetings.length,
			first: meetings[0]?.date ?? null,
			last: meetings[meetings.length - 1]?.date ?? null,
			/** Every year with a meeting, for the year-range filter. */
			years: [...new Set(meetings.map((m) => Number(m.date.slice(0, 4))))].sort((a, b) => a - b)
		}
	};
}

export type OverviewTiles = Awaited<ReturnType<typeof overviewTiles>>;
