/**
 * Reads one document's structure: its title and headings (their cue words and subjects), the
 * list items and sub-headings under a cue ("Ciri-ciri Kelompok Primer" then "1. …": each item a
 * characteristic of kelompok primer), the lead-in sentences that open a list ("X memiliki
 * beberapa manfaat, di antaranya:") and, when a cue section holds only its lead-in, the headings
 * that follow it as its items. Every sentence also goes through the sentence signals, with the
 * section's topic at hand for "kelompok ini" and "these".
 */
import type { KgDocument, Passage, Span } from '../model';
import type { DocumentSegments, Heading, PassageSegment } from '../text/segment';
import { splitSentences } from '../text/sentences';
import { cueAt, parseHeading, parseTitle, type HeadingQualifier, type HeadingSubject } from './headings';
import type { Cue, LanguageProfile } from './profile';
import type { Registry } from './registry';
import { readSentence, skipPrefix } from './signals';
import { contentCount, isHardGap, knownConceptsIn, nameForward, runText, wordsOf, type Run, type Word } from './words';

interface Section {
	cue?: Cue;
	subjects: string[];
	/** The concept the heading itself names (a plain heading, or an item heading). */
	item?: string;
	passages: number;
	lists: number;
	children: number;
	leadIn?: Span;
	/** This heading is an item of the cue section before it. */
	pendingItem: boolean;
	/** A sentence of the section announces items: "beberapa jenis", "berikut", a closing colon. */
	announces?: boolean;
}

interface LeadIn {
	cue?: Cue;
	subjects: string[];
	span: Span;
}

/** A relation that waits for the first passage under its heading, whose first sentence is its evidence. */
interface Awaiting {
	item: string;
	cue: Cue;
	subjects: string[];
	leadIn?: Span;
}

/**
 * What a cue heading's qualifier states, waiting for the sentence of its section that says it:
 * "Kontribusi X dalam Pembangunan Karir" (X contributes to pembangunan karir), "Fungsi X bagi
 * Individu" (X has a function for the individual: a concept of its own, as a teacher groups them).
 */
interface Claim {
	subject: string;
	relation: string;
	target: string;
	/** Lower-case words a sentence says it with. */
	marker: string;
}

type Block =
	| { type: 'heading'; heading: Heading; start: number }
	| { type: 'passage'; passage: Passage; segment: PassageSegment; start: number };

const W = {
	title: 0.85,
	headingSubject: 0.7,
	headingItem: 0.68,
	heading: 0.5,
	listItemCue: 0.7,
	listItem: 0.4,
	relationLeadIn: 0.78,
	relationHeading: 0.72,
	relationPending: 0.66,
	contrast: 0.75,
	inclusion: 0.6
};

const LEAD_IN_END = /(?::|\b(?:berikut(?:\s+ini)?|sebagai\s+berikut|the\s+following|as\s+follows|include|includes|antara\s+lain|di\s+antaranya)\s*[.:]?)\s*$/i;

export class DocumentReader {
	#registry: Registry;
	#profile: LanguageProfile;
	#doc: KgDocument;
	#titleTopics: string[] = [];
	#section?: Section;
	#sub?: Section;
	#pending?: { cue: Cue; subjects: string[]; leadIn?: Span };
	#leadIn?: LeadIn;
	#awaiting?: Awaiting;
	#awaitingContrast?: string[];
	#claim?: Claim;

	#words: (passage: Passage) => Word[];

	/** `words` gives a passage's words (shared with the key phrases, so each passage is read once). */
	constructor(registry: Registry, profile: LanguageProfile, doc: KgDocument, words: (passage: Passage) => Word[]) {
		this.#registry = registry;
		this.#profile = profile;
		this.#doc = doc;
		this.#words = words;
	}

