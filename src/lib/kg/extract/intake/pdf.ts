/**
 * .pdf → document text from pdf.js's text layer: text items grouped into lines by their baseline,
 * lines into paragraphs by the space between them (or an indented line after a finished sentence:
 * a list item whose marker is drawn, written back as "- "), a line set larger than the body text
 * kept as a heading, hyphenated line ends joined. One paragraph becomes one line, as the segmenter expects.
 * A scanned PDF has no text layer: it yields no text (say so to the user; there is no OCR here).
 *
 * pdf.js is passed in: Node uses its legacy build (`pdfjs-dist/legacy/build/pdf.mjs`), a browser
 * or worker the standard one with its worker script.
 */
import type * as PdfJs from 'pdfjs-dist';

type PdfLib = Pick<typeof PdfJs, 'getDocument'>;

interface Line {
	text: string;
	y: number;
	x: number;
	size: number;
	page: number;
}

const LIST_START = /^(?:[-\u2022\u25AA\u25CF\u2013*]|\d{1,3}[.)])\s/;

export async function pdfToText(data: Uint8Array, pdfjs: PdfLib): Promise<string> {
	const task = pdfjs.getDocument({ data: data.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false });
	const pdf = await task.promise;
	const lines: Line[] = [];
	try {
		for (let p = 1; p <= pdf.numPages; p++) {
			const page = await pdf.getPage(p);
			const content = await page.getTextContent();
			lines.push(...pageLines(content.items, p));
			page.cleanup();
		}
	} finally {
		await pdf.destroy();
	}
	return linesToText(lines);
}

interface Item {
	str: string;
	transform: number[];
	width: number;
	height: number;
	hasEOL?: boolean;
}

function pageLines(items: unknown[], page: number): Line[] {
	const texts = (items as Item[]).filter((i) => typeof i.str === 'string' && i.str.length > 0);
	const rows: Array<{ y: number; items: Item[] }> = [];
	for (const item of texts) {
		const y = item.transform[5];
		const size = Math.abs(item.transform[3]) || item.height;
		const row = rows.find((r) => Math.abs(r.y - y) < size * 0.4);
		if (row) row.items.push(item);
		else rows.push({ y, items: [item] });
	}
	rows.sort((a, b) => b.y - a.y);
	return rows.map((row) => {
		const sorted = row.items.sort((a, b) => a.transform[4] - b.transform[4]);
		let text = '';
		let end = -Infinity;
		for (const item of sorted) {
			const x = item.transform[4];
			const size = Math.abs(item.transform[3]) || item.height;
			if (text && x - end > size * 0.15 && !text.endsWith(' ') && !item.str.startsWith(' ')) text += ' ';
			text += item.str;
			end = x + item.width;
		}
		const size = Math.max(...sorted.map((i) => Math.abs(i.transform[3]) || i.height));
		return { text: text.replace(/\s+/g, ' ').trim(), y: row.y, x: sorted[0].transform[4], size, page };
	}).filter((l) => l.text);
}

function linesToText(lines: Line[]): string {
	if (lines.length === 0) return '';
	const sizes = lines.flatMap((l) => Array(Math.max(1, Math.round(l.text.length / 10))).fill(Math.round(l.size * 10) / 10)).sort((a, b) => a - b);
	const body = sizes[Math.floor(sizes.length / 2)];
	const gaps: number[] = [];
	for (let i = 1; i < lines.length; i++) if (lines[i].page === lines[i - 1].page) gaps.push(lines[i - 1].y - lines[i].y);
	const lineGap = gaps.length ? gaps.sort((a, b) => a - b)[Math.floor(gaps.length / 2)] : body * 1.2;
	const margin = mostCommon(lines.map((l) => Math.round(l.x)));
	const blocks: string[] = [];
	let current = '';
	const flush = () => {
		if (current.trim()) blocks.push(current.trim());
		current = '';
	};
	for (const [i, line] of lines.entries()) {
		const previous = lines[i - 1];
		const heading = line.size > body * 1.15;
		const wasHeading = previous && previous.size > body * 1.15;
		const gap = previous && previous.page === line.page ? previous.y - line.y : Infinity;
		// A list whose markers are drawn, not written: an indented line after a finished sentence starts an item.
		const item = previous && line.x > margin + 6 && /[.:;!?]$/.test(previous.text);
		const outdent = previous && line.x < previous.x - 6;
		const newBlock = !previous || heading || wasHeading || gap > lineGap * 1.4 || LIST_START.test(line.text) || item || outdent;
		if (newBlock) flush();
		// The drawn marker is not in the text layer; the item gets a written one.
		if (item && !LIST_START.test(line.text)) current = '- ';
		if (current.endsWith('-') && /^\p{Ll}/u.test(line.text)) current = current.slice(0, -1) + line.text;
		else current = current && current !== '- ' ? `${current} ${line.text}` : current + line.text;
		if (heading) flush();
	}
	flush();
	return blocks.join('\n\n') + '\n';
}

function mostCommon(values: number[]): number {
	const counts = new Map<number, number>();
	for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}
