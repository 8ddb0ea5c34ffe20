/**
 * Splits a scraped article into passages (paragraphs, list items, FAQ entries),
 * headings and dropped noise, all with exact UTF-16 offsets into the text.
 *
 * Scraped text has no hard wraps, so every non-blank line is one unit: a heading,
 * a paragraph, or a line of a list. How units become passages:
 * - A heading is a short line (at most 14 words) starting with a capital or a digit,
 *   without final punctuation other than "?", that has something after it.
 *   "Apa itu Kelompok Volunter?" followed by its answer is therefore a heading.
 * - The title is the first unit when it is a heading (no passage or heading before it).
 *   A following heading that repeats and extends it ("Pengertian X" then
 *   "Pengertian X: Y") is the full title; the shorter line is dropped as a title too.
 *   The title is reported only as `title` (and in `dropped`), never in `headings`.
 * - Under a heading that names an FAQ, a question line with its answer line(s) is
 *   one `faq` passage.
 * - Numbered or bulleted lines form a list run. Within it:
 *   - scraped split numbering, "1. Profesi" directly followed on the next line by
 *     "2. Kelompok okupasional biasanya …", is one item (title + description);
 *   - a short numbered title followed by unnumbered paragraphs is a titled item. If any
 *     item but the last has two or more paragraphs, the titles are numbered section
 *     headings (level 3) and the paragraphs are passages under them; the last item keeps
 *     no more paragraphs than the longest other item, and the rest fall back to the
 *     heading the list sits under (they conclude that section, not the last item).
 *     Otherwise each title and its first paragraph are one list item, and further
 *     paragraphs after the last item are ordinary paragraphs;
 *   - any other marked line is a list item by itself.
 * - A lead-in, a paragraph that is one sentence ending in ":" ("…, di antaranya:"), joins
 *   the list below it: lead-in and items are one `list` passage. When the items are
 *   section headings instead, the lead-in closes the paragraph above it.
 * - Every other unit is a paragraph. Sentences that talk to the reader rather than about
 *   the subject (greeting, announcement of the article, sign-off; see boilerplate.ts) are
 *   dropped from either end of a paragraph, the whole paragraph if nothing else is left.
 *   What remains of a paragraph that opened or closed the article that way belongs to
 *   the article, not to the section above it: scraped pages glue a second article's
 *   introduction under the first one's "Kesimpulan".
 * - A paragraph that announces a list of sub-topics ("Berikut …", or ending in ":") makes
 *   the headings that follow it level-3 sub-headings of its section, until a summary
 *   paragraph ("Itulah …", "Secara keseluruhan, …", "Dalam kesimpulannya, …") closes
 *   them; the summary belongs to the announcing section, not to the last sub-heading.
 * A passage's heading is the nearest heading above it in that structure, else the title.
 */

import { NAVIGATION_LINES, boilerplateSentence, isLeadIn, sentencesOf } from './boilerplate';
import { isCategoryLabel, lineNoise, trimNoise, type NoiseRule } from './noise';
import { LIST_MARKER } from './list-markers';

export interface Heading {
	start: number;
	end: number;
	text: string;
	level: 1 | 2 | 3;
}

export interface PassageSegment {
	start: number;
	end: number;
	heading?: string;
	kind: 'paragraph' | 'list-item' | 'list' | 'faq';
}

export interface DroppedSegment {
	start: number;
	end: number;
	reason: 'boilerplate' | 'title';
	/** For boilerplate: the noise rule that dropped it (see noise.ts), if one did. */
	rule?: NoiseRule;
}

export interface DocumentSegments {
	title?: Heading;
	headings: Heading[];
	passages: PassageSegment[];
	dropped: DroppedSegment[];
}

/** One non-blank line, trimmed; `body` and `bodyStart` leave out its list marker. */
interface Unit {
	start: number;
	end: number;
	text: string;
	line: number;
	marker?: { number?: number };
	bodyStart: number;
	body: string;
	headingLike: boolean;
	framed?: boolean;
}

interface Line {
	start: number;
	end: number;
	text: string;
	line: number;
	/** Chatter was cut from its edges (noise.ts): it speaks for the whole article. */
	framed?: boolean;
}

const MAX_HEADING_WORDS = 14;
const MAX_HEADING_LENGTH = 120;
const FAQ_HEADING = /\bfaq\b|pertanyaan (?:yang )?(?:sering|umum)/i;

/** "Itulah …", "Secara keseluruhan, …": a paragraph that sums up the sub-topics before it. */
const SUMMARY_OPENING = /^(?:itulah|demikian(?:lah)?|secara\s+(?:keseluruhan|umum|ringkas)|(?:dalam\s+)?kesimpulan(?:nya)?|jadi,)(?![\p{L}\p{N}])/iu;
/** "Geograf merupakan situs media online …": a site describing itself; its name is group 1. */
const SITE_SELF_DESCRIPTION =
	/^(\S+(?:\s+\S+){0,3}?)\s+(?:merupakan|adalah)\s+(?:sebuah\s+)?(?:situs|website|web|portal|blog)\b/i;

