/**
 * What one sentence states, read through the language profile: other names ("Nama Panjang
 * (SINGKATAN)", "atau dikenal sebagai"), differences, examples ("Contoh X adalah …", "seperti",
 * "misalnya", "such as"), lists introduced by a cue word ("Tantangan tersebut antara lain …"),
 * divisions into kinds ("dibedakan menjadi"), inclusion ("meliputi", "consists of") and
 * definitions ("X adalah Y", "X refers to Y"). Every concept and relation it records carries
 * the sentence as its evidence.
 */
import type { Span } from '../model';
import type { Cue, LanguageProfile } from './profile';
import type { Registry } from './registry';
import { cueAt } from './headings';
import {
	contentCount,
	isHardGap,
	knownConceptsIn,
	listItems,
	matchAt,
	nameBackward,
	nameForward,
	runText,
	skipDeterminers,
	splitCoordination,
	wordsOf,
	type Run,
	type Word
} from './words';

export interface SentenceContext {
	registry: Registry;
	profile: LanguageProfile;
	/** The document text. */
	text: string;
	passage: string;
	words: Word[];
	/** The sentence, as a span of the passage. */
	span: Span;
	/** The concept the section (or the list item) is about: what "misalnya …" gives examples of. */
	topic?: string;
	/** What "mereka", "kelompok ini", "these" point back to (the topic unless a list item says otherwise). */
	anaphor?: string;
	/** The subjects and cue of the section heading. */
	sectionSubjects: string[];
	sectionCue?: Cue;
	/** The sentence belongs to a list item, so what it says is about the item, not the section. */
	inListItem?: boolean;
}

/** What the sentence was found to be, for the structure reader (lead-ins, definitions). */
export interface SentenceReading {
	/** The concept a definition or a subject names. */
	subject?: string;
	definition: boolean;
}

const W = {
	definition: 0.75,
	apposition: 0.55,
	genusKnown: 0.7,
	genus: 0.55,
	example: 0.65,
	exampleClause: 0.6,
	exampleFallback: 0.5,
	verb: 0.6,
	enumeration: 0.45,
	possession: 0.62,
	whereas: 0.62,
	sectionObject: 0.6,
	sectionList: 0.62,
	cueSentence: 0.72,
	division: 0.75,
	inclusion: 0.6,
	contrast: 0.75,
	alias: 0.9,
	properName: 0.75,
	otherName: 0.5,
	purpose: 0.62,
	item: 0.5
};

export function readSentence(ctx: SentenceContext): SentenceReading {
	readAliases(ctx);
	readNaming(ctx);
	readProperNames(ctx);
	readContrast(ctx);
	readWhereas(ctx);
	const definition = readDefinition(ctx);
	readClauseDefinitions(ctx);
	const handled = readExampleHead(ctx) || readCueSentence(ctx) || readDivision(ctx) || readInclusion(ctx);
	if (!handled) readExampleMarkers(ctx, definition);
	const verbRelation = readRelationVerbs(ctx, definition) || readPurpose(ctx) || readServesAs(ctx);
	const enumerated = !handled && readEnumeration(ctx);
	const possessed = !handled && !enumerated && readPossession(ctx);
	if (!handled && !enumerated && !possessed && !definition && !verbRelation) readSectionObjects(ctx);
	return { subject: definition?.subject ?? subjectConcept(ctx), definition: !!definition };
}

// ---------------------------------------------------------------- helpers

const evidence = (ctx: SentenceContext): Span[] => [ctx.span];

function nameSpan(ctx: SentenceContext, run: Run): Span {
	return { passage: ctx.passage, start: ctx.words[run.first].start, end: ctx.words[run.last].end };
}

/** A concept for the words of `run`, resolving "kelompok ini" to the topic. */
function conceptOf(ctx: SentenceContext, run: Run | undefined, weight: number, signal: Parameters<Registry['concept']>[2]['signal'], kind?: string): string | undefined {
	if (!run) return undefined;
	const name = runText(ctx.text, ctx.words, run);
	if (ctx.profile.anaphora.test(name.toLowerCase())) return ctx.anaphor ?? ctx.topic;
	if (contentCount(ctx.words, run, ctx.profile) === 0) return undefined;
	return ctx.registry.concept(name, ctx.profile, {
		signal,
		weight,
		kind,
		span: nameSpan(ctx, run),
		evidence: evidence(ctx),
		inText: true,
		proper: isProperName(ctx.words, run)
	});
}

function isProperName(words: Word[], run: Run): boolean {
	let capitals = 0;
	let content = 0;
	for (let k = run.first; k <= run.last; k++) {
		if (/^\p{Ll}/u.test(words[k].text) && words[k].text.length <= 3) continue;
		content++;
		if (/^\p{Lu}/u.test(words[k].text)) capitals++;
	}
	// The first word of a sentence is capitalised anyway.
	return content >= 2 && capitals === content && (run.first > 0 || content >= 3);
}

/** The first words that open the sentence and are not its subject: "Secara umum,", "Menurut X,". */
function afterOpeners(ctx: SentenceContext): number {
	const { words, profile } = ctx;
	let i = openersEnd(ctx);
	while (i < words.length && profile.stopwords.has(words[i].lower) && !profile.determiners.has(words[i].lower) && !cueAt(words, i, profile)) i++;
	return i;
}

/** Past an opening adverbial up to its comma ("Menurut X,", "Selain itu,"), function words kept. */
function openersEnd(ctx: SentenceContext): number {
	const { words, profile } = ctx;
	let i = 0;
	if (words.length > 0 && profile.openers.has(words[0].lower)) {
		for (let k = 1; k < Math.min(words.length, 7); k++) {
			if (/,/.test(words[k].gap)) {
				i = k;
				break;
			}
		}
	}
	return i;
}

/** The sentence subject: a name read from the start (after openers), before its verb. */
function subjectRun(ctx: SentenceContext): { run: Run; next: number } | undefined {
	const start = afterOpeners(ctx);
	const run = nameForward(ctx.words, start, ctx.profile, { breakAtVerbs: true, max: 6 });
	return run ? { run, next: run.last + 1 } : undefined;
}

function subjectConcept(ctx: SentenceContext): string | undefined {
	const s = subjectRun(ctx);
	if (!s) return undefined;
	return ctx.registry.known(runText(ctx.text, ctx.words, s.run), ctx.profile);
}

function knownIn(ctx: SentenceContext, from: number, to: number): string[] {
	return knownConceptsIn(ctx.words, from, to, ctx.profile, ctx.registry);
}

/** Cleans an item of a list into a name: openers and determiners off, cut where the name ends. */
function itemName(ctx: SentenceContext, run: Run, single: boolean): Run | undefined {
	const { words, profile } = ctx;
	let first = skipPrefix(words, run.first, profile);
	while (first <= run.last && (profile.itemOpeners.has(words[first].lower) || profile.coordinators.has(words[first].lower))) first++;
	// "by building public transport": the means, then what it builds.
	if (profile.language === 'en' && words[first]?.lower === 'by' && /ing$/.test(words[first + 1]?.lower ?? '')) first += 2;
	first = skipDeterminers(words, first, profile);
	if (first > run.last) return undefined;
	// "seperti membuat konten digital": a light verb that is a function word ("membuat", "melakukan") opens a doing.
	const light = first < run.last && profile.stopwords.has(words[first].lower) && profile.lightVerbs.has(words[first].lower) ? 1 : 0;
	const name = nameForward(words.slice(0, run.last + 1), first + light, profile, { breakAtVerbs: single, max: 6, keepQuality: true });
	if (!name) return undefined;
	if (name.first === name.last && isVague(words[name.first], profile)) return undefined;
	return light && name.first === first + 1 ? { first, last: name.last } : name;
}

/** A word too general to stand alone as a concept ("orang-orang", "kelompok", "process"). */
function isVague(word: Word, profile: LanguageProfile): boolean {
	return [word.lower, word.stem].some((w) => profile.genericHeads.has(w) || profile.groupHeads.has(w));
}

/** A name too general to anchor a list: one vague word, or a vague head and one word ("sekelompok orang"). */
function isVagueRun(words: Word[], run: Run, profile: LanguageProfile): boolean {
	if (run.first === run.last) return isVague(words[run.first], profile);
	const head = words[profile.headFirst ? run.first : run.last];
	return run.last - run.first === 1 && [head.lower, head.stem].some((w) => profile.genericHeads.has(w)) && isVague(words[profile.headFirst ? run.last : run.first], profile);
}

/** Past "Sebagai tempat untuk", "As a way to" at word `i`. */
export function skipPrefix(words: Word[], i: number, profile: LanguageProfile): number {
	const prefix = matchAt(words, profile.itemPrefixes, i);
	return prefix ? i + prefix.split(' ').length : i;
}

/**
 * The items of the list starting at word `from`, as names; none if the first is not a name.
 * "kesamaan nilai, minat, dan tujuan": a first item of several words followed only by single
 * words shares its head with them, and the list is one name.
 */
