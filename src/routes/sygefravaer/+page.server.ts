import { sickLeaveRows, sickLeaveTargets } from '$lib/db/queries';
import { extractedDatabase } from '$lib/server/extracted-data';
import { nationalAverages } from '$lib/server/reference-data';
import type { PageServerLoad } from './$types';

// The first view is built at build time from the same queries the app runs.
export const load = (async () => {
	const db = await extractedDatabase();
	return {
		rows: await sickLeaveRows(db),
		targets: await sickLeaveTargets(db),
		national: nationalAverages()
	};
}) satisfies PageServerLoad;
