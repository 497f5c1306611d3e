/** Backup files: what they hold comes back unchanged; anything else is refused with its reason. */

import { describe, expect, it } from 'vitest';
import { makeBackup, readBackup } from '../../../src/lib/backup/backup';
import type { StoredMeeting } from '../../../src/lib/import/stored-meeting';
import { extractFixture, fixtures, sourceText } from '../../helpers/fixtures';

const f = fixtures().find((x) => x.name.startsWith('01-'));
const extraction = f && extractFixture(f);
if (!f || !extraction?.ok) throw new Error('fixture 01 is a referat');
const meeting: StoredMeeting = {
	meeting_id: extraction.meeting.meeting_id,
	source_file: f.name,
	source_hash: 'abc',
	imported_at: '2026-11-24T10:00:00.000Z',
	source: sourceText(f),
	extraction
};
const content = { meetings: [meeting], corrections: [] };

describe('backups', () => {
	it('gives back exactly what was saved', async () => {
		const read = await readBackup(await makeBackup(content, '2026-11-24T11:00:00.000Z'));
		expect(read).toEqual({ ok: true, created: '2026-11-24T11:00:00.000Z', ...content });
	});

	it('refuses other files, other versions and damaged copies, each with its reason', async () => {
		const text = await makeBackup(content, '2026-11-24T11:00:00.000Z');
		const reason = async (t: string): Promise<string> => {
			const r = await readBackup(t);
			return r.ok ? 'ok' : r.reason;
		};
		await expect(reason(text.slice(0, -10))).resolves.toContain('beskadiget');
		await expect(reason('{"navn": "noget andet"}')).resolves.toBe(
			'filen er ikke en sikkerhedskopi fra Mødespor'
		);
		await expect(reason(text.replace('"version":1', '"version":7'))).resolves.toContain(
			'nyere udgave af Mødespor (format 7)'
		);
		await expect(reason(text.replace('"version":1', '"version":0'))).resolves.toContain(
			'ældre format (0)'
		);
		await expect(reason(text.replace('Mødelokale 3', 'Mødelokale 4'))).resolves.toContain(
			'kontrolsummen'
		);
	});
});
