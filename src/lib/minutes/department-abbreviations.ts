/**
 * Abbreviations a document defines for its departments ("… fem afdelinger: Pleje & Omsorg (P&O),
 * Dagtilbud (DT) …") and then uses alone ("P&O ligger på 14,2 dage"). Each later use is spelled
 * out in the working text, so every reader finds the department by its name; offsets still map
 * to the source, and text shown to people (asWritten) still reads as the source writes it.
 */

import { sourceSpan, type WorkingText } from './normalise';
import { scopeMentions } from './sick-leave-terms';

/**
 * "* BUF: Børne- og Ungeforvaltningen, SSF: …": a key under a table that spells out the
 * abbreviations the table used above it.
 */
const KEY_ENTRY =
	/(?<![\p{L}\d&])(\p{Lu}[\p{Lu}&]{1,4}):[ \t]+(\p{Lu}[^,.;:]{2,60}?)(?=[ \t]*[,.;]|\n[ \t]*\n)/gu;

/** "(P&O)", "(DT)", "(S&U)": two to five capitals, an ampersand allowed inside. */
const DEFINITION = /\((\p{Lu}[\p{Lu}&]{1,4})\)/gu;
/** A word of a department's name ("Pleje", "Uddannelse,") or what joins two ("&", "og"). */
const NAME_WORD = /^\p{Lu}[\p{L}-]*,?$/u;
const JOINER = /^(?:&|og)$/;

/**
 * Whether two capitals stand right before a ": " ("BUF: …"): a test by char codes first, as the
 * key's pattern would read every capital letter of every document.
 */
function mayHaveKey(text: string): boolean {
	const upper = (c: number): boolean =>
		(c >= 65 && c <= 90) || c === 0xc6 || c === 0xd8 || c === 0xc5 || c === 38;
	for (let at = text.indexOf(': '); at !== -1; at = text.indexOf(': ', at + 2))
		if (upper(text.charCodeAt(at - 1)) && upper(text.charCodeAt(at - 2))) return true;
	return false;
}

interface Expansion {
	/** [start, end) of the spelled-out name in the new text. */
	outStart: number;
	outEnd: number;
	/** [start, end) of the abbreviation in the text it replaced. */
	inStart: number;
	inEnd: number;
}

/**
 * The department an abbreviation stands for, from the words before its bracket: the longest
 * tail of them that starts with the abbreviation's first letter, holds its letters in order and
 * names a department.
 */
function definedName(before: string, abbreviation: string): string | null {
	// The run of capitalised words (and their joiners) that ends right before the bracket.
	const tokens = [...before.matchAll(/[^ \t\n]+/g)];
	let k = tokens.length;
	while (k > 0 && tokens.length - k < 9) {
		const word = (tokens[k - 1] as RegExpExecArray)[0];
		if (!NAME_WORD.test(word) && !JOINER.test(word)) break;
		k--;
	}
	const letters = abbreviation.replace(/&/g, '').toLowerCase();
	const end = before.trimEnd().length;
	for (const token of tokens.slice(k)) {
		// A name wrapped across lines ("Social &\nFamilie (S&F)") is one name.
		const candidate = before.slice(token.index, end).replace(/\s+/g, ' ');
		if (candidate[0]?.toLowerCase() !== letters[0] || !holdsInOrder(candidate, letters)) continue;
		const scope = scopeMentions(candidate)[0];
		return scope && scope.index === 0 && scope.end === candidate.length ? candidate : null;
	}
	return null;
}

function holdsInOrder(name: string, letters: string): boolean {
	const lower = name.toLowerCase();
	let at = 0;
	for (const ch of letters) {
		at = lower.indexOf(ch, at) + 1;
		if (at === 0) return false;
	}
	return true;
}

