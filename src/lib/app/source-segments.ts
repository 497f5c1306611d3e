/**
 * The source text of a meeting cut into plain pieces and marked evidence, for showing it as text
 * (never as HTML): every evidence span becomes a mark with its anchor, every item start an
 * anchor `punkt-N`, and a closed item's text is left out but for its heading.
 */

import { evidenceAnchor } from './routes';

export interface Span {
	start: number;
	end: number;
}

export interface Segment {
	text: string;
	/** Anchors that start here (evidence ids and `punkt-N`). */
	anchors: string[];
	/** True for evidence text. */
	marked: boolean;
}

export function sourceSegments(
	source: string,
	evidence: Span[],
	items: { number: number; start: number; end: number; closed: boolean }[]
): Segment[] {
	// Merge overlapping spans: one mark, with every span's anchor at its start.
	const spans = [...evidence].sort((a, b) => a.start - b.start || b.end - a.end);
	const groups: { start: number; end: number; ids: string[] }[] = [];
	for (const s of spans) {
		const last = groups[groups.length - 1];
		const id = evidenceAnchor(s.start, s.end);
		if (last && s.start < last.end) {
			last.end = Math.max(last.end, s.end);
			if (!last.ids.includes(id)) last.ids.push(id);
		} else groups.push({ start: s.start, end: s.end, ids: [id] });
	}
	const closed = items.filter((i) => i.closed);
	const cuts = new Set<number>([0, source.length]);
	for (const g of groups) cuts.add(g.start).add(g.end);
	for (const i of items) cuts.add(i.start);
	for (const c of closed) cuts.add(c.end);
	const points = [...cuts].filter((p) => p >= 0 && p <= source.length).sort((a, b) => a - b);
	const segments: Segment[] = [];
	for (let k = 0; k < points.length - 1; k++) {
		const from = points[k] as number;
		const to = points[k + 1] as number;
		const anchors: string[] = [];
		const item = items.find((i) => i.start === from);
		if (item) anchors.push(`punkt-${item.number}`);
		const group = groups.find((g) => g.start <= from && from < g.end);
		if (group && group.start === from) anchors.push(...group.ids);
		const inClosed = closed.find((c) => c.start <= from && from < c.end);
		if (inClosed) {
			// Nothing of a closed item is shown beyond that it exists.
			if (from === inClosed.start)
				segments.push({
					text: `Punkt ${inClosed.number}: Lukket punkt\n\n`,
					anchors,
					marked: false
				});
			continue;
		}
		segments.push({ text: source.slice(from, to), anchors, marked: group !== undefined });
	}
	return segments;
}