function namedItems(ctx: SentenceContext, from: number, skipLeadingPhrase = false): Run[] {
	// "misalnya dalam hal kebijakan pemerintah, …", "for example in terms of pay, …": the matters are the items.
	const matter = matchAt(ctx.words, MATTERS, from);
	if (matter) from += matter.split(' ').length;
	let runs = listItems(ctx.words, from, ctx.profile);
	// "memperbaiki kemampuan komunikasi agar dapat membangun hubungan dengan klien, mitra bisnis, …": the commas after a
	// new clause list that clause's words, not more items.
	if (runs.length > 1 && ctx.words.slice(runs[0].first + 1, runs[0].last + 1).some((w) => ctx.profile.clauseBreaks.has(w.lower))) runs = runs.slice(0, 1);
	// "Misalnya, dalam profesi kedokteran, etika yang tinggi, …": past the setting to the examples.
	if (skipLeadingPhrase && runs.length > 3 && SETTINGS.has(ctx.words[runs[0].first].lower)) runs = runs.slice(1);
	const cleaned = runs.map((r) => itemName(ctx, r, false));
	const head = cleaned[0] && ctx.words[cleaned[0].first].lower;
	if (runs.length >= 2 && cleaned[0] && cleaned[0].last > cleaned[0].first && cleaned.slice(1).every((r) => r && r.first === r.last) && head && ctx.profile.distributiveHeads.has(head)) {
		const whole = { first: cleaned[0].first, last: cleaned.at(-1)!.last };
		if (whole.last - whole.first < 7 && !ctx.words.slice(whole.first, whole.last + 1).some((w) => ctx.profile.nameBreaks.has(w.lower) && !ctx.profile.innerWords.has(w.lower)))
			return [whole];
	}
	const names: Run[] = [];
	for (const [n, run] of runs.entries()) {
		const name = itemName(ctx, run, runs.length === 1);
		if (!name) {
			if (n === 0) return [];
			continue;
		}
		names.push(name);
	}
	return names;
}

function relateItems(ctx: SentenceContext, subjects: string[], cue: Pick<Cue, 'relation' | 'direction' | 'itemKind'>, items: Run[], signal: 'cue-sentence' | 'division' | 'enumeration' | 'example' | 'genus', weight: number): void {
	for (const item of items) {
		const id = conceptOf(ctx, item, W.item, signal, cue.itemKind);
		for (const subject of subjects) {
			if (cue.direction === 'item-subject') ctx.registry.relate(id, cue.relation, subject, signal, weight, evidence(ctx));
			else ctx.registry.relate(subject, cue.relation, id, signal, weight, evidence(ctx));
		}
	}
}

/** Where a list marker ("antara lain", "yaitu", ":") opens a list after word `from`; the index after it. */
function listStart(ctx: SentenceContext, from: number, markers = ctx.profile.listMarkers): number | undefined {
	for (let k = from; k < ctx.words.length; k++) {
		if (k > from && /:/.test(ctx.words[k].gap)) return k;
		const m = matchAt(ctx.words, markers, k);
		if (m) {
			let next = k + m.split(' ').length;
			// "antara lain adalah", "di antaranya yaitu"
			const copula = matchAt(ctx.words, COPULA_AFTER_MARKER, next);
			if (copula) next++;
			return next < ctx.words.length ? next : undefined;
		}
		if (/[.!?;]/.test(ctx.words[k].gap) && k > from) return undefined;
	}
	return undefined;
}

/** "berbagai jenis profesi" → "profesi"; a bare cue word ("manfaat") is no anchor at all. */
function withoutCueWord(ctx: SentenceContext, run: Run | undefined): Run | undefined {
	if (!run) return undefined;
	const cue = cueAt(ctx.words, run.first, ctx.profile);
	if (!cue) return run;
	let first = cue.next;
	if (first <= run.last && ['dari', 'of'].includes(ctx.words[first].lower)) first++;
	return first <= run.last ? { first, last: run.last } : undefined;
}

/** Marker lists built once, so the phrase index of each is built once. */
/** Prepositions of a setting ("dalam profesi kedokteran,") that may stand before a list of examples. */
const SETTINGS = new Set(['dalam', 'pada', 'di', 'in', 'at', 'among', 'within']);
const COPULA_AFTER_MARKER = ['adalah', 'yaitu', 'ialah', 'is', 'are'];
const MATTERS = ['dalam hal', 'in terms of'];
const CUE_LIST_CONNECTORS = ['sebagai', 'dalam', 'as', 'in'];
/** Words before a cue that announce what follows it: "ada peran …", "terdapat beberapa jenis …". */
const EXISTENTIALS = new Set(['ada', 'terdapat', 'are', 'include']);
const ONE_OF = ['salah satu', 'one of the', 'one of'];
const OF = ['dari', 'of'];
const markerLists = new WeakMap<LanguageProfile, { exampleList: string[]; listOrExample: string[]; division: string[] }>();
function markers(profile: LanguageProfile) {
	let m = markerLists.get(profile);
	if (!m) {
		m = {
			exampleList: [...profile.listMarkers, 'adalah', 'yaitu', 'ialah', 'include', 'includes', 'are', 'is'],
			listOrExample: [...profile.listMarkers, ...profile.exampleMarkers],
			division: [...profile.listMarkers, 'yaitu', 'namely']
		};
		markerLists.set(profile, m);
	}
	return m;
}

const EXAMPLE_CUE: Pick<Cue, 'relation' | 'direction' | 'itemKind'> = { relation: 'example-of', direction: 'item-subject', itemKind: 'example' };

// ---------------------------------------------------------------- signals

/**
 * "Penduduk yang … di bawah garis kemiskinan disebut penduduk miskin", "informal norms called
 * folkways and mores": a verb of naming gives a term to what the words before it describe. The
 * term is a concept when it closes its clause (a comma, the sentence's end, or "atau"/"or" and
 * another name), so "disebut dalam undang-undang …" names nothing.
 */
function readNaming(ctx: SentenceContext): void {
	const { words, profile } = ctx;
	for (let k = 1; k < words.length; k++) {
		const verb = matchAt(words, profile.namingVerbs, k);
		if (!verb) continue;
		// "atau disebut", "disebut juga", "also called": another name for the name before it, read as an alias.
		const end = k + verb.split(' ').length;
		if (profile.coordinators.has(words[k - 1].lower) || ['juga', 'pula', 'also', 'sometimes', 'otherwise'].includes(words[k - 1].lower) || ['juga', 'pula'].includes(words[end]?.lower ?? '')) continue;
		const term = nameForward(words, end, profile, { breakAtVerbs: true, max: 5 });
		if (!term || !closesClause(words, term.last + 1, profile)) continue;
		for (const part of splitNames(words, term, profile)) {
			if (part.first === part.last && isVague(words[part.first], profile)) continue;
			conceptOf(ctx, part, W.definition, 'definition');
		}
		k = term.last;
	}
}

/**
 * "Emile Durkheim argued that …", "… proposed by Robert Merton, holds …": two or more
 * capitalised words in running prose name a person, a body or a law. Not in a sentence set in
 * title case (a heading or a caption run into the text), where capitals say nothing.
 */
function readProperNames(ctx: SentenceContext): void {
	const { words, profile } = ctx;
	const capital = (w: Word) => /^\p{Lu}\p{Ll}/u.test(w.text);
	if (words.length < 5 || words.filter(capital).length * 2 > words.length) return;
	for (let k = 0; k < words.length; k++) {
		if (!capital(words[k]) || profile.stopwords.has(words[k].lower)) continue;
		let last = k;
		// "Institute of Electrical and Electronics Engineers": lower-case joining words inside the name.
		for (let j = k + 1; j < words.length && !isHardGap(words[j].gap); j++) {
			if (capital(words[j]) && !profile.stopwords.has(words[j].lower)) last = j;
			else if (!(profile.innerWords.has(words[j].lower) || ['of', 'for', 'dan', 'untuk'].includes(words[j].lower))) break;
		}
		// "Mobilitas Vertikal: perpindahan …": a list item's title in title case, not a name.
		const titled = last + 1 < words.length && /[:\u2013\u2014]|\s-\s|\n/.test(words[last + 1].gap);
		if (last > k && last - k < 6 && !titled) conceptOf(ctx, { first: k, last }, W.properName, 'proper-name');
		k = Math.max(k, last);
	}
}

/** Whether a name ending before word `i` ends its clause: punctuation, the sentence's end, or a coordinator. */
function closesClause(words: Word[], i: number, profile: LanguageProfile): boolean {
	return i >= words.length || isHardGap(words[i].gap) || profile.coordinators.has(words[i].lower);
}

