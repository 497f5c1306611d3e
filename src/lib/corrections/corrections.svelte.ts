/**
 * The corrections in force, known once the database has loaded them: the meeting page offers to
 * undo them, and every view marks a corrected figure "rettet" with its original value.
 */

import { SvelteMap } from 'svelte/reactivity';
import type { Correction } from './correction';
import { describeCorrection } from './correction-fields';

class Corrections {
	readonly byKey = new SvelteMap<string, Correction>();
	set(list: readonly Correction[]): void {
		this.byKey.clear();
		for (const c of list) this.byKey.set(c.key, c);
	}
	/** The corrections of the records quoting this span of a meeting's text. */
	forSpan(meetingId: string, start: number, end: number): Correction[] {
		return [...this.byKey.values()].filter(
			(c) => c.meeting_id === meetingId && c.evidence_start === start && c.evidence_end === end
		);
	}
	/** Columns for an export row: whether the figure was corrected, and what was extracted. */
	exportColumns(
		meetingId: string,
		start: number,
		end: number
	): { rettet: boolean; udtrukket: string | null; begrundelse: string | null } {
		const found = this.forSpan(meetingId, start, end);
		if (found.length === 0) return { rettet: false, udtrukket: null, begrundelse: null };
		return {
			rettet: true,
			udtrukket: found.map(describeCorrection).join(' | '),
			begrundelse: found.map((c) => c.reason).join(' | ')
		};
	}
}

export const corrections = new Corrections();
