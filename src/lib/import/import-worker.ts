/**
 * The import's Web Worker: a file's bytes to its text (PDF, Word, text) and its extraction, off
 * the page's thread so a 100-file batch never freezes the page. One file at a time, in order.
 */

import { documentText } from '../documents/document-text';
import { browserPdfJs } from '../documents/pdfjs-browser';
import { extractMinutes } from '../minutes/index';
import { sha256Hex } from '../storage/sha256';
import type { ReadRequest, WorkerMessage } from './worker-protocol';

const post = (m: WorkerMessage): void => postMessage(m);

async function read({ id, name, bytes }: ReadRequest): Promise<void> {
	try {
		post({ kind: 'stage', id, stage: 'tekst' });
		const doc = await documentText(name, new Uint8Array(bytes), { pdfjs: browserPdfJs });
		if (!doc.ok) return post({ kind: 'done', id, result: doc });
		post({ kind: 'stage', id, stage: 'udtræk' });
		const extraction = extractMinutes(doc.text, name);
		if (!extraction.ok) return post({ kind: 'done', id, result: extraction });
		const found = {
			file: name,
			source: doc.text,
			source_hash: await sha256Hex(doc.text),
			extraction
		};
		post({ kind: 'done', id, result: { ok: true, found } });
	} catch (e) {
		const reason = `kunne ikke læses: ${e instanceof Error ? e.message : String(e)}`;
		post({ kind: 'done', id, result: { ok: false, reason } });
	}
}

let queue: Promise<void> = Promise.resolve();
addEventListener('message', (e: MessageEvent<ReadRequest>) => {
	queue = queue.then(() => read(e.data));
});
