/** The named layouts of the explorer, as Cytoscape layout options over the visible elements. */
import type { LayoutOptions, NodeSingular } from 'cytoscape';
import { fcoseOptions } from './fcose-options';

export type LayoutName = 'force' | 'concentric' | 'tree';
export const LAYOUT_NAMES: LayoutName[] = ['force', 'concentric', 'tree'];

export function isLayoutName(value: unknown): value is LayoutName {
	return LAYOUT_NAMES.includes(value as LayoutName);
}

interface LayoutContext {
	animate: boolean;
	/** The selected node: the root of the tree layout and the centre of the concentric one. */
	root?: string;
	/** Build-time positions, used by the force layout when the whole graph is shown. */
	preset?: Record<string, { x: number; y: number }>;
}

const ANIMATION = { animationDuration: 450, animationEasing: 'ease-in-out-cubic' } as const;

export function layoutOptions(name: LayoutName, ctx: LayoutContext): LayoutOptions {
	const animate = ctx.animate;
	switch (name) {
		case 'force':
			if (ctx.preset) {
				const preset = ctx.preset;
				return {
					name: 'preset',
					positions: (node: NodeSingular) => preset[node.id()] ?? node.position(),
					animate,
					fit: true,
					padding: 30,
					...ANIMATION
				} as LayoutOptions;
			}
			return { ...fcoseOptions(), animate, fit: true, padding: 30, ...ANIMATION } as LayoutOptions;
		case 'concentric':
			return {
				name: 'concentric',
				concentric: (node: NodeSingular) => (node.id() === ctx.root ? 1000 : Number(node.data('size'))),
				levelWidth: () => 8,
				minNodeSpacing: 36,
				avoidOverlap: true,
				animate,
				fit: true,
				padding: 30,
				...ANIMATION
			} as LayoutOptions;
		case 'tree':
			return {
				name: 'breadthfirst',
				directed: false,
				roots: ctx.root ? [ctx.root] : undefined,
				spacingFactor: 1.15,
				avoidOverlap: true,
				circle: false,
				grid: false,
				animate,
				fit: true,
				padding: 30,
				...ANIMATION
			} as LayoutOptions;
	}
}
