/**
 * `npm run bench [-- --mb <n>]`: throughput, memory and pathological-input timings of the
 * extraction CLI and library, on a generated corpus of ≥ 100 MB of minutes in a temporary
 * folder (removed at the end). A benchmark, not a test: it exits 0 and prints MISSED beside
 * every goal it misses.
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { invocations, runCli, type CliRun } from './bench/cli-runs';
import { loadSources, writeCorpus, type Corpus } from './bench/corpus';
import type { LibraryReport } from './bench/library-run';
import { detectRusageMethod, machineBusyShare, runNode, RUSAGE_DESCRIPTION } from './bench/measure';
import { CASES, WRAPPER_LABELS } from './bench/pathological';
import type { PathologicalReport } from './bench/pathological-run';
import { bytesToMb, fixed, formatTable, kbToMb, mbPerS, verdict } from './bench/table';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LIBRARY_RUN = 'src/cli/bench/library-run.ts';
const PATHOLOGICAL_RUN = 'src/cli/bench/pathological-run.ts';

const GOAL_MB_PER_S = 50;
const GOAL_BASELINE_RATIO = 5;
/** CPU time / wall time above which the CLI counts as using both cores. */
const BOTH_CORES = 1.5;
/** Heap growth (after GC) from 25 % to 100 % of the files still counted as flat. */
const FLAT_HEAP_BYTES = 4 * 1024 * 1024;
const SLOW_MS = 1000;
/** Size of the corpus made from the real referater alone. */
const REAL_MINUTES_BYTES = 30 * 1024 * 1024;
const PATHOLOGICAL_TIMEOUT_MS = 30_000;

const out = (s = ''): void => {
	process.stdout.write(`${s}\n`);
};

function parseArgs(argv: readonly string[]): { minBytes: number } | string {
	let mib = 100;
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--mb') mib = Number(argv[++i]);
		else if (a === '--help' || a === '-h') return 'usage';
		else return `unknown argument: ${a}`;
	}
	if (!(mib > 0)) return '--mb needs a positive number';
	return { minBytes: mib * 1024 * 1024 };
}

function corpusSection(tmp: string, minBytes: number): Corpus {
	const t0 = performance.now();
	const { sources, skipped } = loadSources([
		join(ROOT, 'tests/fixtures/minutes'),
		join(ROOT, 'data/minutes')
	]);
	const corpus = writeCorpus(join(tmp, 'corpus'), sources, minBytes);
	const md = sources.filter((s) => s.name.endsWith('.md')).length;
	const cp1252 = sources.filter((s) => s.encoding === 'latin1').length;
	out(
		`Corpus: ${corpus.files} files, ${bytesToMb(corpus.bytes)} MB, generated in ` +
			`${fixed((performance.now() - t0) / 1000)} s from ${sources.length} referater ` +
			`(${md} .md, ${sources.length - md} .txt, ${cp1252} Windows-1252 kept as bytes); ` +
			`one meeting date per file, years shifted, decimal figures perturbed.`
	);
	out(
		`Skipped (not referater, or without a "REFERAT … d. DD-MM-YYYY" header whose date the corpus can vary): ${skipped.join(', ') || 'none'}.`
	);
	return corpus;
}

