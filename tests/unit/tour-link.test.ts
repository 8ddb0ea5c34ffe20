/**
 * Tour share links: compressed so a long tour stays far under 8 KB of request line, older
 * uncompressed links still open, and whatever a link holds the decoder answers with a tour or
 * with typed problems, never an exception, a hang or a giant allocation.
 */
import { deflateSync } from 'fflate';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { readKnowledgeBase } from '../../graph/read-knowledge-base';
import { assembleGraph } from '../../src/lib/kg/build/assemble';
import { MAX_UNPACKED_BYTES, decodeTourFromUrl, encodeTourForUrl, type TourReadResult } from '../../src/lib/kg/io/tour-file';
import type { KnowledgeGraph } from '../../src/lib/kg/model';
import { lessonTour, lessonTours } from '../../src/lib/kg/query/lesson-tour';
import { TOUR_SECTIONS, type Tour } from '../../src/lib/kg/tour-model';

let graph: KnowledgeGraph;
let longest: Tour;

beforeAll(() => {
	graph = assembleGraph(readKnowledgeBase('graph')).graph;
	longest = lessonTours(graph).reduce((a, b) => (b.steps.length > a.steps.length ? b : a));
}, 60_000);

const base64Url = (bytes: Uint8Array) =>
	Buffer.from(bytes).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const utf8 = (text: string) => new TextEncoder().encode(text);
/** How links were packed before compression: base64url of the JSON. */
const legacyLink = (tour: Tour) => {
	const { format, version, id, title, root, steps } = tour;
	return base64Url(utf8(JSON.stringify({ format, version, id, title, root, steps })));
};
const shareUrl = (packed: string) => `https://sekolah.example/present?shared=${packed}`;

const CODES = new Set(['notJson', 'notTour', 'version', 'missing', 'wrongType', 'empty', 'unknownSection', 'unknownNode', 'unknownEdge', 'unknownPassage', 'duplicateStep', 'badLink', 'linkIntro']);

/** The decoder's contract: a tour, or typed problems; never a throw. */
function expectTypedAnswer(result: TourReadResult): void {
	if (result.ok) {
		expect(result.tour.steps.length).toBeGreaterThan(0);
		return;
	}
	expect(result.problems.length).toBeGreaterThan(0);
	for (const problem of result.problems) expect(CODES.has(problem.code), problem.code).toBe(true);
}

describe('tour share links', { timeout: 60_000 }, () => {
	it(`keep the longest lesson far under 8 KB (${'uncompressed → compressed'})`, () => {
		const before = shareUrl(legacyLink(longest)).length;
		const after = shareUrl(encodeTourForUrl(longest)).length;
		console.info(`share link of the ${longest.steps.length}-step tour: ${before} → ${after} characters`);
		expect(longest.steps.length).toBeGreaterThanOrEqual(25);
		expect(before).toBeGreaterThan(8 * 1024);
		expect(after).toBeLessThan(4 * 1024);
	});

	it('round-trip every generated tour, captions in any script included', () => {
		for (const tour of lessonTours(graph)) {
			tour.steps[0].caption = 'Ciri utama: “sukarela” — tanpa bayaran \u202eRTL\u202c 🎓';
			const read = decodeTourFromUrl(encodeTourForUrl(tour), graph);
			expect(read.ok && read.tour.steps).toEqual(tour.steps);
			expect(read.ok && read.tour.title).toBe(tour.title);
		}
	});

	it('made before compression still open', () => {
		const tour = lessonTour(graph, 'kelompok-volunter')!;
		const read = decodeTourFromUrl(legacyLink(tour), graph);
		expect(read.ok && read.tour.steps).toEqual(tour.steps);
	});

	it('that are damaged say so as a link, not as a file', () => {
		const link = encodeTourForUrl(longest);
		for (const bad of ['%%%', link.slice(0, link.length / 2), '~', '~!!', legacyLink(longest).slice(0, 100), base64Url(utf8('not json'))])
			expect(decodeTourFromUrl(bad, graph)).toEqual({ ok: false, problems: [{ field: '', code: 'badLink' }] });
		const other = { ...lessonTour(graph, 'kelompok-volunter')!, root: 'konsep-lain' };
		const read = decodeTourFromUrl(encodeTourForUrl(other), graph);
		expect(read.ok).toBe(false);
		expect(!read.ok && read.problems.map((p) => p.code)).toEqual(['linkIntro', 'unknownNode']);
	});

	it('refuse a link that unpacks to more than the cap', () => {
		const bomb = '~' + base64Url(deflateSync(new Uint8Array(MAX_UNPACKED_BYTES * 4), { level: 9 }));
		expect(bomb.length).toBeLessThan(200_000);
		expect(decodeTourFromUrl(bomb, graph)).toEqual({ ok: false, problems: [{ field: '', code: 'badLink' }] });
	});
});

