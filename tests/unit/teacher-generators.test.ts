import { beforeAll, describe, expect, it } from 'vitest';
import { readKnowledgeBase } from '../../graph/read-knowledge-base';
import { assembleGraph } from '../../src/lib/kg/build/assemble';
import type { KnowledgeGraph } from '../../src/lib/kg/model';
import { compareConcepts } from '../../src/lib/kg/query/compare';
import { customStep, lessonTour, lessonTours } from '../../src/lib/kg/query/lesson-tour';
import {
	allBranches,
	collapseOneLevel,
	expandOneLevel,
	mindmapTree,
	visibleBranches
} from '../../src/lib/kg/query/mindmap-tree';
import { generateQuiz } from '../../src/lib/kg/query/quiz';
import { registerMessages, translate } from '../../src/lib/i18n/i18n.svelte';
import * as teacherMessages from '../../src/lib/i18n/messages/teacher';
import { defaultCaption } from '../../src/lib/i18n/tour-text';
import { decodeTourFromUrl, encodeTourForUrl, readTourFile, writeTourFile } from '../../src/lib/kg/io/tour-file';
import { estimateText } from '../../src/lib/view/label-box';
import { mindmapDrawing, type DrawNode } from '../../src/lib/view/mindmap-elements';
import { findOverlaps } from '../../src/lib/view/mindmap-layout';

let graph: KnowledgeGraph;
beforeAll(() => {
	// Built from the knowledge base itself: unit tests never depend on a generated static/graph.json.
	graph = assembleGraph(readKnowledgeBase('graph')).graph;
});

describe('mindmapTree', () => {
	it('puts IDI in the centre with its relations as branches, each concept once', () => {
		const tree = mindmapTree(graph, 'ikatan-dokter-indonesia')!;
		expect(tree.key).toBe('ikatan-dokter-indonesia');
		expect(tree.branches.map((b) => `${b.direction}:${b.relation}`)).toEqual(['out:example-of', 'in:member-of', 'out:has-role', 'out:upholds']);
		expect(tree.branches[0].children.map((c) => c.key)).toEqual(['kelompok-okupasional', 'organisasi-profesi']);
		expect(tree.branches[1].children.map((c) => c.key)).toEqual(['dokter']);
		const keys: string[] = [];
		const visit = (c: typeof tree) => {
			keys.push(c.key);
			c.branches.forEach((b) => b.children.forEach(visit));
		};
		visit(tree);
		expect(new Set(keys).size).toBe(keys.length);
		// Level 2: kelompok-okupasional's own branches, without IDI again.
		const okupasional = tree.branches[0].children[0];
		expect(okupasional.level).toBe(1);
		expect(okupasional.branches.find((b) => b.relation === 'faces-challenge')!.children).toHaveLength(5);
	});

	it('opens and closes level by level', () => {
		const tree = mindmapTree(graph, 'ikatan-dokter-indonesia')!;
		const none = new Set<string>();
		expect(visibleBranches(tree, none)).toHaveLength(4);
		const one = expandOneLevel(tree, none);
		expect([...one].sort()).toEqual(tree.branches.map((b) => b.id).sort());
		const two = expandOneLevel(tree, one);
		expect(two.size).toBe(allBranches(tree).length);
		// Closing one level closes the deepest open branches: those of level 2, and a level-1
		// branch whose concepts have no branches of their own (IDI upholds its standard, a leaf).
		const withDepth = new Set([...one].filter((id) => tree.branches.find((b) => b.id === id)!.children.some((c) => c.branches.length > 0)));
		expect(collapseOneLevel(tree, two)).toEqual(withDepth);
		expect(withDepth.size).toBe(one.size - 1);
		expect(mindmapTree(graph, 'no-such-concept')).toBeNull();
	});
});

