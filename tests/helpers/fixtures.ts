/** The hand-written fixture minutes in tests/fixtures/minutes and their facts files. */

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { plainDocumentText } from '../../src/lib/documents/document-text';
import { extractMinutes, type Extraction } from '../../src/lib/minutes/index';

export const FIXTURE_DIR = join(import.meta.dirname, '..', 'fixtures', 'minutes');

export interface Fixture {
	name: string;
	path: string;
	bytes: Uint8Array;
}

export function fixtures(): Fixture[] {
	return readdirSync(FIXTURE_DIR)
		.filter((f) => /\.(?:txt|md)$/.test(f) && f !== 'README.md')
		.sort()
		.map((name) => ({
			name,
			path: join(FIXTURE_DIR, name),
			bytes: readFileSync(join(FIXTURE_DIR, name))
		}));
}

export function extractFixture(f: Fixture): Extraction {
	const doc = plainDocumentText(f.name, f.bytes);
	if (!doc.ok) return { ok: false, sourceFile: f.name, reason: doc.reason };
	return extractMinutes(doc.text, f.name);
}

export function sourceText(f: Fixture): string {
	const doc = plainDocumentText(f.name, f.bytes);
	return doc.ok ? doc.text : '';
}

/** The extraction of the fixture whose name starts with `prefix` ("01-"), which must be a referat. */
export function fixtureReferat(prefix: string): Extract<Extraction, { ok: true }> {
	const f = fixtures().find((x) => x.name.startsWith(prefix));
	const r = f && extractFixture(f);
	if (!r?.ok) throw new Error(`fixture ${prefix} is a referat`);
	return r;
}