/** "folkways and mores", "golongan putih atau golput": the names a coordinated term gives, each apart. */
function splitNames(words: Word[], run: Run, profile: LanguageProfile): Run[] {
	const parts: Run[] = [];
	let first = run.first;
	for (let k = run.first; k <= run.last + 1; k++) {
		if (k > run.last || (profile.coordinators.has(words[k].lower) && k > first)) {
			if (k - 1 >= first) parts.push({ first, last: k - 1 });
			first = k + 1;
		}
	}
	return parts;
}

/** "Ikatan Dokter Indonesia (IDI)", "kelompok okupasional (occupational group)", "X atau dikenal sebagai Y". */
function readAliases(ctx: SentenceContext): void {
	const { words, profile, registry } = ctx;
	for (let k = 1; k < words.length; k++) {
		if (!/\(\s*$/.test(words[k].gap)) continue;
		let close = k;
		while (close + 1 < words.length && !/\)/.test(words[close + 1].gap)) close++;
		if (close - k > 4) continue;
		const inside = { first: k, last: close };
		const insideText = runText(ctx.text, words, inside);
		const long = k === close ? acronymLongForm(words[k].text, words, k) : undefined;
		if (long) {
			const longId = conceptOf(ctx, long, W.alias, 'alias', undefined);
			const shortId = registry.concept(insideText, profile, { signal: 'alias', weight: W.alias, span: nameSpan(ctx, inside), inText: true, proper: true });
			if (longId && shortId) {
				registry.sameAs(longId, shortId);
				registry.concept(runText(ctx.text, words, long), profile, { signal: 'alias', weight: W.alias, inText: true, proper: true });
			}
			continue;
		}
		if (profile.language === 'id' && looksEnglish(insideText)) {
			const before = nameBackward(words, k, profile, 4);
			if (!before) continue;
			registry.concept(runText(ctx.text, words, before), profile, {
				signal: 'alias',
				weight: W.alias,
				span: nameSpan(ctx, before),
				evidence: evidence(ctx),
				inText: true,
				english: insideText.charAt(0).toUpperCase() + insideText.slice(1).toLowerCase()
			});
		}
	}
	for (let k = 1; k < words.length; k++) {
		const marker = matchAt(words, profile.aliasMarkers, k);
		if (!marker) continue;
		const before = nameBackward(words, k, profile, 5);
		const after = nameForward(words, k + marker.split(' ').length, profile, { allowPrepositions: true, max: 5 });
		if (!before || !after) continue;
		// "This view is known as …": the name is the thing "this view" points back to, not "view".
		if (before.first > 0 && profile.anaphora.test(`${words[before.first - 1].lower} ${runText(ctx.text, words, before).toLowerCase()}`)) continue;
		const id = conceptOf(ctx, before, W.definition, 'definition');
		const other = runText(ctx.text, words, after);
		if (id && !registry.known(other, profile)) {
			// The name given first leads; the other one joins it as an alias.
			const otherId = registry.concept(other, profile, { signal: 'alias', weight: W.otherName, span: nameSpan(ctx, after), inText: true });
			if (otherId) registry.sameAs(id, otherId);
		}
	}
	// "Istilah lain yang sering dipakai adalah pranata sosial atau institusi sosial."
	const start = afterOpeners(ctx);
	if (ctx.topic && profile.otherNames.test(words.slice(start).map((w) => w.text).join(' '))) {
		const from = listStart(ctx, start, profile.copulas);
		if (from === undefined) return;
		for (const item of namedItems(ctx, from)) {
			const name = runText(ctx.text, words, item);
			if (registry.known(name, profile)) continue;
			const id = registry.concept(name, profile, { signal: 'alias', weight: W.otherName, span: nameSpan(ctx, item), inText: true });
			if (id) registry.sameAs(ctx.topic, id);
		}
	}
}

/**
 * The long form an acronym in brackets stands for: "IDI", "KPK", "Kemensos" — shorter,
 * capitalised, its first letter the first letter of the name, its letters in order in the name.
 */
function acronymLongForm(short: string, words: Word[], at: number): Run | undefined {
	if (!/^\p{Lu}[\p{L}\p{N}]{1,9}$/u.test(short)) return undefined;
	if (!/^[\p{Lu}\p{N}]+$/u.test(short) && short.length < 4) return undefined;
	const run = capitalisedRunBefore(words, at);
	if (!run) return undefined;
	const letters = short.toLowerCase();
	// "Contohnya Dewan Perwakilan Rakyat (DPR)": the name starts at the acronym's first letter.
	while (run.first < run.last && words[run.first].lower[0] !== letters[0]) run.first++;
	if (run.first === run.last) return undefined;
	const name = words.slice(run.first, run.last + 1).map((w) => w.lower).join('');
	if (letters.length >= name.length) return undefined;
	let j = 0;
	for (const ch of name) if (ch === letters[j]) j++;
	return j === letters.length ? run : undefined;
}

/** "Institute of Electrical and Electronics Engineers": capitalised words and the small words between them. */
function capitalisedRunBefore(words: Word[], at: number): Run | undefined {
	let first = -1;
	for (let k = at - 1; k >= 0 && at - k <= 9; k--) {
		const capital = /^\p{Lu}/u.test(words[k].text);
		const small = /^\p{Ll}{1,4}$/u.test(words[k].text) && k > 0 && /^\p{Lu}/u.test(words[k - 1].text) && first >= 0;
		if (!capital && !small) break;
		if (capital) first = k;
		if (isHardGap(words[k].gap) && k < at - 1) break;
	}
	return first >= 0 && first < at - 1 ? { first, last: at - 1 } : undefined;
}

/** An English gloss in an Indonesian text: "(occupational group)", "(Voluntary Group)". */
function looksEnglish(text: string): boolean {
	if (!/^[A-Za-z][A-Za-z\s-]{2,60}$/.test(text)) return false;
	return /\b(?:the|of|and|group|society|social|community)\b|[a-z](?:tion|sion|ity|ing|ship|ness|ment|al|ary|ism)\b/i.test(text);
}

/** "X berbeda dengan Y", "perbedaan antara X dan Y", "X differs from Y". */
function readContrast(ctx: SentenceContext): void {
	const { words, profile } = ctx;
	for (let k = 0; k < words.length; k++) {
		const marker = matchAt(words, profile.contrastMarkers, k);
		if (!marker) continue;
		const after = k + marker.split(' ').length;
		let pair: [string | undefined, string | undefined] | undefined;
		if (/^(?:perbedaan|difference|differences)/.test(marker)) {
			let from = after;
			while (from < words.length && (profile.cueModifiers.has(words[from].lower) || ['antara', 'between', 'utama'].includes(words[from].lower))) from++;
			const items = listItems(words, from, profile).slice(0, 2).map((run) => nameForward(words.slice(0, run.last + 1), run.first, profile, { max: 5, breakAtVerbs: true }));
			if (items.length === 2 && items[0] && items[1]) pair = [conceptOf(ctx, items[0], W.item, 'contrast'), conceptOf(ctx, items[1], W.item, 'contrast')];
		} else {
			const before = nameBackward(words, k, profile, 5) ?? subjectRun(ctx)?.run;
			const other = nameForward(words, after, profile, { max: 5, breakAtVerbs: true });
			if (before && other) pair = [conceptOf(ctx, before, W.item, 'contrast'), conceptOf(ctx, other, W.item, 'contrast')];
		}
		if (pair) ctx.registry.relate(pair[0], 'contrasts-with', pair[1], 'contrast', W.contrast, evidence(ctx));
		return;
	}
}

/**
 * "A seringkali terbentuk secara alami, sedangkan B terbentuk secara resmi", "A …, whereas B …":
 * each clause states a trait of its own subject, one the other lacks. Only subjects already known
 * and plain verb phrases: a relation verb ("didasarkan pada") or a list is read by its own signal.
 */
function readWhereas(ctx: SentenceContext): void {
	const { words, profile, registry } = ctx;
	const k = words.findIndex((w, i) => i > 2 && /,/.test(w.gap) && profile.whereas.has(w.lower));
	if (k < 0) return;
	for (const [from, to] of [[afterOpeners(ctx), k], [k + 1, words.length]]) {
		const clause = words.slice(0, to);
		const s = nameForward(clause, from, profile, { breakAtVerbs: true, max: 5 });
		const subject = s && registry.known(runText(ctx.text, words, s), profile);
		if (!s || !subject) continue;
		let verb = s.last + 1;
		// Past adverbs ("seringkali", "biasanya"), not past a relative clause.
		while (verb < to && verb - s.last <= 2 && profile.stopwords.has(words[verb].lower) && !profile.relativisers.has(words[verb].lower)) verb++;
		if (verb >= to || !profile.isVerb(words[verb].text) || matchAt(words, profile.relationVerbs.phrases, verb) || matchAt(words, profile.possessionVerbs, verb)) continue;
		let last = verb;
		const mannerAt = (i: number) => profile.manner !== undefined && words[i]?.lower === profile.manner && i + 1 < to && !profile.stopwords.has(words[i + 1].lower) && !isHardGap(words[i + 1].gap);
		const object = !mannerAt(verb + 1) && verb + 1 < to && !isHardGap(words[verb + 1].gap) ? nameForward(clause, verb + 1, profile, { breakAtVerbs: true, max: 3 }) : undefined;
		// "mobilitas vertikal naik terjadi ketika …": a second verb means the first was part of the subject's name.
		if (object && profile.isVerb(words[object.first].text)) continue;
		if (object) last = object.last;
		if (mannerAt(last + 1)) last += 2;
		if (last === verb || listItems(clause, verb + 1, profile).length > 2) continue;
		const id = conceptOf(ctx, { first: verb, last }, W.item, 'contrast', 'characteristic');
		ctx.registry.relate(subject, 'has-characteristic', id, 'contrast', W.whereas, evidence(ctx));
	}
}

