/**
 * What a sentence's sick-leave figures take from around it: the department of the bullet it is
 * indented under, of the paragraph it opens, or of the label it sits under; the department of an
 * area named alone; and figures said of two departments or two periods at once.
 */

import type { ItemContext, ItemSentence } from './item-context';
import { samePeriod, withYear } from './periods';
import type { Fact, FullPeriod } from './sick-leave-facts';
import {
	BARE_AREA,
	BOTH_START,
	MUNICIPALITY,
	departmentOfScope,
	scopeMentions
} from './sick-leave-terms';

/** Where each sentence's facts begin in the item's list of facts. */
export type SentenceFacts = readonly { s: ItemSentence; from: number }[];

/**
 * The item's facts with the scopes their sentences inherit, and the facts said of two
 * departments or periods at once. `underScope` holds the department a heading or label gave a
 * sentence.
 */
export function withSentenceScopes(
	ctx: ItemContext,
	stated: readonly Fact[],
	sentenceFacts: SentenceFacts,
	underScope: ReadonlyMap<ItemSentence, string>
): Fact[] {
	const facts = [...stated];
	// The facts in [from, to) said of the municipality are said of `scope`, which the sentence
	// inherits.
	const ofMunicipality = (from: number, to: number, scope: string): void => {
		for (let i = from; i < to; i++)
			if ((facts[i] as Fact).scope === MUNICIPALITY) facts[i] = { ...(facts[i] as Fact), scope };
	};
	// "I Pleje & Omsorg var korttidsfraværet 8,1 dage. Langtidsfraværet var 8,6 dage. Samlet giver
	// det 16,7 dage.": a paragraph that opens with one department speaks of it until a sentence
	// names another scope.
	let paragraphScope: string | null = null;
	// "- Dagtilbud ligger på 10,4 dage." over "  - Korttidsfravær: 5,6 dage": a sub-bullet speaks of
	// the department of the bullet it is indented under.
	let parentBullet = null as { indent: number; scope: string | null } | null;
	sentenceFacts.forEach(({ s, from }, k) => {
		const prev = sentenceFacts[k - 1]?.s;
		const mentioned = scopeMentions(s.text);
		// Where this sentence's facts end (those said of two at once are added after all of them).
		const next = sentenceFacts[k + 1]?.from ?? facts.length;
		const own = facts.slice(from, next);
		// (A sentence that goes on in the bullet's own line is still the bullet's.)
		if (!s.bullet) {
			if (!prev || ctx.text.slice(prev.end, s.start).includes('\n')) parentBullet = null;
			// "- Dagtilbud er nede på 3,6 dage. I 2. kvartal 2016 var tallet 4,1 dage.": a sentence
			// that goes on in the bullet's own line is the bullet's too.
			else if (parentBullet?.scope && mentioned.length === 0)
				ofMunicipality(from, next, parentBullet.scope);
		} else {
			const indent = indentOf(ctx.text, s.start);
			if (parentBullet && indent > parentBullet.indent) {
				if (mentioned.length === 0 && parentBullet.scope)
					ofMunicipality(from, next, parentBullet.scope);
			} else if (indent !== parentBullet?.indent || startsLine(ctx.text, s.start)) {
				const scopes = new Set(own.map((f) => f.scope));
				const only = scopes.size === 1 ? [...scopes][0] : undefined;
				parentBullet = { indent, scope: only !== undefined && only !== MUNICIPALITY ? only : null };
			}
		}
		if (
			!prev ||
			s.bullet ||
			prev.section !== s.section ||
			/\n[ \t]*\n/.test(ctx.text.slice(prev.end, s.start))
		) {
			// Said by the facts it gave: a department that only presents the figures is no subject.
			const scopes = new Set(own.map((f) => f.scope));
			const only = scopes.size === 1 ? [...scopes][0] : undefined;
			paragraphScope = !s.bullet && only !== undefined && only !== MUNICIPALITY ? only : null;
		} else if (mentioned.some((m) => m.value !== paragraphScope)) paragraphScope = null;
		const headed = underScope.get(s) ?? (mentioned.length === 0 ? paragraphScope : null);
		if (headed !== undefined && headed !== null && mentioned.length === 0)
			ofMunicipality(from, next, headed);
		// "… på 2,5 dage og i halvåret på 5,8 dage, i begge tilfælde 0,1 dag over sidste år": the
		// change is said of each period the sentence gave a level for.
		if (BOTH_CASES.test(s.text)) {
			const own = facts.slice(from, sentenceFacts[k + 1]?.from ?? facts.length);
			const change = own.filter((f) => f.kind === 'change' && !f.derived);
			const levels = own.filter((f) => f.kind === 'level' && !f.derived);
			if (change.length === 1)
				for (const l of levels)
					if (!samePeriod(l.period, (change[0] as Fact).period) && l.scope === change[0]?.scope)
						facts.push({
							...(change[0] as Fact),
							period: l.period,
							compared: withYear(l.period, l.period.year - 1) as FullPeriod
						});
		}
		const pair = bothDepartments(s.text);
		if (!pair) return;
		const to = sentenceFacts[k + 1]?.from ?? facts.length;
		for (const f of facts.slice(from, to))
			if (f.scope === pair[1]) facts.push({ ...f, scope: pair[0] });
	});
	return withAreaDepartments(facts, sentenceFacts);
}

