/**
 * What every KPI extractor gets for one agenda item: its sentences (working text) and a way to
 * turn a working-text span into evidence that indexes the source text.
 */

import type { WorkingText } from './normalise';
import type { SectionKind, SegmentedItem } from './segment';
import { sentencesIn, type Sentence } from './sentences';

export interface Evidence {
	evidence: string;
	evidence_start: number;
	evidence_end: number;
}

export interface ItemSentence extends Sentence {
	/** The section the sentence is in; null before the first section heading. */
	section: SectionKind | null;
}

export interface ItemContext {
	readonly meetingId: string;
	readonly meetingDate: string;
	readonly item: SegmentedItem;
	readonly text: string;
	/** Sentences of the item body, leaving out attachment lists (Bilag); split on first use. */
	readonly sentences: ItemSentence[];
	/** Whether the item body contains any of these strings (faster than a pattern). */
	contains(...needles: string[]): boolean;
	evidence(start: number, end: number): Evidence;
	/** A working-text span as the source writes it (see WorkingText.asWritten). */
	asWritten(start: number, end: number): string;
}

/**
 * The first occurrence of a string at or after the position last asked about, per document.
 * Items are asked about in order, so each search resumes past the last one: linear in the
 * document, without listing every occurrence of common strings (tabs, double spaces).
 */
interface Found {
	from: number;
	/** -1: none at or after `from`. */
	at: number;
}
const found = new WeakMap<WorkingText, Map<string, Found>>();
function occursIn(w: WorkingText, needle: string, start: number, end: number): boolean {
	let byNeedle = found.get(w);
	if (!byNeedle) found.set(w, (byNeedle = new Map()));
	let f = byNeedle.get(needle);
	// The last answer still holds when it was searched for from at or before `start` and the
	// occurrence it found is not before `start`.
	if (!f || f.from > start || (f.at !== -1 && f.at < start)) {
		f = { from: start, at: w.text.indexOf(needle, start) };
		byNeedle.set(needle, f);
	}
	return f.at !== -1 && f.at < end;
}

const SKIPPED_SECTIONS: ReadonlySet<SectionKind> = new Set(['bilag']);

export function itemContext(
	w: WorkingText,
	meetingId: string,
	meetingDate: string,
	item: SegmentedItem
): ItemContext {
	let sentences: ItemSentence[] | null = null;
	const split = (): ItemSentence[] => {
		const out: ItemSentence[] = [];
		if (item.closed) return out;
		const firstSection = item.sections[0];
		const preambleEnd = firstSection ? firstSection.headingStart : item.end;
		sentencesIn<SectionKind | null>(w.text, item.bodyStart, preambleEnd, null, out);
		for (const sec of item.sections)
			if (!SKIPPED_SECTIONS.has(sec.kind))
				sentencesIn<SectionKind | null>(w.text, sec.start, sec.end, sec.kind, out);
		return out;
	};
	return {
		meetingId,
		meetingDate,
		item,
		text: w.text,
		get sentences(): ItemSentence[] {
			sentences ??= split();
			return sentences;
		},
		contains(...needles: string[]): boolean {
			if (item.closed) return false;
			return needles.some((n) => occursIn(w, n, item.bodyStart, item.end));
		},

		asWritten: (start: number, end: number): string => w.asWritten(start, end),
		evidence(start: number, end: number): Evidence {
			const [s, e] = w.spanToSource(start, end);
			return { evidence: w.source.slice(s, e), evidence_start: s, evidence_end: e };
		}
	};
}
