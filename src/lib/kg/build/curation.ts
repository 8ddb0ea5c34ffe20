/**
 * The curated input of a knowledge base (graph/*.yaml) as the builder receives it,
 * and the schema that checks it before anything is assembled.
 */
import * as v from 'valibot';
import { relationTeachingSchema } from '../relation-teaching';
import { BuildError, type BuildProblem } from './errors';

const bilingual = v.object({ id: v.string(), en: v.string() });
const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1));
const slug = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case slug'));

/** What a relation teaches (see relation-teaching.ts); `tour: none` where it fills no tour section. */
const curatedTeaching = v.pipe(
	v.unknown(),
	v.transform((value) =>
		value && typeof value === 'object' && (value as { tour?: unknown }).tour === 'none' ? { ...value, tour: null } : value
	),
	relationTeachingSchema
);

export const ontologySchema = v.object({
	kinds: v.array(v.object({ id: slug, label: bilingual, color: nonEmpty, shape: v.optional(v.string()) })),
	// Optional here so that the assembly names each relation that leaves it out.
	relations: v.array(v.object({ id: slug, label: bilingual, teaching: v.optional(curatedTeaching) }))
});

export const conceptSchema = v.object({
	key: slug,
	label: nonEmpty,
	labelEn: nonEmpty,
	kind: nonEmpty,
	aliases: v.optional(v.array(v.string()), []),
	/** Phrases that find the concept's mentions instead of label + aliases. */
	match: v.optional(v.array(nonEmpty)),
	gloss: v.optional(v.string()),
	glossEn: v.optional(v.string())
});

export const relationSchema = v.object({
	source: nonEmpty,
	relation: nonEmpty,
	target: nonEmpty,
	evidence: v.union([nonEmpty, v.pipe(v.array(nonEmpty), v.minLength(1))])
});

export const corpusSchema = v.object({
	title: nonEmpty,
	language: nonEmpty,
	documents: v.array(
		v.object({
			id: slug,
			file: nonEmpty,
			/** Checksum of the file as received, so an edited copy is caught. */
			sha256: v.optional(v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits'))),
			title: nonEmpty,
			language: nonEmpty,
			origin: v.optional(v.string())
		})
	)
});

export type Ontology = v.InferOutput<typeof ontologySchema>;
export type ConceptSpec = v.InferOutput<typeof conceptSchema>;
export type RelationSpec = v.InferOutput<typeof relationSchema>;
export type CorpusSpec = v.InferOutput<typeof corpusSchema>;

/** A curated concept together with the file it came from, for error messages. */
export interface SourcedConcept extends ConceptSpec {
	file: string;
}

export interface BuildInput {
	corpus: CorpusSpec;
	/** Text of each corpus file, by file name. */
	texts: Record<string, string>;
	ontology: Ontology;
	concepts: SourcedConcept[];
	relations: RelationSpec[];
}

/** Parses one curated value, or throws a BuildError naming the file and the field at fault. */
export function parseCurated<S extends v.GenericSchema>(schema: S, value: unknown, where: string): v.InferOutput<S> {
	const result = v.safeParse(schema, value);
	if (result.success) return result.output;
	const problems: BuildProblem[] = result.issues.map((issue) => ({
		where: `${where}${v.getDotPath(issue) ? ` at ${v.getDotPath(issue)}` : ''}`,
		message: issue.message
	}));
	throw new BuildError(problems);
}
