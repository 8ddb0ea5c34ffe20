/**
 * Our Mermaid export drawn by Mermaid itself (the npm package's browser
 * build, in Chromium: its renderer needs a DOM): every label comes out as
 * written, a literal "&amp;" and "\n" included, and a label that would break
 * the syntax does not.
 */
import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { serializeMermaidFlowchart, serializeMermaidMindmap } from '../../src/lib/kg/io/mermaid';
import { IMPORTED_GRAPH_OPTIONS, type KnowledgeGraph } from '../../src/lib/kg/model';
import { sampleGraph } from '../unit/fixtures/io/graphs';

const MERMAID = fileURLToPath(new URL('../../node_modules/mermaid/dist/mermaid.min.js', import.meta.url));
const LABELS = ['Tom &amp; Jerry', 'baris\\nbaru', 'kurung ["siku"] & <b>', 'end', '#quot; 100% `kode`', 'a --> b'];

function trickyGraph(): KnowledgeGraph {
	const graph = sampleGraph().copy(IMPORTED_GRAPH_OPTIONS) as KnowledgeGraph;
	for (const [i, label] of LABELS.entries()) {
		graph.addNode(`t${i}`, { label, labelEn: label, kind: 'concept', aliases: [], mentions: [] });
		graph.addEdge('kelompok-okupasional', `t${i}`, { relation: 'is-a', evidence: [] });
	}
	return graph;
}

test('Mermaid draws every label of our flowchart and mind map as written', async ({ page }) => {
	await page.setContent('<!doctype html><html><body></body></html>');
	await page.addScriptTag({ path: MERMAID });
	const graph = trickyGraph();
	for (const text of [serializeMermaidFlowchart(graph, { lang: 'id' }), serializeMermaidMindmap(graph, 'kelompok-okupasional', { lang: 'id', depth: 1 })]) {
		const drawn = await page.evaluate(async (source) => {
			const { mermaid } = window as unknown as { mermaid: { initialize(o: object): void; render(id: string, text: string): Promise<{ svg: string }> } };
			mermaid.initialize({ startOnLoad: false });
			const { svg } = await mermaid.render(`m${Math.random().toString(36).slice(2)}`, source);
			const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
			return Array.from(document.querySelectorAll('g.node, g.mindmap-node')).map((node) => node.textContent?.trim());
		}, text);
		for (const label of LABELS) expect(drawn).toContain(label);
	}
});
