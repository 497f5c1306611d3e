/**
 * Backup and restore in Chromium: everything imported and corrected in one browser goes into one
 * file, and restoring it in another browser (a separate profile) gives the same views; a damaged
 * backup or one from a newer format is refused and changes nothing.
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { openWatched, gotoApp } from '../../src/cli/chromium';
import { ARTIFACTS, useBuiltApp } from './app';

const app = useBuiltApp();
const ROOT = join(import.meta.dirname, '..', '..');
const contexts: BrowserContext[] = [];
afterAll(async () => {
	for (const c of contexts) await c.close();
});

async function fresh(): Promise<BrowserContext> {
	const c = await app.browser.newContext({ acceptDownloads: true });
	contexts.push(c);
	return c;
}

async function meetingList(page: Page): Promise<string> {
	await gotoApp(page, `${app.origin}/moeder`);
	await page.locator('[data-db="klar"]').waitFor({ timeout: 60_000 });
	return page.locator('table').innerText();
}

async function chooseBackup(page: Page, path: string): Promise<void> {
	await page.locator('input[name="sikkerhedskopi"]').setInputFiles(path);
}

describe('Sikkerhedskopi in Chromium', () => {
	it('restores in another browser exactly what was imported and corrected; refuses a damaged or newer file', async () => {
		const a = await fresh();
		const { page, errors } = await openWatched(a, app.origin, '/import');
		await page.locator('section.drop[data-ready="true"]').waitFor();
		await page
			.locator('input[name="filer"]')
			.setInputFiles([
				join(ROOT, 'tests/fixtures/documents/01-sygefravaer-1-kvartal-2018.pdf'),
				join(ROOT, 'tests/fixtures/minutes/02-sygefravaer-hele-aaret-2018.md')
			]);
		await page.getByRole('button', { name: 'Gem 2 møder' }).click();
		await page.locator('.outcome').waitFor();

		await gotoApp(page, `${app.origin}/moeder/2016-09-01-chefforum`);
		const figure = 'Samlet sygefravær, 1. halvår 2016: 6,5 dage';
		const item = page.locator('li[data-item="9"] .figures > li', { hasText: figure });
		await item.getByRole('button', { name: `Ret: ${figure}` }).click();
		await item.locator('input[name="value"]').fill('6,6');
		await item.locator('textarea[name="begrundelse"]').fill('Efterregistrering');
		await item.getByRole('button', { name: 'Gem rettelse' }).click();
		await page.locator('li[data-corrected="rettet"]').waitFor();
		const listInA = await meetingList(page);

		await gotoApp(page, `${app.origin}/import`);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Hent sikkerhedskopi' }).click()
		]);
		const backup = join(ARTIFACTS, download.suggestedFilename());
		await download.saveAs(backup);
		expect(download.suggestedFilename()).toMatch(
			/^moedespor-sikkerhedskopi-\d{4}-\d{2}-\d{2}\.json$/
		);
		expect(errors).toEqual([]);

		// Another browser: the bundled data only, until the backup is restored.
		const b = await fresh();
		const other = await openWatched(b, app.origin, '/import');
		await other.page.locator('section.drop[data-ready="true"]').waitFor();
		const text = readFileSync(backup, 'utf8');
		const damaged = join(ARTIFACTS, 'beskadiget.json');
		writeFileSync(damaged, text.slice(0, text.length - 200));
		await chooseBackup(other.page, damaged);
		await expect(other.page.locator('.backup [role="alert"]').innerText()).resolves.toContain(
			'beskadiget.json: filen er beskadiget eller ikke en sikkerhedskopi fra Mødespor. Intet er ændret.'
		);
		const tampered = join(ARTIFACTS, 'aendret.json');
		writeFileSync(tampered, text.replace('"Efterregistrering"', '"Noget andet"'));
		await chooseBackup(other.page, tampered);
		await expect(other.page.locator('.backup [role="alert"]').innerText()).resolves.toContain(
			'kontrolsummen'
		);
		const newer = join(ARTIFACTS, 'nyere.json');
		writeFileSync(newer, text.replace('"version":1', '"version":2'));
		await chooseBackup(other.page, newer);
		await expect(other.page.locator('.backup [role="alert"]').innerText()).resolves.toContain(
			'nyere udgave af Mødespor (format 2)'
		);
		await expect(other.page.locator('table.stored').count()).resolves.toBe(0);

		await chooseBackup(other.page, backup);
		await expect(other.page.locator('.backup .confirm').innerText()).resolves.toContain(
			'indeholder 2 møder og 1 rettelse. Den erstatter det, der er gemt nu (0 møder og 0 rettelser)'
		);
		await other.page.getByRole('button', { name: 'Gendan', exact: true }).click();
		await expect(other.page.locator('.backup .outcome').innerText()).resolves.toBe(
			'Gendannet: 2 møder og 1 rettelse.'
		);
		await expect(other.page.locator('table.stored tbody tr').count()).resolves.toBe(2);
		await expect(meetingList(other.page)).resolves.toBe(listInA);
		await gotoApp(other.page, `${app.origin}/sygefravaer?periode=1-halvaar`);
		await other.page.locator('h1[data-db="klar"]').waitFor({ timeout: 60_000 });
		await expect(
			other.page.locator('svg .mark[aria-label^="Samlet sygefravær, 2016: 6,6 dage"]').count()
		).resolves.toBe(1);
		expect(other.errors).toEqual([]);
	});
});
