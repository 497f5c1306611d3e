/**
 * The extraction CLI end to end, as a user runs it: spawned on the corpus folder, timed, with
 * its CPU time (all threads) and peak RSS. CPU time / wall time tells whether it used both cores.
 */

import { runMeasured, type Run, type RusageMethod } from './measure';

export interface CliInvocation {
	label: string;
	command: string;
	args: string[];
	/** What the user asked for: default (null) or a fixed number of workers. */
	workers: number | null;
}

export interface CliRun extends CliInvocation {
	run: Run;
	ok: boolean;
	/** CPU time / wall time: ~1 for one core, ~2 for both. */
	cores: number | null;
	/** The CLI's own last words when it failed (first `fejl:` line or the last stderr line). */
	failure: string | null;
}

const EXTRACT = 'src/cli/extract.ts';

/** The documented invocation, its `npx tsx` alternative, and one thread for comparison. */
export function invocations(
	corpus: string,
	out: string
): Record<'node' | 'npx' | 'single', CliInvocation> {
	const cli = [EXTRACT, '--quiet', '--out', out, corpus];
	return {
		node: {
			label: 'node --import tsx src/cli/extract.ts --quiet --out <tmp> <corpus>',
			command: process.execPath,
			args: ['--import', 'tsx', ...cli],
			workers: null
		},
		npx: {
			label: 'npx tsx src/cli/extract.ts --quiet --out <tmp> <corpus>',
			command: 'npx',
			args: ['--no-install', 'tsx', ...cli],
			workers: null
		},
		single: {
			label: 'node --import tsx src/cli/extract.ts --workers 1 …',
			command: process.execPath,
			args: ['--import', 'tsx', EXTRACT, '--workers', '1', '--quiet', '--out', out, corpus],
			workers: 1
		}
	};
}

export function runCli(method: RusageMethod, root: string, inv: CliInvocation): CliRun {
	const run = runMeasured(method, inv.command, inv.args, { cwd: root, timeoutMs: 300_000 });
	const ok = run.status === 0;
	const lines = run.stderr.split('\n').filter((l) => l.trim() !== '');
	const failure = ok
		? null
		: run.timedOut
			? 'timed out after 300 s'
			: (lines.find((l) => l.startsWith('fejl:')) ??
				lines.find((l) => /afvist/.test(l)) ??
				lines[lines.length - 1] ??
				`exit ${run.status ?? run.signal}`);
	const cores = run.cpuMs === null ? null : run.cpuMs / run.wallMs;
	return { ...inv, run, ok, cores, failure };
}