	read(segments: DocumentSegments, passages: Passage[]): void {
		const title = segments.title?.text;
		if (title) {
			this.#titleTopics = this.#headingConcepts(parseTitle(title, this.#profile, this.#occurs), 'title', W.title);
			// "Ciri-ciri Kelompok Primer" as the title: its cue holds for what follows.
			const parsed = parseHeading(title, this.#profile, this.#occurs);
			if (parsed.type === 'cue') {
				this.#section = { cue: parsed.cue, subjects: this.#titleTopics, passages: 0, lists: 0, children: 0, pendingItem: false };
				if (parsed.cue.direction === 'between' && this.#titleTopics.length >= 2) this.#awaitingContrast = this.#titleTopics;
			}
		}
		const blocks: Block[] = [
			...segments.headings.map((heading) => ({ type: 'heading' as const, heading, start: heading.start })),
			...passages.map((passage, i) => ({ type: 'passage' as const, passage, segment: segments.passages[i], start: passage.start }))
		].sort((a, b) => a.start - b.start);
		for (const [i, block] of blocks.entries()) {
			if (block.type === 'heading') this.#heading(block.heading);
			else this.#passage(block.passage, block.segment, blocks[i + 1]);
		}
	}

	/** Whether the text says a phrase (lower case), for the names a heading leaves half-said. */
	#occurs = (phrase: string): boolean => this.#lowerText.includes(phrase.toLowerCase());
	#lowerTextCache?: string;
	get #lowerText(): string {
		return (this.#lowerTextCache ??= this.#doc.text.toLowerCase());
	}

	#topic(): string | undefined {
		const s = this.#sub ?? this.#section;
		return s?.item ?? s?.subjects[0] ?? this.#titleTopics[0];
	}

	#headingConcepts(subjects: HeadingSubject[], signal: 'title' | 'heading-subject' | 'heading' | 'heading-item', weight: number, kind?: string): string[] {
		const ids: string[] = [];
		for (const s of subjects) {
			const id = this.#registry.concept(s.text, this.#profile, { signal, weight, kind, inText: false, proper: !!s.alias && /^[\p{Lu}\p{N}]{2,8}$/u.test(s.alias) });
			if (!id) continue;
			if (s.alias) {
				const acronym = /^[\p{Lu}\p{N}]{2,8}$/u.test(s.alias);
				const other = acronym
					? this.#registry.concept(s.alias, this.#profile, { signal: 'alias', weight: 0.9, inText: false, proper: true })
					: undefined;
				if (other) this.#registry.sameAs(id, other);
				else if (!acronym && this.#profile.language === 'id')
					this.#registry.concept(s.text, this.#profile, { signal, weight, inText: false, english: s.alias });
			}
			ids.push(id);
		}
		return ids;
	}

	#heading(heading: Heading): void {
		const parsed = parseHeading(heading.text, this.#profile, this.#occurs);
		// A sub-heading with a cue of its own, or about its parent's subject ("Agents of Socialization"
		// after "Types of Socialization:"), starts a section rather than naming an item.
		const ownSection = parsed.type !== 'plain' || (this.#section !== undefined && this.#isFacet(heading.text, this.#section.subjects));
		const sub = heading.level === 3 && !ownSection;
		this.#leadIn = sub ? this.#leadIn : undefined;
		this.#awaiting = undefined;
		this.#claim = undefined;
		if (sub) return this.#subHeading(heading.text, parsed);
		const previous = this.#section;
		if (previous && !previous.pendingItem) {
			// A cue section that held only its lead-in: the headings after it are its items.
			const onlyLeadIn = previous.cue && previous.cue.direction !== 'between' && previous.lists === 0 && previous.children === 0 && previous.passages <= 2 && previous.announces;
			this.#pending = onlyLeadIn ? { cue: previous.cue!, subjects: previous.subjects, leadIn: previous.leadIn } : undefined;
		}
		this.#sub = undefined;
		if (parsed.type === 'none') {
			this.#pending = undefined;
			this.#section = { subjects: [], passages: 0, lists: 0, children: 0, pendingItem: false };
			return;
		}
		if (parsed.type === 'cue' || parsed.type === 'frame') {
			this.#pending = undefined;
			let subjects = this.#headingConcepts(parsed.subjects, 'heading-subject', W.headingSubject);
			if (subjects.length === 0) subjects = this.#titleTopics;
			const cue = parsed.type === 'cue' ? parsed.cue : undefined;
			if (parsed.type === 'cue' && parsed.qualifier && subjects.length === 1) this.#claim = this.#qualifierClaim(parsed.cue, subjects[0], parsed.qualifier);
			this.#section = { cue, subjects, passages: 0, lists: 0, children: 0, pendingItem: false };
			if (cue?.direction === 'between' && subjects.length >= 2) this.#awaitingContrast = subjects;
			return;
		}
		const pending = this.#pending;
		if (pending && !this.#isFacet(heading.text, pending.subjects)) {
			const [item] = this.#headingConcepts(parsed.subjects, 'heading-item', W.headingItem, pending.cue.itemKind);
			this.#section = { subjects: [], item, passages: 0, lists: 0, children: 0, pendingItem: true };
			if (item) this.#awaiting = { item, cue: pending.cue, subjects: pending.subjects, leadIn: pending.leadIn };
			return;
		}
		this.#pending = undefined;
		const [item] = this.#headingConcepts(parsed.subjects, 'heading', W.heading);
		this.#section = { subjects: [], item, passages: 0, lists: 0, children: 0, pendingItem: false };
	}

	#qualifierClaim(cue: Cue, subject: string, qualifier: HeadingQualifier): Claim | undefined {
		if (cue.towards) {
			const target = this.#registry.concept(qualifier.text, this.#profile, { signal: 'heading', weight: W.heading, inText: false });
			return target ? { subject, relation: 'contributes-to', target, marker: qualifier.text.toLowerCase() } : undefined;
		}
		if (cue.direction !== 'subject-item') return undefined;
		const target = this.#registry.concept(qualifier.whole, this.#profile, { signal: 'heading', weight: W.heading, kind: cue.itemKind, inText: false });
		return target ? { subject, relation: cue.relation, target, marker: `${qualifier.preposition} ${qualifier.text.toLowerCase()}` } : undefined;
	}

	/** A numbered heading inside a section: an item of the section's cue, or of the lead-in before it. */
	#subHeading(text: string, parsed: ReturnType<typeof parseHeading>): void {
		const parent = this.#section;
		const context = this.#leadIn?.cue ? this.#leadIn : parent?.cue ? { cue: parent.cue, subjects: parent.subjects, span: parent.leadIn } : undefined;
		if (parent) parent.children++;
		const subjects = parsed.type === 'none' ? [] : parsed.type === 'cue' ? [] : parsed.subjects;
		if (context?.cue && context.cue.direction !== 'between' && subjects.length > 0) {
			const [item] = this.#headingConcepts([{ text: parsed.type === 'plain' ? parsed.subjects[0].text : text, alias: subjects[0].alias }], 'heading-item', W.headingItem, context.cue.itemKind);
			this.#sub = { subjects: [], item, passages: 0, lists: 0, children: 0, pendingItem: true };
			if (item) this.#awaiting = { item, cue: context.cue, subjects: context.subjects, leadIn: context.span };
			return;
		}
		const [item] = this.#headingConcepts(subjects, 'heading', W.heading);
		this.#sub = { subjects: [], item, passages: 0, lists: 0, children: 0, pendingItem: false };
	}

