/**
 * GraphML (yEd, Gephi, Cytoscape desktop, NetworkX). graphology-graphml only
 * reads, so the writer is here: typed <key> declarations, escaped values, and
 * the same JSON-string convention as GEXF for what GraphML has no type for.
 */
import Graph from 'graphology';
import createGraphmlParser from 'graphology-graphml/common/parser.js';
import type { KnowledgeGraph, Properties } from '../model';
import { colorChannels, propertyColumns, type ColumnType, type PropertyColumn } from './property-columns';
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
	const result = importDecodedGraph(restoreOriginalIds(withDirectedFalse(parsed, xml.document)));
	if (result.ok) result.notes = [...graphmlStructureNotes(xml.document), ...(result.notes ?? [])];
	return result;
}

/** The data key that keeps a key which could not be a GraphML id. */
const ORIGINAL_ID = 'originalId';

/**
 * `directed="false"` on an edge of a directed graph: graphology-graphml reads
 * only `directed="true"` per edge, so such an edge is made undirected here.
 */
function withDirectedFalse(parsed: Graph, document: Document): Graph {
	const undirected = Array.from(document.getElementsByTagName('edge')).filter((edge) => edge.getAttribute('directed') === 'false');
	if (undirected.length === 0 || parsed.type === 'undirected') return parsed;
	const keys = new Set(undirected.map((edge) => edge.getAttribute('id')).filter((id): id is string => !!id));
	const pairs = new Set(undirected.filter((edge) => !edge.getAttribute('id')).map((edge) => `${edge.getAttribute('source')}\u0000${edge.getAttribute('target')}`));
	const data = parsed.export();
	for (const edge of data.edges)
		if ((edge.key !== undefined && keys.has(edge.key)) || pairs.has(`${edge.source}\u0000${edge.target}`)) edge.undirected = true;
	return Graph.from({ ...data, options: { ...data.options, type: 'mixed' } });
}

/** Nodes and edges our writer had to give safe ids get their own keys back. */
function restoreOriginalIds(parsed: Graph): Graph {
	const original = (attributes: Record<string, unknown>) => attributes[ORIGINAL_ID];
	const renamed = parsed.someNode((_k, a) => typeof original(a) === 'string') || parsed.someEdge((_k, a) => typeof original(a) === 'string');
	if (!renamed) return parsed;
	const data = parsed.export();
	const keyOf = new Map<string, string>();
	const taken = new Set(data.nodes.map((node) => node.key));
	for (const node of data.nodes) {
		const { [ORIGINAL_ID]: key, ...rest } = node.attributes ?? {};
		if (typeof key === 'string' && !taken.has(key)) {
			keyOf.set(node.key, key);
			taken.add(key);
			node.key = key;
		}
		node.attributes = rest;
	}
	for (const edge of data.edges) {
		const { [ORIGINAL_ID]: key, ...rest } = edge.attributes ?? {};
		if (typeof key === 'string') edge.key = key;
		edge.attributes = rest;
		edge.source = keyOf.get(edge.source) ?? edge.source;
		edge.target = keyOf.get(edge.target) ?? edge.target;
	}
	return Graph.from(data);
}

type KeyDomain = 'graph' | 'node' | 'edge';
interface KeyDeclaration {
	id: string;
	domain: KeyDomain;
	name: string;
	type: ColumnType | 'int';
}

const keys = (domain: KeyDomain, type: KeyDeclaration['type'], ...names: string[]): KeyDeclaration[] =>
	names.map((name) => ({ id: `${domain[0]}_${name}`, domain, name, type }));

// Ids are prefixed by domain because GraphML key ids share one namespace.
const KEYS: KeyDeclaration[] = [
	...keys('graph', 'string', 'title', 'kgattributes'),
	...keys('node', 'string', 'label', 'labelEn', 'kind', 'aliases', 'aliasesJson', 'gloss', 'glossEn', 'mentions', ORIGINAL_ID, 'origin', 'note'),
	...keys('node', 'boolean', 'hidden'),
	...keys('node', 'double', 'x', 'y', 'size', 'centrality'),
	// Colours as the r/g/b integers Gephi writes and reads.
	...keys('node', 'int', 'r', 'g', 'b'),
	...keys('edge', 'string', 'relation', 'evidence', ORIGINAL_ID, 'origin', 'note'),
	...keys('edge', 'double', 'weight'),
	...keys('edge', 'int', 'r', 'g', 'b')
];

function data(key: string | undefined, value: string | number | boolean | undefined, indent: string): string {
	if (key === undefined || value === undefined || (typeof value === 'number' && !Number.isFinite(value))) return '';
	return `${indent}<data key="${key}">${escapeXmlText(String(value))}</data>\n`;
}

function colorData(prefix: 'n' | 'e', hex: string | undefined, indent: string): string {
	const channels = hex ? colorChannels(hex) : null;
	if (!channels) return '';
	return (['r', 'g', 'b'] as const).map((c) => data(`${prefix}_${c}`, channels[c], indent)).join('');
}

