/**
 * The app's speed in real Chromium (part of `npm run bench`): cold loads of a chart page (first
 * contentful paint, first chart painted, DuckDB-WASM ready), a filter that DuckDB answers (on
 * the bundled data and on a generated data set 100× larger), and the initial JavaScript of a page.
 * A benchmark, not a test: it prints figures and MISSED beside a goal it misses, and exits 0.
 */

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Papa from 'papaparse';
import type { Browser } from 'playwright-core';
import { TABLE_NAMES } from '../lib/minutes/schema';
import { formatTable, verdict } from './bench/table';
import { launchChromium } from './chromium';
import { serveStatic } from './static-server';

const ROOT = join(import.meta.dirname, '..', '..');
const BUILD = join(ROOT, 'build');
const COLD_LOADS = 5;
const FILTER_RUNS = 20;
const CHART_PAGE = '/sygefravaer?periode=1-halvaar';

const out = (s = ''): void => {
	process.stdout.write(`${s}\n`);
};
const median = (xs: number[]): number =>
	[...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const p95 = (xs: number[]): number =>
	[...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)] ?? NaN;
const ms = (x: number): string => `${Math.round(x)} ms`;

// Marks the first frame in which a chart mark exists, and the moment DuckDB reports ready.
const PROBE = `(() => {
	const seen = () => {
		if (!window.__chart && document.querySelector('svg .mark')) window.__chart = performance.now();
		if (!window.__db && document.querySelector('[data-db="klar"]')) window.__db = performance.now();
		if (!window.__chart || !window.__db) requestAnimationFrame(seen);
	};
	requestAnimationFrame(seen);
})();`;

// Runs in the page, so written as a string: the TypeScript loader would add helpers to a function.
const FILTER_STEP = `async (year) => {
	const select = document.querySelector('select[name="fra"]');
	const status = document.querySelector('[role="status"]');
	const before = status.textContent;
	const t0 = performance.now();
	select.value = year;
	select.dispatchEvent(new Event('change', { bubbles: true }));
	await new Promise((resolve) => {
		const check = () => (status.textContent !== before ? resolve() : requestAnimationFrame(check));
		requestAnimationFrame(check);
	});
	return performance.now() - t0;
}`;

// The same for a chart: the period kind on /sygefravaer, until the chart's marks are redrawn.
const CHART_FILTER_STEP = `async (kind) => {
	const select = document.querySelector('select[name="periode"]');
	const labels = () => [...document.querySelectorAll('svg .mark')].map((m) => m.getAttribute('aria-label')).join('|');
	const before = labels();
	const t0 = performance.now();
	select.value = kind;
	select.dispatchEvent(new Event('change', { bubbles: true }));
	await new Promise((resolve) => {
		const check = () => (labels() !== before ? resolve() : requestAnimationFrame(check));
		requestAnimationFrame(check);
	});
	return performance.now() - t0;
}`;

interface ColdLoad {
	fcp: number;
	chart: number;
	db: number;
}

async function coldLoad(browser: Browser, origin: string): Promise<ColdLoad> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.addInitScript(PROBE);
	await page.goto(`${origin}${CHART_PAGE}`);
	await page.waitForFunction(
		() => (window as unknown as { __db?: number }).__db !== undefined,
		null,
		{
			timeout: 60_000
		}
	);
	const r = await page.evaluate(() => {
		const w = window as unknown as { __chart: number; __db: number };
		const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
		return { fcp, chart: w.__chart, db: w.__db };
	});
	await context.close();
	return r;
}

interface FilterBench {
	path: string;
	/** What says the page's data came from DuckDB. */
	ready: string;
	/** The in-page step (a string) and the two values it alternates between. */
	step: string;
	values: [string, string];
}

/** The overview's year filter, until the meetings list shows the new range. */
const YEAR_FILTER: FilterBench = {
	path: '/',
	ready: '[data-status="klar"]',
	step: FILTER_STEP,
	values: ['2016', '2013']
};
/** The sick-leave chart's period kind, until the chart is redrawn. */
const PERIOD_FILTER: FilterBench = {
	path: CHART_PAGE,
	ready: 'h1[data-db="klar"]',
	step: CHART_FILTER_STEP,
	values: ['1-3-kvartal', '1-halvaar']
};

/** Milliseconds from each filter change to the page showing it, once DuckDB has the data. */
async function filterTimes(browser: Browser, origin: string, f: FilterBench): Promise<number[]> {
	const page = await browser.newPage();
	await page.goto(`${origin}${f.path}`);
	await page.locator(f.ready).waitFor({ timeout: 60_000 });
	const times: number[] = [];
	for (let i = 0; i < FILTER_RUNS; i++)
		times.push(await page.evaluate(`(${f.step})(${JSON.stringify(f.values[i % 2])})`));
	await page.close();
	return times;
}

