export { normalise } from './normalise';
export { tokenise, baseOfReduplication, type Token } from './tokenise';
export { stem, stemTokens, type StemmedToken } from './stem';
export { overrideStem } from './synonyms';
export {
	createPhraseMatcher,
	type PhraseSpec,
	type PhraseMatch,
	type PhraseMatcher
} from './match';
export {
	segmentDocument,
	presentationSkips,
	readingText,
	type Heading,
	type PassageSegment,
	type DroppedSegment,
	type DocumentSegments
} from './segment';
