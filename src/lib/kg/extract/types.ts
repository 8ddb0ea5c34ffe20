/** The extractor's input and output: suggestions for review, each with its confidence and evidence. */
import type { KgDocument, Passage, Span } from '../model';
import type { NoiseRule } from '../text/noise';
import type { Language } from './profile';

export type { Language };

/** One text to extract from; `language` overrides detection. */
export interface SourceText {
	/** A file name or a label for pasted text; becomes the document's `source`. */
	name: string;
	text: string;
	title?: string;
	language?: Language;
}

/** What made the extractor suggest a concept or a relation. */
export type Signal =
	| 'title'
	| 'heading'
	| 'heading-subject'
	| 'heading-item'
	| 'list-item'
	| 'lead-in'
	| 'definition'
	| 'genus'
	| 'alias'
	| 'example'
	| 'enumeration'
	| 'cue-sentence'
	| 'division'
	| 'contrast'
	| 'key-phrase'
	| 'proper-name';

export interface SuggestedConcept {
	/** Stable slug, unique in the extraction; becomes the node key. */
	key: string;
	label: string;
	labelEn: string;
	kind: string;
	aliases: string[];
	/** 0..1: how sure the extractor is that a teacher would want this concept. */
	confidence: number;
	signals: Signal[];
	/** Where the concept is named in passages (document offsets). Never empty. */
	mentions: Span[];
	/** Where it was first stated (a definition, a list item, an example), for the review list. */
	evidence: Span[];
}

export interface SuggestedRelation {
	/** Unique in the extraction: `source--relation--target`. */
	key: string;
	source: string;
	target: string;
	relation: string;
	confidence: number;
	signals: Signal[];
	/** The sentences that state it. Never empty. */
	evidence: Span[];
}

/** A dropped line or sentence of a document, for the review step to show what was left out. */
export interface DroppedText {
	doc: string;
	start: number;
	end: number;
	rule?: NoiseRule;
}

export interface Extraction {
	title: string;
	/** The language of most of the text. */
	language: Language;
	documents: KgDocument[];
	passages: Passage[];
	/** Highest confidence first. */
	concepts: SuggestedConcept[];
	/** Highest confidence first; both ends are among `concepts`. */
	relations: SuggestedRelation[];
	dropped: DroppedText[];
}

export interface ExtractOptions {
	/** `auto` (the default) detects each document's language unless the source sets it. */
	language?: Language | 'auto';
	/** The map's title; by default the first document's. */
	title?: string;
	/** Called as each document is read and at the end of each phase, for a progress bar. */
	onProgress?: (progress: ExtractProgress) => void;
	/** Stops the work between documents and phases (throws an AbortError). */
	signal?: AbortSignal;
}

export interface ExtractProgress {
	phase: 'reading' | 'extracting' | 'grounding';
	/** 0..1 over the whole extraction. */
	fraction: number;
	/** The document being read, if any. */
	document?: string;
}
