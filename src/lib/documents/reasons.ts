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

export function unknownType(ext: string): string {
	return `ukendt filtype (${ext || 'ingen filendelse'}): kun PDF, Word (.docx), .txt og .md kan læses`;
}
