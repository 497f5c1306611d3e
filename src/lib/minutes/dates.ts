/** Dates written without a year ("15. november", "i marts") placed relative to the meeting. */

import { isoDate, isoMonth } from './danish';

/**
 * The ISO date (or month, when day is null) nearest the meeting: a January mentioned in a
 * November meeting is the next January, a June mentioned in a November meeting this June.
 */
export function resolveDayMonth(
	meetingDate: string,
	day: number | null,
	month: number,
	year: number | null,
	/**
	 * Which of two equally near dates: half a year away either way, the past one, or the coming
	 * one (a tidsplan plans ahead); 'after' takes the first on or after the meeting (an extension
	 * runs to a day still to come), 'before' the last on or before it (what was done).
	 */
	placement: 'past' | 'coming' | 'after' | 'before' = 'past'
): string | null {
	const meetingYear = Number(meetingDate.slice(0, 4));
	const meetingMonth = Number(meetingDate.slice(5, 7));
	let y = year;
	if (y === null && (placement === 'after' || placement === 'before')) {
		const meetingDay = Number(meetingDate.slice(8, 10));
		// A month without a day is neither past nor to come while the meeting is in it.
		const earlier = month < meetingMonth || (month === meetingMonth && (day ?? 31) < meetingDay);
		const later = month > meetingMonth || (month === meetingMonth && (day ?? 1) > meetingDay);
		y = placement === 'after' ? meetingYear + (earlier ? 1 : 0) : meetingYear - (later ? 1 : 0);
	} else if (y === null) {
		const diff = month - meetingMonth;
		const ahead = diff < -6 || (diff === -6 && placement === 'coming');
		y = ahead ? meetingYear + 1 : diff > 6 ? meetingYear - 1 : meetingYear;
	}
	return day === null ? isoMonth(y, month) : isoDate(y, month, day);
}

/**
 * A year-less date in a list of dates in order (a tidsplan): the first such date on or after
 * the row before ("26. oktober", then "18. januar" is the January after).
 */
export function resolveAfter(previous: string, day: number | null, month: number): string | null {
	const year = Number(previous.slice(0, 4));
	const prevMonth = Number(previous.slice(5, 7));
	const prevDay = previous.length > 7 ? Number(previous.slice(8, 10)) : null;
	const earlier =
		month < prevMonth || (month === prevMonth && day !== null && prevDay !== null && day < prevDay);
	const y = earlier ? year + 1 : year;
	return day === null ? isoMonth(y, month) : isoDate(y, month, day);
}
