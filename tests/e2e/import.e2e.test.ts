/**
 * Importing minutes in Chromium, on a browser profile kept on disk: a real PDF, a .docx,
 * Markdown and Windows-1252 text are read in the page's worker, previewed, stored, shown in every
 * view beside the bundled meetings, kept across a reload and a browser restart, never duplicated;
 * bad files are named with their reason and change nothing; document text is never run as HTML.
 */

import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromiumProfile, openWatched, gotoApp } from '../../src/cli/chromium';
import { serveStatic, type StaticServer } from '../../src/cli/static-server';

const ROOT = join(import.meta.dirname, '..', '..');
const DOCS = join(ROOT, 'tests', 'fixtures', 'documents');
const MINUTES = join(ROOT, 'tests', 'fixtures', 'minutes');
const GOOD = [
	join(DOCS, '01-sygefravaer-1-kvartal-2018.pdf'),
	join(DOCS, '21-budgetstatus-juni-2016-og-netvaerkskadence.docx'),
	join(MINUTES, '02-sygefravaer-hele-aaret-2018.md'),
	join(MINUTES, '04-budgetstatus-cp1252-crlf-2020.txt')
];
const BUNDLED_MEETINGS = 5;

let server: StaticServer;
let profile: string;
let context: BrowserContext;
let work: string;

beforeAll(async () => {
	server = await serveStatic(join(ROOT, 'build'));
	profile = mkdtempSync(join(tmpdir(), 'moedespor-profile-'));
	work = mkdtempSync(join(tmpdir(), 'moedespor-import-'));
	context = await launchChromiumProfile(profile);
});
afterAll(async () => {
	await context?.close();
	await server?.close();
	rmSync(profile, { recursive: true, force: true });
	rmSync(work, { recursive: true, force: true });
});

async function open(path: string): Promise<{ page: Page; errors: string[]; foreign: string[] }> {
	const watched = await openWatched(context, server.origin, path);
	// Any dialog other than a removal's confirmation would be document text run as code.
	watched.page.on('dialog', (d) => {
		if (d.type() === 'confirm' && d.message().startsWith('Fjern ')) void d.accept();
		else {
			watched.errors.push(`dialog: ${d.message()}`);
			void d.dismiss();
		}
	});
	return watched;
}

async function chooseFiles(page: Page, files: string[]): Promise<void> {
	await page.locator('section.drop[data-ready="true"]').waitFor();
	await page.locator('input[name="filer"]').setInputFiles(files);
	await page.locator('[data-phase="gennemse"]').waitFor({ timeout: 60_000 });
}

async function meetingRows(page: Page): Promise<{ all: number; imported: number }> {
	await page.locator('[data-db="klar"]').waitFor({ timeout: 60_000 });
	return {
		all: await page.locator('tbody tr').count(),
		imported: await page.locator('tbody tr .imported').count()
	};
}

