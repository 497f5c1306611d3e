/**
 * The network organisation on a time line: each named network as a span from when it was decided
 * or first seen running to when it ended or was extended to (open-ended when unknown), and the
 * dated milestones of the theme processes.
 */

export interface EventRow {
	meeting_id: string;
	meeting_date: string;
	event: string;
	network: string | null;
	date: string | null;
	label: string | null;
}

export interface NetworkSpan<R> {
	name: string;
	start: Date;
	end: Date | null;
	/** The last meeting that mentions the network: as far as the minutes show it. */
	lastSeen: Date;
	status: 'besluttet' | 'i gang' | 'afsluttet' | 'forlænget';
	events: R[];
}

export interface Milestone<R> {
	date: Date;
	monthOnly: boolean;
	row: R;
}

/** An ISO date or month as a UTC date (a month is its first day). */
export function toDate(iso: string): Date | null {
	const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
	return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? 1))) : null;
}

/** The last day a date stands for: a month ("2019-12") lasts to its last day. */
function endOf(iso: string): Date | null {
	const d = toDate(iso);
	if (!d || iso.length !== 7) return d;
	return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
}

export function networkSpans<R extends EventRow>(rows: readonly R[]): NetworkSpan<R>[] {
	const byName = new Map<string, R[]>();
	for (const r of rows) {
		if (!r.network || !r.event.startsWith('network_')) continue;
		const key = r.network.toLowerCase();
		byName.set(key, [...(byName.get(key) ?? []), r]);
	}
	const spans: NetworkSpan<R>[] = [];
	for (const events of byName.values()) {
		const dates = events.map((e) => toDate(e.meeting_date)).filter((d): d is Date => d !== null);
		if (dates.length === 0) continue;
		const start = new Date(Math.min(...dates.map((d) => d.getTime())));
		const ended = events.find((e) => e.event === 'network_ended');
		const extended = events.find((e) => e.event === 'network_extended');
		// Extended "til december 2019" ends then; extended with no date stays open. An extension
		// dated only by its meeting says when it was decided, not how long it runs.
		const extendedTo = events.find(
			(e) => e.event === 'network_extended' && e.date !== null && e.date > e.meeting_date
		);
		const end = ended
			? toDate(ended.meeting_date)
			: extendedTo?.date
				? endOf(extendedTo.date)
				: null;
		const status = ended
			? 'afsluttet'
			: extended
				? 'forlænget'
				: events.some((e) => e.event === 'network_running')
					? 'i gang'
					: 'besluttet';
		const lastSeen = new Date(Math.max(...dates.map((d) => d.getTime())));
		spans.push({ name: (events[0] as R).network as string, start, end, lastSeen, status, events });
	}
	return spans.sort(
		(a, b) => a.start.getTime() - b.start.getTime() || a.name.localeCompare(b.name, 'da')
	);
}

export function milestones<R extends EventRow>(rows: readonly R[]): Milestone<R>[] {
	return rows
		.filter((r) => r.event === 'milestone' && r.date)
		.map((row) => ({
			date: toDate(row.date as string) as Date,
			monthOnly: (row.date as string).length === 7,
			row
		}))
		.filter((m) => m.date !== null)
		.sort((a, b) => a.date.getTime() - b.date.getTime());
}
