import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { validateSerializedGraph, type KnowledgeGraph } from '../../src/lib/kg/model';
import { lessonTour } from '../../src/lib/kg/query/lesson-tour';
import { passagesForEdge } from '../../src/lib/kg/query/passages-for';
import { generateQuiz } from '../../src/lib/kg/query/quiz';
import { watchConsole } from './helpers';

function loadGraph(): KnowledgeGraph {
	const result = validateSerializedGraph(JSON.parse(readFileSync('static/graph.json', 'utf8')));
	if (!result.ok) throw new Error('static/graph.json is invalid');
	return result.graph;
}

async function cyReady(page: Page) {
	await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
}

const nodeIds = (page: Page) => page.evaluate(() => window.cy!.nodes().map((n) => n.id()));

test.describe('mind map', () => {
	test('opens from the explorer panel on a non-default root, without overlaps', async ({ page }) => {
		const errors = watchConsole(page);
		await page.goto('/?node=ikatan-dokter-indonesia');
		await page.getByTestId('passages').getByRole('link', { name: 'Peta pikiran dari sini' }).click();
		await expect(page).toHaveURL(/\/mindmap\?root=ikatan-dokter-indonesia/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Peta pikiran: Ikatan Dokter Indonesia');
		await cyReady(page);
		const ids = await nodeIds(page);
		expect(ids).toEqual(expect.arrayContaining(['ikatan-dokter-indonesia', 'kelompok-okupasional', 'dokter', 'ikatan-dokter-indonesia>in:member-of']));
		const overlaps = await page.evaluate(() => {
			const boxes = window.cy!.nodes().map((n) => ({ id: n.id(), ...n.boundingBox({ includeLabels: true }) }));
			const pairs: string[] = [];
			for (let i = 0; i < boxes.length; i++)
				for (let j = i + 1; j < boxes.length; j++) {
					const a = boxes[i];
					const b = boxes[j];
					if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) pairs.push(`${a.id} × ${b.id}`);
				}
			return pairs;
		});
		expect(overlaps).toEqual([]);
		expect(errors).toEqual([]);
	});

	test('branches collapse and expand by keyboard, by tap on the map, one level and all', async ({ page }) => {
		await page.goto('/mindmap?root=ikatan-dokter-indonesia');
		await cyReady(page);
		const members = page.locator('[data-branch="ikatan-dokter-indonesia>in:member-of"]');
		await expect(members).toHaveAttribute('aria-expanded', 'true');
		await members.focus();
		await page.keyboard.press('Enter');
		await expect(members).toHaveAttribute('aria-expanded', 'false');
		await expect.poll(() => nodeIds(page)).not.toContain('dokter');
		await page.keyboard.press('Space');
		await expect.poll(() => nodeIds(page)).toContain('dokter');

		// A tap on the branch heading drawn on the map closes it too (once the camera has settled on
		// the branch just reopened, so the heading is where it is drawn).
		// Reopening a branch took the camera to it; "show all" brings every heading back into view.
		await page.getByRole('button', { name: 'Tampilkan semua' }).click();
		const headingAt = () => page.evaluate(() => window.cy!.getElementById('ikatan-dokter-indonesia>out:has-role').renderedPosition());
		await expect
			.poll(async () => {
				const before = await headingAt();
				await page.waitForTimeout(150);
				const after = await headingAt();
				return Math.hypot(after.x - before.x, after.y - before.y) < 0.5 && !(await page.evaluate(() => window.cy!.animated()));
			})
			.toBe(true);
		const box = (await page.getByTestId('mindmap').boundingBox())!;
		const at = await headingAt();
		await page.mouse.click(box.x + at.x, box.y + at.y);
		await expect(page.locator('[data-branch="ikatan-dokter-indonesia>out:has-role"]')).toHaveAttribute('aria-expanded', 'false');
		await expect.poll(() => nodeIds(page)).not.toContain('advokasi-dan-perlindungan');

		await page.getByRole('button', { name: 'Buka satu tingkat' }).click();
		await expect.poll(() => nodeIds(page)).toContain('advokasi-dan-perlindungan');
		await expect.poll(() => nodeIds(page)).toContain('kemampuan-teknis');
		await page.getByRole('button', { name: 'Tutup semua' }).click();
		// IDI and its four branch headings: example of, members, roles, upholds.
		await expect.poll(async () => (await nodeIds(page)).length).toBe(5);
		await page.getByRole('button', { name: 'Buka semua' }).click();
		await expect.poll(() => nodeIds(page)).toContain('perubahan-tren-pekerjaan');
		await page.getByRole('button', { name: 'Pohon' }).click();
		await expect(page.getByRole('button', { name: 'Pohon' })).toHaveAttribute('aria-pressed', 'true');
		const x = await page.evaluate(() => [window.cy!.getElementById('ikatan-dokter-indonesia').position().x, window.cy!.getElementById('kelompok-okupasional').position().x]);
		expect(x[1]).toBeGreaterThan(x[0]);
	});

	test('prints as a handout: title, colour key, numbered sources, the map as a picture', async ({ page }) => {
		await page.goto('/mindmap?root=kelompok-volunter');
		await cyReady(page);
		await page.getByRole('button', { name: 'Buka satu tingkat' }).click();
		await expect.poll(() => nodeIds(page)).toContain('relawan-bencana');
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Peta pikiran: Kelompok volunter');
		await expect(page.getByRole('button', { name: 'Buka semua' })).toBeHidden();
		await expect(page.getByTestId('mindmap')).toBeHidden();
		await expect(page.locator('img.print-map')).toBeVisible();
		await expect(page.getByRole('region', { name: 'Keterangan warna' })).toContainText('Jenis kelompok');
		const sources = page.getByRole('region', { name: 'Kutipan sumber' });
		await expect(sources).toBeVisible();
		expect(await sources.locator('li').count()).toBeGreaterThan(5);
		await expect(sources.locator('li').first()).toContainText('“');
	});
});

