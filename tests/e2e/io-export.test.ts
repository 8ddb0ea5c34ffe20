import { expect, test } from '@playwright/test';
import { DOMParser } from '@xmldom/xmldom';
import * as gexf from '../../src/lib/kg/io/gexf';
import * as graphml from '../../src/lib/kg/io/graphml';
import * as json from '../../src/lib/kg/io/json';
import { parseCsv } from '../../src/lib/kg/io/csv';
import { readZip } from '../../src/lib/kg/io/zip';
import { openExplorer, watchConsole } from './helpers';
import { downloadBytes, exportAs } from './io-helpers';

const DATE = /-\d{4}-\d{2}-\d{2}/;
const SLUG = 'kelompok-okupasional-dan-kelompok-volunter';

test.describe('export', () => {
	let shipped: { nodes: unknown[]; edges: unknown[]; attributes: { passages: unknown[] } };

	test.beforeEach(async ({ page }) => {
		await openExplorer(page);
		shipped = await (await page.request.get('/graph.json')).json();
	});

	test('PNG of the current view at the chosen scale', async ({ page }) => {
		const size = await page.evaluate(() => ({ w: window.cy!.width(), h: window.cy!.height() }));
		const download = await exportAs(page, 'PNG');
		expect(download.suggestedFilename()).toMatch(new RegExp(`^${SLUG}${DATE.source}\\.png$`));
		const bytes = await downloadBytes(download);
		expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		// IHDR: width and height, big-endian, at bytes 16..24; the default scale is 2×.
		expect(Math.abs(bytes.readUInt32BE(16) - size.w * 2)).toBeLessThanOrEqual(2);
		expect(Math.abs(bytes.readUInt32BE(20) - size.h * 2)).toBeLessThanOrEqual(2);
	});

	test('PNG options: scale 1× with a transparent background', async ({ page }) => {
		const size = await page.evaluate(() => ({ w: window.cy!.width(), h: window.cy!.height() }));
		const menu = page.getByRole('button', { name: 'Ekspor' });
		await menu.click();
		await page.getByRole('menuitemradio', { name: /1×/ }).click();
		await page.getByRole('menuitemcheckbox', { name: /transparan/i }).click();
		await expect(page.getByRole('menuitemradio', { name: /1×/ })).toHaveAttribute('aria-checked', 'true');
		const downloading = page.waitForEvent('download');
		await page.getByRole('menuitem', { name: 'PNG', exact: true }).click();
		const bytes = await downloadBytes(await downloading);
		expect(Math.abs(bytes.readUInt32BE(16) - size.w)).toBeLessThanOrEqual(2);
		// Colour type 6 = RGBA: transparency kept.
		expect(bytes[25]).toBe(6);
	});

	test('SVG is well-formed XML with shapes, arrows and text', async ({ page }) => {
		const download = await exportAs(page, 'SVG');
		expect(download.suggestedFilename()).toMatch(/\.svg$/);
		const text = (await downloadBytes(download)).toString('utf8');
		const problems: string[] = [];
		const doc = new DOMParser({ errorHandler: (_l: string, m: unknown) => void problems.push(String(m)) }).parseFromString(
			text,
			'image/svg+xml'
		);
		expect(problems).toEqual([]);
		expect(doc.documentElement.tagName).toBe('svg');
		expect(doc.getElementsByTagName('text').length).toBeGreaterThan(5);
		expect(doc.getElementsByTagName('path').length).toBeGreaterThan(50);
		expect(text).toContain('>Kelompok volunter<');
	});

	test('PDF has a title page and the cited passages after it', async ({ page }) => {
		const download = await exportAs(page, 'PDF');
		expect(download.suggestedFilename()).toMatch(/\.pdf$/);
		const bytes = await downloadBytes(download);
		expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		const pages = bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
		expect(pages.length).toBeGreaterThanOrEqual(2);
	});

	test('JSON is the contract, documents and passages included', async ({ page }) => {
		const download = await exportAs(page, 'JSON');
		expect(download.suggestedFilename()).toMatch(new RegExp(`^${SLUG}${DATE.source}\\.json$`));
		const result = json.parse((await downloadBytes(download)).toString('utf8'));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.graph.order).toBe(shipped.nodes.length);
		expect(result.graph.size).toBe(shipped.edges.length);
		expect(result.graph.getAttribute('passages').length).toBe(shipped.attributes.passages.length);
	});

	test('GEXF and GraphML parse back with typed kind and centrality', async ({ page }) => {
		for (const [format, parse, extension] of [
			['GEXF', gexf.parse, 'gexf'],
			['GraphML', graphml.parse, 'graphml']
		] as const) {
			const download = await exportAs(page, format);
			expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${extension}$`));
			const text = (await downloadBytes(download)).toString('utf8');
			expect(text).toMatch(/centrality/);
			expect(text).toMatch(/attr\.name="kind"|title="kind"/);
			const result = parse(text);
			expect(result.ok, format).toBe(true);
			if (result.ok) expect(result.graph.order).toBe(shipped.nodes.length);
		}
	});

	test('CSV is a zip of nodes.csv and edges.csv that parse back', async ({ page }) => {
		const download = await exportAs(page, 'CSV');
		expect(download.suggestedFilename()).toMatch(/-csv-\d{4}-\d{2}-\d{2}\.zip$/);
		const read = readZip(new Uint8Array(await downloadBytes(download)));
		if (!read.ok) throw new Error(`the CSV zip does not read back: ${read.error.code}`);
		const { entries } = read;
		expect(entries.map((e) => e.name)).toEqual(['nodes.csv', 'edges.csv']);
		const [nodes, edges] = entries.map((e) => new TextDecoder().decode(e.data));
		const result = parseCsv(nodes, edges);
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.graph.size).toBe(shipped.edges.length);
	});

	test('Mermaid, Markdown and Cypher are text in their syntax', async ({ page }) => {
		const errors = watchConsole(page);
		const mermaid = (await downloadBytes(await exportAs(page, 'Mermaid'))).toString('utf8');
		expect(mermaid).toMatch(/^mindmap\n/);
		const markdown = (await downloadBytes(await exportAs(page, 'Markdown'))).toString('utf8');
		expect(markdown).toMatch(/^# Kelompok okupasional\n/);
		expect(markdown).toMatch(/\[\^1\]: /);
		const cypher = (await downloadBytes(await exportAs(page, 'Cypher'))).toString('utf8');
		expect(cypher).toMatch(/^CREATE CONSTRAINT/);
		expect(cypher.match(/^MERGE \(n:Concept/gm)?.length).toBe(shipped.nodes.length);
		expect(errors).toEqual([]);
	});

	test('the menu works from the keyboard and gives focus back', async ({ page }) => {
		const trigger = page.getByRole('button', { name: 'Ekspor' });
		await expect(trigger).toHaveAttribute('aria-haspopup', 'menu');
		await trigger.focus();
		await page.keyboard.press('ArrowDown');
		await expect(page.getByRole('menu')).toBeVisible();
		await expect(page.getByRole('menuitem', { name: 'PNG', exact: true })).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await expect(page.getByRole('menuitem', { name: 'SVG', exact: true })).toBeFocused();
		await page.keyboard.press('End');
		await page.keyboard.press('Escape');
		await expect(page.getByRole('menu')).toBeHidden();
		await expect(trigger).toBeFocused();
		await expect(trigger).toHaveAttribute('aria-expanded', 'false');
		// Enter on an item downloads.
		await page.keyboard.press('Enter');
		await page.keyboard.press('ArrowDown');
		const downloading = page.waitForEvent('download');
		await page.keyboard.press('Enter');
		expect((await downloading).suggestedFilename()).toMatch(/\.svg$/);
	});

	test('Mermaid flowchart of the current view, from the options', async ({ page }) => {
		await page.getByRole('button', { name: 'Ekspor' }).click();
		await page.getByRole('menuitemradio', { name: /diagram alir/ }).click();
		const downloading = page.waitForEvent('download');
		await page.getByRole('menuitem', { name: 'Mermaid', exact: true }).click();
		const text = (await downloadBytes(await downloading)).toString('utf8');
		expect(text).toMatch(/^flowchart LR\n/);
	});
});
