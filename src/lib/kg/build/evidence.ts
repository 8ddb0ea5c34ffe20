import type { KgDocument, Passage, Span } from '../model';

export type EvidenceLookup =
	| { ok: true; spans: Span[] }
	| { ok: false; reason: 'not-in-corpus' | 'outside-passages' };

/**
 * Finds every verbatim occurrence of a quote that lies inside one passage.
 * A quote found only in a heading, in dropped boilerplate or across two
 * passages is reported as such, since the panel could not show it.
 */
export function locateEvidence(
	quote: string,
	documents: KgDocument[],
	passagesByDoc: Map<string, Passage[]>
): EvidenceLookup {
	const spans: Span[] = [];
	let foundAnywhere = false;
	for (const doc of documents) {
		for (let at = doc.text.indexOf(quote); at !== -1; at = doc.text.indexOf(quote, at + 1)) {
			foundAnywhere = true;
			const end = at + quote.length;
			const passage = passagesByDoc.get(doc.id)?.find((p) => p.start <= at && end <= p.end);
			if (passage) spans.push({ passage: passage.id, start: at, end });
		}
	}
	if (spans.length > 0) return { ok: true, spans };
	return { ok: false, reason: foundAnywhere ? 'outside-passages' : 'not-in-corpus' };
}
