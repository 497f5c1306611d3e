/**
 * What a meeting page shows, from a referat's source text and its extraction: the agenda (closed
 * items as "Lukket punkt" and nothing else), the figures found in each item, and the source text
 * cut into segments with every evidence span marked. Shared by the prerendered pages of the
 * bundled minutes and the page of an imported meeting, which is built in the browser.
 */

import { recordKeys } from '../corrections/correction';
import { describeRecord } from './describe-record';
import { evidenceAnchor } from './routes';
import { sourceSegments } from './source-segments';
import type { Extraction } from '../minutes/extract';
import type { KpiRecords } from '../minutes/schema';

export type Referat = Extract<Extraction, { ok: true }>;

export function meetingView(source: string, extraction: Referat) {
	const { meeting, items, outline, records } = extraction;
	// Tables are many cells of one row each: listed on the item, not marked cell by cell.
	const families = [
		'sick_leave',
		'sick_leave_targets',
		'budget_reviews',
		'budget_lines',
		'network_events',
		'tables'
	] as const;
	const figures = families.flatMap((family) => {
		const rows = records[family] as KpiRecords[typeof family][number][];
		const keys = recordKeys(family, rows);
		return rows.map((r, i) => ({
			family,
			/** Names the record for a correction (see corrections/correction.ts). */
			key: keys[i] as string,
			record: r as Record<string, string | number | boolean | null>,
			item: r.item_number as number,
			text: describeRecord(family, r as never),
			derived: family === 'sick_leave' && (r as KpiRecords['sick_leave'][number]).derived === true,
			start: r.evidence_start,
			end: r.evidence_end,
			anchor: evidenceAnchor(r.evidence_start, r.evidence_end),
			evidence: r.evidence
		}));
	});
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
			source,
			figures,
			outline.map((o) => ({
				number: o.number,
				start: o.start,
				end: o.end,
				closed: closedNumbers.has(o.number)
			}))
		)
	};
}

export type MeetingView = ReturnType<typeof meetingView>;
