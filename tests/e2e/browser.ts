/**
 * Real Chromium for the end-to-end tests: Debian's /usr/bin/chromium driven by playwright-core
 * (never a downloaded browser). When it is missing, it is installed with apt-get if we are root;
 * otherwise the tests stop at once and say which command installs it.
 */

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

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

export function launchChromium(): Promise<Browser> {
	ensureChromium();
	return chromium.launch({
		executablePath: CHROMIUM,
		// The machines have no network beyond the package registries: keep Chromium from trying.
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	});
}
