/**
 * The reader's selection menu: words selected in an article become a concept (its mention the
 * selected span), an alias of a concept, or the evidence of a relation, on an editable copy of
 * the default map, by mouse and by keyboard.
 */
import { expect, test, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium-path.js';
import { panel, watchConsole } from './helpers';

const DOC = 'pengertian-okupasional-volunter';
const PASSAGE = `${DOC}-p3`;
const menu = (page: Page) => page.getByTestId('selection-menu');

// Caret browsing (F7) on, as a keyboard reader has it: the caret moves through the article's text.
test.use({ launchOptions: { executablePath: chromiumPath, args: [...chromiumArgs, '--enable-caret-browsing'], headless: true } });

/** Where a phrase of a passage is drawn (across mentions too): just inside its first and its last character. */
async function phraseEnds(page: Page, passage: string, phrase: string) {
	return page.evaluate(
		({ passage, phrase }) => {
			const root = document.querySelector(`[data-passage="${passage}"]`)!;
			const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
			const nodes: Text[] = [];
			for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
			const text = nodes.map((n) => n.data).join('');
			const at = text.indexOf(phrase);
			if (at < 0) throw new Error(`"${phrase}" is not in passage ${passage}`);
			const point = (offset: number, end: boolean): [Text, number] => {
				for (const node of nodes) {
					if (offset < node.data.length || (end && offset === node.data.length)) return [node, offset];
					offset -= node.data.length;
				}
				return [nodes.at(-1)!, nodes.at(-1)!.data.length];
			};
			const range = document.createRange();
			range.setStart(...point(at, false));
			range.setEnd(...point(at + phrase.length, true));
			const rects = [...range.getClientRects()].filter((r) => r.width > 0);
			const first = rects[0];
			const last = rects.at(-1)!;
			return { start: { x: first.left + 1, y: first.top + first.height / 2 }, end: { x: last.right - 1, y: last.top + last.height / 2 } };
		},
		{ passage, phrase }
	);
}

/** Selects a phrase the way a person does with a mouse: press before its first letter, drag, release after its last. */
async function dragOver(page: Page, passage: string, phrase: string) {
	const { start, end } = await phraseEnds(page, passage, phrase);
	await page.mouse.move(start.x, start.y);
	await page.mouse.down();
	await page.mouse.move(end.x, end.y, { steps: 12 });
	await page.mouse.up();
}

/**
 * The caret at the start of a phrase, then shift+→ once per character. A keyboard reader moves the
 * caret through an article with caret browsing (F7), on in this file's browser.
 */
async function keyboardSelect(page: Page, passage: string, phrase: string) {
	await page.evaluate(
		({ passage, phrase }) => {
			const root = document.querySelector(`[data-passage="${passage}"]`)!;
			const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const at = node.textContent!.indexOf(phrase);
				if (at >= 0) return void window.getSelection()!.collapse(node, at);
			}
			throw new Error(`"${phrase}" is not in passage ${passage}`);
		},
		{ passage, phrase }
	);
	for (let i = 0; i < phrase.length; i++) await page.keyboard.press('Shift+ArrowRight');
	await expect.poll(() => page.evaluate(() => window.getSelection()!.toString())).toBe(phrase);
}

test('make a concept from a mouse selection on a copy of the default map, its panel showing the passage highlighted', async ({ page }) => {
	const errors = watchConsole(page);
	await page.goto(`/read/${DOC}?lang=id`);
	await expect(page.locator(`[data-passage="${PASSAGE}"]`)).toBeVisible();

	await dragOver(page, PASSAGE, 'Warga masyarakat');
	await expect(menu(page)).toBeVisible();
	await expect(menu(page)).toContainText('“Warga masyarakat”');
	// The default map is read-only: the copy comes first.
	await expect(menu(page)).toContainText('Peta bawaan hanya dapat dibaca');
	await menu(page).getByRole('button', { name: 'Buat salinan untuk disunting' }).click();
	await expect.poll(() => new URL(page.url()).searchParams.get('map')).not.toBeNull();
	const mapId = new URL(page.url()).searchParams.get('map')!;
	await expect(menu(page)).toContainText('Salinan dibuat');

	await menu(page).getByRole('button', { name: 'Jadikan konsep' }).click();
	await menu(page).getByLabel('Jenis').selectOption('group-type');
	await menu(page).getByLabel('Nama dalam bahasa Inggris (boleh kosong)').fill('Members of society');
	await menu(page).getByRole('button', { name: 'Buat konsep' }).click();
	await expect(menu(page)).toContainText('Konsep “Warga masyarakat” dibuat');

	// The new mention is a link in the article at once.
	await expect(page.locator(`[data-passage="${PASSAGE}"] a`, { hasText: 'Warga masyarakat' })).toBeVisible();

	await menu(page).getByRole('link', { name: 'Lihat di peta' }).click();
	await expect.poll(() => new URL(page.url()).searchParams.get('node')).toBe('warga-masyarakat');
	expect(new URL(page.url()).searchParams.get('map')).toBe(mapId);
	await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Warga masyarakat');
	await expect(panel(page).getByTestId('teacher-origin')).toHaveText(/Tambahan guru — dengan kutipan dari artikel/);
	await expect(panel(page).locator(`article[data-passage="${PASSAGE}"] mark`).first()).toHaveText('Warga masyarakat');
	expect(errors).toEqual([]);
});

