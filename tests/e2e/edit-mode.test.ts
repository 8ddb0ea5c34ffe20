/**
 * Edit mode in the explorer, by real input: the Edit button copies the map built from the
 * articles, then concepts and relations are added, renamed and deleted through the forms, the
 * drawing (a line dragged between two nodes) and the keyboard, and the history undoes them.
 */
import { expect, test, type Page } from '@playwright/test';
import { bringIntoView, openExplorer, pointOf, watchConsole } from './helpers';

const hasNode = (page: Page, key: string) => page.evaluate((k) => window.cy!.getElementById(k).nonempty(), key);
const edgeCount = (page: Page) => page.evaluate(() => window.cy!.edges().filter((e) => e.data('key') !== undefined).length);
const nodeCount = (page: Page) => page.evaluate(() => window.cy!.nodes().length);

async function startEditing(page: Page) {
	await openExplorer(page);
	await page.getByTestId('edit-mode').click();
	await expect(page.getByTestId('edit-message')).toContainText('Salinan dibuat');
	await expect.poll(() => new URL(page.url()).searchParams.get('map')).toBeTruthy();
	await expect(page.getByTestId('edit-bar')).toBeVisible();
	await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
}

/** Adds a concept through the edit bar's form; returns its key. */
async function addConcept(page: Page, label: string, labelEn: string): Promise<string> {
	const before = await page.evaluate(() => window.cy!.nodes().map((n) => n.id()));
	await page.getByTestId('edit-bar').locator('[data-action="add-concept"]').click();
	const dialog = page.getByTestId('edit-dialog');
	await dialog.locator('[data-field="label-id"]').fill(label);
	await dialog.locator('[data-field="label-en"]').fill(labelEn);
	await dialog.getByRole('button', { name: 'Tambah', exact: true }).click();
	await expect(dialog).toBeHidden();
	await expect.poll(() => nodeCount(page)).toBe(before.length + 1);
	return page.evaluate((old) => window.cy!.nodes().filter((n) => !old.includes(n.id()))[0].id(), before);
}

test('the Edit button copies the default map; a concept is added, renamed and deleted through the UI, drawn as the teacher’s own', async ({ page }) => {
	const errors = watchConsole(page);
	await startEditing(page);
	const original = await nodeCount(page);
	const key = await addConcept(page, 'Konsep guru', 'Teacher concept');
	// Added without a passage: the teacher's own, drawn dashed.
	expect(await page.evaluate((k) => window.cy!.getElementById(k).data('teacher'), key)).toBe(true);
	expect(await page.evaluate((k) => window.cy!.getElementById(k).style('border-style'), key)).toBe('dashed');

	// Renamed in the edit panel.
	const panel = page.getByTestId('edit-panel');
	await expect(panel.getByRole('heading', { level: 2 })).toContainText('Konsep guru');
	await panel.locator('[data-field="label-id"]').fill('Konsep baru guru');
	await panel.getByRole('button', { name: 'Simpan', exact: true }).click();
	await expect.poll(() => page.evaluate((k) => window.cy!.getElementById(k).data('label'), key)).toBe('Konsep baru guru');

	// Deleted with the panel's button, asking nothing; then back with the Undo button.
	await panel.getByRole('button', { name: 'Hapus', exact: true }).click();
	await expect.poll(() => hasNode(page, key)).toBe(false);
	expect(await nodeCount(page)).toBe(original);
	await page.getByTestId('edit-bar').locator('[data-action="undo"]').click();
	await expect.poll(() => hasNode(page, key)).toBe(true);
	expect(await page.evaluate((k) => window.cy!.getElementById(k).data('label'), key)).toBe('Konsep baru guru');
	expect(errors).toEqual([]);
});

