/**
 * Words of a sentence with their stems and the punctuation before them, and the few
 * operations the signals need on them: read a name forward from a word, read one backward
 * from a marker, split a list into its items. A name never crosses punctuation.
 */
import { tokenise } from '../text/tokenise';
import type { LanguageProfile } from './profile';

export interface Word {
	text: string;
	/** Lower case, NFC. */
	lower: string;
	stem: string;
	/** Offsets into the document text. */
	start: number;
	end: number;
	/** What stands between the previous word (or the start of the span) and this one. */
	gap: string;
}

/** A run of words, as indices into a word array: first..last inclusive. */
export interface Run {
	first: number;
	last: number;
}

/** The words of `text`, offsets shifted by `offset` (where `text` starts in the document). */
export function wordsOf(text: string, offset: number, profile: LanguageProfile): Word[] {
	let previousEnd = 0;
	const words: Word[] = [];
	for (const token of tokenise(text)) {
		const gap = text.slice(previousEnd, token.start);
		previousEnd = token.end;
		const lower = token.text.normalize('NFC').toLowerCase();
		const previous = words[words.length - 1];
		// "mengakibat kan": a verb suffix a scraped page split off its verb is the verb's.
		if (previous && gap === ' ' && profile.detachedSuffix?.(previous.lower, lower)) {
			previous.text += token.text;
			previous.lower += lower;
			previous.stem = profile.stem(previous.text);
			previous.end = offset + token.end;
			continue;
		}
		words.push({
			text: token.text,
			lower,
			stem: profile.stem(token.text),
			start: offset + token.start,
			end: offset + token.end,
			gap
		});
	}
	return words;
}

/** Punctuation other than a hyphen or spaces between two words: a comma, a bracket, a stop. */
const HYPHEN = /^[-\u2010\u2011]$/u;

export const isHardGap = (gap: string) => /[^\s\-\u2010\u2011]/u.test(gap);

export interface NameOptions {
	/** At most this many content words (default 6). */
	max?: number;
	/** Stop before a verb after the first word ("gotong royong membersihkan …"). */
	breakAtVerbs?: boolean;
	/** Let prepositions stand inside ("mobilitas dalam satu generasi"), for other names. */
	allowPrepositions?: boolean;
	/** Keep a closing "yang" and one word ("pelayanan yang berkualitas"), for list items. */
	keepQuality?: boolean;
}

/** The name that starts at word `i` (after any determiners), or undefined when none does. */
export function nameForward(words: Word[], i: number, profile: LanguageProfile, options: NameOptions = {}): Run | undefined {
	const run = nameForwardStrict(words, i, profile, options);
	if (!run || !options.keepQuality) return run;
	// "etika yang tinggi", "kondisi kerja yang baik": a relativiser and one word that closes the item belong to its name.
	const rel = run.last + 1;
	if (rel + 1 < words.length && profile.relativisers.has(words[rel].lower) && !isHardGap(words[rel].gap) && !isHardGap(words[rel + 1].gap)) {
		const next = words[rel + 2];
		// "konten digital yang menarik dan inovatif": two qualities joined describe the thing; they are no part of its name.
		const paired = next && profile.coordinators.has(next.lower) && words[rel + 3] && !profile.stopwords.has(words[rel + 3].lower) && !isHardGap(words[rel + 3].gap) && (!words[rel + 4] || isHardGap(words[rel + 4].gap));
		const closes = !paired && (!next || isHardGap(next.gap) || profile.coordinators.has(next.lower) || profile.stopwords.has(next.lower) || profile.isVerb(next.text));
		const quality = !profile.stopwords.has(words[rel + 1].lower) && !profile.isVerb(words[rel + 1].text);
		if (closes && quality) return { first: run.first, last: rel + 1 };
	}
	return run;
}

function nameForwardStrict(words: Word[], i: number, profile: LanguageProfile, options: NameOptions): Run | undefined {
	const max = options.max ?? 6;
	let start = skipDeterminers(words, i, profile);
	if (start >= words.length) return undefined;
	let last = -1;
	let content = 0;
	for (let k = start; k < words.length; k++) {
		const w = words[k];
		if (k > start && isHardGap(w.gap)) break;
		if (profile.innerWords.has(w.lower) && k > start) continue;
		// "right-to-work laws", "face-to-face": a function word hyphened on both sides is inside a compound.
		if (k > start && k + 1 < words.length && HYPHEN.test(w.gap) && HYPHEN.test(words[k + 1].gap)) continue;
		// "A nuclear family refers to …": a copula ends the name before it.
		if (k > start && !options.allowPrepositions && matchAt(words, profile.copulas, k)) break;
		const isBreak = profile.nameBreaks.has(w.lower) || profile.stopwords.has(w.lower);
		if (isBreak) {
			const inner = options.allowPrepositions && k > start && !profile.relativisers.has(w.lower) && !isCopulaWord(w.lower, profile);
			if (inner) continue;
			if (k === start) return undefined;
			break;
		}
		// A capitalised word inside a name is a proper noun ("Masjid Menara Kudus"), not a verb.
		if (options.breakAtVerbs && k > start && !/^\p{Lu}/u.test(w.text) && profile.isVerb(w.text)) break;
		last = k;
		if (++content >= max) break;
	}
	return last >= start ? { first: start, last } : undefined;
}

