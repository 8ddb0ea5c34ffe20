/**
 * A Cypher script that loads the graph into Neo4j as is (cypher-shell,
 * Neo4j Browser): one statement per line, MERGE so running it twice is harmless.
 */
import type { KnowledgeGraph, Span } from '../model';

/** A single-quoted Cypher string literal. */
export function cypherString(value: string): string {
	const escaped = value
		.replace(/\\/g, '\\\\')
		.replace(/'/g, "\\'")
		.replace(/\r/g, '\\r')
		.replace(/\n/g, '\\n')
		.replace(/\t/g, '\\t');
	return `'${escaped}'`;
}

/** `is-a` → `IS_A`; anything that would not be a plain identifier is backtick-quoted. */
export function relationshipType(relation: string): string {
	const type = relation
		.trim()
		.replace(/([a-z0-9])([A-Z])/g, '$1_$2')
		.replace(/[^A-Za-z0-9]+/g, '_')
		.replace(/^_+|_+$/g, '')
		.toUpperCase();
	if (/^[A-Z][A-Z0-9_]*$/.test(type)) return type;
	return '`' + (type || 'RELATED_TO').replace(/`/g, '``') + '`';
}

function listLiteral(values: string[]): string {
	return `[${values.map(cypherString).join(', ')}]`;
}

/** The words of an edge's evidence spans, cut from the document text. */
function evidenceReader(graph: KnowledgeGraph): (spans: Span[]) => string {
	const { passages = [], documents = [] } = graph.getAttributes();
	const passageDoc = new Map(passages.map((p) => [p.id, p.doc]));
	const documentText = new Map(documents.map((d) => [d.id, d.text]));
	return (spans) =>
		spans
			.flatMap((span) => {
				const text = documentText.get(passageDoc.get(span.passage) ?? '');
				return text === undefined ? [] : [text.slice(span.start, span.end)];
			})
			.join(' … ');
}

export function serializeCypher(graph: KnowledgeGraph): string {
	const lines = [
		// A uniqueness constraint makes MERGE on key an index lookup instead of a scan.
		'CREATE CONSTRAINT concept_key IF NOT EXISTS FOR (n:Concept) REQUIRE n.key IS UNIQUE;'
	];
	graph.forEachNode((key, node) => {
		const properties = [
			`n.label = ${cypherString(node.label)}`,
			`n.labelEn = ${cypherString(node.labelEn ?? '')}`,
			`n.kind = ${cypherString(node.kind)}`,
			`n.aliases = ${listLiteral(node.aliases ?? [])}`
		];
		if (node.gloss !== undefined) properties.push(`n.gloss = ${cypherString(node.gloss)}`);
		if (node.glossEn !== undefined) properties.push(`n.glossEn = ${cypherString(node.glossEn)}`);
		lines.push(`MERGE (n:Concept {key: ${cypherString(key)}}) SET ${properties.join(', ')};`);
	});
	const evidenceText = evidenceReader(graph);
	graph.forEachEdge((key, edge, source, target) => {
		lines.push(
			`MATCH (a:Concept {key: ${cypherString(source)}}), (b:Concept {key: ${cypherString(target)}}) ` +
				`MERGE (a)-[r:${relationshipType(edge.relation)} {key: ${cypherString(key)}}]->(b) ` +
				`SET r.relation = ${cypherString(edge.relation)}, r.evidence = ${cypherString(evidenceText(edge.evidence ?? []))};`
		);
	});
	return lines.join('\n') + '\n';
}

export const serialize = serializeCypher;
