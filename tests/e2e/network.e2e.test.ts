/** Netværk in Chromium: networks on a time line, milestones that open their source. */

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, useBuiltApp } from './app';

const app = useBuiltApp();

describe('Netværk in Chromium', () => {
	it('draws the named networks and the milestones of the theme process', async () => {
		const { page, errors, foreign } = await app.open('/netvaerk');
		const spans = await page
			.locator('svg rect[role="button"]')
			.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
		expect(spans).toContain(
			'Borgere der modtager misbrugsbehandling: i gang, fra 15. november 2017, intet kendt slut. Vis kilde.'
		);
		const stones = await page
			.locator('svg .milestone')
			.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
		expect(stones.some((s) => s.startsWith('Milepæl 22. januar 2018'))).toBe(true);
		expect(stones.some((s) => s.startsWith('Milepæl september 2013'))).toBe(true);
		await page.screenshot({ path: join(ARTIFACTS, 'netvaerk.png'), fullPage: true });
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
		await page.close();
	});

	it('opens the source of a milestone with Enter', async () => {
		const { page } = await app.open('/netvaerk');
		await page.locator('svg .milestone[aria-label^="Milepæl 22. januar 2018"]').focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('aside.evidence blockquote').textContent()).resolves.toContain(
			'22. januar'
		);
		await page.close();
	});

	it('filters the networks by status through the URL', async () => {
		const { page } = await app.open('/netvaerk?status=afsluttet');
		await page.locator('select[name="status"]').waitFor();
		await expect(page.locator('svg rect[role="button"]').count()).resolves.toBe(0);
		await page.locator('select[name="status"]').selectOption('i gang');
		await page.waitForURL(/status=i\+gang|status=i%20gang/);
		await expect(page.locator('svg rect[role="button"]').count()).resolves.toBe(3);
		await page.close();
	});

	it('shows one network and what the minutes said about it, chosen through the URL', async () => {
		const { page } = await app.open('/netvaerk');
		await page.locator('select[name="netvaerk"]').selectOption('Dataunderstøttet udvikling');
		await page.waitForURL(/netvaerk=Dataunderst/);
		const spans = page.locator('svg rect[role="button"]');
		await page.waitForFunction(
			() => document.querySelectorAll('svg rect[role="button"]').length === 1
		);
		await expect(spans.first().getAttribute('aria-label')).resolves.toMatch(
			/^Dataunderstøttet udvikling: i gang/
		);
		const history = page.locator('table', {
			has: page.locator('th', { hasText: 'Referatet siger' })
		});
		await expect(history.locator('tbody tr').count()).resolves.toBeGreaterThan(0);
		await history.locator('tbody tr').first().getByRole('button').click();
		await expect(page.locator('aside.evidence blockquote').textContent()).resolves.toMatch(
			/Dataunderstøttet udvikling/i
		);
		await page.reload();
		await page.waitForFunction(
			() => document.querySelectorAll('svg rect[role="button"]').length === 1
		);
		await page.close();
	});
});
