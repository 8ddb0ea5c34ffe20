/** graphology graph → Cytoscape elements. The view mirrors the model; nothing is written back. */
import type { ElementDefinition } from 'cytoscape';
import type { KnowledgeGraph } from '../kg/model';
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

/** Nodes start in the file's colours and sizes where it has them; the view switches to kind style on request. */
export function toElements(graph: KnowledgeGraph, importance: Record<string, number>): ElementDefinition[] {
	const kinds = new Map(graph.getAttribute('kinds').map((k) => [k.id, k]));
	const fileSizes = fileDiameters(graph);
	const relations = new Map(graph.getAttribute('relations').map((r) => [r.id, r]));
	const fontSizes = labelFontSizes(importance);
	const nodes: ElementDefinition[] = graph.mapNodes((key, attrs) => {
		const kind = kinds.get(attrs.kind);
		const kindColor = safeColor(kind?.color);
		const kindSize = nodeDiameter(importance[key] ?? 0);
		const fileColor = attrs.color !== undefined ? safeColor(attrs.color) : undefined;
		const fileSize = fileSizes.get(key);
		return {
			group: 'nodes',
			data: {
				id: key,
				label: attrs.label,
				labelEn: attrs.labelEn || attrs.label,
				display: attrs.label,
				kind: attrs.kind,
				color: fileColor ?? kindColor,
				kindColor,
				...(fileColor ? { fileColor } : {}),
				shape: safeShape(kind?.shape),
				size: fileSize ?? kindSize,
				kindSize,
				...(fileSize ? { fileSize } : {}),
				fontSize: fontSizes[key] ?? 11,
				// The selected concept reads at heading size whatever its rank.
				selectedFontSize: Math.max(fontSizes[key] ?? 11, 18),
				wrap: labelWrapWidth(fontSizes[key] ?? 11)
			},
			position: { x: attrs.x ?? 0, y: attrs.y ?? 0 }
		};
	});
	const edgeIds = edgeElementIds(graph);
	const edges: ElementDefinition[] = graph.mapEdges((key, attrs, source, target, _s, _t, undirected) => {
		const relation = relations.get(attrs.relation);
		return {
			group: 'edges',
			data: {
				id: edgeIds.get(key)!,
				key,
				source,
				target,
				relation: attrs.relation,
				labelId: relation?.label.id ?? attrs.relation,
				labelEn: relation?.label.en ?? attrs.relation,
				display: relation?.label.id ?? attrs.relation,
				...(undirected ? { undirected: true } : {})
			}
		};
	});
	return [...nodes, ...edges];
}
