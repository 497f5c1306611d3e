/**
 * Bytes to the source text: the decoded document with line endings made `\n` and nothing else
 * changed. Evidence offsets index this text, so it must be the same in the CLI and the browser.
 */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
	text: string;
	encoding: Encoding;
}

export function decodeBytes(bytes: Uint8Array): DecodedText {
	const encoding = detectEncoding(bytes);
	const bomLength =
		encoding === 'utf-8' && hasUtf8Bom(bytes) ? 3 : encoding.startsWith('utf-16') ? 2 : 0;
	const body = bytes.subarray(bomLength);
	// ignoreBOM: the BOM was already cut above, so a second one stays as text.
	const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
	return { text: normaliseLineEndings(text), encoding };
}

function hasUtf8Bom(b: Uint8Array): boolean {
	return b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
}

function detectEncoding(b: Uint8Array): Encoding {
	if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
	if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
	if (hasUtf8Bom(b)) return 'utf-8';
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(b);
		return 'utf-8';
	} catch {
		// Not valid UTF-8: Danish office documents of this age are Windows-1252.
		return 'windows-1252';
	}
}

/** CRLF and lone CR become LF; the only change made to the decoded text. */
export function normaliseLineEndings(text: string): string {
	return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}
