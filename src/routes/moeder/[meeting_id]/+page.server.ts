import { error } from '@sveltejs/kit';
import { describeRecord } from '$lib/app/describe-record';
import { evidenceAnchor } from '$lib/app/routes';
import { sourceSegments } from '$lib/app/source-segments';
import type { KpiRecords } from '$lib/minutes/schema';
import { meetingDocuments } from '$lib/server/meeting-documents';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	[...meetingDocuments().keys()].map((meeting_id) => ({ meeting_id }));

export const load = (({ params }) => {
	const doc = meetingDocuments().get(params.meeting_id);
	if (!doc) error(404, 'Mødet findes ikke i datasættet');
	const { meeting, items, outline, records } = doc.extraction;
	// Tables are many cells of one row each: listed on the item, not marked cell by cell.
	const families = [
		'sick_leave',
		'sick_leave_targets',
		'budget_reviews',
		'budget_lines',
		'network_events',
		'tables'
	] as const;
	const figures = families.flatMap((family) =>
		(records[family] as KpiRecords[typeof family][number][]).map((r) => ({
			family,
			item: r.item_number as number,
			text: describeRecord(family, r as never),
			derived: family === 'sick_leave' && (r as KpiRecords['sick_leave'][number]).derived === true,
			start: r.evidence_start,
			end: r.evidence_end,
			anchor: evidenceAnchor(r.evidence_start, r.evidence_end),
			evidence: r.evidence
		}))
	);
	const closedNumbers = new Set(items.filter((i) => i.closed).map((i) => i.number));
	return {
		meeting,
		items: items.map((i) => ({
			number: i.number,
			closed: i.closed,
			// A closed item shows only that it exists.
			title: i.closed ? 'Lukket punkt' : i.title,
			prefix: i.closed ? null : i.prefix,
			case_number: i.closed ? null : i.case_number,
			kpi_topic: i.kpi_topic,
			sections: i.closed
				? []
				: (outline.find((o) => o.number === i.number)?.sections.map((s) => s.heading) ?? [])
		})),
		figures: figures.filter((f) => !closedNumbers.has(f.item)),
		segments: sourceSegments(
			doc.source,
			figures,
			outline.map((o) => ({
				number: o.number,
				start: o.start,
				end: o.end,
				closed: closedNumbers.has(o.number)
			}))
		)
	};
}) satisfies PageServerLoad;
