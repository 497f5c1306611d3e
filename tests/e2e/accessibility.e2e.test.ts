/**
 * Every view in Chromium, checked by axe-core: no accessibility violations. Also the page's
 * Content-Security-Policy: the app's own origin only, no eval beyond WebAssembly.
 */

import { gotoApp } from '../../src/cli/chromium';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { useBuiltApp } from './app';
import { VIEWS } from '../../src/lib/app/routes';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const app = useBuiltApp();

const PAGES = [...VIEWS.map((v) => v.path), '/moeder/2016-09-01-chefforum'];

describe('accessibility and safety of every view', () => {
	for (const path of PAGES) {
		it(`${path} has no axe-core violations`, async () => {
			// axe is injected by the test, so this context alone lets it past the page's CSP.
			const context = await app.browser.newContext({ bypassCSP: true });
			const page = await context.newPage();
			await gotoApp(page, `${app.origin}${path}`);
			await page.evaluate(AXE);
			const violations = await page.evaluate(async () => {
				const axe = (
					window as unknown as {
						axe: {
							run: () => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
						};
					}
				).axe;
				const result = await axe.run();
				return result.violations.map(
					(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
				);
			});
			expect(violations).toEqual([]);
			await context.close();
		});
	}

	it('sends a Content-Security-Policy that allows only the app itself and WebAssembly', async () => {
		const { page } = await app.open('/');
		const csp =
			(await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ??
			'';
		expect(csp).toContain("default-src 'self'");
		expect(csp).toContain("'wasm-unsafe-eval'");
		expect(csp).not.toContain("'unsafe-eval'");
		expect(csp).not.toMatch(/https?:/);
		await page.close();
	});
});
