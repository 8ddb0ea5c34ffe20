import {
	SCHEMA_VERSION,
	checkInvariants,
	createKnowledgeGraph,
	type KgDocument,
	type KnowledgeGraph,
	type Passage
} from '../model';
import type { BuildInput } from './curation';
import { checkDistinctNames } from './distinct-names';
import { BuildError, type BuildProblem } from './errors';
import { locateEvidence } from './evidence';
import { checkEvidenceNamesEnds, type EdgeOrigin } from './evidence-names-ends';
import { findMentions } from './mentions';
import { checkPassagesClean } from './passage-noise';
import { segmentCorpus } from './passages';
import { checkTeaching } from './teaching';

export interface AssembledGraph {
	graph: KnowledgeGraph;
	/** Things worth a look that do not break the contract (e.g. a concept with no relation). */
	warnings: BuildProblem[];
}

/** The stable key of a curated relation: one edge per (source, relation, target). */
export function edgeKey(source: string, relation: string, target: string): string {
	return `${source}--${relation}--${target}`;
}

/**
 * Corpus + curation → the grounded graph of the contract. Collects every problem
 * before failing, so one run shows the curator everything to fix.
 */
export function assembleGraph(input: BuildInput): AssembledGraph {
	const problems: BuildProblem[] = [];
	const warnings: BuildProblem[] = [];

	const documents: KgDocument[] = [];
	for (const spec of input.corpus.documents) {
		const text = input.texts[spec.file];
		if (text === undefined) {
			problems.push({ where: `corpus.yaml document "${spec.id}"`, message: `file corpus/${spec.file} is missing` });
			continue;
		}
		documents.push({
			id: spec.id,
			source: spec.file,
			title: spec.title,
			language: spec.language,
			text,
			...(spec.origin ? { origin: spec.origin } : {})
		});
	}
	reportDuplicates(input.corpus.documents.map((d) => d.id), 'corpus.yaml', 'document id', problems);
	reportDuplicates(input.ontology.kinds.map((k) => k.id), 'ontology.yaml', 'kind', problems);
	reportDuplicates(input.ontology.relations.map((r) => r.id), 'ontology.yaml', 'relation', problems);
	problems.push(...checkTeaching(input.ontology.relations));

	const passages = segmentCorpus(documents);
	const passagesByDoc = new Map<string, Passage[]>();
	for (const p of passages) passagesByDoc.set(p.doc, [...(passagesByDoc.get(p.doc) ?? []), p]);
	for (const doc of documents) {
		if (!passagesByDoc.has(doc.id))
			problems.push({ where: `document "${doc.id}" (${doc.source})`, message: 'has no passage after segmentation' });
	}
	problems.push(...checkPassagesClean(passages, documents));

	const kinds = new Set(input.ontology.kinds.map((k) => k.id));
	const relationTypes = new Set(input.ontology.relations.map((r) => r.id));
	const conceptFile = new Map<string, string>();
	for (const concept of input.concepts) {
		const where = `concept "${concept.key}" (concepts/${concept.file})`;
		const earlier = conceptFile.get(concept.key);
		if (earlier) problems.push({ where, message: `key already used in concepts/${earlier}; keys must be unique` });
		else conceptFile.set(concept.key, concept.file);
		if (!kinds.has(concept.kind))
			problems.push({ where, message: `kind "${concept.kind}" is not declared in ontology.yaml` });
	}
	problems.push(...checkDistinctNames(input.concepts));

	const mentions = findMentions(input.concepts, passages);
	const graph = createKnowledgeGraph();
	graph.replaceAttributes({
		schema: SCHEMA_VERSION,
		title: input.corpus.title,
		language: input.corpus.language,
		documents,
		passages,
		kinds: input.ontology.kinds,
		relations: input.ontology.relations
	});
	for (const concept of input.concepts) {
		if (graph.hasNode(concept.key)) continue;
		const spans = mentions.get(concept.key) ?? [];
		if (spans.length === 0)
			problems.push({
				where: `concept "${concept.key}" (concepts/${concept.file})`,
				message: `no mention found in any passage for ${JSON.stringify(concept.match ?? [concept.label, ...concept.aliases])}; add an alias or a match phrase that occurs in the article text`
			});
		graph.addNode(concept.key, {
			label: concept.label,
			labelEn: concept.labelEn,
			kind: concept.kind,
			aliases: concept.aliases,
			...(concept.gloss ? { gloss: concept.gloss } : {}),
			...(concept.glossEn ? { glossEn: concept.glossEn } : {}),
			mentions: spans
		});
	}

	const origins = new Map<string, EdgeOrigin>();
	/** The first relation joining each pair of concepts, either way round, by each relation type. */
	const pairs = new Map<string, number>();
	for (const [i, relation] of input.relations.entries()) {
		const { source, target } = relation;
		const where = `relation ${i + 1} (${source} -${relation.relation}-> ${target})`;
		const before = problems.length;
		if (!graph.hasNode(source)) problems.push({ where, message: `unknown source concept "${source}"` });
		if (!graph.hasNode(target)) problems.push({ where, message: `unknown target concept "${target}"` });
		if (!relationTypes.has(relation.relation))
			problems.push({ where, message: `relation "${relation.relation}" is not declared in ontology.yaml` });
		if (source === target) problems.push({ where, message: 'a concept cannot relate to itself' });
		const key = edgeKey(source, relation.relation, target);
		if (graph.hasEdge(key)) problems.push({ where, message: 'duplicate of an earlier relation' });
		else {
			const pair = [[source, target].sort().join(' '), relation.relation].join(' ');
			const earlier = pairs.get(pair);
			if (earlier !== undefined)
				problems.push({
					where,
					message: `joins the same two concepts by the same relation as relation ${earlier + 1} (${input.relations[earlier].source} -${relation.relation}-> ${input.relations[earlier].target}); keep one of them in relations.yaml`
				});
			else pairs.set(pair, i);
		}
		const quotes = typeof relation.evidence === 'string' ? [relation.evidence] : relation.evidence;
		const evidence = [];
		for (const quote of quotes) {
			const found = locateEvidence(quote, documents, passagesByDoc);
			if (found.ok) evidence.push(...found.spans);
			else
				problems.push({
					where: `${where} evidence ${JSON.stringify(quote)}`,
					message:
						found.reason === 'not-in-corpus'
							? 'not found verbatim in any article; copy the exact words (case, punctuation, spaces)'
							: 'found only in a heading, dropped boilerplate or across two passages; quote body text within one passage'
				});
		}
		if (problems.length === before) {
			graph.addEdgeWithKey(key, source, target, { relation: relation.relation, evidence });
			origins.set(key, { index: i + 1 });
		}
	}
	problems.push(...checkEvidenceNamesEnds(graph, input.concepts, origins));

	graph.forEachNode((key) => {
		if (graph.degree(key) === 0)
			warnings.push({ where: `concept "${key}" (concepts/${conceptFile.get(key)})`, message: 'has no relation' });
	});

	if (problems.length === 0) {
		// The contract's own invariants, as every reader of graph.json checks them.
		for (const p of checkInvariants(graph.export())) problems.push({ where: p.path, message: p.message });
	}
	if (problems.length > 0) throw new BuildError(problems);
	return { graph, warnings };
}

function reportDuplicates(ids: string[], file: string, what: string, problems: BuildProblem[]): void {
	const seen = new Set<string>();
	for (const id of ids) {
		if (seen.has(id)) problems.push({ where: `${file} ${what} "${id}"`, message: 'declared twice' });
		seen.add(id);
	}
}
