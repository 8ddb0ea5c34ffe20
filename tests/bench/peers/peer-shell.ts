/**
 * What every peer renderer shares: the file input, the GEXF parse (graphology-gexf, as the app
 * uses), a minimal panel naming the clicked node, and the hooks the benchmark drives.
 */
import Graph from 'graphology';
import { parse } from 'graphology-gexf/browser';

export interface PeerView {
	nodes(): number;
	edges(): number;
	/** Where a node is drawn, in pixels from the drawing's top left. */
	renderedPosition(key: string): { x: number; y: number };
	/** Node keys by degree, highest first. */
	byDegree(): string[];
	label(key: string): string;
	/** Calls `fn` after each frame the renderer draws. */
	onDraw(fn: () => void): void;
}

declare global {
	interface Window {
		peer?: PeerView;
	}
}

type DrawnView = Omit<PeerView, 'byDegree' | 'label'>;

/** A peer renderer: draws the parsed graph into the container and calls `showNode` on a click. */
export type DrawPeer = (graph: Graph, container: HTMLElement, showNode: (key: string) => void) => DrawnView;

/** The renderers the peer page can draw with, as its `?renderer=` names them. */
export const PEER_RENDERERS = ['sigma', 'cytoscape', 'cytoscape-lean'] as const;

export function startPeer(draw: DrawPeer) {
	const input = document.querySelector<HTMLInputElement>('[data-testid="import-file"]')!;
	const container = document.getElementById('graph')!;
	const heading = document.querySelector('[data-testid="passages"] h2')!;
	input.addEventListener('change', async () => {
		const file = input.files?.[0];
		if (!file) return;
		const graph = parse(Graph, await file.text(), { addMissingNodes: true });
		graph.forEachNode((key, a) => {
			graph.mergeNodeAttributes(key, { label: a.label ?? key, size: 3, color: '#4f6d8f', x: Number(a.x) || 0, y: Number(a.y) || 0 });
		});
		// As the explorer marks the import worker's map reaching its view: the file is read, drawing starts.
		performance.mark('import-handed-to-view');
		const label = (key: string) => String(graph.getNodeAttribute(key, 'label'));
		const view = draw(graph, container, (key) => (heading.textContent = label(key)));
		window.peer = { ...view, label, byDegree: () => graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a)) };
	});
}