function cliSection(corpus: Corpus, tmp: string): { defaultRun: CliRun; bothCores: boolean } {
	const method = detectRusageMethod();
	out('\n1. CLI end to end (wall time includes Node start-up and tsx compilation)');
	out(`   Peak RSS and CPU time measured with ${RUSAGE_DESCRIPTION[method]}.`);
	out("   CPU: the CLI's CPU time / wall time (100 % = one core); other procs: the same for the");
	out('   rest of the machine during the run (from os.cpus()), which competes for the cores.');
	const inv = invocations(corpus.dir, join(tmp, 'out'));
	const runs: CliRun[] = [runCli(method, ROOT, inv.node)];
	// The documented invocation failed: try the alternative before giving up on the CLI.
	if (!runs[0]?.ok) runs.push(runCli(method, ROOT, inv.npx));
	runs.push(runCli(method, ROOT, inv.single));

	const rows = runs.map((r) => [
		r.label,
		r.workers === null ? 'default' : String(r.workers),
		fixed(r.run.wallMs / 1000),
		r.ok ? fixed(mbPerS(corpus.bytes, r.run.wallMs)) : '-',
		r.cores === null ? '?' : `${fixed(r.cores * 100, 0)} %`,
		r.run.maxRssKb === null ? '?' : kbToMb(r.run.maxRssKb),
		r.run.othersCpuMs === null ? '?' : `${fixed((r.run.othersCpuMs / r.run.wallMs) * 100, 0)} %`,
		r.ok ? 'ok' : `FAILED (exit ${r.run.status ?? r.run.signal})`
	]);
	out(
		formatTable(
			['invocation', 'workers', 'wall s', 'MB/s', 'CPU', 'peak RSS MB', 'other procs', 'result'],
			rows,
			['left', 'right', 'right', 'right', 'right', 'right', 'right', 'left']
		)
	);
	for (const r of runs.filter((x) => !x.ok)) out(`   ${r.label.split(' src/')[0]}: ${r.failure}`);

	const defaultRun = runs[0] as CliRun;
	const bothCores = defaultRun.ok && (defaultRun.cores ?? 0) >= BOTH_CORES;
	const parallel = runs.find((r) => r.ok && r.workers === null);
	const single = runs.find((r) => r.ok && r.workers === 1);
	out(
		`   Goal: CLI uses both cores with default options (CPU ≥ ${BOTH_CORES * 100} %): ` +
			`${defaultRun.ok ? `${fixed((defaultRun.cores ?? 0) * 100, 0)} %` : 'the run failed'} ` +
			`→ ${verdict(bothCores)}`
	);
	if (parallel && single)
		out(
			`   Speed-up of the parallel run over --workers 1: ` +
				`×${fixed(single.run.wallMs / parallel.run.wallMs, 2)}`
		);
	return { defaultRun, bothCores };
}

function librarySection(corpus: Corpus): LibraryReport | null {
	out('\n2.–3. Library in-process on one core, and a decode + one-regex baseline');
	const r = runNode(['--expose-gc', '--import', 'tsx', LIBRARY_RUN, corpus.dir], {
		cwd: ROOT,
		timeoutMs: 600_000
	});
	if (r.status !== 0) {
		out(`   FAILED (exit ${r.status}${r.timedOut ? ', timed out' : ''}): ${r.stderr.trim()}`);
		return null;
	}
	const rep = JSON.parse(r.stdout) as LibraryReport;
	const lib = mbPerS(rep.bytes, rep.library.workMs);
	const base = mbPerS(rep.bytes, rep.baseline.workMs);
	const ratio = rep.library.workMs / rep.baseline.workMs;
	out(
		'   Timed per file: decodeBytes + extractMinutes (library) or decodeBytes + count of' +
			' /Punkt \\d+:/g (baseline). Reading the files is timed apart and not included.'
	);
	out(
		formatTable(
			['pass', 'seconds', 'MB/s', 'goal', 'status'],
			[
				[
					'library (decode + extractMinutes)',
					fixed(rep.library.workMs / 1000, 2),
					fixed(lib),
					`≥ ${GOAL_MB_PER_S} MB/s per core`,
					verdict(lib >= GOAL_MB_PER_S)
				],
				[
					'baseline (decode + one regex)',
					fixed(rep.baseline.workMs / 1000, 2),
					fixed(base),
					'',
					''
				],
				[
					'library / baseline time',
					'',
					`×${fixed(ratio)}`,
					`≤ ×${GOAL_BASELINE_RATIO}`,
					verdict(ratio <= GOAL_BASELINE_RATIO)
				],
				['file reading (excluded)', fixed(rep.library.readMs / 1000, 2), '', '', '']
			],
			['left', 'right', 'right', 'left', 'left']
		)
	);
	const rejected = rep.files - rep.accepted;
	out(
		`   ${rep.accepted}/${rep.files} files read as referater, ${rep.records} rows extracted, ` +
			`${rep.baseline.matches} item headings counted by the baseline.`
	);
	if (rejected > 0)
		out(
			`   WARNING: ${rejected} corpus files rejected, e.g. ${rep.rejected
				.map((x) => `${x.file}: ${x.reason}`)
				.join('; ')}`
		);
	return rep;
}

