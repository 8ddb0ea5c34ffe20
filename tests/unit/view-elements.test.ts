import { describe, expect, it } from 'vitest';
import { conceptNames, toElements } from '$lib/view/elements';
import { sampleGraph } from './fixtures/io/graphs';

describe('the names a concept element shows', () => {
	it('reads the UI language first and both names for the selection', () => {
		expect(conceptNames('Dokter', 'Doctor', 'id')).toEqual({ display: 'Dokter', bilingual: 'Dokter\n(Doctor)' });
		expect(conceptNames('Dokter', 'Doctor', 'en')).toEqual({ display: 'Doctor', bilingual: 'Doctor\n(Dokter)' });
		expect(conceptNames('IDI', 'IDI', 'en')).toEqual({ display: 'IDI', bilingual: 'IDI' });
	});

	it('starts in Indonesian, so opening a map in Indonesian writes no element data', () => {
		const graph = sampleGraph();
		const nodes = toElements(graph, {}).filter((e) => e.group === 'nodes');
		expect(nodes.length).toBeGreaterThan(0);
		for (const { data } of nodes) expect({ display: data.display, bilingual: data.bilingual }).toEqual(conceptNames(data.label, data.labelEn, 'id'));
	});
});
