/**
 * The ontology's word on what each relation teaches (relation-teaching.ts): every relation
 * says it, even if only `tour: none`, so a new relation type cannot slip out of the tours and
 * the quiz unnoticed; a family of confusable relations needs two of them to mean anything.
 */
import type { Ontology } from './curation';
import type { BuildProblem } from './errors';

export function checkTeaching(relations: Ontology['relations']): BuildProblem[] {
	const problems: BuildProblem[] = [];
	const families = new Map<string, string[]>();
	for (const relation of relations) {
		if (!relation.teaching) {
			problems.push({
				where: `ontology.yaml relation "${relation.id}"`,
				message:
					'says nothing of what it teaches: add teaching: { tour: { section: …, about: source|target|both } or none, quiz: { roles: […], families: […] } }'
			});
			continue;
		}
		for (const family of relation.teaching.quiz.families) families.set(family, [...(families.get(family) ?? []), relation.id]);
	}
	for (const [family, members] of families)
		if (members.length < 2)
			problems.push({
				where: `ontology.yaml relation "${members[0]}"`,
				message: `is the only relation of the quiz family "${family}": a family names relations a learner could take for one another; add the others to it or drop it`
			});
	return problems;
}
