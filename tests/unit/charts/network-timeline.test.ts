import { describe, expect, it } from 'vitest';
import {
	milestones,
	networkSpans,
	toDate,
	type EventRow
} from '../../../src/lib/charts/network-timeline';

const ev = (over: Partial<EventRow>): EventRow => ({
	meeting_id: 'm',
	meeting_date: '2020-12-09',
	event: 'network_running',
	network: 'Unge i job',
	date: null,
	label: null,
	...over
});

describe('network time line', () => {
	it('reads a month as its first day', () => {
		expect(toDate('2013-09')?.toISOString()).toBe('2013-09-01T00:00:00.000Z');
		expect(toDate('2017-11-15')?.toISOString()).toBe('2017-11-15T00:00:00.000Z');
		expect(toDate('nonsense')).toBeNull();
	});

	it('spans a network from its first mention to its end, or leaves it open', () => {
		const spans = networkSpans([
			ev({ meeting_date: '2020-06-01', event: 'network_decided' }),
			ev({ meeting_date: '2020-12-09', event: 'network_extended', date: '2021-06-30' }),
			ev({ network: 'Ældre', meeting_date: '2021-03-01' })
		]);
		expect(
			spans.map((s) => [
				s.name,
				s.status,
				s.start.toISOString().slice(0, 10),
				s.end?.toISOString().slice(0, 10) ?? null
			])
		).toEqual([
			['Unge i job', 'forlænget', '2020-06-01', '2021-06-30'],
			['Ældre', 'i gang', '2021-03-01', null]
		]);
	});

	it('ends an extension "til december" at the end of that month, and leaves an undated one open', () => {
		const spans = networkSpans([
			ev({ meeting_date: '2019-03-12', event: 'network_extended', date: '2019-12' }),
			ev({
				network: 'Ældre',
				meeting_date: '2019-03-12',
				event: 'network_extended',
				date: '2019-03-12'
			})
		]);
		expect(spans.map((s) => [s.name, s.status, s.end?.toISOString().slice(0, 10) ?? null])).toEqual(
			[
				['Unge i job', 'forlænget', '2019-12-31'],
				['Ældre', 'forlænget', null]
			]
		);
	});

	it('ends a network at the meeting that says it ended, and keeps names apart from milestones', () => {
		const rows = [
			ev({ event: 'network_ended', meeting_date: '2021-01-10' }),
			ev({ event: 'milestone', network: null, date: '2021-03', label: 'Start' })
		];
		expect(networkSpans(rows)[0]).toMatchObject({ status: 'afsluttet' });
		expect(milestones(rows).map((m) => [m.monthOnly, m.row.label])).toEqual([[true, 'Start']]);
	});
});
