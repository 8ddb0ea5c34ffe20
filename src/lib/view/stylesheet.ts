/** The explorer's Cytoscape stylesheet: kind colours and shapes, and the classes derived state applies. */
import type { StylesheetJson } from 'cytoscape';

export const SELECTION_COLOR = '#111827';
export const PATH_COLOR = '#c2410c';

export function explorerStylesheet(): StylesheetJson {
	return [
		{
			selector: 'node',
			style: {
				'background-color': 'data(color)',
				shape: 'data(shape)' as never,
				width: 'data(size)',
				height: 'data(size)',
				label: 'data(display)',
				'font-family': 'system-ui, "Noto Sans", "DejaVu Sans", sans-serif',
				'font-size': 'data(fontSize)',
				color: '#111827',
				'text-valign': 'bottom',
				'text-halign': 'center',
				'text-margin-y': 4,
				'text-wrap': 'wrap',
				'text-max-width': 'data(wrap)' as never,
				'text-background-color': '#ffffff',
				'text-background-opacity': 0.85,
				'text-background-padding': '1px',
				'text-background-shape': 'roundrectangle',
				'border-width': 1.5,
				'border-color': '#ffffff',
				'transition-property': 'opacity',
				'transition-duration': 150
			}
		},
		{
			selector: 'edge',
			style: {
				width: 1.2,
				'line-color': '#b6bcc6',
				'target-arrow-color': '#b6bcc6',
				'line-opacity': 0.75,
				'target-arrow-shape': 'triangle',
				'arrow-scale': 0.8,
				'curve-style': 'bezier',
				label: '',
				'font-size': 12,
				color: '#374151',
				'text-rotation': 'autorotate',
				'text-background-color': '#ffffff',
				'text-background-opacity': 0.9,
				'text-background-padding': '2px',
				'min-zoomed-font-size': 6
			}
		},
		// Level of detail: labels too small to read at this zoom are left out (GraphView sets the class).
		{ selector: 'node.small-label', style: { label: '' } },
		{ selector: 'edge.show-label, edge.hover, edge:selected', style: { label: 'data(display)' } },
		{ selector: 'node.hover', style: { 'border-color': SELECTION_COLOR, 'border-width': 3, 'z-index': 20, label: 'data(display)' } },
		{ selector: 'node.neighbour', style: { 'z-index': 10, label: 'data(display)' } },
		{ selector: 'edge.hover', style: { width: 3, 'line-color': '#4b5563', 'target-arrow-color': '#4b5563', 'z-index': 20 } },
		{
			selector: 'node.selected',
			style: {
				'border-color': SELECTION_COLOR,
				'border-width': 4,
				'font-weight': 'bold',
				'font-size': 'data(selectedFontSize)',
				label: 'data(bilingual)',
				'z-index': 30
			}
		},
		{
			selector: 'edge.selected',
			style: { width: 4, 'line-color': SELECTION_COLOR, 'target-arrow-color': SELECTION_COLOR, label: 'data(display)', 'z-index': 30 }
		},
		{ selector: 'edge.neighbour', style: { 'line-color': '#4b5563', 'target-arrow-color': '#4b5563', 'line-opacity': 1, width: 2 } },
		{ selector: '.dimmed', style: { opacity: 0.18 } },
		{ selector: 'node.dimmed', style: { label: '' } },
		{ selector: '.hidden', style: { display: 'none' } },
		{ selector: 'node.path', style: { 'border-color': PATH_COLOR, 'border-width': 4 } },
		{
			selector: 'edge.path',
			style: { width: 4.5, 'line-color': PATH_COLOR, 'target-arrow-color': PATH_COLOR, label: 'data(display)', 'z-index': 25 }
		},
		{ selector: 'node.community', style: { 'background-color': 'data(communityColor)' } }
	];
}
