/**
 * A view's data: the rows prerendered at build time first, then the same query answered by
 * DuckDB-WASM in the browser once it has started (and, with imported minutes, their rows too).
 * If DuckDB cannot start, the prerendered rows stay and the failure is reported in Danish.
 */

import { browser } from '$app/environment';
import type { Database } from './database';
import { browserDatabase } from './duckdb-browser';

export interface LiveRows<T> {
	readonly rows: T;
	readonly status: 'forberedt' | 'klar' | 'fejl';
	readonly failure: string;
}

export function liveQuery<T>(
	prerendered: () => T,
	query: (db: Database) => Promise<T>
): LiveRows<T> {
	let live: T | null = $state(null);
	let status: LiveRows<T>['status'] = $state('forberedt');
	let failure = $state('');
	if (browser)
		browserDatabase()
			.then(query)
			.then((rows) => {
				live = rows;
				status = 'klar';
			})
			.catch((e: unknown) => {
				status = 'fejl';
				failure = `Databasen kunne ikke starte i browseren (${e instanceof Error ? e.message : String(e)}). Visningen bygger på de forberedte tal.`;
			});
	return {
		get rows() {
			return live ?? prerendered();
		},
		get status() {
			return status;
		},
		get failure() {
			return failure;
		}
	};
}
