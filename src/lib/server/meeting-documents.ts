/**
 * The bundled minutes themselves (data/minutes), read and extracted at build time: the source
 * text every evidence offset indexes, and the outline of items and sections, per meeting.
 */

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { plainDocumentText } from '$lib/documents/document-text';
import { extractMinutes, type Extraction } from '$lib/minutes/index';

type Referat = Extract<Extraction, { ok: true }>;
export interface MeetingDocument {
	source: string;
	extraction: Referat;
}

const MINUTES_DIR = join(process.cwd(), 'data', 'minutes');
let documents: Map<string, MeetingDocument> | null = null;

export function meetingDocuments(): Map<string, MeetingDocument> {
	if (documents) return documents;
	documents = new Map();
	for (const name of readdirSync(MINUTES_DIR).sort()) {
		const doc = plainDocumentText(name, readFileSync(join(MINUTES_DIR, name)));
		if (!doc.ok) continue;
		const extraction = extractMinutes(doc.text, name);
		if (extraction.ok)
			documents.set(extraction.meeting.meeting_id, { source: doc.text, extraction });
	}
	return documents;
}
