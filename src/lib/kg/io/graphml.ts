/**
 * GraphML (yEd, Gephi, Cytoscape desktop, NetworkX). graphology-graphml only
 * reads, so the writer is here: typed <key> declarations, escaped values, and
 * the same JSON-string convention as GEXF for what GraphML has no type for.
 */
import Graph from 'graphology';
import createGraphmlParser from 'graphology-graphml/common/parser.js';
import type { KnowledgeGraph } from '../model';
import { checkText, failure, type ImportResult } from './errors';
import { encodeGraphAttributes, importDecodedGraph } from './xml-attributes';
import { checkXmlSafety, graphmlStructureNotes } from './xml-safety';
import { checkXmlGraph, escapeXmlAttribute, escapeXmlText, parseXml, xmlDocumentConstructor, XmlDomParser } from './xml';

let parseGraphmlDocument: ReturnType<typeof createGraphmlParser> | undefined;

export function parse(text: string): ImportResult {
	const textProblem = checkText(text);
	if (textProblem) return { ok: false, error: textProblem };
	const xml = parseXml(text, 'GraphML', 'graphml');
	if (!xml.ok) return xml;
	if (xml.document.getElementsByTagName('graph').length === 0)
		return failure('wrong-format', { expected: 'GraphML', found: 'GraphML without a <graph>' });
	const structural = checkXmlSafety(xml.document) ?? checkXmlGraph(xml.document);
	if (structural) return { ok: false, error: structural };

	parseGraphmlDocument ??= createGraphmlParser(XmlDomParser, xmlDocumentConstructor());
	let parsed: Graph;
	try {
		parsed = parseGraphmlDocument(Graph, xml.document);
	} catch (error) {
		return failure('schema', { problem: String((error as Error).message ?? error) });
	}
	const result = importDecodedGraph(parsed);
	if (result.ok) result.notes = [...graphmlStructureNotes(xml.document), ...(result.notes ?? [])];
	return result;
}

type KeyDomain = 'graph' | 'node' | 'edge';
interface KeyDeclaration {
	id: string;
	domain: KeyDomain;
	name: string;
	type: 'string' | 'double';
}

// Ids are prefixed by domain because GraphML key ids share one namespace.
const KEYS: KeyDeclaration[] = [
	...['title', 'kgattributes'].map((name) => ({ id: `g_${name}`, domain: 'graph' as const, name, type: 'string' as const })),
	...['label', 'labelEn', 'kind', 'aliases', 'aliasesJson', 'gloss', 'glossEn', 'mentions'].map((name) => ({
		id: `n_${name}`,
		domain: 'node' as const,
		name,
		type: 'string' as const
	})),
	...['x', 'y', 'centrality'].map((name) => ({ id: `n_${name}`, domain: 'node' as const, name, type: 'double' as const })),
	...['relation', 'evidence'].map((name) => ({ id: `e_${name}`, domain: 'edge' as const, name, type: 'string' as const }))
];

function data(key: string, value: string | number | undefined, indent: string): string {
	if (value === undefined || (typeof value === 'number' && !Number.isFinite(value))) return '';
	return `${indent}<data key="${key}">${escapeXmlText(String(value))}</data>\n`;
}

export interface GraphmlSerializeOptions {
	/** Centrality per node key, written as a double column. */
	centrality?: Record<string, number>;
}

export function serialize(graph: KnowledgeGraph, options: GraphmlSerializeOptions = {}): string {
	const parts: string[] = [
		'<?xml version="1.0" encoding="UTF-8"?>\n',
		'<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
		' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
	];
	for (const key of KEYS)
		parts.push(`  <key id="${key.id}" for="${key.domain}" attr.name="${key.name}" attr.type="${key.type}"/>\n`);
	parts.push('  <graph id="G" edgedefault="directed">\n');
	const graphAttributes = encodeGraphAttributes(graph);
	parts.push(data('g_title', graphAttributes.title, '    '));
	parts.push(data('g_kgattributes', graphAttributes.kgattributes, '    '));

	graph.forEachNode((key, node) => {
		const centrality = options.centrality?.[key] ?? (node as { centrality?: unknown }).centrality;
		parts.push(`    <node id="${escapeXmlAttribute(key)}">\n`);
		parts.push(data('n_label', node.label, '      '));
		parts.push(data('n_labelEn', node.labelEn, '      '));
		parts.push(data('n_kind', node.kind, '      '));
		parts.push(data('n_aliases', node.aliases.join(' | '), '      '));
		parts.push(data('n_aliasesJson', JSON.stringify(node.aliases), '      '));
		parts.push(data('n_gloss', node.gloss, '      '));
		parts.push(data('n_glossEn', node.glossEn, '      '));
		parts.push(data('n_mentions', JSON.stringify(node.mentions ?? []), '      '));
		parts.push(data('n_x', node.x, '      '));
		parts.push(data('n_y', node.y, '      '));
		parts.push(data('n_centrality', typeof centrality === 'number' ? centrality : undefined, '      '));
		parts.push('    </node>\n');
	});
	graph.forEachEdge((key, edge, source, target) => {
		parts.push(
			`    <edge id="${escapeXmlAttribute(key)}" source="${escapeXmlAttribute(source)}" target="${escapeXmlAttribute(target)}">\n`
		);
		parts.push(data('e_relation', edge.relation, '      '));
		parts.push(data('e_evidence', JSON.stringify(edge.evidence ?? []), '      '));
		parts.push('    </edge>\n');
	});
	parts.push('  </graph>\n</graphml>\n');
	return parts.join('');
}
