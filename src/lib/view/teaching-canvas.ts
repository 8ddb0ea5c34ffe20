/**
 * The canvas of a teaching page (mind map, presenter, comparison) as one attachment:
 * `<div {@attach teachingCanvas(view, options)}>` links the view when the element is
 * mounted, keeps it sized to the element, keeps a picture for the printed page when asked,
 * and unlinks it when the element goes. A new teaching view only draws.
 */
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import type { PresetView, PresetViewOptions } from './preset-view';
import { snapshotWhenPrinting } from './print-snapshot';

export interface TeachingCanvasOptions extends PresetViewOptions {
	/** Once linked: the page draws from here on. */
	onlink?: () => void;
	/** After the canvas changed size (the view has been resized already). */
	onresize?: () => void;
	/** The printed page gets this picture of the drawing instead of the canvas, which does not reflow onto paper. */
	onprint?: (picture: string | null) => void;
}

export function teachingCanvas(view: PresetView, options: TeachingCanvasOptions): Attachment<HTMLElement> {
	// Linked once per element: nothing the options read may relink it.
	return (element) =>
		untrack(() => {
			view.link(element, options);
			const resize = new ResizeObserver(() => {
				view.resize();
				options.onresize?.();
			});
			resize.observe(element);
			const stopPrint = options.onprint ? snapshotWhenPrinting(view, options.onprint) : null;
			options.onlink?.();
			return () => {
				stopPrint?.();
				resize.disconnect();
				view.unlink();
			};
		});
}