describe('Importér in Chromium', () => {
	it('reads PDF, Word, Markdown and Windows-1252 text, previews them, and stores them on confirmation', async () => {
		const { page, errors, foreign } = await open('/import');
		await chooseFiles(page, [...GOOD, join(DOCS, 'bad-krypteret.pdf')]);
		const preview = page.locator('table.preview');
		await expect(preview.locator('tbody tr[data-action="ny"]').count()).resolves.toBe(4);
		await expect(
			preview.locator('tr[data-meeting="2018-05-03-chefforum"]').innerText()
		).resolves.toMatch(
			/Chefforum 3\. maj 2018\s+6\s+8\s+0\s+0\s+01-sygefravaer-1-kvartal-2018\.pdf\s+nyt møde/
		);
		await expect(page.locator('ul.warnings').innerText()).resolves.toContain(
			'bad-krypteret.pdf: krypteret PDF'
		);
		// Nothing is stored before the user confirms.
		await expect(page.locator('table.stored').count()).resolves.toBe(0);
		await page.getByRole('button', { name: 'Gem 4 møder' }).click();
		await expect(page.locator('.outcome').innerText()).resolves.toContain('4 nye møder gemt');
		await expect(page.locator('table.files tr[data-stage="gemt"]').count()).resolves.toBe(4);
		await expect(page.locator('table.files tr[data-stage="afvist"]').count()).resolves.toBe(1);
		await expect(page.locator('table.stored tbody tr').count()).resolves.toBe(4);
		await expect(page.locator('.storage').innerText()).resolves.toMatch(/kB brugt|MB brugt/);
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
		await page.close();
	});

	it('shows the imported meetings in every view, marked as imported, each figure linking to its sentence', async () => {
		const { page, errors } = await open('/moeder');
		await expect(meetingRows(page)).resolves.toEqual({ all: BUNDLED_MEETINGS + 4, imported: 4 });

		await gotoApp(page, `${server.origin}/sygefravaer?periode=1-kvartal`);
		await page.locator('h1[data-db="klar"]').waitFor({ timeout: 60_000 });
		await expect(page.locator('main').innerText()).resolves.toContain('3,4');

		await gotoApp(page, `${server.origin}/budgetaftale?aar=2020`);
		const line = page.locator('tr[data-line="3.1"]');
		await line.waitFor({ timeout: 60_000 });
		await expect(line.innerText()).resolves.toMatch(/Rød/);

		await gotoApp(page, `${server.origin}/netvaerk`);
		const network = page.locator('td', { hasText: 'Tryghed i Hyldespjældet' });
		await network.first().waitFor({ timeout: 60_000 });
		await expect(network.first().locator('xpath=..').innerText()).resolves.toContain(
			'1. juni 2016'
		);

		await gotoApp(page, `${server.origin}/moeder`);
		await page.locator('[data-db="klar"]').waitFor();
		await page.getByRole('link', { name: '3. maj 2018' }).click();
		await page.locator('[data-imported]').waitFor();
		await expect(page.locator('h1').innerText()).resolves.toBe('Chefforum 3. maj 2018');
		const figure = page.locator('.figures a', {
			hasText: 'Samlet sygefravær, 1. kvartal 2018: 3,4 dage'
		});
		const anchor = (await figure.getAttribute('href')) ?? '';
		await figure.click();
		await expect(page.locator(`[id="${anchor.slice(1)}"] + mark`).innerText()).resolves.toContain(
			'3,4'
		);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('keeps them across a reload and a browser restart on the same profile', async () => {
		let { page } = await open('/moeder');
		await page.reload();
		await expect(meetingRows(page)).resolves.toEqual({ all: BUNDLED_MEETINGS + 4, imported: 4 });
		await context.close();
		context = await launchChromiumProfile(profile);
		({ page } = await open('/moeder'));
		await expect(meetingRows(page)).resolves.toEqual({ all: BUNDLED_MEETINGS + 4, imported: 4 });
		await page.close();
	});

	it('adds nothing when the same minutes are imported again', async () => {
		const { page } = await open('/import');
		await chooseFiles(page, GOOD);
		await expect(
			page.locator('table.preview tbody tr[data-action="uændret"]').count()
		).resolves.toBe(4);
		await expect(page.getByRole('button', { name: 'Gem 0 møder' }).isDisabled()).resolves.toBe(
			true
		);
		await page.getByRole('button', { name: 'Fortryd' }).click();
		await expect(page.locator('table.stored tbody tr').count()).resolves.toBe(4);

		// The same meeting in another version (its text file instead of the PDF) would replace it.
		await chooseFiles(page, [join(MINUTES, '01-sygefravaer-1-kvartal-2018.txt')]);
		await expect(
			page.locator('table.preview tr[data-meeting="2018-05-03-chefforum"]').innerText()
		).resolves.toContain('erstatter en tidligere version (01-sygefravaer-1-kvartal-2018.pdf)');
		await page.getByRole('button', { name: 'Fortryd' }).click();
		await page.close();
	});

	it('takes files dropped on the page', async () => {
		const { page, errors } = await open('/import');
		await page.locator('section.drop[data-ready="true"]').waitFor();
		const bytes = readFileSync(join(DOCS, '06-budgetstatus-punktopstilling-2021.pdf')).toString(
			'base64'
		);
		await page.evaluate(`(() => {
			const bytes = Uint8Array.from(atob(${JSON.stringify(bytes)}), (c) => c.charCodeAt(0));
			const dt = new DataTransfer();
			dt.items.add(new File([bytes], 'budget-2021.pdf', { type: 'application/pdf' }));
			const zone = document.querySelector('section.drop');
			zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
			zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
		})()`);
		await page.locator('[data-phase="gennemse"]').waitFor({ timeout: 60_000 });
		await expect(
			page.locator('table.preview tr[data-meeting="2021-11-24-chefforum"]').innerText()
		).resolves.toContain('budget-2021.pdf');
		await page.getByRole('button', { name: 'Fortryd' }).click();
		expect(errors).toEqual([]);
		await page.close();
	});

	it('names each bad file with its reason and changes nothing', async () => {
		const { page, errors } = await open('/import');
		const bad = [
			'bad-tom.pdf',
			'bad-afkortet.pdf',
			'bad-billeder-uden-tekst.pdf',
			'bad-zip-uden-word.docx',
			'bad-tekst-med-pdf-navn.pdf'
		];
		await chooseFiles(
			page,
			bad.map((f) => join(DOCS, f))
		);
		const warnings = page.locator('ul.warnings');
		await expect(warnings.innerText()).resolves.toContain('bad-tom.pdf: tom fil');
		await expect(warnings.innerText()).resolves.toContain('bad-afkortet.pdf: filen er beskadiget');
		await expect(warnings.innerText()).resolves.toContain(
			'bad-billeder-uden-tekst.pdf: PDF uden tekst (scannet?)'
		);
		await expect(warnings.innerText()).resolves.toContain(
			'bad-zip-uden-word.docx: filen er beskadiget eller ikke et Word-dokument'
		);
		await expect(
			page.locator('p', { hasText: 'Ingen af filerne var referater.' }).count()
		).resolves.toBe(1);
		await expect(page.getByRole('button', { name: 'Gem 0 møder' }).isDisabled()).resolves.toBe(
			true
		);
		await expect(page.locator('table.stored tbody tr').count()).resolves.toBe(4);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('shows a script tag, a formula and HTML in a file name as text, never running them', async () => {
		const text = readFileSync(join(MINUTES, '16-sygefravaer-2-kvartal-2017.txt'), 'latin1').replace(
			'Sagsfremstilling',
			'Sagsfremstilling\n<script>alert("referat")</script> =HYPERLINK("http://x","klik")'
		);
		const name = '<img src=x onerror=alert(1)>.txt';
		writeFileSync(join(work, name), Buffer.from(text, 'latin1'));
		const { page, errors } = await open('/import');
		await chooseFiles(page, [join(work, name)]);
		await expect(page.locator('table.files').innerText()).resolves.toContain(name);
		await page.getByRole('button', { name: 'Gem 1 møde' }).click();
		await page.locator('.outcome').waitFor();
		await page
			.getByRole('link', { name: /24\. august 2017/ })
			.first()
			.click();
		await page.locator('[data-imported]').waitFor();
		await expect(page.locator('pre.source').innerText()).resolves.toContain(
			'<script>alert("referat")</script>'
		);
		await expect(page.locator('pre.source script').count()).resolves.toBe(0);
		await expect(page.locator('body img').count()).resolves.toBe(0);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('imports a whole folder with its subfolders, taking only documents it can read', async () => {
		const folder = join(work, 'referater');
		mkdirSync(join(folder, '2023'), { recursive: true });
		copyFileSync(
			join(DOCS, '10-sygefravaer-1-3-kvartal-2023.pdf'),
			join(folder, '2023', 'referat-22-11.pdf')
		);
		copyFileSync(join(DOCS, '16-sygefravaer-2-kvartal-2017.docx'), join(folder, 'aug-2017.docx'));
		writeFileSync(join(folder, 'budget.xlsx'), 'ikke et referat');
		const { page, errors } = await open('/import');
		await page.locator('section.drop[data-ready="true"]').waitFor();
		await page.locator('input[name="mappe"]').setInputFiles(folder);
		await page.locator('[data-phase="gennemse"]').waitFor({ timeout: 60_000 });
		const files = await page.locator('table.files tbody tr td:first-child').allInnerTexts();
		expect(files).toEqual(['referater/2023/referat-22-11.pdf', 'referater/aug-2017.docx']);
		await expect(
			page.locator('table.preview tr[data-meeting="2023-11-22-chefforum"]').count()
		).resolves.toBe(1);
		await page.getByRole('button', { name: 'Fortryd' }).click();
		expect(errors).toEqual([]);
		await page.close();
	});

	it('refuses a 50 MB text file as too large, and a cancelled batch stores nothing', async () => {
		const big = join(work, 'kæmpe.txt');
		writeFileSync(big, Buffer.alloc(50_000_000, 'a'));
		const { page, errors } = await open('/import');
		await chooseFiles(page, [big]);
		await expect(page.locator('ul.warnings').innerText()).resolves.toContain(
			'kæmpe.txt: filen er for stor til at være et referat (50 MB'
		);
		await page.getByRole('button', { name: 'Fortryd' }).click();
		const stored = await page.locator('table.stored tbody tr').count();

		const copies = Array.from({ length: 60 }, (_, i) => {
			const copy = join(work, `kopi-${i}.pdf`);
			copyFileSync(join(DOCS, '22-netvaerk-temaproces-2019.pdf'), copy);
			return copy;
		});
		await page.locator('input[name="filer"]').setInputFiles(copies);
		await page.getByRole('button', { name: 'Afbryd' }).click();
		await expect(page.locator('[role="alert"]').innerText()).resolves.toBe('Importen blev afbrudt');
		await expect(page.locator('table.preview').count()).resolves.toBe(0);
		await page.reload();
		await page.locator('section.drop[data-ready="true"]').waitFor();
		await expect(page.locator('table.stored tbody tr').count()).resolves.toBe(stored);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('removes an imported meeting from every view, one at a time, with its corrections', async () => {
		const { page } = await open('/moeder/importeret?id=2020-05-20-chefforum');
		// A correction to the meeting first: it goes with the meeting.
		const figure = page.locator('.figures > li').first();
		await figure.getByRole('button', { name: /^Ret: / }).click();
		await figure.locator('textarea[name="begrundelse"]').fill('Prøve');
		await figure.locator('input[name="forkert"]').check();
		await figure.getByRole('button', { name: 'Gem rettelse' }).click();
		await page.locator('li[data-corrected]').waitFor();

		await gotoApp(page, `${server.origin}/import`);
		await page.locator('table.stored tbody tr').first().waitFor();
		const before = await page.locator('table.stored tbody tr').count();
		await page.locator('tr[data-meeting="2020-05-20-chefforum"] button').click();
		await expect
			.poll(() => page.locator('table.stored tbody tr').count(), { timeout: 10_000 })
			.toBe(before - 1);
		await gotoApp(page, `${server.origin}/moeder`);
		await expect(meetingRows(page)).resolves.toEqual({
			all: BUNDLED_MEETINGS + before - 1,
			imported: before - 1
		});
		await expect(page.locator('tr[data-meeting="2020-05-20-chefforum"]').count()).resolves.toBe(0);

		// Imported again, the meeting comes back as extracted, without the old correction.
		await gotoApp(page, `${server.origin}/import`);
		await chooseFiles(page, [join(MINUTES, '04-budgetstatus-cp1252-crlf-2020.txt')]);
		await page.getByRole('button', { name: 'Gem 1 møde' }).click();
		await page.locator('.outcome').waitFor();
		await gotoApp(page, `${server.origin}/moeder/importeret?id=2020-05-20-chefforum`);
		await page.locator('.figures > li').first().waitFor();
		await expect(page.locator('li[data-corrected]').count()).resolves.toBe(0);
		await page.close();
	});
});
