/**
 * Accepted suggestions → a graph of the contract. The review step accepts, rejects, renames,
 * retypes and merges; `defaultSelection` is what it starts from (and what the CLI writes).
 */
import {
	SCHEMA_VERSION,
	checkInvariants,
	createKnowledgeGraph,
	type Kind,
	type KnowledgeGraph,
	type RelationType,
	type Span
} from '../model';
import { layoutExtractedGraph } from './layout';
import type { Extraction } from './types';

/** Relations at least this sure are accepted by default, with both their concepts. */
export const RELATION_THRESHOLD = 0.6;
/**
 * A concept no accepted relation touches is accepted by default only when this sure: one a
 * structural signal named (an example, a genus, an item of a list) is, even when whose it is was
 * only guessed; a phrase only said often (a key phrase, about 0.4–0.5) is not.
 */
const LONE_CONCEPT_THRESHOLD = 0.57;

export interface ConceptChoice {
	key: string;
	label?: string;
	labelEn?: string;
	kind?: string;
	/** Folds this concept into another accepted one: its names become aliases, its mentions join. */
	mergeInto?: string;
}

export interface RelationChoice {
	key: string;
	/** Another relation type for the same pair. */
	relation?: string;
	/** Swaps source and target. */
	reverse?: boolean;
}

export interface Selection {
	concepts: ConceptChoice[];
	relations: RelationChoice[];
}

/** The vocabularies of the map (ontology.yaml's, or the open map's). */
export interface Vocabulary {
	kinds: Kind[];
	relations: RelationType[];
}

export interface BuildOptions {
	title?: string;
	/** Positions the nodes; the default is the DOM-free ForceAtlas2 layout. Pass `false` to skip. */
	layout?: ((graph: KnowledgeGraph) => void) | false;
}

export class SelectionError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'SelectionError';
	}
}

export function defaultSelection(extraction: Extraction): Selection {
	const relations = extraction.relations.filter((r) => r.confidence >= RELATION_THRESHOLD);
	const touched = new Set(relations.flatMap((r) => [r.source, r.target]));
	const concepts = extraction.concepts.filter((c) => touched.has(c.key) || c.confidence >= LONE_CONCEPT_THRESHOLD);
	return { concepts: concepts.map((c) => ({ key: c.key })), relations: relations.map((r) => ({ key: r.key })) };
}

export function buildGraph(extraction: Extraction, selection: Selection, vocabulary: Vocabulary, options: BuildOptions = {}): KnowledgeGraph {
	const kinds = new Set(vocabulary.kinds.map((k) => k.id));
	const relationTypes = new Set(vocabulary.relations.map((r) => r.id));
	const suggested = new Map(extraction.concepts.map((c) => [c.key, c]));
	const graph = createKnowledgeGraph();
	graph.replaceAttributes({
		schema: SCHEMA_VERSION,
		title: options.title ?? extraction.title,
		language: extraction.language,
		documents: extraction.documents,
		passages: extraction.passages,
		kinds: vocabulary.kinds,
		relations: vocabulary.relations
	});

	const target = new Map<string, string>();
	for (const choice of selection.concepts) {
		const concept = suggested.get(choice.key);
		if (!concept) throw new SelectionError(`unknown concept "${choice.key}": choose among the extraction's concepts`);
		if (choice.mergeInto) continue;
		const kind = choice.kind ?? concept.kind;
		if (!kinds.has(kind)) throw new SelectionError(`concept "${choice.key}": kind "${kind}" is not among the map's kinds`);
		graph.addNode(choice.key, {
			label: choice.label?.trim() || concept.label,
			labelEn: choice.labelEn ?? concept.labelEn,
			kind,
			aliases: [...concept.aliases],
			mentions: [...concept.mentions]
		});
		target.set(choice.key, choice.key);
	}
	for (const choice of selection.concepts) {
		if (!choice.mergeInto) continue;
		const into = target.get(choice.mergeInto);
		if (!into) throw new SelectionError(`concept "${choice.key}" is merged into "${choice.mergeInto}", which is not accepted`);
		const from = suggested.get(choice.key)!;
		graph.updateNodeAttributes(into, (attrs) => ({
			...attrs,
			aliases: unique([...attrs.aliases, from.label, ...from.aliases].filter((a) => a !== attrs.label)),
			mentions: uniqueSpans([...attrs.mentions, ...from.mentions])
		}));
		target.set(choice.key, into);
	}

	const relations = new Map(extraction.relations.map((r) => [r.key, r]));
	for (const choice of selection.relations) {
		const r = relations.get(choice.key);
		if (!r) throw new SelectionError(`unknown relation "${choice.key}": choose among the extraction's relations`);
		const relation = choice.relation ?? r.relation;
		if (!relationTypes.has(relation)) throw new SelectionError(`relation "${choice.key}": type "${relation}" is not among the map's relations`);
		let source = target.get(r.source);
		let targetKey = target.get(r.target);
		if (!source || !targetKey || source === targetKey) continue;
		if (choice.reverse) [source, targetKey] = [targetKey, source];
		const key = `${source}--${relation}--${targetKey}`;
		if (graph.hasEdge(key)) graph.updateEdgeAttribute(key, 'evidence', (e) => uniqueSpans([...(e ?? []), ...r.evidence]));
		else graph.addEdgeWithKey(key, source, targetKey, { relation, evidence: [...r.evidence] });
	}

	const problems = checkInvariants(graph.export());
	if (problems.length > 0) throw new SelectionError(problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
	if (options.layout !== false) (options.layout ?? layoutExtractedGraph)(graph);
	return graph;
}

const unique = (list: string[]) => [...new Set(list)];

function uniqueSpans(spans: Span[]): Span[] {
	const seen = new Set<string>();
	return spans.filter((s) => {
		const id = `${s.passage}:${s.start}:${s.end}`;
		if (seen.has(id)) return false;
		seen.add(id);
		return true;
	});
}