test('add an alias from a keyboard selection, and use a sentence as evidence', async ({ page }) => {
	const errors = watchConsole(page);
	await page.goto(`/read/${DOC}?lang=en`);
	await expect(page.locator(`[data-passage="${PASSAGE}"]`)).toBeVisible();
	// An editable copy, made the way the explorer's edit mode makes one.
	const id = await page.evaluate(() => window.maps!.copyForEditing());
	await page.goto(`/read/${DOC}?lang=en&map=${id}`);
	await expect(page.locator(`[data-passage="${PASSAGE}"]`)).toBeVisible();

	await keyboardSelect(page, PASSAGE, 'keahliannya');
	await expect(menu(page)).toBeVisible();
	// Tab goes into the menu, not to the next link.
	await page.keyboard.press('Tab');
	await expect(menu(page).getByRole('button', { name: 'Make a concept' })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(menu(page).getByRole('button', { name: 'Add as alias' })).toBeFocused();
	await page.keyboard.press('Enter');
	const concept = menu(page).getByLabel('Alias of');
	await expect(concept).toBeFocused();
	await concept.selectOption('spesialisasi');
	await menu(page).getByRole('button', { name: 'Add alias' }).press('Enter');
	await expect(menu(page)).toContainText('This passage now mentions');
	const aliases = await page.evaluate(() => window.maps!.open!.graph.getNodeAttribute('spesialisasi', 'aliases'));
	expect(aliases).toContain('keahliannya');

	// A sentence: evidence for an existing relation.
	await page.keyboard.press('Escape');
	await expect(menu(page)).toBeHidden();
	const sentence = 'Melalui keahliannya, mereka membantu masyarakat untuk melaksanakan fungsi-fungsi tertentu.';
	await dragOver(page, PASSAGE, sentence);
	await expect(menu(page)).toBeVisible();
	await menu(page).getByRole('button', { name: 'Use as evidence' }).click();
	await menu(page).getByLabel('Relation', { exact: true }).selectOption('pembagian-kerja--based-on--spesialisasi');
	await menu(page).getByRole('button', { name: 'Save evidence' }).click();
	await expect(menu(page)).toContainText('This passage is now evidence');
	const evidence = await page.evaluate(() => {
		const graph = window.maps!.open!.graph;
		const passage = graph.getAttribute('passages').find((p) => p.id === 'pengertian-okupasional-volunter-p3')!;
		return graph.getEdgeAttribute('pembagian-kerja--based-on--spesialisasi', 'evidence')
			.filter((s) => s.passage === passage.id)
			.map((s) => passage.text.slice(s.start - passage.start, s.end - passage.start));
	});
	expect(evidence).toContain(sentence);
	expect(errors).toEqual([]);
});

test('a selection across two passages is refused with a reason', async ({ page }) => {
	await page.goto(`/read/${DOC}?lang=en`);
	await expect(page.locator(`[data-passage="${PASSAGE}"]`)).toBeVisible();
	const from = await phraseEnds(page, `${DOC}-p2`, 'Pada masyarakat');
	const to = await phraseEnds(page, PASSAGE, 'Warga');
	await page.mouse.move(from.start.x, from.start.y);
	await page.mouse.down();
	await page.mouse.move(to.end.x, to.end.y, { steps: 12 });
	await page.mouse.up();
	await expect(menu(page)).toContainText('This selection runs across two passages');
});
