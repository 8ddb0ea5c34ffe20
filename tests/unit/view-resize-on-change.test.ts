import type { Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { resizeOnlyOnChange } from '$lib/view/resize-on-change';

describe('a drawing resizes only when its size changed', () => {
	it('passes a real change on, once, and drops the calls that change nothing', () => {
		const box = { clientWidth: 800, clientHeight: 600 };
		let resized = 0;
		const core = { container: () => box, resize: () => (resized++, core) } as unknown as Core;
		resizeOnlyOnChange(core);
		core.resize();
		core.resize();
		expect(resized).toBe(0);
		box.clientWidth = 500;
		core.resize();
		core.resize();
		expect(resized).toBe(1);
		box.clientHeight = 844;
		expect(core.resize()).toBe(core);
		expect(resized).toBe(2);
	});
});
