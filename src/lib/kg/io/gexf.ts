/**
 * GEXF 1.2 (Gephi, networkx, Gephi Lite). Gephi sees typed columns it can use
 * (labelEn, kind, aliases, centrality, the file's own properties) and viz
 * colours (r/g/b, which every reader knows), positions and sizes; what GEXF
 * has no type for (mentions, evidence) travels as JSON strings. GEXF has no
 * graph attributes, so the map's documents, passages and vocabularies ride in
 * a processing instruction, which schemas and other readers ignore.
 * Written by hand (not graphology-gexf's writer) so the file validates against
 * the GEXF schema and networkx's `read_gexf` reads it.
 */
import Graph from 'graphology';
import createGexfParser from 'graphology-gexf/common/parser.js';
import type { Lang } from '../lang';
import type { KnowledgeGraph, Properties } from '../model';
import { checkText, failure, type ImportResult } from './errors';
import { colorChannels, propertyColumns, type ColumnType, type PropertyColumn } from './property-columns';
import { encodeGraphAttributes, GRAPH_ATTRIBUTES_FIELD, importDecodedGraph, readAttributesInstruction, writeAttributesInstruction } from './xml-attributes';
import { checkXmlSafety } from './xml-safety';
import { checkXmlGraph, escapeXmlAttribute as attr, parseXml, xmlDocumentConstructor, XmlDomParser } from './xml';

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
	const ours = readAttributesInstruction(xml.document);
	if (ours !== null) parsed.setAttribute(GRAPH_ATTRIBUTES_FIELD, ours);
	return importDecodedGraph(parsed);
}

export interface GexfSerializeOptions {
	/** Centrality per node key, written as a numeric column Gephi can size nodes by. */
	centrality?: Record<string, number>;
	/** Language of edge labels shown in Gephi. */
	lang?: Lang;
}

interface Column {
	/** The title doubles as the id: files stay readable, and the schema allows any string. */
	title: string;
	type: ColumnType;
}

/**
 * Our columns, then the file's properties (a property named like one of ours
 * gets a numbered title, so neither overwrites the other).
 */
function columns(ours: Column[], properties: PropertyColumn[]) {
	const list = [...ours];
	const titles = new Set(ours.map((column) => column.title));
	const property = new Map<string, string>();
	for (const { name, type } of properties) {
		let title = name;
		for (let n = 2; titles.has(title); n++) title = `${name} (${n})`;
		titles.add(title);
		list.push({ title, type });
		property.set(name, title);
	}
	return { list, property };
}

const text = (...titles: string[]): Column[] => titles.map((title) => ({ title, type: 'string' }));

const declare = (kind: 'node' | 'edge', list: Column[]) =>
	`    <attributes class="${kind}">\n` +
	list.map((c) => `      <attribute id="${attr(c.title)}" title="${attr(c.title)}" type="${c.type}"/>\n`).join('') +
	'    </attributes>\n';

function attvalues(values: [string | undefined, string | number | boolean | undefined][]): string {
	const written = values
		.filter(([id, value]) => id !== undefined && value !== undefined && !(typeof value === 'number' && !Number.isFinite(value)))
		.map(([id, value]) => `        <attvalue for="${id}" value="${attr(String(value))}"/>\n`);
	return written.length ? `      <attvalues>\n${written.join('')}      </attvalues>\n` : '';
}

function color(hex: string | undefined): string {
	const channels = hex ? colorChannels(hex) : null;
	if (!channels) return '';
	return `      <viz:color r="${channels.r}" g="${channels.g}" b="${channels.b}"${channels.a !== undefined ? ` a="${channels.a}"` : ''}/>\n`;
}

const number = (value: number) => String(Object.is(value, -0) ? 0 : value);

