/** What each relation teaches comes from the ontology: checked by the build, carried in the map, read by the tours and the quiz. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readKnowledgeBase } from '../../graph/read-knowledge-base';
import { assembleGraph } from '../../src/lib/kg/build/assemble';
import { BuildError } from '../../src/lib/kg/build/errors';
import { validateSerializedGraph, type KnowledgeGraph } from '../../src/lib/kg/model';
import { lessonTour } from '../../src/lib/kg/query/lesson-tour';
import { generateQuiz } from '../../src/lib/kg/query/quiz';
import { confusableFamilies, relationTeaching, sectionRelations } from '../../src/lib/kg/relation-teaching';

let graph: KnowledgeGraph;
beforeAll(() => {
	graph = assembleGraph(readKnowledgeBase('graph')).graph;
});

let dir = '';
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

/** The problems of building the real knowledge base with its ontology edited. */
function problemsWithOntology(edit: (yaml: string) => string): string[] {
	dir = mkdtempSync(join(tmpdir(), 'kb-'));
	cpSync('graph', dir, { recursive: true });
	const file = join(dir, 'ontology.yaml');
	const edited = edit(readFileSync(file, 'utf8'));
	expect(edited).not.toBe(readFileSync(file, 'utf8'));
	writeFileSync(file, edited);
	try {
		assembleGraph(readKnowledgeBase(dir));
	} catch (error) {
		expect(error).toBeInstanceOf(BuildError);
		return (error as BuildError).problems.map((p) => `${p.where}: ${p.message}`);
	}
	throw new Error('the build was expected to fail');
}

/** The same map as an older or imported one: relations without what they teach. */
function withoutTeaching(map: KnowledgeGraph): KnowledgeGraph {
	const copy = map.copy() as KnowledgeGraph;
	copy.setAttribute('relations', map.getAttribute('relations').map(({ id, label }) => ({ id, label })));
	return copy;
}

describe('the ontology says what each relation teaches', () => {
	it('and graph.json carries it for every relation', () => {
		const relations = graph.getAttribute('relations');
		expect(relations.length).toBeGreaterThan(20);
		for (const relation of relations) expect(relation.teaching, relation.id).toBeDefined();
		expect(relations.find((r) => r.id === 'subtype-of')?.teaching?.tour).toEqual({ section: 'types', about: 'target' });
	});

	it('fails the build, naming the relation, where one says nothing', () => {
		const problems = problemsWithOntology((yaml) =>
			yaml.replace(/(- id: upholds\n\s+label: .*\n)\s+teaching:\n\s+tour: .*\n\s+quiz: .*\n/, '$1')
		);
		expect(problems).toEqual([expect.stringMatching(/^ontology\.yaml relation "upholds": says nothing of what it teaches: add teaching: /)]);
	});

	it('fails the build on a section that does not exist, listing the real ones', () => {
		const problems = problemsWithOntology((yaml) => yaml.replace('section: functions,', 'section: function,'));
		expect(problems).toEqual([
			'ontology.yaml at relations.5.teaching.tour.section: "function" is not a tour section; the sections are types, characteristics, functions, roles, examples, challenges, comparison'
		]);
	});

	it('fails the build on an unknown quiz role and on a family of one', () => {
		expect(problemsWithOntology((yaml) => yaml.replace('roles: [owns]', 'roles: [own]'))[0]).toMatch(/"own" is not a quiz role; the roles are belongs, taxonomy, lists, owns$/);
		expect(problemsWithOntology((yaml) => yaml.replace('families: [contrast] }\n  - id: differs-by', 'families: [kontras] }\n  - id: differs-by'))).toEqual([
			'ontology.yaml relation "contrasts-with": is the only relation of the quiz family "kontras": a family names relations a learner could take for one another; add the others to it or drop it',
			'ontology.yaml relation "differs-by": is the only relation of the quiz family "contrast": a family names relations a learner could take for one another; add the others to it or drop it'
		]);
	});
});

describe('the tours and the quiz follow it', () => {
	it('a new relation type fills its section with one declaration', () => {
		const map = graph.copy() as KnowledgeGraph;
		map.setAttribute('relations', [
			...map.getAttribute('relations'),
			{ id: 'is-studied-by', label: { id: 'dipelajari oleh', en: 'is studied by' }, teaching: { tour: { section: 'roles', about: 'source' }, quiz: { roles: [], families: ['attribute'] } } }
		]);
		const evidence = map.getEdgeAttribute(map.edges()[0], 'evidence');
		map.addEdgeWithKey('kelompok-okupasional--is-studied-by--kelompok-volunter', 'kelompok-okupasional', 'kelompok-volunter', { relation: 'is-studied-by', evidence });
		const steps = lessonTour(map, 'kelompok-okupasional', { perSection: 99 })!.steps;
		expect(steps.find((s) => s.target.key === 'kelompok-okupasional--is-studied-by--kelompok-volunter')?.section).toBe('roles');
		expect(confusableFamilies(map).find((f) => f.has('is-studied-by'))).toContain('has-role');
	});

	it('an older or imported map without it teaches what the ontology said for its relation ids', () => {
		const older = withoutTeaching(graph);
		expect(sectionRelations(older)).toEqual(sectionRelations(graph));
		expect(relationTeaching(older)).toEqual(relationTeaching(graph));
		for (const key of graph.nodes()) expect(lessonTour(older, key), key).toEqual(lessonTour(graph, key));
		expect(generateQuiz(older, { seed: 5, count: 10_000 })).toEqual(generateQuiz(graph, { seed: 5, count: 10_000 }));
	});

	it('relations it does not know teach nothing, so a foreign map has no generated sections', () => {
		const map = withoutTeaching(graph);
		map.setAttribute('relations', map.getAttribute('relations').map((r) => ({ ...r, id: `x-${r.id}` })));
		expect(sectionRelations(map).every((s) => s.relations.length === 0)).toBe(true);
		expect(confusableFamilies(map)).toEqual([]);
	});

	it('the file keeps it; a teaching this version cannot read is left out, not a refusal', () => {
		const data = JSON.parse(JSON.stringify(graph.export()));
		const kept = validateSerializedGraph(data);
		expect(kept.ok && kept.graph.getAttribute('relations')).toEqual(graph.getAttribute('relations'));
		data.attributes.relations[0].teaching = { tour: { section: 'history', about: 'source' }, quiz: { roles: [], families: [] } };
		const read = validateSerializedGraph(data);
		expect(read.ok).toBe(true);
		if (read.ok) {
			expect(read.graph.getAttribute('relations')[0].teaching).toBeUndefined();
			expect(relationTeaching(read.graph)[0]).toEqual(relationTeaching(graph)[0]);
		}
	});
});
