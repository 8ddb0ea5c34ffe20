import { expect, test, type Page } from '@playwright/test';
import { openExplorer } from './helpers';
import { downloadBytes, expectNodes, exportAs, importFiles, nodeCount } from './io-helpers';

const file = (name: string, text: string, mimeType = 'text/plain') => ({ name, mimeType, buffer: Buffer.from(text, 'utf8') });

const SMALL_GEXF = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="directed">
    <attributes class="node"><attribute id="kind" title="kind" type="string"/></attributes>
    <nodes>
      <node id="a" label="Alpha"><attvalues><attvalue for="kind" value="group"/></attvalues></node>
      <node id="b" label="Beta"/>
      <node id="c" label="Gamma &amp; Delta"/>
    </nodes>
    <edges>
      <edge id="e1" source="a" target="b" label="has"/>
      <edge id="e2" source="b" target="c"/>
    </edges>
  </graph>
</gexf>`;

const SMALL_GRAPHML = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="label" attr.type="string"/>
  <graph id="G" edgedefault="directed">
    <node id="n1"><data key="d0">Satu</data></node>
    <node id="n2"><data key="d0">Dua</data></node>
    <node id="n3"><data key="d0">Tiga</data></node>
    <node id="n4"><data key="d0">Empat</data></node>
    <edge source="n1" target="n2"/>
    <edge source="n1" target="n3"/>
    <edge source="n3" target="n4"/>
  </graph>
</graphml>`;

const GRAPHOLOGY_JSON = JSON.stringify({
	attributes: { name: 'Plain graphology' },
	options: { type: 'directed' },
	nodes: [{ key: 'x', attributes: { label: 'X' } }, { key: 'y' }],
	edges: [{ key: 'xy', source: 'x', target: 'y' }]
});

const OUTLINE = `# Kelompok sosial

## Jenis

- Kelompok okupasional
  - Ikatan Dokter Indonesia
- Kelompok volunter
`;

async function expectOpened(page: Page, nodes: number, title: RegExp) {
	await expectNodes(page, nodes);
	const switcher = page.getByTestId('map-switcher');
	await expect(switcher).toBeVisible();
	await expect(switcher.locator('option:checked')).toHaveText(title);
	expect(new URL(page.url()).searchParams.get('map')).toBeTruthy();
	// Every node was laid out: no two share the origin.
	const atOrigin = await page.evaluate(() => window.cy!.nodes().filter((n) => n.position().x === 0 && n.position().y === 0).length);
	expect(atOrigin).toBeLessThanOrEqual(1);
}

