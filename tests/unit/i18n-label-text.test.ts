import { describe, expect, it } from 'vitest';
import { inSentence, naturalList, sentenceStart, withArticle } from '../../src/lib/i18n/label-text';

describe('labels inside running text', () => {
	it('lower-cases a common noun mid-sentence and keeps a name as it is', () => {
		expect(inSentence('Kelompok okupasional')).toBe('kelompok okupasional');
		expect(inSentence('Solidaritas')).toBe('solidaritas');
		expect(inSentence('Ikatan Dokter Indonesia')).toBe('Ikatan Dokter Indonesia');
		expect(inSentence('Institute of Electrical and Electronics Engineers')).toBe('Institute of Electrical and Electronics Engineers');
		expect(inSentence('IDI')).toBe('IDI');
		expect(sentenceStart('kelompok okupasional berbeda')).toBe('Kelompok okupasional berbeda');
	});

	it('joins a list as a teacher says it, never "X dan Y dan Z"', () => {
		expect(naturalList(['Gaji dan tunjangan', 'Kondisi kerja'], 'id')).toBe('Gaji dan tunjangan serta kondisi kerja');
		expect(naturalList(['Pay and allowances', 'Working conditions'], 'en')).toBe('Pay and allowances as well as working conditions');
		expect(naturalList(['Pelatihan', 'Seminar', 'Diskusi'], 'id')).toBe('Pelatihan, seminar, dan diskusi');
		expect(naturalList(['Training', 'Seminar', 'American Medical Association'], 'en')).toBe('Training, seminar, and American Medical Association');
		expect(naturalList(['Dokter'], 'id')).toBe('Dokter');
	});

	it('puts the English article before a count noun, not before a name or a plural', () => {
		expect(withArticle('Occupational group', 'en')).toBe('an occupational group');
		expect(withArticle('Voluntary group', 'en')).toBe('a voluntary group');
		expect(withArticle('Unmet interests', 'en')).toBe('unmet interests');
		expect(withArticle('American Bar Association', 'en')).toBe('American Bar Association');
		expect(withArticle('Kelompok okupasional', 'id')).toBe('kelompok okupasional');
	});
});
