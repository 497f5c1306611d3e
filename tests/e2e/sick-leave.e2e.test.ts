/**
 * Sygefravær in Chromium: one period kind at a time, stated and derived marks, the source of a
 * figure one click (or Enter) away, the filter in the URL, and a CSV of exactly the rows shown.
 */

import { gotoApp } from '../../src/cli/chromium';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, useBuiltApp } from './app';

const app = useBuiltApp();

describe('Sygefravær in Chromium', () => {
	it('charts one period kind across years, with derived figures hollow and marked "beregnet"', async () => {
		const { page, errors, foreign } = await app.open('/sygefravaer?periode=1-halvaar');
		const marks = page.locator('svg .mark[role="button"]');
		await expect(marks.count()).resolves.toBeGreaterThan(0);
		const labels = await marks.evaluateAll((els) =>
			els.map((e) => e.getAttribute('aria-label') ?? '')
		);
		expect(labels).toContain('Samlet sygefravær, 2016: 6,5 dage. Vis kilde.');
		expect(labels).toContain('Samlet sygefravær, 2015: 7,2 dage (beregnet). Vis kilde.');
		// A half-year is never mixed with other period kinds.
		expect(
			labels.every((l) =>
				/^(?:Samlet sygefravær|Korttidsfravær|Langtidsfravær|Barns 1\. og 2\. sygedag), 201[56]:/.test(
					l
				)
			)
		).toBe(true);
		// DuckDB-WASM takes over from the prerendered rows and draws the same figures.
		await page.locator('h1[data-db="klar"]').waitFor({ timeout: 30_000 });
		const after = await marks.evaluateAll((els) =>
			els.map((e) => e.getAttribute('aria-label') ?? '')
		);
		expect(after.sort()).toEqual([...labels].sort());
		await page.screenshot({ path: join(ARTIFACTS, 'sygefravaer.png'), fullPage: true });
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
		await page.close();
	});

	it('opens the source of a figure with Enter and links to its sentence in the minutes', async () => {
		const { page } = await app.open('/sygefravaer?periode=1-halvaar');
		await page.locator('svg .mark[aria-label^="Samlet sygefravær, 2015"]').focus();
		await page.keyboard.press('Enter');
		const panel = page.locator('aside.evidence');
		await expect(panel.textContent()).resolves.toContain('Beregnet af Mødespor');
		await expect(panel.locator('blockquote').textContent()).resolves.toContain(
			'faldet med 0,7 dage'
		);
		await panel.getByRole('link', { name: 'Se sætningen i referatet' }).click();
		await page.waitForURL(/\/moeder\/2016-09-01-chefforum#e-\d+-\d+$/);
		const hash = new URL(page.url()).hash;
		await expect(page.locator(`${hash} + mark`).textContent()).resolves.toContain(
			'faldet med 0,7 dage'
		);
		await page.close();
	});

	it('keeps the period kind in the URL across a reload', async () => {
		const { page } = await app.open('/sygefravaer');
		await page.locator('select[name="periode"]').selectOption('1-3-kvartal');
		await page.waitForURL(/periode=1-3-kvartal/);
		await page.locator('svg .mark[aria-label^="Samlet sygefravær, 2017: 9,6 dage"]').waitFor();
		await page.reload();
		// The prerendered page shows the default view until the app reads the URL.
		await page.locator('svg .mark[aria-label^="Samlet sygefravær, 2017: 9,6 dage"]').waitFor();
		await expect(page.locator('select[name="periode"]').inputValue()).resolves.toBe('1-3-kvartal');
		await page.close();
	});

	it('downloads a CSV of exactly the figures shown', async () => {
		const { page } = await app.open('/sygefravaer?periode=1-halvaar');
		const shown = await page.locator('svg .mark[role="button"]').count();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Hent de viste tal som CSV' }).click()
		]);
		const path = join(ARTIFACTS, download.suggestedFilename());
		await download.saveAs(path);
		const lines = readFileSync(path, 'utf8').trim().split('\n');
		expect(lines[0]).toBe(
			'enhed,maal,periode,dage,beregnet,rettet,udtrukket,begrundelse,kilde,moede'
		);
		expect(lines.length - 1).toBe(shown);
		await page.close();
	});

	it('exports the chart as a standalone SVG and as a PNG', async () => {
		const { page, errors } = await app.open('/sygefravaer?periode=1-halvaar');
		const [svg] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Hent grafen som SVG' }).click()
		]);
		const svgPath = join(ARTIFACTS, svg.suggestedFilename());
		await svg.saveAs(svgPath);
		const text = readFileSync(svgPath, 'utf8');
		expect(text).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
		expect(text).toContain('Samlet sygefravær');
		const [png] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Hent grafen som PNG' }).click()
		]);
		const pngPath = join(ARTIFACTS, png.suggestedFilename());
		await png.saveAs(pngPath);
		expect(readFileSync(pngPath).subarray(1, 4).toString()).toBe('PNG');
		expect(errors).toEqual([]);
		await page.close();
	});

	it('stays usable with a clear Danish message when DuckDB-WASM cannot start', async () => {
		const page = await app.browser.newPage();
		// DuckDB's worker script never arrives: the database cannot start.
		await page.route('**/*worker*.js', (route) => route.abort());
		await gotoApp(page, `${app.origin}/sygefravaer?periode=1-halvaar`);
		await page.locator('h1[data-db="fejl"]').waitFor({ timeout: 30_000 });
		await expect(page.locator('[role="status"]').first().textContent()).resolves.toContain(
			'Databasen kunne ikke starte i browseren'
		);
		await expect(
			page.locator('svg .mark[aria-label^="Samlet sygefravær, 2016: 6,5 dage"]').count()
		).resolves.toBe(1);
		await page.close();
	});

	it('shows one measure when the URL asks for it', async () => {
		const { page } = await app.open('/sygefravaer?periode=1-halvaar&maal=long_term');
		await page.locator('svg .mark[aria-label^="Langtidsfravær, 2016"]').waitFor();
		const labels = await page
			.locator('svg .mark[role="button"]')
			.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
		expect(labels.every((l) => l.startsWith('Langtidsfravær'))).toBe(true);
		await page.close();
	});

	it('charts the departments, with an arrow and no number where the minutes give only a direction', async () => {
		const { page } = await app.open('/sygefravaer');
		const chart = page.locator('figure', { hasText: 'Afdelingernes ændring' });
		await expect(chart.locator('figcaption').textContent()).resolves.toContain('1. halvår 2016');
		const labels = await chart
			.locator('[role="button"]')
			.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
		expect(labels).toContain('Social & familie: ↑ uden tal. Vis kilde.');
		expect(labels).toContain('Økonomi og Stab: ↑ uden tal. Vis kilde.');
		expect(labels.filter((l) => /^Dagtilbud: \S+1,8 dage\. Vis kilde\.$/.test(l))).toHaveLength(1);
		await chart.locator('rect.bar[aria-label^="Dagtilbud"]').click();
		await expect(page.locator('aside.evidence blockquote').textContent()).resolves.toContain(
			'faldet i sygefraværet på 1,8 dage'
		);
		await page.close();
	});

	it('narrows the chart to a year range chosen in the URL', async () => {
		const { page } = await app.open('/sygefravaer?periode=1-halvaar');
		await page.locator('h1[data-db="klar"]').waitFor({ timeout: 30_000 });
		await page.getByLabel('Fra år').selectOption('2016');
		await page.waitForURL(/fra=2016/);
		await page.locator('svg .mark[aria-label^="Samlet sygefravær, 2015"]').waitFor({
			state: 'detached'
		});
		const labels = await page
			.locator('svg .mark[role="button"]')
			.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
		expect(labels).toContain('Samlet sygefravær, 2016: 6,5 dage. Vis kilde.');
		expect(labels.every((l) => l.includes(', 2016:'))).toBe(true);
		await page.reload();
		// The prerendered page shows every year until the app has read the URL.
		await page.locator('svg .mark[aria-label^="Samlet sygefravær, 2016: 6,5 dage"]').waitFor();
		await page.locator('svg .mark[aria-label^="Samlet sygefravær, 2015"]').waitFor({
			state: 'detached'
		});
		await expect(page.getByLabel('Fra år').inputValue()).resolves.toBe('2016');
		await page.close();
	});

	it('stacks korttid and langtid as the parts of the total, each part opening its source', async () => {
		const { page } = await app.open('/sygefravaer?periode=1-halvaar');
		const chart = page.locator('figure', { hasText: 'som dele af det samlede sygefravær' });
		const parts = await chart
			.locator('rect.part')
			.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
		expect(parts.some((l) => l.startsWith('Korttidsfravær, 2016:'))).toBe(true);
		expect(parts.some((l) => l.startsWith('Langtidsfravær, 2016:'))).toBe(true);
		await expect(
			chart.locator('[aria-label^="Samlet sygefravær, 2016: 6,5 dage"]').count()
		).resolves.toBe(1);
		await chart.locator('rect.part[aria-label^="Langtidsfravær, 2016"]').focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('aside.evidence h2').textContent()).resolves.toContain(
			'Langtidsfravær'
		);
		await page.close();
	});
});
