/** A plain static file server for the production build, on a free loopback port. */

import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.csv': 'text/csv; charset=utf-8',
	'.wasm': 'application/wasm',
	'.svg': 'image/svg+xml',
	'.png': 'image/png'
};

export interface StaticServer {
	origin: string;
	close(): Promise<void>;
}

/** Serve `root` the way a static host serves an adapter-static build (`/x` → x.html or x/index.html). */
export async function serveStatic(root: string): Promise<StaticServer> {
	const server: Server = createServer((req, res) => {
		const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
		const candidates = [path, `${path}.html`, join(path, 'index.html')].map((p) => join(root, p));
		const file = candidates.find(
			(f) => f.startsWith(root) && existsSync(f) && statSync(f).isFile()
		);
		if (!file) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('Ikke fundet');
			return;
		}
		res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(res);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}
