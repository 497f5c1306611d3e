/**
 * `npx tsx src/cli/make-fixture-documents.ts`: makes the real PDF and Word files the import
 * tests read, from the hand-written fixture minutes, plus the broken documents the import must
 * refuse. PDFs are written with pdf-lib (A4, Helvetica, wrapped lines, tables as aligned columns,
 * a running REFERAT header and "Side N af M" on every page after the first); .docx with the
 * `docx` package (one paragraph per line, tables as Word tables, running header and page-number
 * footer). The encrypted PDF needs qpdf (`apt-get install qpdf`). Outputs are committed, so the
 * tests never run this script.
 */

import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync, crc32 } from 'node:zlib';
import {
	AlignmentType,
	Document,
	Footer,
	Header,
	LevelFormat,
	Packer,
	PageNumber,
	Paragraph,
	Tab,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType
} from 'docx';
import JSZip from 'jszip';
import { PDFDocument } from 'pdf-lib';
import { FIXED_DATE, PAGE, blocks, firstLine, minutesPdf } from './fixture-pdf';

const ROOT = join(import.meta.dirname, '..', '..');
const MINUTES = join(ROOT, 'tests', 'fixtures', 'minutes');
const OUT = join(ROOT, 'tests', 'fixtures', 'documents');

/** Fixture minutes rendered as PDF and as Word (plain-text layout, Danish letters, tables). */
const AS_PDF = [
	'01-sygefravaer-1-kvartal-2018',
	'05-budgetstatus-tabel-2019',
	'06-budgetstatus-punktopstilling-2021',
	'10-sygefravaer-1-3-kvartal-2023',
	'22-netvaerk-temaproces-2019'
];
const AS_DOCX = [
	'05-budgetstatus-tabel-2019',
	'16-sygefravaer-2-kvartal-2017',
	'21-budgetstatus-juni-2016-og-netvaerkskadence'
];

async function minutesDocx(text: string): Promise<Uint8Array> {
	const runningHeader = firstLine(text);
	const children: (Paragraph | Table)[] = [];
	for (const b of blocks(text)) {
		if (b.kind === 'line') {
			const [head, tail] = b.text.split('\t');
			children.push(
				new Paragraph({
					children: [
						new TextRun(head ?? ''),
						...(tail !== undefined ? [new TextRun({ children: [new Tab(), tail] })] : [])
					]
				})
			);
			continue;
		}
		const columns = Math.max(...b.rows.map((r) => r.length));
		children.push(
			new Table({
				width: { size: 100, type: WidthType.PERCENTAGE },
				rows: b.rows.map(
					(r) =>
						new TableRow({
							children: Array.from(
								{ length: columns },
								(_, c) => new TableCell({ children: [new Paragraph(r[c] ?? '')] })
							)
						})
				)
			})
		);
	}
	const doc = new Document({
		creator: 'Mødespor fixture generator',
		title: 'Referat',
		sections: [
			{
				headers: { default: new Header({ children: [new Paragraph(runningHeader)] }) },
				footers: {
					default: new Footer({
						children: [
							new Paragraph({
								alignment: AlignmentType.RIGHT,
								children: [
									new TextRun({
										children: ['Side ', PageNumber.CURRENT, ' af ', PageNumber.TOTAL_PAGES]
									})
								]
							})
						]
					})
				},
				children
			}
		]
	});
	return new Uint8Array(await Packer.toBuffer(doc));
}

/**
 * A short referat written the way Word users write: an automatically numbered recommendation,
 * a soft line break (Shift+Enter) inside a paragraph, and a real table.
 */
