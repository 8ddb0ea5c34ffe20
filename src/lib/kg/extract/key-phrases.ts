/**
 * Key phrases on stems: phrases of two to four content words inside the runs that function words,
 * verbs and punctuation cut (as RAKE cuts them), counted by their stems across all passages. A phrase said
 * three times in at least two passages is suggested, weakly: on its own it never reaches a map
 * without review; it strengthens a concept another signal found. A phrase said five times in three
 * passages is a theme and stands on its own; so does a pair of names joined by "dan"/"atau" said as often.
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
	const pairs = new Map<string, Tally>();
	for (const passage of passages) {
		const profile = profileOf(passage);
		const words = wordsOf(passage);
		let run: Word[] = [];
		let runStart = 0;
		let previous: { words: Word[]; end: number } | undefined;
		const flush = () => {
			// Every phrase of two to four words inside the run: "jaringan sosial" in "jaringan sosial penting".
			for (let i = 0; i < run.length; i++)
				for (let n = 2; n <= MAX_WORDS && i + n <= run.length; n++) count(tallies, passage, profile, run.slice(i, i + n));
			// "kegiatan sosial atau kemanusiaan": two whole runs joined by one coordinator.
			if (run.length > 0 && previous && runStart === previous.end + 2 && profile.coordinators.has(words[previous.end + 1].lower) && !isHardGap(words[previous.end + 1].gap) && !isHardGap(run[0].gap))
				countPair(pairs, passage, profile, previous.words, words[previous.end + 1], run);
			if (run.length > 0) previous = { words: run, end: runStart + run.length - 1 };
			run = [];
		};
		for (const [k, w] of words.entries()) {
			const content = !profile.stopwords.has(w.lower) && !profile.nameBreaks.has(w.lower) && !profile.isVerb(w.text) && !/^\p{N}+$/u.test(w.text) && w.text.length > 1;
			if (!content || (run.length > 0 && isHardGap(w.gap))) flush();
			if (content) {
				if (run.length === 0) runStart = k;
				run.push(w);
			}
		}
		flush();
	}
	// A pair said as often as a theme is one name: a teacher writes "kegiatan sosial atau kemanusiaan" on the board as one.
	for (const t of pairs.values())
		if (t.count >= THEME_COUNT && t.passages.size >= THEME_PASSAGES)
			registry.concept(t.form, t.profile, { signal: 'key-phrase', weight: THEME_WEIGHT, kind: 'context', kindWeight: 0.05, span: t.first, inText: true });
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

/** Sides of a pair: each a short name of its own. */
const MAX_PAIR_SIDE = 3;

function countPair(pairs: Map<string, Tally>, passage: Passage, profile: LanguageProfile, a: Word[], coordinator: Word, b: Word[]): void {
	if (a.length > MAX_PAIR_SIDE || b.length > MAX_PAIR_SIDE) return;
	const left = a.map((w) => w.stem).join(' ');
	const right = b.map((w) => w.stem).join(' ');
	if (left === right) return;
	count(pairs, passage, profile, [...a, coordinator, ...b], `${left} ${coordinator.lower} ${right}`);
}

function count(tallies: Map<string, Tally>, passage: Passage, profile: LanguageProfile, words: Word[], key?: string): void {
	const id = key ?? words.map((w) => w.stem).join(' ');
	const t = tallies.get(id);
	if (t) {
		t.count++;
		t.passages.add(passage.id);
		return;
	}
	const form = passage.text.slice(words[0].start - passage.start, words.at(-1)!.end - passage.start);
	tallies.set(id, { form, count: 1, passages: new Set([passage.id]), profile, first: { passage: passage.id, start: words[0].start, end: words.at(-1)!.end } });
}
