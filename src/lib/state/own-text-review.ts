/**
 * The review of an extraction before it becomes a map: which suggested concepts and relations
 * are accepted, under which name, kind and relation type, and which concepts are merged into
 * which. Small pure functions, each returning a new review (the page keeps it in one rune), and
 * `selectionOf`, the review as kg/extract/graph.ts builds a map from it.
 *
 * Rules that keep the map sound: accepting a relation accepts its two concepts; rejecting or
 * merging away a concept leaves its relations to the concept it was merged into, or rejects them
 * when it was rejected; a relation whose ends end up as one concept is left out.
 */
import type { Selection } from '../kg/extract/graph';
import type { Extraction, SuggestedConcept, SuggestedRelation } from '../kg/extract/types';

export interface ConceptReview {
	accepted: boolean;
	label: string;
	kind: string;
	/** The concept this one is folded into (its names become aliases there). */
	mergeInto?: string;
}

export interface RelationReview {
	accepted: boolean;
	relation: string;
}

export interface Review {
	concepts: Record<string, ConceptReview>;
	relations: Record<string, RelationReview>;
}

/** Starts from the extractor's own choice (`defaultSelection`): its surest suggestions accepted. */
export function startReview(extraction: Extraction, chosen: Selection): Review {
	const acceptedConcepts = new Set(chosen.concepts.map((c) => c.key));
	const acceptedRelations = new Set(chosen.relations.map((r) => r.key));
	return {
		concepts: Object.fromEntries(extraction.concepts.map((c) => [c.key, { accepted: acceptedConcepts.has(c.key), label: c.label, kind: c.kind }])),
		relations: Object.fromEntries(extraction.relations.map((r) => [r.key, { accepted: acceptedRelations.has(r.key), relation: r.relation }]))
	};
}

function withConcepts(review: Review, keys: Iterable<string>, change: (c: ConceptReview) => ConceptReview): Review {
	const concepts = { ...review.concepts };
	for (const key of keys) if (concepts[key]) concepts[key] = change(concepts[key]);
	return { ...review, concepts };
}

function withRelations(review: Review, keys: Iterable<string>, change: (r: RelationReview) => RelationReview): Review {
	const relations = { ...review.relations };
	for (const key of keys) if (relations[key]) relations[key] = change(relations[key]);
	return { ...review, relations };
}

export function acceptConcepts(review: Review, keys: string[]): Review {
	return withConcepts(review, keys, (c) => ({ ...c, accepted: true }));
}

/** Rejects the concepts, the relations that touch them, and undoes merges into them. */
export function rejectConcepts(review: Review, keys: string[], extraction: Extraction): Review {
	const rejected = new Set(keys);
	let next = withConcepts(review, keys, (c) => ({ ...c, accepted: false, mergeInto: undefined }));
	const mergedIn = Object.entries(next.concepts).filter(([, c]) => c.mergeInto && rejected.has(c.mergeInto)).map(([key]) => key);
	next = withConcepts(next, mergedIn, (c) => ({ ...c, mergeInto: undefined }));
	const touching = extraction.relations.filter((r) => rejected.has(r.source) || rejected.has(r.target)).map((r) => r.key);
	return withRelations(next, touching, (r) => ({ ...r, accepted: false }));
}

export function acceptRelations(review: Review, keys: string[], extraction: Extraction): Review {
	const wanted = new Set(keys);
	const ends = extraction.relations.filter((r) => wanted.has(r.key)).flatMap((r) => [r.source, r.target]);
	const next = withConcepts(review, ends, (c) => (c.accepted ? c : { ...c, accepted: true }));
	return withRelations(next, keys, (r) => ({ ...r, accepted: true }));
}

export function rejectRelations(review: Review, keys: string[]): Review {
	return withRelations(review, keys, (r) => ({ ...r, accepted: false }));
}