describe('mind map layout', () => {
	const toDraw = (key: string, open: boolean): DrawNode => {
		const tree = mindmapTree(graph, key)!;
		const concept = (c: typeof tree, role: 'root' | 'concept'): DrawNode => ({
			id: c.id,
			label: graph.getNodeAttribute(c.key, 'label'),
			role,
			color: '#0072B2',
			children: c.branches.map((b) => ({
				id: b.id,
				label: b.relation,
				role: 'branch',
				color: '#fff',
				children: open ? b.children.map((x) => concept(x, 'concept')) : []
			}))
		});
		return concept(tree, 'root');
	};

	for (const mode of ['sides', 'radial', 'tree'] as const)
		it(`places every box of the fully open ${mode} map without overlap, the same way twice`, () => {
			const drawing = mindmapDrawing(toDraw('ikatan-dokter-indonesia', true), mode, estimateText);
			expect(drawing.boxes.length).toBeGreaterThan(60);
			expect(findOverlaps(drawing.boxes)).toEqual([]);
			expect(mindmapDrawing(toDraw('ikatan-dokter-indonesia', true), mode, estimateText).positions).toEqual(drawing.positions);
			expect(drawing.positions['ikatan-dokter-indonesia']).toEqual({ x: 0, y: 0 });
		});

	it('splits the branches of the two-sided map between right and left, each side growing outwards', () => {
		const { positions } = mindmapDrawing(toDraw('kelompok-okupasional', true), 'sides', estimateText);
		const tree = mindmapTree(graph, 'kelompok-okupasional')!;
		const sides = tree.branches.map((b) => Math.sign(positions[b.id].x));
		expect(sides.filter((s) => s > 0).length).toBeGreaterThan(0);
		expect(sides.filter((s) => s < 0).length).toBeGreaterThan(0);
		// Branches keep their order: all the right-hand ones first, then the left-hand ones.
		expect(sides).toEqual([...sides].sort((a, b) => b - a));
		for (const branch of tree.branches)
			for (const child of branch.children)
				expect(Math.abs(positions[child.key].x)).toBeGreaterThan(Math.abs(positions[branch.id].x));
	});

	it('puts the tree left to right: each level in a column to the right of its parent', () => {
		const { positions } = mindmapDrawing(toDraw('kelompok-volunter', true), 'tree', estimateText);
		expect(positions['kelompok-volunter>out:has-characteristic'].x).toBeGreaterThan(0);
		expect(positions['kegiatan-sosial'].x).toBeGreaterThan(positions['kelompok-volunter>out:has-characteristic'].x);
	});
});

describe('lessonTour', () => {
	it('walks kelompok okupasional from definition to comparison, every step grounded', () => {
		const tour = lessonTour(graph, 'kelompok-okupasional')!;
		expect(tour.id).toBe('auto-kelompok-okupasional');
		expect(tour.title).toBe('Kelompok okupasional');
		const sections = [...new Set(tour.steps.map((s) => s.section))];
		expect(sections).toEqual(['definition', 'types', 'characteristics', 'functions', 'roles', 'examples', 'challenges', 'comparison']);
		expect(tour.steps[0]).toMatchObject({ section: 'definition', target: { type: 'node', key: 'kelompok-okupasional' } });
		const passages = new Set(graph.getAttribute('passages').map((p) => p.id));
		for (const step of tour.steps) {
			expect(step.passages.length).toBeGreaterThan(0);
			for (const p of step.passages) expect(passages.has(p)).toBe(true);
			if (step.target.type === 'edge') {
				const evidence = graph.getEdgeAttribute(step.target.key, 'evidence').map((e) => e.passage);
				expect(evidence).toContain(step.passages[0]);
			}
		}
		expect(tour.steps.filter((s) => s.section === 'comparison').map((s) => s.target.key)).toContain(
			'kelompok-okupasional--contrasts-with--kelompok-volunter'
		);
	});

	it('opens with the plain definition, short enough for one projected card', () => {
		const tour = lessonTour(graph, 'kelompok-okupasional')!;
		const byId = new Map(graph.getAttribute('passages').map((p) => [p.id, p]));
		const shown = tour.steps[0].passages.map((id) => byId.get(id)!);
		expect(shown[0].text).toBe('Kelompok okupasional adalah kelompok yang terdiri atas orang-orang yang melakukan pekerjaan sejenis.');
		for (const t of lessonTours(graph)) {
			const total = t.steps[0].passages.reduce((n, id) => n + byId.get(id)!.text.length, 0);
			expect(t.steps[0].passages.length, t.id).toBeGreaterThan(0);
			if (t.steps[0].passages.length > 1) expect(total, t.id).toBeLessThanOrEqual(480);
		}
	});

	it('captions steps as a teacher would say them, in both languages', () => {
		registerMessages(teacherMessages);
		const tour = lessonTour(graph, 'kelompok-okupasional')!;
		const caption = (id: string, lang: 'id' | 'en') =>
			defaultCaption(graph, tour, tour.steps.find((st) => st.id === id)!, lang, (key, params) => translate(lang, key, params));
		expect(caption('node:kelompok-okupasional', 'id')).toBe('Apa itu kelompok okupasional?');
		expect(caption('node:kelompok-okupasional', 'en')).toBe('What is an occupational group?');
		expect(caption('edge:kelompok-okupasional--differs-by--dasar-pembentukan', 'id')).toBe('Kelompok okupasional dibedakan menurut dasar pembentukan');
		expect(caption('edge:kelompok-okupasional--differs-by--dasar-pembentukan', 'en')).toBe('What sets an occupational group apart: basis of formation');
		expect(caption('edge:kelompok-okupasional--contrasts-with--kelompok-volunter', 'id')).toBe('Kelompok okupasional dibandingkan dengan kelompok volunter');
		expect(caption('edge:kelompok-okupasional--contrasts-with--kelompok-volunter', 'en')).toBe('An occupational group compared with a voluntary group');
		expect(caption('edge:kelompok-okupasional--has-benefit--membangun-jaringan', 'id')).toBe('Manfaat kelompok okupasional: membangun jaringan sosial dan profesional');
		// a name keeps its capitals inside the sentence
		const idi = lessonTour(graph, 'ikatan-dokter-indonesia')!;
		expect(defaultCaption(graph, idi, idi.steps[0], 'id', (key, params) => translate('id', key, params))).toBe('Apa itu Ikatan Dokter Indonesia?');
	});

	it('generates tours for the main concepts, the most connected first', () => {
		const tours = lessonTours(graph);
		expect(tours.map((t) => t.root).slice(0, 2)).toEqual(['kelompok-okupasional', 'kelompok-volunter']);
		expect(lessonTour(graph, 'nothing-here')).toBeNull();
	});

	it('adds a custom step grounded in the best passage, with a fresh id', () => {
		const tour = lessonTour(graph, 'kelompok-volunter')!;
		const step = customStep(graph, { type: 'node', key: 'ikatan-dokter-indonesia' }, tour.steps)!;
		expect(step.id).toBe('custom-1');
		expect(step.section).toBe('custom');
		expect(graph.getNodeAttribute('ikatan-dokter-indonesia', 'mentions').map((m) => m.passage)).toContain(step.passages[0]);
		expect(customStep(graph, { type: 'edge', key: 'no-edge' }, tour.steps)).toBeNull();
	});
});

