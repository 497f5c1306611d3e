/** The correction form's fields in Danish: each correctable column's label and its choices. */

import { EVENT_NAMES } from '../app/describe-record';
import { COLOUR_NAMES } from '../app/format';
import { CORRECTABLE, columnType, type Correction, type Family } from './correction';

const LABELS: Record<string, string> = {
	value: 'Værdi',
	period_label: 'Periode (som den skal stå)',
	period_start: 'Periodens første dag (ÅÅÅÅ-MM-DD)',
	period_end: 'Periodens sidste dag (ÅÅÅÅ-MM-DD)',
	colour: 'Farve',
	outcome: 'Udfald',
	event: 'Hændelse',
	network: 'Netværk',
	date: 'Dato (ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM)'
};

const OUTCOME_NAMES: Record<string, string> = {
	approved: 'godkendt',
	reviewed: 'gennemgået',
	discussed: 'drøftet',
	noted: 'taget til efterretning'
};

const CHOICE_NAMES: Record<string, Record<string, string>> = {
	colour: COLOUR_NAMES,
	event: EVENT_NAMES,
	outcome: OUTCOME_NAMES
};

export interface CorrectionField {
	column: string;
	label: string;
	/** Choices for a closed vocabulary ('' is "ikke angivet"); null for free input. */
	choices: { value: string; label: string }[] | null;
}

export function correctionFields(family: Family): CorrectionField[] {
	return CORRECTABLE[family].map((column: string) => {
		const t = columnType(family, column);
		const names = CHOICE_NAMES[column] ?? {};
		return {
			column,
			label: LABELS[column] ?? column,
			choices: Array.isArray(t)
				? [
						{ value: '', label: 'ikke angivet' },
						...t.map((v: string) => ({ value: v, label: names[v] ?? v }))
					]
				: null
		};
	});
}

/** A value as the form shows it (decimal comma for numbers). */
export function fieldText(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return String(value).replace('.', ',');
	return String(value);
}

/** What a correction changed, in Danish: "Værdi: 6,5" (the extracted values), or that it was wrong. */
export function describeCorrection(c: Correction): string {
	if (c.wrong) return 'markeret som forkert';
	return Object.entries(c.original)
		.map(([column, v]) => {
			const name = CHOICE_NAMES[column]?.[String(v)];
			const label = (LABELS[column] ?? column).replace(/ \(.*\)$/, '');
			return `${label}: ${v === null ? 'ikke angivet' : (name ?? fieldText(v))}`;
		})
		.join('; ');
}
