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
	const { text, encoding } = decodeText(bytes);
	return { text: normaliseLineEndings(text), encoding };
}

function hasUtf8Bom(b: Uint8Array): boolean {
	return b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
}

function decodeText(b: Uint8Array): DecodedText {
	// ignoreBOM: the BOM is cut here, so a second one stays as text.
	if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe)
		return {
			text: new TextDecoder('utf-16le', { ignoreBOM: true }).decode(b.subarray(2)),
			encoding: 'utf-16le'
		};
	if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff)
		return {
			text: new TextDecoder('utf-16be', { ignoreBOM: true }).decode(b.subarray(2)),
			encoding: 'utf-16be'
		};
	const body = hasUtf8Bom(b) ? b.subarray(3) : b;
	try {
		return {
			text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body),
			encoding: 'utf-8'
		};
	} catch {
		// Not valid UTF-8: Danish office documents of this age are Windows-1252.
		return { text: decodeWindows1252(b), encoding: 'windows-1252' };
	}
}

/** CRLF and lone CR become LF; the only change made to the decoded text. */
export function normaliseLineEndings(text: string): string {
	return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

// Windows-1252 bytes 0x80–0x9F (the rest equal their code point). Decoded by hand because some
// runtimes' TextDecoder('windows-1252') gives ISO-8859-1 control characters for these bytes.
const CP1252_HIGH = [
	0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
	0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
	0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178
];

export function decodeWindows1252(bytes: Uint8Array): string {
	const parts: string[] = [];
	const CHUNK = 8192;
	for (let i = 0; i < bytes.length; i += CHUNK) {
		const codes = Array.from(bytes.subarray(i, i + CHUNK), (b) =>
			b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] as number) : b
		);
		parts.push(String.fromCharCode(...codes));
	}
	return parts.join('');
}