test('a relation drawn by dragging from one node to another is added, deleted by key, and undone and redone by keyboard', async ({ page }) => {
	const errors = watchConsole(page);
	await startEditing(page);
	// From a concept of the teacher's own (it has no relations yet) to a node on screen near it.
	const source = await addConcept(page, 'Konsep guru', 'Teacher concept');
	await page.waitForFunction(() => !window.cy!.animated());
	const target = await page.evaluate((s) => {
		const cy = window.cy!;
		const p = cy.getElementById(s).renderedPosition();
		// The middle of the line to it must be clear of other nodes: the line is clicked near there later.
		const clearOfNodes = (m: { x: number; y: number }, ends: string[]) =>
			cy.nodes().toArray().every((o) => ends.includes(o.id()) || Math.hypot(o.renderedPosition().x - m.x, o.renderedPosition().y - m.y) > o.renderedWidth() / 2 + 16);
		const candidates = cy.nodes().filter((n) => {
			const q = n.renderedPosition();
			const d = Math.hypot(q.x - p.x, q.y - p.y);
			const inside = q.x > 40 && q.y > 40 && q.x < cy.width() - 40 && q.y < cy.height() - 40;
			return n.id() !== s && d > 90 && d < 350 && inside && clearOfNodes({ x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 }, [s, n.id()]);
		});
		return candidates[0].id();
	}, source);
	const edgesBefore = await edgeCount(page);

	await page.getByTestId('edit-bar').locator('[data-action="connect"]').click();
	const from = await pointOf(page, source);
	const to = await pointOf(page, target);
	await page.mouse.move(from.x, from.y);
	await page.mouse.down();
	await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 8 });
	await page.mouse.move(to.x, to.y, { steps: 12 });
	// The line snaps to the target once the pointer has rested on it.
	await page.waitForFunction((t) => window.cy!.getElementById(t).hasClass('eh-target'), target);
	await page.mouse.up();

	const dialog = page.getByTestId('edit-dialog');
	await expect(dialog).toBeVisible();
	const selects = dialog.locator('select');
	await expect(selects.nth(0)).toHaveValue(source);
	await expect(selects.nth(2)).toHaveValue(target);
	await dialog.locator('[data-field="relation"]').selectOption('contributes-to');
	await dialog.getByRole('button', { name: 'Tambah', exact: true }).click();
	await expect.poll(() => edgeCount(page)).toBe(edgesBefore + 1);
	const edge = `${source}--contributes-to--${target}`;
	expect(await page.evaluate((k) => window.cy!.edges().filter((e) => e.data('key') === k).style('line-style'), edge)).toBe('dashed');

	// Select the new relation by clicking its line, then the Delete key deletes it.
	await page.getByTestId('edit-bar').locator('[data-action="connect"]').click();
	await page.waitForFunction(() => !window.cy!.animated());
	// The point of the new line farthest from every other line and node (a line drawn over it would take the click).
	const mid = await page.evaluate((k) => {
		const cy = window.cy!;
		const line = cy.edges().filter((e) => e.data('key') === k)[0];
		const a = line.source().renderedPosition();
		const b = line.target().renderedPosition();
		const toSegment = (m: { x: number; y: number }, p: { x: number; y: number }, q: { x: number; y: number }) => {
			const length = (q.x - p.x) ** 2 + (q.y - p.y) ** 2;
			const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((m.x - p.x) * (q.x - p.x) + (m.y - p.y) * (q.y - p.y)) / length));
			return Math.hypot(m.x - (p.x + t * (q.x - p.x)), m.y - (p.y + t * (q.y - p.y)));
		};
		const room = (m: { x: number; y: number }) =>
			Math.min(
				...cy.edges().toArray().filter((e) => e.id() !== line.id()).map((e) => toSegment(m, e.source().renderedPosition(), e.target().renderedPosition())),
				...cy.nodes().map((n) => Math.hypot(n.renderedPosition().x - m.x, n.renderedPosition().y - m.y) - n.renderedWidth() / 2)
			);
		const points = Array.from({ length: 13 }, (_, i) => 0.2 + (i * 0.6) / 12).map((t) => ({ x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) }));
		return points.reduce((best, m) => (room(m) > room(best) ? m : best));
	}, edge);
	const box = (await page.getByTestId('graph').boundingBox())!;
	await page.mouse.click(box.x + mid.x, box.y + mid.y);
	await expect.poll(() => new URL(page.url()).searchParams.get('edge')).toBe(edge);
	await page.getByTestId('graph').focus();
	await page.keyboard.press('Delete');
	await expect.poll(() => edgeCount(page)).toBe(edgesBefore);

	await page.keyboard.press('Control+z');
	await expect.poll(() => edgeCount(page)).toBe(edgesBefore + 1);
	await page.keyboard.press('Control+Shift+z');
	await expect.poll(() => edgeCount(page)).toBe(edgesBefore);
	await page.keyboard.press('Control+z');
	await expect.poll(() => edgeCount(page)).toBe(edgesBefore + 1);
	await page.keyboard.press('Control+y');
	await expect.poll(() => edgeCount(page)).toBe(edgesBefore);
	expect(errors).toEqual([]);
});

