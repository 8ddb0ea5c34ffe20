import { describe, expect, it } from 'vitest';
import { assembleGraph, edgeKey } from '../../src/lib/kg/build/assemble';
import { BuildError } from '../../src/lib/kg/build/errors';
import { checkInvariants } from '../../src/lib/kg/model';
import { tinyKnowledgeBase } from './fixtures/tiny-knowledge-base';

/** Runs the builder on a broken input and returns the problems it names. */
function problemsOf(input: ReturnType<typeof tinyKnowledgeBase>): string[] {
	try {
		assembleGraph(input);
	} catch (error) {
		expect(error).toBeInstanceOf(BuildError);
		return (error as BuildError).problems.map((p) => `${p.where}: ${p.message}`);
	}
	throw new Error('the build was expected to fail');
}

describe('assembleGraph on a valid knowledge base', () => {
	const { graph, warnings } = assembleGraph(tinyKnowledgeBase());

	it('makes one node per concept and one edge per relation, with stable keys', () => {
		expect(graph.nodes()).toEqual(['kelompok-okupasional', 'kelompok-volunter', 'kelompok-dokter']);
		expect(graph.edges()).toEqual([
			edgeKey('kelompok-dokter', 'example-of', 'kelompok-okupasional'),
			edgeKey('kelompok-okupasional', 'contrasts-with', 'kelompok-volunter')
		]);
		expect(warnings).toEqual([]);
	});

	it('grounds mentions in passages, inflected and reduplicated forms included', () => {
		const { documents, passages } = graph.getAttributes();
		const text = (doc: string, s: number, e: number) => documents.find((d) => d.id === doc)!.text.slice(s, e);
		const volunteer = graph.getNodeAttribute('kelompok-volunter', 'mentions');
		expect(volunteer).toHaveLength(1);
		const passage = passages.find((p) => p.id === volunteer[0].passage)!;
		expect(text(passage.doc, volunteer[0].start, volunteer[0].end)).toBe('Kelompok-kelompok volunter');
		// "kelompok dokter" inside the example sentence belongs to the longer concept, not to a shorter one.
		const doctors = graph.getNodeAttribute('kelompok-dokter', 'mentions');
		expect(doctors.map((m) => text('satu', m.start, m.end))).toEqual(['kelompok dokter']);
	});

	it('locates every evidence quote inside its passage', () => {
		const evidence = graph.getEdgeAttribute(edgeKey('kelompok-okupasional', 'contrasts-with', 'kelompok-volunter'), 'evidence');
		expect(evidence.map((s) => s.passage)).toEqual(['satu-p1', 'dua-p1']);
		expect(checkInvariants(graph.export())).toEqual([]);
	});

	it('keeps boilerplate out of the passages', () => {
		expect(graph.getAttribute('passages').some((p) => p.text.includes('Baca Juga'))).toBe(false);
	});
});