/**
 * "I Pleje & Omsorg er det Område Nord, der trækker fraværet op. Her er sygefraværet steget …":
 * an area named alone is the area of the department its sentence named before it, else of the
 * one the sentences before named last; with no department at all its figures are left out.
 */
function withAreaDepartments(
	facts: readonly Fact[],
	sentences: readonly { s: ItemSentence; from: number }[]
): Fact[] {
	if (!facts.some((f) => BARE_AREA.test(f.scope))) return [...facts];
	const out: (Fact | null)[] = [...facts];
	let lastDepartment: string | null = null;
	sentences.forEach(({ s, from }, k) => {
		const mentions = scopeMentions(s.text).filter((m) => m.value !== MUNICIPALITY);
		const area = mentions.find((m) => BARE_AREA.test(m.value));
		const departments = (before: number): string[] =>
			mentions
				.filter((m) => m.index < before)
				.map((m) => departmentOfScope(m.value))
				.filter((d): d is string => d !== null);
		// "Område Vest ligger højest i Pleje & Omsorg": the department named after it, with none before.
		const after = area
			? mentions
					.filter((m) => m.index >= area.end)
					.map((m) => departmentOfScope(m.value))
					.find((d): d is string => d !== null)
			: undefined;
		const department = departments(area?.index ?? s.text.length).at(-1) ?? after ?? lastDepartment;
		for (let i = from; i < (sentences[k + 1]?.from ?? facts.length); i++) {
			const f = out[i];
			if (f && BARE_AREA.test(f.scope))
				out[i] = department ? { ...f, scope: `${department}, ${f.scope}` } : null;
		}
		lastDepartment = departments(s.text.length).at(-1) ?? lastDepartment;
	});
	return out.filter((f): f is Fact => f !== null);
}

/** The spaces and tabs before the first character of the line that holds `at`. */
function indentOf(text: string, at: number): number {
	const lineStart = text.lastIndexOf('\n', at - 1) + 1;
	let i = lineStart;
	while (text[i] === ' ' || text[i] === '\t') i++;
	return i - lineStart;
}

/** Whether `at` is the first mark of its line (a bullet's start, not a later sentence in it). */
export function startsLine(text: string, at: number): boolean {
	return /^[ \t]*(?:[-*•·o][ \t]+)?$/.test(text.slice(text.lastIndexOf('\n', at - 1) + 1, at));
}

/**
 * "Social & Familie og Miljø & Teknik har begge 0,2 dage færre", "Både A og B ligger på 4,2
 * dage": the two departments a figure said of the second is said of, the first and the second.
 */
function bothDepartments(text: string): [string, string] | null {
	// Most sentences say neither "både" nor "begge"/"hver især": no departments to look up.
	if (!MAY_NAME_BOTH.test(text)) return null;
	const both = BOTH_START.exec(text);
	const from = both ? both[0].length : 0;
	const mentions = scopeMentions(text.slice(from, from + 120));
	const [a, b] = mentions;
	if (!a || !b || a.value === MUNICIPALITY || b.value === MUNICIPALITY)
		return both ? null : pairInLastClause(text);
	const head = text.slice(from, from + 120);
	if (head.slice(0, a.index).trim() !== '' || !/^[ \t]+og[ \t]+$/.test(head.slice(a.end, b.index)))
		return both ? null : pairInLastClause(text);
	return both || BOTH_AFTER_PAIR.test(head.slice(b.end)) ? [a.value, b.value] : null;
}

/** "…, mens Skoler & Uddannelse og Drift & Service begge har 2,1 dage": the pair in a later clause. */
function pairInLastClause(text: string): [string, string] | null {
	const said = BOTH_AFTER_PAIR_ANYWHERE.exec(text);
	if (!said) return null;
	const mentions = scopeMentions(text).filter((m) => m.end <= said.index);
	const b = mentions.at(-1);
	const a = mentions.at(-2);
	if (
		!a ||
		!b ||
		text.slice(b.end, said.index).trim() !== '' ||
		a.value === MUNICIPALITY ||
		b.value === MUNICIPALITY
	)
		return null;
	return /^[ \t]+og[ \t]+$/.test(text.slice(a.end, b.index)) ? [a.value, b.value] : null;
}

const MAY_NAME_BOTH = /både|begge|hver[ \t]+især/i;
const BOTH_CASES = /(?<!\p{L})i[ \t]+begge[ \t]+tilfælde(?!\p{L})/iu;
const BOTH_AFTER_PAIR =
	/^[ \t]+(?:har|ligger|er|var|lå|fik|havde)[ \t]+(?:begge|hver[ \t]+især|begge[ \t]+to)(?!\p{L})/iu;
const BOTH_AFTER_PAIR_ANYWHERE =
	/(?<!\p{L})(?:begge[ \t]+(?:har|ligger|er|var|lå|fik|havde)|(?:har|ligger|er|var|lå|fik|havde)[ \t]+(?:begge|hver[ \t]+især)(?:[ \t]+to)?)(?=[ \t]+(?:på[ \t]+|med[ \t]+)?\d)/iu;