test.describe('import', () => {
	let defaultCount = 0;

	test.beforeEach(async ({ page }) => {
		await openExplorer(page);
		defaultCount = await nodeCount(page);
	});

	test('GEXF from Gephi opens as a new map, and the default map is one switch away', async ({ page }) => {
		await importFiles(page, [file('sample.gexf', SMALL_GEXF)]);
		await expectOpened(page, 3, /sample/);
		await expect(page.getByRole('status').filter({ hasText: 'dibuka' })).toHaveText(/3 konsep, 2 relasi/);
		// A passage-less graph still works: the panel says there are no sources.
		await page.getByTestId('map-switcher').selectOption({ index: 0 });
		await expectNodes(page, defaultCount);
		expect(new URL(page.url()).searchParams.get('map')).toBeNull();
		await page.goBack();
		await expectNodes(page, 3);
	});

	test('GraphML opens as a new map', async ({ page }) => {
		await importFiles(page, [file('yed.graphml', SMALL_GRAPHML)]);
		await expectOpened(page, 4, /yed/);
		await expect(page.locator('[data-testid="graph"]')).toBeVisible();
	});

	test('plain graphology JSON and a Markdown outline open as maps', async ({ page }) => {
		await importFiles(page, [file('plain.json', GRAPHOLOGY_JSON, 'application/json')]);
		await expectOpened(page, 2, /Plain graphology/);
		await importFiles(page, [file('notes.md', OUTLINE, 'text/markdown')]);
		await expectOpened(page, 5, /Kelompok sosial/);
		await expect(page.getByTestId('map-switcher').locator('option')).toHaveCount(3);
	});

	test('CSV tables go through the column mapping', async ({ page }) => {
		const nodes = 'Key;Name;Type\nk1;Guru;profesi\nk2;PGRI;organisasi\nk3;Sekolah;tempat\n';
		const edges = 'From;To;Rel\nk1;k2;anggota\nk2;k3;di\n';
		await importFiles(page, [file('nodes.csv', nodes, 'text/csv'), file('edges.csv', edges, 'text/csv')]);
		const dialog = page.getByRole('dialog', { name: 'Pemetaan kolom CSV' });
		await expect(dialog).toBeVisible();
		await dialog.locator('select[data-field="id"]').selectOption('Key');
		await dialog.locator('select[data-field="label"]').selectOption('Name');
		await dialog.locator('select[data-field="kind"]').selectOption('Type');
		await dialog.locator('select[data-field="source"]').selectOption('From');
		await dialog.locator('select[data-field="target"]').selectOption('To');
		await dialog.locator('select[data-field="relation"]').selectOption('Rel');
		await dialog.getByRole('button', { name: 'Impor tabel' }).click();
		await expectNodes(page, 3);
		expect(await page.evaluate(() => window.cy!.getElementById('k1').data('label'))).toBe('Guru');
		expect(await page.evaluate(() => window.cy!.edges().length)).toBe(2);
	});

	test('exported JSON and CSV come back as the same map, passages included', async ({ page }) => {
		const jsonDownload = await exportAs(page, 'JSON');
		await importFiles(page, [{ name: 'export.json', mimeType: 'application/json', buffer: await downloadBytes(jsonDownload) }]);
		await expectNodes(page, defaultCount);
		await expect(page.getByTestId('map-switcher').locator('option')).toHaveCount(2);
		// Same size as the default map, so wait for the switch itself before going on.
		await expect.poll(() => new URL(page.url()).searchParams.get('map')).toBeTruthy();
		// The imported map keeps its sources: a concept's passages show.
		await page.goto(page.url() + '&node=kelompok-volunter');
		await expect(page.getByTestId('passages').locator('article[data-passage]').first()).toBeVisible();

		const zip = await exportAs(page, 'CSV');
		await importFiles(page, [{ name: 'export.zip', mimeType: 'application/zip', buffer: await downloadBytes(zip) }]);
		await page.getByRole('dialog').getByRole('button', { name: 'Impor tabel' }).click();
		await expect(page.getByTestId('map-switcher').locator('option')).toHaveCount(3);
		await expectNodes(page, defaultCount);
		// The tables carry mentions; the passages come from the map they were exported from.
		await expect.poll(() => page.url()).not.toContain('node=');
		await page.goto(page.url() + '&node=kelompok-volunter');
		await expect(page.getByTestId('passages').locator('article[data-passage]').first()).toBeVisible();
	});

	test('imported maps survive a reload and can be deleted', async ({ page }) => {
		await importFiles(page, [file('keep.gexf', SMALL_GEXF)]);
		await expectNodes(page, 3);
		await page.reload();
		await expectNodes(page, 3);
		await expect(page.getByTestId('map-switcher').locator('option:checked')).toHaveText(/keep/);
		page.once('dialog', (dialog) => dialog.accept());
		await page.getByRole('button', { name: 'Hapus peta ini' }).click();
		await expectNodes(page, defaultCount);
		await expect(page.getByTestId('map-switcher')).toHaveCount(0);
		await page.reload();
		await expectNodes(page, defaultCount);
		await expect(page.getByTestId('map-switcher')).toHaveCount(0);
	});

	test('a file dropped on the page is imported', async ({ page }) => {
		const transfer = await page.evaluateHandle((text) => {
			const data = new DataTransfer();
			data.items.add(new File([text], 'dropped.graphml', { type: 'application/xml' }));
			return data;
		}, SMALL_GRAPHML);
		await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
		await expect(page.getByText('Lepaskan berkas')).toBeVisible();
		await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
		await expectOpened(page, 4, /dropped/);
	});
});

