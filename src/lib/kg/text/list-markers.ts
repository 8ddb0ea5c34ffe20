/**
 * List markers in passage text ("2. ", "- "): what the segmenter recognises as a list line, and
 * what a reader should not see of it. Kept apart from the segmenter so the views that show
 * passages load these few lines, not the segmenter's noise rules.
 */

export const LIST_MARKER = /^(?:(\d{1,3})[.)]|[-\u2022*\u2013])[ \t\u00A0]+/;

/**
 * Ranges, relative to a passage, that a reader should not see: the list marker at the
 * start of each line ("2. ", "- ") and the indentation before it.
 */
export function presentationSkips(passageText: string): Array<[number, number]> {
	const skips: Array<[number, number]> = [];
	let lineStart = 0;
	for (const line of passageText.split(/\r\n|\r|\n/)) {
		const indent = /^[ \t\u00A0]*/.exec(line)![0].length;
		const marker = LIST_MARKER.exec(line.slice(indent));
		if (marker) skips.push([lineStart, lineStart + indent + marker[0].length]);
		lineStart += line.length + lineBreakLengthAt(passageText, lineStart + line.length);
	}
	return skips;
}

/** The passage as a reader should see it in plain text: the list markers of `presentationSkips` left out. */
export function readingText(passageText: string): string {
	let shown = '';
	let at = 0;
	for (const [start, end] of presentationSkips(passageText)) {
		shown += passageText.slice(at, start);
		at = end;
	}
	return shown + passageText.slice(at);
}

/** The length of the line break at `index` (0 at the end of the text). */
function lineBreakLengthAt(text: string, index: number): number {
	return text.startsWith('\r\n', index) ? 2 : index < text.length ? 1 : 0;
}
