import { describe, expect, it } from 'vitest';
import { applyEdit } from '$lib/kg/edit/apply';
import { parseCsv, serializeCsv } from '$lib/kg/io/csv';
import * as gexf from '$lib/kg/io/gexf';
import * as graphml from '$lib/kg/io/graphml';
import * as json from '$lib/kg/io/json';
import { parseMarkdownOutline, serializeMarkdownOutline } from '$lib/kg/io/markdown';
import { serializeMermaidFlowchart, serializeMermaidMindmap } from '$lib/kg/io/mermaid';
import { conceptGrounding, relationGrounding } from '$lib/kg/grounding';
import type { KnowledgeGraph } from '$lib/kg/model';
import { sampleGraph } from './fixtures/io/graphs';

const WORDS = { teacherOnly: 'Tambahan guru — belum ada bukti dari artikel', legend: '✎ = tambahan guru' };

/** The sample map with what a teacher adds: a concept without a passage, related to a grounded one, with a note; one grounded concept of their own. */
function editedGraph(): KnowledgeGraph {
	const graph = sampleGraph();
	applyEdit(graph, { type: 'addConcept', key: 'arisan', label: { id: 'Arisan', en: 'Rotating savings group' }, kind: 'concept' });
	applyEdit(graph, { type: 'addRelation', key: 'arisan-is-a', source: 'arisan', relation: 'is-a', target: 'kelompok-volunter' });
	applyEdit(graph, { type: 'setNote', target: 'concept', key: 'arisan', note: 'Tanyakan *contoh* di kelas' });
	applyEdit(graph, { type: 'setNote', target: 'relation', key: 'arisan-is-a', note: 'Perlu dicek' });
	applyEdit(graph, { type: 'setHidden', key: 'ikatan-dokter-indonesia', hidden: true });
	const p1 = graph.getAttribute('passages')[0];
	applyEdit(graph, { type: 'addConcept', key: 'profesi', label: { id: 'Profesi', en: 'Profession' }, kind: 'concept', mention: { passage: p1.id, start: p1.start, end: p1.start + 5 } });
	return graph;
}

describe('grounding', () => {
	it('tells the articles’ concepts from the teacher’s, with and without a passage', () => {
		const graph = editedGraph();
		expect(conceptGrounding(graph, 'kelompok-volunter')).toBe('source');
		expect(conceptGrounding(graph, 'arisan')).toBe('teacher-only');
		expect(conceptGrounding(graph, 'profesi')).toBe('teacher-grounded');
		expect(relationGrounding(graph, 'arisan-is-a')).toBe('teacher-only');
		expect(relationGrounding(graph, 'idi-is-a-okupasional')).toBe('source');
	});
});

