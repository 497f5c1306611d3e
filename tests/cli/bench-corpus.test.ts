/** The benchmark's corpus: every variant of a referat is a meeting of its own. */

import { describe, expect, it } from 'vitest';
import { variant, type Source } from '../../src/cli/bench/corpus';
import { extractMinutes } from '../../src/lib/minutes/index';

const text =
	'Referat – Chefforum 15.09.2021\n\nREFERAT Chefforum d. 15-09-2021\n\nMødedato Onsdag d. 15. september 2021 kl. 09:00\n\nPunkt 1: CF - Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n';
const source: Source = {
	name: 'x.txt',
	encoding: 'utf8',
	text,
	header: { day: '15', month: '09', year: 2021 }
};

describe('benchmark corpus variants', () => {
	it('moves every copy of the header date, the running header in figures too, so variants are distinct meetings', () => {
		const a = variant(source, 10);
		const b = variant(source, 11);
		expect(a).not.toContain('15.09.');
		const ids = [a, b].map((t) => {
			const r = extractMinutes(t, 'x.txt');
			return r.ok ? r.meeting.meeting_id : r.reason;
		});
		expect(ids[0]).not.toEqual(ids[1]);
		expect(ids).toEqual(['1990-01-11-chefforum', '1990-01-12-chefforum']);
	});
});