describe('compareConcepts', () => {
	it('splits the default pair into only-A, shared and only-B, with the contrast', () => {
		const c = compareConcepts(graph, 'kelompok-okupasional', 'kelompok-volunter')!;
		const row = (id: string) => c.rows.find((r) => `${r.direction}:${r.relation}` === id)!;
		expect(row('out:has-characteristic').shared.map((s) => s.neighbour)).toEqual(['keanggotaan-sukarela', 'peran-tugas-berbeda']);
		expect(row('out:has-benefit').shared.map((s) => s.neighbour)).toEqual(['membangun-jaringan']);
		expect(row('out:subtype-of').shared.map((s) => s.neighbour)).toEqual(['kelompok-sosial']);
		expect(row('out:has-step').shared.map((s) => s.neighbour)).toEqual(['mencari-informasi', 'mendaftar-anggota', 'menghubungi-kelompok']);
		expect(row('in:example-of').onlyB.map((i) => i.neighbour)).toContain('relawan-bencana');
		expect(row('in:example-of').onlyA.map((i) => i.neighbour)).toContain('kelompok-dokter');
		expect(row('in:member-of').onlyA.map((i) => i.neighbour)).toContain('dokter');
		expect(row('out:faces-challenge').onlyA).toHaveLength(5);
		expect(c.contrasts).toEqual([
			{
				edge: 'kelompok-okupasional--contrasts-with--kelompok-volunter',
				source: 'kelompok-okupasional',
				target: 'kelompok-volunter',
				relation: 'contrasts-with',
				// the list of differences (its items quoted, not its lead-in) and both conclusions
				passages: ['okupasional-dan-volunter-p6', 'okupasional-dan-volunter-p8', 'kelompok-sosial-okupasional-volunter-p13']
			}
		]);
		const p6 = graph.getAttribute('passages').find((p) => p.id === 'okupasional-dan-volunter-p6')!;
		const quoted = graph
			.getEdgeAttribute('kelompok-okupasional--contrasts-with--kelompok-volunter', 'evidence')
			.filter((e) => e.passage === p6.id)
			.map((e) => p6.text.slice(e.start - p6.start, e.end - p6.start));
		expect(quoted).toHaveLength(4);
		expect(quoted.some((q) => q.endsWith(':'))).toBe(false);
		// the difference items: a neighbour of each that the articles set against each other, in their order
		expect(c.differences.map((d) => [d.a.neighbour, d.b.neighbour])).toEqual([
			['kesamaan-pekerjaan', 'kesamaan-nilai-minat-tujuan'],
			['kesamaan-pengalaman-keahlian', 'kesamaan-nilai-minat-tujuan'],
			['terbentuk-alami', 'terbentuk-resmi'],
			['memperoleh-penghasilan', 'sukarela-tanpa-penghasilan']
		]);
		for (const d of c.differences) expect(d.passage).toBe('okupasional-dan-volunter-p6');
		for (const r of c.rows) for (const i of [...r.onlyA, ...r.onlyB]) expect(i.passage).not.toBeNull();
		expect(compareConcepts(graph, 'kelompok-volunter', 'kelompok-volunter')).toBeNull();
	});
});