/** A copy of the build whose data set is the bundled one repeated 100 times (distinct meetings). */
function scaledBuild(times: number): string {
	const dir = mkdtempSync(join(tmpdir(), 'moedespor-app-'));
	cpSync(BUILD, dir, { recursive: true });
	for (const table of TABLE_NAMES) {
		const file = join(dir, 'data', `${table}.csv`);
		const parsed = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), {
			header: true,
			skipEmptyLines: true
		});
		const rows = [];
		for (let k = 0; k < times; k++)
			for (const r of parsed.data) rows.push({ ...r, meeting_id: `${r.meeting_id}-${k}` });
		writeFileSync(
			file,
			`${Papa.unparse({ fields: parsed.meta.fields ?? [], data: rows }, { newline: '\n' })}\n`
		);
	}
	return dir;
}

/** Gzip size of the JavaScript a page loads before it is interactive (its module preloads). */
function initialJsGzip(htmlFile: string): number {
	const html = readFileSync(htmlFile, 'utf8');
	const files = new Set(
		[...html.matchAll(/href="\.\/(_app\/[^"]+\.js)"/g)].map((m) => m[1] as string)
	);
	let total = 0;
	for (const f of files) total += gzipSync(readFileSync(join(BUILD, f))).length;
	return total;
}

async function main(): Promise<number> {
	if (!existsSync(join(BUILD, 'index.html'))) {
		out('Building the app (vite build) …');
		const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'vite'), ['build'], {
			cwd: ROOT,
			stdio: 'ignore'
		});
		if (r.status !== 0) {
			out('vite build failed: no app benchmark');
			return 0;
		}
	}
	out(
		'\nApp in Chromium (production build on a loopback static server, fresh browser context per cold load)'
	);
	const browser = await launchChromium();
	const server = await serveStatic(BUILD);
	const big = scaledBuild(100);
	const bigServer = await serveStatic(big);
	try {
		const loads: ColdLoad[] = [];
		for (let i = 0; i < COLD_LOADS; i++) loads.push(await coldLoad(browser, server.origin));
		const fcp = median(loads.map((l) => l.fcp));
		// The chart is in the prerendered HTML: it cannot be painted before the first paint.
		const chart = median(loads.map((l) => Math.max(l.chart, l.fcp)));
		const db = median(loads.map((l) => l.db));
		const small = await filterTimes(browser, server.origin, YEAR_FILTER);
		const large = await filterTimes(browser, bigServer.origin, YEAR_FILTER);
		const chartSmall = await filterTimes(browser, server.origin, PERIOD_FILTER);
		const chartLarge = await filterTimes(browser, bigServer.origin, PERIOD_FILTER);
		const js = initialJsGzip(join(BUILD, 'sygefravaer.html'));
		out(
			formatTable(
				['measure', 'median', 'p95', 'goal', 'status'],
				[
					[`first contentful paint, ${CHART_PAGE}`, ms(fcp), '', '', ''],
					[
						'first chart painted',
						ms(chart),
						'',
						`≤ 1.5 × FCP (${ms(1.5 * fcp)})`,
						verdict(chart <= 1.5 * fcp)
					],
					['DuckDB-WASM ready (data loaded)', ms(db), '', '', ''],
					[
						'period filter → chart redrawn, bundled data',
						ms(median(chartSmall)),
						ms(p95(chartSmall)),
						'',
						''
					],
					[
						'period filter → chart redrawn, 100× data',
						ms(median(chartLarge)),
						ms(p95(chartLarge)),
						'p95 < 50 ms',
						verdict(p95(chartLarge) < 50)
					],
					['year filter → list updated, bundled data', ms(median(small)), ms(p95(small)), '', ''],
					[
						'year filter → list updated, 100× data',
						ms(median(large)),
						ms(p95(large)),
						'p95 < 50 ms',
						verdict(p95(large) < 50)
					],
					[
						'initial JS of the page (gzip)',
						`${(js / 1024).toFixed(1)} KiB`,
						'',
						'≤ 100 KiB',
						verdict(js <= 100 * 1024)
					]
				],
				['left', 'right', 'right', 'left', 'left']
			)
		);
	} finally {
		await browser.close();
		await server.close();
		await bigServer.close();
		rmSync(big, { recursive: true, force: true });
	}
	return 0;
}

process.exitCode = await main();
