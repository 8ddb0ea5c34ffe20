/** graphology graph → Cytoscape elements. The view mirrors the model; nothing is written back. */
import type { ElementDefinition } from 'cytoscape';
import { TEACHER_ORIGIN } from '../kg/edit/attributes';
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from '../kg/model';
import type { Lang } from '../kg/lang';
import { safeColor, safeShape } from '../kg/style-values';
import { edgeElementIds } from './element-ids';
import { labelFontSizes, labelWrapWidth, nodeDiameter } from './footprint';

/**
 * The file's own sizes as the view's diameters: spread over the same range the
 * importance sizes use, so a file's biggest node is drawn as big as the hub.
 */
function fileDiameters(graph: KnowledgeGraph): Map<string, number> {
	const sizes = graph.filterNodes((_key, a) => a.size !== undefined).map((key) => graph.getNodeAttribute(key, 'size')!);
	const min = Math.min(...sizes);
	const span = Math.max(...sizes) - min;
	return new Map(
		graph.filterNodes((_key, a) => a.size !== undefined).map((key) => [key, nodeDiameter(span > 0 ? (graph.getNodeAttribute(key, 'size')! - min) / span : 0.5)])
	);
}

/** Whether a map carries colours or sizes of its own, for the switch back to kind colours. */
export function hasFileStyle(graph: KnowledgeGraph): boolean {
	return graph.someNode((_key, a) => a.color !== undefined || a.size !== undefined);
}

/**
 * What the teacher added without a passage to stand on: drawn apart (dashed), so nothing
 * pretends to be grounded in the articles when it is not.
 */
export function isTeacherOwn(attributes: NodeAttributes | EdgeAttributes): boolean {
	if (attributes.origin !== TEACHER_ORIGIN) return false;
	return 'mentions' in attributes ? attributes.mentions.length === 0 : attributes.evidence.length === 0;
}

/** What sizes nodes, worked out once for the whole map. */
export interface NodeSizing {
	importance: Record<string, number>;
	fontSizes: Record<string, number>;
	fileSizes: Map<string, number>;
}

export function nodeSizing(graph: KnowledgeGraph, importance: Record<string, number>): NodeSizing {
	return { importance, fontSizes: labelFontSizes(importance), fileSizes: fileDiameters(graph) };
}

/**
 * A concept's names as its element shows them in a language: `display`, and `bilingual` (both
 * names, for the selection). Elements are made with the Indonesian ones, so that opening a map
 * in Indonesian changes no element's data (each change restyles the element: seconds on a big map).
 */
export function conceptNames(label: string, labelEn: string, lang: Lang): { display: string; bilingual: string } {
	const [first, second] = lang === 'id' ? [label, labelEn] : [labelEn, label];
	return { display: first, bilingual: second && second !== first ? `${first}\n(${second})` : first };
}

/** A concept drawn: the data of its element (position aside), from its attributes alone. */
export function nodeData(graph: KnowledgeGraph, key: string, sizing: NodeSizing): Record<string, unknown> {
	const attrs = graph.getNodeAttributes(key);
	const kind = graph.getAttribute('kinds').find((k) => k.id === attrs.kind);
	const kindColor = safeColor(kind?.color);
	const kindSize = nodeDiameter(sizing.importance[key] ?? 0);
	const fileColor = attrs.color !== undefined ? safeColor(attrs.color) : undefined;
	const fileSize = sizing.fileSizes.get(key);
	const fontSize = sizing.fontSizes[key] ?? 11;
	return {
		id: key,
		label: attrs.label,
		labelEn: attrs.labelEn || attrs.label,
		...conceptNames(attrs.label, attrs.labelEn || attrs.label, 'id'),
		kind: attrs.kind,
		color: fileColor ?? kindColor,
		kindColor,
		...(fileColor ? { fileColor } : {}),
		shape: safeShape(kind?.shape),
		size: fileSize ?? kindSize,
		kindSize,
		...(fileSize ? { fileSize } : {}),
		fontSize,
		// The selected concept reads at heading size whatever its rank.
		selectedFontSize: Math.max(fontSize, 18),
		wrap: labelWrapWidth(fontSize),
		...(isTeacherOwn(attrs) ? { teacher: true } : {}),
		...(attrs.hidden ? { concealed: true } : {})
	};
}

/** A relation drawn: the data of its element, under the element id the view gave it. */
export function edgeData(graph: KnowledgeGraph, key: string, id: string): Record<string, unknown> {
	const attrs = graph.getEdgeAttributes(key);
	const relation = graph.getAttribute('relations').find((r) => r.id === attrs.relation);
	return {
		id,
		key,
		source: graph.source(key),
		target: graph.target(key),
		relation: attrs.relation,
		labelId: relation?.label.id ?? attrs.relation,
		labelEn: relation?.label.en ?? attrs.relation,
		display: relation?.label.id ?? attrs.relation,
		...(graph.isUndirected(key) ? { undirected: true } : {}),
		...(isTeacherOwn(attrs) ? { teacher: true } : {})
	};
}

/** Nodes start in the file's colours and sizes where it has them; the view switches to kind style on request. */
export function toElements(graph: KnowledgeGraph, importance: Record<string, number>): ElementDefinition[] {
	const sizing = nodeSizing(graph, importance);
	const nodes: ElementDefinition[] = graph.mapNodes((key, attrs) => ({
		group: 'nodes',
		data: nodeData(graph, key, sizing),
		position: { x: attrs.x ?? 0, y: attrs.y ?? 0 }
	}));
	const edgeIds = edgeElementIds(graph);
	const edges: ElementDefinition[] = graph.mapEdges((key) => ({ group: 'edges', data: edgeData(graph, key, edgeIds.get(key)!) }));
	return [...nodes, ...edges];
}
