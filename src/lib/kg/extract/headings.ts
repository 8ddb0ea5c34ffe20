/**
 * What a heading says: its cue word (the relation and kind of what follows), its subject(s),
 * or that it names a concept itself. "Ciri-ciri Kelompok Primer" → cue has-characteristic,
 * subject "Kelompok Primer"; "Perbedaan antara X dan Y" → cue contrasts-with, subjects X and Y;
 * "Pengertian X" → subject X, no cue; "Kesimpulan" → nothing; "Networking" → a concept.
 */
import type { Cue, LanguageProfile } from './profile';
import { isHardGap, matchAt, wordsOf, type Word } from './words';

export interface HeadingSubject {
	text: string;
	/** A name given in brackets after it: "Kelompok Okupasional (Occupational Group)". */
	alias?: string;
}

/** "… bagi Individu", "… dalam Pembangunan Karir", "… in Schools": whom or what a cue's subject serves. */
export interface HeadingQualifier {
	/** The word that opens it, lower case ("bagi", "dalam", "for"). */
	preposition: string;
	/** The words after it. */
	text: string;
	/** The heading's words from the cue on: "Fungsi Kelompok Okupasional bagi Individu". */
	whole: string;
}

export type ParsedHeading =
	| { type: 'none' }
	| { type: 'cue'; cue: Cue; subjects: HeadingSubject[]; qualifier?: HeadingQualifier }
	| { type: 'frame'; subjects: HeadingSubject[] }
	| { type: 'plain'; subjects: HeadingSubject[] };

const PARENTHETICAL = /\s*\(([^()]{1,80})\)/g;

/** Parses a section heading. */
/** "A. ", "IV. ", "2) " before a heading: its place in the article's outline, not its words. */
const OUTLINE_NUMBER = /^(?:[A-Z]|[IVX]{1,4}|\d{1,2}(?:\.\d{1,2})*)[.)]\s+/;

export function parseHeading(heading: string, profile: LanguageProfile, occurs?: (phrase: string) => boolean): ParsedHeading {
	const { text, aliases } = withoutParentheticals(heading.replace(OUTLINE_NUMBER, '').replace(/[?!.:]+$/, '').trim());
	if (!text || profile.noSubjectHeadings.test(text)) return { type: 'none' };
	const words = wordsOf(text, 0, profile);
	if (words.length === 0) return { type: 'none' };
	let i = 0;
	let framed = false;
	let cue: Cue | undefined;
	for (;;) {
		const frame = matchAt(words, profile.headingFrames, i);
		if (frame) {
			framed = true;
			i += frame.split(' ').length;
			continue;
		}
		break;
	}
	// "The Role of Families …": an article before the cue word.
	if (profile.determiners.has(words[i]?.lower ?? '') && cueAt(words, i + 1, profile)) i++;
	const cueFrom = i;
	const cueHere = cueAt(words, i, profile);
	if (cueHere) {
		cue = cueHere.cue;
		i = cueHere.next;
		// "Fungsi dan Peran X": a second cue joined to the first adds nothing.
		while (i + 1 < words.length && profile.coordinators.has(words[i].lower) && cueAt(words, i + 1, profile))
			i = cueAt(words, i + 1, profile)!.next;
		while (i < words.length && profile.cueModifiers.has(words[i].lower)) i++;
		const connector = matchAt(words, profile.cueConnectors, i);
		if (connector) i += connector.split(' ').length;
	}
	const rest = words.slice(i);
	if (rest.length === 0) return cue ? { type: 'cue', cue, subjects: [] } : { type: 'none' };
	if (!cue && !framed) {
		// "Kelompok Okupasional (…) dan Kelompok Volunter (…)": two names with one head announce two subjects.
		const parts = splitSubjects(text, rest, aliases, profile, false, occurs);
		const heads = parts.map((p) => p.text.split(' ')[profile.headFirst ? 0 : p.text.split(' ').length - 1].toLowerCase());
		if (parts.length > 1 && heads.every((h) => h === heads[0])) return { type: 'frame', subjects: parts };
		return { type: 'plain', subjects: [subject(text, rest, rest.length, aliases, profile, true)] };
	}
	const subjects = splitSubjects(text, rest, aliases, profile, true, occurs);
	if (!cue) return { type: 'frame', subjects };
	const qualifier = qualifierOf(text, words[cueFrom].start, rest, profile);
	return qualifier ? { type: 'cue', cue, subjects, qualifier } : { type: 'cue', cue, subjects };
}

/**
 * A title: "X: Pengertian, Ciri-ciri, dan Contohnya", "X, Wadah Pemuda untuk …",
 * "X and Its Challenges" name X; otherwise it reads as a heading.
 */
export function parseTitle(title: string, profile: LanguageProfile, occurs?: (phrase: string) => boolean): HeadingSubject[] {
	const main = title
		.split(/\s*:\s+|\s*[\u2013\u2014|]\s+|\s+-\s+/)[0]
		.split(/,\s+/)[0]
		.replace(/\s+(?:and|dan)\s+(?:its|their)\s+.*$/i, '')
		.replace(/\s+(?:dan|serta)\s+\p{L}+nya$/iu, '');
	const parsed = parseHeading(main, profile, occurs);
	if (parsed.type === 'none') return [];
	if (parsed.type === 'plain') {
		const { text, aliases } = withoutParentheticals(main);
		const words = wordsOf(text, 0, profile);
		// "Kelompok Sosial Okupasional dan Volunter": the second part borrows the first one's head.
		return splitSubjects(text, words, aliases, profile, true, occurs);
	}
	return parsed.subjects;
}

