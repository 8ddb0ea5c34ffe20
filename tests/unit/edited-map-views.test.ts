/** The views follow an edited map: search indexes edits, hidden concepts are left out, a tour step that lost its concept is flagged. */
import { beforeEach, describe, expect, it } from 'vitest';
import { readKnowledgeBase } from '../../graph/read-knowledge-base';
import { assembleGraph } from '../../src/lib/kg/build/assemble';
import { applyEdit } from '../../src/lib/kg/edit/apply';
import type { KnowledgeGraph } from '../../src/lib/kg/model';
import { lessonTour } from '../../src/lib/kg/query/lesson-tour';
import { createSearchIndex, type SearchHit } from '../../src/lib/kg/query/search-index';
import { hasHidden, withoutHidden } from '../../src/lib/kg/query/shown';
import { playableSteps, repointStep, stepProblem } from '../../src/lib/kg/query/tour-step-check';
import { mindmapTree, type MindmapConcept } from '../../src/lib/kg/query/mindmap-tree';

const built = assembleGraph(readKnowledgeBase('graph')).graph;
let graph: KnowledgeGraph;
beforeEach(() => {
	graph = built.copy();
});
const nodeKeys = (hits: SearchHit[]) => hits.flatMap((h) => (h.type === 'node' ? [h.key] : []));

describe('search index refreshed after edits', () => {
	it('finds a concept added after the index was built once its key is refreshed, and not before', () => {
		const index = createSearchIndex(graph);
		applyEdit(graph, { type: 'addConcept', key: 'arisan-warga', label: { id: 'Arisan warga', en: 'Neighbourhood savings circle' }, kind: graph.getNodeAttribute('kelompok-volunter', 'kind') });
		expect(nodeKeys(index.search('arisan'))).not.toContain('arisan-warga');
		index.refresh(['arisan-warga']);
		expect(nodeKeys(index.search('arisan'))[0]).toBe('arisan-warga');
		expect(nodeKeys(index.search('savings circle'))).toContain('arisan-warga');
	});

	it('follows a rename and a deletion', () => {
		const index = createSearchIndex(graph);
		applyEdit(graph, { type: 'renameConcept', key: 'kelompok-volunter', label: { id: 'Paguyuban sukarela', en: 'Voluntary society' } });
		index.refresh(['kelompok-volunter']);
		expect(nodeKeys(index.search('paguyuban'))[0]).toBe('kelompok-volunter');
		applyEdit(graph, { type: 'deleteConcept', key: 'kelompok-volunter' });
		index.refresh(['kelompok-volunter']);
		expect(nodeKeys(index.search('paguyuban'))).not.toContain('kelompok-volunter');
	});

	it('leaves hidden concepts out of the hits and out of the passages’ concept lists', () => {
		const index = createSearchIndex(graph);
		expect(nodeKeys(index.search('kelompok volunter'))).toContain('kelompok-volunter');
		applyEdit(graph, { type: 'setHidden', key: 'kelompok-volunter', hidden: true });
		const hits = index.search('kelompok volunter');
		expect(nodeKeys(hits)).not.toContain('kelompok-volunter');
		expect(hits.flatMap((h) => (h.type === 'passage' ? h.nodes : []))).not.toContain('kelompok-volunter');
	});
});

describe('hidden concepts', () => {
	it('are left out of the views’ copy with their relations; the map keeps them', () => {
		expect(hasHidden(graph)).toBe(false);
		const relations = graph.degree('kelompok-volunter');
		applyEdit(graph, { type: 'setHidden', key: 'kelompok-volunter', hidden: true });
		expect(hasHidden(graph)).toBe(true);
		const shown = withoutHidden(graph);
		expect(shown.hasNode('kelompok-volunter')).toBe(false);
		expect(shown.size).toBe(graph.size - relations);
		expect(graph.hasNode('kelompok-volunter')).toBe(true);
	});
});

describe('tour steps on an edited map', () => {
	it('flags a step whose concept was deleted, or hidden, and skips it when playing', () => {
		const tour = lessonTour(graph, 'kelompok-okupasional')!;
		const step = tour.steps.find((s) => s.target.type === 'edge')!;
		expect(tour.steps.map((s) => stepProblem(graph, s)).filter(Boolean)).toEqual([]);
		const edge = step.target.key;
		const key = [graph.source(edge), graph.target(edge)].find((end) => end !== tour.root)!;
		applyEdit(graph, { type: 'setHidden', key, hidden: true });
		expect(stepProblem(graph, step)).toEqual({ type: 'hidden', key });
		applyEdit(graph, { type: 'deleteConcept', key });
		expect(stepProblem(graph, step)).toEqual({ type: 'deleted-relation', key: edge });
		const rootStep = { ...step, target: { type: 'node' as const, key } };
		expect(stepProblem(graph, rootStep)).toEqual({ type: 'deleted-concept', key });
		const played = playableSteps(graph, tour);
		expect(played.tour.steps.map((s) => s.id)).not.toContain(step.id);
		// A step about a relation of the deleted concept went with it.
		expect(played.skipped).toBe(tour.steps.filter((s) => stepProblem(graph, s) !== null).length);
		expect(played.skipped).toBeGreaterThanOrEqual(1);
	});

	it('points a step at another concept with that concept’s passage; nothing grounds a concept without one', () => {
		const tour = lessonTour(graph, 'kelompok-okupasional')!;
		const step = tour.steps[1];
		const moved = repointStep(graph, step, { type: 'node', key: 'kelompok-volunter' });
		expect(moved).toMatchObject({ id: step.id, target: { type: 'node', key: 'kelompok-volunter' } });
		expect(moved!.passages).toHaveLength(1);
		const kind = graph.getNodeAttribute('kelompok-volunter', 'kind');
		applyEdit(graph, { type: 'addConcept', key: 'tanpa-kutipan', label: { id: 'Tanpa kutipan', en: '' }, kind });
		expect(repointStep(graph, step, { type: 'node', key: 'tanpa-kutipan' })).toBeNull();
	});
});

describe('the mind map of an edited map', () => {
	it('leaves a hidden concept out of the tree, with what hangs from it', () => {
		const before = mindmapTree(graph, 'kelompok-volunter')!;
		const child = before.branches[0].children[0].key;
		applyEdit(graph, { type: 'setHidden', key: child, hidden: true });
		const keys = (tree: MindmapConcept): string[] => [tree.key, ...tree.branches.flatMap((b) => b.children.flatMap(keys))];
		const after = mindmapTree(graph, 'kelompok-volunter')!;
		expect(keys(before)).toContain(child);
		expect(keys(after)).not.toContain(child);
	});
});
