import { describe, expect, it } from 'vitest';
import { passageRuns } from '../../src/lib/view/passage-segments';

describe('passageRuns', () => {
	const text = '1. Profesi\n  2. Kelompok okupasional biasanya terdiri dari orang-orang';

	it('marks strong and soft ranges and leaves plain text between them', () => {
		const runs = passageRuns('Kelompok okupasional adalah kelompok', [[0, 20]], [[28, 36]]);
		expect(runs).toEqual([
			{ text: 'Kelompok okupasional', mark: 'strong', start: 0 },
			{ text: ' adalah ', mark: null, start: 20 },
			{ text: 'kelompok', mark: 'soft', start: 28 }
		]);
	});

	it('drops hidden ranges such as split list numbering, keeping offsets of what remains', () => {
		const runs = passageRuns(text, [[16, 36]], [], [[0, 3], [11, 16]]);
		expect(runs.map((r) => r.text).join('')).toBe('Profesi\nKelompok okupasional biasanya terdiri dari orang-orang');
		expect(runs.find((r) => r.mark)).toEqual({ text: 'Kelompok okupasional', mark: 'strong', start: 16 });
	});

	it('lets a strong highlight win where it overlaps a soft one', () => {
		const runs = passageRuns('abcdef', [[2, 4]], [[0, 6]]);
		expect(runs.map((r) => [r.text, r.mark])).toEqual([
			['ab', 'soft'],
			['cd', 'strong'],
			['ef', 'soft']
		]);
	});
});
