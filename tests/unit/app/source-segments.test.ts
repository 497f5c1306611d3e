import { describe, expect, it } from 'vitest';
import { sourceSegments } from '../../../src/lib/app/source-segments';

const SOURCE = 'Punkt 1: A\nTal 6,5 dage.\nPunkt 2: Lukket\n12/345\nPunkt 3: B\nSlut.';

describe('source segments', () => {
	it('gives back the text unchanged, with evidence marked and items anchored', () => {
		const start = SOURCE.indexOf('Tal');
		const segs = sourceSegments(
			SOURCE,
			[{ start, end: start + 13 }],
			[
				{ number: 1, start: 0, end: SOURCE.indexOf('Punkt 2'), closed: false },
				{ number: 3, start: SOURCE.indexOf('Punkt 3'), end: SOURCE.length, closed: false }
			]
		);
		expect(segs.map((s) => s.text).join('')).toBe(SOURCE);
		expect(segs.find((s) => s.marked)).toMatchObject({
			text: 'Tal 6,5 dage.',
			anchors: [`e-${start}-${start + 13}`]
		});
		expect(segs[0]?.anchors).toEqual(['punkt-1']);
	});

	it('leaves out a closed item but for its heading', () => {
		const from = SOURCE.indexOf('Punkt 2');
		const to = SOURCE.indexOf('Punkt 3');
		const text = sourceSegments(SOURCE, [], [{ number: 2, start: from, end: to, closed: true }])
			.map((s) => s.text)
			.join('');
		expect(text).toContain('Punkt 2: Lukket punkt');
		expect(text).not.toContain('12/345');
	});

	it('merges overlapping evidence into one mark that carries every anchor', () => {
		const segs = sourceSegments(
			SOURCE,
			[
				{ start: 11, end: 20 },
				{ start: 15, end: 24 }
			],
			[]
		);
		const marks = segs.filter((s) => s.marked);
		expect(marks).toHaveLength(1);
		expect(marks[0]?.anchors).toEqual(['e-11-20', 'e-15-24']);
	});
});
