/** The JS a route loads before it is interactive: the modules its prerendered HTML imports, gzipped. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { atMost, type Row } from './stats';

const BUILD = process.env.BUILD_DIR || 'build';

function initialJs(htmlFile: string): number {
	const html = readFileSync(join(BUILD, htmlFile), 'utf8');
	const files = new Set<string>();
	for (const m of html.matchAll(/(?:href|import\()\s*=?\s*"([^"]+\.js)"/g)) files.add(m[1]);
	let total = 0;
	for (const file of files) {
		const path = join(BUILD, file.replace(/^(\.\.\/|\.\/)+/, '').replace(/^\//, ''));
		total += gzipSync(readFileSync(path)).length;
	}
	return total;
}

export function bundleSizes(): Row[] {
	const reader = readdirSync(join(BUILD, 'read')).find((f) => f.endsWith('.html') && statSync(join(BUILD, 'read', f)).isFile());
	const routes: Array<[string, string]> = [['/', 'index.html']];
	if (reader) routes.push(['/read/[doc]', `read/${reader}`]);
	return routes.map(([route, file]) => atMost(`initial JS ${route} (gzip)`, initialJs(file) / 1024, 'KB', 220, 1));
}