test('shift-click selects several concepts, Delete deletes them at once, and the history jumps back and forth', async ({ page }) => {
	const errors = watchConsole(page);
	await startEditing(page);
	const first = 'kelompok-volunter';
	await bringIntoView(page, first);
	const second = await page.evaluate((k) => {
		const cy = window.cy!;
		const p = cy.getElementById(k).renderedPosition();
		return cy
			.getElementById(k)
			.neighborhood()
			.nodes()
			.filter((n) => {
				const q = n.renderedPosition();
				return Math.hypot(q.x - p.x, q.y - p.y) > 60 && q.x > 30 && q.y > 30 && q.x < cy.width() - 30 && q.y < cy.height() - 30;
			})[0]
			.id();
	}, first);
	const nodesBefore = await nodeCount(page);
	const a = await pointOf(page, first);
	await page.mouse.click(a.x, a.y);
	await expect.poll(() => new URL(page.url()).searchParams.get('node')).toBe(first);
	await page.waitForFunction(() => !window.cy!.animated());
	const b = await pointOf(page, second);
	await page.keyboard.down('Shift');
	await page.mouse.click(b.x, b.y);
	await page.keyboard.up('Shift');
	await expect(page.getByTestId('edit-selection')).toHaveText('2 dipilih');
	await expect(page.getByRole('group', { name: 'Dipilih: 2 konsep, 0 relasi' })).toBeVisible();
	await page.getByTestId('graph').focus();
	await page.keyboard.press('Delete');
	await expect.poll(() => nodeCount(page)).toBe(nodesBefore - 2);

	// An added concept after the deletion, then the history: back to the start, then to the deletion.
	const key = await addConcept(page, 'Sesudah hapus', 'After the deletion');
	await page.getByTestId('edit-bar').locator('[data-action="history"]').click();
	const history = page.getByTestId('history');
	await expect(history.locator('[data-history-index]')).toHaveCount(2);
	await expect(history.locator('[data-history-index="0"]')).toContainText('Hapus pilihan (2 konsep, 0 relasi)');
	await history.getByRole('button', { name: /Awal/ }).click();
	await expect.poll(() => nodeCount(page)).toBe(nodesBefore);
	expect(await hasNode(page, key)).toBe(false);
	await history.locator('[data-history-index="0"]').click();
	await expect.poll(() => nodeCount(page)).toBe(nodesBefore - 2);
	expect(await hasNode(page, first)).toBe(false);
	await expect(history.locator('[data-history-index="1"]')).toContainText('diurungkan');
	await history.locator('[data-history-index="1"]').click();
	await expect.poll(() => hasNode(page, key)).toBe(true);
	expect(errors).toEqual([]);
});

