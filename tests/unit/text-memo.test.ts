import { describe, expect, it } from 'vitest';
import { memoByText } from '../../src/lib/minutes/text-memo';
import { scopeMentions } from '../../src/lib/minutes/sick-leave-terms';

describe('memoByText', () => {
	it('reads a text once however often the rules ask about it', () => {
		let reads = 0;
		const words = memoByText((t) => (reads++, t.split(' ')));
		expect(words('to ord')).toEqual(['to', 'ord']);
		expect(words('to ord')).toEqual(['to', 'ord']);
		expect(reads).toBe(1);
	});

	it('answers each text with its own answer after the cache has been emptied', () => {
		const words = memoByText((t) => t.split(' '));
		for (let i = 0; i < 1000; i++) expect(words(`ord ${i}`)).toEqual(['ord', String(i)]);
		expect(words('ord 3')).toEqual(['ord', '3']);
	});

	it('gives a sentence the same scopes whether asked once or again after other sentences', () => {
		const s = 'Sygefraværet i Dagtilbud var 9,1 dage.';
		const first = scopeMentions(s).map((m) => m.value);
		for (let i = 0; i < 300; i++)
			scopeMentions(`Fraværet i Skoler & Uddannelse steg med ${i} dage.`);
		expect(scopeMentions(s).map((m) => m.value)).toEqual(first);
		expect(first).toEqual(['Dagtilbud']);
	});
});
