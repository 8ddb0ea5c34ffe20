/** graphology graph → Cytoscape elements. The view mirrors the model; nothing is written back. */
import type { ElementDefinition } from 'cytoscape';
import type { KnowledgeGraph } from '../kg/model';
import { safeColor, safeShape } from '../kg/style-values';
import { edgeElementIds } from './element-ids';
import { labelFontSizes, labelWrapWidth, nodeDiameter } from './footprint';

export function toElements(graph: KnowledgeGraph, importance: Record<string, number>): ElementDefinition[] {
	const kinds = new Map(graph.getAttribute('kinds').map((k) => [k.id, k]));
	const relations = new Map(graph.getAttribute('relations').map((r) => [r.id, r]));
	const fontSizes = labelFontSizes(importance);
	const nodes: ElementDefinition[] = graph.mapNodes((key, attrs) => {
		const kind = kinds.get(attrs.kind);
		return {
			group: 'nodes',
			data: {
				id: key,
				label: attrs.label,
				labelEn: attrs.labelEn || attrs.label,
				display: attrs.label,
				kind: attrs.kind,
				color: safeColor(kind?.color),
				shape: safeShape(kind?.shape),
				size: nodeDiameter(importance[key] ?? 0),
				fontSize: fontSizes[key] ?? 11,
				// The selected concept reads at heading size whatever its rank.
				selectedFontSize: Math.max(fontSizes[key] ?? 11, 18),
				wrap: labelWrapWidth(fontSizes[key] ?? 11)
			},
			position: { x: attrs.x ?? 0, y: attrs.y ?? 0 }
		};
	});
	const edgeIds = edgeElementIds(graph);
	const edges: ElementDefinition[] = graph.mapEdges((key, attrs, source, target) => {
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
				display: relation?.label.id ?? attrs.relation
			}
		};
	});
	return [...nodes, ...edges];
}
