/** A source text's fingerprint (SHA-256, hex): two imports with the same one are the same minutes. */
export async function sourceHash(text: string): Promise<string> {
	const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
