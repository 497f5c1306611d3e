/**
 * One referat in, the contract's records out: normalise → segment → per-item KPI extractors.
 * A document that is not a referat gives a Danish reason and no records.
 */

import { extractBudget, hasColouredLines } from './budget';
import { itemContext, type ItemContext } from './item-context';
import { meetingId } from './meeting-id';
import { extractNetworkEvents, networkNames } from './network';
import { normalise, type WorkingText } from './normalise';
import { expandDepartmentAbbreviations } from './department-abbreviations';
import type { AgendaItemRow, KpiRecords, KpiTopic, Meeting } from './schema';
import {
	headerField,
	plainLine,
	segment,
	writtenTitle,
	type SectionKind,
	type SegmentedItem
} from './segment';
import { extractSickLeave } from './sick-leave';
import { extractSickLeaveTargets } from './sick-leave-targets';
import { extractTables } from './table-cells';
import { dayFigures } from './sick-leave-terms';
import { BUDGET_FOLLOWUP, GENERIC_TITLE, kpiTopic } from './topics';

/** Where an item and its sections sit in the source text (for showing them in place). */
export interface ItemOutline {
	number: number;
	start: number;
	end: number;
	sections: { kind: SectionKind; heading: string; start: number; end: number }[];
}

export type Extraction =
	| {
			ok: true;
			meeting: Meeting;
			items: AgendaItemRow[];
			outline: ItemOutline[];
			records: KpiRecords;
	  }
	| { ok: false; sourceFile: string; reason: string };

export function emptyRecords(): KpiRecords {
	return {
		sick_leave: [],
		sick_leave_targets: [],
		budget_lines: [],
		budget_reviews: [],
		network_events: [],
		tables: []
	};
}

/** Extract a referat from its source text. Never throws. */
export function extractMinutes(source: string, sourceFile: string): Extraction {
	try {
		return extractUnsafe(source, sourceFile);
	} catch (e) {
		return {
			ok: false,
			sourceFile,
			reason: `kunne ikke læses: ${e instanceof Error ? e.message : String(e)}`
		};
	}
}

function extractUnsafe(source: string, sourceFile: string): Extraction {
	const w = expandDepartmentAbbreviations(normalise(source));
	const seg = segment(w.text);
	if (!seg.ok) {
		// "Referat af møde i Område-MED Dagtilbud" in another layout: the committee is the reason.
		const title = /\S[^\n]{0,119}/.exec(w.text)?.[0] ?? '';
		const committee = /referat/i.test(title) ? MED_TITLE.exec(title) : null;
		return {
			ok: false,
			sourceFile,
			reason: committee
				? `ikke et referat fra et ledelsesforum: ${committee[0]} er et MED-udvalg`
				: seg.reason
		};
	}
	const { header } = seg;
	// Hoved-MED and the other MED committees are where management and staff cooperate, not a
	// management forum: their minutes repeat the figures Chefforum had first.
	if (header.forum && isCooperationCommittee(header.forum))
		return {
			ok: false,
			sourceFile,
			reason: `ikke et referat fra et ledelsesforum: ${header.forum} er et MED-udvalg`
		};
	const other = header.forum ? otherBody(header.forum) : null;
	if (other)
		return {
			ok: false,
			sourceFile,
			reason: `ikke et referat fra et ledelsesforum: ${header.forum as string} er ${other}`
		};
	const id = meetingId(header.date, header.forum);
	const meeting: Meeting = {
		meeting_id: id,
		forum: header.forum,
		date: header.date,
		start_time: header.startTime,
		location: header.locationLine
			? (headerField(plainLine(w.asWritten(...header.locationLine, true)))?.value ??
				header.location)
			: header.location,
		source_file: sourceFile,
		item_count: seg.items.length
	};
	const records = emptyRecords();
	const items: AgendaItemRow[] = [];
	for (const item of seg.items) {
		const ctx = itemContext(w, id, header.date, item);
		const byTitle = item.closed ? null : kpiTopic(item.title, item.kleCode);
		// A "budgetopfølgning" is a status on the agreement only when its lines carry colours.
		const topic =
			byTitle ??
			(!item.closed && BUDGET_FOLLOWUP.test(item.title) && hasColouredLines(ctx)
				? 'budget_status'
				: !item.closed && GENERIC_TITLE.test(item.title)
					? topicFromBody(ctx)
					: null);
		items.push({
			meeting_id: id,
			number: item.number,
			// As written in the source: its own dashes and quotes, not the working text's.
			title: item.closed
				? item.title
				: (writtenTitle(w.asWritten(item.start, item.headingEnd))?.title ?? item.title),
			prefix: item.prefix,
			case_number: item.caseNumber,
			kle_code: item.kleCode,
			closed: item.closed,
			kpi_topic: topic
		});
		// A closed item is shown only as existing: nothing in it is read.
		if (item.closed) continue;
		if (topic === 'sick_leave') {
			records.sick_leave.push(...extractSickLeave(ctx));
			records.sick_leave_targets.push(...extractSickLeaveTargets(ctx));
		}
		// "Ledelsesinformation: sygefravær og budgetaftale": an item on both reports both.
		if (
			topic === 'budget_status' ||
			(topic === 'sick_leave' && ctx.contains('udgetaftale') && hasColouredLines(ctx))
		) {
			const b = extractBudget(ctx);
			records.budget_lines.push(...b.lines);
			records.budget_reviews.push(...b.reviews);
		}
		records.network_events.push(...extractNetworkEvents(ctx, topic === 'network'));
		records.tables.push(...extractTables(ctx));
	}
	return { ok: true, meeting, items, outline: seg.items.map((i) => outlineOf(w, i)), records };
}

