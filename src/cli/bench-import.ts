/**
 * Import speed in real Chromium (part of `npm run bench`): 100 distinct minutes as real PDFs
 * (variants of the fixture minutes, each its own meeting) chosen at once on /import. Prints files
 * per second, the time to the first file read and to the preview of the whole batch, the time to
 * store the batch and load it into DuckDB, the page's peak JS heap, and the main thread's long
 * tasks over the whole run (goal: none over 100 ms). A benchmark, not a test.
 */

import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSources, variant } from './bench/corpus';
import { formatTable, verdict } from './bench/table';
import { launchChromium } from './chromium';
import { minutesPdf } from './fixture-pdf';
import { serveStatic } from './static-server';

const ROOT = join(import.meta.dirname, '..', '..');
const BUILD = join(ROOT, 'build');
const FILES = 100;

const out = (s = ''): void => {
	process.stdout.write(`${s}\n`);
};

// Registered before the page's own scripts: long tasks and the JS heap, sampled every 50 ms.
const PROBE = `(() => {
	window.__longTasks = [];
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) window.__longTasks.push(e.duration);
	}).observe({ type: 'longtask', buffered: true });
	window.__heapPeak = 0;
	setInterval(() => {
		const m = performance.memory;
		if (m) window.__heapPeak = Math.max(window.__heapPeak, m.usedJSHeapSize);
	}, 50);
})();`;

// Runs in the page (written as a string: the TypeScript loader would add helpers to a function).
const WATCH = `() => new Promise((resolve) => {
	const t0 = performance.now();
	let first = null;
	const check = () => {
		if (first === null && document.querySelector('tr[data-stage="fundet"]')) first = performance.now() - t0;
		if (document.querySelector('[data-phase="gennemse"]')) resolve({ first, preview: performance.now() - t0 });
		else requestAnimationFrame(check);
	};
	requestAnimationFrame(check);
})`;

async function pdfBatch(dir: string): Promise<string[]> {
	const { sources } = loadSources([join(ROOT, 'tests', 'fixtures', 'minutes')]);
	const plain = sources.filter((s) => s.name.endsWith('.txt') && s.encoding === 'utf8');
	const files: string[] = [];
	for (let k = 0; k < FILES; k++) {
		const source = plain[k % plain.length];
		if (!source) break;
		const file = join(
			dir,
			`${String(k).padStart(3, '0')}-${source.name.replace(/\.txt$/, '.pdf')}`
		);
		writeFileSync(file, await minutesPdf(variant(source, 9000 + k * 3)));
		files.push(file);
	}
	return files;
}

async function main(): Promise<number> {
	if (!existsSync(join(BUILD, 'index.html'))) {
		out('build/ mangler: kør `npm run build` først (npm run bench gør det i app-delen)');
		return 0;
	}
	out(`\nImport in Chromium: ${FILES} minutes as PDF chosen at once on /import`);
	const dir = mkdtempSync(join(tmpdir(), 'moedespor-import-bench-'));
	const server = await serveStatic(BUILD);
	const browser = await launchChromium();
	try {
		const files = await pdfBatch(dir);
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.addInitScript(PROBE);
		await page.goto(`${server.origin}/import`);
		await page.locator('section.drop[data-ready="true"]').waitFor();
		const watching = page.evaluate(`(${WATCH})()`) as Promise<{ first: number; preview: number }>;
		await page.locator('input[name="filer"]').setInputFiles(files);
		const t = await watching;
		const found = await page.locator('table.preview tbody tr').count();
		const s0 = Date.now();
		await page.getByRole('button', { name: `Gem ${found} møder` }).click();
		await page.locator('.outcome').waitFor({ timeout: 120_000 });
		const storeMs = Date.now() - s0;
		const r = (await page.evaluate('({ long: window.__longTasks, heap: window.__heapPeak })')) as {
			long: number[];
			heap: number;
		};
		const longest = Math.max(0, ...r.long);
		out(
			formatTable(
				['measure', 'value', 'goal', 'status'],
				[
					['files', `${files.length} PDF, ${found} meetings in the preview`, '', ''],
					['files per second', (files.length / (t.preview / 1000)).toFixed(1), '', ''],
					['first file read', `${Math.round(t.first)} ms`, '', ''],
					['preview of the whole batch', `${Math.round(t.preview)} ms`, '', ''],
					['confirm → stored, DuckDB (re)loaded', `${storeMs} ms`, '', ''],
					['peak JS heap of the page', `${(r.heap / 1e6).toFixed(1)} MB`, '', ''],
					[
						'main-thread long tasks',
						`${r.long.length}, longest ${Math.round(longest)} ms`,
						'none > 100 ms',
						verdict(longest <= 100)
					]
				],
				['left', 'right', 'left', 'left']
			)
		);
		await context.close();
	} finally {
		await browser.close();
		await server.close();
		rmSync(dir, { recursive: true, force: true });
	}
	return 0;
}

process.exitCode = await main();
