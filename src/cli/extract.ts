/**
 * `npm run extract -- --out <dir> <files or folders…>`: minutes in, the contract's CSVs out.
 *
 * Files are read one at a time (on both cores for large batches) and their rows spooled to disk,
 * so memory does not grow with the corpus. The output is assembled in a temporary folder and
 * moved into place at the end: an interrupted run never leaves half a data set.
 * Exit 0: every file was a referat; 1: some were rejected (the rest is written); 2: bad usage.
 */

import {
	closeSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	openSync,
	readFileSync,
	readSync,
	readdirSync,
	renameSync,
	rmSync,
	statSync,
	writeSync
} from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { csvHeader } from '../lib/csv/contract-csv';
import { TABLE_NAMES, type TableName } from '../lib/minutes/index';
import { extractFile, type FileResult } from './extract-file';

const USAGE = `Brug: npm run extract -- --out <mappe> <filer eller mapper…>

Læser referater (.pdf, .docx, .txt, .md) og skriver datakontraktens CSV-filer i <mappe>.
  --out <mappe>   hvor CSV-filerne skrives (erstattes samlet, når kørslen er færdig)
  --workers <n>   antal tråde (standard: alle kerner ved store kørsler)
  --quiet         ingen fremdriftslinje
  --help          denne tekst`;

/** Below this many files a single thread is faster than starting workers. */
const PARALLEL_FROM_FILES = 48;

interface Options {
	out: string;
	inputs: string[];
	workers: number | null;
	quiet: boolean;
}

function parseArgs(argv: string[]): Options | string {
	const o: Options = { out: '', inputs: [], workers: null, quiet: false };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i] as string;
		if (a === '--help' || a === '-h') return 'help';
		else if (a === '--out' || a === '-o') o.out = argv[++i] ?? '';
		else if (a.startsWith('--out=')) o.out = a.slice(6);
		else if (a === '--workers') o.workers = Number(argv[++i]);
		else if (a === '--quiet') o.quiet = true;
		else if (a.startsWith('-')) return `ukendt tilvalg: ${a}`;
		else o.inputs.push(a);
	}
	if (!o.out) return 'mangler --out <mappe>';
	if (o.inputs.length === 0) return 'ingen filer eller mapper angivet';
	if (o.workers !== null && !(Number.isInteger(o.workers) && o.workers >= 1))
		return '--workers skal være et helt tal ≥ 1';
	return o;
}

/** Every file under the inputs, in a stable order. */
function listFiles(inputs: string[]): string[] | string {
	const files: string[] = [];
	const walk = (p: string): void => {
		const st = statSync(p);
		if (st.isDirectory()) {
			for (const name of readdirSync(p).sort()) if (!name.startsWith('.')) walk(join(p, name));
		} else if (st.isFile()) files.push(p);
	};
	for (const input of inputs) {
		if (!existsSync(input)) return `findes ikke: ${input}`;
		walk(input);
	}
	return files;
}

interface Spooled {
	path: string;
	meetingId: string;
	parts: Record<TableName, [offset: number, length: number]>;
	counts: Record<TableName, number>;
}

class Spool {
	private readonly fds: Record<TableName, number>;
	private readonly sizes = {} as Record<TableName, number>;
	constructor(readonly dir: string) {
		this.fds = {} as Record<TableName, number>;
		for (const t of TABLE_NAMES) {
			this.fds[t] = openSync(join(dir, `${t}.spool`), 'w+');
			this.sizes[t] = 0;
		}
	}
	add(r: Extract<FileResult, { ok: true }>): Spooled {
		const parts = {} as Spooled['parts'];
		for (const t of TABLE_NAMES) {
			const buf = Buffer.from(r.chunks[t], 'utf8');
			writeSync(this.fds[t], buf, 0, buf.length, this.sizes[t]);
			parts[t] = [this.sizes[t], buf.length];
			this.sizes[t] += buf.length;
		}
		return { path: r.path, meetingId: r.meetingId, parts, counts: r.counts };
	}
	/** Write each table's CSV: header, then every kept file's rows in order. */
	writeTables(outDir: string, kept: Spooled[]): void {
		for (const t of TABLE_NAMES) {
			const fd = openSync(join(outDir, `${t}.csv`), 'w');
			writeSync(fd, csvHeader(t));
			for (const s of kept) {
				const [offset, length] = s.parts[t];
				if (length === 0) continue;
				const buf = Buffer.alloc(length);
				readSync(this.fds[t], buf, 0, length, offset);
				writeSync(fd, buf);
			}
			closeSync(fd);
		}
	}
	close(): void {
		for (const t of TABLE_NAMES) closeSync(this.fds[t]);
	}
}

