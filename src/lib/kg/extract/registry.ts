/**
 * Collects what the signals find: concepts by identity (the stems of their words, so
 * "Kelompok Okupasional" and "kelompok-kelompok okupasional" are one), the names and kinds they
 * were given, the other names that join two identities, and relations with their evidence.
 * `finalize` grounds every concept in the passages (its mentions), scores everything and orders
 * it for review. A concept or relation that ends without a span of evidence is left out.
 */
import type { Passage, Span } from '../model';
import { createPhraseMatcher } from '../text/match';
import { tokenise } from '../text/tokenise';
import type { LanguageProfile } from './profile';
import type { Signal, SuggestedConcept, SuggestedRelation } from './types';
import { slugify } from '../text/slug';

export { slugify };

interface Form {
	text: string;
	count: number;
	/** Seen in running text (not only in a heading). */
	inText: boolean;
	order: number;
}

interface Candidate {
	id: string;
	profile: LanguageProfile;
	forms: Map<string, Form>;
	/** The strongest weight each signal gave. */
	signals: Map<Signal, number>;
	kinds: Map<string, number>;
	english?: string;
	/** Spans where the name itself was read (inside passages). */
	spans: Span[];
	/** Spans that state it (a definition, an item), for review. */
	evidence: Span[];
	order: number;
	proper: boolean;
	/** The objects of light-verb names ("pengalaman baru" of "Mendapatkan pengalaman baru"), as other names. */
	objects: Set<string>;
}

interface RawRelation {
	source: string;
	relation: string;
	target: string;
	signals: Map<Signal, number>;
	evidence: Span[];
	order: number;
}

export interface ConceptInput {
	signal: Signal;
	weight: number;
	kind?: string;
	kindWeight?: number;
	/** Where the name was read, when that is inside a passage. */
	span?: Span;
	/** Sentences that state the concept. */
	evidence?: Span[];
	/** The name as written in running text (true) or in a heading (false). */
	inText: boolean;
	/** A proper name (keeps its capitals). */
	proper?: boolean;
	english?: string;
}

/** Words never joined into an identity: they do not change what a name names. */
const ACRONYM = /^[\p{Lu}\p{N}]{2,8}$/u;
const GLUE = new Set(['yang', 'the', 'a', 'an', 'its', 'their', 'para', 'sang']);
const MAX_NAME_WORDS = 8;

export class Registry {
	#candidates = new Map<string, Candidate>();
	/** The first stem of every identity: most words start no name, and need no lookup. */
	#firstStems = new Set<string>();
	#parent = new Map<string, string>();
	#relations = new Map<string, RawRelation>();
	#order = 0;

	/** The identity of a name: the stems of its words. Empty when the name has no content word. */
	identity(surface: string, profile: LanguageProfile): string {
		const tokens = tokenise(surface).map((t) => t.text);
		return identityOf(tokens.map((t) => t.toLowerCase()), tokens.map((t) => profile.stem(t)), profile);
	}

	/** Whether some known name starts with this stem. */
	mayStart(stem: string): boolean {
		return this.#firstStems.has(stem);
	}

	/** The id of a concept known by the name that these words spell, if any (stems already at hand). */
	knownWords(words: ReadonlyArray<{ lower: string; stem: string }>, profile: LanguageProfile): string | undefined {
		const id = identityOf(words.map((w) => w.lower), words.map((w) => w.stem), profile);
		return id && this.#candidates.has(id) ? this.#root(id) : undefined;
	}

