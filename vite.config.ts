import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
		environment: 'node',
		expect: { requireAssertions: true },
		// The JSON report lets .ci/run print one plain "N passed, N failed" line.
		reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
		testTimeout: 60_000
	}
});
