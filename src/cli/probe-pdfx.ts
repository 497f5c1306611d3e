import { readFileSync } from 'node:fs';
import { asPdfText } from '../../tests/helpers/pdf-like';
const t = readFileSync(process.argv[2] as string, 'utf8');
const pdf = asPdfText(t);
const lines = pdf.split('\n');
const re = new RegExp(process.argv[3] as string);
lines.forEach((l, i) => { if (re.test(l)) console.log(lines.slice(Math.max(0, i - 3), i + 4).map((x) => JSON.stringify(x)).join('\n'), '\n---'); });
