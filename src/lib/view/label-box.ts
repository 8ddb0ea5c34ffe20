/**
 * Labels drawn inside their node: wrapped by us (so the box we lay out is the
 * box Cytoscape draws) and sized from measured text.
 */
export type MeasureText = (text: string, fontSize: number, bold: boolean) => number;

export const LABEL_FONT = 'system-ui, "Noto Sans", "DejaVu Sans", sans-serif';
const LINE_HEIGHT = 1.2;

/** A rough measure for Node (tests): average glyph width of the UI font, a little generous. */
export const estimateText: MeasureText = (text, fontSize, bold) => text.length * fontSize * (bold ? 0.62 : 0.58);

/** Measures with the browser's own text engine, the font Cytoscape draws with. */
export function canvasMeasure(): MeasureText {
	const context = document.createElement('canvas').getContext('2d');
	if (!context) return estimateText;
	return (text, fontSize, bold) => {
		context.font = `${bold ? 'bold ' : ''}${fontSize}px ${LABEL_FONT}`;
		// A few percent over, so hinting or a fallback font never pushes text past the box.
		return context.measureText(text).width * 1.04;
	};
}

export interface LabelBox {
	/** The label with line breaks where it wraps. */
	text: string;
	width: number;
	height: number;
}

/** Greedy word wrap at `maxWidth`, then the box that holds the lines with padding. */
export function labelBox(label: string, fontSize: number, bold: boolean, maxWidth: number, measure: MeasureText): LabelBox {
	const lines: string[] = [];
	for (const word of label.split(/\s+/).filter(Boolean)) {
		const last = lines.at(-1);
		if (last !== undefined && measure(`${last} ${word}`, fontSize, bold) <= maxWidth) lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	if (lines.length === 0) lines.push('');
	const textWidth = Math.max(...lines.map((l) => measure(l, fontSize, bold)));
	const padX = Math.round(fontSize * 0.8);
	const padY = Math.round(fontSize * 0.55);
	return {
		text: lines.join('\n'),
		width: Math.ceil(textWidth + 2 * padX),
		height: Math.ceil(lines.length * fontSize * LINE_HEIGHT + 2 * padY)
	};
}

/** Black or white, whichever reads better on `background` (WCAG relative luminance). */
export function textColourOn(background: string): string {
	const hex = background.replace('#', '');
	if (!/^[0-9a-f]{6}$/i.test(hex)) return '#111111';
	const channel = (i: number) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	};
	const luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
	// Contrast with white vs with black: pick the larger.
	return (1.05 / (luminance + 0.05)) >= ((luminance + 0.05) / 0.05) ? '#ffffff' : '#111111';
}
