/**
 * Which meetings were imported on this machine, known once the database has loaded them: links
 * to an imported meeting go to its page built in the browser, and lists mark it "importeret".
 */

import { SvelteSet } from 'svelte/reactivity';

class ImportedIds {
	readonly ids = new SvelteSet<string>();
	/** The browser's storage could not be read (e.g. a private window that forbids it). */
	unavailable = $state(false);
	set(ids: readonly string[]): void {
		this.ids.clear();
		for (const id of ids) this.ids.add(id);
	}
	has(id: string): boolean {
		return this.ids.has(id);
	}
}

export const importedIds = new ImportedIds();
