import { describe, expect, it } from 'vitest';
import { meetingId } from '../../src/lib/minutes/meeting-id';

describe('meetingId', () => {
	it('joins the date and the forum slug', () => {
		expect(meetingId('2016-09-01', 'Chefforum')).toBe('2016-09-01-chefforum');
	});

	it('spells æ, ø and å as ae, oe and aa and joins words with a hyphen', () => {
		expect(meetingId('2014-02-21', 'Tværgående chefgruppe')).toBe(
			'2014-02-21-tvaergaaende-chefgruppe'
		);
		expect(meetingId('2020-01-08', 'Økonomi & Stab')).toBe('2020-01-08-oekonomi-stab');
	});

	it('drops accents and punctuation at the ends', () => {
		expect(meetingId('2020-01-08', ' Café-møde! ')).toBe('2020-01-08-cafe-moede');
	});

	it('falls back to "moede" when the forum has no letters or digits', () => {
		expect(meetingId('2020-01-08', '')).toBe('2020-01-08-moede');
		expect(meetingId('2020-01-08', '&&')).toBe('2020-01-08-moede');
	});
});
