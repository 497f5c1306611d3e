/**
 * Sick-leave targets: "højest må være på landsgennemsnittet" (the national average as a
 * ceiling) and stated numbers ("et delmål på 10,5 dage", "skal nedbringes med 1,5 dag").
 */

import type { ItemContext } from './item-context';
import type { SickLeaveTarget } from './schema';
import {
	MUNICIPALITY,
	TARGET,
	TARGET_WORD,
	THE_DEPARTMENT,
	clauseAround,
	introducesGoals,
	dayFigures,
	departmentIn,
	isHeadingLine,
	scopeHeading,
	measureMentions,
	scopeMentions,
	withItemScope,
	type Mention
} from './sick-leave-terms';
import { targetsFromTables } from './sick-leave-tables';

const NATIONAL_AVERAGE = /landsgennemsnit/i;
const NATIONAL_AVERAGE_ALL = /landsgennemsnit/gi;
// "skal nå landsgennemsnittet i 2016": reached from above, so a ceiling too.
const CEILING =
	/højest|højst|ikke[^.]{0,24}(?:over|højere)|maksimalt|under|på[ \t]+niveau[ \t]+med|nede?[ \t]+på|ligge[ \t]+på|(?<!\p{L})nå[ \t]+(?:ned[ \t]+(?:på|til)[ \t]+)?landsgennemsnit/iu;
// "ligger 1,4 dage over dette niveau", "0,8 dage højere end målet": a distance from the goal.
const FROM_GOAL_AFTER = new RegExp(
	String.raw`^[ \t]+(?:over|under|fra|(?:højere|lavere)[ \t]+end)[ \t]+(?:${TARGET}|(?:dette|det|samme)[ \t]+niveau|niveauet|grænsen|loftet)(?!\p{L})`,
	'iu'
);
const FORECAST_BEFORE =
	/(?<!\p{L})(?:ender|lander|ende|lande|forventes)(?:[ \t]\p{L}+){0,2}[ \t](?:omkring|ca\.|cirka|på)[ \t]*$/iu;
const GOAL = new RegExp(String.raw`(?<!\p{L})(?:${TARGET}|skal|må)(?!\p{L})`, 'iu');
// "nedbringes med 1,5 dag", "nedbringe sygefraværet med 1 dag", "bringe fraværet ned med 1 dag":
// the verb, then "med" right before.
const REDUCE_VERB =
	/(?<!\p{L})(?:(?:nedbringe|reducere|sænke|falde)\p{L}*|(?:bringe|få)\p{L}*[ \t]+(?:\p{L}+[ \t]+){0,2}ned(?!\p{L}))/iu;
const MED_BEFORE = /(?<!\p{L})med[ \t]*(?:(?:mindst|minimum)[ \t]+)?$/iu;
const AT_LEAST = /mindst[ \t]*$/i;
/** "målet om et fald på 0,5 dage om året": a goal to reduce by the figure. */
const FALL_OF_BEFORE =
	/(?<!\p{L})(?:fald|reduktion|nedbringelse|nedgang)[ \t]+på[ \t]+(?:(?:mindst|minimum)[ \t]+)?$/iu;
/**
 * "højst må udgøre 11,5 dage", "skal senest i 2020 være nede på 14 dage": a ceiling stated right
 * before the figure.
 */
const CEILING_BEFORE =
	/(?:(?:højst|højest|maksimalt|ikke[ \t]+over)(?:[ \t]+(?:må|skal))?(?:[ \t]+(?:udgøre|være|ligge[ \t]+på|nå))?(?:[ \t]+på)?|(?:være|komme)[ \t]+nede?[ \t]+på)[ \t]*$/i;

