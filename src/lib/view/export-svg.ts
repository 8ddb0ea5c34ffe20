/**
 * SVG of a Cytoscape view as true vectors, text as text: reads what Cytoscape
 * renders (positions, sizes, shapes, colours, labels, arrows, the classes the
 * explorer applies) into a Scene and writes it with export-svg-scene.ts.
 * Written here because the existing Cytoscape SVG plugin is GPL.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import {
	approximateTextWidth,
	sceneToSvg,
	wrapText,
	type Scene,
	type SceneBox,
	type SceneEdge,
	type SceneLabel,
	type SceneNode
} from './export-svg-scene';

export interface SvgExportOptions {
	/** The whole graph instead of the current viewport. */
	full?: boolean;
	/** A CSS colour, or null for a transparent picture. */
	background?: string | null;
	title?: string;
}

type Measure = (text: string, font: Pick<SceneLabel, 'fontSize' | 'fontFamily' | 'fontWeight'>) => number;

/** Text widths as the browser draws them; an estimate where there is no canvas (tests in Node). */
function textMeasure(): Measure {
	const context =
		typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
	if (!context) return (text, font) => approximateTextWidth(text, font.fontSize);
	return (text, font) => {
		context.font = `${font.fontWeight} ${font.fontSize}px ${font.fontFamily}`;
		return context.measureText(text).width;
	};
}

const PADDING = 20;

function visibleBox(cy: Core): SceneBox {
	const box = cy.elements(':visible').boundingBox({ includeLabels: true });
	if (!Number.isFinite(box.w) || box.w <= 0) return { x: 0, y: 0, w: 100, h: 100 };
	return { x: box.x1 - PADDING, y: box.y1 - PADDING, w: box.w + 2 * PADDING, h: box.h + 2 * PADDING };
}

function labelOf(
	ele: NodeSingular | EdgeSingular,
	measure: Measure,
	zoom: number | null
): Omit<SceneLabel, 'x' | 'y'> | undefined {
	const text = String(ele.style('label') ?? '').trim();
	if (text === '') return undefined;
	const fontSize = ele.numericStyle('font-size');
	// In the current view Cytoscape leaves out labels smaller on screen than min-zoomed-font-size.
	const minZoomed = ele.numericStyle('min-zoomed-font-size') || 0;
	if (zoom !== null && fontSize * zoom < minZoomed) return undefined;
	const font = {
		fontSize,
		fontFamily: String(ele.style('font-family')),
		fontWeight: String(ele.style('font-weight') || 'normal')
	};
	const wrap = ele.style('text-wrap') === 'wrap';
	const maxWidth = ele.numericStyle('text-max-width');
	const lines = wrap && Number.isFinite(maxWidth) ? wrapText(text, maxWidth, (t) => measure(t, font)) : [text];
	const backgroundOpacity = ele.numericStyle('text-background-opacity');
	return {
		...font,
		lines,
		color: String(ele.style('color')),
		...(backgroundOpacity > 0
			? {
					background: {
						color: String(ele.style('text-background-color')),
						opacity: backgroundOpacity,
						padding: ele.numericStyle('text-background-padding') || 0
					}
				}
			: {})
	};
}

function sceneNode(node: NodeSingular, measure: Measure, zoom: number | null): SceneNode {
	const { x, y } = node.position();
	const width = node.width();
	const height = node.height();
	const borderWidth = node.numericStyle('border-width');
	const label = labelOf(node, measure, zoom);
	return {
		id: node.id(),
		x,
		y,
		width,
		height,
		shape: String(node.style('shape')),
		fill: String(node.style('background-color')),
		borderColor: String(node.style('border-color')),
		borderWidth,
		opacity: node.effectiveOpacity(),
		label: label && { ...label, ...labelAnchor(node, label, measure) }
	};
}

/**
 * Where a node's label block goes (its centre x, its top y): on the side the label placement
 * chose, as the stylesheet's text-halign and text-valign put it (below the node unless moved).
 */
function labelAnchor(node: NodeSingular, label: Omit<SceneLabel, 'x' | 'y'>, measure: Measure): { x: number; y: number } {
	const { x, y } = node.position();
	const outside = node.numericStyle('border-width') / 2;
	const blockWidth = Math.max(...label.lines.map((line) => measure(line, label)));
	const blockHeight = label.lines.length * label.fontSize * 1.2;
	const halign = String(node.style('text-halign'));
	const valign = String(node.style('text-valign'));
	const dx = node.width() / 2 + outside + blockWidth / 2;
	const dy = node.height() / 2 + outside;
	return {
		x: x + node.numericStyle('text-margin-x') + (halign === 'right' ? dx : halign === 'left' ? -dx : 0),
		y: y + node.numericStyle('text-margin-y') + (valign === 'top' ? -dy - blockHeight : valign === 'center' ? -blockHeight / 2 : dy)
	};
}

