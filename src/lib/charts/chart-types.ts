/** The data a chart draws: named series of points and labelled reference values. */

export interface Series<T> {
	key: string;
	label: string;
	points: T[];
}

export interface Reference {
	key: string;
	label: string;
	values: { year: number; value: number }[];
}
