/**
 * The benchmark corpus: variants of the fixture referater and the seed minutes, each with its own
 * meeting date (so every file is a distinct meeting), its years shifted to match and its decimal
 * figures perturbed. Deterministic: the same size gives the same bytes.
 */

import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { MONTH_NAMES, WEEKDAY_NAMES, decodeBytes, extractMinutes } from '../../lib/minutes/index';

/** Fixtures that are not referater (newsletter, memo, agenda): left out of the corpus. */
const NOT_MINUTES = /^(?:12|13|14)-/;
const LAYOUTS = new Set(['.txt', '.md']);

/** The first meeting date of the corpus; file k meets k days later. */
const FIRST_DAY = Date.UTC(1990, 0, 1);
const DAY_MS = 86_400_000;

export interface Source {
	name: string;
	/** How the bytes are read and written back: latin1 keeps Windows-1252 bytes as they are. */
	encoding: 'utf8' | 'latin1';
	text: string;
	header: { day: string; month: string; year: number };
}

export interface Corpus {
	dir: string;
	files: number;
	bytes: number;
}

const HEADER_DATE = /REFERAT[^\n\d]+(\d{1,2})-(\d{1,2})-(\d{4})/;
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;
const DECIMAL = /(?<![\d,])(\d{1,2}),(\d)(?![\d,])/g;
const MOEDEDATO_LINE = /^.*Mødedato.*$/gm;
const LONG_DATE =
	/(?:(?:Mandag|Tirsdag|Onsdag|Torsdag|Fredag|Lørdag|Søndag)[ \t]+)?d\.[ \t]*\d{1,2}\.[ \t]*[a-z]+[ \t]+\d{4}/;

/**
 * The referater among the fixtures and seeds, with the header date each variant replaces. Files
 * the library rejects, or without a `REFERAT … d. DD-MM-YYYY` header to vary, are skipped.
 */
export function loadSources(dirs: readonly string[]): { sources: Source[]; skipped: string[] } {
	const sources: Source[] = [];
	const skipped: string[] = [];
	for (const dir of dirs) {
		for (const name of readdirSync(dir).sort()) {
			if (!LAYOUTS.has(extname(name)) || name === 'README.md') continue;
			const bytes = readFileSync(join(dir, name));
			const encoding = isUtf8(bytes) ? 'utf8' : 'latin1';
			const text = bytes.toString(encoding);
			const m = HEADER_DATE.exec(text);
			if (NOT_MINUTES.test(name) || !m || !extractMinutes(decodeBytes(bytes).text, name).ok) {
				skipped.push(name);
				continue;
			}
			sources.push({
				name,
				encoding,
				text,
				header: { day: m[1] as string, month: m[2] as string, year: Number(m[3]) }
			});
		}
	}
	return { sources, skipped };
}

function isUtf8(bytes: Uint8Array): boolean {
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		return true;
	} catch {
		return false;
	}
}

/** A small seeded PRNG (mulberry32), so the corpus is the same on every run. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Variant k of a source: meeting date FIRST_DAY + k days, years shifted, figures perturbed. */
export function variant(source: Source, k: number): string {
	const date = new Date(FIRST_DAY + k * DAY_MS);
	const year = date.getUTCFullYear();
	const month = date.getUTCMonth() + 1;
	const day = date.getUTCDate();
	const shift = year - source.header.year;
	const rnd = random(k + 1);

	let text = source.text.replace(YEAR, (y) => String(Number(y) + shift));
	// Every copy of the header date (running page headers, "Beslutning … den DD-MM-YYYY").
	const oldDate = `${source.header.day}-${source.header.month}-${year}`;
	text = text.split(oldDate).join(`${pad2(day)}-${pad2(month)}-${year}`);
	// … and in figures with dots or slashes ("Referat – Chefforum 15.09.2021" atop each page).
	text = text.replace(
		new RegExp(
			String.raw`(?<!\d)0?${Number(source.header.day)}([./])0?${Number(source.header.month)}(?:\1)${year}(?!\d)`,
			'g'
		),
		(_, sep: string) => `${pad2(day)}${sep}${pad2(month)}${sep}${year}`
	);
	const name = WEEKDAY_NAMES[date.getUTCDay()] as string;
	const weekday = name.charAt(0).toUpperCase() + name.slice(1);
	const longDate = `${weekday} d. ${pad2(day)}. ${MONTH_NAMES[month - 1]} ${year}`;
	text = text.replace(MOEDEDATO_LINE, (line) => line.replace(LONG_DATE, longDate));
	// The header date written out elsewhere ("Referat – Chefforum 13. marts 2019" atop each page).
	const oldMonth = MONTH_NAMES[Number(source.header.month) - 1] as string;
	text = text.replace(
		new RegExp(
			String.raw`(?<!\d)0?${Number(source.header.day)}\.[ \t]*${oldMonth}[ \t]+${year}`,
			'gi'
		),
		`${day}. ${MONTH_NAMES[month - 1]} ${year}`
	);
	text = text.replace(DECIMAL, (_, whole: string, tenth: string) => {
		const tenths = Math.max(0, Number(whole) * 10 + Number(tenth) + Math.round(rnd() * 10 - 5));
		return `${Math.floor(tenths / 10)},${tenths % 10}`;
	});
	return text;
}

/** Write variants round-robin over the sources until the folder holds at least `minBytes`. */
export function writeCorpus(dir: string, sources: readonly Source[], minBytes: number): Corpus {
	mkdirSync(dir, { recursive: true });
	let bytes = 0;
	let k = 0;
	while (bytes < minBytes) {
		const source = sources[k % sources.length] as Source;
		const data = Buffer.from(variant(source, k), source.encoding);
		writeFileSync(join(dir, `${String(k).padStart(6, '0')}-${source.name}`), data);
		bytes += data.length;
		k++;
	}
	return { dir, files: k, bytes };
}
