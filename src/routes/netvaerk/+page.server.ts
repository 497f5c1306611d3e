import { networkEvents } from '$lib/db/queries';
import { extractedDatabase } from '$lib/server/extracted-data';
import type { PageServerLoad } from './$types';

export const load = (async () => ({
	events: await networkEvents(await extractedDatabase())
})) satisfies PageServerLoad;