/**
 * The same library pass on variants of the real referater alone: the fixtures are written to
 * exercise KPI phrasing, so they carry far more KPI prose per byte than real minutes do.
 */
function realMinutesLine(tmp: string, minBytes: number): void {
	const { sources } = loadSources([join(ROOT, 'data/minutes')]);
	const corpus = writeCorpus(join(tmp, 'real'), sources, minBytes);
	const r = runNode(['--import', 'tsx', LIBRARY_RUN, corpus.dir], {
		cwd: ROOT,
		timeoutMs: 600_000
	});
	if (r.status !== 0) {
		out(`   Real referater alone: FAILED (exit ${r.status}): ${r.stderr.trim()}`);
		return;
	}
	const rep = JSON.parse(r.stdout) as LibraryReport;
	out(
		`   The same pass on variants of the ${sources.length} real referater in data/minutes alone ` +
			`(${bytesToMb(rep.bytes)} MB, less KPI prose per byte than the fixtures): ` +
			`${fixed(mbPerS(rep.bytes, rep.library.workMs))} MB/s, ` +
			`×${fixed(rep.library.workMs / rep.baseline.workMs)} the baseline.`
	);
}

function memorySection(rep: LibraryReport): boolean {
	out('\n4. Memory of the in-process library run');
	out(
		`   Peak RSS (process.resourceUsage().maxRSS after the library pass): ${kbToMb(rep.peakRssKb)} MB.`
	);
	out(
		`   process.memoryUsage() at each checkpoint, ${rep.gcForced ? 'after a forced GC (--expose-gc)' : 'without a forced GC'}:`
	);
	out(
		formatTable(
			['files done', 'files', 'MB read', 'RSS MB', 'heap used MB'],
			rep.checkpoints.map((c) => [
				`${c.fraction * 100} %`,
				String(c.files),
				bytesToMb(c.bytes),
				bytesToMb(c.rss),
				bytesToMb(c.heapUsed)
			]),
			['right', 'right', 'right', 'right', 'right']
		)
	);
	const first = rep.checkpoints[0];
	const last = rep.checkpoints[rep.checkpoints.length - 1];
	const growth = first && last ? last.heapUsed - first.heapUsed : Infinity;
	const flat = growth <= FLAT_HEAP_BYTES;
	out(
		`   Goal: memory flat (heap after GC grows ≤ ${bytesToMb(FLAT_HEAP_BYTES)} MB from 25 % to` +
			` 100 %): ${growth === Infinity ? '?' : `${growth >= 0 ? '+' : ''}${bytesToMb(growth)} MB`}` +
			` → ${verdict(flat)}`
	);
	return flat;
}

