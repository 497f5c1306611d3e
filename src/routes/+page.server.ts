import { overviewTiles } from '$lib/app/overview-tiles';
import { meetingsOverview } from '$lib/db/queries';
import { extractedDatabase } from '$lib/server/extracted-data';
import type { PageServerLoad } from './$types';

// The first view is computed at build time with the same queries the browser runs later.
export const load = (async () => {
	const db = await extractedDatabase();
	return { meetings: await meetingsOverview(db), tiles: await overviewTiles(db) };
}) satisfies PageServerLoad;
