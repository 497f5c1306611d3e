/** Plain-text tables and number formatting for the benchmark's report. */

export type Align = 'left' | 'right';

/** A table with a header row and a rule under it; columns padded to their widest cell. */
export function formatTable(
	head: readonly string[],
	rows: readonly (readonly string[])[],
	align: readonly Align[] = []
): string {
	const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
	const line = (cells: readonly string[]): string =>
		cells
			.map((cell, c) =>
				align[c] === 'right' ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0)
			)
			.join('  ')
			.trimEnd();
	return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Throughput in MB/s (10^6 bytes per second). */
export const mbPerS = (bytes: number, ms: number): number => bytes / 1e6 / (ms / 1000);

export const fixed = (n: number, digits = 1): string => n.toFixed(digits);

/** Kibibytes (as RSS is reported) as MB. */
export const kbToMb = (kb: number): string => ((kb * 1024) / 1e6).toFixed(0);

/** Bytes as MB (10^6 bytes). */
export const bytesToMb = (b: number): string => (b / 1e6).toFixed(1);

/** A goal's verdict as printed beside its figure. */
export const verdict = (met: boolean): string => (met ? 'ok' : 'MISSED');