/** The cue whose words start at word `i`, longest first; plural "-nya" forms too ("bentuk-bentuknya"). */
export function cueAt(words: Word[], i: number, profile: LanguageProfile): { cue: Cue; next: number } | undefined {
	if (i >= words.length) return undefined;
	const candidates = cueIndex(profile).get(words[i].lower);
	if (!candidates) return undefined;
	for (const { parts, cue } of candidates) {
		if (i + parts.length > words.length) continue;
		const ok = parts.every((part, j) => {
			if (j > 0 && isHardGap(words[i + j].gap)) return false;
			const w = words[i + j].lower;
			return w === part || (j === parts.length - 1 && w === `${part}nya`);
		});
		if (ok) return { cue, next: i + parts.length };
	}
	return undefined;
}

const cueIndexes = new WeakMap<LanguageProfile, Map<string, Array<{ parts: string[]; cue: Cue }>>>();

/** A profile's cue phrases by their first word (and its "-nya" form), longest first. */
function cueIndex(profile: LanguageProfile): Map<string, Array<{ parts: string[]; cue: Cue }>> {
	let index = cueIndexes.get(profile);
	if (!index) {
		index = new Map();
		const entries = profile.cues.flatMap((cue) => cue.words.map((phrase) => ({ parts: phrase.split(' '), cue, length: phrase.length })));
		for (const entry of entries.sort((a, b) => b.length - a.length)) {
			const firsts = entry.parts.length === 1 ? [entry.parts[0], `${entry.parts[0]}nya`] : [entry.parts[0]];
			for (const first of firsts) index.set(first, [...(index.get(first) ?? []), { parts: entry.parts, cue: entry.cue }]);
		}
		cueIndexes.set(profile, index);
	}
	return index;
}

function withoutParentheticals(text: string): { text: string; aliases: Map<number, string> } {
	const aliases = new Map<number, string>();
	let out = '';
	let last = 0;
	for (const m of text.matchAll(PARENTHETICAL)) {
		out += text.slice(last, m.index);
		aliases.set(out.length, m[1].trim());
		last = m.index + m[0].length;
	}
	out += text.slice(last);
	return { text: out.trim(), aliases };
}

/**
 * Subjects joined by "dan"/"atau"/"and" are one subject each ("Manfaat Koperasi dan Serikat
 * Pekerja"). A one-word part borrows the rest of the other part when the text says it that way
 * ("Perbedaan Pengendalian Preventif dan Represif" → "Pengendalian Represif" if the text has it).
 * With `split` false, parts stay one subject unless all have two words or more.
 */
function splitSubjects(text: string, words: Word[], aliases: Map<number, string>, profile: LanguageProfile, split: boolean, occurs: (phrase: string) => boolean = () => false): HeadingSubject[] {
	const end = qualifierAt(words, profile);
	const span = words.slice(0, end);
	const parts: Word[][] = [[]];
	for (const w of span) {
		if (profile.coordinators.has(w.lower) && parts.at(-1)!.length > 0) parts.push([]);
		else parts.at(-1)!.push(w);
	}
	const named = parts.filter((p) => p.length > 0);
	const splits = named.length > 1 && (split || named.every((p) => p.length >= 2));
	if (!splits) return [subject(text, span, span.length, aliases, profile, false)];
	const subjects = named.map((p) => subject(text, p, p.length, aliases, profile, false));
	const texts = (list: Word[]) => list.map((w) => w.text);
	for (let n = 0; n < named.length; n++) {
		const other = named[n === 0 ? 1 : 0];
		if (named[n].length !== 1 || other.length < 2) continue;
		const borrowed = (n === 0 ? [named[n][0].text, ...texts(other.slice(1))] : [...texts(other.slice(0, -1)), named[n][0].text]).join(' ');
		if (occurs(borrowed)) subjects[n] = { text: borrowed };
	}
	return subjects;
}

/** The qualifier after a cue heading's subject, when it opens with a word of purpose or domain ("bagi", "dalam", "for"). */
function qualifierOf(text: string, cueStart: number, rest: Word[], profile: LanguageProfile): HeadingQualifier | undefined {
	const q = qualifierAt(rest, profile);
	if (q === 0 || q + 1 >= rest.length || !profile.beneficiaryStarts.has(rest[q].lower)) return undefined;
	return { preposition: rest[q].lower, text: text.slice(rest[q + 1].start, rest.at(-1)!.end), whole: text.slice(cueStart, rest.at(-1)!.end) };
}

/** Where a trailing qualifier starts ("… bagi Individu", "… di Era Digitalisasi", "… in Cities"). */
function qualifierAt(words: Word[], profile: LanguageProfile): number {
	for (let k = 1; k < words.length; k++) {
		const w = words[k].lower;
		if (profile.qualifierStarts.has(w) && !profile.coordinators.has(w)) return k;
	}
	return words.length;
}

function subject(text: string, words: Word[], count: number, aliases: Map<number, string>, profile: LanguageProfile, whole: boolean): HeadingSubject {
	let end = count;
	if (!whole) end = Math.min(end, qualifierAt(words, profile));
	else if (end > 6) end = qualifierAt(words, profile);
	const run = words.slice(0, end);
	const first = run[0];
	const last = run.at(-1)!;
	const alias = aliases.get(last.end) ?? aliases.get(last.end + 1);
	return alias ? { text: text.slice(first.start, last.end), alias } : { text: text.slice(first.start, last.end) };
}
