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
	/** Sentences of the item body, leaving out attachment lists (Bilag). */
	readonly sentences: ItemSentence[];
	evidence(start: number, end: number): Evidence;
	/** A working-text span as the source writes it (see WorkingText.asWritten). */
	asWritten(start: number, end: number): string;
}

const SKIPPED_SECTIONS: ReadonlySet<SectionKind> = new Set(['bilag']);

export function itemContext(
	w: WorkingText,
	meetingId: string,
	meetingDate: string,
	item: SegmentedItem
): ItemContext {
	const sentences: ItemSentence[] = [];
	if (!item.closed) {
		const firstSection = item.sections[0];
		const preambleEnd = firstSection ? firstSection.headingStart : item.end;
		for (const s of sentencesIn(w.text, item.bodyStart, preambleEnd))
			sentences.push({ ...s, section: null });
		for (const sec of item.sections) {
			if (SKIPPED_SECTIONS.has(sec.kind)) continue;
			for (const s of sentencesIn(w.text, sec.start, sec.end))
				sentences.push({ ...s, section: sec.kind });
		}
	}
	return {
		meetingId,
		meetingDate,
		item,
		text: w.text,
		sentences,
		asWritten: (start: number, end: number): string => w.asWritten(start, end),
		evidence(start: number, end: number): Evidence {
			const [s, e] = w.spanToSource(start, end);
			return { evidence: w.source.slice(s, e), evidence_start: s, evidence_end: e };
		}
	};
}
