/**
 * Our GEXF and GraphML read by xmllint against the published schemas and by
 * networkx, on files networkx itself wrote (karate club, Les Misérables, a
 * graph with self-loops, viz colours and sizes and typed attributes) and on
 * our own map with control characters in its text.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as gexf from '$lib/kg/io/gexf';
import * as graphml from '$lib/kg/io/graphml';
import { IMPORTED_GRAPH_OPTIONS, type KnowledgeGraph } from '$lib/kg/model';
import { sampleGraph } from './fixtures/io/graphs';
import { DOMParser } from '@xmldom/xmldom';
import { serializeMarkdownOutline } from '$lib/kg/io/markdown';
import { decode } from 'fast-png';
import { sceneToSvg } from '$lib/view/export-svg-scene';
import { JGRAPHT_VIZ_DEFECT, cmarkXml, extractSchemas, renderSvg, readWithNetworkx, tempDir, validateWithSchema, writeWithNetworkx, type NetworkxSummary } from './fixtures/io/readers/readers';

const FORMATS = { gexf, graphml } as const;
type Format = keyof typeof FORMATS;

let dir: string;
let schemas: { gexf: string; graphml: string };
beforeAll(() => {
	dir = tempDir();
	schemas = extractSchemas(dir);
	writeWithNetworkx(dir);
});

/** Exports a graph, checks it against the schema and returns what networkx reads from it. */
function exportAndRead(graph: KnowledgeGraph, format: Format, name: string): NetworkxSummary {
	const file = join(dir, `${name}.out.${format}`);
	writeFileSync(file, FORMATS[format].serialize(graph));
	expect(validateWithSchema(file, schemas[format], format === 'gexf' ? JGRAPHT_VIZ_DEFECT : undefined)).toEqual([]);
	return readWithNetworkx(file);
}

/** What networkx keeps besides the attributes: its label and GEXF's viz. */
const plainAttributes = (attributes: Record<string, unknown>) =>
	Object.fromEntries(Object.entries(attributes).filter(([name]) => name !== 'viz' && name !== 'label' && name !== 'id'));

const FIXTURES = [
	{ file: 'karate.gexf', nodes: 34, edges: 78, selfLoops: 0, directed: false },
	{ file: 'karate.graphml', nodes: 34, edges: 78, selfLoops: 0, directed: false },
	{ file: 'miserables.gexf', nodes: 77, edges: 254, selfLoops: 0, directed: false },
	{ file: 'miserables.graphml', nodes: 77, edges: 254, selfLoops: 0, directed: false },
	{ file: 'shaped.gexf', nodes: 6, edges: 7, selfLoops: 2, directed: true },
	{ file: 'shaped.graphml', nodes: 6, edges: 7, selfLoops: 2, directed: true }
];

describe.each(FIXTURES)('$file written by networkx', (fixture) => {
	const format = fixture.file.endsWith('.gexf') ? 'gexf' : 'graphml';
	let original: NetworkxSummary;
	let graph: KnowledgeGraph;
	beforeAll(() => {
		const path = join(dir, fixture.file);
		original = readWithNetworkx(path);
		const result = FORMATS[format].parse(readFileSync(path, 'utf8'));
		if (!result.ok) throw new Error(JSON.stringify(result.error));
		graph = result.graph;
	});

	it('imports whole: every node, edge and self-loop, undirected edges kept undirected', () => {
		expect([original.nodes, original.edges, original.selfLoops]).toEqual([fixture.nodes, fixture.edges, fixture.selfLoops]);
		expect([graph.order, graph.size, graph.selfLoopCount]).toEqual([fixture.nodes, fixture.edges, fixture.selfLoops]);
		expect(graph.undirectedSize).toBe(fixture.directed ? 0 : fixture.edges);
	});

	it('keeps every attribute with its type, and viz colours and sizes', () => {
		for (const [key, attributes] of Object.entries(original.nodeAttributes)) {
			const node = graph.getNodeAttributes(key);
			expect(node.properties ?? {}).toEqual(plainAttributes(attributes));
			const viz = attributes.viz as { color?: { r: number; g: number; b: number }; size?: number } | undefined;
			if (viz?.color) {
				const { r, g, b } = viz.color;
				expect(node.color).toBe('#' + [r, g, b].map((c) => c.toString(16).padStart(2, '0')).join(''));
			}
			if (viz?.size) expect(node.size).toBe(viz.size);
		}
		const weights = original.edgeAttributes.map(([, , a]) => a.weight).filter((w) => w !== undefined).sort();
		expect(graph.mapEdges((_k, a) => a.weight).filter((w) => w !== undefined).sort()).toEqual(weights);
	});

	it.each(['gexf', 'graphml'] as const)('re-exports as %s that the schema accepts and networkx reads with the same counts and attributes', (out) => {
		const back = exportAndRead(graph, out, `${fixture.file}`);
		expect([back.nodes, back.edges, back.selfLoops, back.directed]).toEqual([fixture.nodes, fixture.edges, fixture.selfLoops, fixture.directed]);
		for (const [key, attributes] of Object.entries(original.nodeAttributes)) {
			expect(back.nodeAttributes[key]).toMatchObject(plainAttributes(attributes));
			if (out === 'gexf' && attributes.viz) expect((back.nodeAttributes[key].viz as object) ?? {}).toMatchObject(attributes.viz as object);
		}
		const weights = (summary: NetworkxSummary) => summary.edgeAttributes.map(([, , a]) => a.weight).sort();
		expect(weights(back)).toEqual(weights(original));
	});
});

