/** The teaching pages' state: the presenter's player, the quiz session, the mind map's ids. */
import { beforeAll, describe, expect, it } from 'vitest';
import { readKnowledgeBase } from '../../graph/read-knowledge-base';
import { assembleGraph } from '../../src/lib/kg/build/assemble';
import type { KnowledgeGraph } from '../../src/lib/kg/model';
import { lessonTour } from '../../src/lib/kg/query/lesson-tour';
import { branchParent, moreId, readMindmapId } from '../../src/lib/kg/query/mindmap-tree';
import { generateQuiz } from '../../src/lib/kg/query/quiz';
import type { Tour } from '../../src/lib/kg/tour-model';
import { Mindmap } from '../../src/lib/state/mindmap.svelte';
import { QuizSession } from '../../src/lib/state/quiz-session.svelte';
import { TourLibrary, tourOrigin } from '../../src/lib/state/tour-library.svelte';
import { stepCamera, TourPlayer } from '../../src/lib/state/tour-player.svelte';

let graph: KnowledgeGraph;
let tour: Tour;
beforeAll(() => {
	graph = assembleGraph(readKnowledgeBase('graph')).graph;
	tour = lessonTour(graph, 'kelompok-volunter')!;
});

describe('TourPlayer', () => {
	it('plays from the first step, or from ?step=N kept within the tour', () => {
		const player = new TourPlayer();
		expect(player.step).toBeNull();
		player.play(tour, false);
		expect([player.index, player.atStart, player.step?.id]).toEqual([0, true, tour.steps[0].id]);
		player.play(tour, true, '3');
		expect([player.index, player.shared]).toEqual([2, true]);
		player.play(tour, false, '999');
		expect([player.index, player.atEnd, player.progress]).toEqual([tour.steps.length - 1, true, 1]);
		for (const bad of ['0', '-2', '1.5', 'x', null]) {
			player.play(tour, false, bad);
			expect(player.index).toBe(0);
		}
	});

	it('steps by buttons, keys and swipes, never past either end', () => {
		const player = new TourPlayer();
		player.play(tour, false);
		player.previous();
		expect(player.index).toBe(0);
		player.next();
		expect(player.index).toBe(1);
		expect(player.stepForKey('ArrowRight')).toBe(2);
		expect(player.stepForKey(' ')).toBe(2);
		expect(player.stepForKey('PageUp')).toBe(0);
		expect(player.stepForKey('End')).toBe(tour.steps.length - 1);
		expect(player.stepForKey('Home')).toBe(0);
		expect(player.stepForKey('a')).toBeNull();
		player.go(100);
		expect(player.index).toBe(tour.steps.length - 1);
		player.swipe({ x: 300, y: 100 }, { x: 100, y: 120 });
		expect(player.index).toBe(tour.steps.length - 1);
		player.swipe({ x: 100, y: 100 }, { x: 300, y: 120 });
		expect(player.index).toBe(tour.steps.length - 2);
		// Too short, or more up and down than sideways: no step.
		player.swipe({ x: 100, y: 100 }, { x: 150, y: 100 });
		player.swipe({ x: 100, y: 100 }, { x: 200, y: 300 });
		expect(player.index).toBe(tour.steps.length - 2);
	});

	it("marks an edge step with its two ends, and a concept step with its neighbours only when they are few", () => {
		const edgeStep = tour.steps.find((s) => s.target.type === 'edge')!;
		const key = edgeStep.target.key;
		expect(stepCamera(graph, edgeStep)).toEqual({
			spotlight: { edge: key, ends: [graph.source(key), graph.target(key)] },
			frame: [key, graph.source(key), graph.target(key)],
			maxZoom: 1.4
		});
		const hub = graph.nodes().reduce((a, b) => (graph.degree(b) > graph.degree(a) ? b : a));
		const few = graph.nodes().find((n) => graph.neighbors(n).length > 0 && graph.neighbors(n).length <= 12)!;
		const at = (node: string) => stepCamera(graph, { ...tour.steps[0], target: { type: 'node', key: node } });
		expect(graph.neighbors(hub).length).toBeGreaterThan(12);
		expect(at(hub)).toEqual({ spotlight: { node: hub, context: [] }, frame: [hub], maxZoom: 1.2 });
		expect(at(few)?.spotlight).toEqual({ node: few, context: graph.neighbors(few) });
		expect(at('tidak-ada')).toBeNull();
	});
});

describe('QuizSession', () => {
	it('asks the seeded questions, scores the answers and keeps the missed ones for the review', () => {
		const session = new QuizSession(graph, 5, 3);
		const questions = generateQuiz(graph, { seed: 5, count: 3 });
		expect(session.questions).toEqual(questions);
		const [first, second] = questions;
		expect(session.answer(first.answer)).toBe(true);
		// One answer per question.
		expect(session.answer((first.answer + 1) % first.options.length)).toBe(false);
		expect(session.score).toBe(1);
		session.next();
		const wrong = (second.answer + 1) % second.options.length;
		session.answer(wrong);
		expect(session.missed).toEqual([{ question: second, choice: wrong }]);
		session.next();
		expect(session.isLast).toBe(true);
		session.next();
		expect([session.finished, session.score]).toEqual([true, 1]);
	});

	it('moves the keyboard choice round the options until answered; again draws new questions', () => {
		const session = new QuizSession(graph, 1, 2);
		const count = session.question!.options.length;
		expect(session.moveSelection(-1)).toBe(count - 1);
		expect(session.moveSelection(1)).toBe(0);
		expect(session.moveSelection(1)).toBe(1);
		session.answer(1);
		expect(session.moveSelection(1)).toBeNull();
		expect(session.selected).toBe(1);
		const before = session.questions;
		session.restart();
		expect([session.seed, session.index, session.score, session.answered, session.finished]).toEqual([2, 0, 0, null, false]);
		expect(session.questions).toEqual(generateQuiz(graph, { seed: 2, count: 2 }));
		expect(session.questions).not.toEqual(before);
	});
});

