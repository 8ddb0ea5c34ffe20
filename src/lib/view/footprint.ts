/**
 * How much room a node takes on screen: its shape plus its label drawn below.
 * Layouts space nodes by this box, so labels do not overlap at the default zoom.
 */
export const LABEL_FONT_SIZE = 13;
const CHAR_WIDTH = 0.58 * LABEL_FONT_SIZE;
const LABEL_WRAP_CHARS = 22;

/** Node diameter from a 0..1 importance (centrality): hubs read as hubs. */
export function nodeDiameter(importance: number): number {
	return Math.round(18 + 34 * Math.sqrt(Math.max(0, Math.min(1, importance))));
}

/** Lines the label wraps into at LABEL_WRAP_CHARS, as Cytoscape's text-max-width will wrap it. */
export function labelLines(label: string): number {
	let lines = 1;
	let width = 0;
	for (const word of label.split(/\s+/)) {
		if (width > 0 && width + 1 + word.length > LABEL_WRAP_CHARS) {
			lines++;
			width = word.length;
		} else width += (width > 0 ? 1 : 0) + word.length;
	}
	return lines;
}

export function labelWrapWidth(): number {
	return Math.round(LABEL_WRAP_CHARS * CHAR_WIDTH);
}

export function nodeFootprint(label: string, diameter: number): { width: number; height: number } {
	const textWidth = Math.min(label.length, LABEL_WRAP_CHARS) * CHAR_WIDTH;
	const textHeight = labelLines(label) * LABEL_FONT_SIZE * 1.25;
	return { width: Math.round(Math.max(diameter, textWidth) + 12), height: Math.round(diameter + textHeight + 10) };
}