describe('assembleGraph names the culprit of every build error', () => {
	it('a quote not found verbatim', () => {
		const input = tinyKnowledgeBase();
		input.relations[0].evidence = 'Contoh kelompok okupasional ialah kelompok dokter';
		expect(problemsOf(input)).toEqual([
			'relation 1 (kelompok-dokter -example-of-> kelompok-okupasional) evidence "Contoh kelompok okupasional ialah kelompok dokter": not found verbatim in any article; copy the exact words (case, punctuation, spaces)'
		]);
	});

	it('a quote that lies only in a heading or boilerplate', () => {
		const input = tinyKnowledgeBase();
		input.relations[0].evidence = 'Baca Juga: Artikel Lain';
		expect(problemsOf(input)[0]).toMatch(/evidence "Baca Juga: Artikel Lain": found only in a heading, dropped boilerplate/);
	});

	it('a concept with no mention', () => {
		const input = tinyKnowledgeBase();
		input.concepts.push({ file: 'extra.yaml', key: 'serikat-pekerja', label: 'Serikat pekerja', labelEn: 'Union', kind: 'group-type', aliases: [] });
		expect(problemsOf(input)).toEqual([
			'concept "serikat-pekerja" (concepts/extra.yaml): no mention found in any passage for ["Serikat pekerja"]; add an alias or a match phrase that occurs in the article text'
		]);
	});

	it('an undeclared kind', () => {
		const input = tinyKnowledgeBase();
		input.concepts[2].kind = 'profession';
		expect(problemsOf(input)).toEqual([
			'concept "kelompok-dokter" (concepts/examples.yaml): kind "profession" is not declared in ontology.yaml'
		]);
	});

	it('an undeclared relation type', () => {
		const input = tinyKnowledgeBase();
		input.relations[0].relation = 'instance-of';
		expect(problemsOf(input)).toEqual([
			'relation 1 (kelompok-dokter -instance-of-> kelompok-okupasional): relation "instance-of" is not declared in ontology.yaml'
		]);
	});

	it('a relation to an unknown concept', () => {
		const input = tinyKnowledgeBase();
		input.relations[0].target = 'kelompok-okupasi';
		expect(problemsOf(input)).toEqual([
			'relation 1 (kelompok-dokter -example-of-> kelompok-okupasi): unknown target concept "kelompok-okupasi"'
		]);
	});

	it('a duplicate concept key', () => {
		const input = tinyKnowledgeBase();
		input.concepts.push({ ...input.concepts[0], file: 'again.yaml' });
		expect(problemsOf(input)).toEqual([
			'concept "kelompok-okupasional" (concepts/again.yaml): key already used in concepts/groups.yaml; keys must be unique'
		]);
	});

	it('a duplicate relation', () => {
		const input = tinyKnowledgeBase();
		input.relations.push({ ...input.relations[0] });
		expect(problemsOf(input)).toEqual([
			'relation 3 (kelompok-dokter -example-of-> kelompok-okupasional): duplicate of an earlier relation'
		]);
	});

	it('a self-loop', () => {
		const input = tinyKnowledgeBase();
		input.relations[0].target = 'kelompok-dokter';
		expect(problemsOf(input)).toContain('relation 1 (kelompok-dokter -example-of-> kelompok-dokter): a concept cannot relate to itself');
	});

	it('a missing corpus file', () => {
		const input = tinyKnowledgeBase();
		delete input.texts['dua.txt'];
		expect(problemsOf(input)[0]).toBe('corpus.yaml document "dua": file corpus/dua.txt is missing');
	});

	it('a kind declared twice', () => {
		const input = tinyKnowledgeBase();
		input.ontology.kinds.push(input.ontology.kinds[0]);
		expect(problemsOf(input)).toEqual(['ontology.yaml kind "group-type": declared twice']);
	});

	it('an edge whose evidence names only one of its ends', () => {
		const input = tinyKnowledgeBase();
		// "kelompok dokter" alone: the quote never says what it is an example of.
		input.relations[0].evidence = 'kelompok dokter';
		expect(problemsOf(input)).toEqual([
			'relation 1 (kelompok-dokter -example-of-> kelompok-okupasional) in relations.yaml: its evidence never names "kelompok-okupasional" (Kelompok okupasional): no quote and no heading of the quoted passages mentions it. Quote the sentence that names it as well (for a pronoun such as "Mereka" or "Hal ini", the sentence with its antecedent), or, if the text names it in words the concept does not know, add them to its aliases or match phrases in concepts/groups.yaml'
		]);
	});

	it('an edge stated through a pronoun passes once the antecedent is quoted too', () => {
		const input = tinyKnowledgeBase();
		input.texts['dua.txt'] = 'Artikel Dua\n\nKelompok-kelompok volunter terdiri atas para sukarelawan. Mereka berbeda dengan kelompok okupasional.\n\nBaca Juga: Artikel Lain';
		input.relations[1].evidence = 'Mereka berbeda dengan kelompok okupasional.';
		expect(problemsOf(input)).toEqual([
			expect.stringMatching(/^relation 2 \(kelompok-okupasional -contrasts-with-> kelompok-volunter\) in relations\.yaml: its evidence never names "kelompok-volunter"/)
		]);
		input.relations[1].evidence = ['Kelompok-kelompok volunter terdiri atas para sukarelawan.', 'Mereka berbeda dengan kelompok okupasional.'];
		expect(() => assembleGraph(input)).not.toThrow();
	});

	it('an end named only by the heading of the quoted passage is named', () => {
		const input = tinyKnowledgeBase();
		// The passage sits under the heading "Kelompok Volunter".
		input.relations[1].evidence = ['Kelompok okupasional adalah kelompok orang yang melakukan pekerjaan sejenis.', 'para sukarelawan yang bekerja tanpa bayaran'];
		expect(() => assembleGraph(input)).not.toThrow();
	});

	it('a passage that is boilerplate the segmenter let through', () => {
		const input = tinyKnowledgeBase();
		input.texts['dua.txt'] = [
			'Kelompok Volunter',
			'',
			'Kelompok-kelompok volunter terdiri atas para sukarelawan. Terima kasih telah membaca artikel ini. Mereka bekerja tanpa bayaran.',
			'',
			'kelompok sosial, kelompok volunter, pengertian kelompok volunter, voluntary group, kelompok relawan, pengertian kelompok relawan',
			'',
			'Ciri-ciri kelompok volunter di antaranya:',
			'',
			'Penutup',
			'',
			'Isi penutup tentang kelompok volunter. Baca juga: Artikel Lain'
		].join('\n');
		input.relations[1].evidence = ['Kelompok okupasional adalah kelompok orang yang melakukan pekerjaan sejenis.', 'Kelompok-kelompok volunter terdiri atas para sukarelawan.'];
		// The keyword list and the trailing "Baca juga" are dropped by the segmenter's noise rules (noise.ts);
		// what it still lets through, the build names.
		expect(problemsOf(input)).toEqual([
			'passage dua-p1 (corpus/dua.txt): holds a sign-off: "Terima kasih telah membaca artikel ini.". The corpus stays verbatim: teach the segmenter to drop or join it (src/lib/kg/text/segment.ts, patterns in src/lib/kg/text/boilerplate.ts)',
			expect.stringMatching(/^passage dua-p2 \(corpus\/dua\.txt\): holds a list lead-in without its list: "Ciri-ciri kelompok volunter di antaranya:"/)
		]);
	});

	it('two concepts that share a name', () => {
		const input = tinyKnowledgeBase();
		input.concepts[2].aliases = ['Kelompok  Volunter'];
		expect(problemsOf(input)).toEqual([
			'concept "kelompok-dokter" (concepts/examples.yaml): its alias "Kelompok  Volunter" is also the label of concept "kelompok-volunter" (concepts/groups.yaml); one name, one concept: merge the two, or keep the name on the concept it belongs to'
		]);
	});

	it('two edges that join the same pair by the same relation, either way round', () => {
		const input = tinyKnowledgeBase();
		input.relations.push({ ...input.relations[1], source: 'kelompok-volunter', target: 'kelompok-okupasional' });
		expect(problemsOf(input)).toEqual([
			'relation 3 (kelompok-volunter -contrasts-with-> kelompok-okupasional): joins the same two concepts by the same relation as relation 2 (kelompok-okupasional -contrasts-with-> kelompok-volunter); keep one of them in relations.yaml'
		]);
	});
});
