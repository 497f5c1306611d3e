import { meetingsOverview } from '$lib/db/queries';
import { extractedDatabase } from '$lib/server/extracted-data';
import type { PageServerLoad } from './$types';

export const load = (async () => ({
	meetings: await meetingsOverview(await extractedDatabase())
})) satisfies PageServerLoad;
