/**
 * What a scraped article says to its reader or about its site rather than about its
 * subject: greetings and questions to the reader, announcements of what the article
 * will discuss, sign-offs, site navigation, SEO keyword lists, and a list lead-in
 * ("…, di antaranya:") standing alone. The segmenter drops such lines, and such
 * sentences at the edges of a paragraph; the build refuses a passage that still holds one.
 */

export type BoilerplateKind = 'greeting' | 'announcement' | 'sign-off' | 'navigation' | 'keyword-list' | 'lead-in';

export interface BoilerplateFinding {
	kind: BoilerplateKind;
	/** Offsets into the text that was searched. */
	start: number;
	end: number;
}

export interface Sentence {
	start: number;
	end: number;
	text: string;
}

/** Site lines: they never belong to the article, wherever they stand. */
export const NAVIGATION_LINES: readonly RegExp[] = [
	/^baca\s+juga\s*:/i,
	/^diposting\s+(?:pada|oleh)\b/i,
	/^artikel\s+terkait$/i,
	/^back\s+to\s+top(?:\s+button)?$/i
];
/** The same site phrases inside a line of a passage. */
const NAVIGATION_INSIDE = /\bbaca\s+juga\s*:|\bdiposting\s+(?:pada|oleh)\b|\bartikel\s+terkait\b|\bback\s+to\s+top\b/i;

const SENTENCE_KINDS: ReadonlyArray<[BoilerplateKind, RegExp]> = [
	// "Salam kepada pembaca setia!", "Halo sobat!"
	['greeting', /^(?:salam|halo|hallo|hai|selamat\s+(?:datang|pagi|siang|sore|malam))\b[^.?]*!$/iu],
	// A question put to the reader: "Apakah kamu sudah pernah mendengar tentang …?"
	['greeting', /(?<![\p{L}\p{N}])(?:kamu|anda|kalian|sobat)(?![\p{L}\p{N}])[^.!]*\?$/iu],
	// The hook after it: "Kelompok ini mungkin masih asing di telinga beberapa orang."
	['greeting', /(?<![\p{L}\p{N}])masih\s+(?:terdengar\s+)?asing(?![\p{L}\p{N}])/iu],
	// "Artikel berikut ini akan membahas mengenai …", "Dalam artikel ini, kita akan membahas …"
	[
		'announcement',
		/^(?:(?:dalam|pada|di)\s+artikel\s+(?:ini|berikut)(?![\p{L}\p{N}])|artikel\s+(?:berikut\s+)?(?:ini\s+)?(?:akan\s+)?(?:membahas|mengulas|menjelaskan)(?![\p{L}\p{N}]))/iu
	],
	// "Selamat membaca!", "Semoga … artikel ini …", "Sekian penjelasan …", "Terima kasih telah membaca …"
	[
		'sign-off',
		/^(?:selamat\s+membaca|semoga\b.*\b(?:artikel|bermanfaat|membaca)|(?:sekian|demikian(?:lah)?)\s+(?:penjelasan|pembahasan|artikel|ulasan|informasi)|terima\s+kasih\b.*\b(?:membaca|berkunjung|kunjungan))(?![\p{L}\p{N}])/iu
	]
];

/** The kind of boilerplate a sentence is, or null for a sentence about the subject. */
export function boilerplateSentence(sentence: string): BoilerplateKind | null {
	const text = sentence.trim();
	for (const [kind, pattern] of SENTENCE_KINDS) if (pattern.test(text)) return kind;
	return null;
}

/**
 * The sentences of one line of prose, trimmed, with offsets into `text`. A sentence
 * ends at ".", "!" or "?" (with any closing quote or bracket) before white space or the end.
 */
export function sentencesOf(text: string): Sentence[] {
	const sentences: Sentence[] = [];
	const pattern = /[^\s][^]*?(?:[.!?]+["'”’)\]]*(?=\s|$)|$)/gu;
	for (const match of text.matchAll(pattern)) {
		const raw = match[0];
		const trimmed = raw.trimEnd();
		if (trimmed === '') continue;
		sentences.push({ start: match.index, end: match.index + trimmed.length, text: trimmed });
	}
	return sentences;
}

/** "Kelompok okupasional memiliki beberapa karakteristik, di antaranya adalah:": a sentence that only opens a list. */
export function isLeadIn(text: string): boolean {
	const trimmed = text.trim();
	return trimmed.endsWith(':') && sentencesOf(trimmed).length === 1;
}

/**
 * "kelompok sosial, kelompok okupasional, pengertian kelompok okupasional, occupational group, …":
 * a run of short comma-separated terms in which terms repeat inside longer ones, as SEO tags do.
 * A real enumeration ("pangan, sandang, dan papan, keselamatan jiwa …") does not repeat itself.
 */
export function isKeywordList(sentence: string): boolean {
	const terms = sentence
		.replace(/[.!?:]+$/, '')
		.split(',')
		.map((t) => t.trim().toLowerCase().replace(/^(?:dan|atau|serta)\s+/, ''))
		.filter(Boolean);
	if (terms.length < 5 || terms.some((t) => t.split(/\s+/).length > 6)) return false;
	const repeats = terms.filter(
		(term) => term.includes(' ') && terms.some((other) => other !== term && ` ${other} `.includes(` ${term} `))
	);
	return repeats.length >= 2;
}

/** Every piece of boilerplate in a passage: list markers aside, line by line, sentence by sentence. */
export function findBoilerplate(passageText: string): BoilerplateFinding[] {
	const findings: BoilerplateFinding[] = [];
	const lines = [...passageText.matchAll(/[^\r\n]+/g)];
	for (const line of lines) {
		const marker = /^[ \t\u00A0]*(?:(?:\d{1,3})[.)]|[-\u2022*\u2013])?[ \t\u00A0]*/.exec(line[0])![0].length;
		const body = line[0].slice(marker);
		const offset = line.index + marker;
		const inside = NAVIGATION_INSIDE.exec(body);
		if (inside) findings.push({ kind: 'navigation', start: offset + inside.index, end: offset + body.trimEnd().length });
		for (const sentence of sentencesOf(body)) {
			const kind = boilerplateSentence(sentence.text) ?? (isKeywordList(sentence.text) ? 'keyword-list' : null);
			if (kind) findings.push({ kind, start: offset + sentence.start, end: offset + sentence.end });
		}
	}
	if (lines.length === 1 && isLeadIn(passageText))
		findings.push({ kind: 'lead-in', start: 0, end: passageText.trimEnd().length });
	return findings;
}