test.describe('bad input leaves the map as it was', () => {
	const cases: { name: string; files: () => { name: string; mimeType: string; buffer: Buffer }[]; message: RegExp }[] = [
		{ name: 'malformed JSON', files: () => [file('broken.json', '{\n  "nodes": [\n    { "key": "a" }\n    { "key": "b" }\n  ]\n}')], message: /baris 4.*JSON tidak valid/s },
		{ name: 'an empty file', files: () => [file('empty.json', '')], message: /kosong/ },
		{ name: 'a wrong format', files: () => [file('picture.png', 'not a graph at all')], message: /bukan berkas/ },
		{ name: 'XML under a JSON name', files: () => [file('graph.json', SMALL_GEXF)], message: /bukan berkas JSON/ },
		{ name: 'a dangling edge', files: () => [file('dangling.gexf', SMALL_GEXF.replace('target="c"', 'target="zzz"'))], message: /"zzz".*tidak ada/ },
		{ name: 'a duplicate edge id', files: () => [file('dup.gexf', SMALL_GEXF.replace('id="e2"', 'id="e1"'))], message: /Sisi "e1" muncul lebih dari sekali/ },
		{
			name: 'an unknown kind in our own format',
			files: () => [
				file(
					'kind.json',
					JSON.stringify({
						attributes: { schema: 1, title: 't', language: 'id', documents: [], passages: [], kinds: [], relations: [] },
						nodes: [{ key: 'a', attributes: { label: 'A', labelEn: '', kind: 'ghost', aliases: [], mentions: [] } }],
						edges: []
					})
				)
			],
			message: /jenis "ghost"/
		},
		{ name: 'a malformed GraphML', files: () => [file('broken.graphml', SMALL_GRAPHML.replace('</node>', ''))], message: /XML tidak valid/ }
	];

	for (const { name, files, message } of cases)
		test(name, async ({ page }) => {
			await openExplorer(page, '?node=kelompok-volunter');
			const before = await nodeCount(page);
			await importFiles(page, files());
			const alert = page.getByTestId('import-error').getByRole('alert');
			await expect(alert).toBeVisible();
			await expect(alert).toContainText(message);
			await expect(alert).toContainText('Peta yang sedang dibuka tidak berubah');
			expect(await nodeCount(page)).toBe(before);
			expect(new URL(page.url()).searchParams.get('node')).toBe('kelompok-volunter');
			expect(new URL(page.url()).searchParams.get('map')).toBeNull();
			await expect(page.getByTestId('map-switcher')).toHaveCount(0);
		});

	test('a file over 50 MB is refused by its size, before reading', async ({ page }) => {
		await openExplorer(page);
		const before = await nodeCount(page);
		// A File whose size says 60 MB; building it in the page avoids sending 60 MB over the protocol.
		await page.evaluate(() => {
			const input = document.querySelector<HTMLInputElement>('[data-testid="import-file"]')!;
			const big = new File([new Uint8Array(60 * 1024 * 1024)], 'huge.json', { type: 'application/json' });
			const data = new DataTransfer();
			data.items.add(big);
			input.files = data.files;
			input.dispatchEvent(new Event('change', { bubbles: true }));
		});
		const alert = page.getByTestId('import-error').getByRole('alert');
		await expect(alert).toContainText(/terlalu besar \(60 MB; batasnya 50 MB\)/);
		expect(await nodeCount(page)).toBe(before);
	});
});

test('the teaching views teach from an imported map and keep it between views', async ({ page }) => {
	await openExplorer(page);
	await importFiles(page, [file('notes.md', OUTLINE, 'text/markdown')]);
	await expectNodes(page, 5);
	const mapId = new URL(page.url()).searchParams.get('map')!;
	const jenis = await page.evaluate(() => window.cy!.nodes().filter((n) => n.data('label') === 'Jenis')[0].id());
	await page.goto(`/?map=${mapId}&node=${jenis}`);
	await expect(page.getByTestId('passages').getByRole('heading', { level: 2 })).toHaveText('Jenis');
	await page.getByRole('link', { name: 'Peta pikiran dari sini' }).click();
	await expect(page).toHaveURL(new RegExp(`/mindmap\\?root=${jenis}&map=${mapId}`));
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Jenis');
	// The view menu keeps the imported map: the quiz and the explorer stay on it.
	const quizLink = page.locator('nav.teacher-nav a', { hasText: 'Kuis' }).first();
	await expect(quizLink).toHaveAttribute('href', new RegExp(`map=${mapId}`));
	// A map that is not in this browser says so instead of teaching from another one.
	await page.goto('/mindmap?map=tidak-ada');
	await expect(page.getByRole('alert')).toContainText('tidak-ada');
	// …and keeps saying so: the default map does not load in its place a moment later.
	await page.waitForTimeout(1500);
	await expect(page.getByRole('alert')).toContainText('tidak-ada');
	await expect(page.getByRole('heading', { name: /Peta pikiran: / })).toHaveCount(0);
});