/** "Contoh (dari) X adalah A, B, dan C", "Examples of X include A and B", "Contohnya adalah A, B". */
function readExampleHead(ctx: SentenceContext): boolean {
	const { words, profile } = ctx;
	const start = skipDeterminers(words, afterOpeners(ctx), profile);
	const clause = matchAt(words, profile.exampleClauseMarkers, start);
	if (clause) {
		let from = start + clause.split(' ').length;
		if (matchAt(words, COPULA_AFTER_MARKER, from)) from++;
		const items = namedItems(ctx, from, true);
		if (items.length === 0 || !ctx.topic) return items.length === 0 ? false : true;
		relateItems(ctx, [ctx.topic], EXAMPLE_CUE, items, 'example', W.exampleClause);
		return true;
	}
	const head = matchAt(words, profile.exampleHeads, start);
	if (!head) return false;
	const subjectAt = start + head.split(' ').length;
	const subject = nameForward(words, subjectAt, profile, { breakAtVerbs: true, max: 5 });
	if (!subject) return false;
	const from = listStart(ctx, subject.last + 1, markers(profile).exampleList);
	if (from === undefined) return false;
	const items = namedItems(ctx, from);
	if (items.length === 0) return false;
	const anchor = conceptOf(ctx, subject, W.item, 'example');
	if (anchor) relateItems(ctx, [anchor], EXAMPLE_CUE, items, 'example', W.example);
	return true;
}

/**
 * A list a cue word introduces: at the start ("Tantangan tersebut antara lain A, B",
 * "Bentuk-bentuk X meliputi A, B") or after the subject ("X hanya terjadi bila dua syarat
 * terpenuhi, yaitu A dan B"). The subject is the one the sentence names before the cue, or the
 * section's.
 */
function readCueSentence(ctx: SentenceContext): boolean {
	const { words, profile } = ctx;
	const start = skipDeterminers(words, afterOpeners(ctx), profile);
	for (let k = start; k < words.length; k++) {
		const found = cueAt(words, k, profile);
		if (!found || found.cue.direction === 'between') continue;
		const cue = found.cue;
		let next = found.next;
		while (next < words.length && profile.cueModifiers.has(words[next].lower)) next++;
		// "Dampak positifnya", "Tantangan tersebut", "Bentuk-bentuk proses asosiatif"
		let subjects: string[] = [];
		// "Salah satu akibat dari tidak terpenuhinya …": the cue says whose it is, and that is no name here; guess no subject.
		const ofClause = matchAt(words, OF, next) !== undefined;
		if (ofClause) next++;
		const named = k === start ? nameForward(words, next, profile, { breakAtVerbs: true, max: 5 }) : undefined;
		if (ofClause && !named) return false;
		// "kelemahan kelompok ini": the name read stops before "ini", which still makes it point back.
		const pointing = named && profile.anaphora.test(`${runText(ctx.text, words, named)} ${words[named.last + 1]?.lower ?? ''}`.trim().toLowerCase());
		const explicit = named && !pointing && !profile.anaphora.test(runText(ctx.text, words, named).toLowerCase()) && !matchAt(words, profile.listMarkers, named.first);
		if (named) next = named.last + 1;
		// "ada peran dokter spesialis, dokter umum, …", "peran sebagai petugas medis, …": the list right after the cue.
		let direct = next;
		const connected = matchAt(words, CUE_LIST_CONNECTORS, direct);
		if (connected) direct++;
		// "banyak manfaat, seperti A, B": an example marker lists the cue's items after a word of quantity.
		const counted = k > 0 && (profile.quantities.has(words[k - 1].lower) || EXISTENTIALS.has(words[k - 1].lower));
		const marker = listStart(ctx, next, counted ? markers(profile).listOrExample : profile.listMarkers);
		// "ada peran dokter spesialis, dokter umum, …", "peran dalam mengatur …, meningkatkan …": the list right after the cue.
		const directList = !explicit && (counted || !!connected) && !profile.stopwords.has(words[direct]?.lower ?? '') && listItems(words, direct, profile).length >= 3;
		// "berbagai jenis profesi, seperti dokter, insinyur": examples of what the cue names, not kinds of the subject.
		if (marker !== undefined && cue.relation === 'subtype-of' && profile.exampleMarkers.includes(words.slice(marker - 2, marker).map((w) => w.lower).join(' ')) === false && profile.exampleMarkers.includes(words[marker - 1]?.lower ?? '')) {
			const kind = nameForward(words, next, profile, { max: 4, breakAtVerbs: true });
			const anchor = kind && conceptOf(ctx, kind, W.item, 'example');
			const items = namedItems(ctx, marker);
			if (!anchor || items.length === 0) return false;
			relateItems(ctx, [anchor], EXAMPLE_CUE, items, 'example', W.example);
			return true;
		}
		const from = marker ?? (directList ? direct : undefined);
		if (from === undefined) continue;
		// "Cara persuasif, yaitu pengendalian …": a name and its apposition, a definition rather than a list.
		if (explicit && marker !== undefined && /^(?:yaitu|yakni|namely)$/.test(words[marker - 1]?.lower ?? '') && marker - 1 === named!.last + 1) return false;
		// A list that runs to the end of the sentence; a colon at the end is a lead-in (read by the structure).
		if (from >= words.length) return false;
		if (explicit) {
			const id = conceptOf(ctx, named, W.item, 'cue-sentence');
			if (id) subjects = [id];
		}
		const anaphor = ctx.anaphor ?? ctx.topic;
		if (subjects.length === 0 && anaphoricStart(ctx) && anaphor) subjects = [anaphor];
		if (subjects.length === 0) subjects = knownIn(ctx, start, k);
		if (subjects.length === 0 && k > start) {
			const s = subjectRun(ctx);
			const id = s && s.run.last < k ? conceptOf(ctx, s.run, W.item, 'cue-sentence') : undefined;
			if (id) subjects = [id];
		}
		if (subjects.length === 0) subjects = ctx.sectionCue?.relation === cue.relation && ctx.sectionSubjects.length > 0 ? ctx.sectionSubjects : ctx.topic ? [ctx.topic] : [];
		const items = namedItems(ctx, from);
		// "kelemahannya adalah terkadang mereka terlalu fokus pada …": no name, but a state of too much.
		const state = items.length === 0 && (cue.relation === 'faces-challenge' || cue.relation === 'has-weakness') ? degreeState(ctx, from) : undefined;
		if (subjects.length === 0 || (items.length === 0 && !state)) return false;
		if (state) relateItems(ctx, subjects, { ...cue, itemKind: 'challenge' }, [state], 'cue-sentence', W.cueSentence);
		else relateItems(ctx, subjects, cue, items, 'cue-sentence', W.cueSentence);
		return true;
	}
	return false;
}

/**
 * "terlalu fokus pada bidang pekerjaan", "sulit untuk mengatur waktu dan jadwal" after the cue's
 * list marker, where no name stands: a degree word opens a state, to the end of its clause (a comma, a clause break, a
 * relative clause). Hedges and function words before it are passed over; at most seven words.
 */
function degreeState(ctx: SentenceContext, from: number): Run | undefined {
	const { words, profile } = ctx;
	let k = from;
	while (k < words.length && !profile.degreeWords.has(words[k].lower) && (profile.stopwords.has(words[k].lower) || profile.hedges.has(words[k].lower)) && (k === from || !isHardGap(words[k].gap))) k++;
	if (k >= words.length || !profile.degreeWords.has(words[k].lower) || (k > from && isHardGap(words[k].gap))) return undefined;
	let last = k;
	for (let j = k + 1; j < words.length && j - k < 7; j++) {
		const w = words[j];
		if (isHardGap(w.gap) || profile.clauseBreaks.has(w.lower) || profile.relativisers.has(w.lower)) break;
		last = j;
	}
	while (last > k && (profile.stopwords.has(words[last].lower) || profile.innerWords.has(words[last].lower))) last--;
	return last > k ? { first: k, last } : undefined;
}

