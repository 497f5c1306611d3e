import { readFileSync } from 'node:fs';
import { decodeBytes, extractMinutes } from '../lib/minutes/index';
const t = decodeBytes(readFileSync(process.argv[2]!)).text;
const x = extractMinutes(t, 'x');
if (!x.ok) {
	console.log(x.reason);
	process.exit(0);
}
console.log(x.meeting);
for (const i of x.items)
	console.log(' item', i.number, i.prefix, i.title, i.case_number, i.kpi_topic);
for (const [fam, rows] of Object.entries(x.records))
	for (const r of rows as any[]) {
		const { meeting_id, evidence, evidence_start, evidence_end, item_number, ...rest } = r;
		console.log(fam, JSON.stringify(rest));
	}
