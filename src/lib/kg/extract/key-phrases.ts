/**
 * Key phrases on stems: phrases of two to four content words inside the runs that function words,
 * verbs and punctuation cut (as RAKE cuts them), counted by their stems across all passages. A phrase said
 * three times in at least two passages is suggested, weakly: on its own it never reaches a map
 * without review; it strengthens a concept another signal found.
 */
import type { Passage } from '../model';
import type { LanguageProfile } from './profile';
import type { Registry } from './registry';
import { isHardGap, type Word } from './words';

const MIN_COUNT = 3;
const MIN_PASSAGES = 2;
const MAX_WORDS = 4;
/** A phrase said this often, across this many passages, is one the text is about: it stands on its own. */
const THEME_COUNT = 5;
const THEME_PASSAGES = 3;
const THEME_WEIGHT = 0.72;

interface Tally {
	form: string;
	count: number;
	passages: Set<string>;
	profile: LanguageProfile;
	first: { passage: string; start: number; end: number };
}

export function readKeyPhrases(registry: Registry, passages: Passage[], profileOf: (passage: Passage) => LanguageProfile, wordsOf: (passage: Passage) => Word[]): void {
	const tallies = new Map<string, Tally>();
	for (const passage of passages) {
		const profile = profileOf(passage);
		const words = wordsOf(passage);
		let run: Word[] = [];
		const flush = () => {
			// Every phrase of two to four words inside the run: "jaringan sosial" in "jaringan sosial penting".
			for (let i = 0; i < run.length; i++)
				for (let n = 2; n <= MAX_WORDS && i + n <= run.length; n++) count(tallies, passage, profile, run.slice(i, i + n));
			run = [];
		};
		for (const w of words) {
			const content = !profile.stopwords.has(w.lower) && !profile.nameBreaks.has(w.lower) && !profile.isVerb(w.text) && !/^\p{N}+$/u.test(w.text) && w.text.length > 1;
			if (!content || (run.length > 0 && isHardGap(w.gap))) flush();
			if (content) run.push(w);
		}
		flush();
	}
	const frequent = [...tallies.entries()].filter(([, t]) => t.count >= MIN_COUNT && t.passages.size >= MIN_PASSAGES);
	// A phrase only ever said inside a longer frequent one is that one's part, not a phrase of its own.
	const covered = new Set<string>();
	for (const [id, t] of frequent) {
		const stems = id.split(' ');
		if (stems.length < 3) continue;
		for (const part of [stems.slice(1).join(' '), stems.slice(0, -1).join(' ')]) if (tallies.get(part)?.count === t.count) covered.add(part);
	}
	for (const [id, t] of frequent) {
		if (covered.has(id)) continue;
		const theme = t.count >= THEME_COUNT && t.passages.size >= THEME_PASSAGES;
		const weight = theme ? THEME_WEIGHT : Math.min(0.5, 0.2 + 0.04 * t.count);
		registry.concept(t.form, t.profile, { signal: 'key-phrase', weight, kind: 'context', kindWeight: 0.05, span: t.first, inText: true });
	}
}

function count(tallies: Map<string, Tally>, passage: Passage, profile: LanguageProfile, words: Word[]): void {
	const id = words.map((w) => w.stem).join(' ');
	const t = tallies.get(id);
	if (t) {
		t.count++;
		t.passages.add(passage.id);
		return;
	}
	const form = passage.text.slice(words[0].start - passage.start, words.at(-1)!.end - passage.start);
	tallies.set(id, { form, count: 1, passages: new Set([passage.id]), profile, first: { passage: passage.id, start: words[0].start, end: words.at(-1)!.end } });
}
