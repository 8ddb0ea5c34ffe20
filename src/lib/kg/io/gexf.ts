/**
 * GEXF 1.3 (Gephi). Gephi sees typed columns it can use (label, labelEn,
 * kind, aliases, centrality); what GEXF has no type for (mentions, evidence,
 * documents, passages) travels as JSON strings so a round trip loses nothing.
 */
import Graph from 'graphology';
import { write } from 'graphology-gexf';
import createGexfParser from 'graphology-gexf/common/parser.js';
import type { Lang } from '../lang';
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from '../model';
import { checkText, failure, type ImportResult } from './errors';
import { encodeGraphAttributes, importDecodedGraph } from './xml-attributes';
import { checkXmlSafety } from './xml-safety';
import { checkXmlGraph, parseXml, xmlDocumentConstructor, XmlDomParser } from './xml';

let parseGexfDocument: ReturnType<typeof createGexfParser> | undefined;

export function parse(text: string): ImportResult {
	const textProblem = checkText(text);
	if (textProblem) return { ok: false, error: textProblem };
	const xml = parseXml(text, 'GEXF', 'gexf');
	if (!xml.ok) return xml;
	const structural = checkXmlSafety(xml.document) ?? checkXmlGraph(xml.document);
	if (structural) return { ok: false, error: structural };

	parseGexfDocument ??= createGexfParser(XmlDomParser, xmlDocumentConstructor());
	let parsed: Graph;
	try {
		parsed = parseGexfDocument(Graph, xml.document, { allowUndeclaredAttributes: true });
	} catch (error) {
		return failure('schema', { problem: String((error as Error).message ?? error) });
	}
	return importDecodedGraph(parsed);
}

export interface GexfSerializeOptions {
	/** Centrality per node key, written as a numeric column Gephi can size nodes by. */
	centrality?: Record<string, number>;
	/** Language of edge labels shown in Gephi. */
	lang?: Lang;
}

export function serialize(graph: KnowledgeGraph, options: GexfSerializeOptions = {}): string {
	const { kinds, relations } = graph.getAttributes();
	const kindColor = new Map((kinds ?? []).map((kind) => [kind.id, kind.color]));
	const relationLabel = new Map(
		(relations ?? []).map((relation) => [relation.id, options.lang === 'en' ? relation.label.en : relation.label.id])
	);
	// The writer takes graph attributes from the graph itself; a copy carries the encoded ones.
	const carrier = graph.copy() as unknown as Graph;
	carrier.replaceAttributes(encodeGraphAttributes(graph));

	const gexf = write(carrier, {
		version: '1.3',
		formatNode: (key, raw) => {
			const node = raw as NodeAttributes;
			const centrality = options.centrality?.[key] ?? (raw as { centrality?: unknown }).centrality;
			const color = kindColor.get(node.kind);
			return {
				label: node.label,
				attributes: {
					labelEn: node.labelEn,
					kind: node.kind,
					aliases: node.aliases.join(' | '),
					aliasesJson: JSON.stringify(node.aliases),
					gloss: node.gloss,
					glossEn: node.glossEn,
					mentions: JSON.stringify(node.mentions ?? []),
					...(typeof centrality === 'number' && Number.isFinite(centrality) ? { centrality } : {})
				},
				viz: {
					...(color && /^#[0-9a-f]{6}$/i.test(color) ? { color } : {}),
					...(node.x !== undefined ? { x: node.x } : {}),
					...(node.y !== undefined ? { y: node.y } : {})
				}
			};
		},
		formatEdge: (_key, raw) => {
			const edge = raw as EdgeAttributes;
			return {
				label: relationLabel.get(edge.relation) || edge.relation,
				attributes: { relation: edge.relation, evidence: JSON.stringify(edge.evidence ?? []) }
			};
		}
	});
	// The writer types a column by its first value: a centrality of exactly 0 or 1 would make it integer.
	return gexf.replace(/(<attribute id="centrality" title="centrality" type=")(?:integer|long)"/, '$1double"');
}
