/**
 * The two-centred comparison graph: A on the left, B on the right, what they
 * share in the middle column (linked to both), and on the outer sides what
 * only one has, summarised per relation ("Ciri (14)"). Columns are stacked,
 * so nothing overlaps.
 */
import type { ElementDefinition } from 'cytoscape';
import { labelBox, textColourOn, type MeasureText } from './label-box';

export interface CompareDrawNode {
	id: string;
	label: string;
	color: string;
}

export interface CompareDrawInput {
	a: CompareDrawNode;
	b: CompareDrawNode;
	shared: CompareDrawNode[];
	onlyA: CompareDrawNode[];
	onlyB: CompareDrawNode[];
	/** Label of the direct contrast edge, when the graph has one. */
	contrast: string | null;
}

const GAP = 22;

export function compareDrawing(input: CompareDrawInput, measure: MeasureText): ElementDefinition[] {
	const elements: ElementDefinition[] = [];
	const node = (n: CompareDrawNode, role: 'root' | 'concept' | 'branch', fontSize: number) => {
		const box = labelBox(n.label, fontSize, role !== 'concept', role === 'root' ? 340 : 300, measure);
		const background = role === 'branch' ? '#ffffff' : n.color;
		const element: ElementDefinition = {
			group: 'nodes',
			data: {
				id: n.id,
				display: box.text,
				fontSize,
				width: box.width,
				height: box.height,
				color: background,
				textColor: role === 'branch' ? '#111827' : textColourOn(background),
				borderColor: role === 'root' ? '#111827' : role === 'branch' ? '#374151' : '#ffffff'
			},
			classes: role,
			position: { x: 0, y: 0 }
		};
		elements.push(element);
		return { element, ...box };
	};
	const column = (items: ReturnType<typeof node>[], x: number, from?: number) => {
		const total = items.reduce((s, i) => s + i.height, 0) + GAP * Math.max(0, items.length - 1);
		let top = from ?? -total / 2;
		for (const item of items) {
			item.element.position = { x, y: top + item.height / 2 };
			top += item.height + GAP;
		}
	};
	const widest = (items: Array<{ width: number }>) => Math.max(0, ...items.map((i) => i.width));

	const a = node(input.a, 'root', 32);
	const b = node(input.b, 'root', 32);
	const shared = input.shared.map((n) => node(n, 'concept', 22));
	const onlyA = input.onlyA.map((n) => node(n, 'branch', 22));
	const onlyB = input.onlyB.map((n) => node(n, 'branch', 22));
	const middle = Math.max(widest(shared), 200);
	const ax = -(middle / 2 + GAP * 5 + a.width / 2);
	const bx = middle / 2 + GAP * 5 + b.width / 2;
	// Shared items hang below the line joining A and B, so the contrast edge along it crosses nothing.
	column(shared, 0, input.contrast ? Math.max(a.height, b.height) / 2 + GAP * 2 : undefined);
	a.element.position = { x: ax, y: 0 };
	b.element.position = { x: bx, y: 0 };
	column(onlyA, ax - a.width / 2 - GAP * 5 - widest(onlyA) / 2);
	column(onlyB, bx + b.width / 2 + GAP * 5 + widest(onlyB) / 2);

	const edge = (source: string, target: string, extra: Partial<ElementDefinition> = {}) =>
		elements.push({ group: 'edges', data: { id: `${source}->${target}`, source, target }, ...extra });
	for (const s of input.shared) {
		edge(input.a.id, s.id);
		edge(input.b.id, s.id);
	}
	for (const s of input.onlyA) edge(input.a.id, s.id);
	for (const s of input.onlyB) edge(input.b.id, s.id);
	if (input.contrast)
		elements.push({
			group: 'edges',
			data: { id: 'contrast', source: input.a.id, target: input.b.id, display: input.contrast },
			classes: 'contrast'
		});
	return elements;
}
