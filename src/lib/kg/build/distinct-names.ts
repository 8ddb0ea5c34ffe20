/**
 * One name, one concept: no two concepts share a label (Indonesian or English) or an
 * alias once case, Unicode form and spacing are set aside. A shared name is either one
 * idea curated twice (merge them) or an alias that belongs to only one of them.
 */
import { normalise } from '../text/normalise';
import type { SourcedConcept } from './curation';
import type { BuildProblem } from './errors';

const nameKey = (name: string) => normalise(name).replace(/\s+/g, ' ').trim();

export function checkDistinctNames(concepts: SourcedConcept[]): BuildProblem[] {
	const owner = new Map<string, { concept: SourcedConcept; field: string }>();
	const problems: BuildProblem[] = [];
	for (const concept of concepts) {
		const names: Array<[string, string]> = [
			['label', concept.label],
			['labelEn', concept.labelEn],
			...concept.aliases.map((a): [string, string] => ['alias', a])
		];
		const own = new Set<string>();
		for (const [field, name] of names) {
			const key = nameKey(name);
			if (own.has(key)) continue;
			own.add(key);
			const earlier = owner.get(key);
			if (!earlier) {
				owner.set(key, { concept, field });
				continue;
			}
			if (earlier.concept.key === concept.key) continue;
			problems.push({
				where: `concept "${concept.key}" (concepts/${concept.file})`,
				message: `its ${field} "${name}" is also the ${earlier.field} of concept "${earlier.concept.key}" (concepts/${earlier.concept.file}); one name, one concept: merge the two, or keep the name on the concept it belongs to`
			});
		}
	}
	return problems;
}
