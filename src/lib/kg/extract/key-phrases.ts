/**
 * Key phrases on stems: runs of two to four content words between function words, verbs and
 * punctuation (as RAKE cuts them), counted by their stems across all passages. A phrase said
 * three times in at least two passages is suggested, weakly: on its own it never reaches a map
 * without review; it strengthens a concept another signal found.
 */
import type { Passage } from '../model';
import type { LanguageProfile } from './profile';
import type { Registry } from './registry';
import { isHardGap, wordsOf, type Word } from './words';

const MIN_COUNT = 3;
const MIN_PASSAGES = 2;
const MAX_WORDS = 4;

interface Tally {
	form: string;
	count: number;
	passages: Set<string>;
	profile: LanguageProfile;
	first: { passage: string; start: number; end: number };
}

export function readKeyPhrases(registry: Registry, passages: Passage[], profileOf: (passage: Passage) => LanguageProfile): void {
	const tallies = new Map<string, Tally>();
	for (const passage of passages) {
		const profile = profileOf(passage);
		const words = wordsOf(passage.text, passage.start, profile);
		let run: Word[] = [];
		const flush = () => {
			if (run.length >= 2 && run.length <= MAX_WORDS) {
				const form = passage.text.slice(run[0].start - passage.start, run.at(-1)!.end - passage.start);
				const id = run.map((w) => w.stem).join(' ');
				const t = tallies.get(id);
				if (t) {
					t.count++;
					t.passages.add(passage.id);
				} else
					tallies.set(id, { form, count: 1, passages: new Set([passage.id]), profile, first: { passage: passage.id, start: run[0].start, end: run.at(-1)!.end } });
			}
			run = [];
		};
		for (const w of words) {
			const content = !profile.stopwords.has(w.lower) && !profile.nameBreaks.has(w.lower) && !profile.isVerb(w.text) && !/^\p{N}+$/u.test(w.text) && w.text.length > 1;
			if (!content || (run.length > 0 && isHardGap(w.gap))) flush();
			if (content) run.push(w);
		}
		flush();
	}
	for (const t of tallies.values()) {
		if (t.count < MIN_COUNT || t.passages.size < MIN_PASSAGES) continue;
		const weight = Math.min(0.5, 0.2 + 0.04 * t.count);
		registry.concept(t.form, t.profile, { signal: 'key-phrase', weight, kind: 'context', kindWeight: 0.05, span: t.first, inText: true });
	}
}
