import cytoscape, { type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { mapStylesheet, widenedLitEdge } from '$lib/view/big-graph';

const node = (id: string, data: Record<string, unknown> = {}, classes = ''): ElementDefinition => ({ data: { id, size: 10, fontSize: 12, ...data }, classes });
const edge = (id: string, classes = ''): ElementDefinition => ({ data: { id, source: 'a', target: 'b' }, classes });

/** A style property of element `id`, drawn with the map's stylesheet; `picked` selects it as edit mode does. */
function styled(big: boolean, elements: ElementDefinition[], id: string, property: string, picked = false): string | number {
	const cy = cytoscape({ headless: true, styleEnabled: true, elements, style: mapStylesheet(big, true) });
	const ele = cy.getElementById(id);
	if (picked) ele.select();
	const value = property === 'width' || property === 'border-width' ? ele.numericStyle(property) : String(ele.style(property));
	cy.destroy();
	return value;
}

const edgeWidth = (big: boolean, classes: string) => styled(big, [node('a'), node('b'), edge('e', classes)], 'e', 'width');
const borderWidth = (data: Record<string, unknown>, classes: string, picked = false) => styled(true, [node('a', data, classes)], 'a', 'border-width', picked);

describe('the map stylesheet', () => {
	it('draws a big map’s plain edges thinner than the default map’s', () => {
		expect(edgeWidth(false, '')).toBe(1.2);
		expect(edgeWidth(true, '')).toBe(0.8);
	});

	it('keeps the width of what is selected, on the path, lit or hovered on a big map', () => {
		for (const big of [false, true]) {
			expect(edgeWidth(big, 'selected')).toBe(4);
			expect(edgeWidth(big, 'path')).toBe(4.5);
			expect(edgeWidth(big, 'neighbour')).toBe(2);
			expect(edgeWidth(big, 'hover')).toBe(3);
		}
	});

	it('makes a big map’s lit edges straight lines with arrows, and its plain ones haystacks', () => {
		const elements = [node('a'), node('b'), edge('plain'), edge('lit', 'path')];
		expect(styled(true, elements, 'plain', 'curve-style')).toBe('haystack');
		expect(styled(true, elements, 'lit', 'curve-style')).toBe('straight');
		expect(styled(true, elements, 'lit', 'target-arrow-shape')).toBe('triangle');
	});

	it('leaves a big map’s plain nodes without a border and marks every state with its own', () => {
		expect(borderWidth({}, '')).toBe(0);
		expect(borderWidth({}, 'selected')).toBe(4);
		expect(borderWidth({}, 'path')).toBe(4);
		expect(borderWidth({}, 'hover')).toBe(3);
		expect(borderWidth({ teacher: true }, '')).toBe(2.5);
		expect(borderWidth({ concealed: true }, '')).toBe(2);
		expect(borderWidth({}, '', true)).toBe(5);
	});
});

describe('a big map’s lit edges zoomed far out', () => {
	it('are drawn at least 1.5 px wide on screen, the selected edge and the path’s 3 px', () => {
		for (const zoom of [0.05, 0.1, 0.2, 0.37]) {
			expect(widenedLitEdge({ selected: false, path: false }, zoom)! * zoom).toBeGreaterThanOrEqual(1.5);
			expect(widenedLitEdge({ selected: true, path: false }, zoom)! * zoom).toBeGreaterThanOrEqual(3);
			expect(widenedLitEdge({ selected: false, path: true }, zoom)! * zoom).toBeGreaterThanOrEqual(3);
		}
	});

	it('keep their styled width where it already shows, and take the same width for nearby cameras', () => {
		expect(widenedLitEdge({ selected: false, path: false }, 1)).toBeNull();
		expect(widenedLitEdge({ selected: false, path: true }, 0.7)).toBeNull();
		expect(widenedLitEdge({ selected: false, path: false }, 0.1)).toBe(widenedLitEdge({ selected: false, path: false }, 0.101));
	});

	it('draw that width through the edge’s data', () => {
		const elements = [node('a'), node('b'), { data: { id: 'e', source: 'a', target: 'b', litWidth: 16 }, classes: 'neighbour' }];
		expect(styled(true, elements, 'e', 'width')).toBe(16);
		expect(styled(false, elements, 'e', 'width')).toBe(2);
	});
});
