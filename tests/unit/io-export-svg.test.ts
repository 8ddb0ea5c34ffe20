import cytoscape from 'cytoscape';
import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { polygonOf, sceneToSvg, wrapText, type Scene } from '$lib/view/export-svg-scene';
import { exportSvg, sceneOf } from '$lib/view/export-svg';
import { toElements } from '$lib/view/elements';
import { explorerStylesheet } from '$lib/view/stylesheet';
import { centrality } from '$lib/kg/query/centrality';
import { sampleGraph, trickyText } from './fixtures/io/graphs';

function parseSvg(text: string) {
	const problems: string[] = [];
	const doc = new DOMParser({ errorHandler: (_level: string, message: unknown) => void problems.push(String(message)) }).parseFromString(
		text,
		'image/svg+xml'
	);
	return { doc, problems };
}

function headless() {
	const graph = sampleGraph();
	const cy = cytoscape({
		headless: true,
		styleEnabled: true,
		elements: toElements(graph, centrality(graph)),
		style: explorerStylesheet()
	});
	return { graph, cy };
}

const scene = (label: string): Scene => ({
	viewBox: { x: -50, y: -50, w: 100, h: 100 },
	width: 200,
	height: 200,
	background: '#ffffff',
	title: label,
	nodes: [
		{
			id: label,
			x: 0,
			y: 0,
			width: 20,
			height: 20,
			shape: 'star',
			fill: '#ff0000',
			borderColor: '#fff',
			borderWidth: 1,
			opacity: 0.5,
			label: { lines: [label, label], x: 0, y: 12, fontSize: 10, fontFamily: 'system-ui, "Noto Sans"', fontWeight: 'bold', color: '#111', background: { color: '#fff', opacity: 0.8, padding: 1 } }
		}
	],
	edges: [
		{
			id: `${label}-e`,
			points: [
				{ x: -40, y: -40 },
				{ x: -10, y: -30 },
				{ x: 0, y: -10 }
			],
			color: 'rgb(1,2,3)',
			width: 1.5,
			opacity: 1,
			arrowSize: 6,
			arrowColor: 'rgb(1,2,3)',
			label: { lines: [label], x: -20, y: -25, fontSize: 8, fontFamily: 'sans-serif', fontWeight: 'normal', color: '#333', angle: 30 }
		}
	]
});

describe('SVG export', () => {
	it('writes well-formed XML whatever the labels hold, with the text as text', () => {
		fc.assert(
			fc.property(trickyText(12), (label) => {
				const { doc, problems } = parseSvg(sceneToSvg(scene(label)));
				expect(problems).toEqual([]);
				const tspans = Array.from(doc.getElementsByTagName('tspan')).map((t) => t.textContent);
				// XML cannot carry some control characters; everything else comes back verbatim.
				const kept = label.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
				if (kept.trim() !== '') expect(tspans).toContain(kept);
			}),
			{ numRuns: 150 }
		);
	});

	it('draws the curve, the arrow, rotated edge labels and dimmed opacity', () => {
		const svg = sceneToSvg(scene('Kelompok volunter'));
		expect(svg).toMatch(/<path d="M-40 -40 Q-10 -30 [\d.-]+ [\d.-]+"/);
		expect(svg.match(/<polygon/g)?.length).toBe(2); // the star and the arrow head
		expect(svg).toContain('transform="rotate(30');
		expect(svg).toContain('opacity="0.5"');
		expect(svg).toContain('font-family="system-ui, &quot;Noto Sans&quot;"');
	});

	it('knows Cytoscape’s polygon shapes', () => {
		for (const shape of ['triangle', 'round-triangle', 'hexagon', 'octagon', 'diamond', 'round-pentagon', 'star', 'vee', 'tag'])
			expect(polygonOf(shape), shape).not.toBeNull();
		expect(polygonOf('star')!.length).toBe(20);
		expect(polygonOf('ellipse')).toBeNull();
	});

	it('wraps labels greedily at spaces, as text-wrap: wrap does', () => {
		const width = (text: string) => text.length;
		expect(wrapText('Kelompok okupasional formal', 12, width)).toEqual(['Kelompok', 'okupasional', 'formal']);
		expect(wrapText('Ikatan Dokter Indonesia', 30, width)).toEqual(['Ikatan Dokter Indonesia']);
		expect(wrapText('Supercalifragilistic ok', 5, width)).toEqual(['Supercalifragilistic', 'ok']);
	});

	it('reads a Cytoscape core into a scene: every node, hidden ones left out, styles resolved', () => {
		const { graph, cy } = headless();
		const first = graph.nodes()[0];
		cy.getElementById(first).addClass('hidden');
		cy.nodes().not(`#${first}`).first().addClass('dimmed');
		cy.nodes().forEach((n) => {
			n.data('display', n.data('label'));
		});
		// The explorer's label placement names what fits (label-on); here, every node.
		cy.nodes().addClass('label-on');
		const s = sceneOf(cy, { full: true, background: '#ffffff', title: 'Peta' });
		expect(s.nodes.length).toBe(graph.order - 1);
		expect(s.nodes.some((n) => n.id === first)).toBe(false);
		expect(s.edges.every((e) => e.points.length >= 2)).toBe(true);
		expect(s.nodes.some((n) => n.opacity < 0.5)).toBe(true);
		expect(s.nodes.every((n) => /^rgb\(/.test(n.fill))).toBe(true);
		const labelled = s.nodes.filter((n) => n.label);
		expect(labelled.length).toBeGreaterThan(0);
		const svg = exportSvg(cy, { full: true, background: null });
		const { doc, problems } = parseSvg(svg);
		expect(problems).toEqual([]);
		expect(doc.getElementsByTagName('text').length).toBe(labelled.length);
		cy.destroy();
	});

	it('puts each label on the side of its node the label placement chose, as the canvas draws it', () => {
		const cy = cytoscape({
			headless: true,
			styleEnabled: true,
			elements: ['below', 'above', 'right', 'left'].map((id, i) => ({
				data: { id, display: id, size: 20, fontSize: 12, wrap: 100 },
				position: { x: i * 200, y: 0 },
				classes: 'label-on'
			})),
			style: explorerStylesheet()
		});
		const [below, above, right, left] = ['below', 'above', 'right', 'left'].map((id) => cy.getElementById(id));
		above.addClass('label-above');
		right.addClass('label-right');
		left.addClass('label-left');
		const labels = new Map(sceneOf(cy, { full: true }, () => 40).nodes.map((n) => [n.id, n.label!]));
		const at = (node: cytoscape.NodeSingular) => ({ ...node.position(), r: node.width() / 2, label: labels.get(node.id())! });
		const height = (l: { lines: string[]; fontSize: number }) => l.lines.length * l.fontSize * 1.2;
		const b = at(below);
		expect(b.label.x).toBeCloseTo(b.x);
		expect(b.label.y).toBeGreaterThan(b.y + b.r);
		const a = at(above);
		expect(a.label.x).toBeCloseTo(a.x);
		expect(a.label.y + height(a.label)).toBeLessThan(a.y - a.r);
		const r = at(right);
		expect(r.label.x - 20).toBeGreaterThan(r.x + r.r);
		expect(r.label.y + height(r.label) / 2).toBeCloseTo(r.y);
		const l = at(left);
		expect(l.label.x + 20).toBeLessThan(l.x - l.r);
		expect(l.label.y + height(l.label) / 2).toBeCloseTo(l.y);
		cy.destroy();
	});
});
