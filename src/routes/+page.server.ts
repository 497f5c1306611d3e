import { extractedDatabase } from '$lib/server/extracted-data';
import { meetingsOverview } from '$lib/db/queries';
import type { PageServerLoad } from './$types';

// The first view is computed at build time with the same query the browser runs later.
export const load = (async () => ({
	meetings: await meetingsOverview(await extractedDatabase())
})) satisfies PageServerLoad;
