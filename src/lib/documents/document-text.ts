/**
 * A document's bytes to its source text, by file type. The same module serves the CLI and the
 * browser. Plain text and Markdown go through the extraction library's decoder.
 */

import { decodeBytes } from '../minutes/decode';

export type DocumentText = { ok: true; text: string } | { ok: false; reason: string };

/** File types read as text. */
export const TEXT_EXTENSIONS = ['.txt', '.md', '.markdown', '.text'] as const;

export function extensionOf(name: string): string {
	const dot = name.lastIndexOf('.');
	return dot > name.lastIndexOf('/') && dot >= 0 ? name.slice(dot).toLowerCase() : '';
}

export function documentText(name: string, bytes: Uint8Array): DocumentText {
	if (bytes.length === 0) return { ok: false, reason: 'tom fil' };
	const ext = extensionOf(name);
	if (!(TEXT_EXTENSIONS as readonly string[]).includes(ext))
		return {
			ok: false,
			reason: `ukendt filtype (${ext || 'ingen filendelse'}): kun .txt og .md kan læses`
		};
	if (bytes.includes(0) && !(bytes[0] === 0xff || bytes[0] === 0xfe))
		return { ok: false, reason: 'filen er beskadiget eller ikke tekst (indeholder binære data)' };
	return { ok: true, text: decodeBytes(bytes).text };
}