	/** Adds (or strengthens) the concept named `surface`; its id, or undefined for a name that cannot be one. */
	concept(surface: string, profile: LanguageProfile, input: ConceptInput): string | undefined {
		const text = surface.trim().replace(/\s+/g, ' ');
		if (!isName(text, profile)) return undefined;
		const id = this.identity(text, profile);
		if (!id) return undefined;
		let c = this.#candidates.get(id);
		if (!c) {
			c = { id, profile, forms: new Map(), signals: new Map(), kinds: new Map(), spans: [], evidence: [], order: this.#order++, proper: false, objects: new Set() };
			this.#candidates.set(id, c);
			this.#firstStems.add(id.split(' ')[0]);
		}
		const formKey = text.toLowerCase();
		const form = c.forms.get(formKey);
		if (form) {
			form.count++;
			if (input.inText && !form.inText) form.text = text;
			form.inText ||= input.inText;
		} else c.forms.set(formKey, { text, count: 1, inText: input.inText, order: this.#order++ });
		c.signals.set(input.signal, Math.max(c.signals.get(input.signal) ?? 0, input.weight));
		if (input.kind) c.kinds.set(input.kind, (c.kinds.get(input.kind) ?? 0) + (input.kindWeight ?? input.weight));
		if (input.span) c.spans.push(input.span);
		if (input.evidence) c.evidence.push(...input.evidence);
		if (input.english && !c.english) c.english = input.english;
		const object = lightVerbObject(text, profile);
		if (object) c.objects.add(object);
		if (input.proper) c.proper = true;
		return id;
	}

	/** The id of a concept already known by this name, if any. */
	known(surface: string, profile: LanguageProfile): string | undefined {
		const id = this.identity(surface, profile);
		return this.#candidates.has(id) ? this.#root(id) : undefined;
	}

	/** Records that two names name one concept ("Ikatan Dokter Indonesia" and "IDI"). */
	sameAs(a: string, b: string): void {
		const ra = this.#root(a);
		const rb = this.#root(b);
		if (ra !== rb) this.#parent.set(rb, ra);
	}

	relate(source: string | undefined, relation: string, target: string | undefined, signal: Signal, weight: number, evidence: Span[]): void {
		if (!source || !target || source === target || evidence.length === 0) return;
		const key = `${source}\u0000${relation}\u0000${target}`;
		let r = this.#relations.get(key);
		if (!r) {
			r = { source, relation, target, signals: new Map(), evidence: [], order: this.#order++ };
			this.#relations.set(key, r);
		}
		r.signals.set(signal, Math.max(r.signals.get(signal) ?? 0, weight));
		r.evidence.push(...evidence);
	}

	#root(id: string): string {
		let r = id;
		while (this.#parent.has(r)) r = this.#parent.get(r)!;
		return r;
	}

	/**
	 * Groups names into concepts, finds every mention in the passages, scores and orders.
	 * `kindOf` decides a kind from the votes and the concept's relations when no cue gave one.
	 */
	finalize(
		passages: Passage[],
		languageOf: (passage: Passage) => LanguageProfile,
		kindOf: (votes: Map<string, number>, facts: KindFacts) => string
	): { concepts: SuggestedConcept[]; relations: SuggestedRelation[] } {
		const groups = new Map<string, Candidate[]>();
		for (const c of this.#candidates.values()) {
			const root = this.#root(c.id);
			const group = groups.get(root);
			if (group) group.push(c);
			else groups.set(root, [c]);
		}
		// A group is led by its strongest member: its name becomes the label.
		const members = [...groups.values()].map((list) =>
			list.sort((a, b) => strength(b) - strength(a) || a.order - b.order)
		);
		const byRoot = new Map<string, Candidate[]>();
		for (const list of members) byRoot.set(this.#root(list[0].id), list);

		const mentions = this.#mentions(members, passages, languageOf);
		const relations = this.#mergedRelations();
		const degree = new Map<string, number>();
		const statedBy = new Map<string, Span[]>();
		for (const r of relations)
			for (const end of [r.source, r.target]) {
				degree.set(end, (degree.get(end) ?? 0) + 1);
				const stated = statedBy.get(end);
				if (stated) stated.push(...r.evidence.slice(-1));
				else statedBy.set(end, r.evidence.slice(-1));
			}

		const concepts: Array<SuggestedConcept & { order: number; root: string }> = [];
		const keys = new Set<string>();
		for (const list of members) {
			const root = this.#root(list[0].id);
			const spans = dedupe([...(mentions.get(root) ?? []), ...list.flatMap((c) => c.spans)]);
			// A concept named only in a heading is grounded by the sentences that state its relations.
			const evidence = dedupe([...list.flatMap((c) => c.evidence), ...(spans.length === 0 ? (statedBy.get(root) ?? []) : [])]);
			if (spans.length === 0 && evidence.length === 0) continue;
			const label = chooseLabel(list);
			const aliases = [...otherNames(list, label), ...this.#objectNames(list, root, label)];
			const signals = new Map<Signal, number>();
			for (const c of list) for (const [s, w] of c.signals) signals.set(s, Math.max(signals.get(s) ?? 0, w));
			const votes = new Map<string, number>();
			for (const c of list) for (const [k, w] of c.kinds) votes.set(k, (votes.get(k) ?? 0) + w);
			const lead = list[0];
			const kind = kindOf(votes, {
				head: headWord(label, lead.profile),
				hasAcronym: aliases.some((a) => /^[\p{Lu}\p{N}]{2,8}$/u.test(a)) || /^[\p{Lu}\p{N}]{2,8}$/u.test(label),
				proper: list.some((c) => c.proper),
				signals: new Set(signals.keys()),
				profile: lead.profile
			});
			const key = uniqueKey(slugify(label), keys);
			const english = lead.profile.language === 'en' ? label : (list.find((c) => c.english)?.english ?? '');
			concepts.push({
				key,
				label,
				labelEn: english,
				kind,
				aliases,
				confidence: conceptConfidence(signals, spans.length, degree.get(root) ?? 0),
				signals: [...signals.keys()],
				mentions: spans.length > 0 ? spans : evidence.slice(0, 1),
				evidence: evidence.length > 0 ? evidence : spans.slice(0, 1),
				order: Math.min(...list.map((c) => c.order)),
				root
			});
		}
		const keyOfRoot = new Map(concepts.map((c) => [c.root, c.key]));
		const suggestedRelations: Array<SuggestedRelation & { order: number }> = [];
		for (const r of relations) {
			const source = keyOfRoot.get(r.source);
			const target = keyOfRoot.get(r.target);
			if (!source || !target) continue;
			suggestedRelations.push({
				key: `${source}--${r.relation}--${target}`,
				source,
				target,
				relation: r.relation,
				confidence: noisyOr([...r.signals.values()]),
				signals: [...r.signals.keys()],
				evidence: dedupe(r.evidence),
				order: r.order
			});
		}
		concepts.sort((a, b) => b.confidence - a.confidence || a.order - b.order);
		suggestedRelations.sort((a, b) => b.confidence - a.confidence || a.order - b.order);
		return {
			concepts: concepts.map(({ order: _o, root: _r, ...c }) => c),
			relations: suggestedRelations.map(({ order: _o, ...r }) => r)
		};
	}

	/** A light-verb name's objects, unless another concept goes by that name (it is that one's, not an alias). */
	#objectNames(list: Candidate[], root: string, label: string): string[] {
		const taken = new Set([label.toLowerCase()]);
		const out: string[] = [];
		for (const c of list)
			for (const object of c.objects) {
				const other = this.#candidates.get(this.identity(object, c.profile));
				if (taken.has(object.toLowerCase()) || (other && this.#root(other.id) !== root)) continue;
				taken.add(object.toLowerCase());
				out.push(object.toLowerCase());
			}
		return out;
	}

	/** Relations between groups: ends resolved to their roots, self-loops dropped, duplicates merged. */
	#mergedRelations(): RawRelation[] {
		const merged = new Map<string, RawRelation>();
		for (const r of this.#relations.values()) {
			const source = this.#root(r.source);
			const target = this.#root(r.target);
			if (source === target) continue;
			// One pair of concepts is contrasted once, whichever way it was said.
			const [a, b] = r.relation === 'contrasts-with' && target < source ? [target, source] : [source, target];
			const key = `${a}\u0000${r.relation}\u0000${b}`;
			const m = merged.get(key);
			if (!m) merged.set(key, { ...r, source: a, target: b, signals: new Map(r.signals), evidence: [...r.evidence] });
			else {
				for (const [s, w] of r.signals) m.signals.set(s, Math.max(m.signals.get(s) ?? 0, w));
				m.evidence.push(...r.evidence);
				m.order = Math.min(m.order, r.order);
			}
		}
		return [...merged.values()];
	}

	/** Every occurrence of every name of every concept, one matcher per language. */
	#mentions(
		groups: Candidate[][],
		passages: Passage[],
		languageOf: (passage: Passage) => LanguageProfile
	): Map<string, Span[]> {
		const out = new Map<string, Span[]>();
		const byLanguage = new Map<LanguageProfile, Passage[]>();
		for (const p of passages) {
			const profile = languageOf(p);
			const list = byLanguage.get(profile);
			if (list) list.push(p);
			else byLanguage.set(profile, [p]);
		}
		for (const [profile, list] of byLanguage) {
			const phrases = groups.flatMap((group) => {
				const root = this.#root(group[0].id);
				return group.flatMap((c) => [...c.forms.values()].map((f) => ({ id: root, phrase: f.text })));
			});
			const matcher = createPhraseMatcher(phrases, profile.stem);
			for (const p of list) {
				for (const hit of matcher.find(p.text)) {
					const spans = out.get(hit.id) ?? [];
					spans.push({ passage: p.id, start: p.start + hit.start, end: p.start + hit.end });
					out.set(hit.id, spans);
				}
			}
		}
		return out;
	}
}

function identityOf(lower: string[], stems: string[], profile: LanguageProfile): string {
	if (!lower.some((w) => !profile.stopwords.has(w))) return '';
	return stems.filter((_s, i) => !GLUE.has(lower[i])).join(' ');
}

export interface KindFacts {
	head: string;
	hasAcronym: boolean;
	proper: boolean;
	signals: Set<Signal>;
	profile: LanguageProfile;
}

/** A name a teacher could write on the board: not a bare function word, a number or a sentence. */
function isName(text: string, profile: LanguageProfile): boolean {
	const words = text.split(' ');
	if (words.length > MAX_NAME_WORDS || text.length < 2) return false;
	if (/^[\p{N}\p{P}\s]+$/u.test(text)) return false;
	const first = words[0].toLowerCase();
	const last = words.at(-1)!.toLowerCase();
	if (profile.stopwords.has(last) && !/^[\p{Lu}\p{N}]{2,}$/u.test(words.at(-1)!)) return false;
	if (profile.stopwords.has(first) && words.length === 1) return false;
	// "satunya", "perannya": one word with a possessive is a pronoun's thing, not a name.
	if (words.length === 1 && profile.language === 'id' && /\p{L}{2,}nya$/iu.test(text) && profile.stem(text) !== first) return false;
	return !profile.anaphora.test(text);
}

/** "Mendapatkan pengalaman baru" → "pengalaman baru": the object of a name that opens with a light verb. */
function lightVerbObject(text: string, profile: LanguageProfile): string | undefined {
	const space = text.indexOf(' ');
	if (space < 0 || !profile.lightVerbs.has(text.slice(0, space).toLowerCase())) return undefined;
	const object = text.slice(space + 1);
	const first = object.split(' ')[0].toLowerCase();
	if (profile.stopwords.has(first) || profile.determiners.has(first) || profile.isVerb(first) || !isName(object, profile)) return undefined;
	return object;
}

function strength(c: Candidate): number {
	return noisyOr([...c.signals.values()]) + (c.proper ? 0.01 : 0);
}

function noisyOr(weights: number[]): number {
	const p = 1 - weights.reduce((acc, w) => acc * (1 - Math.min(w, 0.99)), 1);
	return Math.round(p * 1000) / 1000;
}

/** Signals combined, lifted a little by how often it is mentioned and how connected it is. */
function conceptConfidence(signals: Map<Signal, number>, mentions: number, degree: number): number {
	const base = noisyOr([...signals.values()]);
	const lift = Math.min(0.1, 0.03 * Math.log2(1 + mentions)) + Math.min(0.1, 0.04 * degree);
	return Math.round(Math.min(0.99, base + (1 - base) * lift * 2) * 1000) / 1000;
}

/** The name seen most in running text, in sentence case unless it is a proper name or an acronym. */
function chooseLabel(list: Candidate[]): string {
	const forms = list.flatMap((c) => [...c.forms.values()].map((f) => ({ ...f, proper: c.proper })));
	const lead = list[0];
	const leadForms = [...lead.forms.values()];
	const pool = leadForms.length > 0 ? leadForms : forms;
	const ranked = (list: Form[]) => [...list].sort((a, b) => Number(b.inText) - Number(a.inText) || b.count - a.count || a.order - b.order);
	let best = ranked(pool)[0];
	// "Ikatan Dokter Indonesia" rather than "IDI": the long form is the label, the acronym an alias.
	if (ACRONYM.test(best.text)) best = ranked(forms.filter((f) => !ACRONYM.test(f.text)))[0] ?? best;
	if (lead.proper || forms.some((f) => f.proper && f.text === best.text) || ACRONYM.test(best.text)) return best.text;
	if (best.inText && isProperInText(best.text)) return best.text;
	return sentenceCase(best.text);
}

/** "Komisi Pemberantasan Korupsi": every content word capitalised where it stands in a sentence. */
function isProperInText(text: string): boolean {
	const words = text.split(' ');
	return words.length > 1 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= Math.ceil(words.length * 0.66) && /^\p{Lu}/u.test(words.at(-1)!);
}

function sentenceCase(text: string): string {
	const words = text.split(' ').map((w, i) => {
		if (/^[\p{Lu}\p{N}]{2,8}$/u.test(w)) return w;
		const lower = w.toLowerCase();
		return i === 0 ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
	});
	return words.join(' ');
}

/** Other spellings and names, one per distinct normalised form, the label left out. */
function otherNames(list: Candidate[], label: string): string[] {
	const seen = new Set([label.toLowerCase()]);
	const out: string[] = [];
	for (const c of list) {
		for (const f of [...c.forms.values()].sort((a, b) => a.order - b.order)) {
			const key = f.text.toLowerCase();
			if (seen.has(key)) continue;
			seen.add(key);
			// A heading's Title Case is the label again, not another name.
			if (c === list[0] && key.replace(/[^\p{L}\p{N}]/gu, '') === label.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')) continue;
			out.push(c === list[0] || c.proper || /^[\p{Lu}\p{N}]{2,8}$/u.test(f.text) || isProperInText(f.text) ? f.text : f.text.toLowerCase());
		}
	}
	return out.filter((name) => name.toLowerCase() !== label.toLowerCase());
}

function headWord(label: string, profile: LanguageProfile): string {
	const words = label.toLowerCase().split(' ').filter((w) => !profile.stopwords.has(w));
	return (profile.headFirst ? words[0] : words.at(-1)) ?? '';
}

function uniqueKey(base: string, used: Set<string>): string {
	let key = base;
	for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
	used.add(key);
	return key;
}

function dedupe(spans: Span[]): Span[] {
	const seen = new Set<string>();
	const out: Span[] = [];
	for (const s of spans) {
		const id = `${s.passage}:${s.start}:${s.end}`;
		if (!seen.has(id)) {
			seen.add(id);
			out.push(s);
		}
	}
	return out;
}
