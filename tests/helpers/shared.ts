/** Where ../shared is (the team's seeds, gold and tools), or null on a checkout without it. */

import { existsSync } from 'node:fs';
import { join } from 'node:path';

const candidate = join(import.meta.dirname, '..', '..', '..', 'shared');

export const SHARED: string | null = existsSync(join(candidate, 'gold', 'seeds.json'))
	? candidate
	: null;

export const SKIP_MESSAGE = 'skipped: ../shared (seeds, gold, tools) is not beside this checkout';