describe('generateQuiz', () => {
	it('is the same for the same seed and different for another', () => {
		const first = generateQuiz(graph, { seed: 7, count: 6 });
		expect(generateQuiz(graph, { seed: 7, count: 6 })).toEqual(first);
		expect(generateQuiz(graph, { seed: 8, count: 6 })).not.toEqual(first);
		expect(first.map((q) => q.kind)).toEqual(['belongs', 'pair', 'connects', 'belongs', 'pair', 'connects']);
	});

	it('asks questions whose answers the graph proves and whose distractors it does not', () => {
		for (const q of generateQuiz(graph, { seed: 3, count: 12 })) {
			expect(q.options.length).toBeGreaterThanOrEqual(3);
			expect(q.options.length).toBeLessThanOrEqual(4);
			const right = q.options[q.answer];
			for (const edge of q.proof) expect(graph.getEdgeAttribute(edge, 'evidence').length).toBeGreaterThan(0);
			if (q.kind === 'belongs' && 'nodes' in right) {
				expect(graph.hasEdge(q.proof[0])).toBe(true);
				expect(graph.target(q.proof[0])).toBe(right.nodes[0]);
				for (const [i, o] of q.options.entries())
					if (i !== q.answer && 'nodes' in o) expect(graph.areNeighbors(q.subject, o.nodes[0])).toBe(false);
			}
			if (q.kind === 'pair' && 'nodes' in right) {
				const members = graph.outNeighbors(q.subject);
				expect(right.nodes.every((n) => members.includes(n))).toBe(true);
				// never partly right: a wrong pair holds no right item
				for (const [i, o] of q.options.entries())
					if (i !== q.answer && 'nodes' in o) expect(o.nodes.some((n) => members.includes(n))).toBe(false);
			}
			if (q.kind === 'connects' && 'relation' in right)
				expect(graph.getEdgeAttribute(q.proof[0], 'relation')).toBe(right.relation);
		}
	});

	it('offers no relation as wrong that the graph uses between concepts of these kinds, nor a kin of the answer', () => {
		const kinds = (a: string, b: string) => [graph.getNodeAttribute(a, 'kind'), graph.getNodeAttribute(b, 'kind')].sort().join(' ');
		const used = new Map<string, Set<string>>();
		graph.forEachEdge((_e, attrs, source, target) => {
			const key = kinds(source, target);
			used.set(key, new Set([...(used.get(key) ?? []), attrs.relation]));
		});
		const kin = new Set(['subtype-of', 'example-of', 'member-of', 'includes']);
		let checked = 0;
		for (const q of generateQuiz(graph, { seed: 5, count: 400 }).filter((q) => q.kind === 'connects')) {
			const right = q.options[q.answer];
			q.options.forEach((o, i) => {
				if (i === q.answer || !('relation' in o)) return;
				expect(used.get(kinds(q.subject, q.object!))!.has(o.relation), q.id).toBe(false);
				if ('relation' in right && kin.has(right.relation)) expect(kin.has(o.relation), q.id).toBe(false);
			});
			checked++;
		}
		expect(checked).toBeGreaterThan(100);
	});

	it('never offers as "wrong" a group of the branch the concept sits in', () => {
		// "Which group does a doctor belong to?": formal, informal and professional groups are all near it.
		for (const q of generateQuiz(graph, { seed: 2, count: 400 }).filter((q) => q.kind === 'belongs' && q.subject === 'dokter'))
			for (const [i, o] of q.options.entries())
				if (i !== q.answer && 'nodes' in o) expect(['kelompok-volunter', 'kelompok-primer']).toContain(o.nodes[0]);
	});

	it('never offers as "wrong" a group the concept also belongs to further up', () => {
		// IAI is an organisasi profesi, a formal occupational group, an occupational group: all true.
		const up = (key: string): Set<string> => {
			const found = new Set<string>();
			const queue = [key];
			while (queue.length)
				for (const edge of graph.outEdges(queue.shift()!))
					if (['member-of', 'example-of', 'subtype-of'].includes(graph.getEdgeAttribute(edge, 'relation')) && !found.has(graph.target(edge))) {
						found.add(graph.target(edge));
						queue.push(graph.target(edge));
					}
			return found;
		};
		let checked = 0;
		for (let seed = 1; seed <= 25; seed++)
			for (const q of generateQuiz(graph, { seed, count: 200 }).filter((q) => q.kind === 'belongs')) {
				const truths = up(q.subject);
				q.options.forEach((o, i) => {
					if (i !== q.answer && 'nodes' in o) expect(truths.has(o.nodes[0]), `${q.id}: ${o.nodes[0]}`).toBe(false);
				});
				checked++;
			}
		expect(checked).toBeGreaterThan(100);
	});

	it('asks which group the doctors association belongs to with kelompok okupasional as the answer when drawn', () => {
		const all = generateQuiz(graph, { seed: 1, count: 200 });
		const idi = all.find((q) => q.id === 'belongs:ikatan-dokter-indonesia--example-of--kelompok-okupasional')!;
		expect(idi.options[idi.answer]).toEqual({ nodes: ['kelompok-okupasional'] });
		const society = all.find((q) => q.id === 'pair:fungsi-bagi-masyarakat')!;
		expect(society.object).toBe('kelompok-okupasional');
	});
});

