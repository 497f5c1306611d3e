/**
 * The overview page in real Chromium against the production build: prerendered meetings, then
 * DuckDB-WASM started in the browser from the app's own files, a year filter that lives in the
 * URL and survives a reload, no console errors and no request outside the origin.
 */

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, useBuiltApp } from './app';

const app = useBuiltApp();

describe('Oversigt in Chromium', () => {
	it('shows the prerendered meetings, then answers from DuckDB-WASM in the browser', async () => {
		const { page, errors, foreign } = await app.open('/');
		await expect(page.locator('tbody tr').count()).resolves.toBe(5);
		await page.locator('[data-status="klar"]').waitFor({ timeout: 30_000 });
		await expect(page.locator('[role="status"]').textContent()).resolves.toContain('5 møder');
		await expect(
			page.locator('tr[data-meeting="2016-09-01-chefforum"]').textContent()
		).resolves.toContain('1. september 2016');
		const tiles = page.locator('.tiles');
		await expect(tiles.textContent()).resolves.toContain('9,6 dage');
		await expect(tiles.textContent()).resolves.toContain('1.–3. kvartal 2017');
		await expect(tiles.textContent()).resolves.toContain('7 grønne · 1 gule · 0 røde');
		await page.screenshot({ path: join(ARTIFACTS, 'oversigt.png'), fullPage: true });
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
		await page.close();
	});

	it('keeps the year range in the URL: the filter narrows the list and survives a reload', async () => {
		const { page, errors } = await app.open('/');
		await page.locator('[data-status="klar"]').waitFor({ timeout: 30_000 });
		await page.getByLabel('Fra år').selectOption('2015');
		await page.getByLabel('Til år').selectOption('2016');
		await page.waitForURL(/fra=2015.*til=2016|til=2016.*fra=2015/);
		await page.locator('[role="status"]', { hasText: '2 møder' }).waitFor();
		await expect(page.locator('tbody tr').count()).resolves.toBe(2);
		await page.reload();
		await page.locator('[role="status"]', { hasText: '2 møder' }).waitFor({ timeout: 30_000 });
		await expect(page.getByLabel('Fra år').inputValue()).resolves.toBe('2015');
		await expect(page.locator('tbody tr').count()).resolves.toBe(2);
		expect(errors).toEqual([]);
		await page.close();
	});

	it("links a tile's figure straight to its sentence in the minutes", async () => {
		const { page } = await app.open('/');
		await page
			.locator('.tiles')
			.getByRole('link', { name: /^Kilde: Chefforum/ })
			.first()
			.click();
		await page.waitForURL(/\/moeder\/[\w-]+#e-\d+-\d+$/);
		const hash = new URL(page.url()).hash;
		await expect(page.locator(`${hash} + mark`).textContent()).resolves.toContain('9,6');
		await page.goBack();
		await page
			.locator('.tiles')
			.getByRole('link', { name: /punkt \d+$/ })
			.click();
		await page.waitForURL(/\/moeder\/[\w-]+#punkt-\d+$/);
		const item = new URL(page.url()).hash;
		await expect(page.locator(item).count()).resolves.toBe(1);
		// The agenda's entry for the item the tile points at is the budget-agreement item.
		await expect(page.locator(`a[href="${item}"]`).textContent()).resolves.toMatch(/budget/i);
		await page.close();
	});
});
