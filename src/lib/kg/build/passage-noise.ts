/**
 * No passage may be boilerplate: a greeting, an announcement of the article, a sign-off,
 * site navigation, an SEO keyword list, or a list lead-in standing alone. Segmentation
 * drops these where it can; this check catches what it let through (boilerplate inside a
 * paragraph, a lead-in with no list below it) so a new article cannot bring it back.
 */
import type { KgDocument, Passage } from '../model';
import { findBoilerplate, type BoilerplateKind } from '../text/boilerplate';
import type { BuildProblem } from './errors';

const WHAT: Record<BoilerplateKind, string> = {
	greeting: 'a greeting or a question to the reader',
	announcement: 'an announcement of what the article discusses',
	'sign-off': 'a sign-off',
	navigation: 'site navigation',
	'keyword-list': 'an SEO keyword list',
	'lead-in': 'a list lead-in without its list'
};

export function checkPassagesClean(passages: Passage[], documents: KgDocument[]): BuildProblem[] {
	const source = new Map(documents.map((d) => [d.id, d.source]));
	return passages.flatMap((passage) =>
		findBoilerplate(passage.text).map((finding) => ({
			where: `passage ${passage.id} (corpus/${source.get(passage.doc) ?? passage.doc})`,
			message: `holds ${WHAT[finding.kind]}: ${JSON.stringify(passage.text.slice(finding.start, finding.end))}. The corpus stays verbatim: teach the segmenter to drop or join it (src/lib/kg/text/segment.ts, patterns in src/lib/kg/text/boilerplate.ts)`
		}))
	);
}
