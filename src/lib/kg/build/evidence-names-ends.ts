/**
 * A relation shown in class must be stated, not merely nearby: each end of an edge is
 * named inside the edge's evidence spans (a list's lead-in and its item may be two
 * spans), or by the heading of a passage the evidence lies in. "Named" means one of the
 * concept's phrases (its match list, else label and aliases) occurs there, stem-matched,
 * so "dokter spesialis" names Dokter as well as Dokter spesialis.
 */
import type { KnowledgeGraph, Span } from '../model';
import { createPhraseMatcher, type PhraseMatcher } from '../text/match';
import type { SourcedConcept } from './curation';
import type { BuildProblem } from './errors';
import { conceptPhrases } from './mentions';

export interface EdgeOrigin {
	/** 1-based position of the relation in relations.yaml. */
	index: number;
}

export function checkEvidenceNamesEnds(
	graph: KnowledgeGraph,
	concepts: SourcedConcept[],
	origins: ReadonlyMap<string, EdgeOrigin>
): BuildProblem[] {
	const matchers = new Map<string, PhraseMatcher>();
	const files = new Map(concepts.map((c) => [c.key, c.file]));
	for (const concept of concepts)
		matchers.set(concept.key, createPhraseMatcher(conceptPhrases(concept).map((phrase) => ({ id: concept.key, phrase }))));
	const { documents, passages } = graph.getAttributes();
	const passageById = new Map(passages.map((p) => [p.id, p]));
	const textOf = new Map(documents.map((d) => [d.id, d.text]));
	const spanText = (span: Span) => {
		const passage = passageById.get(span.passage);
		return passage ? textOf.get(passage.doc)!.slice(span.start, span.end) : '';
	};

	const problems: BuildProblem[] = [];
	graph.forEachEdge((edge, attrs, source, target) => {
		const headings = [...new Set(attrs.evidence.map((s) => passageById.get(s.passage)?.heading).filter((h) => h !== undefined))];
		const names = (key: string) => {
			const matcher = matchers.get(key);
			if (!matcher) return true;
			return attrs.evidence.some((span) => matcher.find(spanText(span)).length > 0) || headings.some((h) => matcher.find(h).length > 0);
		};
		for (const end of [source, target]) {
			if (names(end)) continue;
			const at = origins.get(edge)?.index;
			problems.push({
				where: `relation ${at ?? '?'} (${source} -${attrs.relation}-> ${target}) in relations.yaml`,
				message: `its evidence never names "${end}" (${graph.getNodeAttribute(end, 'label')}): no quote and no heading of the quoted passages mentions it. Quote the sentence that names it as well (for a pronoun such as "Mereka" or "Hal ini", the sentence with its antecedent), or, if the text names it in words the concept does not know, add them to its aliases or match phrases in concepts/${files.get(end) ?? '?'}`
			});
		}
	});
	return problems;
}