/** "X dibedakan menjadi A, B, dan C", "X terbagi menjadi dua bentuk, yaitu A dan B", "X is divided into A and B". */
function readDivision(ctx: SentenceContext): boolean {
	const { words, profile } = ctx;
	for (let k = 1; k < words.length; k++) {
		const verb = matchAt(words, profile.divideVerbs, k);
		if (!verb) continue;
		let from = k + verb.split(' ').length;
		// "dua bentuk, yaitu", "beberapa jenis", "two types:"
		const marker = listStart(ctx, from, markers(profile).division);
		if (marker !== undefined && marker - from <= 4) from = marker;
		const subjects = knownIn(ctx, 0, k);
		const subject = subjects[0] ?? (subjectRun(ctx) && conceptOf(ctx, subjectRun(ctx)!.run, W.item, 'division')) ?? ctx.topic;
		const items = namedItems(ctx, from).filter((run) => !(run.first === run.last && /^\p{N}+$/u.test(words[run.first].text)));
		if (!subject || items.length < 2) return false;
		relateItems(ctx, [subject], { relation: 'subtype-of', direction: 'item-subject' }, items, 'division', W.division);
		return true;
	}
	return false;
}

/** "X meliputi A, B, dan C", "X consists of A and B": X includes each; in a cue section, "These include A, B" is the section's cue. */
function readInclusion(ctx: SentenceContext): boolean {
	const { words, profile } = ctx;
	for (let k = 1; k < words.length; k++) {
		const verb = matchAt(words, profile.includeVerbs, k);
		if (!verb) continue;
		const items = namedItems(ctx, k + verb.split(' ').length);
		if (items.length === 0) return false;
		const before = words.slice(0, k).map((w) => w.text).join(' ');
		const anaphoric = profile.anaphora.test(before.toLowerCase());
		if (anaphoric && ctx.sectionCue && ctx.sectionCue.direction !== 'between' && ctx.sectionSubjects.length > 0) {
			relateItems(ctx, ctx.sectionSubjects, ctx.sectionCue, items, 'cue-sentence', W.cueSentence);
			return true;
		}
		// "kepentingan-kepentingan primer yang mencakup …": the name before the relative clause.
		const relative = profile.relativisers.has(words[k - 1].lower) ? k - 1 : k;
		const anchorRun = nameBackward(words, relative, profile, 5);
		// "kelompok yang terdiri dari …" in a section about a kind of group: that group.
		const vague = anchorRun && isVagueRun(words, anchorRun, profile);
		const anchor = anaphoric || vague ? ctx.topic : conceptOf(ctx, anchorRun, W.item, 'enumeration');
		if (!anchor) return false;
		relateItems(ctx, [anchor], { relation: 'includes', direction: 'subject-item' }, items, 'enumeration', items.length > 1 ? W.inclusion : W.inclusion - 0.05);
		return true;
	}
	return false;
}

/** The sentence opens with "Kelompok ini", "Mereka", "These": it speaks of the topic. */
function anaphoricStart(ctx: SentenceContext): boolean {
	return anaphoricWords(ctx) !== undefined;
}

/** The words of the sentence's opening that point back ("Kelompok ini", "Mereka"), if it opens so. */
function anaphoricWords(ctx: SentenceContext): Word[] | undefined {
	// "Mereka dapat …": a pronoun is a function word, so look before the function words are skipped too.
	for (const start of new Set([openersEnd(ctx), afterOpeners(ctx)]))
		for (let n = 1; n <= 3 && start + n <= ctx.words.length; n++) {
			const words = ctx.words.slice(start, start + n);
			if (ctx.profile.anaphora.test(words.map((w) => w.lower).join(' '))) return words;
		}
	return undefined;
}

/**
 * Who a verb at word `k` is said of: the name right before it ("kelompok volunter didasarkan"),
 * the topic for "mereka", "kelompok ini" or no subject; none when a relative clause ("individu
 * yang memiliki") makes it someone else's.
 */
function subjectBefore(ctx: SentenceContext, k: number): string | undefined {
	const { words, profile } = ctx;
	if (profile.relativisers.has(words[k - 1]?.lower ?? '')) return undefined;
	let clause = afterOpeners(ctx);
	for (let j = k - 1; j > clause; j--) if (/[,;]/.test(words[j].gap)) {
		clause = j;
		break;
	}
	// "sistem pembagian kerja yang semakin didasarkan pada …": the verb of a relative clause is said of the name before it.
	for (let r = k - 1; r > clause; r--)
		if (profile.relativisers.has(words[r].lower)) {
			const run = nameBackward(words, r, profile, 5);
			return run && !(run.first === run.last && isVague(words[run.first], profile)) ? conceptOf(ctx, run, W.item, 'enumeration') : undefined;
		}
	const before = words.slice(clause, k).map((w) => w.text).join(' ').toLowerCase();
	const pointer = profile.anaphora.test(before) ? words.slice(clause, k) : clause === afterOpeners(ctx) ? anaphoricWords(ctx) : undefined;
	const antecedent = pointer && namedBefore(ctx, pointer);
	if (antecedent) return antecedent;
	if (before === '' || pointer) return ctx.anaphor ?? ctx.topic;
	// "Kelompok okupasional biasa terdapat pada …": past the adverbs before the verb.
	let end = k;
	while (end - 1 > clause && profile.stopwords.has(words[end - 1].lower) && !profile.nameBreaks.has(words[end - 1].lower)) end--;
	const run = nameBackward(words, end, profile, 5);
	if (run && !(run.first === run.last && isVague(words[run.first], profile))) return conceptOf(ctx, run, W.item, 'enumeration');
	return knownIn(ctx, clause, k).at(-1);
}

/**
 * "… membentuk identitas profesi. … Identitas ini dapat …": "N ini" ("this N") points back to the
 * last name with the head N in the paragraph before the sentence, when the topic is not an N: a
 * name the registry knows, else the name read there (two words or more; a bare N says nothing).
 */
function namedBefore(ctx: SentenceContext, pointer: Word[]): string | undefined {
	const { profile, registry } = ctx;
	const content = pointer.filter((w) => !profile.stopwords.has(w.lower) && !profile.determiners.has(w.lower));
	if (content.length !== 1) return undefined;
	const head = content[0];
	const topicName = ctx.topic ? ctx.topic.split(' ') : [];
	if ((profile.headFirst ? topicName[0] : topicName.at(-1)) === head.stem) return undefined;
	// Only the words around the last time the head was written are read: most sentences have none before them.
	const from = Math.max(ctx.text.lastIndexOf('\n\n', ctx.span.start), ctx.span.start - 800, 0);
	const at = ctx.text.slice(from, ctx.span.start).toLowerCase().lastIndexOf(head.lower);
	if (at < 0) return undefined;
	const start = Math.max(from, from + at - 40);
	const earlier = wordsOf(ctx.text.slice(start, Math.min(ctx.span.start, from + at + head.lower.length + 60)), start, profile);
	for (let i = earlier.length - 1; i >= 0; i--) {
		if (earlier[i].stem !== head.stem) continue;
		for (const n of [3, 2]) {
			const first = profile.headFirst ? i : i - n + 1;
			const run = earlier.slice(Math.max(first, 0), Math.max(first, 0) + n);
			if (run.length < n || first < 0 || run.slice(1).some((w) => isHardGap(w.gap))) continue;
			const id = registry.knownWords(run, profile);
			if (id) return id;
		}
		const name = profile.headFirst ? nameForward(earlier, i, profile, { breakAtVerbs: true, max: 3 }) : nameBackward(earlier, i + 1, profile, 3);
		if (!name || name.first === name.last || (profile.headFirst ? name.first !== i : name.last !== i)) return undefined;
		return registry.concept(runText(ctx.text, earlier, name), profile, { signal: 'enumeration', weight: W.item, span: { passage: ctx.passage, start: earlier[name.first].start, end: earlier[name.last].end }, inText: true });
	}
	return undefined;
}

/**
 * "X didasarkan pada Y" (based-on), "X disebabkan oleh Y" (arises-from), "X menyebabkan Y" (Y
 * arises-from X), "X berperan dalam Y" (has-role): a verb that names the relation between the
 * names on either side of it.
 */
function readRelationVerbs(ctx: SentenceContext, definition: Definition | undefined): boolean {
	const { words, profile } = ctx;
	let found = false;
	for (let k = 1; k < words.length; k++) {
		const verb = matchAt(words, profile.relationVerbs.phrases, k);
		if (!verb) continue;
		const { relation, reverse } = profile.relationVerbs.meaning.get(verb)!;
		const subject = definedByClause(ctx, definition, k) ?? subjectBefore(ctx, k);
		const from = k + verb.split(' ').length;
		// "didasarkan pada kepentingan primer yang mencakup A, B": the object is the name before its relative clause.
		const first = listItems(words, from, profile)[0];
		const relative = first && words.slice(first.first, first.last + 1).some((w) => profile.relativisers.has(w.lower));
		const items = relative ? [itemName(ctx, first, true)].filter((r): r is Run => !!r) : namedItems(ctx, from);
		if (!subject || items.length === 0) continue;
		relateItems(ctx, [subject], { relation, direction: reverse ? 'item-subject' : 'subject-item' }, items, 'enumeration', W.verb);
		found = true;
		k = from;
	}
	return found;
}

