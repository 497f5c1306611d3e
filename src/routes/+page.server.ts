import { readExtracted } from '$lib/server/extracted-data';
import type { PageServerLoad } from './$types';

export const load = (() => {
	const meetings = readExtracted('meetings');
	const items = readExtracted('agenda_items');
	return {
		meetings: meetings.map((m) => ({
			id: m.meeting_id,
			date: String(m.date),
			forum: String(m.forum),
			location: m.location ? String(m.location) : '',
			topics: [
				...new Set(
					items
						.filter((i) => i.meeting_id === m.meeting_id && i.kpi_topic)
						.map((i) => String(i.kpi_topic))
				)
			]
		}))
	};
}) satisfies PageServerLoad;
