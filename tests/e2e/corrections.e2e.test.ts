/**
 * Correcting an extracted figure in Chromium: the override is kept on the machine with its
 * reason, every view uses the corrected value and says "rettet", and undoing it brings the
 * extracted value back.
 */

import { gotoApp } from '../../src/cli/chromium';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBuiltApp } from './app';

const app = useBuiltApp();
const MEETING = '/moeder/2016-09-01-chefforum';
const FIGURE = 'Samlet sygefravær, 1. halvår 2016: 6,5 dage';

describe('Rettelser in Chromium', () => {
	it('corrects a figure with a reason, shows it everywhere as "rettet", and undoes it', async () => {
		const { page, errors } = await app.open(MEETING);
		const item = page.locator('li[data-item="9"] .figures > li', { hasText: FIGURE });
		await item.getByRole('button', { name: `Ret: ${FIGURE}` }).click();
		const form = item.locator('form');
		await form.locator('input[name="value"]').fill('6,7');
		// A correction needs its reason.
		await form.getByRole('button', { name: 'Gem rettelse' }).click();
		await expect(form.locator('textarea:invalid').count()).resolves.toBe(1);
		await form.locator('textarea[name="begrundelse"]').fill('Tastefejl: HR-tallet er 6,7');
		await form.getByRole('button', { name: 'Gem rettelse' }).click();

		const corrected = page.locator('li[data-item="9"] li[data-corrected="rettet"]');
		await expect(corrected.innerText()).resolves.toContain('1. halvår 2016: 6,7 dage');
		await expect(corrected.innerText()).resolves.toContain(`Udtrukket: ${FIGURE}`);
		await expect(corrected.innerText()).resolves.toContain('Tastefejl: HR-tallet er 6,7');

		// Kept across a reload.
		await page.reload();
		await expect(
			page.locator('li[data-item="9"] li[data-corrected="rettet"]').innerText()
		).resolves.toContain('6,7 dage');

		// The chart and its table use the corrected figure and say so; the source panel explains.
		await gotoApp(page, `${app.origin}/sygefravaer?periode=1-halvaar`);
		await page.locator('h1[data-db="klar"]').waitFor({ timeout: 30_000 });
		const mark = page.locator('svg .mark[aria-label^="Samlet sygefravær, 2016: 6,7 dage"]');
		await expect(mark.count()).resolves.toBe(1);
		await expect(page.locator('main').innerText()).resolves.toMatch(/6,7\sdage\s\(rettet\)/);
		await mark.focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('p.corrected').innerText()).resolves.toBe(
			'Rettet på denne computer: Tastefejl: HR-tallet er 6,7. Udtrukket fra referatet: Værdi: 6,5.'
		);

		// The export carries both: the corrected figure, and what was extracted and why.
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Hent de viste tal som CSV' }).click()
		]);
		const csv = readFileSync(await download.path(), 'utf8');
		expect(csv).toContain(
			'Samlet sygefravær,1. halvår 2016,6.7,false,true,"Værdi: 6,5","Tastefejl: HR-tallet er 6,7"'
		);

		// Undo: the extracted value again, everywhere.
		await gotoApp(page, `${app.origin}${MEETING}`);
		await page
			.locator('li[data-item="9"] li[data-corrected="rettet"]')
			.getByRole('button', { name: 'Fortryd rettelse' })
			.click();
		await expect.poll(() => page.locator('li[data-corrected]').count()).toBe(0);
		await expect(
			page.locator('li[data-item="9"] .figures > li', { hasText: FIGURE }).count()
		).resolves.toBe(1);
		await gotoApp(page, `${app.origin}/sygefravaer?periode=1-halvaar`);
		await page.locator('h1[data-db="klar"]').waitFor({ timeout: 30_000 });
		await expect(
			page.locator('svg .mark[aria-label^="Samlet sygefravær, 2016: 6,5 dage"]').count()
		).resolves.toBe(1);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('hides a figure marked as wrong from the views, and says why on its meeting', async () => {
		const { page, errors } = await app.open(MEETING);
		const item = page.locator('li[data-item="9"] .figures > li', { hasText: FIGURE });
		await item.getByRole('button', { name: `Ret: ${FIGURE}` }).click();
		await item.locator('input[name="forkert"]').check();
		await item.locator('textarea[name="begrundelse"]').fill('Tallet hører til et andet møde');
		await item.getByRole('button', { name: 'Gem rettelse' }).click();
		await expect(page.locator('li[data-corrected="forkert"]').innerText()).resolves.toContain(
			'markeret som forkert'
		);
		await gotoApp(page, `${app.origin}/sygefravaer?periode=1-halvaar`);
		await page.locator('h1[data-db="klar"]').waitFor({ timeout: 30_000 });
		await expect(
			page.locator('svg .mark[aria-label^="Samlet sygefravær, 2016:"]').count()
		).resolves.toBe(0);
		expect(errors).toEqual([]);
		await page.close();
	});
});
