/**
 * Child process of `npm run bench`: the extraction library alone, in-process on one core, over
 * every file of a folder; then a baseline that only decodes and scans with one regex. Prints a
 * LibraryReport as JSON. Run with --expose-gc so the memory checkpoints are after a full GC.
 *
 * Timed per file: decodeBytes + extractMinutes (library) or decodeBytes + one regex (baseline).
 * Reading the file is timed separately and not included.
 */

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBytes, extractMinutes } from '../../lib/minutes/index';

export interface Checkpoint {
	/** Share of the files processed so far (0.25, 0.5, 1). */
	fraction: number;
	files: number;
	bytes: number;
	rss: number;
	heapUsed: number;
}

export interface PassTiming {
	readMs: number;
	workMs: number;
}

export interface LibraryReport {
	files: number;
	bytes: number;
	accepted: number;
	rejected: { file: string; reason: string }[];
	records: number;
	library: PassTiming;
	baseline: PassTiming & { matches: number };
	checkpoints: Checkpoint[];
	gcForced: boolean;
	/** process.resourceUsage().maxRSS after the library pass (before the baseline), in KB. */
	peakRssKb: number;
}

const CHECKPOINTS = [0.25, 0.5, 1];
const ITEM_HEADING = /Punkt \d+:/g;

function libraryPass(
	dir: string,
	names: readonly string[],
	gc: (() => void) | undefined
): Omit<LibraryReport, 'baseline' | 'peakRssKb' | 'gcForced'> {
	const timing: PassTiming = { readMs: 0, workMs: 0 };
	const checkpoints: Checkpoint[] = [];
	const rejected: LibraryReport['rejected'] = [];
	let bytes = 0;
	let accepted = 0;
	let records = 0;
	let next = 0;
	names.forEach((name, i) => {
		const t0 = performance.now();
		const data = readFileSync(join(dir, name));
		const t1 = performance.now();
		const r = extractMinutes(decodeBytes(data).text, name);
		timing.readMs += t1 - t0;
		timing.workMs += performance.now() - t1;
		bytes += data.length;
		if (r.ok) {
			accepted++;
			records += r.items.length + Object.values(r.records).reduce((n, rows) => n + rows.length, 0);
		} else {
			rejected.push({ file: name, reason: r.reason });
		}
		const fraction = CHECKPOINTS[next];
		if (fraction !== undefined && i + 1 >= Math.ceil(names.length * fraction)) {
			gc?.();
			const m = process.memoryUsage();
			checkpoints.push({ fraction, files: i + 1, bytes, rss: m.rss, heapUsed: m.heapUsed });
			next++;
		}
	});
	return { files: names.length, bytes, accepted, rejected, records, library: timing, checkpoints };
}

function baselinePass(dir: string, names: readonly string[]): LibraryReport['baseline'] {
	const timing = { readMs: 0, workMs: 0, matches: 0 };
	for (const name of names) {
		const t0 = performance.now();
		const data = readFileSync(join(dir, name));
		const t1 = performance.now();
		const text = decodeBytes(data).text;
		let n = 0;
		ITEM_HEADING.lastIndex = 0;
		while (ITEM_HEADING.exec(text) !== null) n++;
		timing.readMs += t1 - t0;
		timing.workMs += performance.now() - t1;
		timing.matches += n;
	}
	return timing;
}

function main(dir: string): LibraryReport {
	const gc = (globalThis as { gc?: () => void }).gc;
	const names = readdirSync(dir).sort();
	const lib = libraryPass(dir, names, gc);
	const peakRssKb = process.resourceUsage().maxRSS;
	const baseline = baselinePass(dir, names);
	return { ...lib, rejected: lib.rejected.slice(0, 5), baseline, gcForced: !!gc, peakRssKb };
}

const dir = process.argv[2];
if (!dir) {
	process.stderr.write('usage: library-run.ts <corpus dir>\n');
	process.exitCode = 2;
} else {
	process.stdout.write(`${JSON.stringify(main(dir))}\n`);
}
