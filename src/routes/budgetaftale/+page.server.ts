import { budgetLines, budgetReviews } from '$lib/db/queries';
import { extractedDatabase } from '$lib/server/extracted-data';
import type { PageServerLoad } from './$types';

export const load = (async () => {
	const db = await extractedDatabase();
	return { lines: await budgetLines(db), reviews: await budgetReviews(db) };
}) satisfies PageServerLoad;
