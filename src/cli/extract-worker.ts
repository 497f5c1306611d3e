/** Worker thread: reads and extracts the files it is sent, one at a time. */

import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { extractFile, type FileResult } from './extract-file';

parentPort?.on('message', async (path: string | null) => {
	if (path === null) {
		parentPort?.close();
		return;
	}
	let result: FileResult;
	try {
		result = await extractFile(path, readFileSync(path));
	} catch (e) {
		result = { ok: false, path, reason: `kunne ikke læses: ${(e as Error).message}` };
	}
	parentPort?.postMessage(result);
});
