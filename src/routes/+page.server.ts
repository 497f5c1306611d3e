import { networkSpans } from '$lib/charts/network-timeline';
import {
	latestBudgetRound,
	latestSickLeave,
	meetingsOverview,
	networkEvents
} from '$lib/db/queries';
import { extractedDatabase } from '$lib/server/extracted-data';
import type { PageServerLoad } from './$types';

// The first view is computed at build time with the same queries the browser runs later.
export const load = (async () => {
	const db = await extractedDatabase();
	const spans = networkSpans(await networkEvents(db));
	return {
		meetings: await meetingsOverview(db),
		sickLeave: await latestSickLeave(db),
		budget: await latestBudgetRound(db),
		networks: {
			open: spans.filter((s) => s.status !== 'afsluttet').length,
			names: spans.filter((s) => s.status !== 'afsluttet').map((s) => s.name)
		}
	};
}) satisfies PageServerLoad;