	/** "Agents of Socialization" after "Types of Socialization", "Lembaga Pengendalian Sosial": about the subject, not one of its kinds. */
	#isFacet(heading: string, subjects: string[]): boolean {
		const words = wordsOf(heading, 0, this.#profile);
		for (let first = 1; first < words.length; first++) {
			for (let last = words.length - 1; last >= first; last--) {
				const id = this.#registry.known(heading.slice(words[first].start, words[last].end), this.#profile);
				if (id && subjects.includes(id)) return this.#profile.headFirst || words[first - 1].lower === 'of';
			}
		}
		return false;
	}

	#passage(passage: Passage, segment: PassageSegment, next: Block | undefined): void {
		const words = this.#words(passage);
		if (segment.kind === 'faq') return this.#faq(passage, words, next);
		if (segment.kind !== 'list') return this.#chunk(passage, words, passage.start, passage.end, segment.kind, next);
		// A lead-in and its items in one passage: read as the lead-in paragraph, then each item.
		const chunks = listChunks(passage);
		for (const [n, chunk] of chunks.entries()) {
			const inside = words.filter((w) => w.start >= chunk.start && w.end <= chunk.end);
			const after: Block | undefined = chunks[n + 1] ? { type: 'passage', passage, segment: { ...segment, kind: 'list-item' }, start: chunks[n + 1].start } : next;
			this.#chunk(passage, inside, chunk.start, chunk.end, chunk.kind, after);
		}
	}

	/**
	 * "Bagaimana cara bergabung dengan X?" and its answer: the question heads the answer as a heading
	 * would ("Cara bergabung dengan X" → the answer's steps are X's), for this passage only.
	 */
	#faq(passage: Passage, words: Word[], next: Block | undefined): void {
		const line = /^[^\r\n]*\?/.exec(passage.text);
		if (!line) return this.#chunk(passage, words, passage.start, passage.end, 'paragraph', next);
		const end = passage.start + line[0].length;
		const outer = { section: this.#section, sub: this.#sub, pending: this.#pending, leadIn: this.#leadIn };
		this.#heading({ start: passage.start, end, text: line[0], level: 2 });
		this.#chunk(passage, words.filter((w) => w.start >= end), end, passage.end, 'paragraph', next);
		this.#section = outer.section;
		this.#sub = outer.sub;
		this.#pending = outer.pending;
		this.#leadIn = outer.leadIn;
	}

	/** A passage, or one part of a list passage (document offsets start..end). */
	#chunk(passage: Passage, words: Word[], start: number, end: number, kind: PassageSegment['kind'], next: Block | undefined): void {
		const section = this.#sub ?? this.#section;
		if (section) section.passages++;
		const offset = start - passage.start;
		const sentences = splitSentences(passage.text.slice(offset, end - passage.start)).map((s) => ({ passage: passage.id, start: start + s.start, end: start + s.end }));
		const sentenceWords = wordsBySentence(words, sentences);
		if (sentences.length === 0) return;
		if (this.#awaitingContrast) {
			const [a, b] = this.#awaitingContrast;
			this.#registry.relate(a, 'contrasts-with', b, 'contrast', W.contrast - 0.05, [sentences[0]]);
			this.#awaitingContrast = undefined;
		}
		if (this.#awaiting) {
			const { item, cue, subjects, leadIn } = this.#awaiting;
			const evidence = leadIn ? [leadIn, sentences[0]] : [sentences[0]];
			for (const subject of subjects) this.#relate(subject, cue, item, 'heading-item', W.relationPending, evidence);
			this.#awaiting = undefined;
		}
		let item: string | undefined;
		if (kind === 'list-item') {
			if (section) section.lists++;
			item = this.#listItem(passage, words, sentences);
		}
		// Inside a list item, "misalnya …" speaks of the item; "mereka" of the item when the items are things
		// (examples, kinds), of the list's subject when they are its properties.
		const topic = item ?? this.#topic();
		const listCue = (this.#leadIn ?? this.#section)?.cue;
		const itemsAreThings = !listCue || listCue.direction === 'item-subject';
		const anaphor = item && !itemsAreThings ? ((this.#leadIn ?? this.#section)?.subjects[0] ?? this.#topic()) : topic;
		const sectionCue = this.#section?.cue;
		const sectionSubjects = this.#section?.subjects ?? [];
		let last: { words: Word[]; span: Span } | undefined;
		for (const [n, span] of sentences.entries()) {
			const own = withoutListNumbers(sentenceWords[n]);
			if (own.length === 0) continue;
			if (this.#claim && this.#doc.text.slice(span.start, span.end).toLowerCase().replace(/\s+/g, ' ').includes(this.#claim.marker)) {
				const { subject, relation, target } = this.#claim;
				this.#registry.relate(subject, relation, target, 'heading-subject', W.relationHeading, [span]);
				this.#claim = undefined;
			}
			readSentence({ registry: this.#registry, profile: this.#profile, text: this.#doc.text, passage: passage.id, words: own, span, topic, anaphor, sectionCue, sectionSubjects, inListItem: item !== undefined || kind === 'list-item' });
			last = { words: own, span };
		}
		if (section && !section.announces) {
			const n = sentences.findIndex((span, i) => this.#announces(sentenceWords[i], span));
			if (n >= 0) {
				section.announces = true;
				// The sentence that announces the items states their relation: their evidence.
				section.leadIn ??= sentences[n];
			}
		}
		if (kind !== 'list-item') {
			const opensList = next && (next.type === 'passage' ? next.segment.kind === 'list-item' : true);
			const text = last ? this.#doc.text.slice(Math.max(last.span.start, last.span.end - 60), last.span.end) : '';
			this.#leadIn = last && opensList && LEAD_IN_END.test(text) ? this.#readLeadIn(last.words, last.span) : undefined;
			if (this.#leadIn && section && !section.leadIn) section.leadIn = this.#leadIn.span;
		}
	}

	/** "… dibedakan menjadi beberapa jenis.", "Berikut beberapa kontribusi …", "… types of socialization:". */
	#announces(words: Word[], span: Span): boolean {
		const text = this.#doc.text.slice(Math.max(span.start, span.end - 60), span.end);
		if (LEAD_IN_END.test(text) || /^(?:berikut|the\s+following|here\s+are)\b/i.test(text)) return true;
		return words.some((w, k) => k > 0 && this.#profile.quantities.has(words[k - 1].lower) && cueAt(words, k, this.#profile) !== undefined);
	}

	/** What a lead-in announces: its cue ("beberapa karakteristik"), and whose (the subject it names, or the section's). */
	#readLeadIn(words: Word[], span: Span): LeadIn {
		const profile = this.#profile;
		let cue: Cue | undefined;
		let cueIndex = -1;
		// "membedakan kemiskinan menjadi beberapa jenis berikut": the cue after a quantity names the items; else the first.
		for (let k = 0; k < words.length; k++) {
			const found = cueAt(words, k, profile);
			if (!found) continue;
			const counted = k > 0 && profile.quantities.has(words[k - 1].lower);
			if (!cue || counted) {
				cue = found.cue;
				cueIndex = k;
			}
			if (counted) break;
		}
		let subjects: string[] = [];
		if (cue && cueIndex >= 0) {
			let after = cueAt(words, cueIndex, profile)!.next;
			while (after < words.length && (profile.cueModifiers.has(words[after].lower) || ['dari', 'of'].includes(words[after].lower))) after++;
			const named = nameForward(words, after, profile, { max: 5, breakAtVerbs: true });
			const id = named && this.#registry.known(runText(this.#doc.text, words, named), profile);
			if (id) subjects = [id];
		}
		if (subjects.length === 0) subjects = this.#knownIn(words, cueIndex >= 0 ? cueIndex : words.length);
		const section = this.#sub ?? this.#section;
		if (subjects.length === 0) subjects = section?.subjects.length ? section.subjects : this.#topic() ? [this.#topic()!] : [];
		// "Berikut penjelasannya:" under "Ciri-ciri X": the heading's cue.
		if (!cue && section?.cue) cue = section.cue;
		// "The main agents include:", "Lembaga-lembaga tersebut antara lain:": the topic includes the items.
		if (!cue && /\b(?:include|includes|meliputi|mencakup|antara lain|di antaranya)\b/i.test(this.#doc.text.slice(span.start, span.end)))
			cue = { words: [], relation: 'includes', direction: 'subject-item' };
		return { cue, subjects, span };
	}

	#knownIn(words: Word[], before: number): string[] {
		return knownConceptsIn(words, 0, before, this.#profile, this.#registry);
	}

	/** A list item: its title is a concept; under a cue it is related to the cue's subject(s). Its id. */
	#listItem(passage: Passage, words: Word[], sentences: Span[]): string | undefined {
		const context = this.#leadIn ?? (this.#section?.cue ? { cue: this.#section.cue, subjects: this.#section.subjects, span: undefined } : undefined);
		if (context?.cue?.direction === 'between') return undefined;
		const titleWords = withoutListNumbers(words.filter((w) => w.end <= sentences[0].end));
		const title = itemTitle(titleWords, this.#profile);
		if (!title) return undefined;
		const titleSpan: Span = { passage: passage.id, start: titleWords[title.first].start, end: titleWords[title.last].end };
		const description = sentences.find((s) => s.start >= titleSpan.end);
		const itemSpan: Span = { passage: passage.id, start: titleSpan.start, end: description && description.start - titleSpan.end < 12 ? description.end : sentences[0].end };
		const cue = context?.cue;
		const id = this.#registry.concept(runText(this.#doc.text, titleWords, title), this.#profile, {
			signal: 'list-item',
			weight: cue ? W.listItemCue : W.listItem,
			kind: cue?.itemKind,
			span: titleSpan,
			evidence: [itemSpan],
			// A title line is written in Title Case, like a heading.
			inText: false
		});
		if (!id || !context || !cue) return id;
		// "Meningkatkan pengalaman … dalam kelompok okupasional": an item that names one of the subjects is that one's.
		const named = context.subjects.filter((s) => this.#knownIn(words, words.length).includes(s));
		const subjects = named.length > 0 && named.length < context.subjects.length ? named : context.subjects;
		const evidence = context.span ? [context.span, itemSpan] : [itemSpan];
		const weight = context.span ? W.relationLeadIn : W.relationHeading;
		for (const subject of subjects) this.#relate(subject, cue, id, 'list-item', cue.relation === 'includes' ? W.inclusion : weight, evidence);
		return id;
	}

	#relate(subject: string, cue: Cue, item: string, signal: 'list-item' | 'heading-item', weight: number, evidence: Span[]): void {
		if (cue.direction === 'item-subject') this.#registry.relate(item, cue.relation, subject, signal, weight, evidence);
		else this.#registry.relate(subject, cue.relation, item, signal, weight, evidence);
	}
}

/**
 * The parts of a list passage: the lead-in (the lines before the first marked line), then one part
 * per item — a marked line with the unmarked lines after it, and with the next marked line when
 * scraped numbering split one item in two ("1. Profesi" / "2. Kelompok okupasional biasanya …").
 */
function listChunks(passage: Passage): Array<{ start: number; end: number; kind: 'paragraph' | 'list-item' }> {
	const lines = [...passage.text.matchAll(/[^\r\n]+/g)].filter((m) => m[0].trim()).map((m) => {
		const lead = m[0].length - m[0].trimStart().length;
		const text = m[0].trim();
		const number = /^(\d{1,3})[.)][ \t\u00A0]/.exec(text)?.[1];
		return { start: passage.start + m.index + lead, end: passage.start + m.index + lead + text.length, text, marked: /^(?:\d{1,3}[.)]|[-\u2022*\u2013])[ \t\u00A0]/.test(text), number: number === undefined ? undefined : Number(number) };
	});
	const chunks: Array<{ start: number; end: number; kind: 'paragraph' | 'list-item' }> = [];
	let previous: (typeof lines)[number] | undefined;
	for (const line of lines) {
		const splitNumbering = previous?.marked && previous.number !== undefined && line.number === previous.number + 1 && !/[.!?:]$/.test(previous.text) && chunks.at(-1)?.end === previous.end;
		if (!line.marked || splitNumbering) {
			if (chunks.length > 0 && (chunks.at(-1)!.kind === 'list-item' || !line.marked)) chunks.at(-1)!.end = line.end;
			else chunks.push({ start: line.start, end: line.end, kind: 'paragraph' });
		} else chunks.push({ start: line.start, end: line.end, kind: 'list-item' });
		previous = line;
	}
	return chunks;
}

/** The words of each sentence, in one pass over both. */
function wordsBySentence(words: Word[], sentences: Span[]): Word[][] {
	const out: Word[][] = sentences.map(() => []);
	let n = 0;
	for (const w of words) {
		while (n < sentences.length && w.start >= sentences[n].end) n++;
		if (n === sentences.length) break;
		if (w.start >= sentences[n].start && w.end <= sentences[n].end) out[n].push(w);
	}
	return out;
}

/** "2." of scraped numbering and "1)" of a list: not words of the sentence. */
function withoutListNumbers(words: Word[]): Word[] {
	return words.filter((w, i) => !(/^\p{N}{1,3}$/u.test(w.text) && (i === 0 || /\n/.test(w.gap)) && /^[.)]/.test(words[i + 1]?.gap ?? '')));
}

/**
 * The name an item gives itself: its title line, the words before ":" or ", yaitu", or, for an
 * item that is one sentence, its opening words up to where the name ends.
 */
function itemTitle(words: Word[], profile: LanguageProfile): Run | undefined {
	if (words.length === 0) return undefined;
	const start = skipPrefix(words, 0, profile);
	let end = words.length - 1;
	for (let k = 1; k < words.length; k++) {
		if (/[:(\u2013\u2014]|\s-\s/.test(words[k].gap) || (/,/.test(words[k].gap) && /^(?:yaitu|yakni|adalah|which|namely)$/.test(words[k].lower)) || /^(?:adalah|merupakan|ialah|yaitu|yakni)$/.test(words[k].lower)) {
			end = k - 1;
			break;
		}
		if (/\n/.test(words[k].gap)) {
			end = k - 1;
			break;
		}
	}
	if (start > end) return undefined;
	let run: Run = { first: start, last: end };
	if (end + 1 - start > 5) {
		// A sentence: its opening words, to the first preposition or comma after two words,
		// or to a second verb joined by "dan" ("Membantu orang lain dan memberikan …").
		// A title led by a noun ends before the sentence's verb ("Social control theory | suggests that …");
		// one led by a verb is a doing and keeps its object ("Membantu orang lain").
		let last = end;
		const nounLed = !profile.isVerb(words[start].text);
		for (let k = start + 1; k <= end; k++) {
			const w = words[k];
			if (nounLed && !/^\p{Lu}/u.test(w.text) && profile.isVerb(w.text)) {
				last = k - 1;
				break;
			}
			if (k < start + 2) continue;
			const breaks = isHardGap(w.gap) || (profile.nameBreaks.has(w.lower) && !profile.innerWords.has(w.lower));
			const joinedVerb = profile.coordinators.has(w.lower) && k < end && profile.isVerb(words[k + 1].text);
			if (breaks || joinedVerb) {
				last = k - 1;
				break;
			}
		}
		run = { first: start, last: Math.min(last, start + 6) };
	}
	while (run.last > run.first && (profile.stopwords.has(words[run.last].lower) || profile.innerWords.has(words[run.last].lower))) run.last--;
	return contentCount(words, run, profile) > 0 ? run : undefined;
}
