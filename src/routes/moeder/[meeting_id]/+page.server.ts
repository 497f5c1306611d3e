import { error } from '@sveltejs/kit';
import { meetingView } from '$lib/app/meeting-view';
import { meetingDocuments } from '$lib/server/meeting-documents';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	[...meetingDocuments().keys()].map((meeting_id) => ({ meeting_id }));

export const load = (({ params }) => {
	const doc = meetingDocuments().get(params.meeting_id);
	if (!doc) error(404, 'Mødet findes ikke i datasættet');
	return meetingView(doc.source, doc.extraction);
}) satisfies PageServerLoad;
