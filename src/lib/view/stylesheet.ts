/** The explorer's Cytoscape stylesheet: kind colours and shapes, and the classes derived state applies. */
import type { StylesheetJson } from 'cytoscape';
import { MIN_READABLE_FONT_SIZE } from './footprint';

export const SELECTION_COLOR = '#111827';
export const PATH_COLOR = '#c2410c';
export const EDIT_SELECTION_COLOR = '#2563eb';

/** How wide the edges of the selection and the path are drawn, in graph units. */
export const LIT_EDGE_WIDTH = { neighbour: 2, selected: 4, path: 4.5 } as const;

/**
 * What the teacher added without a passage behind it: a dashed outline and a dashed line, in
 * every view that draws the map, so the grounded and the teacher's own never look alike.
 */
export function teacherOwnStyles(): StylesheetJson {
	return [
		{ selector: 'node[?teacher]', style: { 'border-style': 'dashed', 'border-color': '#111827', 'border-width': 2.5 } },
		{ selector: 'edge[?teacher]', style: { 'line-style': 'dashed', 'line-dash-pattern': [7, 4] } }
	];
}

/** Labels below this on-screen size are never drawn, whatever the zoom does between two placements. */
const LABEL_CUTOFF = MIN_READABLE_FONT_SIZE - 0.5;

/**
 * How a node's label looks, on the nodes that may draw one. Kept off the rest: every property of a
 * rule costs each element it matches a step of every restyle, and a big map leaves thousands of
 * nodes unlabelled.
 */
export function nodeLabelLook(selector: string): StylesheetJson[number] {
	return {
		selector,
		style: {
			'font-family': 'system-ui, "Noto Sans", "DejaVu Sans", sans-serif',
			'min-zoomed-font-size': LABEL_CUTOFF,
			color: '#111827',
			'text-valign': 'bottom',
			'text-halign': 'center',
			'text-margin-y': 4,
			'text-wrap': 'wrap',
			'text-max-width': 'data(wrap)' as never,
			'text-background-color': '#ffffff',
			'text-background-opacity': 0.85,
			'text-background-padding': '1px',
			'text-background-shape': 'roundrectangle'
		}
	};
}

/** How a relation's name looks, on the edges that may draw one (see nodeLabelLook). */
export function edgeLabelLook(selector: string): StylesheetJson[number] {
	return {
		selector,
		style: {
			'font-size': 12,
			color: '#374151',
			'text-rotation': 'autorotate',
			'text-background-color': '#ffffff',
			'text-background-opacity': 0.9,
			'text-background-padding': '2px',
			'min-zoomed-font-size': LABEL_CUTOFF
		}
	};
}

/**
 * `plain`: how wide a plain edge and a plain node's border are drawn (a big map draws them thinner);
 * what is selected, on the path, hovered, the teacher's own or picked for an edit keeps its own.
 */
