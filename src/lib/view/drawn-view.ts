/**
 * A view that draws with Cytoscape (the explorer's GraphView, a teaching page's PresetView), as
 * the image and data exporters here in view/ read it. Pages hand the view over and never touch
 * its core: Cytoscape stays inside view/ (`window.cy` is only the automation hook).
 */
import type { Core } from 'cytoscape';

export interface DrawnView {
	/** The drawn core, for view/ modules only; null before `link` and after `unlink`. */
	readonly core: Core | null;
}