/**
 * The name that ends just before word `end` (exclusive), read backward: content words and
 * the inner words between them, up to a function word, a verb or punctuation.
 */
export function nameBackward(words: Word[], end: number, profile: LanguageProfile, max = 4): Run | undefined {
	let first = -1;
	let content = 0;
	const last = end - 1;
	for (let k = last; k >= 0; k--) {
		const w = words[k];
		if (profile.innerWords.has(w.lower) && k < last && k > 0) {
			if (isHardGap(w.gap)) break;
			continue;
		}
		if (profile.nameBreaks.has(w.lower) || profile.stopwords.has(w.lower) || profile.isVerb(w.text)) break;
		if (profile.determiners.has(w.lower)) break;
		first = k;
		if (++content >= max || isHardGap(w.gap)) break;
	}
	if (first < 0) return undefined;
	// An inner word cannot open the name ("dan keahlian" → "keahlian").
	while (first <= last && profile.innerWords.has(words[first].lower)) first++;
	return first <= last ? { first, last } : undefined;
}

export function skipDeterminers(words: Word[], i: number, profile: LanguageProfile): number {
	const pairs = determinerPairs(profile);
	let k = i;
	while (k < words.length) {
		const first = words[k].lower;
		if (k + 1 < words.length && pairs.has(first) && profile.determiners.has(`${first} ${words[k + 1].lower}`)) k += 2;
		else if (profile.determiners.has(first)) k++;
		else break;
	}
	return k;
}

const pairStarts = new WeakMap<LanguageProfile, Set<string>>();
/** First words of the two-word determiners ("salah" of "salah satu"). */
function determinerPairs(profile: LanguageProfile): Set<string> {
	let set = pairStarts.get(profile);
	if (!set) {
		set = new Set([...profile.determiners].filter((d) => d.includes(' ')).map((d) => d.split(' ')[0]));
		pairStarts.set(profile, set);
	}
	return set;
}

function isCopulaWord(word: string, profile: LanguageProfile): boolean {
	return profile.copulas.some((c) => c === word);
}

/** Phrase lists indexed by their first word, longest phrase first; built once per list. */
const phraseIndexes = new WeakMap<readonly string[], Map<string, string[][]>>();

function phraseIndex(phrases: readonly string[]): Map<string, string[][]> {
	const key = phrases;
	let index = phraseIndexes.get(key);
	if (!index) {
		index = new Map();
		for (const phrase of [...phrases].sort((a, b) => b.length - a.length)) {
			const parts = phrase.split(' ');
			index.set(parts[0], [...(index.get(parts[0]) ?? []), parts]);
		}
		phraseIndexes.set(key, index);
	}
	return index;
}

/** Whether the words from `i` on are `parts`, with no punctuation between them. */
function partsAt(words: Word[], parts: readonly string[], i: number): boolean {
	if (i + parts.length > words.length) return false;
	for (let j = 0; j < parts.length; j++) {
		if (words[i + j].lower !== parts[j]) return false;
		if (j > 0 && isHardGap(words[i + j].gap)) return false;
	}
	return true;
}

/** The first of `phrases` (longest first) spelled at word `i`, if any. */
export function matchAt(words: Word[], phrases: readonly string[], i: number): string | undefined {
	const candidates = i < words.length ? phraseIndex(phrases).get(words[i].lower) : undefined;
	if (!candidates) return undefined;
	for (const parts of candidates) if (partsAt(words, parts, i)) return parts.join(' ');
	return undefined;
}

/**
 * Concepts already known by names among words[from..to), longest name first, in reading order:
 * the subjects a sentence names.
 */
export function knownConceptsIn(
	words: Word[],
	from: number,
	to: number,
	profile: LanguageProfile,
	registry: { knownWords(words: Word[], profile: LanguageProfile): string | undefined; mayStart(stem: string): boolean }
): string[] {
	const found: string[] = [];
	for (let i = from; i < to; i++) {
		if (!registry.mayStart(words[i].stem)) continue;
		for (let len = Math.min(6, to - i); len >= 1; len--) {
			const slice = words.slice(i, i + len);
			if (len > 1 && slice.slice(1).some((w) => isHardGap(w.gap))) continue;
			if (slice.every((w) => profile.stopwords.has(w.lower))) continue;
			const id = registry.knownWords(slice, profile);
			if (id) {
				if (!found.includes(id)) found.push(id);
				i += len - 1;
				break;
			}
		}
	}
	return found;
}

