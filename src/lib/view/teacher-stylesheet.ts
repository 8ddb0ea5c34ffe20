/** Stylesheets of the teaching views: big labels inside boxes, kind colours, high contrast for projectors. */
import type { StylesheetJson } from 'cytoscape';
import { LABEL_FONT } from './label-box';
import { edgeLabelLook, explorerStylesheet, nodeLabelLook } from './stylesheet';

/** Mind map and comparison: labels drawn inside round boxes sized by the layout. */
export function mindmapStylesheet(): StylesheetJson {
	return [
		{
			selector: 'node',
			style: {
				shape: 'round-rectangle',
				width: 'data(width)',
				height: 'data(height)',
				'background-color': 'data(color)',
				label: 'data(display)',
				color: 'data(textColor)',
				'font-family': LABEL_FONT,
				'font-size': 'data(fontSize)',
				'text-valign': 'center',
				'text-halign': 'center',
				'text-wrap': 'wrap',
				// The layout already broke the lines; never let Cytoscape wrap again.
				'text-max-width': '2000px',
				'line-height': 1.2,
				'border-width': 2,
				'border-color': 'data(borderColor)'
			}
		},
		{ selector: 'node.root', style: { 'font-weight': 'bold', 'border-width': 5 } },
		{ selector: 'node.branch', style: { 'font-weight': 'bold', 'border-width': 3, 'border-style': 'solid' } },
		{ selector: 'node.branch.collapsed', style: { 'border-style': 'dashed', 'background-color': '#f3f4f6' } },
		// What the teacher added without a passage: dashed, as in the explorer (stylesheet.ts); a selection still shows.
		{ selector: 'node.concept.teacher, node.root.teacher', style: { 'border-style': 'dashed', 'border-color': '#111827', 'border-width': 4 } },
		{ selector: 'node.hover', style: { 'border-color': '#2563eb', 'border-width': 5 } },
		{ selector: 'node.active', style: { 'border-color': '#2563eb', 'border-width': 6 } },
		{
			selector: 'edge',
			style: {
				width: 3,
				'line-color': '#6b7280',
				'curve-style': 'unbundled-bezier',
				'control-point-distances': [0] as never,
				'target-arrow-shape': 'none'
			}
		},
		{ selector: 'edge.elbow', style: { 'curve-style': 'taxi', 'taxi-direction': 'horizontal', 'taxi-turn': '50%' } as never },
		{ selector: 'edge.teacher', style: { 'line-style': 'dashed', 'line-dash-pattern': [10, 6] } },
		{ selector: 'edge.contrast', style: { width: 5, 'line-color': '#b2182b', 'line-style': 'dashed', label: 'data(display)', 'font-size': 24, 'font-weight': 'bold', color: '#7f1d1d', 'text-background-color': '#ffffff', 'text-background-opacity': 1, 'text-background-padding': '4px' } }
	];
}

/** The presenter: the explorer's look, with the step in focus large and everything else faded. */
export function presenterStylesheet(): StylesheetJson {
	return [
		...explorerStylesheet(),
		{ selector: 'node', style: { label: '' } },
		nodeLabelLook('node.context, node.focus'),
		edgeLabelLook('edge.focus'),
		{ selector: '.faded', style: { opacity: 0.12 } },
		{
			selector: 'node.context',
			style: { label: 'data(display)', 'font-size': 22, 'font-weight': 'bold', 'text-max-width': '260px', 'z-index': 40, opacity: 1, 'text-background-opacity': 1 }
		},
		{
			selector: 'node.focus',
			style: {
				label: 'data(display)',
				'font-size': 30,
				'font-weight': 'bold',
				'text-max-width': '320px',
				'border-color': '#111827',
				'border-width': 6,
				width: 64,
				height: 64,
				'z-index': 50,
				'text-background-opacity': 1
			}
		},
		{
			selector: 'edge.focus',
			style: {
				width: 8,
				'line-color': '#111827',
				'target-arrow-color': '#111827',
				'line-opacity': 1,
				'arrow-scale': 1.6,
				label: 'data(display)',
				'font-size': 24,
				'font-weight': 'bold',
				color: '#111827',
				'text-background-opacity': 1,
				'text-background-padding': '5px',
				'z-index': 45
			}
		}
	];
}
