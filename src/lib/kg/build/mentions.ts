import type { Passage, Span } from '../model';
import { createPhraseMatcher } from '../text/match';
import type { ConceptSpec } from './curation';

/** The phrases that find a concept: its `match` list when curated, else its label and aliases. */
export function conceptPhrases(concept: ConceptSpec): string[] {
	return concept.match ?? [concept.label, ...concept.aliases];
}

/**
 * Every mention of every concept in every passage, as document offsets.
 * One matcher over all phrases, so overlapping names resolve to the longest.
 */
export function findMentions(concepts: ConceptSpec[], passages: Passage[]): Map<string, Span[]> {
	const matcher = createPhraseMatcher(
		concepts.flatMap((c) => conceptPhrases(c).map((phrase) => ({ id: c.key, phrase })))
	);
	const mentions = new Map<string, Span[]>(concepts.map((c) => [c.key, []]));
	for (const passage of passages) {
		for (const hit of matcher.find(passage.text)) {
			mentions.get(hit.id)!.push({
				passage: passage.id,
				start: passage.start + hit.start,
				end: passage.start + hit.end
			});
		}
	}
	for (const spans of mentions.values()) dedupeSpans(spans);
	return mentions;
}

/** Two phrases of one concept can hit the same words; a span is counted once. */
function dedupeSpans(spans: Span[]): void {
	const seen = new Set<string>();
	let write = 0;
	for (const span of spans) {
		const id = `${span.passage}:${span.start}:${span.end}`;
		if (seen.has(id)) continue;
		seen.add(id);
		spans[write++] = span;
	}
	spans.length = write;
}