describe('the mind map id grammar', () => {
	it('reads concept, branch and "more" ids as the drawing writes them', () => {
		const branch = 'kelompok-volunter>out:memiliki-ciri';
		expect(readMindmapId(branch)).toEqual({ type: 'branch', id: branch, parent: 'kelompok-volunter' });
		expect(readMindmapId(moreId('profesi'))).toEqual({ type: 'more', concept: 'profesi' });
		expect(readMindmapId('profesi')).toEqual({ type: 'concept', key: 'profesi' });
		expect(branchParent(branch)).toBe('kelompok-volunter');
	});

	it('a "more" node opens exactly the branches of its concept', () => {
		const mindmap = Mindmap.for(graph, 'kelompok-volunter')!;
		mindmap.collapseAll();
		mindmap.expandOne();
		const drawing = mindmap.drawing('id', (n) => `${n} lagi`);
		const more = drawing.children.flatMap((b) => b.children).flatMap((c) => c.children).find((n) => readMindmapId(n.id).type === 'more')!;
		const concept = (readMindmapId(more.id) as { concept: string }).concept;
		mindmap.openConcept(concept);
		const opened = mindmap.shownBranches.filter((b) => mindmap.expanded.has(b.id) && branchParent(b.id) === concept);
		expect(opened.length).toBeGreaterThan(0);
		expect([...mindmap.expanded].every((id) => branchParent(id) === 'kelompok-volunter' || branchParent(id) === concept)).toBe(true);
	});
});

describe('TourLibrary', () => {
	/** A shelf in memory, per map, as tour-store keeps them in IndexedDB. */
	function memoryShelf() {
		const shelves = new Map<string, Map<string, Tour>>();
		const of = (mapId: string) => shelves.get(mapId) ?? shelves.set(mapId, new Map()).get(mapId)!;
		return {
			shelves,
			savedTours: async (mapId: string) => [...of(mapId).values()],
			saveTour: async (mapId: string, tour: Tour) => {
				const stored = { ...tour, generated: false };
				of(mapId).set(tour.id, stored);
				return stored;
			},
			deleteTour: async (mapId: string, id: string) => void of(mapId).delete(id)
		};
	}

	it('lists the generated tours, an edited one in its place, the own ones after; deleting resets', async () => {
		const shelf = memoryShelf();
		const library = new TourLibrary({ id: 'default', graph }, shelf);
		await library.refresh();
		const generated = library.tours.map((t) => t.id);
		expect(library.tours.every((t) => tourOrigin(t) === 'generated')).toBe(true);
		const first = library.tours[0];
		await library.rename(first, 'Tur kelas X');
		expect(library.tours[0]).toMatchObject({ id: first.id, title: 'Tur kelas X' });
		expect(tourOrigin(library.tours[0])).toBe('edited');
		expect(library.isSaved(first.id)).toBe(true);
		await library.duplicate(first, 'Salinan');
		const copy = library.tours.at(-1)!;
		expect([copy.title, tourOrigin(copy), library.tours.length]).toEqual(['Salinan', 'own', generated.length + 1]);
		await library.remove(library.tours[0]);
		expect(library.tours[0]).toEqual(first);
		expect(library.isSaved(first.id)).toBe(false);
	});

	it("keeps each map's tours apart", async () => {
		const shelf = memoryShelf();
		const one = new TourLibrary({ id: 'default', graph }, shelf);
		const other = new TourLibrary({ id: 'm-1', graph }, shelf);
		await one.refresh();
		await one.rename(one.tours[0], 'Hanya di peta bawaan');
		await other.refresh();
		expect(other.tours[0].title).not.toBe('Hanya di peta bawaan');
		expect(other.isSaved(one.tours[0].id)).toBe(false);
	});

	it('imports a tour file under a fresh id when one of its own has that id; a broken file changes nothing', async () => {
		const shelf = memoryShelf();
		const library = new TourLibrary({ id: 'default', graph }, shelf);
		await library.refresh();
		const own = { ...tour, id: 'tur-saya', title: 'Punya saya', generated: false };
		await library.save(own);
		const imported = await library.importFile(JSON.stringify({ ...own, title: 'Dari berkas' }));
		expect(imported.ok && imported.tour.id).not.toBe('tur-saya');
		expect(library.tours.filter((t) => tourOrigin(t) === 'own').map((t) => t.title).sort()).toEqual(['Dari berkas', 'Punya saya']);
		const count = library.tours.length;
		const broken = await library.importFile('{"format": "peta-konsep/tour"');
		expect(broken.ok).toBe(false);
		expect(library.tours).toHaveLength(count);
	});

	it('shows the generated tours when the saved ones cannot be read, and says why', async () => {
		const library = new TourLibrary(
			{ id: 'default', graph },
			{ ...memoryShelf(), savedTours: async () => Promise.reject(new Error('IndexedDB unavailable')) }
		);
		await expect(library.refresh()).rejects.toThrow('IndexedDB unavailable');
		expect(library.tours.length).toBeGreaterThan(0);
	});
});
