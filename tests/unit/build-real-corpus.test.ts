/** The default knowledge base, built for real: grounded, complete and repeatable. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readKnowledgeBase } from '../../graph/read-knowledge-base';
import { assembleGraph } from '../../src/lib/kg/build/assemble';
import { checkInvariants } from '../../src/lib/kg/model';
import { applyDefaultLayout } from '../../src/lib/view/default-layout';
import { labelFontSizes, nodeDiameter, nodeFootprint } from '../../src/lib/view/footprint';
import { importance } from '../../src/lib/view/importance';

const input = readKnowledgeBase('graph');
/** A default layout takes seconds; on a busy shared machine, several times that. */
const LAYOUT_TIMEOUT = 60_000;
const { graph, warnings } = assembleGraph(input);
const { documents, passages } = graph.getAttributes();
const docText = new Map(documents.map((d) => [d.id, d.text]));
const passageById = new Map(passages.map((p) => [p.id, p]));

describe('the default knowledge base', () => {
	it('keeps the corpus verbatim, as its recorded checksums prove', () => {
		for (const spec of input.corpus.documents) {
			expect(spec.sha256, spec.file).toMatch(/^[0-9a-f]{64}$/);
			const bytes = readFileSync(`graph/corpus/${spec.file}`);
			expect(createHash('sha256').update(bytes).digest('hex')).toBe(spec.sha256);
			expect(docText.get(spec.id)).toBe(bytes.toString('utf8'));
		}
	});

	it('holds the contract invariants, with no warning', () => {
		expect(checkInvariants(graph.export())).toEqual([]);
		expect(warnings).toEqual([]);
	});

	it('grounds every node in at least one mention from real article text', () => {
		graph.forEachNode((key, attrs) => {
			expect(attrs.mentions.length, key).toBeGreaterThan(0);
			for (const m of attrs.mentions) {
				const passage = passageById.get(m.passage)!;
				expect(m.start).toBeGreaterThanOrEqual(passage.start);
				expect(m.end).toBeLessThanOrEqual(passage.end);
				expect(docText.get(passage.doc)!.slice(m.start, m.end).trim().length).toBeGreaterThan(1);
			}
		});
	});

	it('grounds every edge in the verbatim quote that states it', () => {
		const quotes = new Map(
			input.relations.map((r) => [`${r.source}--${r.relation}--${r.target}`, typeof r.evidence === 'string' ? [r.evidence] : r.evidence])
		);
		graph.forEachEdge((key, attrs) => {
			expect(attrs.evidence.length, key).toBeGreaterThan(0);
			for (const span of attrs.evidence) {
				const passage = passageById.get(span.passage)!;
				expect(span.start >= passage.start && span.end <= passage.end, key).toBe(true);
				expect(quotes.get(key)).toContain(docText.get(passage.doc)!.slice(span.start, span.end));
			}
		});
	});

	it('covers the concepts of the articles', () => {
		for (const key of [
			'kelompok-okupasional',
			'kelompok-volunter',
			'kelompok-primer',
			'serikat-pekerja',
			'kelompok-okupasional-formal',
			'kelompok-okupasional-informal',
			'kelompok-okupasional-cross-functional',
			'ikatan-dokter-indonesia',
			'ikatan-akuntan-indonesia',
			'american-medical-association',
			'relawan-bencana',
			'kelompok-ojek-online',
			'fungsi-bagi-individu',
			'fungsi-bagi-masyarakat',
			'masyarakat-heterogen',
			'kepentingan-primer',
			'era-digitalisasi'
		])
			expect(graph.hasNode(key), key).toBe(true);
		expect(graph.order).toBeGreaterThanOrEqual(150);
		expect(graph.size).toBeGreaterThanOrEqual(200);
	});

	it('never turns boilerplate into a passage or a concept', () => {
		for (const p of passages) {
			expect(p.text).not.toMatch(/Baca Juga|Diposting pada|Back to top|Artikel Terkait|situs media online/);
			// the greeting, the sign-off and the SEO paragraph of the articles
			expect(p.text).not.toMatch(/Salam kepada pembaca|Selamat membaca|Sekian penjelasan|Terima kasih telah membaca|Artikel berikut ini akan membahas/);
			// no lead-in stands alone: a passage ending in ":" holds more than that sentence
			if (p.text.endsWith(':')) expect(p.text.split(/[.!?]\s/).length, p.id).toBeGreaterThan(1);
		}
		graph.forEachNode((_key, attrs) => expect(attrs.label).not.toMatch(/Baca Juga|Geograf/));
	});

	it('lays the graph out with no two nodes, labels included, overlapping', () => {
		const laidOut = assembleGraph(readKnowledgeBase('graph')).graph;
		applyDefaultLayout(laidOut);
		const weight = importance(laidOut);
		const fonts = labelFontSizes(weight);
		const boxes = laidOut.mapNodes((key, a) => {
			const label = a.labelEn.length > a.label.length ? a.labelEn : a.label;
			return { key, x: a.x!, y: a.y!, ...nodeFootprint(label, nodeDiameter(weight[key]), fonts[key]) };
		});
		const overlapping: string[] = [];
		for (let i = 0; i < boxes.length; i++)
			for (let j = i + 1; j < boxes.length; j++) {
				const [a, b] = [boxes[i], boxes[j]];
				if (Math.abs(a.x - b.x) < (a.width + b.width) / 2 && Math.abs(a.y - b.y) < (a.height + b.height) / 2)
					overlapping.push(`${a.key} × ${b.key}`);
			}
		expect(overlapping).toEqual([]);
	}, LAYOUT_TIMEOUT);

	it('builds the same graph, positions included, every time', () => {
		const once = assembleGraph(readKnowledgeBase('graph')).graph;
		const twice = assembleGraph(readKnowledgeBase('graph')).graph;
		applyDefaultLayout(once);
		applyDefaultLayout(twice);
		expect(JSON.stringify(twice.export())).toBe(JSON.stringify(once.export()));
		once.forEachNode((key, attrs) => {
			expect(Number.isFinite(attrs.x), key).toBe(true);
			expect(Number.isFinite(attrs.y), key).toBe(true);
		});
	}, LAYOUT_TIMEOUT);
});
