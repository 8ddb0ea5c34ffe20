/**
 * A printable PDF of the current view: title, the picture, a legend, then the
 * numbered source passages of the concepts shown. jsPDF is loaded only here,
 * with import(), so the explorer does not carry it until someone asks.
 */
import { pdfText } from './export-pdf-text';

export type PageSize = 'a4' | 'a3';
export type Orientation = 'portrait' | 'landscape';

export interface PdfPassage {
	number: number;
	text: string;
	/** The document title. */
	source: string;
	/** The concepts shown that cite it. */
	concepts: string[];
}

export interface PdfInput {
	title: string;
	subtitle?: string;
	/** The view as a PNG data URL and its pixel size. */
	image: { dataUrl: string; width: number; height: number };
	legend: { label: string; color: string }[];
	passages: PdfPassage[];
	words: { legend: string; sources: string; noSources: string; concepts: string };
	pageSize?: PageSize;
	orientation?: Orientation;
}

const MARGIN = 15; // mm

function rgb(color: string): [number, number, number] {
	const hex = /^#?([0-9a-f]{6})$/i.exec(color.trim())?.[1];
	if (hex) return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
	const parts = /rgba?\((\d+)\D+(\d+)\D+(\d+)/.exec(color);
	return parts ? [Number(parts[1]), Number(parts[2]), Number(parts[3])] : [150, 150, 150];
}

export async function buildPdf(input: PdfInput): Promise<Blob> {
	const { jsPDF } = await import('jspdf');
	const doc = new jsPDF({ unit: 'mm', format: input.pageSize ?? 'a4', orientation: input.orientation ?? 'landscape' });
	doc.setProperties({ title: pdfText(input.title), creator: 'Peta Konsep' });
	const pageWidth = doc.internal.pageSize.getWidth();
	const pageHeight = doc.internal.pageSize.getHeight();
	const textWidth = pageWidth - 2 * MARGIN;

	// Page 1: title, picture, legend.
	let y = MARGIN;
	doc.setFont('helvetica', 'bold');
	doc.setFontSize(16);
	const titleLines: string[] = doc.splitTextToSize(pdfText(input.title), textWidth);
	doc.text(titleLines, MARGIN, y + 5);
	y += titleLines.length * 7 + 2;
	if (input.subtitle) {
		doc.setFont('helvetica', 'normal');
		doc.setFontSize(9);
		doc.setTextColor(90);
		doc.text(pdfText(input.subtitle), MARGIN, y + 3);
		doc.setTextColor(0);
		y += 6;
	}
	const legendRows = Math.ceil(input.legend.length / 4);
	const legendHeight = input.legend.length ? 8 + legendRows * 5 : 0;
	const room = { w: textWidth, h: pageHeight - y - MARGIN - legendHeight };
	const ratio = Math.min(room.w / input.image.width, room.h / input.image.height);
	const w = input.image.width * ratio;
	const h = input.image.height * ratio;
	// Deflated: an uncompressed screenshot would make the file several megabytes.
	doc.addImage(input.image.dataUrl, 'PNG', MARGIN + (room.w - w) / 2, y, w, h, undefined, 'FAST');
	doc.setDrawColor(220);
	doc.rect(MARGIN + (room.w - w) / 2, y, w, h);
	y += h + 6;
	if (input.legend.length) {
		doc.setFont('helvetica', 'bold');
		doc.setFontSize(10);
		doc.text(pdfText(input.words.legend), MARGIN, y);
		doc.setFont('helvetica', 'normal');
		doc.setFontSize(9);
		const column = textWidth / 4;
		input.legend.forEach((item, i) => {
			const x = MARGIN + (i % 4) * column;
			const rowY = y + 5 + Math.floor(i / 4) * 5;
			doc.setFillColor(...rgb(item.color));
			doc.circle(x + 1.5, rowY - 1.2, 1.5, 'F');
			doc.text(doc.splitTextToSize(pdfText(item.label), column - 6)[0] ?? '', x + 5, rowY);
		});
	}

	// Following pages: the numbered passages.
	doc.addPage();
	y = MARGIN;
	doc.setFont('helvetica', 'bold');
	doc.setFontSize(14);
	doc.text(pdfText(input.words.sources), MARGIN, y + 5);
	y += 12;
	doc.setFontSize(9);
	if (input.passages.length === 0) {
		doc.setFont('helvetica', 'normal');
		doc.text(pdfText(input.words.noSources), MARGIN, y);
	}
	const lineHeight = 4.2;
	/** A passage's lines, indented under its number, going on to a new page where one is full. */
	const writeLines = (lines: string[]) => {
		for (const line of lines) {
			if (y > pageHeight - MARGIN) {
				doc.addPage();
				y = MARGIN + 4;
			}
			doc.text(line, MARGIN + 10, y);
			y += lineHeight;
		}
	};
	for (const passage of input.passages) {
		doc.setFont('helvetica', 'normal');
		const body: string[] = doc.splitTextToSize(pdfText(passage.text), textWidth - 10);
		const meta: string[] = doc.splitTextToSize(
			pdfText(`${passage.source} - ${input.words.concepts}: ${passage.concepts.join(', ')}`),
			textWidth - 10
		);
		const needed = (body.length + meta.length) * lineHeight + 3;
		if (y + Math.min(needed, 3 * lineHeight) > pageHeight - MARGIN) {
			doc.addPage();
			y = MARGIN + 4;
		}
		doc.setFont('helvetica', 'bold');
		doc.text(`[${passage.number}]`, MARGIN, y);
		doc.setFont('helvetica', 'normal');
		writeLines(body);
		doc.setTextColor(90);
		doc.setFont('helvetica', 'italic');
		writeLines(meta);
		doc.setTextColor(0);
		y += 3;
	}
	return doc.output('blob');
}