test.describe('presentation', () => {
	test('steps through the default lesson by keyboard: captions, passages and progress change', async ({ page }) => {
		const tour = lessonTour(loadGraph(), 'kelompok-okupasional')!;
		await page.goto('/present');
		await cyReady(page);
		const progress = page.getByTestId('progress');
		const caption = page.getByTestId('caption');
		const passage = page.getByTestId('step-passages').locator('[data-passage]').first();
		await expect(progress).toHaveText(`Langkah 1 dari ${tour.steps.length}`);
		await expect(caption).toHaveText('Apa itu kelompok okupasional?');
		await expect(passage).toHaveAttribute('data-passage', tour.steps[0].passages[0]);
		await expect(passage.locator('mark').first()).toBeVisible();

		await page.keyboard.press('ArrowRight');
		await expect(progress).toHaveText(`Langkah 2 dari ${tour.steps.length}`);
		await expect(caption).toHaveText(/^Salah satu jenis kelompok okupasional: kelompok /);
		await expect(passage).toHaveAttribute('data-passage', tour.steps[1].passages[0]);
		await expect.poll(() => page.evaluate((k) => window.cy!.getElementById(k).hasClass('focus'), tour.steps[1].target.key)).toBe(true);

		await page.keyboard.press('Space');
		await expect(progress).toHaveText(`Langkah 3 dari ${tour.steps.length}`);
		await page.keyboard.press('PageUp');
		await expect(progress).toHaveText(`Langkah 2 dari ${tour.steps.length}`);
		await page.keyboard.press('End');
		await expect(progress).toHaveText(`Langkah ${tour.steps.length} dari ${tour.steps.length}`);
		await expect(page.getByText('Perbandingan', { exact: true })).toBeVisible();
		await page.keyboard.press('Home');
		await expect(progress).toHaveText(`Langkah 1 dari ${tour.steps.length}`);
		await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '1');
	});

	test.describe('on a 1920 × 1080 projector', () => {
		test.use({ viewport: { width: 1920, height: 1080 } });
		for (const [tour, lang, caption] of [
			['auto-kelompok-okupasional', 'id', 'Apa itu kelompok okupasional?'],
			['auto-kelompok-okupasional', 'en', 'What is an occupational group?'],
			['auto-kelompok-volunter', 'id', 'Apa itu kelompok volunter?'],
			['auto-kelompok-volunter', 'en', 'What is a voluntary group?']
		])
			test(`step 1 of ${tour} fits its card without scrolling (${lang})`, async ({ page }) => {
				await page.goto(`/present?tour=${tour}&lang=${lang}`);
				await cyReady(page);
				await expect(page.getByTestId('caption')).toHaveText(caption);
				const quotes = page.getByTestId('step-passages');
				await expect(quotes.locator('[data-passage] mark').first()).toBeVisible();
				const fit = await page.evaluate(() => {
					const card = document.querySelector('.step')!;
					const passages = document.querySelector('[data-testid="step-passages"]')!.getBoundingClientRect();
					return { overflow: card.scrollHeight - card.clientHeight, bottom: passages.bottom, limit: card.getBoundingClientRect().bottom };
				});
				expect(fit.overflow).toBeLessThanOrEqual(1);
				expect(fit.bottom).toBeLessThanOrEqual(fit.limit + 1);
			});
	});

	test.describe('on a touch screen', () => {
		test.use({ hasTouch: true });
		test('a swipe moves to the next step', async ({ page }) => {
			await page.goto('/present?tour=auto-kelompok-volunter');
			await cyReady(page);
			await expect(page.getByTestId('progress')).toHaveText(/^Langkah 1 dari/);
			const stage = (await page.getByTestId('caption').boundingBox())!;
			const y = stage.y + stage.height / 2;
			await page.evaluate(
				({ x0, x1, y }) => {
					const target = document.querySelector('[data-testid="caption"]')!;
					const init = { pointerId: 7, pointerType: 'touch', bubbles: true, clientY: y, isPrimary: true };
					target.dispatchEvent(new PointerEvent('pointerdown', { ...init, clientX: x0 }));
					target.dispatchEvent(new PointerEvent('pointerup', { ...init, clientX: x1 }));
				},
				{ x0: stage.x + 300, x1: stage.x + 40, y }
			);
			await expect(page.getByTestId('progress')).toHaveText(/^Langkah 2 dari/);
		});
	});
});

