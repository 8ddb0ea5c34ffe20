/**
 * A concept's kind (ontology.yaml): the cue that introduced it votes first ("Ciri-ciri X" makes
 * its items characteristics); a name headed by an organisation word or carrying an acronym is an
 * organisation; one headed by a group word is a group type; a phrase found only by frequency is
 * context; anything else is a category.
 */
import type { KindFacts } from './registry';

/** Kinds an organisation's name outranks: "Ikatan Dokter Indonesia" given as an example is an organisation. */
const WEAKER_THAN_ORGANISATION = new Set(['example', 'category', 'context']);

export function kindOf(votes: Map<string, number>, facts: KindFacts): string {
	const organisation = facts.profile.organisationHeads.has(facts.head) || (facts.hasAcronym && facts.proper);
	let best: string | undefined;
	let bestWeight = 0;
	for (const [kind, weight] of votes)
		if (weight > bestWeight) {
			best = kind;
			bestWeight = weight;
		}
	if (best && organisation && WEAKER_THAN_ORGANISATION.has(best)) return 'organization';
	if (best && !(best === 'context' && facts.signals.size > 1)) return best;
	if (organisation || facts.hasAcronym) return 'organization';
	if (facts.profile.groupHeads.has(facts.head)) return 'group-type';
	if (facts.signals.size === 1 && facts.signals.has('key-phrase')) return 'context';
	return 'category';
}