export function segmentDocument(text: string): DocumentSegments {
	const lines = splitLines(text);
	const dropped: DroppedSegment[] = [];
	const units = readUnits(lines, dropped);
	const result = new Segmenter(units, dropped).run();
	result.dropped.sort((a, b) => a.start - b.start);
	return result;
}

// ---------------------------------------------------------------- lines and units

function splitLines(text: string): Line[] {
	const lines: Line[] = [];
	const pattern = /[^\r\n]+/g;
	let line = 0;
	let previousEnd = 0;
	for (const match of text.matchAll(pattern)) {
		line += countLineBreaks(text.slice(previousEnd, match.index));
		previousEnd = match.index + match[0].length;
		const leading = match[0].length - match[0].trimStart().length;
		const trimmed = match[0].trim();
		if (trimmed === '') continue;
		const start = match.index + leading;
		lines.push({ start, end: start + trimmed.length, text: trimmed, line });
	}
	return lines;
}

function countLineBreaks(gap: string): number {
	return (gap.match(/\r\n|\r|\n/g) ?? []).length;
}

function readUnits(lines: Line[], dropped: DroppedSegment[]): Unit[] {
	const siteNames = new Set(
		lines.flatMap((l) => {
			const name = SITE_SELF_DESCRIPTION.exec(l.text)?.[1];
			return name ? [name.toLowerCase()] : [];
		})
	);
	const units: Unit[] = [];
	let contents: Line | undefined;
	for (const line of lines) {
		// "Daftar Isi" and the block of short lines under it: the page's table of contents, the headings again.
		if (contents && line.line === contents.line + 1 && isContentsEntry(line.text)) {
			dropped.push({ start: line.start, end: line.end, reason: 'boilerplate', rule: 'site' });
			contents = line;
			continue;
		}
		contents = undefined;
		if (CONTENTS.test(line.text)) {
			dropped.push({ start: line.start, end: line.end, reason: 'boilerplate', rule: 'site' });
			contents = line;
			continue;
		}
		const rule = lineNoise(line.text);
		if (rule) {
			dropped.push({ start: line.start, end: line.end, reason: 'boilerplate', rule });
			continue;
		}
		if (
			(units.length === 0 && isCategoryLabel(line.text)) ||
			NAVIGATION_LINES.some((pattern) => pattern.test(line.text)) ||
			SITE_SELF_DESCRIPTION.test(line.text) ||
			siteNames.has(line.text.toLowerCase())
		) {
			dropped.push({ start: line.start, end: line.end, reason: 'boilerplate', rule: 'site' });
			continue;
		}
		const content = withoutChatter(line, dropped);
		if (content) units.push(toUnit(content));
	}
	return units;
}

