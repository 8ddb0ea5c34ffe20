/**
 * How a node is drawn and how much room it takes: its shape, sized by importance,
 * with its label below. Layouts space nodes by this box, so labels do not overlap.
 *
 * Labels come in three sizes by rank of importance. On screen no label is ever drawn
 * below MIN_READABLE_FONT_SIZE pixels: the view enlarges the labels it places to at
 * least that size and leaves out those that would not fit (label-placement.ts).
 */
export const MIN_READABLE_FONT_SIZE = 11;

/** A tap this close (screen pixels) to a lit edge selects it: thin lines are hard to hit. */
export const EDGE_HIT_RADIUS = 14;

const LABEL_SIZES = [
	{ share: 0.1, size: 26 },
	{ share: 0.3, size: 19 },
	{ share: 1, size: 12 }
];
const CHAR_WIDTH = 0.56;
const LABEL_WRAP_CHARS = 18;

/** Node diameter from a 0..1 importance. */
export function nodeDiameter(importance: number): number {
	return Math.round(16 + 36 * Math.max(0, Math.min(1, importance)) ** 2);
}

/** Label font size per node: the top 10 % by importance largest, the next 20 % middle, the rest small. */
export function labelFontSizes(importance: Record<string, number>): Record<string, number> {
	const ranked = Object.keys(importance).sort((a, b) => importance[b] - importance[a] || (a < b ? -1 : 1));
	const sizes: Record<string, number> = {};
	ranked.forEach((key, rank) => {
		const share = (rank + 1) / ranked.length;
		sizes[key] = LABEL_SIZES.find((tier) => share <= tier.share)!.size;
	});
	return sizes;
}

/** Lines the label wraps into, as Cytoscape's text-max-width will wrap it. */
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

export function labelWrapWidth(fontSize: number): number {
	return Math.round(LABEL_WRAP_CHARS * CHAR_WIDTH * fontSize);
}

export function nodeFootprint(label: string, diameter: number, fontSize: number): { width: number; height: number } {
	const textWidth = Math.min(label.length, LABEL_WRAP_CHARS) * CHAR_WIDTH * fontSize;
	const textHeight = labelLines(label) * fontSize * 1.25;
	return { width: Math.round(Math.max(diameter, textWidth) + 6), height: Math.round(diameter + textHeight + 8) };
}

/** The box (in the units of `fontSize`) a label takes once wrapped; explicit line breaks start new lines. */
export function labelBoxSize(label: string, fontSize: number): { width: number; height: number } {
	const lines = label.split('\n').flatMap(wrapLine);
	const longest = Math.max(0, ...lines.map((line) => Math.min(line.length, LABEL_WRAP_CHARS)));
	return { width: longest * CHAR_WIDTH * fontSize, height: lines.length * fontSize * 1.25 };
}

/** The lines one line of a label wraps into at LABEL_WRAP_CHARS, breaking at spaces as text-wrap does. */
function wrapLine(text: string): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length > LABEL_WRAP_CHARS) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	return line || lines.length === 0 ? [...lines, line] : lines;
}