/**
 * "Kelompok primer merupakan kelompok sosial yang terbentuk berdasarkan ikatan keluarga": the
 * relative clause on a definition's genus says what sets the defined term apart, so a verb at
 * word `k` that opens it is said of the term.
 */
function definedByClause(ctx: SentenceContext, definition: Definition | undefined, k: number): string | undefined {
	const { words, profile } = ctx;
	if (!definition || k < 2 || !profile.relativisers.has(words[k - 1].lower) || k - 1 <= definition.predicateStart) return undefined;
	const genus = nameForward(words, definition.predicateStart, profile, { breakAtVerbs: true, max: 4 });
	return genus && genus.last === k - 2 ? definition.subject : undefined;
}

/**
 * "Kelompok ini hadir untuk memperkuat hubungan antara para pekerja …, serta membantu …", "The
 * union was founded to protect …": a verb of purpose gives the subject's functions, each a doing
 * (its verb and object) joined by a comma or "dan"/"serta". Not after a hedge ("mungkin bertujuan").
 */
function readPurpose(ctx: SentenceContext): boolean {
	const { words, profile } = ctx;
	for (let k = 1; k < words.length - 1; k++) {
		const phrase = matchAt(words, profile.purposeVerbs, k);
		if (!phrase) continue;
		if (profile.hedges.has(words[k - 1].lower)) return false;
		const subject = subjectBefore(ctx, k);
		if (!subject || isVagueConcept(ctx, subject)) return false;
		let found = 0;
		for (let j = k + phrase.split(' ').length; j < words.length && found < 3; ) {
			const doing = doingAt(ctx, j);
			if (!doing) break;
			const id = conceptOf(ctx, doing, W.item, 'cue-sentence', 'function');
			if (id && id !== subject) {
				ctx.registry.relate(subject, 'has-function', id, 'cue-sentence', W.purpose, evidence(ctx));
				found++;
			}
			j = nextDoing(ctx, doing.last + 1);
		}
		return found > 0;
	}
	return false;
}

/**
 * "Internet dapat menjadi sumber informasi", "A union can serve as a channel of protest": serving
 * as a means is a function, the means named with what it is a means of.
 */
function readServesAs(ctx: SentenceContext): boolean {
	const { words, profile } = ctx;
	for (let k = 1; k < words.length - 1; k++) {
		const verb = matchAt(words, profile.servesAs.verbs, k);
		if (!verb) continue;
		const at = skipDeterminers(words, k + verb.split(' ').length, profile);
		if (at >= words.length || !profile.servesAs.means.has(words[at].lower)) return false;
		const subject = subjectBefore(ctx, k);
		if (!subject || isVagueConcept(ctx, subject)) return false;
		// "wadah untuk mengembangkan …": the doing a means is for is read as the section's (or the item prefix's).
		const means = nameForward(words, at, profile, { breakAtVerbs: true, max: 3 });
		if (!means || means.last === means.first) return false;
		const id = conceptOf(ctx, means, W.item, 'cue-sentence', 'function');
		if (!id || id === subject) return false;
		ctx.registry.relate(subject, 'has-function', id, 'cue-sentence', W.purpose, evidence(ctx));
		return true;
	}
	return false;
}

/** A verb (a chain of them: "membantu mempromosikan") and its object, starting at word `j`. */
function doingAt(ctx: SentenceContext, j: number): Run | undefined {
	const { words, profile } = ctx;
	if (j >= words.length || !profile.isVerb(words[j].text) || profile.nameBreaks.has(words[j].lower)) return undefined;
	let k = j + 1;
	while (k < words.length && !isHardGap(words[k].gap) && (profile.isVerb(words[k].text) || (VERB_LINKS.has(words[k].lower) && profile.isVerb(words[k + 1]?.text ?? '')))) k++;
	if (k >= words.length || isHardGap(words[k].gap)) return undefined;
	const object = nameForward(words, k, profile, { breakAtVerbs: true, max: 4, keepQuality: true });
	return object ? { first: j, last: object.last } : undefined;
}

/** Where the next doing of a list of doings starts after word `from` ("…, serta membantu …"), or past the end. */
function nextDoing(ctx: SentenceContext, from: number): number {
	const { words, profile } = ctx;
	for (let k = from; k < words.length; k++) {
		const w = words[k];
		if (/[.;:!?]/.test(w.gap) || profile.clauseBreaks.has(w.lower) || PURPOSE.has(w.lower)) return words.length;
		if (!/,/.test(w.gap) && !profile.coordinators.has(w.lower)) continue;
		let next = k;
		while (next < words.length && (profile.coordinators.has(words[next].lower) || ['juga', 'also'].includes(words[next].lower))) next++;
		if (next < words.length && profile.isVerb(words[next].text)) return next;
	}
	return words.length;
}

/**
 * "… memberikan rasa kebanggaan, solidaritas, dan tanggung jawab …": three or more short names in
 * a row are concepts. Whose they are, when the sentence says: "X memiliki A, B, dan C" (X has the
 * traits A, B and C); in a section whose heading has a cue ("Manfaat X"), a sentence about X (or
 * "mereka", or no subject) lists items of that cue.
 */
function readEnumeration(ctx: SentenceContext): boolean {
	const { words, profile } = ctx;
	for (let comma = 1; comma < words.length; comma++) {
		if (!/,/.test(words[comma].gap)) continue;
		// The list starts with the name that ends at a comma.
		const first = nameBackward(words, comma, profile, 4);
		if (!first || listItems(words, first.first, profile).length < 3) continue;
		const items = namedItems(ctx, first.first);
		if (items.length < 3 || !items.every((r) => contentCount(words, r, profile) <= 3)) return false;
		const owner = enumerationOwner(ctx, first.first);
		if (owner) relateItems(ctx, [owner.subject], owner.cue, items, 'enumeration', owner.weight);
		else for (const item of items) conceptOf(ctx, item, W.enumeration, 'enumeration');
		return true;
	}
	return false;
}

/** Words that may stand between two verbs of one chain: "dapat membantu dalam membangun", "berusaha untuk menjaga". */
const VERB_LINKS = new Set(['dalam', 'untuk', 'agar', 'supaya', 'to', 'in']);
/** Relations whose items are things done: their items keep the verb. */
const DOINGS = new Set(['has-step', 'faces-challenge', 'has-function', 'has-role']);
const PURPOSE = new Set(['untuk', 'agar', 'supaya', 'sehingga', 'to', 'so']);

/**
 * In a section whose heading has a cue ("Manfaat Bergabung dengan X", "Tantangan X"), a sentence
 * about X says what the cue names through its verbs' objects: "Kelompok ini … membuka peluang
 * karir yang lebih baik" (a benefit of X). Only sentences no other signal read, outside list
 * items, and at most two objects a sentence.
 */
