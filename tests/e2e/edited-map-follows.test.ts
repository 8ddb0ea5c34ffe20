/**
 * Everything follows the edited map: edits made through the map store's editor (driven here
 * through `window.maps`, the documented automation hook) show at once in search, the mind
 * map and the exports (marked as the teacher's own), and a tour step whose concept was deleted
 * is flagged in the tour editor and skipped by the presenter.
 */
import { expect, test, type Page } from '@playwright/test';
import { openExplorer, panel, watchConsole } from './helpers';
import { downloadBytes, exportAs } from './io-helpers';

/** Applies an edit to the open map through its editor; fails the test with the editor's reason when refused. */
async function edit(page: Page, command: Record<string, unknown>) {
	const result = await page.evaluate((c) => {
		const applied = window.maps!.editor!.apply(c as never);
		return applied.ok ? 'ok' : applied.error.message;
	}, command);
	expect(result).toBe('ok');
}

/** An editable copy of the default map, opened in the explorer. */
async function openCopy(page: Page): Promise<string> {
	await openExplorer(page, '?lang=id');
	const id = await page.evaluate(() => window.maps!.copyForEditing());
	await openExplorer(page, `?lang=id&map=${id}`);
	await expect.poll(() => page.evaluate(() => window.maps!.canEdit)).toBe(true);
	return id;
}

test('a concept added without a passage is found by search, drawn in the mind map, marked in the panel and an export', async ({ page }) => {
	const errors = watchConsole(page);
	await openCopy(page);
	await edit(page, { type: 'addConcept', key: 'arisan-warga', label: { id: 'Arisan warga', en: 'Neighbourhood savings circle' }, kind: 'example' });
	await edit(page, { type: 'addRelation', source: 'arisan-warga', relation: 'example-of', target: 'kelompok-volunter' });
	await edit(page, { type: 'setNote', target: 'concept', key: 'arisan-warga', note: 'Tanyakan **contoh** di kelas. <b>tebal?</b>' });

	// Search: the index follows the edit.
	const search = page.locator('#search-input');
	await search.fill('arisan');
	const option = page.getByRole('option', { name: /Arisan warga/ });
	await expect(option).toBeVisible();
	await option.click();
	await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Arisan warga');
	await expect(panel(page).getByTestId('teacher-origin')).toHaveText(/Tambahan guru — belum ada bukti dari artikel/);
	const note = panel(page).getByTestId('teacher-note');
	await expect(note.locator('strong')).toHaveText('contoh');
	// Markup in a note is text, never HTML.
	await expect(note).toContainText('<b>tebal?</b>');
	await expect(note.locator('b')).toHaveCount(0);

	// A rename shows in the search at once, under its new name only.
	await edit(page, { type: 'renameConcept', key: 'arisan-warga', label: { id: 'Arisan kampung', en: 'Village savings circle' } });
	await search.fill('kampung');
	await expect(page.getByRole('option', { name: /Arisan kampung/ })).toBeVisible();

	// The mind map around the group it belongs to draws it (reached by links: the edits are in memory).
	await panel(page).getByRole('button', { name: 'Kelompok volunter' }).first().click();
	await panel(page).getByRole('link', { name: 'Peta pikiran dari sini' }).click();
	await expect.poll(() => new URL(page.url()).pathname).toMatch(/\/mindmap$/);
	await page.getByRole('button', { name: 'Buka semua' }).click();
	await page.waitForFunction(() => window.cy?.getElementById('arisan-warga').nonempty() ?? false);
	// The label as drawn (wrapped onto lines to fit its box).
	expect(await page.evaluate(() => window.cy!.getElementById('arisan-warga').data('display').replace(/\s+/g, ' '))).toBe('Arisan kampung');

	// Hidden while the mind map is open, it leaves the picture; shown again, it is back.
	await edit(page, { type: 'setHidden', key: 'arisan-warga', hidden: true });
	await page.waitForFunction(() => window.cy?.getElementById('arisan-warga').empty() ?? false);
	await edit(page, { type: 'setHidden', key: 'arisan-warga', hidden: false });
	await page.waitForFunction(() => window.cy?.getElementById('arisan-warga').nonempty() ?? false);

	// The mind map's Markdown outline marks it as the teacher's own.
	const outline = (await downloadBytes(await exportAs(page, 'Markdown'))).toString('utf8');
	const line = outline.split('\n').find((l) => l.includes('Arisan kampung'));
	expect(line).toMatch(/^\s*- Arisan kampung\[\^\d+\]$/);
	const mark = /\[\^(\d+)\]$/.exec(line!)![1];
	expect(outline).toContain(`[^${mark}]: ✎ Tambahan guru — belum ada bukti dari artikel`);
	expect(errors).toEqual([]);
});

test('a tour step whose concept was deleted is flagged in the tour editor, can be pointed elsewhere, and the presenter skips it', async ({ page }) => {
	const errors = watchConsole(page);
	await openCopy(page);
	await page.getByRole('link', { name: /^Tur/ }).first().click();
	await expect.poll(() => new URL(page.url()).pathname).toMatch(/\/tours$/);
	await page.getByRole('link', { name: /^Sunting/ }).first().click();
	await expect.poll(() => new URL(page.url()).pathname).toMatch(/\/tours\/edit$/);
	const steps = page.locator('li[data-step]');
	await expect(steps.first()).toBeVisible();
	await page.getByRole('button', { name: 'Simpan' }).click();
	await expect(page.getByRole('status')).toContainText(/tersimpan/i);

	// Delete the concept at the far end of the tour's first relation.
	const target = await steps.nth(1).getAttribute('data-target');
	const gone = await page.evaluate((edge) => {
		const graph = window.maps!.open!.graph;
		const root = new URL(location.href).searchParams.get('tour')?.replace(/^auto-/, '');
		return [graph.source(edge!), graph.target(edge!)].find((end) => end !== root) ?? graph.target(edge!);
	}, target);
	await edit(page, { type: 'deleteConcept', key: gone });

	const flagged = page.getByTestId('step-problem');
	await expect(flagged.first()).toBeVisible();
	await expect(flagged.first()).toContainText('sudah dihapus dari peta ini');
	const count = await flagged.count();
	expect(count).toBeGreaterThanOrEqual(1);
	await expect(page.getByText(`yang sudah tidak ada atau disembunyikan: ${count}.`)).toBeVisible();

	// The presenter (the tour as saved) skips the broken steps and says so.
	await page.getByRole('link', { name: 'Presentasikan' }).click();
	await expect(page.getByTestId('skipped-steps')).toContainText(`Langkah yang dilewati: ${count}.`);
	await page.goBack();

	// Pointed at another concept, the first broken step is whole again.
	const first = page.locator('li[data-step]').filter({ has: page.getByTestId('step-problem') }).first();
	await first.getByRole('button', { name: 'Arahkan' }).click();
	await expect(page.getByTestId('step-problem')).toHaveCount(count - 1);
	expect(errors).toEqual([]);
});
