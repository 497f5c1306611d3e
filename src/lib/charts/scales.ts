/** Chart maths kept out of the components: domains that survive empty, zero and NaN data. */

import { scaleLinear, type ScaleLinear } from 'd3';

/** A y scale from zero to a little above the largest finite value; [0, 1] when there is none. */
export function valueScale(
	values: readonly number[],
	range: [number, number]
): ScaleLinear<number, number> {
	const finite = values.filter((v) => Number.isFinite(v));
	const max = finite.length ? Math.max(...finite, 0) : 0;
	return scaleLinear()
		.domain([0, max > 0 ? max * 1.1 : 1])
		.nice()
		.range(range);
}

/** A y scale for changes, symmetric around zero so up and down read alike; ±0,5 at the least. */
export function changeScale(
	values: readonly number[],
	range: [number, number]
): ScaleLinear<number, number> {
	const finite = values.filter((v) => Number.isFinite(v)).map(Math.abs);
	const extent = Math.max(0.5, ...finite) * 1.15;
	return scaleLinear().domain([-extent, extent]).nice().range(range);
}

/** An x scale over whole years with half a year of room on each side. */
export function yearScale(
	years: readonly number[],
	range: [number, number]
): ScaleLinear<number, number> {
	const finite = years.filter((y) => Number.isFinite(y));
	if (finite.length === 0) return scaleLinear().domain([0, 1]).range(range);
	return scaleLinear()
		.domain([Math.min(...finite) - 0.5, Math.max(...finite) + 0.5])
		.range(range);
}

/** Whole-year ticks of an x domain. */
export function yearTicks(scale: ScaleLinear<number, number>): number[] {
	const [a, b] = scale.domain() as [number, number];
	const out: number[] = [];
	for (let y = Math.ceil(a); y <= Math.floor(b); y++) out.push(y);
	return out;
}

/** Split a series where a year is missing, so a line never bridges a gap. */
export function runs<P extends { year: number }>(points: readonly P[]): P[][] {
	const out: P[][] = [];
	for (const p of points) {
		const last = out[out.length - 1];
		const prev = last?.[last.length - 1];
		if (last && prev && p.year === prev.year + 1) last.push(p);
		else out.push([p]);
	}
	return out;
}
