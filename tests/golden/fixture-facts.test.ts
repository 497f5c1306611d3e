/**
 * Each fixture against its hand-written facts (tests/fixtures/minutes/*.facts.json): what a
 * careful reader finds in the text. Written from the text, not from the extractor's output.
 */

import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFixture, fixtures } from '../helpers/fixtures';

type Row = Record<string, unknown>;
interface Facts {
	referat: boolean;
	reason_contains?: string;
	meeting?: Row;
	items?: Row[];
	sick_leave?: Row[];
	sick_leave_targets?: Row[];
	budget_lines?: Row[];
	budget_reviews?: Row[];
	network_events?: Row[];
	tables?: Row[];
}

const norm = (v: unknown): unknown =>
	typeof v === 'string' ? v.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ') : v;

/** Does an extracted row carry every field the facts state (numbers to 0.05)? */
function matches(fact: Row, row: Row): boolean {
	return Object.entries(fact).every(([k, want]) => {
		const got = row[k];
		if (typeof want === 'number' && typeof got === 'number') return Math.abs(want - got) < 0.051;
		if (k === 'date' && typeof want === 'string' && typeof got === 'string') return got === want;
		return norm(got ?? null) === norm(want ?? null);
	});
}

function describeRow(r: Row): string {
	return JSON.stringify(
		Object.fromEntries(
			Object.entries(r).filter(([k]) => !k.startsWith('evidence') && k !== 'meeting_id')
		)
	);
}

for (const f of fixtures()) {
	const factsPath = f.path.replace(/\.(?:txt|md)$/, '.facts.json');
	if (!existsSync(factsPath)) continue;
	const facts = JSON.parse(readFileSync(factsPath, 'utf8')) as Facts;
	describe(f.name, () => {
		const result = extractFixture(f);
		if (!facts.referat) {
			it('is rejected as not a referat, with a Danish reason', () => {
				expect(result.ok).toBe(false);
				if (!result.ok && facts.reason_contains)
					expect(result.reason).toContain(facts.reason_contains);
			});
			return;
		}
		it('is read as a referat', () => {
			expect(result.ok ? 'ok' : result.reason).toBe('ok');
		});
		if (!result.ok) return;
		if (facts.meeting)
			it('has the meeting header', () => {
				expect(
					matches(facts.meeting as Row, result.meeting as Row),
					describeRow(result.meeting as Row)
				).toBe(true);
			});
		if (facts.items)
			it('has every agenda item', () => {
				expect(result.items.map((i) => describeRow(i))).toEqual(
					(facts.items as Row[]).map((want) => {
						const got = result.items.find((i) => i.number === want.number);
						return got && matches(want, got as Row) ? describeRow(got) : describeRow(want);
					})
				);
			});
		const complete = [
			'sick_leave',
			'sick_leave_targets',
			'budget_lines',
			'budget_reviews'
		] as const;
		for (const family of complete) {
			const want = facts[family];
			if (!want) continue;
			it(`has exactly the stated ${family}`, () => {
				const got = result.records[family] as unknown as Row[];
				const missing = want.filter((w) => !got.some((g) => matches(w, g))).map(describeRow);
				const extra = got.filter((g) => !want.some((w) => matches(w, g))).map(describeRow);
				expect({ missing, extra }).toEqual({ missing: [], extra: [] });
			});
		}
		if (facts.network_events) {
			const want = facts.network_events;
			it('finds every stated network event', () => {
				const got = result.records.network_events as unknown as Row[];
				const missing = want.filter((w) => !got.some((g) => matches(w, g))).map(describeRow);
				expect(missing).toEqual([]);
				if (want.length === 0) expect(got.map(describeRow)).toEqual([]);
			});
		}
		if (facts.tables) {
			const want = facts.tables;
			it('finds the stated table cells', () => {
				const got = result.records.tables as unknown as Row[];
				expect(want.filter((w) => !got.some((g) => matches(w, g))).map(describeRow)).toEqual([]);
				if (want.length === 0) expect(got.map(describeRow)).toEqual([]);
			});
		}
	});
}
