/**
 * Files networkx wrote, imported in the browser: every node, edge and
 * self-loop drawn, the file's colours and properties shown, undirected edges
 * without arrows, and the export read back by networkx with the same counts.
 */
import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWithNetworkx, tempDir, writeWithNetworkx } from '../unit/fixtures/io/readers/readers';
import { openExplorer, watchConsole } from './helpers';
import { downloadBytes, exportAs, importFiles } from './io-helpers';

const dir = tempDir();
writeWithNetworkx(dir);
const file = (name: string, mimeType: string) => ({ name, mimeType, buffer: readFileSync(join(dir, name)) });

const drawn = (page: import('@playwright/test').Page) =>
	page.evaluate(() => ({
		nodes: window.cy!.nodes().length,
		edges: window.cy!.edges().length,
		loops: window.cy!.edges().filter((e) => e.isLoop()).length,
		arrowless: window.cy!.edges().filter((e) => e.style('target-arrow-shape') === 'none').length
	}));

test('a networkx GEXF with self-loops, viz colours and typed attributes imports whole and exports back', async ({ page }) => {
	const problems = watchConsole(page);
	await openExplorer(page);
	await importFiles(page, [file('shaped.gexf', 'application/gexf+xml')]);
	await expect.poll(() => drawn(page)).toEqual({ nodes: 6, edges: 7, loops: 2, arrowless: 0 });
	await expect(page.getByText(/2 relasi menghubungkan konsep dengan dirinya sendiri/)).toBeVisible();
	// The file's colour, not the kind's grey; the switch brings the kind colour back.
	expect(await page.evaluate(() => window.cy!.getElementById('3').style('background-color'))).toBe('rgb(120,100,200)');
	await page.getByTestId('kind-style').check();
	await expect.poll(() => page.evaluate(() => window.cy!.getElementById('3').style('background-color'))).toBe('rgb(158,158,158)');
	await page.getByTestId('kind-style').uncheck();

	const mapId = new URL(page.url()).searchParams.get('map')!;
	await page.goto(`/?map=${mapId}&node=2`);
	const properties = page.getByTestId('properties');
	await expect(properties).toContainText('modularity_class');
	await expect(properties).toContainText('pagerank');
	await expect(properties.locator('div[data-type="boolean"]')).toContainText('hub');
	await expect(properties.locator('div[data-type="number"]', { hasText: 'pagerank' })).toContainText('angka');
	await page.screenshot({ path: test.info().outputPath('shaped-gexf.png') });

	for (const [format, extension] of [['GEXF', 'gexf'], ['GraphML', 'graphml']] as const) {
		const path = join(dir, `browser-export.${extension}`);
		writeFileSync(path, await downloadBytes(await exportAs(page, format)));
		const read = readWithNetworkx(path);
		expect([read.nodes, read.edges, read.selfLoops]).toEqual([6, 7, 2]);
		expect(read.nodeAttributes['2']).toMatchObject({ modularity_class: 0, hub: false });
	}
	expect(problems).toEqual([]);
});

test('networkx GraphML of the karate club: 78 undirected edges drawn without arrows, re-exported undirected', async ({ page }) => {
	await openExplorer(page);
	await importFiles(page, [file('karate.graphml', 'application/graphml+xml')]);
	await expect.poll(() => drawn(page)).toEqual({ nodes: 34, edges: 78, loops: 0, arrowless: 78 });
	await page.screenshot({ path: test.info().outputPath('karate-graphml.png') });
	const path = join(dir, 'karate-export.graphml');
	writeFileSync(path, await downloadBytes(await exportAs(page, 'GraphML')));
	const read = readWithNetworkx(path);
	expect([read.nodes, read.edges, read.directed]).toEqual([34, 78, false]);
	expect(read.nodeAttributes['0']).toMatchObject({ club: 'Mr. Hi' });
});
