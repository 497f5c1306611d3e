/**
 * Real Chromium for the end-to-end tests and the app benchmark: Debian's /usr/bin/chromium driven
 * by playwright-core (never a downloaded browser). When it is missing, it is installed with apt-get if we are root;
 * otherwise the tests stop at once and say which command installs it.
 */

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export function ensureChromium(): void {
	if (existsSync(CHROMIUM)) return;
	if (process.getuid?.() === 0) {
		execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
		execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit' });
	}
	if (!existsSync(CHROMIUM))
		throw new Error(
			`Chromium mangler til browsertestene. Installer den med: sudo apt-get install -y chromium`
		);
}

// The machines have no network beyond the package registries: keep Chromium from trying.
const ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export function launchChromium(): Promise<Browser> {
	ensureChromium();
	return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/** Chromium with a profile on disk: what it stores survives closing and starting it again. */
export function launchChromiumProfile(userDataDir: string): Promise<BrowserContext> {
	ensureChromium();
	return chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, args: ARGS });
}

export interface Watched {
	page: Page;
	/** Console errors, uncaught exceptions and failed responses. */
	errors: string[];
	/** Requests that left the app's origin. */
	foreign: string[];
}

/** A new page that records what a user would never want to see, then opens `path`. */
export async function openWatched(
	browser: Browser | BrowserContext,
	origin: string,
	path: string
): Promise<Watched> {
	const page = await browser.newPage();
	const errors: string[] = [];
	const foreign: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('response', (r) => {
		if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
	});
	page.on('request', (r) => {
		const url = r.url();
		if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
			foreign.push(url);
	});
	await gotoApp(page, `${origin}${path}`);
	return { page, errors, foreign };
}

/**
 * Open a page of the app and wait until the app has hydrated it: the prerendered page is on
 * screen (and its controls clickable) before they answer.
 */
export async function gotoApp(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}