// CPU-bound: generous time on a shared machine (nothing here measures time).
describe('tour link decoder under fuzzing', { timeout: 120_000 }, () => {
	const runs = { numRuns: 1000 };
	const json = fc.jsonValue({ maxDepth: 4 });
	const stepLike = fc.record({
		id: fc.string(),
		section: fc.oneof(fc.constantFrom(...TOUR_SECTIONS), fc.string()),
		target: fc.record({ type: fc.constantFrom('node', 'edge', 'x'), key: fc.string() }),
		caption: fc.option(fc.string({ maxLength: 3000 }), { nil: undefined }),
		passages: fc.array(fc.string(), { maxLength: 3 })
	});
	const tourLike = fc.record({
		format: fc.constantFrom('peta-konsep/tour', 'x'),
		version: fc.constantFrom(1, 2, '1'),
		id: fc.string(),
		title: fc.string({ maxLength: 400 }),
		root: fc.constantFrom('kelompok-volunter', 'x', '__proto__'),
		steps: fc.array(stepLike, { maxLength: 5 })
	});

	it('answers any string with typed problems', () => {
		fc.assert(fc.property(fc.string({ maxLength: 400 }), (text) => expectTypedAnswer(decodeTourFromUrl(text, graph))), runs);
	});

	it('answers any bytes behind either marker', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 600 }), fc.boolean(), (bytes, deflated) =>
				expectTypedAnswer(decodeTourFromUrl((deflated ? '~' : '') + base64Url(bytes), graph))
			),
			runs
		);
	});

	it('answers any JSON, compressed or not', () => {
		fc.assert(
			fc.property(json, fc.boolean(), (value, deflated) => {
				const bytes = utf8(JSON.stringify(value) ?? 'null');
				expectTypedAnswer(decodeTourFromUrl(deflated ? '~' + base64Url(deflateSync(bytes)) : base64Url(bytes), graph));
			}),
			runs
		);
	});

	it('answers tour-shaped data with a tour or the fields at fault', () => {
		fc.assert(
			fc.property(tourLike, (tour) => expectTypedAnswer(decodeTourFromUrl('~' + base64Url(deflateSync(utf8(JSON.stringify(tour)))), graph))),
			runs
		);
	});

	it('answers a real link with characters flipped, cut or added', () => {
		const link = encodeTourForUrl(longest);
		const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_~=%';
		fc.assert(
			fc.property(
				fc.array(fc.record({ at: fc.nat(link.length - 1), char: fc.constantFrom(...alphabet), op: fc.constantFrom('set', 'insert', 'delete') }), { minLength: 1, maxLength: 6 }),
				fc.nat(link.length),
				(edits, cut) => {
					let text = link;
					for (const { at, char, op } of edits) {
						const i = Math.min(at, text.length);
						text = op === 'set' ? text.slice(0, i) + char + text.slice(i + 1) : op === 'insert' ? text.slice(0, i) + char + text.slice(i) : text.slice(0, i) + text.slice(i + 1);
					}
					expectTypedAnswer(decodeTourFromUrl(text.slice(0, Math.max(cut, 1) + (text.length - link.length)), graph));
				}
			),
			runs
		);
	});
});
