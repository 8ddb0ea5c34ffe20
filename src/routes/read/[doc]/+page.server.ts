import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { EntryGenerator } from './$types';

/** Prerender one reader page per article of the default knowledge base. */
export const entries: EntryGenerator = () => {
	const corpus = parse(readFileSync('graph/corpus.yaml', 'utf8')) as { documents: Array<{ id: string }> };
	return corpus.documents.map((d) => ({ doc: d.id }));
};