/** Endpoints and control points as drawn; straight centre-to-centre where there is no renderer. */
function edgePoints(edge: EdgeSingular): { x: number; y: number }[] {
	try {
		const source = edge.sourceEndpoint();
		const target = edge.targetEndpoint();
		if (source && target && Number.isFinite(source.x) && Number.isFinite(target.x)) {
			const controls = (edge.controlPoints() ?? edge.segmentPoints() ?? []) as { x: number; y: number }[];
			return [source, ...controls, target];
		}
	} catch {
		// headless: no rendered geometry
	}
	const a = edge.source().position();
	const b = edge.target().position();
	const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
	const ra = edge.source().width() / 2;
	const rb = edge.target().width() / 2;
	return [
		{ x: a.x + ((b.x - a.x) / length) * ra, y: a.y + ((b.y - a.y) / length) * ra },
		{ x: b.x - ((b.x - a.x) / length) * rb, y: b.y - ((b.y - a.y) / length) * rb }
	];
}

function sceneEdge(edge: EdgeSingular, measure: Measure, zoom: number | null): SceneEdge {
	const points = edgePoints(edge);
	const width = edge.numericStyle('width');
	const arrowShape = String(edge.style('target-arrow-shape'));
	// Cytoscape's arrow size: grows slowly with the line width, never below 29 units, times arrow-scale.
	const arrowSize =
		arrowShape === 'none' ? 0 : Math.max((width * 13.37) ** 0.9, 29) * edge.numericStyle('arrow-scale') * 0.3;
	const label = labelOf(edge, measure, zoom);
	let placed: SceneLabel | undefined;
	if (label) {
		const first = points[0];
		const last = points[points.length - 1];
		let mid = { x: (first.x + last.x) / 2, y: (first.y + last.y) / 2 };
		try {
			const m = edge.midpoint();
			if (m && Number.isFinite(m.x)) mid = m;
		} catch {
			// headless
		}
		let angle = (Math.atan2(last.y - first.y, last.x - first.x) * 180) / Math.PI;
		if (angle > 90) angle -= 180;
		if (angle < -90) angle += 180;
		const blockHeight = label.lines.length * label.fontSize * 1.2;
		placed = {
			...label,
			x: mid.x,
			y: mid.y - blockHeight / 2,
			...(edge.style('text-rotation') === 'autorotate' ? { angle } : {})
		};
	}
	return {
		id: edge.id(),
		points,
		color: String(edge.style('line-color')),
		width,
		opacity: edge.effectiveOpacity() * edge.numericStyle('line-opacity'),
		arrowSize,
		arrowColor: String(edge.style('target-arrow-color')),
		label: placed
	};
}

/** The view as a Scene; hidden elements (display: none) are left out, dimmed ones keep their opacity. */
export function sceneOf(cy: Core, options: SvgExportOptions = {}, measure: Measure = textMeasure()): Scene {
	const full = options.full ?? false;
	let viewBox: SceneBox;
	let width: number;
	let height: number;
	if (full) {
		viewBox = visibleBox(cy);
		width = viewBox.w;
		height = viewBox.h;
	} else {
		const extent = cy.extent();
		viewBox = { x: extent.x1, y: extent.y1, w: extent.w, h: extent.h };
		width = cy.width() || extent.w;
		height = cy.height() || extent.h;
	}
	const zoom = full ? null : cy.zoom();
	const z = (ele: NodeSingular | EdgeSingular) => ele.numericStyle('z-index');
	const nodes = cy
		.nodes()
		.map((n): NodeSingular => n)
		.filter((n) => n.visible())
		.sort((a, b) => z(a) - z(b))
		.map((n) => sceneNode(n, measure, zoom));
	const edges = cy
		.edges()
		.map((e): EdgeSingular => e)
		.filter((e) => e.visible())
		.sort((a, b) => z(a) - z(b))
		.map((e) => sceneEdge(e, measure, zoom));
	return {
		viewBox,
		width,
		height,
		background: options.background ?? undefined,
		title: options.title,
		nodes,
		edges
	};
}

export function exportSvg(cy: Core, options: SvgExportOptions = {}): string {
	const measure = textMeasure();
	return sceneToSvg(sceneOf(cy, options, measure), { measure: (text, label) => measure(text, label) });
}