/** A new name; an empty one keeps the old. */
export function renameConcept(review: Review, key: string, label: string): Review {
	const name = label.replace(/\s+/g, ' ').trim();
	return name ? withConcepts(review, [key], (c) => ({ ...c, label: name })) : review;
}

export function retypeConcepts(review: Review, keys: string[], kind: string): Review {
	return withConcepts(review, keys, (c) => ({ ...c, kind }));
}

export function retypeRelations(review: Review, keys: string[], relation: string): Review {
	return withRelations(review, keys, (r) => ({ ...r, relation }));
}

/** The concept a merged one ends up in (merges can chain: A into B, then B into C). */
export function mergedTarget(review: Review, key: string): string {
	const seen = new Set<string>();
	let current = key;
	while (review.concepts[current]?.mergeInto && !seen.has(current)) {
		seen.add(current);
		current = review.concepts[current].mergeInto!;
	}
	return current;
}

/** Folds `keys` into `into`: all accepted, and what was merged into them follows them. */
export function mergeConcepts(review: Review, keys: string[], into: string): Review {
	const root = mergedTarget(review, into);
	if (!review.concepts[root]) return review;
	const others = keys.filter((k) => k !== root && review.concepts[k]);
	let next = withConcepts(review, [root], (c) => ({ ...c, accepted: true, mergeInto: undefined }));
	next = withConcepts(next, others, (c) => ({ ...c, accepted: true, mergeInto: root }));
	return next;
}

export function unmergeConcept(review: Review, key: string): Review {
	return withConcepts(review, [key], (c) => ({ ...c, mergeInto: undefined }));
}

/** The concepts merged into `key`, for the row that shows them. */
export function mergedInto(review: Review, key: string): string[] {
	return Object.entries(review.concepts)
		.filter(([other, c]) => c.mergeInto && other !== key && mergedTarget(review, other) === key)
		.map(([other]) => other);
}

/** Whether an accepted relation will be on the map: both ends accepted and not merged into one. */
export function relationIsPlaced(review: Review, relation: SuggestedRelation): boolean {
	if (!review.relations[relation.key]?.accepted) return false;
	const source = mergedTarget(review, relation.source);
	const target = mergedTarget(review, relation.target);
	return source !== target && review.concepts[source]?.accepted === true && review.concepts[target]?.accepted === true;
}

/** The review as the map builder takes it: accepted concepts with their changes, merges resolved to their end. */
export function selectionOf(review: Review, extraction: Extraction): Selection {
	const suggested = new Map<string, SuggestedConcept>(extraction.concepts.map((c) => [c.key, c]));
	const concepts: Selection['concepts'] = [];
	for (const [key, c] of Object.entries(review.concepts)) {
		const original = suggested.get(key);
		if (!c.accepted || !original) continue;
		const into = c.mergeInto ? mergedTarget(review, key) : undefined;
		if (into !== undefined && (into === key || !review.concepts[into]?.accepted)) continue;
		const renamed = c.label !== original.label;
		concepts.push({
			key,
			...(into ? { mergeInto: into } : {}),
			...(renamed ? { label: c.label } : {}),
			// An English gloss that was only the name repeated follows the new name.
			...(renamed && original.labelEn === original.label ? { labelEn: c.label } : {}),
			...(c.kind !== original.kind ? { kind: c.kind } : {})
		});
	}
	const relations: Selection['relations'] = extraction.relations
		.filter((r) => relationIsPlaced(review, r))
		.map((r) => {
			const type = review.relations[r.key].relation;
			return type !== r.relation ? { key: r.key, relation: type } : { key: r.key };
		});
	return { concepts, relations };
}

export interface ReviewCounts {
	concepts: number;
	relations: number;
}

/** What the map will hold: concepts that stand on their own (not merged away), relations placed. */
export function reviewCounts(review: Review, extraction: Extraction): ReviewCounts {
	const selection = selectionOf(review, extraction);
	return { concepts: selection.concepts.filter((c) => !c.mergeInto).length, relations: selection.relations.length };
}
