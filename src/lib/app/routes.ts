/** The app's views, in menu order: the one list the navigation and the tests use. */
export const VIEWS = [
	{ path: '/', title: 'Oversigt' },
	{ path: '/sygefravaer', title: 'Sygefravær' },
	{ path: '/budgetaftale', title: 'Budgetaftale' },
	{ path: '/netvaerk', title: 'Netværk' },
	{ path: '/moeder', title: 'Møder' },
	{ path: '/import', title: 'Importér' }
] as const;

export type ViewPath = (typeof VIEWS)[number]['path'];

/** The anchor of an evidence span on its meeting page: `#e-<start>-<end>`. */
export function evidenceAnchor(start: number, end: number): string {
	return `e-${start}-${end}`;
}
