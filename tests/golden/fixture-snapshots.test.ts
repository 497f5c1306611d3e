/**
 * Golden files: the whole extraction of each fixture (tests/fixtures/minutes) against
 * tests/fixtures/expected/<name>.json. On a mismatch the new output is written beside it as
 * <name>.changed.json to diff and, if right, copy over. A missing expectation is written
 * locally and fails under CI.
 */

import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFixture, fixtures, FIXTURE_DIR } from '../helpers/fixtures';

const EXPECTED_DIR = join(FIXTURE_DIR, '..', 'expected');

describe('golden extraction of the fixture minutes', () => {
	for (const f of fixtures()) {
		const base = f.name.replace(/\.(?:txt|md)$/, '');
		it(`${f.name} matches tests/fixtures/expected/${base}.json`, () => {
			const actual = `${JSON.stringify(extractFixture(f), null, '\t')}\n`;
			const expectedPath = join(EXPECTED_DIR, `${base}.json`);
			const changedPath = join(EXPECTED_DIR, `${base}.changed.json`);
			if (!existsSync(expectedPath)) {
				mkdirSync(EXPECTED_DIR, { recursive: true });
				writeFileSync(expectedPath, actual);
				expect(process.env.CI, `missing ${expectedPath} (written now; commit it)`).toBeFalsy();
				return;
			}
			const expected = readFileSync(expectedPath, 'utf8');
			if (actual === expected) rmSync(changedPath, { force: true });
			else writeFileSync(changedPath, actual);
			expect(actual, `differs: see ${changedPath}`).toBe(expected);
		});
	}
});
