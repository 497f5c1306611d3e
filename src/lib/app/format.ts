/** Danish formats for everything the app shows: numbers, days, dates, colours, topics. */

import { MONTH_NAMES } from '../minutes/danish';
import type { Colour, KpiTopic, Measure } from '../minutes/schema';

const decimal = new Intl.NumberFormat('da-DK', {
	minimumFractionDigits: 1,
	maximumFractionDigits: 2
});
const signedDecimal = new Intl.NumberFormat('da-DK', {
	minimumFractionDigits: 1,
	maximumFractionDigits: 2,
	signDisplay: 'exceptZero'
});
const longDate = new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeZone: 'UTC' });

/** "6,5 dage", "1 dag"; a change with its sign: "+0,6 dage". */
export function days(value: number, signed = false): string {
	const text = (signed ? signedDecimal : decimal).format(value);
	return `${text} ${Math.abs(value) === 1 ? 'dag' : 'dage'}`;
}

/** "22. januar 2018" for a full date, "september 2013" for a month, the text as is otherwise. */
export function danishDate(iso: string): string {
	if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return longDate.format(new Date(`${iso}T00:00:00Z`));
	const m = /^(\d{4})-(\d{2})$/.exec(iso);
	if (m) return `${MONTH_NAMES[Number(m[2]) - 1]} ${m[1]}`;
	return iso;
}

export const MEASURE_NAMES: Record<Measure, string> = {
	total: 'Samlet sygefravær',
	short_term: 'Korttidsfravær',
	long_term: 'Langtidsfravær',
	child_sick: 'Barns 1. og 2. sygedag'
};

export const COLOUR_NAMES: Record<Colour, string> = { green: 'Grøn', yellow: 'Gul', red: 'Rød' };

export const TOPIC_NAMES: Record<KpiTopic, string> = {
	sick_leave: 'Sygefravær',
	budget_status: 'Budgetaftale',
	network: 'Netværk'
};

export const DIRECTION_NAMES = { up: 'stigende', down: 'faldende', flat: 'uændret' } as const;

// The user's own clock: when they imported or corrected something.
const dateTime = new Intl.DateTimeFormat('da-DK', { dateStyle: 'medium', timeStyle: 'short' });

/** "24. nov. 2026 03.18" for a stored ISO timestamp, in the machine's time zone. */
export function danishDateTime(iso: string): string {
	return dateTime.format(new Date(iso));
}

const wholeNumber = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 });

/** "12 kB", "3,4 MB": a file's or the storage's size. */
export function fileSize(bytes: number): string {
	return bytes < 1e6
		? `${wholeNumber.format(Math.max(1, bytes / 1e3))} kB`
		: `${oneDecimal.format(bytes / 1e6)} MB`;
}
