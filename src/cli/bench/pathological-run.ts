/**
 * Child process of `npm run bench`: one pathological input through extractMinutes, at half and
 * at full size (after a small warm-up), so a case that never ends can be killed by the parent.
 * Prints a PathologicalReport as JSON.
 */

import { extractMinutes } from '../../lib/minutes/index';
import { CASES, pathologicalInput, REFERAT_HEADER, type Wrapper } from './pathological';

export interface PathologicalReport {
	bytes: number;
	halfMs: number;
	fullMs: number;
	ok: boolean;
	/** Agenda items found (0 when the input was rejected). */
	items: number;
	reason: string | null;
}

function timed(text: string): { ms: number; r: ReturnType<typeof extractMinutes> } {
	const t0 = performance.now();
	const r = extractMinutes(text, 'pathological.txt');
	return { ms: performance.now() - t0, r };
}

function main(caseId: string, wrapper: Wrapper): PathologicalReport | string {
	const c = CASES.find((x) => x.id === caseId);
	if (!c || !c.wrappers.includes(wrapper)) return `unknown case ${caseId}/${wrapper}`;
	// Warm-up: compile the regexes and the hot paths on a small ordinary referat.
	timed(`${REFERAT_HEADER}Punkt 1: CF - Sygefravær 2018\n\nSygefraværet er 6,5 dage.\n`);
	const half = timed(pathologicalInput(c, wrapper, 0.5));
	const text = pathologicalInput(c, wrapper, 1);
	const full = timed(text);
	return {
		bytes: Buffer.byteLength(text),
		halfMs: half.ms,
		fullMs: full.ms,
		ok: full.r.ok,
		items: full.r.ok ? full.r.items.length : 0,
		reason: full.r.ok ? null : full.r.reason
	};
}

const result = main(process.argv[2] ?? '', (process.argv[3] ?? '') as Wrapper);
if (typeof result === 'string') {
	process.stderr.write(`${result}\n`);
	process.exitCode = 2;
} else {
	process.stdout.write(`${JSON.stringify(result)}\n`);
}
