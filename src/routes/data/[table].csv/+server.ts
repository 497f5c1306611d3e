// The bundled data set as static files beside the pages, for DuckDB-WASM to load in the browser.
import { error } from '@sveltejs/kit';
import { readExtractedCsv } from '$lib/server/extracted-data';
import { TABLE_NAMES, type TableName } from '$lib/minutes/schema';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => TABLE_NAMES.map((table) => ({ table }));

export const GET: RequestHandler = ({ params }) => {
	if (!(TABLE_NAMES as string[]).includes(params.table)) error(404, 'Ukendt tabel');
	return new Response(readExtractedCsv(params.table as TableName), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
};
