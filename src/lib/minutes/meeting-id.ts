/** `meeting_id` = `<date>-<forum slug>`, e.g. `2016-09-01-chefforum`. */
export function meetingId(date: string, forum: string): string {
	const slug = forum
		.toLowerCase()
		.replace(/æ/g, 'ae')
		.replace(/ø/g, 'oe')
		.replace(/å/g, 'aa')
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return `${date}-${slug || 'moede'}`;
}
