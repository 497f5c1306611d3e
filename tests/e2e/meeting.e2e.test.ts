/**
 * A meeting page in Chromium: the agenda with each item's figures, a closed item shown only as
 * existing, and every figure one click from its marked sentence in the minutes' own text.
 */

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, useBuiltApp } from './app';

const app = useBuiltApp();

describe('Møder in Chromium', () => {
	it('lists every meeting, each linking to its page', async () => {
		const { page, errors, foreign } = await app.open('/moeder');
		await expect(page.locator('tbody tr').count()).resolves.toBe(5);
		await page.getByRole('link', { name: '1. september 2016' }).click();
		await page.waitForURL(/\/moeder\/2016-09-01-chefforum$/);
		await expect(page.locator('h1').textContent()).resolves.toBe('Chefforum 1. september 2016');
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
		await page.close();
	});

	it('shows a closed item only as existing: no case number, no text', async () => {
		const { page } = await app.open('/moeder/2016-09-01-chefforum');
		const closed = page.locator('li[data-item="5"]');
		await expect(closed.textContent()).resolves.toContain('Punkt 5: Lukket punkt');
		await expect(closed.textContent()).resolves.not.toContain('00.01.00-A00-62-16');
		await expect(page.locator('pre.source').textContent()).resolves.not.toContain(
			'00.01.00-A00-62-16'
		);
		await page.close();
	});

	it('takes a figure to its marked sentence in the minutes, by a link that works on its own', async () => {
		const { page, errors } = await app.open('/moeder/2016-09-01-chefforum');
		const figure = page.locator('li[data-item="9"] .figures a', {
			hasText: 'Samlet sygefravær, 1. halvår 2016: 6,5 dage'
		});
		const href = await figure.getAttribute('href');
		expect(href).toMatch(/^#e-\d+-\d+$/);
		await figure.click();
		await page.waitForURL(new RegExp(`${href}$`));
		const marked = page.locator(`${href} + mark`);
		await expect(marked.textContent()).resolves.toContain('6,5 dage i gennemsnit pr. medarbejder');
		await expect(marked.isVisible()).resolves.toBe(true);
		// The same address opened fresh lands on the same sentence.
		const fresh = await app.open(`/moeder/2016-09-01-chefforum${href}`);
		await expect(fresh.page.locator(`${href} + mark`).isVisible()).resolves.toBe(true);
		await fresh.page.screenshot({ path: join(ARTIFACTS, 'moede.png') });
		expect(errors).toEqual([]);
		await page.close();
		await fresh.page.close();
	});
});
