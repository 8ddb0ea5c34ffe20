import type { KgDocument, Passage } from '../model';
import { segmentDocument, type DocumentSegments } from '../text/segment';

/** Splits every document into passages with stable ids (`<doc>-p<n>`, in reading order). */
export function segmentCorpus(documents: KgDocument[]): Passage[] {
	return documents.flatMap((doc) => passagesOf(doc, segmentDocument(doc.text)));
}

/** The passages of one segmented document. */
export function passagesOf(doc: KgDocument, segments: DocumentSegments): Passage[] {
	return segments.passages.map((segment, i) => {
		const passage: Passage = {
			id: `${doc.id}-p${i + 1}`,
			doc: doc.id,
			start: segment.start,
			end: segment.end,
			text: doc.text.slice(segment.start, segment.end)
		};
		if (segment.heading) passage.heading = segment.heading;
		return passage;
	});
}
