/**
 * The hostile map opened in every view and every export, in real Chromium: no vector runs, none
 * reaches the DOM as markup, no colour restyles the page, and each vector shows as plain text.
 * The CSP is bypassed here so that escaping alone is what is tested (security-csp checks the
 * policy); one test keeps the CSP on and checks that nothing even tried.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { expect, test, type Page } from '@playwright/test';
import { encodeTourForUrl, writeTourFile } from '../../src/lib/kg/io/tour-file';
import { validateSerializedGraph, type KnowledgeGraph } from '../../src/lib/kg/model';
import { lessonTour } from '../../src/lib/kg/query/lesson-tour';
import {
	FIELDS,
	HOSTILE_COLORS,
	HOSTILE_FILE_NAME,
	HOSTILE_SHAPES,
	MARKERS,
	VECTORS,
	armTraps,
	expectInert,
	hostileGraph,
	hostileMarkdown,
	markupInjected
} from './hostile-corpus';
import { downloadBytes, exportAs, importFiles } from './io-helpers';
import { graphReady, watchCsp } from './shell-helpers';

test.use({ bypassCSP: true });
test.describe.configure({ timeout: 120_000 });

const hostile = hostileGraph();
const hostileBody = JSON.stringify(hostile);
const hostileKnowledgeGraph = (): KnowledgeGraph => {
	const read = validateSerializedGraph(structuredClone(hostile));
	if (!read.ok) throw new Error(`the hostile map breaks the contract: ${JSON.stringify(read.problems.slice(0, 3))}`);
	return read.graph;
};
const ROOT = 'kelompok-okupasional';
/** Per view, the vectors it showed as text (reported at the end of the file). */
const seen: Record<string, Set<number>> = {};

