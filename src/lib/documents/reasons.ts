/** The Danish reasons a file gives no text, shown to the user beside the file's name. */

export type DocumentText = { ok: true; text: string } | { ok: false; reason: string };

export const DOCUMENT_REASONS = {
	empty: 'tom fil',
	binaryText: 'filen er beskadiget eller ikke tekst (indeholder binære data)',
	notPdf: 'filen er beskadiget: den hedder .pdf, men er ikke en PDF',
	pdfIsText: 'filen hedder .pdf, men indeholder almindelig tekst: omdøb den til .txt',
	truncated: 'filen er beskadiget: PDF-filen er afkortet',
	damaged: 'filen er beskadiget: PDF-filen kunne ikke læses',
	encrypted: 'krypteret PDF: fjern adgangskoden og prøv igen',
	noPages: 'PDF uden sider',
	noText: 'PDF uden tekst (scannet?): siderne er tomme eller kun billeder',
	notDocx: 'filen er beskadiget eller ikke et Word-dokument (.docx)',
	oldWord: 'ukendt filtype (.doc): gem dokumentet som .docx eller PDF og prøv igen',
	docxNoText: 'Word-dokumentet indeholder ingen tekst'
} as const;

/** Above these sizes a file is not minutes (a referat's text is well under 1 MB). */
export const MAX_BYTES = { text: 10e6, docx: 100e6, pdf: 200e6 } as const;

export function tooLarge(bytes: number, kind: keyof typeof MAX_BYTES): string {
	const mb = (n: number): string => `${Math.round(n / 1e6)} MB`;
	return `filen er for stor til at være et referat (${mb(bytes)}; højst ${mb(MAX_BYTES[kind])} for ${kind === 'text' ? 'tekstfiler' : kind === 'pdf' ? 'PDF' : 'Word'})`;
}

export function unknownType(ext: string): string {
	return `ukendt filtype (${ext || 'ingen filendelse'}): kun PDF, Word (.docx), .txt og .md kan læses`;
}
