/**
 * One set-up for every browser test file: the production build served on a loopback port and
 * Debian's Chromium, started before the file's tests and stopped after.
 */

import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, openWatched, type Watched } from '../../src/cli/chromium';
import { serveStatic, type StaticServer } from '../../src/cli/static-server';

const ROOT = join(import.meta.dirname, '..', '..');
const BUILD = join(ROOT, 'build');
export const ARTIFACTS = join(ROOT, 'test-results', 'e2e');

export interface BuiltApp {
	readonly origin: string;
	readonly browser: Browser;
	/** A watched page at `path` (console errors, failed responses, requests off the origin). */
	open(path: string): Promise<Watched>;
}

export function useBuiltApp(): BuiltApp {
	let server: StaticServer | undefined;
	let browser: Browser | undefined;
	beforeAll(async () => {
		if (!existsSync(join(BUILD, 'index.html')))
			throw new Error('build/ mangler: kør `npm run build` før browsertestene (npm test gør det)');
		server = await serveStatic(BUILD);
		browser = await launchChromium();
		mkdirSync(ARTIFACTS, { recursive: true });
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});
	const started = <T>(v: T | undefined): T => {
		if (v === undefined) throw new Error('the app is not started yet');
		return v;
	};
	return {
		get origin() {
			return started(server).origin;
		},
		get browser() {
			return started(browser);
		},
		open(path: string) {
			return openWatched(started(browser), started(server).origin, path);
		}
	};
}
