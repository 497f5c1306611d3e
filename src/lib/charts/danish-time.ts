/** d3 time formatting in Danish, from the one list of month names. */

import { timeFormatLocale } from 'd3';
import { MONTH_NAMES } from '../minutes/danish';

type Months = Parameters<typeof timeFormatLocale>[0]['months'];

const locale = timeFormatLocale({
	dateTime: '%A den %d %B %Y %X',
	date: '%d-%m-%Y',
	time: '%H:%M:%S',
	periods: ['AM', 'PM'],
	days: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'],
	shortDays: ['søn', 'man', 'tir', 'ons', 'tor', 'fre', 'lør'],
	months: [...MONTH_NAMES] as unknown as Months,
	shortMonths: MONTH_NAMES.map((m) => m.slice(0, 3)) as unknown as Months
});

/** A UTC tick label: the year at January, else the short month. */
export const timeTick = (d: Date): string =>
	d.getUTCMonth() === 0 ? locale.utcFormat('%Y')(d) : locale.utcFormat('%b')(d);
