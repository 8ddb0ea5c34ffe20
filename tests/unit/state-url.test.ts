import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, formatParams, parseParams, selectionChanged } from '../../src/lib/state/url-state';

describe('explorer URL state', () => {
	it('leaves defaults out, so the plain explorer has a plain URL', () => {
		expect(formatParams(DEFAULT_PARAMS)).toBe('');
	});

	it('round-trips every parameter in a fixed order', () => {
		const params = {
			node: 'ikatan-dokter-indonesia',
			edge: null,
			focus: 'kelompok-okupasional',
			depth: 2 as const,
			layout: 'tree' as const,
			hide: ['profession', 'challenge'],
			lang: 'en' as const,
			from: 'guru',
			to: 'relawan-bencana',
			communities: true
		};
		const search = formatParams(params);
		expect(search).toBe(
			'?node=ikatan-dokter-indonesia&focus=kelompok-okupasional&depth=2&layout=tree&hide=challenge%2Cprofession&from=guru&to=relawan-bencana&communities=1&lang=en'
		);
		expect(parseParams(new URLSearchParams(search))).toEqual({ ...params, hide: ['challenge', 'profession'] });
	});

	it('falls back to defaults for values it does not know', () => {
		const parsed = parseParams(new URLSearchParams('layout=spiral&depth=9&lang=fr&communities=yes'));
		expect(parsed).toEqual(DEFAULT_PARAMS);
	});

	it('treats a new selection as a history step and a filter change as a replacement', () => {
		const a = { ...DEFAULT_PARAMS, node: 'guru' };
		expect(selectionChanged(a, { ...a, node: 'dokter' })).toBe(true);
		expect(selectionChanged(a, { ...a, hide: ['profession'] })).toBe(false);
	});
});