describe('exports mark what the teacher added without a passage', () => {
	it('Markdown outline: a footnote in the reader’s words, left out of the label when read back', () => {
		const text = serializeMarkdownOutline(editedGraph(), 'kelompok-volunter', { lang: 'id', depth: 1, teacherOnly: WORDS.teacherOnly });
		const lines = text.split('\n');
		const bullet = lines.find((line) => line.startsWith('- Arisan'));
		expect(bullet).toMatch(/^- Arisan\[\^(\d+)\]$/);
		const number = /\[\^(\d+)\]/.exec(bullet!)![1];
		expect(lines).toContain(`[^${number}]: ✎ ${WORDS.teacherOnly}`);
		// The grounded relation keeps its quote and gets no mark.
		const grounded = lines.find((line) => line.startsWith('- Kelompok okupasional'))!;
		expect(grounded).toMatch(/^- Kelompok okupasional\[\^\d+\]$/);
		expect(lines.filter((line) => line.includes(WORDS.teacherOnly))).toHaveLength(1);
		const back = parseMarkdownOutline(text);
		expect(back.ok && back.graph.hasNode('arisan') && back.graph.getNodeAttribute('arisan', 'label')).toBe('Arisan');
	});

	it('Markdown outline: a teacher-only root is marked on its heading', () => {
		const text = serializeMarkdownOutline(editedGraph(), 'arisan', { lang: 'en', teacherOnly: 'Added by the teacher — no passage yet' });
		expect(text.split('\n')[0]).toBe('# Rotating savings group[^1]');
		expect(text).toContain('[^1]: ✎ Added by the teacher — no passage yet');
	});

	it('CSV: an origin column, the note and hiding, read back', () => {
		const graph = editedGraph();
		const tables = serializeCsv(graph);
		expect(tables.nodes).toContain('arisan,Arisan,Rotating savings group,concept,,,,[],teacher,Tanyakan *contoh* di kelas,');
		expect(tables.edges).toContain('arisan-is-a,arisan,kelompok-volunter,is-a,[],teacher,Perlu dicek');
		const back = parseCsv(tables.nodes, tables.edges, {}, graph.getAttributes());
		expect(back.ok).toBe(true);
		if (!back.ok) return;
		expect(back.graph.getNodeAttributes('arisan')).toMatchObject({ origin: 'teacher', note: 'Tanyakan *contoh* di kelas' });
		expect(back.graph.getNodeAttribute('ikatan-dokter-indonesia', 'hidden')).toBe(true);
		expect(back.graph.getNodeAttribute('kelompok-volunter', 'origin')).toBeUndefined();
		expect(back.graph.getEdgeAttributes('arisan-is-a')).toMatchObject({ origin: 'teacher', note: 'Perlu dicek' });
	});

	for (const [name, format] of [
		['GEXF', gexf],
		['GraphML', graphml],
		['JSON', json]
	] as const)
		it(`${name}: origin, note and hidden as attributes, read back as such`, () => {
			const text = format.serialize(editedGraph());
			expect(text).toContain('teacher');
			const back = format.parse(text);
			expect(back.ok).toBe(true);
			if (!back.ok) return;
			const arisan = back.graph.getNodeAttributes('arisan');
			expect(arisan).toMatchObject({ origin: 'teacher', note: 'Tanyakan *contoh* di kelas' });
			expect(arisan.properties).toBeUndefined();
			expect(back.graph.getNodeAttribute('ikatan-dokter-indonesia', 'hidden')).toBe(true);
			expect(back.graph.getNodeAttribute('kelompok-volunter', 'origin')).toBeUndefined();
			expect(back.graph.getNodeAttribute('profesi', 'origin')).toBe('teacher');
			expect(back.graph.getEdgeAttributes('arisan-is-a')).toMatchObject({ origin: 'teacher', note: 'Perlu dicek' });
		});

	it('an origin of a foreign file that is not ours stays one of its properties', () => {
		const graph = sampleGraph();
		const text = gexf.serialize(graph).replace('<attvalue for="kind" value="organisation"/>', '<attvalue for="kind" value="organisation"/><attvalue for="origin" value="Jakarta"/>');
		const back = gexf.parse(text);
		expect(back.ok).toBe(true);
		if (!back.ok) return;
		expect(back.graph.getNodeAttribute('ikatan-dokter-indonesia', 'origin')).toBeUndefined();
		expect(back.graph.getNodeAttribute('ikatan-dokter-indonesia', 'properties')).toMatchObject({ origin: 'Jakarta' });
	});

	it('Mermaid flowchart: the mark on the label, a dashed outline, a dotted relation and a legend', () => {
		const text = serializeMermaidFlowchart(editedGraph(), { lang: 'id', teacherWords: WORDS });
		expect(text).toContain('n_arisan["Arisan ✎"]');
		expect(text).toContain('n_profesi["Profesi"]');
		expect(text).toContain('n_arisan -.->|"adalah contoh ✎"| n_kelompok_volunter');
		expect(text).toContain('n_ikatan_dokter_indonesia -->|"adalah contoh"| n_kelompok_okupasional');
		expect(text).toContain('class n_arisan teacher');
		expect(text).toContain('teacher_legend["✎ = tambahan guru"]');
		expect(serializeMermaidFlowchart(sampleGraph(), { lang: 'id', teacherWords: WORDS })).not.toContain('teacher');
	});

	it('Mermaid mind map: the mark on the label', () => {
		const text = serializeMermaidMindmap(editedGraph(), 'kelompok-volunter', { lang: 'en' });
		expect(text).toContain('n_arisan["Rotating savings group ✎"]');
		expect(text).not.toContain('Occupational group ✎');
	});
});
