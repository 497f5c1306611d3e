/** Budgetaftale in Chromium: colours as shape and word, a change marked, a line's history with its reason. */

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, useBuiltApp } from './app';

const app = useBuiltApp();

describe('Budgetaftale in Chromium', () => {
	it('shows each line with its colour as shape and word, and marks a change', async () => {
		const { page, errors, foreign } = await app.open('/budgetaftale?aar=2015');
		await expect(page.locator('tbody tr').count()).resolves.toBe(13);
		const ældre = page.locator('tr[data-line="4.3"]');
		await expect(ældre.textContent()).resolves.toMatch(/■\s*Rød\s*→\s*▲\s*Gul/);
		await expect(page.locator('tr[data-line="7.6"] td').textContent()).resolves.toMatch(/●\s*Grøn/);
		await expect(page.locator('tr[data-line="2.11"] td').textContent()).resolves.toContain(
			'ikke angivet'
		);
		await page.screenshot({ path: join(ARTIFACTS, 'budgetaftale.png'), fullPage: true });
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
		await page.close();
	});

	it("opens a line's history with the minutes' reason, and lists rounds that were only reviewed", async () => {
		const { page } = await app.open('/budgetaftale?aar=2015');
		await page.locator('tr[data-line="4.3"] th button').click();
		const history = page.locator('section.history');
		await expect(history.textContent()).resolves.toContain('skiftet fra rød');
		await expect(history.locator('blockquote').textContent()).resolves.toContain(
			'vanskeligt at finde en medarbejder'
		);
		await expect(page.locator('body').textContent()).resolves.toContain(
			'Budgetaftalen for 2017, Tredje status'
		);
		await page.close();
	});
});
