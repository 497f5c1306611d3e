/** The extract CLI end to end: the bundled data set, exit codes, rejections, atomic output. */

import { spawnSync } from 'node:child_process';
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TABLE_NAMES } from '../../src/lib/minutes/index';
import { FIXTURE_DIR } from '../helpers/fixtures';
import { SHARED } from '../helpers/shared';

const ROOT = join(import.meta.dirname, '..', '..');

function extract(...args: string[]): { status: number | null; stderr: string } {
	const r = spawnSync(
		process.execPath,
		['--import', 'tsx', join(ROOT, 'src/cli/extract.ts'), ...args],
		{
			cwd: ROOT,
			encoding: 'utf8'
		}
	);
	return { status: r.status, stderr: r.stderr };
}

const made: string[] = [];
afterAll(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function tmp(): string {
	const dir = mkdtempSync(join(tmpdir(), 'moedespor-cli-'));
	made.push(dir);
	return dir;
}

function csvFiles(dir: string): Record<string, string> {
	return Object.fromEntries(
		readdirSync(dir)
			.sort()
			.map((f) => [f, readFileSync(join(dir, f), 'utf8')])
	);
}

describe('npm run extract', () => {
	it('reproduces data/extracted from data/minutes byte for byte', () => {
		const out = join(tmp(), 'out');
		const r = extract('--out', out, join(ROOT, 'data', 'minutes'));
		expect(r.status).toBe(0);
		expect(csvFiles(out)).toEqual(csvFiles(join(ROOT, 'data', 'extracted')));
	});

	it.skipIf(!SHARED)('writes data/extracted that the shared contract checker passes', () => {
		const r = spawnSync(
			'python3',
			[join(SHARED as string, 'tools', 'check-contract.py'), 'data/extracted'],
			{
				cwd: ROOT,
				encoding: 'utf8'
			}
		);
		expect(r.stdout).toMatch(/data contract: 0 problem\(s\)/);
		expect(Number(/(?<!\d)(\d+) evidence span/.exec(r.stdout)?.[1])).toBeGreaterThan(0);
	});

	it('writes one CSV per contract table, each with its header row', () => {
		const out = join(tmp(), 'out');
		extract('--out', out, join(ROOT, 'data', 'minutes', '000_f160a2713c056438.txt'));
		expect(readdirSync(out).sort()).toEqual(TABLE_NAMES.map((t) => `${t}.csv`).sort());
		expect(readFileSync(join(out, 'meetings.csv'), 'utf8').split('\n')[0]).toBe(
			'meeting_id,forum,date,start_time,location,source_file,item_count'
		);
	});

	it('exits 1 naming each rejected file and its reason, and still writes the referater', () => {
		const dir = tmp();
		copyFileSync(
			join(ROOT, 'data', 'minutes', '003_56b92cfda338a69b.txt'),
			join(dir, 'referat.txt')
		);
		copyFileSync(join(FIXTURE_DIR, '12-nyhedsbrev-hr-2019.txt'), join(dir, 'nyhedsbrev.txt'));
		writeFileSync(join(dir, 'tom.txt'), '');
		writeFileSync(join(dir, 'scan.jpg'), 'not a referat');
		const out = join(tmp(), 'out');
		const r = extract('--out', out, dir);
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/nyhedsbrev\.txt: ikke et referat/);
		expect(r.stderr).toMatch(/tom\.txt: tom fil/);
		expect(r.stderr).toMatch(/scan\.jpg: ukendt filtype/);
		expect(readFileSync(join(out, 'meetings.csv'), 'utf8')).toContain('2017-11-15-chefforum');
		expect(readFileSync(join(out, 'meetings.csv'), 'utf8').trim().split('\n')).toHaveLength(2);
	});

	it('reads PDF and Word minutes, and names each broken document with its reason', () => {
		const docs = join(ROOT, 'tests', 'fixtures', 'documents');
		const out = join(tmp(), 'out');
		const r = extract('--out', out, docs);
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/bad-krypteret\.pdf: krypteret PDF/);
		expect(r.stderr).toMatch(/bad-billeder-uden-tekst\.pdf: PDF uden tekst \(scannet\?\)/);
		expect(r.stderr).toMatch(/bad-afkortet\.pdf: filen er beskadiget/);
		expect(r.stderr).toMatch(/bad-zip-uden-word\.docx: filen er beskadiget eller ikke et Word/);
		const meetings = readFileSync(join(out, 'meetings.csv'), 'utf8');
		// One meeting per minutes document, each once: a PDF and a .docx of the same minutes
		// are the same meeting, so the second is refused as a duplicate.
		for (const id of ['2018-05-03-chefforum', '2019-05-22-chefforum', '2017-08-24-chefforum'])
			expect(meetings).toContain(id);
		expect(meetings.trim().split('\n')).toHaveLength(9);
		expect(r.stderr).toMatch(
			/05-budgetstatus-tabel-2019\.pdf: samme møde \(2019-05-22-chefforum\)/
		);
	});

	it('exits 2 on bad usage and leaves the output folder alone', () => {
		const out = join(tmp(), 'out');
		mkdirSync(out);
		writeFileSync(join(out, 'keep.csv'), 'x');
		expect(extract(join(ROOT, 'data', 'minutes')).status).toBe(2);
		expect(extract('--out', out, join(ROOT, 'no-such-folder')).status).toBe(2);
		expect(extract('--out', out, '--bogus', join(ROOT, 'data', 'minutes')).status).toBe(2);
		expect(readdirSync(out)).toEqual(['keep.csv']);
	});

	it('replaces the output folder whole and leaves no temporary folder behind', () => {
		const parent = tmp();
		const out = join(parent, 'out');
		mkdirSync(out);
		writeFileSync(join(out, 'stale.csv'), 'old');
		expect(extract('--out', out, join(ROOT, 'data', 'minutes')).status).toBe(0);
		expect(existsSync(join(out, 'stale.csv'))).toBe(false);
		expect(readdirSync(parent)).toEqual(['out']);
	});

	it('writes the same bytes with two worker threads as with one', () => {
		const dir = tmp();
		for (const f of readdirSync(join(ROOT, 'data', 'minutes')))
			copyFileSync(join(ROOT, 'data', 'minutes', f), join(dir, f));
		for (const f of readdirSync(FIXTURE_DIR).filter((x) =>
			/^(?:0\d|1[01])-.*\.(?:txt|md)$/.test(x)
		))
			copyFileSync(join(FIXTURE_DIR, f), join(dir, f));
		const one = join(tmp(), 'one');
		const two = join(tmp(), 'two');
		expect(extract('--workers', '1', '--out', one, dir).status).toBe(0);
		expect(extract('--workers', '2', '--out', two, dir).status).toBe(0);
		expect(csvFiles(two)).toEqual(csvFiles(one));
	});

	it('keeps one copy of a meeting given twice and reports the duplicate', () => {
		const a = tmp();
		const b = tmp();
		copyFileSync(join(ROOT, 'data', 'minutes', '000_f160a2713c056438.txt'), join(a, 'referat.txt'));
		copyFileSync(join(ROOT, 'data', 'minutes', '000_f160a2713c056438.txt'), join(b, 'kopi.txt'));
		const out = join(tmp(), 'out');
		const r = extract('--out', out, a, b);
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/samme møde \(2016-09-01-chefforum\)/);
		expect(readFileSync(join(out, 'meetings.csv'), 'utf8').trim().split('\n')).toHaveLength(2);
	});
});