/**
 * "Orientering fra HR", "Opfølgning": a title that names no KPI, over a body that reports one —
 * sick leave in days, the agreement's lines with their colours, or a network by its name.
 */
function topicFromBody(ctx: ItemContext): KpiTopic | null {
	if (
		ctx.contains('ygefravær', 'ygedag', 'tidsfravær') &&
		ctx.sentences.some((s) => SICK_LEAVE_WORD.test(s.text) && dayFigures(s.text).length > 0)
	)
		return 'sick_leave';
	if (ctx.contains('udgetaftale') && hasColouredLines(ctx)) return 'budget_status';
	// 'Evt.: … at pilotnetværket "Ældre medicinbrugere" holder sit næste møde den 10. december':
	// news of a network named by its name.
	// (Only under Evt.: a status on a project may name the network that works on it.)
	if (
		ANY_OTHER_BUSINESS.test(ctx.item.title) &&
		ctx.contains('etværk') &&
		ctx.sentences.some((s) => networkNames(s.text).length > 0)
	)
		return 'network';
	return null;
}
/** "Evt.", "Eventuelt", "Temaer til kommende møder og eventuelt". */
const ANY_OTHER_BUSINESS = /(?<!\p{L})(?:evt\.?|eventuelt)(?!\p{L})/iu;
const SICK_LEAVE_WORD = /sygefravær|sygedag|(?:kort|lang)tidsfravær/i;
/** A MED committee named at the top of a document ("Referat af møde i Område-MED Dagtilbud"). */
const MED_TITLE =
	/(?<!\p{L})(?:\p{Lu}\p{Ll}+-MED|Hoved-?MED|MED-udvalg\p{L}*)(?:[ \t]+\p{Lu}\p{Ll}+)?/u;
/** "Hoved-MED", "MED-udvalget", "HMU", "Område-MED Dagtilbud": a cooperation committee. */
function isCooperationCommittee(forum: string): boolean {
	return COOPERATION_COMMITTEE.test(forum) || /-MED(?!\p{L})/u.test(forum);
}
/** A project's groups: "Styregruppemøde for …", "Projektgruppen for …", "Arbejdsgruppe om …". */
/**
 * What a body that is not a management forum is ("et politisk udvalg", "en styregruppe"), or
 * null. Its minutes are not the forum's, though they may repeat its figures.
 */
function otherBody(forum: string): string | null {
	// "REFERAT Kommunalbestyrelsen", "Økonomiudvalget": the politicians decide there, on what the
	// administration's forum has prepared.
	const political = POLITICAL_BODY.exec(forum);
	if (political) return political[1] ? 'et politisk udvalg' : 'et politisk organ';
	// "Styregruppemøde for Sundt Arbejdsliv": a project's steering group reports to the forum.
	const group = PROJECT_GROUP.exec(forum);
	if (group) return `en ${(group[1] as string).toLowerCase()}`;
	// "Netværksmøde nr. 3 i velfærdsnetværket …": a network's own meeting reports to the forum too.
	return NETWORK_MEETING.test(forum) ? 'et netværksmøde' : null;
}
const NETWORK_MEETING = /(?<!\p{L})netværksmøde|netværk(?:et|ets)?(?!\p{L})/iu;
const PROJECT_GROUP =
	/(?<!\p{L})(styregruppe|projektgruppe|arbejdsgruppe|følgegruppe|referencegruppe)(?:møde|n)?(?!\p{L})/iu;
/** The council and its committees ("Børne- og Skoleudvalget"); MED committees are caught before. */
const POLITICAL_BODY =
	/(?<!\p{L})(?:kommunalbestyrelse\p{L}*|byråd\p{L}*)(?!\p{L})|(?<!\p{L})(\p{L}+udvalg(?:et)?)(?!\p{L})/iu;
const COOPERATION_COMMITTEE =
	/(?<!\p{L})(?:hoved-?med|med-?udvalg\p{L}*|hmu|samarbejdsudvalg\p{L}*|arbejdsmiljøudvalg\p{L}*)(?!\p{L})/iu;

function outlineOf(w: WorkingText, item: SegmentedItem): ItemOutline {
	const [start, end] = w.spanToSource(item.start, item.end);
	return {
		number: item.number,
		start,
		end,
		sections: item.sections.map((s) => {
			const [a, b] = w.spanToSource(s.headingStart, s.end);
			return { kind: s.kind, heading: s.heading, start: a, end: b };
		})
	};
}