test('with "Select several" a box dragged over the map selects what it encloses, and Hide hides them all at once', async ({ page }) => {
	const errors = watchConsole(page);
	await startEditing(page);
	await page.getByTestId('edit-bar').locator('[data-action="multi-select"]').click();
	// From an empty corner of the canvas (the map is framed with a margin) over part of the map.
	const box = (await page.getByTestId('graph').boundingBox())!;
	const corner = await page.evaluate(() => {
		const cy = window.cy!;
		const empty = (x: number, y: number) => cy.elements().toArray().every((e) => {
			const b = e.renderedBoundingBox({ includeLabels: false });
			return x < b.x1 - 4 || x > b.x2 + 4 || y < b.y1 - 4 || y > b.y2 + 4;
		});
		for (let y = 8; y < cy.height() / 3; y += 8) for (let x = 8; x < cy.width() / 3; x += 8) if (empty(x, y)) return { x, y };
		return null;
	});
	expect(corner).not.toBeNull();
	const end = { x: box.x + box.width * 0.55, y: box.y + box.height * 0.55 };
	await page.mouse.move(box.x + corner!.x, box.y + corner!.y);
	await page.mouse.down();
	await page.mouse.move(end.x, end.y, { steps: 12 });
	await page.mouse.up();
	const selected = await page.evaluate(() => window.cy!.$('node:selected').map((n) => n.id()));
	expect(selected.length).toBeGreaterThan(1);
	await expect(page.getByTestId('edit-selection')).toHaveText(`${selected.length + (await page.evaluate(() => window.cy!.$('edge:selected').length))} dipilih`);
	await page.getByTestId('edit-bar').locator('[data-action="hide"]').click();
	await expect.poll(() => page.evaluate((keys) => keys.every((k) => window.maps!.open!.graph.getNodeAttribute(k, 'hidden') === true), selected)).toBe(true);
	// Still drawn while editing (faded), gone from the map once editing ends.
	expect(await page.evaluate((k) => window.cy!.getElementById(k).data('concealed'), selected[0])).toBe(true);
	await page.getByTestId('edit-mode').click();
	await expect.poll(() => page.evaluate((k) => window.cy!.getElementById(k).hasClass('hidden'), selected[0])).toBe(true);
	expect(errors).toEqual([]);
});

test('a node dragged in edit mode stays where it is dropped, pinned, after a reload too', async ({ page }) => {
	const errors = watchConsole(page);
	await startEditing(page);
	const key = 'kelompok-volunter';
	await bringIntoView(page, key);
	const start = await pointOf(page, key);
	const before = await page.evaluate((k) => window.cy!.getElementById(k).position(), key);
	await page.mouse.move(start.x, start.y);
	await page.mouse.down();
	await page.mouse.move(start.x + 90, start.y + 50, { steps: 10 });
	await page.mouse.up();
	await expect.poll(() => page.evaluate((k) => window.maps!.open!.graph.getNodeAttribute(k, 'pinned'), key)).toBe(true);
	const dropped = await page.evaluate((k) => window.cy!.getElementById(k).position(), key);
	const stored = await page.evaluate((k) => window.maps!.open!.graph.getNodeAttributes(k), key);
	expect(Math.hypot(dropped.x - before.x, dropped.y - before.y)).toBeGreaterThan(30);
	expect(stored.x).toBeCloseTo(dropped.x, 0);
	expect(stored.y).toBeCloseTo(dropped.y, 0);
	await expect(page.getByTestId('edit-bar').locator('[data-action="history"]')).toHaveText(/\(1\)/);

	await page.waitForFunction(() => window.maps?.saving === false);
	await page.evaluate(() => window.maps!.flush());
	await page.reload();
	await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0 && window.maps?.canEdit);
	const reopened = await page.evaluate((k) => window.cy!.getElementById(k).position(), key);
	expect(reopened.x).toBeCloseTo(dropped.x, 0);
	expect(reopened.y).toBeCloseTo(dropped.y, 0);
	expect(errors).toEqual([]);
});

test('the mind map edits too: a concept grown from the centre is drawn dashed, and Ctrl+Z takes it back', async ({ page }) => {
	const errors = watchConsole(page);
	await page.goto('/mindmap');
	await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
	await page.getByTestId('edit-mode').click();
	await expect(page.getByTestId('edit-message')).toContainText('Salinan dibuat');
	await expect.poll(() => new URL(page.url()).searchParams.get('map')).toBeTruthy();
	await page.getByTestId('edit-bar').locator('[data-action="add-concept"]').click();
	const dialog = page.getByTestId('edit-dialog');
	await dialog.locator('[data-field="label-id"]').fill('Ide guru');
	await dialog.locator('[data-field="relation"]').selectOption('has-benefit');
	await dialog.getByRole('button', { name: 'Tambah', exact: true }).click();
	await expect.poll(() => page.evaluate(() => window.cy!.getElementById('ide-guru').hasClass('teacher'))).toBe(true);
	expect(await page.evaluate(() => window.cy!.getElementById('ide-guru').style('border-style'))).toBe('dashed');
	await expect(page.getByTestId('edit-panel').getByRole('heading', { level: 2 })).toContainText('Ide guru');
	await page.locator('body').click({ position: { x: 5, y: 5 } });
	await page.keyboard.press('Control+z');
	await expect.poll(() => page.evaluate(() => window.cy!.getElementById('ide-guru').nonempty())).toBe(false);
	// The concept to edit can be chosen without pointing, too.
	await page.getByLabel('Konsep', { exact: true }).selectOption('kelompok-volunter');
	await expect(page.getByTestId('edit-panel').getByRole('heading', { level: 2 })).toContainText('Kelompok volunter');
	expect(errors).toEqual([]);
});