/** The working text with each use of a defined abbreviation after its definition spelled out. */
export function expandDepartmentAbbreviations(w: WorkingText): WorkingText {
	const defined = new Map<string, { name: string; from: number }>();
	for (const m of w.text.matchAll(DEFINITION)) {
		const abbreviation = m[1] as string;
		if (defined.has(abbreviation) || !/\p{Lu}.*\p{Lu}/su.test(abbreviation)) continue;
		const name = definedName(w.text.slice(Math.max(0, m.index - 80), m.index), abbreviation);
		if (name) defined.set(abbreviation, { name, from: m.index + m[0].length });
	}
	// A key holds for the whole document: the table it explains stands above it.
	const keys: [number, number][] = [];
	if (mayHaveKey(w.text))
		for (const m of w.text.matchAll(KEY_ENTRY)) {
			const abbreviation = m[1] as string;
			const name = (m[2] as string).replace(/\s+/g, ' ').trim();
			const scope = scopeMentions(name)[0];
			if (!/\p{Lu}.*\p{Lu}/su.test(abbreviation) || defined.has(abbreviation)) continue;
			if (!scope || scope.index !== 0 || scope.end !== name.length) continue;
			defined.set(abbreviation, { name, from: 0 });
			keys.push([m.index, m.index + m[0].length]);
		}
	if (defined.size === 0) return w;
	const uses = new RegExp(
		String.raw`(?<![\p{L}\d&])(?:${[...defined.keys()].sort((a, b) => b.length - a.length).join('|')})(?![\p{L}\d&])`,
		'gu'
	);
	const parts: string[] = [];
	const expansions: Expansion[] = [];
	let copied = 0;
	let length = 0;
	let key = 0;
	for (const m of w.text.matchAll(uses)) {
		const def = defined.get(m[0]);
		// Keys and uses both come in document order: one pointer finds the key a use may be in.
		while (key < keys.length && (keys[key] as [number, number])[1] <= m.index) key++;
		const inKey = key < keys.length && (keys[key] as [number, number])[0] <= m.index;
		if (!def || m.index < def.from || inKey) continue;
		parts.push(w.text.slice(copied, m.index));
		length += m.index - copied;
		parts.push(def.name);
		expansions.push({
			outStart: length,
			outEnd: length + def.name.length,
			inStart: m.index,
			inEnd: m.index + m[0].length
		});
		length += def.name.length;
		copied = m.index + m[0].length;
	}
	if (expansions.length === 0) return w;
	parts.push(w.text.slice(copied));
	return expanded(w, parts.join(''), expansions);
}

function expanded(inner: WorkingText, text: string, expansions: Expansion[]): WorkingText {
	/** The last expansion that starts at or before a new-text offset (a binary search). */
	const lastAtOrBefore = (i: number): number => {
		let lo = 0;
		let hi = expansions.length - 1;
		if (hi < 0 || (expansions[0] as Expansion).outStart > i) return -1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if ((expansions[mid] as Expansion).outStart <= i) lo = mid;
			else hi = mid - 1;
		}
		return lo;
	};
	/** The inner text's offset of a new-text offset: inside a spelled-out name, its abbreviation. */
	const toInner = (i: number): number => {
		const e = expansions[lastAtOrBefore(i)];
		if (!e) return i;
		if (i < e.outEnd) return e.inStart + Math.min(i - e.outStart, e.inEnd - e.inStart - 1);
		return e.inEnd + (i - e.outEnd);
	};
	const toSource = (i: number): number => inner.toSource(toInner(i));
	return {
		text,
		source: inner.source,
		toSource,
		spanToSource: (start: number, end: number): [number, number] =>
			sourceSpan(toSource, start, end),
		asWritten(start: number, end: number, keepSpaces = false): string {
			// Piece by piece: the text between names as the inner view writes it, each spelled-out
			// name as the abbreviation it stands for.
			let out = '';
			let at = start;
			for (let k = Math.max(0, lastAtOrBefore(start)); k < expansions.length; k++) {
				const e = expansions[k] as Expansion;
				if (e.outStart >= end) break;
				if (e.outEnd <= at) continue;
				if (at < e.outStart) out += inner.asWritten(toInner(at), toInner(e.outStart - 1) + 1, true);
				out += inner.asWritten(e.inStart, e.inEnd, true);
				at = e.outEnd;
			}
			if (at < end) out += inner.asWritten(toInner(at), toInner(end - 1) + 1, true);
			return keepSpaces ? out : out.replace(/\s+/g, ' ').trim();
		}
	};
}
