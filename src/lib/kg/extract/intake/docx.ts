/**
 * .docx → document text through mammoth (BSD-2-Clause): the document's HTML with its headings,
 * paragraphs and lists, read into lines by the HTML intake without looking for a main content
 * (a Word document is all content). Images are left out.
 */
import mammoth from 'mammoth';
import { htmlToText } from './html';

/** Paragraph styles that are no part of the text: the author and date of a title block, captions, code. */
const SKIPPED_STYLES = ['Author', 'Date', 'Abstract Title', 'Image Caption', 'Caption', 'Source Code', 'Header', 'Footer'].map(
	(style) => `p[style-name='${style}'] => !`
);

export async function docxToText(data: Uint8Array): Promise<string> {
	const arrayBuffer = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
	// Node's mammoth reads `buffer`, the browser build `arrayBuffer`.
	const input = { buffer: data, arrayBuffer } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
	const { value } = await mammoth.convertToHtml(input, { styleMap: SKIPPED_STYLES, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) });
	return htmlToText(value, { mainContent: false });
}