function pathologicalSection(): boolean {
	out('\n5. Pathological inputs through extractMinutes (each in its own process, after a warm-up)');
	out(
		'   "in": the payload alone, or as the body of item 2 of a referat with that KPI topic.' +
			' t(n)/t(n/2) ≈ 2 is linear, ≈ 4 quadratic (shown from 50 ms up).'
	);
	const rows: string[][] = [];
	let allFast = true;
	for (const c of CASES) {
		for (const w of c.wrappers) {
			const r = runNode(['--import', 'tsx', PATHOLOGICAL_RUN, c.id, w], {
				cwd: ROOT,
				timeoutMs: PATHOLOGICAL_TIMEOUT_MS
			});
			if (r.status !== 0) {
				allFast = false;
				const why = r.timedOut
					? `> ${PATHOLOGICAL_TIMEOUT_MS / 1000} s, killed`
					: `failed: ${r.stderr.trim().split('\n')[0]}`;
				rows.push([c.label, WRAPPER_LABELS[w], '', '', why, '', '', 'SLOW']);
				continue;
			}
			const p = JSON.parse(r.stdout) as PathologicalReport;
			const slow = p.fullMs > SLOW_MS;
			if (slow) allFast = false;
			rows.push([
				c.label,
				WRAPPER_LABELS[w],
				`${fixed(p.bytes / 1000, 0)} KB`,
				fixed(p.halfMs),
				fixed(p.fullMs),
				p.fullMs >= 50 ? `×${fixed(p.fullMs / p.halfMs)}` : '',
				p.ok ? `referat, ${p.items} items` : 'rejected',
				slow ? `SLOW (> ${SLOW_MS / 1000} s)` : ''
			]);
		}
	}
	out(
		formatTable(['input', 'in', 'size', 'ms n/2', 'ms n', 't(n)/t(n/2)', 'result', 'flag'], rows, [
			'left',
			'left',
			'right',
			'right',
			'right',
			'right',
			'left',
			'left'
		])
	);
	return allFast;
}

function main(): number {
	const args = parseArgs(process.argv.slice(2));
	if (typeof args === 'string') {
		out('Usage: npm run bench [-- --mb <MiB of corpus, default 100>]');
		return args === 'usage' ? 0 : 2;
	}
	const tmp = mkdtempSync(join(tmpdir(), 'moedespor-bench-'));
	const cleanUp = (): void => rmSync(tmp, { recursive: true, force: true });
	process.once('SIGINT', () => {
		cleanUp();
		process.exit(130);
	});
	try {
		const busy = machineBusyShare(1000);
		out(
			`Mødespor benchmark: Node ${process.versions.node}, ${availableParallelism()} cores ` +
				`(${fixed(busy * 100, 0)} % busy before the start), MB = 10^6 bytes`
		);
		if (busy > 0.1)
			out('WARNING: other processes are using the CPU; throughput and CPU % will read low.');
		const corpus = corpusSection(tmp, args.minBytes);
		const cli = cliSection(corpus, tmp);
		const rep = librarySection(corpus);
		realMinutesLine(tmp, Math.min(args.minBytes, REAL_MINUTES_BYTES));
		const flat = rep ? memorySection(rep) : false;
		const fast = pathologicalSection();

		const lib = rep ? mbPerS(rep.bytes, rep.library.workMs) : 0;
		const ratio = rep ? rep.library.workMs / rep.baseline.workMs : Infinity;
		out('\nGoals');
		out(
			formatTable(
				['goal', 'figure', 'status'],
				[
					[
						`library ≥ ${GOAL_MB_PER_S} MB/s per core`,
						`${fixed(lib)} MB/s`,
						verdict(lib >= GOAL_MB_PER_S)
					],
					[
						`library ≤ ${GOAL_BASELINE_RATIO}× the baseline`,
						`×${fixed(ratio)}`,
						verdict(ratio <= GOAL_BASELINE_RATIO)
					],
					[
						'CLI uses both cores (default options)',
						cli.defaultRun.ok
							? `${fixed((cli.defaultRun.cores ?? 0) * 100, 0)} % CPU`
							: 'run failed',
						verdict(cli.bothCores)
					],
					['memory flat over the corpus', rep ? 'see 4.' : 'not measured', verdict(flat)],
					[`every pathological input < ${SLOW_MS / 1000} s`, 'see 5.', verdict(fast)]
				]
			)
		);
	} finally {
		cleanUp();
	}
	return 0;
}

process.exitCode = main();
