/**
 * The named layouts of the explorer, as Cytoscape layout options. None of them moves
 * the camera: the view frames what is shown once the nodes have arrived.
 */
import type { LayoutOptions, NodeSingular, Position } from 'cytoscape';
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
	/** For 'original': where each node belongs (the build-time layout). */
	original?: (node: NodeSingular) => Position;
}

const ANIMATION = { animationDuration: 450, animationEasing: 'ease-in-out-cubic' } as const;

/** 'original' puts every node back where the shipped layout has it; 'force' lays out anew (fcose). */
export function layoutOptions(name: LayoutName | 'original', ctx: LayoutContext): LayoutOptions {
	const common = { animate: ctx.animate, fit: false, ...ANIMATION };
	switch (name) {
		case 'original':
			return { name: 'preset', positions: (node: NodeSingular) => ctx.original?.(node) ?? node.position(), ...common } as LayoutOptions;
		case 'force':
			return { ...fcoseOptions(), ...common } as LayoutOptions;
		case 'concentric':
			return {
				name: 'concentric',
				concentric: (node: NodeSingular) => (node.id() === ctx.root ? 1000 : Number(node.data('size'))),
				levelWidth: () => 8,
				minNodeSpacing: 36,
				avoidOverlap: true,
				...common
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
				...common
			} as LayoutOptions;
	}
}