export function explorerStylesheet(plain: { edgeWidth?: number; borderWidth?: number } = {}): StylesheetJson {
	return [
		{
			selector: 'node',
			style: {
				'background-color': 'data(color)',
				shape: 'data(shape)' as never,
				width: 'data(size)',
				height: 'data(size)',
				// Labels show where the label placement put one (label-on), so a large map costs nothing for the rest.
				label: '',
				'font-size': 'data(fontSize)',
				'border-width': plain.borderWidth ?? 1.5,
				'border-color': '#ffffff',
				'z-index': 1
			}
		},
		{
			selector: 'edge',
			style: {
				width: plain.edgeWidth ?? 1.2,
				// #b6bcc6 at 75% over the white map, mixed beforehand: Cytoscape draws the arrow of a
				// see-through edge twice (once to clear under it), which made every frame twice as slow.
				'line-color': '#c8cdd4',
				'target-arrow-color': '#c8cdd4',
				'target-arrow-shape': 'triangle',
				'arrow-scale': 0.8,
				'curve-style': 'bezier',
				label: ''
			}
		},
		nodeLabelLook('node.label-on, node.hover'),
		edgeLabelLook('edge.label-on, edge.hover'),
		// The label placement enlarges a label it draws (to stay readable when zoomed out) through data.
		// An undirected edge of an imported map has no direction to show.
		{ selector: 'edge[?undirected]', style: { 'target-arrow-shape': 'none' } },
		{ selector: 'node[labelSize]', style: { 'font-size': 'data(labelSize)', 'text-max-width': 'data(labelWrap)' as never } },
		{ selector: 'edge[labelSize]', style: { 'font-size': 'data(labelSize)' } },
		{ selector: '.label-on', style: { label: 'data(display)' } },
		// Where the space below was taken, the label goes above its node, else right or left of it.
		{ selector: 'node.label-above', style: { 'text-valign': 'top', 'text-margin-y': -4 } },
		{ selector: 'node.label-right', style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-y': 0, 'text-margin-x': 4 } },
		{ selector: 'node.label-left', style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-y': 0, 'text-margin-x': -4 } },
		{ selector: 'node.hover', style: { 'border-color': SELECTION_COLOR, 'border-width': 3, 'z-index': 20 } },
		{ selector: 'node.neighbour', style: { 'z-index': 10 } },
		{ selector: 'edge.hover', style: { width: 3, 'line-color': '#4b5563', 'target-arrow-color': '#4b5563', 'z-index': 20 } },
		{
			selector: 'node.selected',
			style: {
				'border-color': SELECTION_COLOR,
				'border-width': 4,
				'font-weight': 'bold',
				'z-index': 30
			}
		},
		{
			selector: 'edge.selected',
			style: { width: LIT_EDGE_WIDTH.selected, 'line-color': SELECTION_COLOR, 'target-arrow-color': SELECTION_COLOR, 'z-index': 30 }
		},
		{ selector: 'edge.neighbour', style: { 'line-color': '#4b5563', 'target-arrow-color': '#4b5563', 'line-opacity': 1, width: LIT_EDGE_WIDTH.neighbour } },
		// Faded elements sit below the others and take no pointer events, so they never catch
		// a click meant for what is lit (the view still lets a click on a faded node select it).
		{ selector: '.dimmed', style: { opacity: 0.18, events: 'no', 'z-index': 0 } },
		// A faded arrow is barely seen and costs a faded edge a second drawing pass (see above). A faded
		// line is a haystack: no curve to compute when hundreds fade at once (a curve's control points
		// were a fifth of the frame after a selection).
		{ selector: 'edge.dimmed', style: { 'target-arrow-shape': 'none', 'curve-style': 'haystack', 'haystack-radius': 0 } },
		{ selector: 'node.path', style: { 'border-color': PATH_COLOR, 'border-width': 4, 'z-index': 25 } },
		{ selector: 'edge.path', style: { width: LIT_EDGE_WIDTH.path, 'line-color': PATH_COLOR, 'target-arrow-color': PATH_COLOR, 'z-index': 25 } },
		{ selector: 'node.hover, edge.hover', style: { label: 'data(display)' } },
		{ selector: 'node.selected.label-on, node.selected.hover', style: { label: 'data(bilingual)' } },
		// Faded: no label. (After the rules that set one.)
		{ selector: '.dimmed', style: { label: '' } },
		{ selector: '.hidden', style: { display: 'none' } },
		{ selector: 'node.community', style: { 'background-color': 'data(communityColor)' } },
		...teacherOwnStyles(),
		// Edit mode: what is selected for an edit (several at once), what is hidden from this map, a relation being drawn.
		{ selector: 'node[?concealed]', style: { opacity: 0.35, 'border-style': 'dotted', 'border-color': '#374151', 'border-width': 2 } },
		{ selector: 'node:selected', style: { 'border-color': EDIT_SELECTION_COLOR, 'border-width': 5, 'z-index': 35 } },
		{ selector: 'edge:selected', style: { width: 4, 'line-color': EDIT_SELECTION_COLOR, 'target-arrow-color': EDIT_SELECTION_COLOR, 'z-index': 35 } },
		{ selector: '.eh-ghost-edge, edge.eh-preview', style: { width: 3, 'line-color': EDIT_SELECTION_COLOR, 'target-arrow-color': EDIT_SELECTION_COLOR, 'line-style': 'dashed', 'target-arrow-shape': 'triangle', opacity: 1 } },
		{ selector: '.eh-ghost-edge.eh-preview-active', style: { opacity: 0 } },
		{ selector: 'node.eh-source, node.eh-target, node.eh-hover', style: { 'border-color': EDIT_SELECTION_COLOR, 'border-width': 5 } },
		// No pressed-state overlay: the selection shows what was pressed, and a press redraws nothing.
		{ selector: ':active', style: { 'overlay-opacity': 0 } }
	];
}
