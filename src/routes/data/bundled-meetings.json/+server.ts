// The bundled meetings' fingerprints, so an import can tell the same minutes from a new version.
import { json } from '@sveltejs/kit';
import { sha256Hex } from '$lib/storage/sha256';
import { meetingDocuments } from '$lib/server/meeting-documents';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = async () =>
	json(
		await Promise.all(
			[...meetingDocuments().values()].map(async (d) => ({
				meeting_id: d.extraction.meeting.meeting_id,
				source_file: d.extraction.meeting.source_file,
				source_hash: await sha256Hex(d.source)
			}))
		)
	);
