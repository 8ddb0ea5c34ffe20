/**
 * Where a DOM selection lies in the passages the reader shows. A passage is an element with
 * `data-passage="ID"`; its text is drawn as runs (passage-segments.ts), each an element with
 * `data-at` = the run's offset in the passage text. Runs leave out hidden ranges (list markers),
 * so the offset of a point is its run's `data-at` plus the characters before it in that run —
 * never a count of the characters on screen.
 */
import type { PassagePoint } from '../kg/text/selection-span';

export const RUN_ATTRIBUTE = 'data-at';

/** The passage point of a DOM boundary point (a Selection's anchor or focus), or null outside a passage. */
export function passagePoint(node: Node, offset: number): PassagePoint | null {
	const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
	const passage = element?.closest<HTMLElement>('[data-passage]');
	const id = passage?.dataset.passage;
	if (!passage || !id) return null;
	const runs = passage.querySelectorAll<HTMLElement>(`[${RUN_ATTRIBUTE}]`);
	if (runs.length === 0) return null;
	const range = document.createRange();
	// The last run that starts at or before the point: the point is in it or just after it.
	let run: HTMLElement | null = null;
	for (const candidate of runs) {
		range.selectNodeContents(candidate);
		if (range.comparePoint(node, offset) < 0) break;
		run = candidate;
	}
	if (!run) return { passage: id, offset: Number(runs[0].getAttribute(RUN_ATTRIBUTE)) };
	const start = Number(run.getAttribute(RUN_ATTRIBUTE));
	range.selectNodeContents(run);
	if (range.comparePoint(node, offset) > 0) return { passage: id, offset: start + (run.textContent ?? '').length };
	range.setEnd(node, offset);
	return { passage: id, offset: start + range.toString().length };
}

/**
 * The two ends of a selection inside `root`: null when it is collapsed or outside the passages,
 * `'across-passages'` when one end is in a passage and the other is not (a heading, the title).
 */
export function selectionPoints(selection: Selection | null, root: Element): [PassagePoint, PassagePoint] | 'across-passages' | null {
	if (!selection || selection.isCollapsed || !selection.anchorNode || !selection.focusNode) return null;
	if (!root.contains(selection.anchorNode) || !root.contains(selection.focusNode)) return null;
	const anchor = passagePoint(selection.anchorNode, selection.anchorOffset);
	const focus = passagePoint(selection.focusNode, selection.focusOffset);
	if (anchor && focus) return [anchor, focus];
	return anchor || focus ? 'across-passages' : null;
}
