/**
 * Texts → suggested concepts and relations for review, in the graph contract's terms:
 * documents and passages exactly as the curated build makes them (the same segmenter and noise
 * rules), and for every concept its mentions, for every relation the sentences that state it.
 *
 * The work is a sequence of steps (one per document, then the key phrases, then grounding), so
 * `extractSuggestions` runs it at once (the CLI, tests) and `extractInSteps` yields between steps,
 * reporting progress and honouring an abort signal (the Web Worker).
 */
import type { KgDocument, Passage } from '../model';
import { passagesOf } from '../build/passages';
import { segmentDocument } from '../text/segment';
import { detectLanguage, profileFor } from './language';
import { readKeyPhrases } from './key-phrases';
import { kindOf } from './kinds';
import type { LanguageProfile } from './profile';
import { Registry, slugify } from './registry';
import { DocumentReader } from './structure';
import { wordsOf, type Word } from './words';
import type { DroppedText, ExtractOptions, ExtractProgress, Extraction, Language, SourceText } from './types';

export function extractSuggestions(sources: SourceText[], options: ExtractOptions = {}): Extraction {
	const steps = extractionSteps(sources, options);
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
		options.onProgress?.(step.value);
	}
}

/** The same, yielding to the event loop between steps so a worker can take a cancel message. */
export async function extractInSteps(sources: SourceText[], options: ExtractOptions = {}): Promise<Extraction> {
	const steps = extractionSteps(sources, options);
	for (;;) {
		options.signal?.throwIfAborted();
		const step = steps.next();
		if (step.done) return step.value;
		options.onProgress?.(step.value);
		await new Promise((resolve) => setTimeout(resolve, 0));
	}
}

function* extractionSteps(sources: SourceText[], options: ExtractOptions): Generator<ExtractProgress, Extraction> {
	const registry = new Registry();
	const documents: KgDocument[] = [];
	const passages: Passage[] = [];
	const dropped: DroppedText[] = [];
	const profiles = new Map<string, LanguageProfile>();
	const ids = new Set<string>();
	const total = sources.length + 2;
	// Each passage is cut into words once, for the structure and again for the key phrases.
	const words = new Map<string, Word[]>();
	const wordsOfPassage = (p: Passage) => {
		let w = words.get(p.id);
		if (!w) {
			w = wordsOf(p.text, p.start, profiles.get(p.doc)!);
			words.set(p.id, w);
		}
		return w;
	};
	for (const [n, source] of sources.entries()) {
		yield { phase: 'reading', fraction: n / total, document: source.name };
		const language: Language = source.language ?? (options.language && options.language !== 'auto' ? options.language : detectLanguage(source.text).language);
		const profile = profileFor(language);
		const segments = segmentDocument(source.text);
		const title = source.title ?? segments.title?.text ?? source.name.replace(/\.[^.]+$/, '');
		const doc: KgDocument = { id: uniqueId(slugify(title), ids), source: source.name, title, language, text: source.text };
		const docPassages = passagesOf(doc, segments);
		documents.push(doc);
		passages.push(...docPassages);
		profiles.set(doc.id, profile);
		for (const d of segments.dropped) if (d.reason === 'boilerplate') dropped.push({ doc: doc.id, start: d.start, end: d.end, ...(d.rule ? { rule: d.rule } : {}) });
		new DocumentReader(registry, profile, doc, wordsOfPassage).read(segments, docPassages);
	}
	yield { phase: 'extracting', fraction: sources.length / total };
	const profileOf = (p: Passage) => profiles.get(p.doc)!;
	readKeyPhrases(registry, passages, profileOf, wordsOfPassage);
	words.clear();
	yield { phase: 'grounding', fraction: (sources.length + 1) / total };
	const { concepts, relations } = registry.finalize(passages, profileOf, kindOf);
	const language = mainLanguage(documents);
	return {
		title: options.title ?? documents[0]?.title ?? '',
		language,
		documents,
		passages,
		concepts,
		relations,
		dropped
	};
}

function mainLanguage(documents: KgDocument[]): Language {
	let id = 0;
	let en = 0;
	for (const d of documents) (d.language === 'en' ? (en += d.text.length) : (id += d.text.length));
	return en > id ? 'en' : 'id';
}

function uniqueId(base: string, used: Set<string>): string {
	let id = base;
	for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
	used.add(id);
	return id;
}
