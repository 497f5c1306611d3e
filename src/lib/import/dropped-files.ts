/**
 * Files from a drop or a picker, folders included, as ImportFiles with their folder path as
 * name. Only the document types Mødespor reads are taken from a folder; a file chosen or dropped
 * by itself is always taken, so an unreadable one is shown with its reason instead of vanishing.
 */

import { isDocumentName } from '../documents/document-text';
import type { ImportFile } from './import-runner';

/** Files from an <input type="file"> (with `webkitdirectory`, the whole folder tree). */
export function pickedFiles(list: FileList): ImportFile[] {
	return Array.from(list)
		.map((file) => ({ name: file.webkitRelativePath || file.name, file }))
		.filter((f) => f.name === f.file.name || isDocumentName(f.name))
		.sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

function entries(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
	const reader = dir.createReader();
	const all: FileSystemEntry[] = [];
	return new Promise((resolve, reject) => {
		// readEntries returns a folder in chunks: read until it returns none.
		const more = (): void =>
			reader.readEntries((chunk) => {
				if (chunk.length === 0) resolve(all);
				else {
					all.push(...chunk);
					more();
				}
			}, reject);
		more();
	});
}

async function walk(entry: FileSystemEntry, top: boolean, out: ImportFile[]): Promise<void> {
	if (entry.isFile) {
		const name = entry.fullPath.replace(/^\//, '');
		if (!top && !isDocumentName(name)) return;
		const file = await new Promise<File>((resolve, reject) =>
			(entry as FileSystemFileEntry).file(resolve, reject)
		);
		out.push({ name, file });
	} else if (entry.isDirectory) {
		for (const child of await entries(entry as FileSystemDirectoryEntry))
			await walk(child, false, out);
	}
}

/** Files and folders dropped on the page. */
export async function droppedFiles(data: DataTransfer): Promise<ImportFile[]> {
	const out: ImportFile[] = [];
	const items = Array.from(data.items).filter((i) => i.kind === 'file');
	const tops = items.map((i) => i.webkitGetAsEntry());
	if (tops.every((e) => e !== null)) {
		for (const e of tops) await walk(e as FileSystemEntry, true, out);
	} else for (const file of Array.from(data.files)) out.push({ name: file.name, file });
	return out.sort((a, b) => a.name.localeCompare(b.name, 'da'));
}