export function extractSickLeaveTargets(ctx: ItemContext): SickLeaveTarget[] {
	const out: SickLeaveTarget[] = [];
	const seen = new Set<string>();
	const add = (t: SickLeaveTarget): void => {
		const key = [t.scope, t.measure, t.target, t.rule, t.value].join('|');
		if (!seen.has(key)) out.push(t);
		seen.add(key);
	};
	for (const t of targetsFromTables(ctx)) add(t);
	// "Delmålet … sættes til 17,0 dage i stedet for 16,5 dage": the goal the decision replaces.
	const replaced: { scope: string; measure: string; value: number }[] = [];
	// "Pleje & Omsorg har det højeste fravær. Afdelingen har … sat et delmål om …": the department
	// the sentence before named.
	let lastDepartment: string | null = null;
	let headingDepartment: string | null = null;
	// The section whose bullets a goal list's intro governs ("følgende måltal …:").
	let goalList: ItemContext['sentences'][number]['section'] | undefined;
	let previousEnd = -1;
	for (const s of ctx.sentences) {
		const previous = lastDepartment;
		// "PLEJE & OMSORG: … . I forhold til 2014 er fraværet steget … . Afdelingens delmål er …":
		// the department named last in the paragraph.
		const sameParagraph =
			previousEnd >= 0 && !/\n[ \t]*\n/.test(ctx.text.slice(previousEnd, s.start));
		// "PLEJE & OMSORG" as a subheading: the department of the paragraphs under it.
		if (!s.bullet && isHeadingLine(s.text)) headingDepartment = scopeHeading(s.text);
		lastDepartment =
			departmentIn(s.text) ?? (sameParagraph ? lastDepartment : null) ?? headingDepartment;
		previousEnd = s.end;
		if (!s.bullet) goalList = introducesGoals(s.text) ? s.section : undefined;
		const listedGoal = s.bullet && goalList === s.section;
		if (!listedGoal && !GOAL.test(s.text)) continue;
		const referred = THE_DEPARTMENT.test(s.text) ? previous : null;
		const scopes = scopeMentions(s.text).filter((m) => m.value !== MUNICIPALITY);
		const scope = scopes[0]?.value ?? MUNICIPALITY;
		const measure = measureMentions(s.text)[0]?.value ?? 'total';
		const base = {
			meeting_id: ctx.meetingId,
			item_number: ctx.item.number,
			scope,
			measure,
			...ctx.evidence(s.start, s.end)
		};
		// "For Pleje & Omsorg foreslår HR & Organisationsudvikling et delmål …": HR proposes it.
		const allScopes = scopeMentions(s.text).filter(
			(m) =>
				!SPEAKER_BEFORE.test(s.text.slice(Math.max(0, m.index - 24), m.index)) &&
				!(
					SPEAKER_AFTER.test(s.text.slice(m.end, m.end + 24)) &&
					// "For Pleje & Omsorg foreslår HR …": the department meant, not the speaker.
					!MEANT_BEFORE.test(s.text.slice(Math.max(0, m.index - 8), m.index))
				)
		);
		const measures = measureMentions(s.text);
		// "…, at målet om højst landsgennemsnittet fastholdes for kommunen, og at Pleje & Omsorg
		// skal nedbringe langtidsfraværet med 0,5 dage": the average's clause, then the others'.
		// "… ligger 0,7 dage over landsgennemsnittet, og målet om, at sygefraværet højst må være på
		// niveau med landsgennemsnittet, er ikke nået": the clause that makes the average a ceiling.
		const nationalClauses = NATIONAL_AVERAGE.test(s.text)
			? [...s.text.matchAll(NATIONAL_AVERAGE_ALL)].map((m) => clauseAround(s.text, m.index))
			: [];
		const nationalClause = nationalClauses.find((c) => CEILING.test(s.text.slice(...c))) ?? null;
		if (nationalClause) {
			const [from, to] = nationalClause;
			const inClause = <T>(ms: readonly Mention<T>[]): Mention<T>[] =>
				ms.filter((m) => m.index >= from && m.end <= to);
			add({
				...base,
				scope: inClause(allScopes)[0]?.value ?? MUNICIPALITY,
				measure: inClause(measures)[0]?.value ?? 'total',
				target: 'national_average',
				rule: 'at_most',
				value: null
			});
		}
		const namedTarget = listedGoal || TARGET_WORD.test(s.text);
		// "Målet … er at komme under 11 dage", "Korttidsfraværet skal i 2017 ned under 6,0 dage": a
		// ceiling, though "under N dage" is otherwise a duration and no figure.
		if (namedTarget || MUST_GET_UNDER.test(s.text))
			for (const m of s.text.matchAll(UNDER_DAYS)) {
				// "afdelinger, der allerede ligger under 10 dage": where they are, not a goal.
				if (STATE_BEFORE.test(s.text.slice(Math.max(0, m.index - 30), m.index))) continue;
				const value = Number((m[1] as string).replace(',', '.'));
				if (value === 30 || value > 60) continue;
				add({
					...base,
					scope: nearestBefore(allScopes, m.index, s.text) ?? MUNICIPALITY,
					measure: nearestBefore(measures, m.index, s.text) ?? 'total',
					target: 'fixed',
					rule: 'at_most',
					value
				});
			}
		for (const f of dayFigures(s.text)) {
			// "landsgennemsnittet på 10,9 dage": the average's figure, not a target of ours.
			if (nationalClauses.some(([a, b]) => f.index >= a && f.index < b)) continue;
			// "ligger 1,6 dage over målet": how far from the goal, not a goal; "ender kommunen omkring
			// 11,9 dage for året og dermed over målet": a forecast.
			if (FROM_GOAL_AFTER.test(s.text.slice(f.end, f.end + 30))) continue;
			if (FORECAST_BEFORE.test(s.text.slice(Math.max(0, f.index - 40), f.index))) continue;
			const before = s.text.slice(Math.max(0, f.index - 40), f.index);
			const reduce = REDUCE_VERB.test(before);
			const rule =
				(reduce && MED_BEFORE.test(before)) || FALL_OF_BEFORE.test(before)
					? 'reduce_by'
					: AT_LEAST.test(before)
						? 'at_least'
						: 'at_most';
			// "skal nedbringes med 1,5 dag", "skal nedbringes til 9,5 dage" and "højst må udgøre 11,5
			// dage" are targets on their own; another number in a goal sentence needs the word "mål".
			const reducedTo = reduce && TO_BEFORE.test(before);
			// ("… med 19,8 dage for 2018 og har dermed ikke nået delmålet på højst 18,0 dage": the
			// word "mål" in the figure's own clause.)
			const goalInClause =
				listedGoal ||
				(namedTarget && TARGET_WORD.test(s.text.slice(...clauseAround(s.text, f.index))));
			if (rule !== 'reduce_by' && !reducedTo && !goalInClause && !CEILING_BEFORE.test(before))
				continue;
			// "Pleje & Omsorg har haft et fald på 0,9 dage …, og afdelingen har dermed nærmet sig sit
			// delmål": a fall said without a verb of will is a goal only when its clause names one.
			if (rule === 'reduce_by' && !(reduce && MED_BEFORE.test(before)) && !goalInClause) continue;
			// "…, at langtidsfraværet skal nedbringes med 0,5 dag, og at sygefraværet i Pleje & Omsorg
			// højst må udgøre 15 dage": each figure is the scope and measure named last before it;
			// "Dagtilbud og Pleje & Omsorg hver især skal nedbringe …": each of the departments listed.
			const scopes = eachOf(allScopes, f.index, s.text) ?? [
				nearestBefore(allScopes, f.index, s.text) ?? referred ?? MUNICIPALITY
			];
			const measure = nearestBefore(measures, f.index, s.text) ?? 'total';
			if (INSTEAD_OF_BEFORE.test(before)) {
				for (const scope of scopes) replaced.push({ scope, measure, value: f.value });
				continue;
			}
			for (const scope of scopes)
				add({
					...base,
					scope,
					measure,
					target: 'fixed',
					rule,
					value: f.value
				});
		}
	}
	// "Afdelingens langtidsfravær skal nedbringes med 1,5 dag" in an item about one department.
	return withItemScope(out, ctx.item.title, (t) => t.evidence).filter(
		(t) =>
			!replaced.some((r) => r.scope === t.scope && r.measure === t.measure && r.value === t.value)
	);
}
/** "… i stedet for 16,5 dage": the figure replaced. */
const INSTEAD_OF_BEFORE = /(?<!\p{L})i[ \t]+stedet[ \t]+for[ \t]*$/iu;
/** "der allerede ligger under 10 dage": a relative clause saying where something is. */
const STATE_BEFORE = /(?<!\p{L})(?:der|som)[ \t]+(?:\p{L}+[ \t]+)?(?:ligger|lå|er|var)[ \t]*$/iu;

