/**
 * The unseen test texts (tests/fixtures/extract/unseen): scraped-looking articles on topics the
 * extractor was not built around, each with the concepts a teacher expects and the site noise it
 * carries. No noise line may become a passage or a concept; a modest share of the expected
 * concepts must reach the default map (the bench reports the full figures).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreText } from '../bench/extract-quality';

const DIR = 'tests/fixtures/extract/unseen';
const texts = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();

describe('unseen test texts', { timeout: 60_000 }, () => {
	it('are three Indonesian and two English texts or more', () => {
		expect(texts.filter((f) => f.startsWith('id-')).length).toBeGreaterThanOrEqual(3);
		expect(texts.filter((f) => f.startsWith('en-')).length).toBeGreaterThanOrEqual(2);
	});

	const scores = texts.map((f) => scoreText(join(DIR, f)));
	for (const score of scores) {
		it(`${score.file}: no noise in passages or concepts, and 45% of the expected concepts at least`, () => {
			expect(score.noise.passages).toEqual([]);
			expect(score.noise.concepts).toEqual([]);
			expect(score.conceptsFound / score.concepts, `missing: ${score.missing.join(', ')}`).toBeGreaterThanOrEqual(0.45);
		});
	}

	it('find 60% of all the expected concepts at least', () => {
		const found = scores.reduce((n, s) => n + s.conceptsFound, 0);
		const expected = scores.reduce((n, s) => n + s.concepts, 0);
		expect(found / expected).toBeGreaterThanOrEqual(0.6);
	});
});
