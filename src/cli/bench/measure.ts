/**
 * Running a child process and measuring it: wall time, CPU time (all threads) and peak RSS.
 * Peak RSS and CPU come from GNU `/usr/bin/time -v` when it is installed, otherwise from
 * `process.resourceUsage()` written by every Node process of the run as it exits.
 */

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';

export type RusageMethod = 'gnu-time' | 'resource-usage';

export const RUSAGE_DESCRIPTION: Record<RusageMethod, string> = {
	'gnu-time': 'GNU /usr/bin/time -v (Maximum resident set size; user + system CPU time)',
	'resource-usage':
		'process.resourceUsage() of each Node process, written on exit (NODE_OPTIONS --import)'
};

/** Busy (non-idle) CPU time of the whole machine so far, all cores, in ms. */
export function machineBusyMs(): number {
	return cpus().reduce(
		(sum, c) => sum + c.times.user + c.times.nice + c.times.sys + c.times.irq,
		0
	);
}

/** Share of the machine's cores busy over `ms` milliseconds (0–1), e.g. before the benchmark. */
export function machineBusyShare(ms: number): number {
	const before = machineBusyMs();
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms); // sleep, using no CPU
	return (machineBusyMs() - before) / (ms * cpus().length);
}

export interface Run {
	status: number | null;
	signal: string | null;
	timedOut: boolean;
	wallMs: number;
	/** User + system CPU time of every thread (null when it could not be measured). */
	cpuMs: number | null;
	maxRssKb: number | null;
	/** CPU time other processes used during the run (machine busy time − cpuMs). */
	othersCpuMs: number | null;
	stdout: string;
	stderr: string;
}

export interface RunOptions {
	cwd: string;
	timeoutMs: number;
	env?: NodeJS.ProcessEnv;
}

const GNU_TIME = '/usr/bin/time';

/**
 * GNU time if `/usr/bin/time -v` works here, else the resourceUsage() fallback
 * (BENCH_RUSAGE=resource-usage forces the fallback).
 */
export function detectRusageMethod(): RusageMethod {
	if (process.env.BENCH_RUSAGE === 'resource-usage' || !existsSync(GNU_TIME))
		return 'resource-usage';
	const dir = mkdtempSync(join(tmpdir(), 'moedespor-time-'));
	try {
		const out = join(dir, 'time.txt');
		const r = spawnSync(GNU_TIME, ['-v', '-o', out, process.execPath, '-e', '0']);
		return r.status === 0 && parseGnuTime(readFileSync(out, 'utf8'))
			? 'gnu-time'
			: 'resource-usage';
	} catch {
		return 'resource-usage';
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

function parseGnuTime(report: string): { cpuMs: number; maxRssKb: number } | null {
	const field = (name: string): number | null => {
		const line = report.split('\n').find((l) => l.trimStart().startsWith(`${name}:`));
		return line === undefined ? null : Number(line.slice(line.lastIndexOf(':') + 1));
	};
	const user = field('User time (seconds)');
	const system = field('System time (seconds)');
	const rss = field('Maximum resident set size (kbytes)');
	if (user === null || system === null || rss === null) return null;
	return { cpuMs: (user + system) * 1000, maxRssKb: rss };
}

/** Preload for the fallback: the main thread of each Node process writes its resource usage. */
function resourceUsagePreload(dir: string): string {
	const code =
		`import{isMainThread}from'node:worker_threads';import{writeFileSync}from'node:fs';` +
		`if(isMainThread)process.on('exit',()=>writeFileSync(${JSON.stringify(dir)}+'/'+process.pid+'.json',` +
		`JSON.stringify(process.resourceUsage())));`;
	return `--import=data:text/javascript,${encodeURIComponent(code)}`;
}

function readResourceUsage(dir: string): { cpuMs: number; maxRssKb: number } | null {
	const usages = readdirSync(dir).map(
		(f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as NodeJS.ResourceUsage
	);
	if (usages.length === 0) return null;
	return {
		// Every process of the run (a launcher such as npx and the node it starts): CPU adds up,
		// the peak is the largest single process, as with GNU time.
		cpuMs: usages.reduce((s, u) => s + (u.userCPUTime + u.systemCPUTime) / 1000, 0),
		maxRssKb: Math.max(...usages.map((u) => u.maxRSS))
	};
}

/** Run `command args…` to completion and measure it. */
export function runMeasured(
	method: RusageMethod,
	command: string,
	args: readonly string[],
	opts: RunOptions
): Run {
	const dir = mkdtempSync(join(tmpdir(), 'moedespor-rusage-'));
	try {
		const timeFile = join(dir, 'time.txt');
		const usageDir = join(dir, 'usage');
		let file = command;
		let argv = [...args];
		let env = { ...process.env, ...opts.env };
		if (method === 'gnu-time') {
			file = GNU_TIME;
			argv = ['-v', '-o', timeFile, command, ...args];
		} else {
			mkdirSync(usageDir);
			const preload = resourceUsagePreload(usageDir);
			env = { ...env, NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} ${preload}`.trim() };
		}
		const busy0 = machineBusyMs();
		const t0 = performance.now();
		const r = spawnSync(file, argv, {
			cwd: opts.cwd,
			env,
			encoding: 'utf8',
			timeout: opts.timeoutMs,
			maxBuffer: 256 * 1024 * 1024
		});
		const wallMs = performance.now() - t0;
		const busyMs = machineBusyMs() - busy0;
		let usage: { cpuMs: number; maxRssKb: number } | null = null;
		try {
			usage =
				method === 'gnu-time'
					? parseGnuTime(readFileSync(timeFile, 'utf8'))
					: readResourceUsage(usageDir);
		} catch {
			usage = null;
		}
		return {
			status: r.status,
			signal: r.signal,
			timedOut: r.error !== undefined && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT',
			wallMs,
			cpuMs: usage?.cpuMs ?? null,
			maxRssKb: usage?.maxRssKb ?? null,
			othersCpuMs: usage ? Math.max(0, busyMs - usage.cpuMs) : null,
			stdout: r.stdout ?? '',
			stderr: r.stderr ?? ''
		};
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** Run a Node script without measuring it, with a time limit (for the in-process benchmarks). */
export function runNode(
	args: readonly string[],
	opts: RunOptions
): { stdout: string; stderr: string; status: number | null; timedOut: boolean; wallMs: number } {
	const t0 = performance.now();
	const r = spawnSync(process.execPath, args, {
		cwd: opts.cwd,
		env: { ...process.env, ...opts.env },
		encoding: 'utf8',
		timeout: opts.timeoutMs,
		maxBuffer: 64 * 1024 * 1024
	});
	return {
		stdout: r.stdout ?? '',
		stderr: r.stderr ?? '',
		status: r.status,
		timedOut: r.error !== undefined && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT',
		wallMs: performance.now() - t0
	};
}