test.describe('lesson tours', () => {
	test('an edited tour is saved and still there after a reload, and the presenter shows it', async ({ page }) => {
		await page.goto('/tours/edit?tour=auto-kelompok-volunter');
		const caption1 = page.getByLabel('Keterangan langkah 1', { exact: true });
		await expect(caption1).toBeVisible();
		await caption1.fill('Mari mengenal kelompok volunter');
		const secondBefore = await page.locator('[data-step]').nth(1).getAttribute('data-step');
		const thirdBefore = await page.locator('[data-step]').nth(2).getAttribute('data-step');
		await page.getByRole('button', { name: 'Naikkan langkah 3' }).click();
		await page.getByRole('button', { name: 'Hapus langkah 4' }).click();
		const stepCount = await page.locator('[data-step]').count();
		await page.getByLabel('Konsep atau relasi').selectOption('node:ikatan-dokter-indonesia');
		await page.getByRole('button', { name: 'Tambahkan' }).click();
		await expect(page.locator('[data-step]')).toHaveCount(stepCount + 1);
		// Show the second candidate passage of the first step instead of the first.
		const choices = page.locator('[data-step]').first().getByRole('radio');
		await choices.nth(1).check();
		const chosen = await choices.nth(1).getAttribute('value');
		await page.getByLabel('Judul tur').fill('Kelompok volunter untuk kelas X');
		await page.getByRole('button', { name: 'Simpan', exact: true }).click();
		await expect(page.getByRole('status')).toHaveText('Tersimpan.');

		await page.reload();
		await expect(page.getByLabel('Keterangan langkah 1', { exact: true })).toHaveValue('Mari mengenal kelompok volunter');
		await expect(page.getByLabel('Judul tur')).toHaveValue('Kelompok volunter untuk kelas X');
		await expect(page.locator('[data-step]').nth(1)).toHaveAttribute('data-step', thirdBefore!);
		await expect(page.locator('[data-step]').nth(2)).toHaveAttribute('data-step', secondBefore!);
		await expect(page.locator('[data-step]')).toHaveCount(stepCount + 1);
		await expect(page.locator('[data-step]').last()).toHaveAttribute('data-step', 'custom-1');

		await page.goto('/tours');
		const item = page.locator('[data-tour="auto-kelompok-volunter"]');
		await expect(item).toContainText('Kelompok volunter untuk kelas X');
		await expect(item).toContainText('Disunting');
		await item.getByRole('link', { name: 'Presentasikan' }).click();
		await expect(page.getByTestId('caption')).toHaveText('Mari mengenal kelompok volunter');
		await expect(page.getByTestId('step-passages').locator('[data-passage]').first()).toHaveAttribute('data-passage', chosen!);
	});

	test('a tour exported as JSON imports back, and a broken file says what is wrong and changes nothing', async ({ page }) => {
		const errors = watchConsole(page);
		await page.goto('/tours');
		const item = page.locator('[data-tour="auto-kelompok-okupasional"]');
		const downloading = page.waitForEvent('download');
		await item.getByRole('button', { name: 'Unduh JSON' }).click();
		const download = await downloading;
		expect(download.suggestedFilename()).toBe('kelompok-okupasional.tour.json');
		const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
		expect(exported).toMatchObject({ format: 'peta-konsep/tour', version: 1, root: 'kelompok-okupasional' });

		const before = await page.locator('[data-tour]').count();
		const broken = structuredClone(exported);
		broken.steps[0].target.key = 'kelompok-hantu';
		await page.getByLabel('Impor berkas tur (JSON)').setInputFiles({ name: 'rusak.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('Berkas "rusak.json" tidak diimpor; tidak ada yang berubah.');
		await expect(alert).toContainText('Kolom "steps.0.target.key": konsep "kelompok-hantu" tidak ada dalam peta.');
		await expect(page.locator('[data-tour]')).toHaveCount(before);

		await page.getByLabel('Impor berkas tur (JSON)').setInputFiles({ name: 'kosong.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "peta-konsep/tour", "version": 1') });
		await expect(page.getByRole('alert')).toContainText('bukan JSON yang valid');

		const copy = { ...exported, id: 'tur-impor', title: 'Tur impor dari berkas' };
		await page.getByLabel('Impor berkas tur (JSON)').setInputFiles({ name: 'tur.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(copy)) });
		await expect(page.getByRole('status')).toHaveText('Tur "Tur impor dari berkas" diimpor.');
		await expect(page.locator('[data-tour]')).toHaveCount(before + 1);
		const imported = page.locator('[data-tour="tur-impor"]');
		await imported.getByRole('link', { name: 'Presentasikan' }).click();
		await expect(page.getByTestId('progress')).toHaveText(`Langkah 1 dari ${exported.steps.length}`);
		await expect(page.getByTestId('caption')).toHaveText('Apa itu kelompok okupasional?');
		expect(errors).toEqual([]);
	});

	test('a tour shared as a link plays from the link alone', async ({ page }) => {
		await page.goto('/tours');
		await page.locator('[data-tour="auto-kelompok-volunter"]').getByRole('button', { name: 'Salin tautan' }).click();
		const status = await page.getByRole('status').textContent();
		const url = status!.slice(status!.indexOf('http'));
		await page.goto(url);
		await expect(page.getByTestId('caption')).toHaveText('Apa itu kelompok volunter?');
		await page.goto('/present?shared=rusak!!');
		await expect(page.getByRole('alert')).toContainText('Tautan tur rusak atau terpotong.');
	});
});

test('compare shows the default pair side by side, the shared items and the contrast with its passage', async ({ page }) => {
	const errors = watchConsole(page);
	await page.goto('/compare');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bandingkan Kelompok okupasional dan Kelompok volunter');
	await cyReady(page);
	expect(await nodeIds(page)).toEqual(expect.arrayContaining(['kelompok-okupasional', 'kelompok-volunter', 'peran-tugas-berbeda']));
	const contrasts = page.getByTestId('contrasts');
	await expect(contrasts).toContainText('Kelompok okupasional — berbeda dengan → Kelompok volunter');
	// Point by point, each difference item quoted as the article words it; never the list's lead-in.
	const differences = page.getByTestId('differences').locator('tbody tr');
	await expect(differences).toHaveCount(4);
	await expect(differences.nth(2)).toContainText('Terbentuk secara alami');
	await expect(differences.nth(2)).toContainText('Terbentuk secara resmi');
	await expect(differences.nth(2).locator('q')).toHaveText(/^Kelompok okupasional seringkali terbentuk secara alami .* melalui suatu yayasan atau organisasi\.$/);
	await expect(contrasts).not.toContainText('Ada beberapa perbedaan antara');
	// The conclusions that contrast the two are shown whole, highlighted.
	await expect(contrasts.locator('[data-passage="okupasional-dan-volunter-p8"] mark').first()).toBeVisible();
	const characteristics = page.locator('tr[data-row="out:has-characteristic"]');
	await expect(characteristics.locator('td.shared')).toContainText('Peran dan tugas yang berbeda-beda');
	await expect(characteristics.locator('td.shared')).toContainText('Keanggotaan sukarela');
	await expect(page.locator('tr[data-row="out:has-step"] td.shared')).toContainText('Mencari informasi tentang kelompok');
	await expect(characteristics.locator('td.only-b')).toContainText('Kegiatan sosial');
	await expect(page.locator('tr[data-row="in:example-of"] td.only-a')).toContainText('Kelompok dokter');
	await expect(page.locator('tr[data-row="in:member-of"] td.only-a')).toContainText('Dokter');
	await expect(page.locator('tr[data-row="in:example-of"] td.only-b')).toContainText('Relawan bencana');
	await expect(page.locator('tr[data-row="out:has-benefit"] td.shared')).toContainText('Membangun jaringan sosial');
	// Each item opens to the passage that states it.
	await page.locator('tr[data-row="in:example-of"] td.only-b details').first().locator('summary').click();
	await expect(page.locator('tr[data-row="in:example-of"] td.only-b details[open] [data-passage] mark').first()).toBeVisible();
	// A shared item opens to the passages of both sides.
	await page.locator('tr[data-row="out:has-characteristic"] td.shared details').first().locator('summary').click();
	await expect(page.locator('tr[data-row="out:has-characteristic"] td.shared details[open] [data-passage]')).toHaveCount(2);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('region', { name: 'Kutipan sumber' })).toBeVisible();
	expect(errors).toEqual([]);
});

test('compare reads in English too, the difference items included', async ({ page }) => {
	await page.goto('/compare?lang=en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare Occupational group and Voluntary group');
	await expect(page.getByTestId('differences').locator('caption')).toHaveText('Where they differ, point by point');
	await expect(page.getByTestId('differences').locator('tbody tr').first()).toContainText('Shared occupation or profession');
	await expect(page.locator('tr[data-row="out:has-characteristic"] td.shared')).toContainText('Voluntary membership');
});

test('the quiz is answered right and wrong by keyboard, shows the proving passage, and scores', async ({ page }) => {
	const graph = loadGraph();
	const quiz = generateQuiz(graph, { seed: 1, count: 8 });
	// The sentence that proves the first answer, as the graph's evidence has it.
	const span = graph.getEdgeAttribute(quiz[0].proof[0], 'evidence')[0];
	const passage = graph.getAttribute('passages').find((p) => p.id === span.passage)!;
	const provingWords = passage.text.slice(span.start - passage.start, span.end - passage.start).split(/\s+/).slice(0, 5).join(' ');
	await page.goto('/quiz');
	await expect(page.getByTestId('quiz-progress')).toHaveText('Soal 1 dari 8');

	// Right: the number key of the right option.
	await page.keyboard.press(String(quiz[0].answer + 1));
	const feedback = page.getByTestId('quiz-feedback');
	await expect(feedback).toContainText('Benar!');
	const proof = page.getByTestId('quiz-proof').locator('[data-passage]').first();
	await expect(proof.locator('mark').first()).toBeVisible();
	await expect(proof).toContainText(provingWords);
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('quiz-progress')).toHaveText('Soal 2 dari 8');

	// Wrong: arrows to an option that is not the answer, then Enter.
	const wrong = (quiz[1].answer + 1) % quiz[1].options.length;
	for (let i = 0; i <= wrong; i++) await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await expect(feedback).toContainText('Belum tepat. Jawaban yang benar:');
	await expect(page.locator('.options button.wrong')).toHaveCount(1);
	await expect(page.locator('.options button.right')).toHaveCount(1);
	await expect(page.getByTestId('quiz-proof').locator('[data-passage] mark').first()).toBeVisible();

	// Options read as a list a teacher would say: no "… dan Label" with a capital mid-sentence.
	for (const text of await page.locator('.options button').allTextContents()) expect(text).not.toMatch(/ dan \p{Lu}\p{Ll}/u);

	let score = 1;
	for (let i = 2; i < quiz.length; i++) {
		await page.keyboard.press('Enter');
		await expect(page.getByTestId('quiz-progress')).toHaveText(`Soal ${i + 1} dari 8`);
		await page.keyboard.press(String(quiz[i].answer + 1));
		score++;
		await expect(feedback).toContainText('Benar!');
	}
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('quiz-score')).toContainText(`Skor: ${score} dari 8`);

	// The end screen reviews the missed question: the answer given, the right one, the passage that proves it.
	const review = page.getByTestId('quiz-review');
	await expect(review.getByRole('heading', { level: 2 })).toHaveText('Soal yang belum tepat');
	const missed = review.locator('article.missed');
	await expect(missed).toHaveCount(1);
	await expect(missed).toHaveAttribute('data-question', quiz[1].id);
	await expect(missed.locator('.your-answer')).toContainText('Jawabanmu: ');
	await expect(missed.locator('.right-answer')).toContainText('Jawaban yang benar: ');
	const proving = passagesForEdge(graph, quiz[1].proof[0])[0].passage.id;
	await expect(missed.locator(`[data-passage="${proving}"] mark`).first()).toBeVisible();
});

test('the presenter switches to another lesson tour from its bar', async ({ page }) => {
	await page.goto('/present');
	await expect(page.getByTestId('progress')).toHaveText('Langkah 1 dari 27');
	await page.keyboard.press('ArrowRight');
	await expect(page.getByTestId('progress')).toHaveText('Langkah 2 dari 27');
	const picker = page.getByTestId('tour-picker');
	await picker.selectOption('auto-kelompok-volunter');
	await expect(page.getByTestId('progress')).toHaveText('Langkah 1 dari 16');
	await expect(page.getByTestId('caption')).toHaveText('Apa itu kelompok volunter?');
	await expect.poll(() => new URL(page.url()).searchParams.get('tour')).toBe('auto-kelompok-volunter');
	// Arrow keys on the picker choose a tour; away from it they step again.
	await page.getByTestId('caption').click();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByTestId('progress')).toHaveText('Langkah 2 dari 16');
});