async function wordFeaturesDocx(): Promise<Uint8Array> {
	const numbered = (text: string): Paragraph =>
		new Paragraph({ text, numbering: { reference: 'indstilling', level: 0 } });
	const cell = (text: string): TableCell => new TableCell({ children: [new Paragraph(text)] });
	const doc = new Document({
		creator: 'Mødespor fixture generator',
		numbering: {
			config: [
				{
					reference: 'indstilling',
					levels: [
						{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }
					]
				}
			]
		},
		sections: [
			{
				children: [
					new Paragraph('REFERAT Chefforum d. 09-09-2020'),
					new Paragraph('Mødedato Onsdag d. 09. september 2020 kl. 08:30'),
					new Paragraph('Mødested Mødelokale 2, Rådhuset'),
					new Paragraph('Punkt 1: CF - Sygefravær 1. halvår 2020'),
					new Paragraph('81.28.00-P05-1-20'),
					new Paragraph('Indstilling'),
					new Paragraph('HR & Personale indstiller,'),
					numbered('at Chefforum drøfter sygefraværet'),
					numbered('at afdelingerne følger op på langtidsfraværet'),
					new Paragraph('Sagsfremstilling'),
					new Paragraph({
						children: [
							new TextRun(
								'Sygefraværet i Albertslund Kommune var i 1. halvår 2020 på 6,2 dage pr.'
							),
							new TextRun({ text: 'medarbejder.', break: 1 })
						]
					}),
					new Table({
						rows: [
							new TableRow({
								children: [cell('Afdeling'), cell('1. halvår 2020'), cell('1. halvår 2019')]
							}),
							new TableRow({ children: [cell('Børn & Skole'), cell('6,8'), cell('7,1')] }),
							new TableRow({ children: [cell('Miljø & Teknik'), cell('5,9'), cell('5,4')] })
						]
					}),
					new Paragraph('Beslutning'),
					new Paragraph('Chefforum drøftede sygefraværet.')
				]
			}
		]
	});
	return new Uint8Array(await Packer.toBuffer(doc));
}

/** A 64×64 grey PNG: the "scanned page" of an image-only PDF. */
function greyPng(): Uint8Array {
	const size = 64;
	const chunk = (type: string, data: Buffer): Buffer => {
		const head = Buffer.alloc(8);
		head.writeUInt32BE(data.length, 0);
		head.write(type, 4, 'latin1');
		const crc = Buffer.alloc(4);
		crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
		return Buffer.concat([head, data, crc]);
	};
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(size, 0);
	ihdr.writeUInt32BE(size, 4);
	ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
	const raw = Buffer.alloc(size * (size + 1), 0x99);
	for (let r = 0; r < size; r++) raw[r * (size + 1)] = 0; // filter byte per row
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', ihdr),
		chunk('IDAT', deflateSync(raw)),
		chunk('IEND', Buffer.alloc(0))
	]);
}

async function imageOnlyPdf(): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.setCreationDate(FIXED_DATE);
	doc.setModificationDate(FIXED_DATE);
	const image = await doc.embedPng(greyPng());
	for (let n = 0; n < 2; n++) {
		const page = doc.addPage([PAGE.width, PAGE.height]);
		page.drawImage(image, { x: 0, y: 0, width: PAGE.width, height: PAGE.height });
	}
	return doc.save();
}

async function zeroPagePdf(): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.setCreationDate(FIXED_DATE);
	doc.setModificationDate(FIXED_DATE);
	return doc.save();
}

async function notAWordZip(): Promise<Uint8Array> {
	const zip = new JSZip();
	zip.file('billeder/liste.txt', 'Dette er en zip-fil med en tekstfil, ikke et Word-dokument.\n', {
		date: FIXED_DATE
	});
	return zip.generateAsync({ type: 'uint8array' });
}

async function main(): Promise<void> {
	mkdirSync(OUT, { recursive: true });
	const source = (stem: string): string => readFileSync(join(MINUTES, `${stem}.txt`), 'utf8');
	for (const stem of AS_PDF)
		writeFileSync(join(OUT, `${stem}.pdf`), await minutesPdf(source(stem)));
	for (const stem of AS_DOCX)
		writeFileSync(join(OUT, `${stem}.docx`), await minutesDocx(source(stem)));

	writeFileSync(join(OUT, 'word-nummerering-og-linjeskift.docx'), await wordFeaturesDocx());

	const first = join(OUT, `${AS_PDF[0] as string}.pdf`);
	const whole = readFileSync(first);
	writeFileSync(join(OUT, 'bad-afkortet.pdf'), whole.subarray(0, Math.floor(whole.length / 2)));
	writeFileSync(join(OUT, 'bad-billeder-uden-tekst.pdf'), await imageOnlyPdf());
	writeFileSync(join(OUT, 'bad-ingen-sider.pdf'), await zeroPagePdf());
	writeFileSync(join(OUT, 'bad-tom.pdf'), new Uint8Array());
	writeFileSync(join(OUT, 'bad-zip-uden-word.docx'), await notAWordZip());
	writeFileSync(join(OUT, 'bad-tekst-med-pdf-navn.pdf'), source(AS_PDF[0] as string));
	execFileSync('qpdf', [
		'--static-id',
		'--encrypt',
		'hemmelig',
		'ejer',
		'256',
		'--',
		first,
		join(OUT, 'bad-krypteret.pdf')
	]);
}

await main();