/** A table of contents' own heading: "Daftar Isi", "Daftar Isi [Tampilkan]", "Table of Contents". */
const CONTENTS = /^(?:(?:tampilkan|lihat|show)\s+)?(?:daftar\s+isi|isi\s+artikel|table\s+of\s+contents|contents)\s*(?:[:[(].{0,20})?$/i;

/** An entry of a table of contents: a short line that ends no sentence. */
function isContentsEntry(text: string): boolean {
	return text.split(/\s+/).length <= 12 && !/[.!?:]$/.test(text);
}

/** The line less the greetings, announcements and sign-offs at its edges (noise.ts); none if nothing is left. */
function withoutChatter(line: Line, dropped: DroppedSegment[]): Line | undefined {
	const trimmed = trimNoise(line.text);
	for (const d of trimmed.dropped)
		dropped.push({ start: line.start + d.start, end: line.start + d.end, reason: 'boilerplate', rule: d.rule });
	if (trimmed.start === trimmed.end) return undefined;
	if (trimmed.dropped.length === 0) return line;
	const text = line.text.slice(trimmed.start, trimmed.end);
	return { ...line, start: line.start + trimmed.start, end: line.start + trimmed.end, text, framed: true };
}

function toUnit(line: Line): Unit {
	const marker = LIST_MARKER.exec(line.text);
	const markerLength = marker ? marker[0].length : 0;
	const body = line.text.slice(markerLength);
	return {
		...line,
		marker: marker ? { number: marker[1] === undefined ? undefined : Number(marker[1]) } : undefined,
		bodyStart: line.start + markerLength,
		body,
		headingLike: isHeadingLike(body)
	};
}

function isHeadingLike(text: string): boolean {
	if (text.length > MAX_HEADING_LENGTH || !/^[\p{Lu}\p{N}]/u.test(text)) return false;
	if (/[.,;:!\u2026]$/.test(text)) return false;
	return text.split(/\s+/).length <= MAX_HEADING_WORDS;
}

const isQuestion = (unit: Unit) => unit.text.endsWith('?');
const isProse = (unit: Unit | undefined): unit is Unit => !!unit && !unit.marker && !unit.headingLike;

// ---------------------------------------------------------------- structure

type TitledItem = { kind: 'titled'; title: Unit; paragraphs: Unit[] };
type ListItem =
	| { kind: 'split'; title: Unit; description: Unit }
	| TitledItem
	| { kind: 'single'; unit: Unit };

class Segmenter {
	#units: Unit[];
	#i = 0;
	#title?: Heading;
	#section?: Heading;
	/** The section whose announced sub-topics the current level-3 headings are. */
	#parent?: Heading;
	/** The last passage pushed announced sub-topics ("Berikut …", a final ":"). */
	#announced = false;
	#inFaq = false;
	#headings: Heading[] = [];
	#passages: PassageSegment[] = [];
	#dropped: DroppedSegment[];

	constructor(units: Unit[], dropped: DroppedSegment[]) {
		this.#units = units;
		this.#dropped = dropped;
	}

	run(): DocumentSegments {
		const units = this.#units;
		while (this.#i < units.length) {
			const unit = units[this.#i];
			const next = units[this.#i + 1];
			if (unit.marker) this.#readList();
			else if (!unit.headingLike || !next) this.#paragraph(unit);
			else if (this.#isAtStart()) this.#readTitle();
			else if (this.#inFaq && isQuestion(unit) && isProse(next)) this.#readFaq();
			else this.#heading(unit);
		}
		return {
			...(this.#title ? { title: this.#title } : {}),
			headings: this.#headings,
			passages: this.#passages,
			dropped: this.#dropped
		};
	}

	#isAtStart(): boolean {
		return !this.#title && this.#headings.length === 0 && this.#passages.length === 0;
	}

	#readTitle(): void {
		const first = this.#units[this.#i];
		const second = this.#units[this.#i + 1];
		const third = this.#units[this.#i + 2];
		const extended =
			!second.marker &&
			second.headingLike &&
			third !== undefined &&
			second.text.length > first.text.length &&
			second.text.toLowerCase().startsWith(first.text.toLowerCase());
		const title = extended ? second : first;
		if (extended) this.#dropped.push({ start: first.start, end: first.end, reason: 'title' });
		this.#dropped.push({ start: title.start, end: title.end, reason: 'title' });
		this.#title = { start: title.start, end: title.end, text: title.text, level: 1 };
		this.#i += extended ? 2 : 1;
	}

	#heading(unit: Unit): void {
		if (this.#announced && this.#section && !this.#parent) this.#parent = this.#section;
		const heading: Heading = { start: unit.start, end: unit.end, text: unit.text, level: this.#parent ? 3 : 2 };
		this.#headings.push(heading);
		this.#section = heading;
		this.#inFaq = FAQ_HEADING.test(unit.text);
		this.#announced = false;
		this.#i++;
	}

	#paragraph(unit: Unit): void {
		this.#i++;
		if (isLeadIn(unit.text) && this.#units[this.#i]?.marker) this.#readList(unit);
		else this.#prose(unit, this.#section);
	}

	/** A prose paragraph, its chatter dropped; a summary closes announced sub-topics and belongs to their section. */
	#prose(unit: Unit, fallback: Heading | undefined): void {
		const kept = this.#withoutChatter(unit);
		if (!kept) return;
		let heading = kept.framed ? undefined : fallback;
		if (this.#parent && SUMMARY_OPENING.test(unit.text)) {
			heading = this.#parent;
			this.#section = this.#parent;
			this.#parent = undefined;
		}
		this.#push(kept.start, kept.end, 'paragraph', heading);
		const lastSentence = sentencesOf(unit.text).at(-1)?.text ?? '';
		this.#announced = unit.text.endsWith(':') || /^berikut(?![\p{L}\p{N}])/iu.test(lastSentence);
	}

	/**
	 * The part of a paragraph about the subject: greeting, announcement and sign-off
	 * sentences at either end are dropped. A paragraph that was framed that way speaks
	 * for the whole article, so it leaves the section it was found in.
	 */
	#withoutChatter(unit: Unit): { start: number; end: number; framed: boolean } | null {
		const sentences = sentencesOf(unit.text);
		let first = 0;
		let last = sentences.length - 1;
		while (first <= last && boilerplateSentence(sentences[first].text)) first++;
		while (last >= first && boilerplateSentence(sentences[last].text)) last--;
		const drop = (from: number, to: number) =>
			from <= to &&
			this.#dropped.push({ start: unit.start + sentences[from].start, end: unit.start + sentences[to].end, reason: 'boilerplate' });
		if (first > last) {
			this.#dropped.push({ start: unit.start, end: unit.end, reason: 'boilerplate' });
			return null;
		}
		drop(0, first - 1);
		drop(last + 1, sentences.length - 1);
		const framed = first > 0 || last < sentences.length - 1 || !!unit.framed;
		if (framed) {
			this.#section = undefined;
			this.#parent = undefined;
		}
		return { start: unit.start + sentences[first].start, end: unit.start + sentences[last].end, framed };
	}

	#readFaq(): void {
		const question = this.#units[this.#i];
		let last = this.#i + 1;
		while (isProse(this.#units[last + 1])) last++;
		this.#push(question.start, this.#units[last].end, 'faq', this.#section);
		this.#i = last + 1;
	}

	/** Reads the list run at the current unit; `leadIn` is the paragraph that opened it, if any. */
	#readList(leadIn?: Unit): void {
		const items = this.#readListItems();
		const titled = items.filter((item): item is TitledItem => item.kind === 'titled');
		const others = items.length > 1 ? titled.filter((item) => item !== items.at(-1)) : [];
		const asSections = others.some((item) => item.paragraphs.length >= 2);
		const enclosing = this.#section;
		const kept = Math.max(1, ...others.map((item) => item.paragraphs.length));

		if (leadIn && asSections) this.#closePrevious(leadIn);
		const listStart = leadIn && !asSections ? leadIn.start : undefined;
		let listEnd = 0;
		const item = (start: number, end: number) => {
			if (listStart === undefined) this.#push(start, end, 'list-item', enclosing);
			else listEnd = end;
		};
		const rest: Unit[] = [];
		for (const entry of items) {
			if (entry.kind === 'single') {
				item(entry.unit.start, entry.unit.end);
			} else if (entry.kind === 'split') {
				item(entry.title.start, entry.description.end);
			} else if (asSections) {
				const { title } = entry;
				const heading: Heading = { start: title.bodyStart, end: title.end, text: title.body, level: 3 };
				this.#headings.push(heading);
				entry.paragraphs.forEach((p, n) => this.#push(p.start, p.end, 'paragraph', n < kept ? heading : enclosing));
			} else {
				const [first, ...more] = entry.paragraphs;
				item(entry.title.start, first.end);
				rest.push(...more);
			}
		}
		if (listStart !== undefined) this.#push(listStart, listEnd, 'list', enclosing);
		this.#announced = false;
		for (const p of rest) this.#prose(p, enclosing);
	}

	/** A lead-in above section headings closes the paragraph before it, else it stands alone. */
	#closePrevious(leadIn: Unit): void {
		const previous = this.#passages.at(-1);
		const between = this.#headings.some((h) => previous && h.start > previous.end && h.start < leadIn.start);
		if (previous && previous.kind === 'paragraph' && !between) previous.end = leadIn.end;
		else this.#push(leadIn.start, leadIn.end, 'paragraph');
	}

	/** Reads the list run starting at the current unit and moves past it. */
	#readListItems(): ListItem[] {
		const units = this.#units;
		const items: ListItem[] = [];
		let i = this.#i;
		while (i < units.length && units[i].marker) {
			const unit = units[i];
			const next = units[i + 1];
			if (isSplitNumbering(unit, next)) {
				items.push({ kind: 'split', title: unit, description: next });
				i += 2;
				continue;
			}
			const paragraphs: Unit[] = [];
			let after = units[i + 1];
			while (unit.headingLike && isProse(after)) {
				paragraphs.push(after);
				after = units[i + 1 + paragraphs.length];
			}
			items.push(
				paragraphs.length > 0 ? { kind: 'titled', title: unit, paragraphs } : { kind: 'single', unit }
			);
			i += 1 + paragraphs.length;
		}
		this.#i = i;
		return items;
	}

	/** Without a section heading above it, a passage is headed by the title. */
	#push(start: number, end: number, kind: PassageSegment['kind'], heading = this.#section): void {
		const text = (heading ?? this.#title)?.text;
		this.#passages.push(text === undefined ? { start, end, kind } : { start, end, kind, heading: text });
		this.#announced = false;
	}
}

/** "1. Profesi" on one line and "2. Kelompok okupasional biasanya …" on the very next. */
function isSplitNumbering(title: Unit, next: Unit | undefined): next is Unit {
	const n = title.marker?.number;
	return (
		n !== undefined &&
		title.headingLike &&
		next !== undefined &&
		next.marker?.number === n + 1 &&
		next.line === title.line + 1 &&
		!next.headingLike
	);
}
