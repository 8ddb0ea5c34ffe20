/**
 * What the extractor knows about a language: its stemmer, its function words, and the cue words
 * and patterns that signal concepts and relations. One pipeline reads every language through
 * such a profile (profiles/id.ts, profiles/en.ts); nothing language-specific lives elsewhere.
 *
 * Relation and kind ids are those of graph/ontology.yaml, so an extracted map speaks the same
 * vocabulary as the curated one (a unit test holds them to the ontology).
 */
import type { Stemmer } from '../text/stem';

export type Language = 'id' | 'en';

/**
 * How a cue relates the subject of a heading or sentence to the items it introduces:
 * `subject-item` → subject -relation-> item ("Fungsi X": X has-function item);
 * `item-subject` → item -relation-> subject ("Jenis X": item subtype-of X);
 * `between` → the subjects relate to one another ("Perbedaan X dan Y": X contrasts-with Y).
 */
export type CueDirection = 'subject-item' | 'item-subject' | 'between';

export interface Cue {
	/** Lower-case words that open the cue, single or multi-word ("ciri", "ciri-ciri", "ciri khas"). */
	words: readonly string[];
	relation: string;
	direction: CueDirection;
	/** The kind of the items it introduces; none keeps the kind the item has (or its subject's). */
	itemKind?: string;
	/** A qualifier after the subject names what the subject contributes to: "Peran X dalam Y", "Contribution of X in Y". */
	towards?: boolean;
}

