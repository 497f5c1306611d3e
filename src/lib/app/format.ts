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