function readSectionObjects(ctx: SentenceContext): void {
	const { words, profile, registry } = ctx;
	const cue = ctx.sectionCue;
	const subjects = ctx.sectionSubjects;
	if (ctx.inListItem || !cue || cue.direction !== 'subject-item' || cue.relation === 'includes' || subjects.length === 0) return;
	const start = afterOpeners(ctx);
	const s = subjectRun(ctx);
	const named = s && registry.known(runText(ctx.text, words, s.run), profile);
	// A step is what the reader does: "Anda dapat menghubungi kelompok tersebut …"; a benefit what the reader
	// gains by the subject the opener names: "Dalam mengikuti X, seseorang dapat … membuka peluang karir".
	const steps = cue.relation === 'has-step';
	const gains = (cue.relation === 'has-benefit' || cue.relation === 'contributes-to') && subjects.length === 1 && knownIn(ctx, 0, openersEnd(ctx)).includes(subjects[0]);
	// (The reader is a function word, so it stands among the words skipped before `start`.)
	const reader = (steps || gains) && words.slice(Math.max(0, start - 3), start + 1).some((w) => profile.readers.has(w.lower));
	// Of two subjects ("Manfaat X dan Y"), the one the sentence names, or the one "mereka" points back to.
	const pointed = anaphoricStart(ctx) ? (subjects.length === 1 ? subjects[0] : subjects.find((id) => id === (ctx.anaphor ?? ctx.topic))) : undefined;
	const subject = named && subjects.includes(named) ? named : (pointed ?? (reader && subjects.length === 1 ? subjects[0] : undefined));
	if (!subject) return;
	let found = 0;
	// After a named subject, its verbs; after "mereka" or "Anda", from the sentence's start.
	for (let k = named === subject && s ? s.next : openersEnd(ctx); k < words.length && found < 2; k++) {
		// "… menghubungi kelompok tersebut untuk mengetahui …", "… karena telah membantu sesama": a purpose or a reason, not another item.
		// "… teman-teman yang sudah terlibat …": a relative clause's verbs are its noun's, not the subject's.
		if ((found > 0 && PURPOSE.has(words[k].lower)) || profile.clauseBreaks.has(words[k].lower) || profile.relativisers.has(words[k].lower)) break;
		// "melalui", "menurut": prepositions shaped like verbs.
		if (!profile.isVerb(words[k].text) || profile.nameBreaks.has(words[k].lower)) continue;
		let j = k + 1;
		while (j < words.length && !isHardGap(words[j].gap) && (profile.isVerb(words[j].text) || (VERB_LINKS.has(words[j].lower) && profile.isVerb(words[j + 1]?.text ?? '')))) j++;
		// "menghadapi sejumlah tantangan": the cue word again, not an item.
		if (j >= words.length || isHardGap(words[j].gap) || cueAt(words, skipDeterminers(words, j, profile), profile) || profile.stopwords.has(words[j].lower)) {
			k = j - 1;
			continue;
		}
		const object = nameForward(words, j, profile, { breakAtVerbs: true, max: 4, keepQuality: true });
		// One word alone ("terbuka jalan") is a concept only when another signal already made it one.
		const single = object && contentCount(words, object, profile) === 1 && !registry.known(runText(ctx.text, words, object), profile);
		if (!object || (!DOINGS.has(cue.relation) && (single || isVagueRun(words, object, profile)))) {
			k = j;
			continue;
		}
		// A step, a challenge, a function or a role is a doing and keeps its verb ("mengisi formulir pendaftaran",
		// "meningkatkan keterampilan"); a benefit or a trait is the thing ("peluang karir").
		const run = DOINGS.has(cue.relation) ? { first: j - 1, last: object.last } : object;
		const id = conceptOf(ctx, run, W.item, 'cue-sentence', cue.itemKind);
		if (id && id !== subject) {
			ctx.registry.relate(subject, cue.relation, id, 'cue-sentence', W.sectionObject, evidence(ctx));
			found++;
		}
		k = run.last;
		// Another doing is joined by "dan" or a comma, past a relative clause ("… keterampilan yang dibutuhkan dan membuka …");
		// a verb right after the object ("kualitas hidup …") belongs to it.
		const after = words[k + 1];
		if (after && !profile.coordinators.has(after.lower) && !/,/.test(after.gap)) {
			if (!profile.relativisers.has(after.lower)) break;
			const next = nextDoing(ctx, k + 1);
			if (next >= words.length) break;
			k = next - 1;
		}
	}
}

/**
 * "Setiap anggota memiliki motivasi yang tinggi untuk …", "Mereka juga memiliki aturan dan
 * regulasi yang mengatur …": a verb of having with one object (a list after one is an
 * enumeration) gives its subject a trait. Not when the object is a cue word ("memiliki peran
 * dalam …", "memiliki beberapa karakteristik"): the cue's own reading says what follows.
 */
function readPossession(ctx: SentenceContext): boolean {
	const { words, profile, registry } = ctx;
	for (let k = 1; k < words.length - 1; k++) {
		const verb = matchAt(words, profile.possessionVerbs, k);
		if (!verb) continue;
		const from = skipDeterminers(words, k + verb.split(' ').length, profile);
		// "Sociologists have explained …": an auxiliary before a participle, not a verb of having.
		if (from >= words.length || isHardGap(words[from].gap) || cueAt(words, from, profile) || profile.stopwords.has(words[from].lower) || profile.isVerb(words[from].text)) continue;
		const object = nameForward(words, from, profile, { breakAtVerbs: true, max: 4, keepQuality: true });
		if (!object || isVagueRun(words, object, profile)) continue;
		const name = runText(ctx.text, words, object);
		if (profile.anaphora.test(name.toLowerCase()) || (contentCount(words, object, profile) === 1 && !registry.known(name, profile))) continue;
		const subject = subjectBefore(ctx, k);
		if (!subject || isVagueConcept(ctx, subject)) return false;
		const id = conceptOf(ctx, object, W.item, 'enumeration', 'characteristic');
		if (id && id !== subject) ctx.registry.relate(subject, HAS_CHARACTERISTIC.relation, id, 'enumeration', W.possession, evidence(ctx));
		return true;
	}
	return false;
}

const HAS_CHARACTERISTIC: Pick<Cue, 'relation' | 'direction' | 'itemKind'> = { relation: 'has-characteristic', direction: 'subject-item', itemKind: 'characteristic' };
const BRINGS_ABOUT: Pick<Cue, 'relation' | 'direction' | 'itemKind'> = { relation: 'contributes-to', direction: 'subject-item' };

/** Who a list starting at word `from` belongs to, and how: the subject of a verb of having, or the section's. */
function enumerationOwner(ctx: SentenceContext, from: number): { subject: string; cue: Pick<Cue, 'relation' | 'direction' | 'itemKind'>; weight: number } | undefined {
	const { words, profile } = ctx;
	// "Mereka memiliki pemimpin atau ketua, sekretaris, …", "seringkali memiliki kode etik, …": the verb right before the list.
	let verb = from - 1;
	const having = (k: number) => matchAt(words, profile.possessionVerbs, k) ?? matchAt(words, profile.givingVerbs, k);
	while (verb > 0 && !having(verb) && from - verb <= 2 && !isHardGap(words[verb + 1]?.gap ?? '')) verb--;
	if (verb >= 1 && having(verb) && !isHardGap(words[from].gap)) {
		const subject = subjectBefore(ctx, verb);
		// "Identitas ini dapat memberikan rasa kebanggaan, solidaritas, dan …": what a giver gives, it brings about.
		const cue = matchAt(words, profile.possessionVerbs, verb) ? HAS_CHARACTERISTIC : BRINGS_ABOUT;
		if (subject && !isVagueConcept(ctx, subject)) return { subject, cue, weight: W.possession };
		return undefined;
	}
	const cue = ctx.sectionCue;
	if (!cue || cue.direction !== 'subject-item' || ctx.sectionSubjects.length !== 1) return undefined;
	// The list is what the verb does ("mengembangkan keterampilan sosial, kepemimpinan, …"), not what a preposition adds ("dengan klien, mitra bisnis, …").
	if (from === 0 || !profile.isVerb(words[from - 1].text)) return undefined;
	// The sentence is about the section's subject: it names it before the list, points back to it, or names nothing else.
	const before = knownIn(ctx, afterOpeners(ctx), from);
	const aboutSubject = before.length === 0 ? anaphoricStart(ctx) || subjectRun(ctx) === undefined : before[0] === ctx.sectionSubjects[0];
	return aboutSubject ? { subject: ctx.sectionSubjects[0], cue, weight: W.sectionList } : undefined;
}

function isVagueConcept(ctx: SentenceContext, id: string): boolean {
	return !id.includes(' ') && (ctx.profile.genericHeads.has(id) || ctx.profile.groupHeads.has(id));
}

interface Definition {
	subject: string;
	/** Words after the copula: the predicate. */
	predicateStart: number;
}

/**
 * "X adalah/merupakan/ialah Y", "X refers to Y", and the apposition "X, yaitu Y". X becomes a
 * concept; Y's head, when it names a class ("kelompok sosial", "salah satu bentuk dari Z",
 * "a type of Z"), becomes X's supertype; "X merupakan contoh Z" makes X an example of Z.
 */
function readDefinition(ctx: SentenceContext): Definition | undefined {
	const { words, profile, registry } = ctx;
	const s = subjectRun(ctx);
	if (s) {
		let next = s.next;
		// "Kelompok okupasional (occupational group) merupakan …"
		if (next < words.length && /\(/.test(words[next].gap)) {
			while (next < words.length && !/\)/.test(words[next].gap)) next++;
		}
		while (next < words.length && ['juga', 'pun', 'sendiri', 'also'].includes(words[next].lower)) next++;
		const copula = matchAt(words, profile.copulas, next);
		// A copula after punctuation opens another clause, except the apposition "X, yaitu …".
		const punctuated = next < words.length && isHardGap(words[next].gap) && !/\)/.test(words[next].gap);
		if (copula && (!punctuated || (/^,\s*$/.test(words[next].gap) && ['yaitu', 'yakni'].includes(copula)))) {
			const name = runText(ctx.text, words, s.run);
			// "This view is …": the determiner read off the name still makes it point back.
			const pointing = s.run.first > 0 && profile.anaphora.test(`${words[s.run.first - 1].lower} ${name.toLowerCase()}`);
			if (!pointing && !profile.anaphora.test(name.toLowerCase()) && !cueAt(words, s.run.first, profile) && !matchAt(words, profile.exampleHeads, s.run.first)) {
				const predicateStart = next + copula.split(' ').length;
				// "Kelompok okupasional dan kelompok volunter merupakan …": each is defined.
				const subjects = splitCoordination(words, s.run, profile).map((run) => conceptOf(ctx, run, W.definition, 'definition'));
				const subject = subjects[0];
				if (subject) {
					for (const id of subjects) if (id) readGenus(ctx, id, predicateStart);
					return { subject, predicateStart };
				}
			}
		}
	}
	// "… stratifikasi sosial, yaitu pembedaan anggota masyarakat …"
	for (let k = 2; k < words.length; k++) {
		if (!/,/.test(words[k].gap) || !['yaitu', 'yakni', 'namely', 'i.e'].includes(words[k].lower)) continue;
		const before = nameBackward(words, k, profile, 4);
		if (!before || before.first === 0 || cueAt(words, before.first, profile) || (before.first === before.last && isVague(words[before.first], profile))) continue;
		const after = nameForward(words, k + 1, profile, { max: 4, breakAtVerbs: true });
		if (!after || after.last === after.first || listItems(words, k + 1, profile).length > 3) continue;
		if (registry.known(runText(ctx.text, words, before), profile) === undefined) conceptOf(ctx, before, W.apposition, 'definition');
	}
	return undefined;
}

