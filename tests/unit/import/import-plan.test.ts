/** What an import batch will do: new, a new version, or unchanged; never two of one meeting. */

import { describe, expect, it } from 'vitest';
import {
	knownMeetings,
	planImport,
	toStore,
	type FoundMeeting
} from '../../../src/lib/import/import-plan';
import { fixtureReferat } from '../../helpers/fixtures';

const referat = fixtureReferat('01-');
const id = referat.meeting.meeting_id;
const found = (file: string, hash: string): FoundMeeting => ({
	file,
	source: 'tekst',
	source_hash: hash,
	extraction: referat
});

describe('planImport', () => {
	it('stores a meeting that is not on the machine as new', () => {
		const plan = planImport([found('a.pdf', 'h1')], knownMeetings([], []));
		expect(plan.meetings.map((m) => m.action)).toEqual(['ny']);
		expect(toStore(plan)).toHaveLength(1);
	});

	it('changes nothing for the same minutes again, imported or bundled', () => {
		const imported = knownMeetings(
			[],
			[{ meeting_id: id, source_file: 'a.pdf', source_hash: 'h1' }]
		);
		const bundled = knownMeetings(
			[{ meeting_id: id, source_file: 'x.txt', source_hash: 'h1', bundled: true }],
			[]
		);
		for (const known of [imported, bundled]) {
			const plan = planImport([found('b.pdf', 'h1')], known);
			expect(plan.meetings.map((m) => m.action)).toEqual(['uændret']);
			expect(toStore(plan)).toEqual([]);
		}
	});

	it('replaces an earlier version of the same meeting, saying which', () => {
		const known = knownMeetings(
			[{ meeting_id: id, source_file: 'bundled.txt', source_hash: 'old', bundled: true }],
			[{ meeting_id: id, source_file: 'a.pdf', source_hash: 'h1' }]
		);
		const plan = planImport([found('a-rettet.docx', 'h2')], known);
		expect(plan.meetings[0]?.action).toBe('erstatter');
		// The imported version is what the new one replaces, not the bundled one beneath it.
		expect(plan.meetings[0]?.known).toMatchObject({ source_file: 'a.pdf', bundled: false });
	});

	it('keeps the first of two files with one meeting and names the second', () => {
		const plan = planImport(
			[found('a.pdf', 'h1'), found('a.docx', 'h2'), found('kopi.pdf', 'h1')],
			knownMeetings([], [])
		);
		expect(plan.meetings).toHaveLength(1);
		expect(plan.skipped).toEqual([
			{ file: 'a.docx', reason: `samme møde (${id}) som a.pdf: kun den første fil importeres` },
			{ file: 'kopi.pdf', reason: 'samme referat som a.pdf' }
		]);
	});
});