/** Content words (not function words) among `run`. */
export function contentCount(words: Word[], run: Run, profile: LanguageProfile): number {
	let n = 0;
	for (let k = run.first; k <= run.last; k++) if (!profile.stopwords.has(words[k].lower)) n++;
	return n;
}

/**
 * The items of a list that runs from word `from` to the end of its clause: "A, B, dan C",
 * "A dan B", "A; B". Items are split at commas and semicolons; the last is split from its
 * coordinator; a coordinator inside an item between commas stays ("jiwa dan harta benda").
 * The list stops at a stop, a colon, or its tail ("dan lain sebagainya").
 */
export function listItems(words: Word[], from: number, profile: LanguageProfile, to = words.length): Run[] {
	const segments: Run[] = [];
	let first = from;
	let k = from;
	for (; k < to; k++) {
		const gap = words[k].gap;
		if (k > from && /[.:!?]/.test(gap)) break;
		// "…, namun tidak …", "…, which encourages …": a new clause ends the list.
		if (k > from && profile.clauseBreaks.has(words[k].lower) && /,/.test(gap)) break;
		if (k > from && /[,;]/.test(gap)) {
			segments.push({ first, last: k - 1 });
			first = k;
		}
	}
	if (first < k) segments.push({ first, last: k - 1 });
	if (segments.length === 0) return [];
	// Without commas, "A dan B" is two items.
	if (segments.length === 1) return splitAtCoordinator(words, segments[0], profile);
	const items: Run[] = [];
	for (const [n, seg] of segments.entries()) {
		let run: Run | undefined = seg;
		const coordinated = profile.coordinators.has(words[seg.first].lower);
		while (run && profile.coordinators.has(words[run.first].lower)) run = run.first < run.last ? { first: run.first + 1, last: run.last } : undefined;
		if (!run) continue;
		// "A, B, serta memfasilitasi …": a verb joined by a coordinator after items that are no verbs goes on with the sentence.
		if (n > 0 && coordinated && profile.isVerb(words[run.first].text) && !profile.isVerb(words[items[0]?.first ?? seg.first].text)) break;
		if (n === segments.length - 1) {
			// "A, B and C": the last segment holds two items when no coordinator opened it.
			if (run === seg) {
				const [last, ...more] = splitAtCoordinator(words, run, profile);
				// Only a short name before the coordinator is an item: "…, kompetensi dan kualitas" after a clause is not.
				const short = last && last.last - last.first < 3 && !words.slice(last.first, last.last + 1).some((w) => profile.nameBreaks.has(w.lower) || profile.isVerb(w.text));
				if (last && more.length > 0 && short) {
					items.push(last);
					run = more[0];
				}
			}
			run = run && trimTail(words, run, profile);
		}
		if (run) items.push(run);
	}
	return items;
}

function splitAtCoordinator(words: Word[], seg: Run, profile: LanguageProfile): Run[] {
	for (let k = seg.first + 1; k < seg.last; k++) {
		// "para pekerja yang memiliki tujuan dan kepentingan": the coordinator joins inside a relative clause.
		if (profile.relativisers.has(words[k].lower)) break;
		if (profile.coordinators.has(words[k].lower)) {
			const second = trimTail(words, { first: k + 1, last: seg.last }, profile);
			return second ? [{ first: seg.first, last: k - 1 }, second] : [{ first: seg.first, last: k - 1 }];
		}
	}
	const only = trimTail(words, seg, profile);
	return only ? [only] : [];
}

/**
 * "Kelompok okupasional dan kelompok volunter": names joined by a coordinator that share their
 * head word are two names; "norma dan nilai bersama" stays one.
 */
export function splitCoordination(words: Word[], run: Run, profile: LanguageProfile): Run[] {
	const parts: Run[] = [];
	let first = run.first;
	for (let k = run.first; k <= run.last; k++) {
		if (profile.coordinators.has(words[k].lower) && k > first) {
			parts.push({ first, last: k - 1 });
			first = k + 1;
		}
	}
	if (first <= run.last) parts.push({ first, last: run.last });
	if (parts.length < 2 || parts.some((p) => p.last - p.first < 1)) return [run];
	const head = (p: Run) => words[profile.headFirst ? p.first : p.last].stem;
	return parts.every((p) => head(p) === head(parts[0])) ? parts : [run];
}

/** Drops "dan lain sebagainya", "and so on" from the end of the last item. */
function trimTail(words: Word[], run: Run, profile: LanguageProfile): Run | undefined {
	for (let cut = run.first; cut <= run.last; cut++) {
		const rest = words.slice(cut, run.last + 1).map((w) => w.lower).join(' ');
		if (profile.listTail.test(rest)) return cut > run.first ? { first: run.first, last: cut - 1 } : undefined;
	}
	return run;
}

/** The exact text of a run in the document. */
export const runText = (text: string, words: Word[], run: Run) => text.slice(words[run.first].start, words[run.last].end);