/**
 * GraphML ids are NMTOKENs (letters, digits, `. - _ :`, no spaces); a key that
 * is not one gets a safe id, and the key itself travels as data so our reader
 * restores it. Kept to ASCII, which every XML 1.0 edition agrees on.
 */
const NMTOKEN = /^[A-Za-z0-9._:-]+$/;

function safeIds(keys: string[], prefix: string): Map<string, string> {
	const taken = new Set(keys.filter((key) => NMTOKEN.test(key)));
	const ids = new Map<string, string>();
	let next = 0;
	for (const key of keys) {
		if (NMTOKEN.test(key)) ids.set(key, key);
		else {
			let id: string;
			do id = `${prefix}${next++}`;
			while (taken.has(id));
			taken.add(id);
			ids.set(key, id);
		}
	}
	return ids;
}

export interface GraphmlSerializeOptions {
	/** Centrality per node key, written as a double column. */
	centrality?: Record<string, number>;
}

export function serialize(graph: KnowledgeGraph, options: GraphmlSerializeOptions = {}): string {
	const properties = propertyColumns(graph);
	const propertyKeys = (domain: 'node' | 'edge', list: PropertyColumn[]) =>
		new Map(list.map((p, i) => [p.name, { id: `${domain[0]}p_${i}`, domain, name: p.name, type: p.type }] as const));
	const nodeProperties = propertyKeys('node', properties.node);
	const edgeProperties = propertyKeys('edge', properties.edge);
	const parts: string[] = [
		'<?xml version="1.0" encoding="UTF-8"?>\n',
		'<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
		' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
	];
	for (const key of [...KEYS, ...nodeProperties.values(), ...edgeProperties.values()])
		parts.push(`  <key id="${key.id}" for="${key.domain}" attr.name="${escapeXmlAttribute(key.name)}" attr.type="${key.type}"/>\n`);
	const undirected = graph.undirectedSize;
	const edgedefault = undirected > 0 && undirected === graph.size ? 'undirected' : 'directed';
	parts.push(`  <graph id="G" edgedefault="${edgedefault}">\n`);
	const graphAttributes = encodeGraphAttributes(graph);
	parts.push(data('g_title', graphAttributes.title, '    '));
	parts.push(data('g_kgattributes', graphAttributes.kgattributes, '    '));
	const nodeIds = safeIds(graph.nodes(), 'n');
	const edgeIds = safeIds(graph.edges(), 'e');
	const propertyData = (keys: typeof nodeProperties, values: Properties | undefined) =>
		Object.entries(values ?? {}).map(([name, value]) => data(keys.get(name)?.id, value, '      ')).join('');

	graph.forEachNode((key, node) => {
		const centrality = options.centrality?.[key];
		const id = nodeIds.get(key)!;
		parts.push(`    <node id="${id}">\n`);
		parts.push(data('n_label', node.label, '      '));
		parts.push(data('n_labelEn', node.labelEn, '      '));
		parts.push(data('n_kind', node.kind, '      '));
		parts.push(data('n_aliases', node.aliases.join(' | '), '      '));
		parts.push(data('n_aliasesJson', JSON.stringify(node.aliases), '      '));
		parts.push(data('n_gloss', node.gloss, '      '));
		parts.push(data('n_glossEn', node.glossEn, '      '));
		parts.push(data('n_mentions', JSON.stringify(node.mentions ?? []), '      '));
		if (id !== key) parts.push(data(`n_${ORIGINAL_ID}`, key, '      '));
		parts.push(data('n_x', node.x, '      '));
		parts.push(data('n_y', node.y, '      '));
		parts.push(data('n_size', node.size, '      '));
		parts.push(colorData('n', node.color, '      '));
		parts.push(data('n_centrality', centrality, '      '));
		// What the teacher added is marked as theirs (origin) and keeps its note and hiding.
		parts.push(data('n_origin', node.origin, '      '));
		parts.push(data('n_note', node.note, '      '));
		parts.push(data('n_hidden', node.hidden, '      '));
		parts.push(propertyData(nodeProperties, node.properties));
		parts.push('    </node>\n');
	});
	graph.forEachEdge((key, edge, source, target, _s, _t, isUndirected) => {
		const id = edgeIds.get(key)!;
		const directed = isUndirected === (edgedefault === 'directed') ? ` directed="${!isUndirected}"` : '';
		parts.push(`    <edge id="${id}" source="${nodeIds.get(source)}" target="${nodeIds.get(target)}"${directed}>\n`);
		parts.push(data('e_relation', edge.relation, '      '));
		parts.push(data('e_evidence', JSON.stringify(edge.evidence ?? []), '      '));
		if (id !== key) parts.push(data(`e_${ORIGINAL_ID}`, key, '      '));
		parts.push(data('e_weight', edge.weight, '      '));
		parts.push(data('e_origin', edge.origin, '      '));
		parts.push(data('e_note', edge.note, '      '));
		parts.push(colorData('e', edge.color, '      '));
		parts.push(propertyData(edgeProperties, edge.properties));
		parts.push('    </edge>\n');
	});
	parts.push('  </graph>\n</graphml>\n');
	return parts.join('');
}
