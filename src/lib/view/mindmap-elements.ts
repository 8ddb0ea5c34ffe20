/**
 * A mind map to draw: labelled nodes (root, branch headings, concepts) in a
 * tree → Cytoscape elements with preset, overlap-free positions.
 */
import type { ElementDefinition } from 'cytoscape';
import { labelBox, textColourOn, type MeasureText } from './label-box';
import { layoutTree, type LayoutBox, type MindmapMode, type Point } from './mindmap-layout';

export interface DrawNode {
	id: string;
	label: string;
	role: 'root' | 'branch' | 'concept';
	/** Fill colour (the concept's kind colour); branches ignore it. */
	color: string;
	/** Branches: whether its children are shown. */
	expanded?: boolean;
	/** Concepts: the teacher added it without a passage (drawn dashed, as in the explorer). */
	teacher?: boolean;
	/** Concepts: the relation that hangs it on its branch is the teacher's own, without a passage. */
	teacherEdge?: boolean;
	/** Concepts: selected for an edit. */
	active?: boolean;
	children: DrawNode[];
}

const STYLE = {
	root: { fontSize: 36, bold: true, maxWidth: 420 },
	branch: { fontSize: 26, bold: true, maxWidth: 360 },
	concept: { fontSize: 24, bold: false, maxWidth: 340 }
} as const;

export interface MindmapDrawing {
	elements: ElementDefinition[];
	positions: Record<string, Point>;
	boxes: Array<{ id: string; x: number; y: number; width: number; height: number }>;
}

export function mindmapDrawing(root: DrawNode, mode: MindmapMode, measure: MeasureText): MindmapDrawing {
	const elements: ElementDefinition[] = [];
	const sized = new Map<string, { width: number; height: number }>();
	const toBox = (node: DrawNode, depth: number): LayoutBox => {
		const style = STYLE[node.role];
		// Deeper concepts a little smaller, never below what a projector shows from the back.
		const fontSize = node.role === 'concept' && depth > 2 ? 21 : style.fontSize;
		const box = labelBox(node.label, fontSize, style.bold, style.maxWidth, measure);
		sized.set(node.id, box);
		const background = node.role === 'branch' ? '#ffffff' : node.color;
		elements.push({
			group: 'nodes',
			data: {
				id: node.id,
				display: box.text,
				role: node.role,
				fontSize,
				width: box.width,
				height: box.height,
				color: background,
				textColor: node.role === 'branch' ? '#111827' : textColourOn(background),
				borderColor: node.role === 'branch' ? '#374151' : node.role === 'root' ? '#111827' : '#ffffff'
			},
			classes: [node.role, node.expanded === false ? 'collapsed' : '', node.teacher ? 'teacher' : '', node.active ? 'active' : ''].filter(Boolean).join(' ')
		});
		const children = node.children.map((c) => {
			elements.push({
				group: 'edges',
				data: { id: `${node.id}->${c.id}`, source: node.id, target: c.id },
				// Trees read left and right: elbows keep each line clear of its siblings' boxes.
				classes: [mode === 'radial' ? '' : 'elbow', c.teacherEdge ? 'teacher' : ''].filter(Boolean).join(' ')
			});
			return toBox(c, depth + 1);
		});
		return { id: node.id, width: box.width, height: box.height, children };
	};
	const layoutRoot = toBox(root, 0);
	const positions = layoutTree(layoutRoot, mode);
	for (const element of elements) if (element.group === 'nodes') element.position = positions[element.data.id!];
	const boxes = [...sized].map(([id, size]) => ({ id, ...size, ...positions[id] }));
	return { elements, positions, boxes };
}

/** The targets of the drawing's edges leaving any of `ids`. */
function childrenOf(drawing: MindmapDrawing, ids: string[]): string[] {
	return drawing.elements
		.filter((e) => e.group === 'edges' && ids.includes(String(e.data.source)))
		.map((e) => String(e.data.target));
}

/** A branch heading and the concepts under it, heading first: where the camera goes when it opens. */
export function branchGroup(drawing: MindmapDrawing, branch: string): string[] {
	return [branch, ...childrenOf(drawing, [branch])];
}

/** The centre, its branch headings and their concepts, centre first: what a teacher talks about first. */
export function centreRings(drawing: MindmapDrawing, root: string): string[] {
	const branches = childrenOf(drawing, [root]);
	return [root, ...branches, ...childrenOf(drawing, branches)];
}