export function serialize(graph: KnowledgeGraph, options: GexfSerializeOptions = {}): string {
	const { kinds = [], relations = [] } = graph.getAttributes();
	const kindColor = new Map(kinds.map((kind) => [kind.id, kind.color]));
	const relationLabel = new Map(relations.map((r) => [r.id, options.lang === 'en' ? r.label.en : r.label.id]));
	const properties = propertyColumns(graph);
	const nodeColumns = columns(
		[...text('labelEn', 'kind', 'aliases', 'aliasesJson', 'gloss', 'glossEn', 'mentions'), { title: 'centrality', type: 'double' }, ...text('origin', 'note'), { title: 'hidden', type: 'boolean' }],
		properties.node
	);
	const edgeColumns = columns(text('relation', 'evidence', 'origin', 'note'), properties.edge);
	const propertyValues = (ids: Map<string, string>, values: Properties | undefined) =>
		Object.entries(values ?? {}).map(([name, value]) => [ids.get(name), value] as [string | undefined, string | number | boolean]);

	const undirected = graph.undirectedSize;
	const defaultType = undirected > 0 && undirected === graph.size ? 'undirected' : 'directed';
	const { title } = graph.getAttributes();
	const parts = [
		'<?xml version="1.0" encoding="UTF-8"?>\n',
		writeAttributesInstruction(encodeGraphAttributes(graph)[GRAPH_ATTRIBUTES_FIELD]),
		'<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz"',
		' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
		' xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">\n',
		`  <meta lastmodifieddate="${new Date().toISOString().slice(0, 10)}">\n`,
		'    <creator>Peta Konsep</creator>\n',
		`    <description>${attr(title ?? '')}</description>\n`,
		'  </meta>\n',
		`  <graph defaultedgetype="${defaultType}" mode="static">\n`,
		declare('node', nodeColumns.list),
		declare('edge', edgeColumns.list),
		'    <nodes>\n'
	];
	graph.forEachNode((key, node) => {
		const centrality = options.centrality?.[key];
		parts.push(`    <node id="${attr(key)}" label="${attr(node.label)}">\n`);
		parts.push(
			attvalues([
				['labelEn', node.labelEn],
				['kind', node.kind],
				['aliases', node.aliases.join(' | ')],
				['aliasesJson', JSON.stringify(node.aliases)],
				['gloss', node.gloss],
				['glossEn', node.glossEn],
				['mentions', JSON.stringify(node.mentions ?? [])],
				['centrality', centrality],
				// What the teacher added is marked as theirs (origin) and keeps its note and hiding.
				['origin', node.origin],
				['note', node.note],
				['hidden', node.hidden],
				...propertyValues(nodeColumns.property, node.properties)
			])
		);
		parts.push(color(node.color ?? kindColor.get(node.kind)));
		if (node.x !== undefined && node.y !== undefined)
			parts.push(`      <viz:position x="${number(node.x)}" y="${number(node.y)}" z="0"/>\n`);
		if (node.size !== undefined) parts.push(`      <viz:size value="${number(node.size)}"/>\n`);
		parts.push('    </node>\n');
	});
	parts.push('    </nodes>\n    <edges>\n');
	graph.forEachEdge((key, edge, source, target, _s, _t, isUndirected) => {
		const type = (isUndirected ? 'undirected' : 'directed') === defaultType ? '' : ` type="${isUndirected ? 'undirected' : 'directed'}"`;
		const weight = edge.weight !== undefined ? ` weight="${number(edge.weight)}"` : '';
		const label = relationLabel.get(edge.relation) || edge.relation;
		parts.push(`    <edge id="${attr(key)}" source="${attr(source)}" target="${attr(target)}" label="${attr(label)}"${type}${weight}>\n`);
		parts.push(
			attvalues([
				['relation', edge.relation],
				['evidence', JSON.stringify(edge.evidence ?? [])],
				['origin', edge.origin],
				['note', edge.note],
				...propertyValues(edgeColumns.property, edge.properties)
			])
		);
		parts.push(color(edge.color));
		parts.push('    </edge>\n');
	});
	parts.push('    </edges>\n  </graph>\n</gexf>\n');
	return parts.join('');
}
