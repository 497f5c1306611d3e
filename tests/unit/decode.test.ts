import { describe, expect, it } from 'vitest';
import { decodeBytes, normaliseLineEndings } from '../../src/lib/minutes/decode';

const utf8 = (s: string): number[] => [...new TextEncoder().encode(s)];

function utf16(s: string, littleEndian: boolean): number[] {
	const out: number[] = [];
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (littleEndian) out.push(c & 0xff, c >> 8);
		else out.push(c >> 8, c & 0xff);
	}
	return out;
}

describe('decodeBytes', () => {
	it('decodes plain UTF-8 with æøå and keeps every character', () => {
		const text = 'Mødested Mødelokale 2 – sygefraværet på 6,5 dage i Ældre & Sundhed';
		expect(decodeBytes(new Uint8Array(utf8(text)))).toEqual({ text, encoding: 'utf-8' });
	});

	it('drops a UTF-8 byte order mark at the start', () => {
		const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('REFERAT Chefforum d. 01-09-2016')]);
		expect(decodeBytes(bytes)).toEqual({
			text: 'REFERAT Chefforum d. 01-09-2016',
			encoding: 'utf-8'
		});
	});

	it('keeps a second byte order mark as text (only the leading one is a BOM)', () => {
		const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, ...utf8('Punkt')]);
		expect(decodeBytes(bytes).text).toBe('\ufeffPunkt');
	});

	it('decodes UTF-16LE with a byte order mark', () => {
		const bytes = new Uint8Array([0xff, 0xfe, ...utf16('Økonomiudvalget – gul', true)]);
		expect(decodeBytes(bytes)).toEqual({ text: 'Økonomiudvalget – gul', encoding: 'utf-16le' });
	});

	it('decodes UTF-16BE with a byte order mark', () => {
		const bytes = new Uint8Array([0xfe, 0xff, ...utf16('Sygefravær “langtid”', false)]);
		expect(decodeBytes(bytes)).toEqual({ text: 'Sygefravær “langtid”', encoding: 'utf-16be' });
	});

	it('turns CRLF into \\n in UTF-16 text too', () => {
		const bytes = new Uint8Array([0xff, 0xfe, ...utf16('Punkt 1\r\nBeslutning\r\n', true)]);
		expect(decodeBytes(bytes).text).toBe('Punkt 1\nBeslutning\n');
	});

	it('decodes Windows-1252 bytes (æøå and the en dash) when the bytes are not UTF-8', () => {
		// "Mødested – Rådhuset, Ærø" in Windows-1252
		const bytes = new Uint8Array([
			0x4d, 0xf8, 0x64, 0x65, 0x73, 0x74, 0x65, 0x64, 0x20, 0x96, 0x20, 0x52, 0xe5, 0x64, 0x68,
			0x75, 0x73, 0x65, 0x74, 0x2c, 0x20, 0xc6, 0x72, 0xf8
		]);
		expect(decodeBytes(bytes)).toEqual({
			text: 'Mødested – Rådhuset, Ærø',
			encoding: 'windows-1252'
		});
	});

	it('decodes the Windows-1252 range 0x80–0x9F as typographic characters, not C1 controls', () => {
		// € ‚ „ … ' ' " " • – — ™ in one run, after an ø that makes the bytes invalid UTF-8
		const bytes = new Uint8Array([
			0xf8, 0x80, 0x82, 0x84, 0x85, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x99
		]);
		expect(decodeBytes(bytes)).toEqual({
			text: 'ø€‚„…‘’“”•–—™',
			encoding: 'windows-1252'
		});
	});

	it('decodes 0x80 as the euro sign and bytes above 0x9F as their Latin-1 letters', () => {
		const bytes = new Uint8Array([0x80, 0x20, 0x31, 0x2c, 0x35, 0x20, 0xe6, 0xb0, 0xe9]);
		expect(decodeBytes(bytes).text).toBe('€ 1,5 æ°é');
	});

	it('turns Windows CRLF line endings into \\n in Windows-1252 text', () => {
		const bytes = new Uint8Array([
			0x67, 0xf8, 0x72, 0x65, 0x73, 0x0d, 0x0a, 0x67, 0x72, 0xf8, 0x6e
		]);
		expect(decodeBytes(bytes).text).toBe('gøres\ngrøn');
	});

	it('turns CRLF and a lone CR into \\n and changes nothing else', () => {
		const source = 'Punkt 2: CF - Status\r\n\r\nTekst\rmed\ttab  og\u00a0NBSP\u00ad\f\n';
		const got = decodeBytes(new Uint8Array(utf8(source))).text;
		expect(got).toBe('Punkt 2: CF - Status\n\nTekst\nmed\ttab  og\u00a0NBSP\u00ad\f\n');
	});

	it('decodes an empty file to empty text', () => {
		expect(decodeBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
	});

	it('decodes a large Windows-1252 file without losing bytes across chunk boundaries', () => {
		const bytes = new Uint8Array(20_000).fill(0xe5);
		bytes[8191] = 0x96;
		bytes[8192] = 0x80;
		const text = decodeBytes(bytes).text;
		expect(text.length).toBe(20_000);
		expect(text.slice(8190, 8194)).toBe('å–€å');
	});
});

describe('normaliseLineEndings', () => {
	it('returns the same string when there is no CR', () => {
		expect(normaliseLineEndings('a\nb\n')).toBe('a\nb\n');
	});

	it('maps CRLF, CR CR LF and a trailing CR to the same number of line breaks', () => {
		expect(normaliseLineEndings('a\r\nb\r\r\nc\r')).toBe('a\nb\n\nc\n');
	});
});
