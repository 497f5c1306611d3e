import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// DuckDB-WASM is imported dynamically in the browser; pre-bundling it only slows dev start.
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	test: {
		include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
		environment: 'node',
		expect: { requireAssertions: true },
		// The JSON report lets .ci/run print one plain "N passed, N failed" line.
		reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
		testTimeout: 60_000
	}
});
