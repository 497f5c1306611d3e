/**
 * The last answers of a pure function of one text. The extractors ask about the same sentence
 * several times, once per rule (its scopes, measures, figures and periods); a small cache keyed
 * by the text answers the repeats without reading the sentence again. Answers are shared between
 * callers, so they are read-only.
 */

/** Sentences of one item are asked about together: a few dozen answers cover the repeats. */
const CAPACITY = 128;

export function memoByText<T>(fn: (text: string) => T[]): (text: string) => readonly T[] {
	const answers = new Map<string, readonly T[]>();
	return (text: string): readonly T[] => {
		let answer = answers.get(text);
		if (answer === undefined) {
			// Emptied when full rather than evicted one by one: the next item asks about new text.
			if (answers.size >= CAPACITY) answers.clear();
			answer = fn(text);
			answers.set(text, answer);
		}
		return answer;
	};
}
