/**
 * Turn a plain-text referat into what a PDF reader gives: paragraphs wrapped at a fixed width
 * (some words hyphenated at the line end), and a running header and "Side N af M" footer at
 * every page break. Used to check that page furniture and wrapping change no figure.
 */

export function asPdfText(source: string, width = 78, linesPerPage = 40): string {
	const lines = source.split('\n');
	const header = lines.find((l) => /^\s*REFERAT\b/.test(l))?.trim() ?? '';
	const wrapped: string[] = [];
	let hyphenate = false;
	for (const line of lines) {
		// A table row or a line laid out in columns (tabs, or runs of spaces) is not wrapped, as in a PDF.
		if (line.length <= width || line.includes('\t') || line.includes('   ')) {
			wrapped.push(line);
			continue;
		}
		let rest = line;
		while (rest.length > width) {
			let cut = rest.lastIndexOf(' ', width);
			if (cut <= 0) cut = width;
			const nextWord = /^\S+/.exec(rest.slice(cut + 1))?.[0] ?? '';
			// Every other wrap splits the next word with a hyphen, as typesetting does.
			hyphenate = !hyphenate;
			if (hyphenate && /^\p{Ll}{8,}$/u.test(nextWord)) {
				const half = Math.floor(nextWord.length / 2);
				wrapped.push(`${rest.slice(0, cut)} ${nextWord.slice(0, half)}-`);
				rest = nextWord.slice(half) + rest.slice(cut + 1 + nextWord.length);
			} else {
				wrapped.push(rest.slice(0, cut));
				rest = rest.slice(cut + 1);
			}
		}
		wrapped.push(rest);
	}
	const pages = Math.ceil(wrapped.length / linesPerPage);
	const out: string[] = [];
	for (let p = 0; p < pages; p++) {
		if (p > 0) out.push('', header, '');
		out.push(...wrapped.slice(p * linesPerPage, (p + 1) * linesPerPage));
		out.push('', `Side ${p + 1} af ${pages}`);
	}
	return out.join('\n');
}