export interface LanguageProfile {
	language: Language;
	stem: Stemmer;
	/** Function words: a concept name never starts or ends with one. */
	stopwords: ReadonlySet<string>;
	/** Function words that may stand inside a name between two content words ("dan", "of"). */
	innerWords: ReadonlySet<string>;
	/** Words stripped from the front of a name ("sebuah", "para", "the"). */
	determiners: ReadonlySet<string>;
	/** Words that end a name read forward (prepositions, relativisers, copulas, clause openers). */
	nameBreaks: ReadonlySet<string>;
	/** Words that open an adverbial before the subject, up to a comma ("Menurut X,", "In general,"). */
	openers: ReadonlySet<string>;
	/** Words that start a relative clause ("yang", "which"), skipped when looking back for an anchor. */
	relativisers: ReadonlySet<string>;
	/** A sentence subject that points back to the topic ("kelompok ini", "these", "mereka"). */
	anaphora: RegExp;
	/** The reader a how-to text addresses ("anda", "kamu", "you"): the one who takes its steps. */
	readers: ReadonlySet<string>;
	/** Existential openers stripped from an item ("adanya …", "munculnya …"). */
	itemOpeners: ReadonlySet<string>;
	/** Phrases stripped from the front of a list title ("Sebagai tempat untuk …", "As a way to …"), longest first. */
	itemPrefixes: readonly string[];
	/** Words that end a list: a new clause starts ("namun", "sehingga", "which", "but"). */
	clauseBreaks: ReadonlySet<string>;
	/** Heads whose list of single words is one name: "kesamaan nilai, minat, dan tujuan". */
	distributiveHeads: ReadonlySet<string>;
	/** Words of quantity before a cue word: "beberapa jenis", "several types". */
	quantities: ReadonlySet<string>;
	/** Verbs that name a relation between the names around them; `reverse` when the object is the source. */
	relationVerbs: { phrases: readonly string[]; meaning: ReadonlyMap<string, { relation: string; reverse?: boolean }> };
	cues: readonly Cue[];
	/** Words between a cue and its subject in a heading ("Tantangan yang Dihadapi X", "Types of X"). */
	cueConnectors: readonly string[];
	/** Modifiers of a cue word that say nothing about the subject ("Faktor Pendorong X"). */
	cueModifiers: ReadonlySet<string>;
	/** Heading openers that announce the subject without a relation ("Pengertian X", "What is X"). */
	headingFrames: readonly string[];
	/** Headings with no subject ("Kesimpulan", "Conclusion"). */
	noSubjectHeadings: RegExp;
	/** Words that open a trailing qualifier of a heading's subject ("X bagi Individu", "X in Cities"). */
	qualifierStarts: ReadonlySet<string>;
	/** Qualifier openers that say whom or what the cue's subject serves ("Fungsi X bagi Individu", "Role of X in Y"). */
	beneficiaryStarts: ReadonlySet<string>;
	/** Copulas of a definition, longest first ("didefinisikan sebagai", "adalah"; "is defined as", "is"). */
	copulas: readonly string[];
	/** Markers that give another name ("atau dikenal sebagai", "also known as"). */
	aliasMarkers: readonly string[];
	/** Verbs that give a term to what the words before them describe ("disebut", "dinamakan", "called"), longest first. */
	namingVerbs: readonly string[];
	/** "Istilah lain … adalah A atau B": other names for the topic. */
	otherNames: RegExp;
	/** Markers of examples that modify the noun phrase before them ("seperti", "such as"). */
	exampleMarkers: readonly string[];
	/** Markers of examples that introduce a clause or sentence ("contohnya", "for example"). */
	exampleClauseMarkers: readonly string[];
	/** "Contoh (dari) X adalah A, B" / "Examples of X include A, B": the words that open it. */
	exampleHeads: readonly string[];
	/** Words that introduce the items of a list ("antara lain", "meliputi", "include"). */
	listMarkers: readonly string[];
	/** Verbs whose list makes the subject include the items ("mencakup", "consists of"). */
	includeVerbs: readonly string[];
	/**
	 * Verbs that add little to their object ("mendapatkan", "memerlukan", "gain"): a name that opens
	 * with one ("Mendapatkan pengalaman baru") is also known by its object ("pengalaman baru").
	 */
	lightVerbs: ReadonlySet<string>;
	/** Phrases that give the subject's purpose, the doings after them ("hadir untuk", "bertujuan untuk", "aims to"), longest first. */
	purposeVerbs: readonly string[];
	/** "dapat menjadi", "can serve as": the subject serves as what follows, when that is a means ("sumber", "source"). */
	servesAs: { verbs: readonly string[]; means: ReadonlySet<string> };
	/** Words of too much or too hard that open a state ("terlalu", "sulit", "too"): a weakness or a challenge. */
	degreeWords: ReadonlySet<string>;
	/** Words that hedge what follows ("mungkin", "might"): passed over, never part of a name. */
	hedges: ReadonlySet<string>;
	/** Verbs of giving ("memberikan", "provides"): a list after one names what the subject brings about. */
	givingVerbs: readonly string[];
	/** Verbs of having ("memiliki", "has"): a list after one names the subject's traits. */
	possessionVerbs: readonly string[];
	/** Verbs whose list splits the subject into kinds ("dibedakan menjadi", "divided into"). */
	divideVerbs: readonly string[];
	/** Words after a comma that set a second clause against the first ("sedangkan", "whereas"). */
	whereas: ReadonlySet<string>;
	/** An adverbial of manner that a trait keeps ("secara resmi"), if the language has one. */
	manner?: string;
	/** Markers of a stated difference ("berbeda dengan", "differs from"). */
	contrastMarkers: readonly string[];
	/** Words that join the items of a list ("dan", "atau", "and"). */
	coordinators: ReadonlySet<string>;
	/** The tail that closes an open list ("dan lain sebagainya", "and so on"), as lower-case words joined by spaces. */
	listTail: RegExp;
	/** Head words of names of groups and of organisations, for kinds. */
	groupHeads: ReadonlySet<string>;
	organisationHeads: ReadonlySet<string>;
	/** Head words too vague to be a genus ("istilah", "process"). */
	genericHeads: ReadonlySet<string>;
	/** Whether the head of a noun phrase comes first (Indonesian) or last (English). */
	headFirst: boolean;
	/** Whether `word` is a suffix split off the verb before it by a stray space ("mengakibat kan"). */
	detachedSuffix?(previous: string, word: string): boolean;
	/** A word that is (probably) a verb: ends a name read backward. */
	isVerb(word: string): boolean;
}

export const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

export function relationVerbs(table: Record<string, string>): LanguageProfile['relationVerbs'] {
	const meaning = new Map(
		Object.entries(table).map(([phrase, relation]) => [phrase, relation.startsWith('~') ? { relation: relation.slice(1), reverse: true } : { relation }])
	);
	return { phrases: [...meaning.keys()], meaning };
}