async function runInline(files: string[], onResult: (r: FileResult) => void): Promise<void> {
	for (const path of files) {
		let r: FileResult;
		try {
			r = await extractFile(path, readFileSync(path));
		} catch (e) {
			r = { ok: false, path, reason: `kunne ikke læses: ${(e as Error).message}` };
		}
		onResult(r);
	}
}

function runWorkers(
	files: string[],
	count: number,
	onResult: (r: FileResult) => void
): Promise<void> {
	let next = 0;
	const workerUrl = new URL('./extract-worker.mjs', import.meta.url);
	return new Promise((resolveAll, reject) => {
		let running = count;
		for (let w = 0; w < count; w++) {
			const worker = new Worker(workerUrl);
			const feed = (): void => {
				worker.postMessage(next < files.length ? files[next++] : null);
			};
			worker.on('message', (r: FileResult) => {
				onResult(r);
				feed();
			});
			worker.on('error', reject);
			worker.on('exit', () => {
				if (--running === 0) resolveAll();
			});
			feed();
		}
	});
}

async function main(argv: string[]): Promise<number> {
	const opts = parseArgs(argv);
	if (opts === 'help') {
		process.stdout.write(`${USAGE}\n`);
		return 0;
	}
	if (typeof opts === 'string') {
		process.stderr.write(`fejl: ${opts}\n\n${USAGE}\n`);
		return 2;
	}
	const files = listFiles(opts.inputs);
	if (typeof files === 'string') {
		process.stderr.write(`fejl: ${files}\n`);
		return 2;
	}
	const out = resolve(opts.out);
	mkdirSync(dirname(out), { recursive: true });
	const work = mkdtempSync(join(dirname(out), `.${basename(out)}.tmp-`));
	const spoolDir = join(work, 'spool');
	const newDir = join(work, 'out');
	mkdirSync(spoolDir);
	mkdirSync(newDir);
	const spool = new Spool(spoolDir);
	const spooled: Spooled[] = [];
	const rejected: { path: string; reason: string }[] = [];
	const progress = process.stderr.isTTY && !opts.quiet && files.length > 20;
	let done = 0;
	const onResult = (r: FileResult): void => {
		done++;
		if (r.ok) spooled.push(spool.add(r));
		else rejected.push({ path: r.path, reason: r.reason });
		if (progress && (done % 10 === 0 || done === files.length))
			process.stderr.write(`\r${done}/${files.length} filer læst`);
	};
	const cores = opts.workers ?? (files.length >= PARALLEL_FROM_FILES ? availableParallelism() : 1);
	const cleanUp = (): void => rmSync(work, { recursive: true, force: true });
	process.once('SIGINT', () => {
		cleanUp();
		process.exit(130);
	});
	try {
		if (cores > 1) await runWorkers(files, Math.min(cores, files.length), onResult);
		else await runInline(files, onResult);
		if (progress) process.stderr.write('\n');

		// Deterministic output whatever order the workers finished in; one file per meeting.
		spooled.sort((a, b) =>
			a.meetingId < b.meetingId ? -1 : a.meetingId > b.meetingId ? 1 : a.path < b.path ? -1 : 1
		);
		const kept: Spooled[] = [];
		for (const s of spooled) {
			const first = kept[kept.length - 1];
			if (first && first.meetingId === s.meetingId)
				rejected.push({ path: s.path, reason: `samme møde (${s.meetingId}) som ${first.path}` });
			else kept.push(s);
		}
		spool.writeTables(newDir, kept);
		spool.close();
		const old = join(work, 'old');
		if (existsSync(out)) renameSync(out, old);
		renameSync(newDir, out);
		cleanUp();

		const totals = Object.fromEntries(
			TABLE_NAMES.map((t) => [t, kept.reduce((n, s) => n + s.counts[t], 0)])
		);
		const lines = [
			`${files.length} filer læst, ${kept.length} møder skrevet til ${opts.out}`,
			...TABLE_NAMES.map((t) => `  ${t}: ${totals[t]}`)
		];
		if (rejected.length) {
			lines.push(`${rejected.length} filer afvist:`);
			for (const r of rejected.sort((a, b) => (a.path < b.path ? -1 : 1)))
				lines.push(`  ${r.path}: ${r.reason}`);
		}
		process.stderr.write(`${lines.join('\n')}\n`);
		return rejected.length ? 1 : 0;
	} catch (e) {
		cleanUp();
		process.stderr.write(`fejl: ${(e as Error).message}\n`);
		return 2;
	}
}

process.exitCode = await main(process.argv.slice(2));
