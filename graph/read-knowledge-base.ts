/** Reads a knowledge-base folder (corpus.yaml, corpus/, ontology.yaml, concepts/, relations.yaml) from disk. */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import * as v from 'valibot';
import {
	conceptSchema,
	corpusSchema,
	ontologySchema,
	parseCurated,
	relationSchema,
	type BuildInput
} from '../src/lib/kg/build/curation';
import { BuildError } from '../src/lib/kg/build/errors';

function readYaml(dir: string, file: string): unknown {
	const path = join(dir, file);
	if (!existsSync(path)) throw new BuildError([{ where: file, message: `missing (expected at ${path})` }]);
	try {
		return parse(readFileSync(path, 'utf8'));
	} catch (error) {
		throw new BuildError([{ where: file, message: `is not valid YAML: ${(error as Error).message}` }]);
	}
}

export function readKnowledgeBase(dir: string): BuildInput {
	const corpus = parseCurated(corpusSchema, readYaml(dir, 'corpus.yaml'), 'corpus.yaml');
	const texts: Record<string, string> = {};
	for (const doc of corpus.documents) {
		const path = join(dir, 'corpus', doc.file);
		if (!existsSync(path)) continue;
		const bytes = readFileSync(path);
		const sha256 = createHash('sha256').update(bytes).digest('hex');
		if (doc.sha256 && doc.sha256 !== sha256)
			throw new BuildError([
				{
					where: `corpus/${doc.file}`,
					message: `differs from the text recorded in corpus.yaml (sha256 ${sha256}, expected ${doc.sha256}); the sources are kept verbatim: restore the file, or record the new checksum if the change is intended`
				}
			]);
		texts[doc.file] = bytes.toString('utf8');
	}
	const ontology = parseCurated(ontologySchema, readYaml(dir, 'ontology.yaml'), 'ontology.yaml');
	const conceptFiles = readdirSync(join(dir, 'concepts'))
		.filter((f) => f.endsWith('.yaml'))
		.sort();
	const concepts = conceptFiles.flatMap((file) => {
		const list = parseCurated(v.array(conceptSchema), readYaml(dir, join('concepts', file)) ?? [], `concepts/${file}`);
		return list.map((c) => ({ ...c, file }));
	});
	const relations = parseCurated(v.array(relationSchema), readYaml(dir, 'relations.yaml') ?? [], 'relations.yaml');
	return { corpus, texts, ontology, concepts, relations };
}