describe('the GEXF schema of libjgrapht-java', () => {
	it('refuses the viz elements networkx itself writes: the defect set aside above', () => {
		expect(validateWithSchema(join(dir, 'shaped.gexf'), schemas.gexf).some((line) => JGRAPHT_VIZ_DEFECT.test(line))).toBe(true);
	});
});

describe('our own map with control characters in its text', () => {
	// The curated sample forbids self-loops; a copy with the imported options carries one.
	const graph = sampleGraph().copy(IMPORTED_GRAPH_OPTIONS) as KnowledgeGraph;
	graph.addNode('word-paste', {
		label: 'Baris\u000bdari Word, NUL\u0000, BEL\u0007 & <tag>',
		labelEn: 'Form\u000cfeed',
		kind: 'concept',
		aliases: ['ESC\u001b'],
		mentions: []
	});
	graph.addEdge('word-paste', 'word-paste', { relation: 'is-a', evidence: [] });
	const stripped = (text: string) => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

	it.each(['gexf', 'graphml'] as const)('%s is valid against the schema and read by networkx, the characters XML forbids removed', (format) => {
		const back = exportAndRead(graph, format, 'control');
		expect(back.nodes).toBe(graph.order);
		expect(back.edges).toBe(graph.size);
		expect(back.selfLoops).toBe(1);
		expect(back.nodeAttributes['word-paste'].label).toBe(stripped(graph.getNodeAttribute('word-paste', 'label')));
		expect(back.nodeAttributes['word-paste'].labelEn).toBe('Formfeed');
	});
});

describe('the Markdown outline read by cmark, CommonMark\'s reference parser', () => {
	const tricky = ['- minus', '+ plus', '* star', '1. one', '2) two', '# hash', '> quote', '=== rule', '---'];
	it('keeps labels that look like list markers, headings or quotes as the text of one list item each', () => {
		const graph = sampleGraph();
		for (const [i, label] of tricky.entries()) {
			graph.addNode(`tricky-${i}`, { label, labelEn: '', kind: 'concept', aliases: [], mentions: [] });
			graph.addEdge('kelompok-okupasional', `tricky-${i}`, { relation: 'is-a', evidence: [] });
		}
		const markdown = serializeMarkdownOutline(graph, 'kelompok-okupasional', { lang: 'id', depth: 1 });
		const xml = cmarkXml(markdown);
		const document = new DOMParser().parseFromString(xml, 'text/xml');
		const items = Array.from(document.getElementsByTagName('item')).map((item) => item.textContent?.trim());
		for (const label of tricky) expect(items).toContain(label);
		// The headings written (root, relation groups) and no more; no label became a heading, quote or nested list.
		expect(document.getElementsByTagName('heading').length).toBe(markdown.split('\n').filter((line) => /^#{1,6} /.test(line)).length);
		expect(document.getElementsByTagName('block_quote').length).toBe(0);
		expect(document.getElementsByTagName('thematic_break').length).toBe(0);
		for (const list of Array.from(document.getElementsByTagName('list'))) expect(list.getElementsByTagName('list').length).toBe(0);
	});
});

describe('the SVG export rendered by librsvg (rsvg-convert)', () => {
	it('draws a label inside the box the scene gives it, not above it (no reliance on dominant-baseline)', () => {
		const label = { lines: ['HHHH'], x: 100, y: 120, fontSize: 20, fontFamily: 'DejaVu Sans, sans-serif', fontWeight: 'normal', color: '#000000' };
		const svg = sceneToSvg({
			viewBox: { x: 0, y: 0, w: 200, h: 200 },
			width: 200,
			height: 200,
			background: '#ffffff',
			title: 'baseline',
			nodes: [{ id: 'n', x: 100, y: 100, width: 20, height: 20, shape: 'ellipse', fill: '#ffffff', borderColor: '#ffffff', borderWidth: 0, opacity: 1, label }],
			edges: []
		});
		const svgFile = join(dir, 'label.svg');
		const pngFile = join(dir, 'label.png');
		writeFileSync(svgFile, svg);
		renderSvg(svgFile, pngFile);
		const png = decode(readFileSync(pngFile));
		const rows: number[] = [];
		for (let y = 0; y < png.height; y++)
			for (let x = 0; x < png.width; x++) {
				const i = (y * png.width + x) * png.channels;
				if (png.data[i] < 128 && png.data[i + 1] < 128 && png.data[i + 2] < 128) {
					rows.push(y);
					break;
				}
			}
		expect(rows.length).toBeGreaterThan(5);
		// The line box runs from y = 120 to 120 + 1.2 × 20 = 144; capitals fill its middle.
		expect(Math.min(...rows)).toBeGreaterThanOrEqual(120);
		expect(Math.max(...rows)).toBeLessThanOrEqual(144);
	});
});