/** "HR & Organisationsudvikling foreslår, at …": the department that speaks, not the one meant. */
const SPEAKER_AFTER =
	/^[ \t]*(?:foreslår|foreslog|anbefaler|anbefalede|indstiller|vurderer|oplyser|bemærker|fremlægger)(?!\p{L})/iu;
const MEANT_BEFORE = /(?<!\p{L})(?:for|til|i)[ \t]+$/iu;
/** "nedbringes til 9,5 dage": the level to get down to. */
const TO_BEFORE = /(?<!\p{L})til[ \t]*$/iu;
/** "hver især", "begge": a target for each of the departments listed before it. */
const EACH = /(?<!\p{L})(?:hver[ \t]+især|hver[ \t]+for[ \t]+sig|begge)(?!\p{L})/iu;
const LIST_JOIN = /^[ \t]*(?:,|og|samt)[ \t]*$/u;

/** The departments listed ("A og B") before a figure whose clause says "hver især", or null. */
function eachOf(scopes: Mention<string>[], at: number, text: string): string[] | null {
	const before = scopes.filter((m) => m.end <= at && m.value !== MUNICIPALITY);
	const last = before.at(-1);
	if (!last || !EACH.test(text.slice(last.end, at))) return null;
	const listed = [last];
	for (let k = before.length - 2; k >= 0; k--) {
		const m = before[k] as Mention<string>;
		if (!LIST_JOIN.test(text.slice(m.end, (listed[0] as Mention<string>).index))) break;
		listed.unshift(m);
	}
	return listed.length > 1 ? listed.map((m) => m.value) : null;
}