/** "Deviance is not the same as crime: crime is deviance that …": a clause after a colon or a semicolon defines too. */
function readClauseDefinitions(ctx: SentenceContext): void {
	const { words, profile } = ctx;
	for (let k = 2; k < words.length; k++) {
		if (!/[:;]/.test(words[k].gap)) continue;
		const run = nameForward(words, k, profile, { breakAtVerbs: true, max: 5 });
		const copula = run && matchAt(words, profile.copulas, run.last + 1);
		if (!run || !copula || isHardGap(words[run.last + 1].gap) || (run.first === run.last && isVague(words[run.first], profile))) continue;
		if (cueAt(words, run.first, profile) || profile.anaphora.test(runText(ctx.text, words, run).toLowerCase())) continue;
		const id = conceptOf(ctx, run, W.definition, 'definition');
		if (id) readGenus(ctx, id, run.last + 1 + copula.split(' ').length);
	}
}

/** The first word of the name a definition defines (the last, in English). */
function subjectHead(ctx: SentenceContext, subject: string): string {
	const s = subjectRun(ctx);
	if (!s) return subject;
	return ctx.words[ctx.profile.headFirst ? s.run.first : s.run.last].text;
}

function readGenus(ctx: SentenceContext, subject: string, from: number): void {
	const { words, profile, registry } = ctx;
	let i = skipDeterminers(words, from, profile);
	const oneOf = matchAt(words, ONE_OF, i);
	if (oneOf) i += oneOf.split(' ').length;
	// "contoh kelompok okupasional", "bentuk dari kelompok sosial", "a type of Z"
	const cue = cueAt(words, i, profile);
	let relation = 'subtype-of';
	let direct = false;
	if (cue && (cue.cue.relation === 'example-of' || cue.cue.relation === 'subtype-of')) {
		relation = cue.cue.relation;
		i = cue.next;
		if (matchAt(words, OF, i)) i++;
		i = skipDeterminers(words, i, profile);
		direct = true;
	}
	const genus = nameForward(words, i, profile, { breakAtVerbs: true, max: 4 });
	if (!genus) return;
	// The genus itself when it is a name of a few words, else the longest known concept it starts with:
	// "lembaga sosial terkecil" → "lembaga sosial".
	let run = genus;
	let known: string | undefined = contentCount(words, genus, profile) <= 2 ? registry.known(runText(ctx.text, words, genus), profile) : undefined;
	for (let last = genus.last; !known && contentCount(words, genus, profile) > 2 && last >= genus.first; last--) {
		const id = registry.known(runText(ctx.text, words, { first: genus.first, last }), profile);
		if (id) {
			known = id;
			run = { first: genus.first, last };
			break;
		}
	}
	const headIndex = profile.headFirst ? run.first : run.last;
	const head = words[headIndex].lower;
	const subjectName = runText(ctx.text, words, { first: run.first, last: run.last }).toLowerCase();
	if (!direct && !known) {
		if (FIELD_HEADS.has(head)) readField(ctx, subject, run.last + 1);
		if (profile.genericHeads.has(head) || contentCount(words, run, profile) > 3) return;
		if (run.first === run.last) return;
	}
	// "Kelompok okupasional formal adalah sebuah kelompok …": a bare head says nothing new.
	if (!direct && run.first === run.last && registry.identity(runText(ctx.text, words, run), profile) === registry.identity(subjectHead(ctx, subject), profile)) return;
	if (subjectName.length === 0) return;
	const id = known ?? conceptOf(ctx, run, W.item, 'genus');
	const weight = direct ? W.genusKnown + 0.1 : known ? W.genusKnown : W.genus;
	ctx.registry.relate(subject, relation, id, 'genus', weight, evidence(ctx));
}

/** Heads of a definition that place the term in a field: "salah satu konsep yang penting dalam sosiologi". */
const FIELD_HEADS = new Set(['konsep', 'istilah', 'concept', 'term']);
const FIELD_PREPOSITIONS = new Set(['dalam', 'in']);

/** "X adalah konsep (yang penting) dalam A dan B", "X is a key term in A": X is found in each field. */
function readField(ctx: SentenceContext, subject: string, from: number): void {
	const { words, profile } = ctx;
	let k = from;
	if (k < words.length && profile.relativisers.has(words[k].lower)) k++;
	while (k < words.length && k - from <= 3 && !FIELD_PREPOSITIONS.has(words[k].lower) && !isHardGap(words[k].gap)) k++;
	if (k >= words.length || !FIELD_PREPOSITIONS.has(words[k].lower) || isHardGap(words[k].gap)) return;
	const fields = namedItems(ctx, k + 1).filter((run) => !isVagueRun(words, run, profile));
	relateItems(ctx, [subject], { relation: 'found-in', direction: 'subject-item' }, fields, 'genus', W.genus + 0.05);
}

/**
 * "… sarana seperti bangunan, peralatan, dan dana", "kemampuan teknis yang lebih luas, seperti
 * pemrograman …", "public services such as water supply": the items are examples of the name
 * before the marker (before its relative clause). In a definition "X adalah Y yang …, seperti A",
 * the examples are X's.
 */
function readExampleMarkers(ctx: SentenceContext, definition: Definition | undefined): void {
	const { words, profile } = ctx;
	for (let k = 1; k < words.length; k++) {
		let np = matchAt(words, profile.exampleMarkers, k);
		// "X termasuk Y" says X belongs to Y; only ", termasuk A, B" lists examples.
		if (np && ['termasuk', 'including'].includes(np) && !/,/.test(words[k].gap)) np = undefined;
		const clause = np ? undefined : matchAt(words, profile.exampleClauseMarkers, k);
		const marker = np ?? clause;
		if (!marker) continue;
		const items = namedItems(ctx, k + marker.split(' ').length);
		if (items.length === 0) continue;
		let end = k;
		// Back over a relative clause with no comma in it: "kemampuan teknis [yang lebih luas], seperti".
		for (let r = k - 1; r > 0 && k - r <= 12; r--) {
			if (r < k - 1 && /[,;]/.test(words[r + 1].gap)) break;
			if (profile.relativisers.has(words[r].lower)) {
				end = r;
				break;
			}
		}
		let anchor: string | undefined;
		let fallback = false;
		const lead = words.slice(afterOpeners(ctx), k).map((w) => w.text).join(' ').toLowerCase();
		if (definition && end >= definition.predicateStart && end <= definition.predicateStart + 2) anchor = definition.subject;
		else if (definition && /,/.test(words[k].gap) && end > definition.predicateStart) anchor = definition.subject;
		// "Lembaga-lembaga tersebut antara lain A, B": the topic's.
		else if (profile.anaphora.test(lead)) anchor = ctx.topic;
		else {
			let run = withoutCueWord(ctx, nameBackward(words, end, profile, 4));
			// "orang-orang yang memiliki profesi atau keahlian tertentu, seperti …": past a vague head, the name before the marker.
			if (run && run.first === run.last && isVague(words[run.first], profile) && end < k) run = withoutCueWord(ctx, nameBackward(words, k, profile, 4));
			// "bersifat langsung, misalnya …": a lone word after a verb is a property; the examples are the subject's.
			// (A word a relative clause follows is a noun with its clause: "organize workers who share …, such as".)
			if (run && run.first === run.last && run.first > 0 && end === k && profile.isVerb(words[run.first - 1].text)) run = subjectRun(ctx)?.run;
			anchor = run ? conceptOf(ctx, run, W.item, 'example') : undefined;
			// "hak-hak mereka …, seperti hak gaji": no name before the marker; the section's topic, less surely.
			if (!anchor) {
				anchor = ctx.topic;
				fallback = true;
			}
		}
		if (!anchor) continue;
		relateItems(ctx, [anchor], EXAMPLE_CUE, items, 'example', fallback ? W.exampleFallback : clause ? W.exampleClause : W.example);
		k += marker.split(' ').length;
	}
}
