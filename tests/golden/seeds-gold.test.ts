/**
 * The five seed referater against ../shared/gold/seeds.json, field by field: every meeting and
 * agenda-item field, every sick-leave figure (core, hard and derived) and no sick-leave row the
 * gold does not have, budget colours, network names and milestones, targets and table cells.
 */

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainDocumentText } from '../../src/lib/documents/document-text';
import { extractMinutes, type Extraction } from '../../src/lib/minutes/index';
import { SHARED, SKIP_MESSAGE } from '../helpers/shared';

type Ok = Extract<Extraction, { ok: true }>;
interface GoldItem {
	number: number;
	title: string;
	prefix: string | null;
	case_number: string | null;
	closed: boolean;
	kpi_topic: string | null;
}
interface Gold {
	meetings: (Record<string, string> & { source_file: string; items: GoldItem[] })[];
	sick_leave: Record<string, unknown>[];
	sick_leave_targets: Record<string, string>[];
	budget_lines: Record<string, unknown>[];
	network: {
		named_networks: { source_file: string; name: string }[];
		milestones: { source_file: string; date: string }[];
	};
	tables: { source_file: string; header: string[]; rows: (string | number | null)[][] }[];
}

const norm = (s: unknown): string =>
	String(s ?? '')
		.normalize('NFC')
		.replace(/[–—]/g, '-')
		.trim()
		.toLowerCase();
const scopeNorm = (s: unknown): string => (norm(s) === 'albertslund kommune' ? '' : norm(s));

if (!SHARED) {
	describe.skip(`seeds against the gold (${SKIP_MESSAGE})`, () => {
		it('needs ../shared', () => {});
	});
} else {
	const shared = SHARED;
	const gold = JSON.parse(readFileSync(join(shared, 'gold', 'seeds.json'), 'utf8')) as Gold;
	const results = new Map<string, Ok>();
	for (const f of readdirSync(join(shared, 'seeds')).sort()) {
		const doc = plainDocumentText(f, readFileSync(join(shared, 'seeds', f)));
		const r = doc.ok ? extractMinutes(doc.text, f) : null;
		if (r?.ok) results.set(f, r);
	}
	const of = (file: string): Ok => {
		const r = results.get(file);
		if (!r) throw new Error(`${file} was not read as a referat`);
		return r;
	};

	describe('seeds against ../shared/gold/seeds.json', () => {
		for (const gm of gold.meetings) {
			it(`${gm.source_file}: meeting header and every agenda item`, () => {
				const r = of(gm.source_file);
				expect({
					date: r.meeting.date,
					start_time: r.meeting.start_time,
					location: r.meeting.location,
					id: r.meeting.meeting_id
				}).toEqual({
					date: gm.date,
					start_time: gm.start_time,
					location: gm.location,
					id: gm.meeting_id
				});
				const got = r.items.map((i) => ({
					number: i.number,
					title: i.title,
					prefix: i.prefix,
					case_number: i.case_number,
					closed: i.closed,
					kpi_topic: i.kpi_topic
				}));
				const want = gm.items.map((i) => {
					const g = got.find((x) => x.number === i.number);
					// "network?" accepts network or none.
					const topic =
						i.kpi_topic === 'network?'
							? g?.kpi_topic === 'network'
								? 'network'
								: null
							: i.kpi_topic;
					return { ...i, kpi_topic: topic };
				});
				expect(got).toEqual(want);
			});
		}

		it('finds every sick-leave figure in the gold (core, hard and derived) and no other stated one', () => {
			const rows = [...results.values()].flatMap((r) =>
				r.records.sick_leave.map((x) => ({ ...x, file: r.meeting.source_file as string }))
			);
			const used = new Set<object>();
			const missing: string[] = [];
			for (const g of gold.sick_leave) {
				const hit = rows.find(
					(r) =>
						!used.has(r) &&
						r.file === g.source_file &&
						scopeNorm(r.scope) === scopeNorm(g.scope) &&
						r.period_start === g.period_start &&
						r.period_end === g.period_end &&
						r.measure === g.measure &&
						r.kind === g.kind &&
						r.derived === g.derived &&
						(g.value === null
							? r.direction === g.direction
							: r.value !== null && Math.abs(r.value - (g.value as number)) < 0.051)
				);
				if (hit) used.add(hit);
				else missing.push(JSON.stringify(g));
			}
			const extra = rows
				.filter((r) => !used.has(r) && !r.derived)
				.map(
					(r) =>
						`${r.file}: ${r.scope} ${r.period_label} ${r.measure} ${r.kind} ${r.value} — ${r.evidence}`
				);
			expect({ missing, extra }).toEqual({ missing: [], extra: [] });
		});

		it('states the sick-leave target of the minutes', () => {
			for (const g of gold.sick_leave_targets) {
				const r = of(g.source_file as string);
				expect(
					r.records.sick_leave_targets.map((t) => [t.scope, t.measure, t.target, t.rule])
				).toContainEqual(['Albertslund Kommune', g.measure, g.target, g.rule]);
			}
		});

		it('gives every budget line its colour, previous colour and agreement year', () => {
			const want = gold.budget_lines.map((g) => [
				g.source_file,
				g.line,
				g.colour,
				g.previous_colour,
				g.agreement_year
			]);
			const got = gold.budget_lines.map((g) => {
				const l = of(g.source_file as string).records.budget_lines.find((x) => x.line === g.line);
				return [
					g.source_file,
					l?.line,
					l?.colour ?? null,
					l?.previous_colour ?? null,
					l?.agreement_year
				];
			});
			expect(got).toEqual(want);
			const lineCount = [...results.values()].reduce(
				(n, r) => n + r.records.budget_lines.length,
				0
			);
			expect(lineCount).toBe(gold.budget_lines.length);
		});

		it('names every network and dates every milestone in the gold', () => {
			const names = gold.network.named_networks.filter(
				(g) =>
					!of(g.source_file).records.network_events.some((e) => norm(e.network) === norm(g.name))
			);
			const milestones = gold.network.milestones.filter(
				(g) =>
					!of(g.source_file).records.network_events.some(
						(e) => e.event === 'milestone' && (e.date ?? '').startsWith(g.date)
					)
			);
			expect({ names, milestones }).toEqual({ names: [], milestones: [] });
		});

		it('captures every cell of the tables in the gold', () => {
			const missing: string[] = [];
			for (const t of gold.tables) {
				const cells = of(t.source_file).records.tables;
				for (const row of t.rows)
					row.slice(1).forEach((v, c) => {
						if (v === null) return;
						const hit = cells.find(
							(x) =>
								norm(x.row_label) === norm(row[0]) &&
								x.column_label === t.header[c + 1] &&
								Number(x.value) === v
						);
						if (!hit) missing.push(`${row[0]} × ${t.header[c + 1]} = ${v}`);
					});
			}
			expect(missing).toEqual([]);
		});
	});
}