const SPEAKER_BEFORE =
	/(?<!\p{L})(?:foreslår|foreslog|anbefaler|anbefalede|indstiller|vurderer|oplyser|bemærker)[ \t]+$/iu;
const UNDER_DAYS =
	/(?<!\p{L})under[ \t]+(\d{1,2}(?:,\d{1,2})?)[ \t]+(?:syge|fraværs)?dage(?!\p{L})/giu;
/** "skal i 2017 ned under", "må ikke komme under": a goal to get below a figure. */
const MUST_GET_UNDER =
	/(?<!\p{L})(?:skal|bør)[ \t][^.;]{0,40}?(?<!\p{L})(?:(?:ned|komme|være|ligge)[ \t]+)?under[ \t]+\d/iu;
const CLAUSE_END = /,[ \t]+(?:og|men|mens)[ \t]|;/;

/** The mention last before `at`, else the first after it in the same clause. */
function nearestBefore<T>(mentions: readonly Mention<T>[], at: number, text: string): T | null {
	const before = mentions.findLast((m) => m.end <= at);
	if (before) return before.value;
	const cut = text.slice(at).search(CLAUSE_END);
	const clauseEnd = cut < 0 ? text.length : at + cut;
	return mentions.find((m) => m.index >= at && m.end <= clauseEnd)?.value ?? null;
}