describe('tour file', () => {
	it('round-trips through JSON and through a link', () => {
		const tour = lessonTour(graph, 'kelompok-volunter')!;
		tour.steps[1].caption = 'Ciri utama: “sukarela” — tanpa bayaran';
		const read = readTourFile(writeTourFile(tour), graph);
		expect(read).toEqual({ ok: true, tour });
		const linked = decodeTourFromUrl(encodeTourForUrl(tour), graph);
		expect(linked.ok && linked.tour.steps).toEqual(tour.steps);
		expect(linked.ok && linked.tour.generated).toBe(false);
	});

	it('names the field at fault', () => {
		const tour = lessonTour(graph, 'kelompok-volunter')!;
		const broken = JSON.parse(writeTourFile(tour));
		broken.steps[2].target.key = 'kelompok-hantu';
		broken.steps[3].passages = ['p-tidak-ada'];
		delete broken.title;
		expect(readTourFile(JSON.stringify(broken), graph)).toEqual({ ok: false, problems: [{ field: 'title', code: 'missing' }] });
		broken.title = 'Tur';
		expect(readTourFile(JSON.stringify(broken), graph)).toEqual({
			ok: false,
			problems: [
				{ field: 'steps.2.target.key', code: 'unknownEdge', detail: 'kelompok-hantu' },
				{ field: 'steps.3.passages.0', code: 'unknownPassage', detail: 'p-tidak-ada' }
			]
		});
		expect(readTourFile('{"steps": [', graph)).toMatchObject({ ok: false, problems: [{ field: '', code: 'notJson' }] });
		expect(readTourFile('{"nodes": []}', graph)).toEqual({ ok: false, problems: [{ field: 'format', code: 'notTour', detail: 'peta-konsep/tour' }] });
		expect(readTourFile(JSON.stringify({ ...broken, version: 9 }), graph)).toMatchObject({ ok: false, problems: [{ field: 'version', code: 'version', detail: '9' }] });
		expect(readTourFile(JSON.stringify({ ...broken, steps: [] }), graph)).toEqual({ ok: false, problems: [{ field: 'steps', code: 'empty' }] });
		expect(decodeTourFromUrl('%%%', graph)).toEqual({ ok: false, problems: [{ field: '', code: 'badLink' }] });
	});
});
