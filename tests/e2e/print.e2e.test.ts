/**
 * Printing in Chromium: every view prints its content and sources without the menu, filters or
 * buttons, says where it came from (the address restores the view), and keeps its colours.
 * Each view is also printed to a PDF, saved as a test artifact.
 */

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, useBuiltApp } from './app';
import { VIEWS } from '../../src/lib/app/routes';

const app = useBuiltApp();

const PAGES = [...VIEWS.map((v) => v.path), '/moeder/2016-09-01-chefforum'];

describe('printing a view', () => {
	for (const path of PAGES) {
		it(`${path} prints its content without the controls, with the address of the view`, async () => {
			const { page, errors } = await app.open(path);
			await page.emulateMedia({ media: 'print' });
			await expect(page.locator('nav').isVisible()).resolves.toBe(false);
			await expect(page.locator('form.filters').isVisible()).resolves.toBe(false);
			await expect(page.locator('h1').isVisible()).resolves.toBe(true);
			const stamp = page.locator('.print-only');
			await expect(stamp.isVisible()).resolves.toBe(true);
			await expect(stamp.textContent()).resolves.toContain(page.url());
			// Only buttons that are content (a source date, a traffic light) are left on paper.
			const controls = await page
				.locator('button:visible')
				.evaluateAll((els) =>
					els
						.filter((e) => !e.classList.contains('link') && !e.classList.contains('cell'))
						.map((e) => e.textContent?.trim())
				);
			expect(controls).toEqual([]);
			const pdf = await page.pdf({ format: 'A4', printBackground: true });
			expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
			const name = path === '/' ? 'oversigt' : path.slice(1).replaceAll('/', '-');
			writeFileSync(join(ARTIFACTS, `print-${name}.pdf`), pdf);
			expect(errors).toEqual([]);
			await page.close();
		});
	}

	it('keeps the chosen filter and an opened source on paper', async () => {
		const { page } = await app.open('/sygefravaer?periode=1-3-kvartal');
		await page.locator('svg .mark[aria-label^="Samlet sygefravær, 2017: 9,6 dage"]').click();
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.print-only').textContent()).resolves.toContain(
			'periode=1-3-kvartal'
		);
		await expect(
			page.locator('svg .mark[aria-label^="Samlet sygefravær, 2017: 9,6 dage"]').isVisible()
		).resolves.toBe(true);
		const evidence = page.locator('aside.evidence');
		await expect(evidence.isVisible()).resolves.toBe(true);
		await expect(evidence.getByRole('button', { name: 'Luk' }).isVisible()).resolves.toBe(false);
		// The traffic-light colours survive printing: backgrounds are printed exactly.
		const adjust = await page.evaluate(
			() => getComputedStyle(document.body).getPropertyValue('print-color-adjust') || 'unset'
		);
		expect(adjust).toBe('exact');
		await page.close();
	});
});