/** The hostile map as the default graph; every request that leaves the origin is recorded. */
async function openHostile(page: Page): Promise<{ fired: string[]; outside: string[] }> {
	const traps = await armTraps(page);
	const outside: string[] = [];
	const origin = `http://127.0.0.1:${process.env.PW_PORT || 4173}/`;
	page.on('request', (request) => {
		if (!request.url().startsWith(origin) && !/^(data|blob):/.test(request.url())) outside.push(request.url());
	});
	await page.route('**/graph.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: hostileBody }));
	return { ...traps, outside };
}

async function check(page: Page, fired: string[], view: string): Promise<void> {
	const shown = await expectInert(page, fired, view);
	seen[view] = new Set([...(seen[view] ?? []), ...shown]);
}

test('the hostile map meets the contract, so it reaches every view; its hostile colours and shapes do not', () => {
	expect(validateSerializedGraph(structuredClone(hostile)).ok).toBe(true);
	expect(VECTORS.length).toBeGreaterThanOrEqual(30);
	const styled = validateSerializedGraph(hostileGraph({ styles: true }));
	expect(styled.ok).toBe(false);
	const refused = styled.ok ? [] : styled.problems.map((p) => p.path);
	expect(refused.filter((path) => /^attributes\.kinds\.\d+\.color$/.test(path))).toHaveLength(HOSTILE_COLORS.length);
	expect(refused.filter((path) => /^attributes\.kinds\.\d+\.shape$/.test(path))).toHaveLength(HOSTILE_SHAPES.length);
});

test('explorer: canvas, legend, panel, outline and search show every vector as text', async ({ page }) => {
	const { fired, outside } = await openHostile(page);
	await page.goto(`/?node=${ROOT}`);
	await graphReady(page);
	await check(page, fired, 'explorer + panel');
	await page.getByRole('tab', { name: 'Kerangka' }).click();
	const outline = page.getByTestId('outline');
	// The outline tab loads when first chosen.
	await expect(outline).toBeVisible();
	await outline.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
	await check(page, fired, 'outline');
	// Select a concept per vector from the outline, and read its panel each time.
	const keys = hostile.nodes.slice(0, VECTORS.length).map((n) => n.key);
	for (const key of keys) {
		await page.getByRole('tab', { name: 'Kerangka' }).click();
		await expect(outline).toBeVisible();
		await outline.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
		await outline.locator(`[data-outline-node="${key}"] > button`).click();
		await page.getByRole('tab', { name: 'Sumber' }).click();
		await expect(page.getByTestId('passages')).toContainText(hostile.nodes.find((n) => n.key === key)!.attributes!.label.slice(0, 30));
		expect(fired).toEqual([]);
	}
	await check(page, fired, 'panel');
	const search = page.getByRole('combobox', { name: 'Cari konsep atau teks' });
	for (const query of ['onerror', 'script', 'javascript', 'kelompok']) {
		await search.fill(query);
		await expect(page.getByRole('option').first()).toBeVisible();
		await check(page, fired, `search`);
	}
	expect(outside).toEqual([]);
});

test('reader: every article with its headings and passages', async ({ page }) => {
	const { fired, outside } = await openHostile(page);
	for (const document of hostile.attributes.documents) {
		await page.goto(`/read/${document.id}`);
		await expect(page.locator('article.article mark').first()).toBeVisible();
		await check(page, fired, 'reader');
	}
	expect(outside).toEqual([]);
});

test('teaching views: mind map, presenter (every step), compare, quiz, tours and the tour editor', async ({ page }) => {
	const { fired, outside } = await openHostile(page);
	await page.goto(`/mindmap?root=${ROOT}`);
	await graphReady(page);
	await check(page, fired, 'mind map');

	await page.goto(`/present?tour=auto-${ROOT}`);
	await expect(page.getByTestId('caption')).not.toBeEmpty();
	const total = Number((await page.getByTestId('progress').textContent())!.match(/(\d+)\D*$/)![1]);
	for (let step = 1; step < total; step++) {
		await page.keyboard.press('ArrowRight');
		await expect(page.getByTestId('progress')).toContainText(String(step + 1));
		expect(fired).toEqual([]);
		expect(await markupInjected(page)).toEqual([]);
	}
	await check(page, fired, 'presenter');

	await page.goto('/compare');
	await graphReady(page);
	await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
	await check(page, fired, 'compare');

	await page.goto('/quiz');
	await expect(page.getByTestId('quiz-progress')).toBeVisible();
	for (let question = 0; question < 3; question++) {
		await page.keyboard.press('1');
		await expect(page.getByTestId('quiz-feedback')).toBeVisible();
		await check(page, fired, 'quiz');
		await page.keyboard.press('Enter');
	}

	await page.goto('/tours');
	await expect(page.locator('li[data-tour]').first()).toBeVisible();
	await check(page, fired, 'tours');
	await page.goto(`/tours/edit?tour=auto-${ROOT}`);
	await expect(page.getByLabel('Judul tur')).not.toHaveValue('');
	await check(page, fired, 'tour editor');
	expect(outside).toEqual([]);
});

test('imported through the file input: a JSON map, a Markdown outline, and the views that teach from them', async ({ page, baseURL }) => {
	const { fired, outside } = await armTraps(page).then((traps) => ({ ...traps, outside: [] as string[] }));
	page.on('request', (request) => {
		if (!request.url().startsWith(baseURL!) && !/^(data|blob):/.test(request.url())) outside.push(request.url());
	});
	await page.goto('/');
	await graphReady(page);
	await importFiles(page, [{ name: HOSTILE_FILE_NAME, mimeType: 'application/json', buffer: Buffer.from(hostileBody) }]);
	await expect.poll(() => new URL(page.url()).searchParams.get('map')).not.toBeNull();
	const mapId = new URL(page.url()).searchParams.get('map')!;
	await graphReady(page);
	await check(page, fired, 'imported map');
	await page.getByTestId('map-switcher').click();
	await check(page, fired, 'map switcher');
	await page.keyboard.press('Escape');
	for (const view of [`/mindmap?root=${ROOT}&map=${mapId}`, `/present?tour=auto-${ROOT}&map=${mapId}`, `/compare?map=${mapId}`, `/quiz?map=${mapId}`]) {
		await page.goto(view);
		if (view.startsWith('/quiz')) await expect(page.getByTestId('quiz-progress')).toBeVisible();
		else await graphReady(page);
		await check(page, fired, `imported map: ${view.split('?')[0]}`);
	}

	await page.goto('/');
	await graphReady(page);
	await importFiles(page, [{ name: `${HOSTILE_FILE_NAME}.md`, mimeType: 'text/markdown', buffer: Buffer.from(hostileMarkdown()) }]);
	await expect.poll(() => page.evaluate(() => window.cy?.nodes().length ?? 0)).toBeGreaterThan(3);
	await page.getByRole('tab', { name: 'Kerangka' }).click();
	await check(page, fired, 'Markdown map');
	expect(outside).toEqual([]);
});

test('tours: a hostile tour file imported, presented and edited, and the same tour as a shared link', async ({ page }) => {
	const { fired, outside } = await openHostile(page);
	const tour = lessonTour(hostileKnowledgeGraph(), ROOT)!;
	tour.id = 'tur-uji';
	tour.title = VECTORS.slice(0, 12).join(' ').slice(0, 300);
	tour.steps.forEach((step, i) => (step.caption = VECTORS[i % VECTORS.length].slice(0, 2000)));
	await page.goto('/tours');
	await page.locator('#tour-import').setInputFiles({ name: `${HOSTILE_FILE_NAME}.tour.json`, mimeType: 'application/json', buffer: Buffer.from(writeTourFile(tour)) });
	await expect(page.locator('li[data-tour="tur-uji"]')).toBeVisible();
	await check(page, fired, 'tour file');
	await page.goto('/present?tour=tur-uji');
	for (let step = 0; step < tour.steps.length; step++) {
		await expect(page.getByTestId('caption')).toHaveText(tour.steps[step].caption!.trim());
		expect(await markupInjected(page)).toEqual([]);
		await page.keyboard.press('ArrowRight');
	}
	await check(page, fired, 'presenter: tour file');
	await page.goto('/tours/edit?tour=tur-uji');
	await expect(page.getByLabel('Judul tur')).toHaveValue(tour.title);
	await check(page, fired, 'editor: tour file');
	await page.goto(`/present?shared=${encodeTourForUrl(tour)}`);
	await expect(page.getByTestId('caption')).toHaveText(tour.steps[0].caption!.trim());
	await check(page, fired, 'shared tour link');
	expect(outside).toEqual([]);
});

test('exports of the hostile map: SVG, PDF text, Markdown, Mermaid, Cypher and CSV stay inert in the programs that read them', async ({ page }) => {
	const { fired } = await openHostile(page);
	await page.goto(`/?node=${ROOT}`);
	await graphReady(page);
	const dir = mkdtempSync(join(tmpdir(), 'hostile-export-'));
	const save = async (format: string, name: string) => {
		const bytes = await downloadBytes(await exportAs(page, format));
		writeFileSync(join(dir, name), bytes);
		return bytes;
	};

	// SVG: well-formed for xmllint, no script or handler, and inert when Chromium opens it as a document.
	const svg = (await save('SVG', 'map.svg')).toString('utf8');
	const live = "count(//*[local-name()='script' or local-name()='foreignObject']) + count(//@*[starts-with(local-name(), 'on')]) + count(//@*[contains(translate(., 'JAVSCRIPT', 'javscript'), 'javascript:')])";
	expect(execFileSync('xmllint', ['--xpath', live, join(dir, 'map.svg')], { encoding: 'utf8' }).trim()).toBe('0');
	expect(svg).toContain('__x(');
	// PDF: the vectors are text on the page (poppler reads them back), and the file has no actions.
	const pdf = await save('PDF', 'map.pdf');
	// (jsPDF's /OpenAction is a page destination, [page /FitH]; an action would be a dictionary.)
	expect(pdf.toString('latin1')).not.toMatch(/\/(JavaScript|JS|Launch|SubmitForm|ImportData|URI)\b|\/OpenAction\s*<</);
	const pdfText = execFileSync('pdftotext', [join(dir, 'map.pdf'), '-'], { encoding: 'utf8' });
	expect(pdfText).toMatch(/__x\(\d+\)/);
	// Markdown: CommonMark's reference renderer, raw HTML allowed as permissive viewers do, gives inert HTML.
	const markdown = (await save('Markdown', 'map.md')).toString('utf8');
	const html = execFileSync('cmark', ['--unsafe', join(dir, 'map.md')], { encoding: 'utf8' });
	expect(html).not.toMatch(/<(script|img|svg|iframe|object|embed|details|input|base|meta|style)\b/i);
	expect(html).not.toMatch(/href="javascript:/i);
	expect(markdown).toContain('\\_\\_x(');
	expect(html).toContain('__x(');
	// Mermaid: every label stays inside its quotes; no directive or click line is smuggled in.
	const mermaid = (await save('Mermaid', 'map.mmd')).toString('utf8');
	for (const line of mermaid.split('\n')) {
		expect(line, 'a Mermaid line opens a directive').not.toMatch(/^\s*(%%|click\s)/);
		expect(line.replace(/"[^"]*"/g, '""').replace(/\(\([^)]*\)\)/g, ''), 'markup outside a quoted label').not.toMatch(/[<>]|__x/);
	}
	// Cypher: outside its string literals the script holds nothing from the file.
	const cypher = (await save('Cypher', 'map.cypher')).toString('utf8');
	expect(cypher.replace(/'(?:\\.|[^'\\])*'/g, "''")).not.toMatch(/__x|DETACH|<script/i);
	// CSV: Python's csv module reads back exactly the labels written (quotes and newlines survive).
	const zip = unzipSync(await save('CSV', 'map.zip'));
	writeFileSync(join(dir, 'nodes.csv'), zip['nodes.csv']);
	const labels = JSON.parse(
		execFileSync('/usr/bin/python3', ['-c', 'import csv,json,sys; r=csv.DictReader(open(sys.argv[1], encoding="utf-8-sig", newline="")); print(json.dumps({row["id"]: row["label"] for row in r}))', join(dir, 'nodes.csv')], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
	);
	for (const node of hostile.nodes) expect(labels[node.key]).toBe(node.attributes!.label);

	// Each export opened in Chromium as the program that would show it: the SVG and the rendered Markdown.
	const viewer = await page.context().newPage();
	const traps = await armTraps(viewer);
	await viewer.route('**/export-view/map.svg', (route) => route.fulfill({ contentType: 'image/svg+xml', body: svg }));
	await viewer.route('**/export-view/map.html', (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><meta charset="utf-8">${html}` }));
	await viewer.goto('/export-view/map.svg');
	await viewer.goto('/export-view/map.html');
	await viewer.waitForLoadState('load');
	expect(traps.fired).toEqual([]);
	expect(fired).toEqual([]);
	seen['exports (SVG, PDF, Markdown, Mermaid, Cypher, CSV)'] = new Set(MARKERS.flatMap((m, i) => ([svg, pdfText, html, mermaid, cypher].some((text) => text.includes(m)) ? [i + 1] : [])));
});

test.describe('with the CSP on', () => {
	test.use({ bypassCSP: false });

	test('hostile colours and shapes restyle nothing and send nothing, and nothing even tries to run', async ({ page }) => {
		const violations = await watchCsp(page);
		const { fired, outside } = await openHostile(page);
		// The styled map cannot be a graph.json (the contract refuses it); it comes in as a user's file.
		await page.goto('/');
		await graphReady(page);
		const styled = hostileGraph({ styles: true });
		await importFiles(page, [{ name: 'peta.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(styled)) }]);
		await expect.poll(() => new URL(page.url()).searchParams.get('map')).toBeTruthy();
		const summary = page.getByTestId('import-summary');
		await expect(summary).toContainText(`Warna ${HOSTILE_COLORS.length} jenis bukan warna heksadesimal`);
		await expect(summary).toContainText(`Bentuk ${HOSTILE_SHAPES.length} jenis tidak dikenal`);
		const map = new URL(page.url()).searchParams.get('map')!;
		await page.goto(`/?map=${map}&node=${ROOT}`);
		await graphReady(page);
		await page.getByRole('tab', { name: 'Kerangka' }).click();
		await page.getByTestId('outline').locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
		await page.getByRole('combobox', { name: 'Cari konsep atau teks' }).fill('kelompok');
		await expect(page.getByRole('option').first()).toBeVisible();
		await check(page, fired, 'explorer with CSP');
		// The swatches carry the neutral grey the import put in place of the hostile colours.
		const swatches = await page.locator('.swatch').evaluateAll((all) => all.map((s) => getComputedStyle(s).backgroundColor));
		expect(swatches).toContain('rgb(158, 158, 158)');
		// Cytoscape got only shapes it knows.
		const shapes = await page.evaluate(() => [...new Set(window.cy!.nodes().map((n) => n.data('shape') as string))]);
		expect(shapes).not.toEqual(expect.arrayContaining([expect.stringMatching(/[";<]/)]));
		await page.goto(`/mindmap?map=${map}&root=${ROOT}`);
		await graphReady(page);
		await page.goto(`/compare?map=${map}`);
		await graphReady(page);
		expect(outside).toEqual([]);
		expect(violations).toEqual([]);
	});
});

test.afterAll(() => {
	const views = Object.keys(seen).length;
	const shown = Object.values(seen).reduce((sum, vectors) => sum + vectors.size, 0);
	console.info(
		`hostile corpus: ${VECTORS.length} vectors in ${FIELDS.length} fields of the map, plus tour titles, captions, file names, Markdown and a shared link; ` +
			`${views} views and exports opened, ${shown} vector×view pairs shown as text, 0 executions`
	);
	for (const [view, vectors] of Object.entries(seen)) console.info(`  ${view}: ${vectors.size} of ${VECTORS.length} vectors shown as text`);
});
