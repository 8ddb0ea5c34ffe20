/** The production build served by `vite preview` for the benchmarks, on its own port. */
import { spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';

export const PORT = Number(process.env.BENCH_PORT || process.env.PW_PORT || 4174);
export const BASE = `http://127.0.0.1:${PORT}`;

/** Starts the preview server and resolves once it answers; the returned function stops it. */
export async function startServer(): Promise<() => void> {
	const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], {
		stdio: 'ignore',
		detached: true
	});
	const stop = () => {
		try {
			process.kill(-server.pid!);
		} catch {
			/* already gone */
		}
	};
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(BASE)).ok) return stop;
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	stop();
	throw new Error(`the preview server did not start on ${BASE}`);
}

/**
 * tsx compiles the functions handed to `page.evaluate` with esbuild's keepNames, which
 * calls a `__name` helper that exists only in Node; the page gets a do-nothing one.
 */
export const KEEP_NAMES_SHIM = 'globalThis.__name = (fn) => fn;';

/** A static server for a built folder (an app build, the benchmark's peer pages). */
export function serveFolder(folder: string, port: number): Promise<Server> {
	const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };
	const server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		const candidates = [join(folder, path), join(folder, path, 'index.html'), join(folder, `${path}.html`)];
		const file = candidates.find((candidate) => {
			try {
				return statSync(candidate).isFile();
			} catch {
				return false;
			}
		});
		if (!file) {
			response.writeHead(404).end();
			return;
		}
		response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => resolve(server));
	});
}