test.describe('on a tablet', () => {
	test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true });

	test('a long press adds to the selection, "Select several" taps add more, and a finger drawn between nodes in "Connect" makes a relation', async ({ page, context }) => {
		const errors = watchConsole(page);
		await startEditing(page);
		const cdp = await context.newCDPSession(page);
		const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', at?: { x: number; y: number }) =>
			cdp.send('Input.dispatchTouchEvent', { type, touchPoints: at ? [at] : [] });
		const hub = 'kelompok-volunter';
		await bringIntoView(page, hub, 1);
		// Three neighbours on screen, apart from the hub and from each other.
		const near = await page.evaluate((k) => {
			const cy = window.cy!;
			const p = cy.getElementById(k).renderedPosition();
			const chosen: string[] = [];
			for (const n of cy.getElementById(k).neighborhood().nodes().toArray()) {
				const q = n.renderedPosition();
				const apart = [p, ...chosen.map((c) => cy.getElementById(c).renderedPosition())].every((o) => Math.hypot(q.x - o.x, q.y - o.y) > 70);
				if (apart && q.x > 40 && q.y > 40 && q.x < cy.width() - 40 && q.y < cy.height() - 40) chosen.push(n.id());
			}
			return chosen.slice(0, 3);
		}, hub);
		expect(near).toHaveLength(3);
		const at = async (key: string) => pointOf(page, key);

		await page.touchscreen.tap((await at(hub)).x, (await at(hub)).y);
		await expect(page.getByTestId('edit-selection')).toHaveText('1 dipilih');
		const held = await at(near[0]);
		// Held until Cytoscape reports a long press, then let go: the node joins the selection.
		const longPress = page.evaluate(() => new Promise((done) => window.cy!.one('taphold', () => done(true))));
		await touch('touchStart', held);
		await longPress;
		await touch('touchEnd');
		await expect(page.getByTestId('edit-selection')).toHaveText('2 dipilih');

		await page.getByTestId('edit-bar').locator('[data-action="multi-select"]').click();
		const tapped = await at(near[1]);
		await page.touchscreen.tap(tapped.x, tapped.y);
		await expect(page.getByTestId('edit-selection')).toHaveText('3 dipilih');
		expect(await page.evaluate(() => window.cy!.$('node:selected').map((n) => n.id()).sort())).toEqual([hub, near[0], near[1]].sort());

		await page.getByTestId('edit-bar').locator('[data-action="multi-select"]').click();
		await page.getByTestId('edit-bar').locator('[data-action="connect"]').click();
		const from = await at(hub);
		const to = await at(near[2]);
		await touch('touchStart', from);
		for (let i = 1; i <= 15; i++) await touch('touchMove', { x: from.x + ((to.x - from.x) * i) / 15, y: from.y + ((to.y - from.y) * i) / 15 });
		await page.waitForFunction((t) => window.cy!.getElementById(t).hasClass('eh-target'), near[2]);
		await touch('touchEnd');
		const dialog = page.getByTestId('edit-dialog');
		await expect(dialog).toBeVisible();
		await expect(dialog.locator('select').nth(0)).toHaveValue(hub);
		await expect(dialog.locator('select').nth(2)).toHaveValue(near[2]);
		expect(errors).toEqual([]);
	});
});
